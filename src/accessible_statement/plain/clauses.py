"""What is left of the pattern rewriter: a verb test for text the parser has not seen, and one
drop (an embedded "while" clause) made before a sentence is parsed. Splitting is plain/splitting.py."""

from __future__ import annotations

import re

from accessible_statement.language import content
from accessible_statement.language.lexicon import word_alternation

AUX = re.compile(rf"\b(?:{word_alternation('plain/finite_verbs.txt')})\b|\b\w{{3,}}ed\b", re.I)


_EMBEDDED_WHILE = re.compile(
    r"\s+(?:while|whilst)\s+[^,.;]*?(?=\s+(?:will|would|can|must|should)\s)", re.I
)


def drop_embedded_contrast(sentence: str) -> str:
    """'those convicted while their abusers went free will have ...' loses its inner 'while' clause."""
    return _EMBEDDED_WHILE.sub("", sentence, count=1)


_DETERMINER_BEFORE = content.word_set("plain/before_adjective.txt")
_ALWAYS_VERBS = content.word_set("plain/always_verbs.txt")


def has_verb(text: str) -> bool:
    """A finite verb somewhere: an auxiliary or common verb, or an -ed word that is not an adjective
    ('a continued failure' has none; 'the police continued' has one)."""
    for m in AUX.finditer(text):
        word = m.group(0).lower()
        if not word.endswith("ed") or word in _ALWAYS_VERBS:
            return True
        before = text[: m.start()].split()[-1:] or [""]
        if before[0].lower().strip(",") not in _DETERMINER_BEFORE:
            return True
    return False
