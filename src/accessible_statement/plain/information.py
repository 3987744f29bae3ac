"""How much a sentence tells a reader, from the statement itself: its topic words, numbers and names.

A hand list of announcement phrases (content/plain/importance.tsv) was written on one statement
and knows nothing of a budget, a visa case or a bushfire. A statement's own vocabulary does: the
words the speaker keeps coming back to, and that are rarer in everyday English than in this
statement, are what it is about (a "topic signature", after Lin and Hovy 2000, with wordfreq's
frequencies as the background). A sentence that carries several of them, numbers or names tells
more than "It is wonderful to be here." The score is by lemma, from the parse, so "cut", "cuts" and
"cutting" count as one word.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Iterable, Mapping

from accessible_statement.language import content
from accessible_statement.language.parser import Parse
from accessible_statement.rules import ACTION_INFORMATION

_CONTENT = ("NOUN", "PROPN", "VERB", "ADJ")
_LIGHT = content.word_set("plain/light_words.txt")
EVERYDAY_ZIPF = 6.5  # a word this common in English says nothing about a topic (wordfreq's Zipf scale)
ONCE = 0.5  # a word said only once is some news, not the topic


@lru_cache(maxsize=4096)
def _rarity(lemma: str) -> float:
    from wordfreq import zipf_frequency  # ships its word lists in the wheel: no download

    return min(4.0, max(0.5, EVERYDAY_ZIPF - zipf_frequency(lemma, "en")))


def _lemmas(p: Parse, leave_out: frozenset[str]) -> set[str]:
    return {
        t.lemma.lower() for t in p.tokens
        if t.upos in _CONTENT and len(t.lemma) > 2 and t.lemma.lower() not in _LIGHT and t.lemma.lower() not in leave_out
    }


def topic_words(parses: Iterable[Parse], leave_out: frozenset[str] = frozenset()) -> dict[str, float]:
    """Each word of the statement and its weight: a word the speaker comes back to, and a rarer
    word, weigh more; a word said once weighs half as much as one said twice. LEAVE_OUT: words that
    are in every sentence because the rewrite put them there ("government", the speaker's role)."""
    seen: dict[str, int] = {}
    for p in parses:
        for lemma in _lemmas(p, leave_out):
            seen[lemma] = seen.get(lemma, 0) + 1
    return {lemma: math.log1p(n) * _rarity(lemma) * (ONCE if n == 1 else 1.0) for lemma, n in sorted(seen.items())}


def information(p: Parse, topic: Mapping[str, float], leave_out: frozenset[str] = frozenset()) -> float:
    """What the sentence tells: its topic words (by weight, a long sentence not favoured for its
    length alone), numbers and names (at most two of each count), and whether it says what someone will do."""
    words = sum(1 for t in p.tokens if t.upos != "PUNCT") or 1
    topical = sum(topic.get(lemma, 0.0) for lemma in _lemmas(p, leave_out)) / math.sqrt(words)
    numbers = min(2, sum(1 for t in p.tokens if t.upos == "NUM"))
    names = min(2, len({t.text for t in p.tokens if t.upos == "PROPN" and t.text.lower() not in leave_out}))
    return topical + numbers + 0.5 * names + (ACTION_INFORMATION if _commits(p) else 0.0)


def _commits(p: Parse) -> bool:
    """Does the sentence say what someone will do ("We will publish new data next year", "is going
    to build")? A decision is news even in a statement too short to have topic words of its own."""
    for root in p.roots:
        verbs = [root] + [t for t in p.tokens if t.dep == "xcomp" and t.head == root.i and root.lemma.lower() == "go"]
        modal = any(a.xpos == "MD" and a.lemma.lower() in ("will", "shall") for a in p.children(root, "aux"))
        for v in verbs:
            going = v is not root and root.xpos == "VBG"
            if v.upos == "VERB" and v.lemma.lower() not in _LIGHT and v.lemma.lower() != "go" and (modal or going):
                return True
    return False
