"""Phrase substitution from the data files in content/plain/."""

from __future__ import annotations

import re
from functools import lru_cache

from accessible_statement import content


_WORD_START = re.compile(r"(?<![\w'-])(?=\S)")  # where a phrase may begin: not inside a word


def _wordish(ch: str) -> bool:
    return ch.isalnum() or ch in "_'-"


class Substitutions:
    """Whole-word, longest-first replacement that keeps a capital at the start of what it replaces.

    It finds what the regex `(?<![\\w'-])(?:PHRASES, longest first)(?![\\w'-]|\\.\\w)` would find
    (tests/test_lexicon.py compares the two), but by looking phrases up by their first word instead
    of compiling one alternation of 1,500 phrases, which took a fifth of the command's time.
    """

    def __init__(self, pairs: list[tuple[str, str]], case_sensitive: bool = False):
        self.table: dict[str, str] = {}
        for phrase, replacement in pairs:
            key = phrase if case_sensitive else phrase.lower()
            self.table.setdefault(" ".join(key.split()), replacement.strip())
        self.case_sensitive = case_sensitive
        self._by_first: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for phrase in sorted(self.table, key=len, reverse=True):  # stable: file order on ties
            words = tuple(phrase.split())
            self._by_first.setdefault(words[0], []).append((phrase, words))
        self._lengths: dict[str, list[int]] = {}  # by first character: the lengths of first words to try
        for word in self._by_first:
            self._lengths.setdefault(word[0], []).append(len(word))
        for lengths in self._lengths.values():
            lengths[:] = sorted(set(lengths), reverse=True)

    def apply(self, text: str) -> str:
        if not self._by_first:
            return text
        fold = text if self.case_sensitive else text.lower()
        if len(fold) != len(text):  # a character whose lower case is longer: compare one by one
            fold = "".join(ch if self.case_sensitive else (ch.lower() if len(ch.lower()) == 1 else ch) for ch in text)
        out: list[str] = []
        last = 0
        lengths = self._lengths
        for m in _WORD_START.finditer(text):
            i = m.start()
            if i < last or fold[i] not in lengths:
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
        best: tuple[int, str] | None = None
        best_length = -1
        for length in self._lengths[fold[i]]:
            candidates = self._by_first.get(fold[i : i + length])
            if not candidates:
                continue
            for phrase, words in candidates:  # longest first
                if len(phrase) <= best_length:
                    break
                end = _match_words(text, fold, i, words)
                if end is not None:
                    best, best_length = (end, phrase), len(phrase)
                    break
        return best

    def _replacement(self, found_text: str, phrase: str) -> str:
        found = " ".join(found_text.split())
        replacement = self.table[phrase]
        if found[:1].isupper() and replacement[:1].islower() and not self.case_sensitive:
            replacement = replacement[:1].upper() + replacement[1:]
        return replacement


def _match_words(text: str, fold: str, i: int, words: tuple[str, ...]) -> int | None:
    """Where WORDS, separated by any whitespace, end if they start at I and end at a word boundary."""
    n = len(text)
    pos = i
    for k, word in enumerate(words):
        if k:
            j = pos
            while j < n and text[j].isspace():
                j += 1
            if j == pos:
                return None
            pos = j
        if fold[pos : pos + len(word)] != word:
            return None
        pos += len(word)
    if pos < n and (_wordish(text[pos]) or (text[pos] == "." and pos + 1 < n and (text[pos + 1].isalnum() or text[pos + 1] == "_"))):
        return None
    return pos


@lru_cache(maxsize=None)
def substitutions(name: str, case_sensitive: bool = False) -> Substitutions:
    try:
        rows = content.table(name)
    except FileNotFoundError:
        rows = ()
    return Substitutions([(a, b) for a, b in rows if a.strip()], case_sensitive)


@lru_cache(maxsize=None)
def regex_rules(name: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, replacement) pairs from a file of 'regex<TAB>replacement' lines."""
    return tuple((re.compile(a, re.I), b) for a, b in content.table(name))


@lru_cache(maxsize=None)
def weighted_patterns(name: str) -> tuple[tuple[re.Pattern[str], float], ...]:
    return tuple((re.compile(a, re.I), float(b or 1)) for a, b in content.table(name))


@lru_cache(maxsize=None)
def phrase_pattern(name: str) -> re.Pattern[str] | None:
    """One pattern that finds any phrase of a one-phrase-a-line list, as whole words."""
    phrases = sorted(content.lines(name), key=len, reverse=True)
    if not phrases:
        return None
    body = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(rf"(?<![\w'-])(?:{body})(?![\w'-])", re.I)
