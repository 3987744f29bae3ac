"""Language data lives in content/ as plain files, so rules can change without touching code.

Every file is UTF-8 text; whole-line '#' comments and blank lines are skipped. Each file format has
one loader, and every loader is cached (a file is read once a process):

=====================  =====================================================  ==========================
format                 what a line holds                                      loader
=====================  =====================================================  ==========================
line list              one entry (a word, phrase, regex or sentence), in      `lines`
                       file order
word set               one word or phrase, any case (compared lower-cased)    `word_set`
running word set       words separated by spaces, any number a line           `running_word_set`
weighted words         a word, a space and a whole-number weight ('so 3');    `weighted_words`
                       no weight means 1
TAB table              N fields separated by TABs, kept as written            `table`
lookup table           key<TAB>value: the lower-cased key gives the value     `lookup`
term table             TAB fields, the last one a comma-separated list of     `term_table`
                       terms ('abuse<TAB>Hurting ...<TAB>abused, abuses')
word alternation       a line list as the body of a regular expression        `lexicon.word_alternation`
                       ('will|would|can'), for code that keeps the structure
regex list             one regular expression a line                          `lexicon.regex_list`
regex rules            regex<TAB>replacement                                  `lexicon.regex_rules`
weighted patterns      regex<TAB>weight                                       `lexicon.weighted_patterns`
substitution table     phrase<TAB>replacement, whole words, longest first     `lexicon.substitutions`
phrase list pattern    one phrase a line, found as whole words                `lexicon.phrase_pattern`
=====================  =====================================================  ==========================

The loaders for entries that are patterns or substitutions are in `lexicon`; those here return
plain strings. Callers may shape what a loader returns (a dict, a compiled pattern), never parse a
file themselves.
"""

from __future__ import annotations

from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

from accessible_statement.paths import content_path


@lru_cache(maxsize=None)
def _entries(name: str) -> tuple[str, ...]:
    """The lines of a data file that hold data, as written: no blank lines, no whole-line '#' comments.

    The one place that reads a content file: every loader below starts here.
    """
    text = content_path(name).read_text(encoding="utf-8")
    return tuple(raw for raw in text.splitlines() if raw.strip() and not raw.lstrip().startswith("#"))


@lru_cache(maxsize=None)
def lines(name: str) -> tuple[str, ...]:
    """A line list: each data line without its surrounding spaces, in file order."""
    return tuple(raw.strip() for raw in _entries(name))


@lru_cache(maxsize=None)
def word_set(name: str) -> frozenset[str]:
    """A word set: one word or phrase a line, lower-cased ('I' and 'i' are one entry)."""
    return frozenset(line.lower() for line in lines(name))


@lru_cache(maxsize=None)
def longest_first(name: str) -> tuple[str, ...]:
    """A word set's phrases, most words first (then in alphabetical order), so that a phrase is
    tried before a shorter one it starts with ("as i said before" before "as i said")."""
    return tuple(sorted(word_set(name), key=lambda f: (-len(f.split()), f)))


@lru_cache(maxsize=None)
def running_word_set(name: str) -> frozenset[str]:
    """A running word set: words separated by spaces or line ends, as many a line as fit; lower-cased.

    For long lists of single words (stopwords, irregular past forms) that read better as text.
    """
    return frozenset(word.lower() for line in lines(name) for word in line.split())


@lru_cache(maxsize=None)
def weighted_words(name: str) -> Mapping[str, int]:
    """Weighted words: 'word weight' a line ('so 3'), the word lower-cased; a word alone weighs 1."""
    out: dict[str, int] = {}
    for line in lines(name):
        word, _, weight = line.partition(" ")
        out[word.lower()] = int(weight or 1)
    return MappingProxyType(out)


@lru_cache(maxsize=None)
def table(name: str, columns: int = 2) -> tuple[tuple[str, ...], ...]:
    """A TAB table: rows of COLUMNS fields split at TABs; fields keep their spaces (a replacement
    may be ' ' or 'but '), a missing field is '' and fields past COLUMNS are ignored."""
    rows = []
    for raw in _entries(name):
        fields = raw.split("\t")
        fields += [""] * (columns - len(fields))
        rows.append(tuple(fields[:columns]))
    return tuple(rows)


@lru_cache(maxsize=None)
def lookup(name: str) -> Mapping[str, str]:
    """A lookup table: 'key<TAB>value' lines as a mapping from the lower-cased key to the value,
    both without surrounding spaces. When a key is listed twice the first line counts."""
    out: dict[str, str] = {}
    for key, value in table(name, 2):
        out.setdefault(key.strip().lower(), value.strip())
    return MappingProxyType(out)


def terms(field: str) -> tuple[str, ...]:
    """The comma-separated terms of one field, without surrounding spaces, empty ones left out."""
    return tuple(t.strip() for t in field.split(",") if t.strip())


@lru_cache(maxsize=None)
def term_table(name: str, columns: int = 2) -> tuple[tuple, ...]:
    """A term table: a TAB table of COLUMNS fields whose last field is a comma-separated term list.

    Each row is its first COLUMNS - 1 fields without surrounding spaces, then the tuple of its terms
    in file order: 'finding<TAB>heritage, asian' gives ('finding', ('heritage', 'asian')).
    """
    return tuple(
        tuple(f.strip() for f in row[:-1]) + (terms(row[-1]),)
        for row in table(name, columns)
    )

