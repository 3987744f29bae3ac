"""Verb forms for a rewrite that changes a verb ('will be led by X' -> 'X will lead'), from lemminflect.

lemminflect hooks itself into spaCy when spaCy can be imported, and importing spaCy costs a
second and loads its command-line tools (and rich); the program only needs lemminflect's tables,
so while lemminflect loads it sees a stand-in for spaCy (when spaCy is already loaded, the real
hook is harmless). A test checks that the real spaCy works after this.
"""

from __future__ import annotations

import sys
import types
from functools import lru_cache


@lru_cache(maxsize=1)
def _lemminflect():
    hidden = "spacy" not in sys.modules
    if hidden:
        # lemminflect finds this stand-in, "hooks" into it, and never imports the real spaCy
        token = types.SimpleNamespace(set_extension=lambda *args, **kwargs: None)
        stand_in = types.ModuleType("spacy")
        stand_in.__version__ = "3.0"  # type: ignore[attr-defined]
        stand_in.tokens = types.SimpleNamespace(Token=token)  # type: ignore[attr-defined]
        sys.modules["spacy"] = stand_in
    try:
        import lemminflect
    finally:
        if hidden:
            del sys.modules["spacy"]
    return lemminflect


def _get_inflection():
    return _lemminflect().getInflection


@lru_cache(maxsize=4096)
def inflect(lemma: str, tag: str) -> str | None:
    """LEMMA in the Penn tag TAG ('lead', 'VBD' -> 'led'), or None when lemminflect has no form."""
    forms = _get_inflection()(lemma, tag)
    return forms[0] if forms else None


@lru_cache(maxsize=8192)
def forms(lemma: str, tag: str) -> tuple[str, ...]:
    """The forms lemminflect's tables hold for LEMMA in the Penn tag TAG ('get', 'VBN' -> ('gotten',)),
    none for a word they do not hold (its guesses for those load a pickled model)."""
    return tuple(f.lower() for f in _get_inflection()(lemma, tag, inflect_oov=False))


@lru_cache(maxsize=1)
def _verb_forms() -> frozenset[str]:
    """Every verb form in lemminflect's inflection table (already loaded for inflect), built once:
    its lemma table would cost a third of a second more to load."""
    _lemminflect()  # imported behind the stand-in for spaCy, before its core module is reached directly
    from lemminflect.core.Inflections import Inflections

    table = Inflections()._getInflDict()
    return frozenset(f.lower() for tags in table.values() for tag, fs in tags.items() if tag.startswith("VB") for f in fs)


@lru_cache(maxsize=8192)
def can_be_verb(word: str) -> bool:
    """Is WORD a form of some verb in lemminflect's tables ('said', 'am', 'think'; not 'almost',
    'together')? A word it does not hold is not counted as one."""
    return word.lower() in _verb_forms()
