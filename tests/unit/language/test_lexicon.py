"""The phrase matcher finds exactly what the plain regex (every phrase, longest first, whole words) finds."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from accessible_statement.language import content
from accessible_statement.language.lexicon import Substitutions

TABLES = ["plain/phrases.tsv", "plain/idioms.tsv", "plain/abbreviations.tsv", "plain/contractions.tsv", "plain/respectful_terms.tsv"]


def reference(pairs, case_sensitive):
    """The matcher as one big regex: slow to compile, but plainly right."""
    table = {}
    for phrase, replacement in pairs:
        key = phrase if case_sensitive else phrase.lower()
        table.setdefault(" ".join(key.split()), replacement.strip())
    body = "|".join(r"\s+".join(map(re.escape, a.split())) for a in sorted(table, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w'-])(?:{body})(?![\w'-]|\.\w)", 0 if case_sensitive else re.I)

    def replace(m):
        found = " ".join(m.group(0).split())
        out = table[found if case_sensitive else found.lower()]
        if found[:1].isupper() and out[:1].islower() and not case_sensitive:
            out = out[:1].upper() + out[1:]
        return out

    return lambda text: pattern.sub(replace, text)


def _pairs(name):
    return [(a, b) for a, b in content.table(name) if a.strip()]


PHRASES = [a for name in TABLES for a, _ in _pairs(name)]
GLUE = st.sampled_from([" ", "  ", "\n", ", ", ". ", "-", "'", "'s ", ".x", "(", ")", "", "the ", "A ", "we "])
TEXT = st.lists(st.one_of(st.sampled_from(PHRASES), st.sampled_from(PHRASES).map(str.upper), st.sampled_from(PHRASES).map(str.title), GLUE, st.text(max_size=4)), max_size=25).map("".join)


def test_the_same_as_the_regex_on_every_phrase_of_every_table():
    for name in TABLES:
        for case_sensitive in (False, True):
            pairs = _pairs(name)
            fast, slow = Substitutions(pairs, case_sensitive), reference(pairs, case_sensitive)
            for phrase, _ in pairs:
                for text in (phrase, f"So {phrase}, then.", f"x{phrase}", f"{phrase}s", f"{phrase}.5", phrase.upper() + "!"):
                    assert fast.apply(text) == slow(text), (name, text)


@settings(max_examples=600, deadline=None)
@given(TEXT, st.sampled_from(TABLES), st.booleans())
def test_the_same_as_the_regex_on_any_text(text, name, case_sensitive):
    pairs = _pairs(name)
    assert Substitutions(pairs, case_sensitive).apply(text) == reference(pairs, case_sensitive)(text)
