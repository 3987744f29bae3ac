"""Loaders for content files whose entries are patterns or substitutions (the formats are listed
in `content`): word alternations, regex lists, regex rules, weighted patterns, substitution tables
and phrase-list patterns."""

from __future__ import annotations

import re
from functools import lru_cache

from accessible_statement.language import content


_WORD_START = re.compile(r"(?<![\w'-])(?=\S)[\w'-]*")  # where a phrase may begin (not inside a word), and its run of word characters
_WORD_END = re.compile(r"(?![\w'-]|\.\w)")  # where a phrase may end
_TOKEN = re.compile(r"\S*")
_SPACE = re.compile(r"\s*")


class _Node:
    __slots__ = ("next", "phrase")

    def __init__(self) -> None:
        self.next: dict[str, _Node] = {}  # the phrase's next word (folded) -> the rest
        self.phrase: str | None = None  # set where a phrase ends


class Substitutions:
    """Whole-word, longest-first replacement that keeps a capital at the start of what it replaces.

    It finds what the regex `(?<![\\w'-])(?:PHRASES, longest first)(?![\\w'-]|\\.\\w)` would find
    (tests/test_lexicon.py compares the two), but by walking a tree of the phrases word by word
    instead of compiling one alternation of 1,500 phrases (a fifth of the command's time) or trying
    every phrase that shares a first word (most of the time on long statements).
    """

    def __init__(self, pairs: list[tuple[str, str]], case_sensitive: bool = False):
        self.table: dict[str, str] = {}
        for phrase, replacement in pairs:
            key = phrase if case_sensitive else phrase.lower()
            self.table.setdefault(" ".join(key.split()), replacement.strip())
        self.case_sensitive = case_sensitive
        self._root = _Node()
        for phrase in self.table:
            node = self._root
            for word in phrase.split():
                node = node.next.setdefault(word, _Node())
            node.phrase = phrase
        # A phrase can only start where the text's run of word characters is its first word's.
        self._stems = {_WORD_START.match(word).group() for word in self._root.next}
        self._initials = {word[0] for word in self._root.next}

    def apply(self, text: str) -> str:
        if not self._initials:
            return text
        fold = text if self.case_sensitive else text.lower()
        if len(fold) != len(text):  # a character whose lower case is longer: compare one by one
            fold = "".join(ch if self.case_sensitive else (ch.lower() if len(ch.lower()) == 1 else ch) for ch in text)
        out: list[str] = []
        last = 0
        stems, initials = self._stems, self._initials
        for m in _WORD_START.finditer(text):
            i = m.start()
            if i < last or fold[i : m.end()] not in stems or fold[i] not in initials:
                continue
            found = self._longest_at(text, fold, i)
            if found is not None:
                end, phrase = found
                out.append(text[last:i])
                out.append(self._replacement(text[i:end], phrase))
                last = end
        if not out:
            return text
        out.append(text[last:])
        return "".join(out)

    def _longest_at(self, text: str, fold: str, i: int) -> tuple[int, str] | None:
        """The phrase starting at I that ends furthest on (the longest phrase: they share the text)."""
        best: tuple[int, str] | None = None
        node = self._root
        pos = i
        while True:
            token_end = _TOKEN.match(text, pos).end()
            # The phrase's last word may end inside this token, where a word ends.
            for cut in _WORD_END.finditer(text, pos + 1, token_end):
                child = node.next.get(fold[pos : cut.start()])
                if child is not None and child.phrase is not None:
                    best = (cut.start(), child.phrase)
            # A word in the middle of a phrase is a whole token, followed by white space.
            node = node.next.get(fold[pos:token_end])
            if node is None or not node.next:
                return best
            pos = _SPACE.match(text, token_end).end()
            if pos == token_end or pos == len(text):
                return best

    def _replacement(self, found_text: str, phrase: str) -> str:
        found = " ".join(found_text.split())
        replacement = self.table[phrase]
        if found[:1].isupper() and replacement[:1].islower() and not self.case_sensitive:
            replacement = replacement[:1].upper() + replacement[1:]
        return replacement


@lru_cache(maxsize=None)
def substitutions(name: str, case_sensitive: bool = False) -> Substitutions:
    """A substitution table: 'phrase<TAB>replacement' lines as a whole-word, longest-first matcher
    (the first line for a phrase counts). A missing file substitutes nothing."""
    try:
        rows = content.table(name)
    except FileNotFoundError:
        rows = ()
    return Substitutions([(a, b) for a, b in rows if a.strip()], case_sensitive)


@lru_cache(maxsize=None)
def word_alternation(name: str, longest_first: bool = False) -> str:
    """A line list as the body of a regular-expression alternation: 'will|would|can', each entry
    escaped, for code that keeps the structure around it ('\\b(?:%s)\\b').

    File order is kept, since the first alternative that matches wins; LONGEST_FIRST sorts by length
    (a stable sort, so entries of one length keep file order) where the code always sorted.
    """
    entries = content.lines(name)
    if longest_first:
        entries = tuple(sorted(entries, key=len, reverse=True))
    return "|".join(re.escape(entry) for entry in entries)


@lru_cache(maxsize=None)
def regex_list(name: str, flags: int = 0) -> tuple[re.Pattern[str], ...]:
    """A regex list: one regular expression a line, each compiled with FLAGS, in file order."""
    return tuple(re.compile(p, flags) for p in content.lines(name))


@lru_cache(maxsize=None)
def regex_rules(name: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Regex rules: 'regex<TAB>replacement' lines as (pattern, replacement) pairs, case-insensitive.
    The replacement keeps its spaces ('' drops what matched)."""
    return tuple((re.compile(a, re.I), b) for a, b in content.table(name))


@lru_cache(maxsize=None)
def weighted_patterns(name: str) -> tuple[tuple[re.Pattern[str], float], ...]:
    """Weighted patterns: 'regex<TAB>weight' lines as (pattern, weight) pairs, case-insensitive;
    no weight means 1."""
    return tuple((re.compile(a, re.I), float(b or 1)) for a, b in content.table(name))


@lru_cache(maxsize=None)
def phrase_pattern(name: str) -> re.Pattern[str] | None:
    """A phrase list as one pattern that finds any of its phrases as whole words (longest first,
    any white space between words, case-insensitive); None for an empty list."""
    phrases = sorted(content.lines(name), key=len, reverse=True)
    if not phrases:
        return None
    body = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(rf"(?<![\w'-])(?:{body})(?![\w'-])", re.I)
