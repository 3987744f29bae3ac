"""Make the easy-read text meet its own targets by leaving out side points, never key announcements.

Rewriting keeps each sentence plain; this chooses which of them to keep so that the whole text
meets rules 2 and 14 (95% of sentences at most 15 words, Flesch-Kincaid grade and reading ease),
with a margin, removing the side point that costs the reader most each time.
"""

from __future__ import annotations

from dataclasses import dataclass

from accessible_statement.plain_rewrite import DEPENDENT, PlainSentence
from accessible_statement.readability import Scores, score_sentences

GRADE_AIM = 5.8  # rule 14 says at most 6 (aim for 5)
EASE_AIM = 70.5  # rule 14 says at least 70
MIN_WORDS = 405  # a 20-minute statement needs at least 400 words to say what was said
MIN_SHARE = 0.15  # ... and a shorter one keeps at least this share of its words
SHORT_WORDS = 15
SHORT_SHARE = 0.95  # rule 2


@dataclass
class Fit:
    scores: Scores
    short_share: float

    @property
    def ok(self) -> bool:
        return self.scores.grade <= GRADE_AIM and self.scores.reading_ease >= EASE_AIM and self.short_share >= SHORT_SHARE


def measure(points: list[PlainSentence]) -> Fit:
    if not points:
        return Fit(Scores(0, 0, 0), 1.0)
    return Fit(score_sentences([p.text for p in points]), sum(p.words <= SHORT_WORDS for p in points) / len(points))


def fit_sections(
    sections: list[list[PlainSentence]],
    key_sources: set[int],
    pools: list[list[PlainSentence]] | None = None,
    source_words: int = 0,
) -> list[list[PlainSentence]]:
    """Drop side points (with the sentences that lean on them) until the text fits.

    A section never goes silent: its last side point can only go if a plainer sentence from
    the same section (from POOLS, every easy-read sentence it has) takes its place.
    """
    sections = [list(s) for s in sections]
    pools = pools or [[] for _ in sections]
    floor = min(MIN_WORDS, MIN_SHARE * source_words) if source_words else MIN_WORDS
    while True:
        everything = [p for s in sections for p in s]
        current = measure(everything)
        if current.ok:
            return sections
        best = None
        total_words = sum(q.words for q in everything)
        for si, sec in enumerate(sections):
            for pi, p in enumerate(sec):
                if set(p.sources) & key_sources or DEPENDENT.match(p.text):
                    continue
                group = _with_dependents(sec, pi)
                replacement: list[PlainSentence] = []
                if len(group) >= len(sec):
                    replacement = _plainest_stand_alone(pools[si], group)
                    if not replacement:
                        continue  # every section keeps something to say
                remaining = [q for q in everything if not any(q is g for g in group)] + replacement
                words_left = sum(q.words for q in remaining)
                if words_left < floor <= total_words:
                    continue  # keep enough to say what the statement said
                removed = sum(g.words for g in group) - sum(r.words for r in replacement)
                gain = _gain(current, measure(remaining)) / max(1, removed)
                if gain > 0 and (best is None or gain > best[0]):
                    best = (gain, si, group, replacement)
        addition = _best_addition(sections, pools, current)
        if addition is not None and (best is None or addition[0] > best[0]):
            _, si, point = addition
            sections[si] = sorted(sections[si] + [point], key=lambda p: p.sources)
            continue
        if best is None:
            return sections
        _, si, group, replacement = best
        kept = [p for p in sections[si] if not any(p is g for g in group)]
        sections[si] = sorted(kept + replacement, key=lambda p: p.sources)


def _best_addition(sections, pools, current: Fit):
    """A plain, short sentence the selection left out that brings the text closer to its targets."""
    from accessible_statement.easy_read import LEANS_BACK

    everything = [p for s in sections for p in s]
    chosen = {p.text for p in everything}
    best = None
    for si, pool in enumerate(pools):
        for p in pool:
            if p.text in chosen or p.words > SHORT_WORDS or DEPENDENT.match(p.text) or LEANS_BACK.search(p.text):
                continue
            gain = _gain(current, measure(everything + [p])) / p.words
            if gain > 0 and (best is None or gain > best[0]):
                best = (gain, si, p)
    return best


def _plainest_stand_alone(pool: list[PlainSentence], group: list[PlainSentence]) -> list[PlainSentence]:
    """The plainest short sentence of a section that needs nothing before it."""
    from accessible_statement.easy_read import LEANS_BACK

    taken = {g.text for g in group}
    short = [p for p in pool if p.text not in taken and p.words <= SHORT_WORDS and not DEPENDENT.match(p.text)]
    # Better a sentence that leans on the one before than a section that breaks the length rule.
    options = [p for p in short if not LEANS_BACK.search(p.text)] or short
    if not options:
        # Last resort: the main clause of the section's first sentence, cut where nothing it says changes.
        from accessible_statement.clauses import core_clause

        first = group[0]
        core = core_clause(first.text.rstrip(".!?"), SHORT_WORDS, SHORT_WORDS)
        return [PlainSentence(core + ".", first.sources, first.unclear_pronoun)] if core else []
    return [min(options, key=lambda p: (score_sentences([p.text]).syllables_per_word, p.sources))]


def _with_dependents(sec: list[PlainSentence], index: int) -> list[PlainSentence]:
    """The point and those that lean on it: 'This is to ...' after it, or 'It ...' in the next sentence."""
    from accessible_statement.easy_read import LEANS_BACK

    group = [sec[index]]
    for p in sec[index + 1:]:
        same = p.sources == group[-1].sources and DEPENDENT.match(p.text)
        next_leaning = p.sources[0] == group[-1].sources[-1] + 1 and LEANS_BACK.search(p.text)
        if same or next_leaning:
            group.append(p)
        else:
            break
    return group


def _gain(before: Fit, after: Fit) -> float:
    """How much closer to the targets the text gets (only the targets still missed count)."""
    gain = 0.0
    if before.short_share < SHORT_SHARE:
        gain += (after.short_share - before.short_share) * 100
    if before.scores.grade > GRADE_AIM:
        gain += before.scores.grade - after.scores.grade
    if before.scores.reading_ease < EASE_AIM:
        gain += (after.scores.reading_ease - before.scores.reading_ease) / 3
    return gain


