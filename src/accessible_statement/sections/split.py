"""Split a statement where its topic changes: speaker signals plus lexical cohesion (TextTiling-style)."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from accessible_statement.document.transcript import Sentence
from accessible_statement.language.lexicon import weighted_patterns
from accessible_statement.language.words import content_stems

from accessible_statement.rules import SECTION_MIN_SENTENCES, SECTION_MIN_WORDS, SECTION_WINDOW, WORDS_PER_SECTION_MAX, WORDS_PER_SECTION_MIN


@dataclass(frozen=True)
class Span:
    first: int  # index into the sentence list
    last: int  # inclusive


def _signals() -> tuple[tuple[re.Pattern[str], float], ...]:
    """(pattern, weight) of each topic-change signal in content/sections/signals.tsv."""
    return weighted_patterns("sections/signals.tsv")


def signal_strength(text: str) -> float:
    """How strongly the speaker marks this sentence as the start of a new topic."""
    return max((w for p, w in _signals() if p.match(text)), default=0.0)


def split_sections(sentences: list[Sentence]) -> list[Span]:
    n = len(sentences)
    if n == 0:
        return []
    lengths = [len(s.text.split()) for s in sentences]
    total = sum(lengths)
    most = max(1, min(16, total // WORDS_PER_SECTION_MIN))
    fewest = max(1, min(most, total // WORDS_PER_SECTION_MAX))
    if most == 1 or n < 2 * SECTION_MIN_SENTENCES:
        return [Span(0, n - 1)]

    stems = [Counter(content_stems(s.text)) for s in sentences]
    depth = _depth_scores(stems)
    scores = {g: depth[g] + signal_strength(sentences[g].text) for g in range(1, n)}
    depth_values = [depth[g] for g in range(1, n)]
    mean = sum(depth_values) / len(depth_values)
    spread = math.sqrt(sum((d - mean) ** 2 for d in depth_values) / len(depth_values))
    threshold = mean + spread

    prefix = [0]
    for x in lengths:
        prefix.append(prefix[-1] + x)

    def big_enough(a: int, b: int) -> bool:  # sentences a..b-1
        return b - a >= SECTION_MIN_SENTENCES and prefix[b] - prefix[a] >= SECTION_MIN_WORDS

    cuts: list[int] = []
    for g in sorted(scores, key=lambda g: (-scores[g], g)):
        if len(cuts) + 1 >= most:
            break
        if len(cuts) + 1 >= fewest and scores[g] < threshold:
            break
        left = max([c for c in cuts if c < g], default=0)
        right = min([c for c in cuts if c > g], default=n)
        if big_enough(left, g) and big_enough(g, right):
            cuts.append(g)
    bounds = [0] + sorted(cuts) + [n]
    return [Span(a, b - 1) for a, b in zip(bounds, bounds[1:])]


def _depth_scores(stems: list[Counter]) -> dict[int, float]:
    """For each gap, how much less alike the two sides are than the peaks around it (0-2)."""
    n = len(stems)
    sims = {}
    for g in range(1, n):
        left = sum((stems[i] for i in range(max(0, g - SECTION_WINDOW), g)), Counter())
        right = sum((stems[i] for i in range(g, min(n, g + SECTION_WINDOW))), Counter())
        sims[g] = _cosine(left, right)
    depth = {}
    for g in range(1, n):
        lpeak = sims[g]
        i = g - 1
        while i >= 1 and sims[i] >= lpeak:
            lpeak = sims[i]
            i -= 1
        rpeak = sims[g]
        i = g + 1
        while i < n and sims[i] >= rpeak:
            rpeak = sims[i]
            i += 1
        depth[g] = (lpeak - sims[g]) + (rpeak - sims[g])
    return depth


def _cosine(a: Counter, b: Counter) -> float:
    if not a or not b:
        return 0.0
    dot = sum(v * b.get(k, 0) for k, v in a.items())
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb)
