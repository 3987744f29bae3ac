"""Make the easy-read text meet its own targets by leaving out side points, never key announcements.

Rewriting keeps each sentence plain; this chooses which of them to keep so that the whole text
meets rules 2 and 14 (95% of sentences at most 15 words, Flesch-Kincaid grade and reading ease)
with a margin. Side points are ranked once by what they cost a reader (long words, long
sentences) and left out worst first while the text misses a target: O(n log n), so a statement
a hundred times longer takes a hundred times as long.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Mapping

from accessible_statement.document.easy_read import Point
from accessible_statement.language.readability import Scores, score_sentences
from accessible_statement.plain.leaning import DEPENDENT, leans_back

from accessible_statement.rules import INFORMATION_WEIGHT, KEY_INFORMATION, EASE_AIM, GRADE_AIM, MIN_TEXT_SHARE, MIN_TEXT_WORDS, PLAIN_SPW, SENTENCE_WORDS, SHORT_SHARE


@dataclass
class Totals:
    sentences: int = 0
    words: int = 0
    syllables: int = 0
    short: int = 0

    def add(self, s: Scores, sign: int = 1) -> "Totals":
        return replace(
            self,
            sentences=self.sentences + sign * s.sentences,
            words=self.words + sign * s.words,
            syllables=self.syllables + sign * s.syllables,
            short=self.short + sign * (1 if s.words <= SENTENCE_WORDS else 0),
        )

    @property
    def scores(self) -> Scores:
        return Scores(self.sentences, self.words, self.syllables)

    @property
    def short_share(self) -> float:
        return self.short / self.sentences if self.sentences else 1.0

    @property
    def ok(self) -> bool:
        s = self.scores
        return (not self.sentences) or (s.grade <= GRADE_AIM and s.reading_ease >= EASE_AIM and self.short_share >= SHORT_SHARE)


def _gain(before: Totals, after: Totals) -> float:
    """How much closer to the targets the text gets (only the targets still missed count)."""
    gain = 0.0
    if before.short_share < SHORT_SHARE:
        gain += (after.short_share - before.short_share) * 100
    if before.scores.grade > GRADE_AIM:
        gain += before.scores.grade - after.scores.grade
    if before.scores.reading_ease < EASE_AIM:
        gain += (after.scores.reading_ease - before.scores.reading_ease) / 3
    return gain


def fit_sections(
    sections: list[list[Point]],
    key_sources: set[int],
    pools: list[list[Point]] | None = None,
    source_words: int = 0,
    told: Mapping[str, float] | None = None,
    news_may_go: bool = True,
) -> list[list[Point]]:
    """Leave out side points (with the sentences that lean on them) until the text fits.

    A section never goes silent: its last side point can only go if a plainer sentence from
    the same section (from POOLS, every easy-read sentence it has) takes its place. TOLD (how much
    each point tells, by its text) goes against a point's cost: what tells least goes first.

    NEWS_MAY_GO: news over 15 words may go for the length rule; the builder says no where the rule
    is missed even with it gone (a sentence is then kept whole, up to 20 words, never cut).
    """
    told = told or {}
    sections = [list(s) for s in sections]
    pools = pools or [[] for _ in sections]
    floor = min(MIN_TEXT_WORDS, MIN_TEXT_SHARE * source_words) if source_words else MIN_TEXT_WORDS
    stats: dict[int, Scores] = {}

    def scored(p: Point) -> Scores:
        if id(p) not in stats:
            stats[id(p)] = score_sentences([p.text])
        return stats[id(p)]

    totals = Totals()
    for sec in sections:
        for p in sec:
            totals = totals.add(scored(p))
    if totals.ok:
        return sections

    ranked = []
    for si, sec in enumerate(sections):
        for pi, p in enumerate(sec):
            if set(p.sources) & key_sources or DEPENDENT.match(p.text):
                continue
            group = _with_dependents(sec, pi)
            if any(set(g.sources) & key_sources for g in group):
                continue  # a key point that leans on this one keeps it (rule 25's context leans on its finding)
            words = sum(scored(g).words for g in group)
            excess = sum(scored(g).syllables for g in group) / max(1, words) - PLAIN_SPW
            too_long = sum(1 for g in group if scored(g).words > SENTENCE_WORDS)
            tells = max(told.get(g.text, 0.0) for g in group)
            ranked.append((too_long + excess - INFORMATION_WEIGHT * tells, si, group, tells))
    ranked.sort(key=lambda r: (-r[0], r[1], r[2][0].sources))

    removed: set[int] = set()
    total_words = totals.words
    for _cost, si, group, tells in ranked:
        if totals.ok:
            break
        if any(id(g) in removed for g in group):
            continue
        if tells >= KEY_INFORMATION:
            # News (numbers, names, the statement's topic) is kept for the grade: it may only go
            # for the length rule, only when it is itself over the length, and only where the rule
            # is met by it (NEWS_MAY_GO, which the builder sets).
            if not news_may_go or totals.short_share >= SHORT_SHARE or all(scored(g).words <= SENTENCE_WORDS for g in group):
                continue
        left = [p for p in sections[si] if id(p) not in removed and not any(p is g for g in group)]
        replacement = [] if left else _plainest_stand_alone(pools[si], group)
        if not left and not replacement:
            continue  # every section keeps something to say
        after = totals
        for g in group:
            after = after.add(scored(g), -1)
        for r in replacement:
            after = after.add(scored(r))
        if after.words < floor <= total_words or _gain(totals, after) <= 0:
            continue
        totals = after
        removed.update(id(g) for g in group)
        if replacement:
            sections[si] = sorted(sections[si] + replacement, key=lambda p: p.sources)

    # Then plain, short sentences that the first choice left out, plainest first, while they help.
    if not totals.ok:
        chosen = {p.text for sec in sections for p in sec}
        extras = [
            (scored(p).syllables_per_word, si, p)
            for si, pool in enumerate(pools)
            for p in pool
            if p.text not in chosen and scored(p).words <= SENTENCE_WORDS
            and not DEPENDENT.match(p.text) and not leans_back(p.text)
        ]
        for _spw, si, p in sorted(extras, key=lambda e: (e[0], e[1], e[2].sources)):
            if totals.ok:
                break
            after = totals.add(scored(p))
            if _gain(totals, after) > 0:
                totals = after
                sections[si] = sorted(sections[si] + [p], key=lambda q: q.sources)
                chosen.add(p.text)
    return [[p for p in sec if id(p) not in removed] for sec in sections]


def short_share(sections: list[list[Point]]) -> float:
    """The share of the points with at most SENTENCE_WORDS words (rule 2), as `check` counts it."""
    points = [p for sec in sections for p in sec]
    return sum(1 for p in points if p.words <= SENTENCE_WORDS) / len(points) if points else 1.0


def _with_dependents(sec: list[Point], index: int) -> list[Point]:
    """The point and those that lean on it: 'This is to ...' after it, or 'It ...' in the next sentence."""
    group = [sec[index]]
    for p in sec[index + 1:]:
        same = p.sources == group[-1].sources and DEPENDENT.match(p.text)
        next_leaning = p.sources[0] == group[-1].sources[-1] + 1 and leans_back(p.text)
        if same or next_leaning:
            group.append(p)
        else:
            break
    return group


def _plainest_stand_alone(pool: list[Point], group: list[Point]) -> list[Point]:
    """The plainest short sentence of a section that needs nothing before it."""
    taken = {g.text for g in group}
    short = [p for p in pool if p.text not in taken and p.words <= SENTENCE_WORDS and not DEPENDENT.match(p.text)]
    # Better a sentence that leans on the one before than a section that breaks the length rule.
    options = [p for p in short if not leans_back(p.text)] or short
    return [plainest(options)] if options else []  # never a cut sentence: the part keeps what it has


def plainest(options: list[Point]) -> Point:
    """The sentence with the fewest syllables a word; the earliest when two are equal."""
    return min(options, key=lambda p: (score_sentences([p.text]).syllables_per_word, p.sources))
