"""Remove caption stutters: a word or phrase said (or captioned) twice in a row."""

from __future__ import annotations

import re
from typing import Callable, Sequence, TypeVar

T = TypeVar("T")

MAX_PHRASE = 6
_EDGE = re.compile(r"^\W+|\W+$")
_TRAILING_PUNCT = re.compile(r"[,.;:?!]+$")


def word_key(token: str) -> str:
    return _EDGE.sub("", token).lower()


def remove_repeats(
    items: Sequence[T],
    text_of: Callable[[T], str],
    with_text: Callable[[T, str], T],
    keep_single: frozenset[str] = frozenset(),
    abbreviations: frozenset[str] = frozenset(),
) -> list[T]:
    """Drop the second copy of any phrase of 1-6 words that is immediately repeated.

    The first copy keeps its place (and so its time); punctuation that only the second copy
    had moves onto the first. Repeats across a sentence end ("Thank you. Thank you.") stay; the
    full stop of an abbreviation ("Dr.") is not a sentence end.
    """
    out: list[T] = []
    keys: list[str] = []
    for item in items:
        out.append(item)
        keys.append(word_key(text_of(item)))
        if not keys[-1]:
            continue
        for n in range(1, MAX_PHRASE + 1):
            if len(keys) < 2 * n:
                break
            if keys[-n:] != keys[-2 * n:-n] or not all(keys[-n:]):
                continue
            if n == 1 and keys[-1] in keep_single:
                continue
            first_last = text_of(out[-n - 1])
            ends = first_last.rstrip("\"')]")
            if ends.endswith(("?", "!")) or (ends.endswith(".") and word_key(first_last) not in abbreviations):
                continue
            trailing = _TRAILING_PUNCT.search(text_of(out[-1]))
            del out[-n:]
            del keys[-n:]
            if trailing and not _TRAILING_PUNCT.search(ends):
                out[-1] = with_text(out[-1], first_last + trailing.group(0))
            break
    return out
