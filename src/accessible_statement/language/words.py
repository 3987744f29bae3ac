"""Word-level helpers shared by sectioning, headings and checks: words, stems, content words."""

from __future__ import annotations

import re
from functools import lru_cache

from accessible_statement.language import content

WORD = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]")


@lru_cache(maxsize=1)
def _stemmer():
    from accessible_statement.language.nltk_parts import nltk_module

    return nltk_module("nltk.stem.porter").PorterStemmer()  # rule-based: needs no downloaded data


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return _stemmer().stem(word.lower().strip("'-"))


def words(text: str) -> list[str]:
    return WORD.findall(text)


def stopwords() -> frozenset[str]:
    return _stopwords()


def _stopwords() -> frozenset[str]:
    return content.running_word_set("plain/stopwords.txt")


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry meaning (no stopwords, no one-letter words)."""
    stop = _stopwords()
    return [stem(w) for w in words(text) if len(w) > 2 and w.lower() not in stop]
