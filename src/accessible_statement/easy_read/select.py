"""Choose what a part keeps: the sentences that matter most within its share of words, in the speaker's order.

Importance comes from content/plain/importance.tsv (announcements, actions) and numbers; a
sentence that leans on the one before it brings that one along; a sensitive finding stays only
with the context the speaker gave it (rule 25).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Mapping

from accessible_statement.document.easy_read import Point
from accessible_statement.document.transcript import Sentence
from accessible_statement.language import content
from accessible_statement.language.lexicon import weighted_patterns
from accessible_statement.language.readability import score_sentences
from accessible_statement.plain.leaning import ASKED, DEPENDENT, leans_back
from accessible_statement.rules import HARD_POINT, KEY_INFORMATION, LONG_POINT, MUST_KEEP


def importance(text: str) -> float:
    score = sum(w for p, w in weighted_patterns("plain/importance.tsv") if p.search(text))
    score += min(2, len(re.findall(r"\b\d[\d,.]*\b", text)))  # numbers are news
    return score


def select_points(own: list[Sentence], rewritten: dict[int, list[Point]], budget: float, must: frozenset[int] = frozenset(),
                  told: Mapping[str, float] | None = None) -> list[Point]:
    """The sentences that matter most, within the section's share of words, in the speaker's order;
    those in MUST (what a reader must act on) and key announcements whatever their share. TOLD: how
    much each point tells (plain/information), by its text."""
    told = told or {}
    candidates = [s for s in own if rewritten[s.id]]

    def worth(s: Sentence) -> float:
        return importance(s.text) + max(told.get(p.text, 0.0) for p in rewritten[s.id]) - _difficulty(rewritten[s.id])

    ranked = sorted(candidates, key=lambda s: (s.id not in must, -worth(s), s.id))
    chosen: set[int] = set()
    used = 0
    for s in ranked:
        words = sum(p.words for p in rewritten[s.id])
        if chosen and used + words > budget and announcement(s.text) < MUST_KEEP and s.id not in must:
            continue
        chosen.add(s.id)
        used += words
    chosen = _with_antecedents(chosen, candidates, rewritten)
    chosen = _balance(chosen, candidates, rewritten)
    for k, s in enumerate(candidates):  # a quoted question stays exactly when its answer does
        if ASKED.match(rewritten[s.id][0].text):
            answer = next((a for a in candidates[k + 1:k + 2] if not ASKED.match(rewritten[a.id][0].text)), None)
            (chosen.add if answer is not None and answer.id in chosen else chosen.discard)(s.id)
    points: list[Point] = []
    seen: set[str] = set()
    for s in own:
        if s.id not in chosen:
            continue
        keep_all = announcement(s.text) >= MUST_KEEP or s.id in must
        skipped = False
        own_points = rewritten[s.id]
        for i, p in enumerate(own_points):
            leaned_on = i + 1 < len(own_points) and DEPENDENT.match(own_points[i + 1].text)
            if p.text.lower() in seen and not leaned_on:
                continue  # said already; but a sentence that 'This means ...' follows stays with it
            if skipped and DEPENDENT.match(p.text):
                continue  # "This is to ..." without the sentence it leans on
            news = told.get(p.text, 0.0) >= KEY_INFORMATION
            skipped = not (keep_all or news) and (score_sentences([p.text]).syllables_per_word > HARD_POINT or p.words > LONG_POINT)
            if skipped:
                continue  # a side point in long words or a long sentence costs the reader more than it gives
            seen.add(p.text.lower())
            points.append(p)
    if not points and candidates:
        # Every section says something: its plainest sentence that does not lean on one left out.
        standing = [s for s in candidates if not leans_back(rewritten[s.id][0].text)] or candidates
        best = min(standing, key=lambda s: (_difficulty(rewritten[s.id]), s.id))
        points = list(rewritten[best.id])
    return points


def _difficulty(points: list[Point]) -> float:
    """Long words and long sentences cost a reader: 0 for plain text, about 2 for hard text."""
    scores = score_sentences([p.text for p in points])
    return max(0.0, (scores.syllables_per_word - 1.35) * 4) + max(0.0, (scores.words_per_sentence - 12) / 4)


def announcement(text: str) -> float:
    return max((w for p, w in weighted_patterns("plain/importance.tsv") if p.search(text)), default=0.0)


def _with_antecedents(chosen: set[int], candidates: list[Sentence], rewritten) -> set[int]:
    """A point that starts 'It was only collected ...' needs the sentence before it to make sense:
    that sentence comes too, or, when it has nothing to say in easy read, the point goes."""
    ids = {s.id for s in candidates}
    by_id = {s.id: s for s in candidates}
    out = set(chosen)
    for sid in sorted(chosen):
        if leans_back(rewritten[sid][0].text):
            if sid - 1 in ids:
                out.add(sid - 1)
            elif announcement(by_id[sid].text) < MUST_KEEP:
                out.discard(sid)
    return out


@lru_cache(maxsize=1)
def _finding_and_context() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """Rule 25's two patterns (plain/balance.tsv): a sensitive finding, and the speaker's context for it."""
    out = {}
    for kind, terms in content.term_table("plain/balance.tsv"):
        out[kind] = re.compile(rf"\b(?:{'|'.join(map(re.escape, terms))})\b", re.I)
    return (out["finding"], out["context"]) if "finding" in out and "context" in out else None


def _balance(chosen: set[int], candidates: list[Sentence], rewritten) -> set[int]:
    """Rule 25: a sensitive finding stays only with the context the speaker gave it, in the words kept."""
    patterns = _finding_and_context()
    if patterns is None:
        return chosen
    finding, context = patterns

    def said(sid: int, pattern: re.Pattern[str]) -> bool:
        return any(pattern.search(p.text) for p in rewritten[sid])

    findings = {sid for sid in chosen if said(sid, finding)}
    if not findings or any(said(sid, context) for sid in chosen):
        return chosen
    contexts = [s.id for s in candidates if said(s.id, context)]
    if contexts:
        return chosen | {contexts[0]}
    return chosen - findings


def balancing_sources(rewritten: dict[int, list[Point]]) -> set[int]:
    """Rule 25 for fitting: when a sensitive finding is said, the sentences that give the speaker's
    context for it are key, so fitting the text to its targets never leaves them out."""
    patterns = _finding_and_context()
    if patterns is None:
        return set()
    finding, context = patterns
    if not any(finding.search(p.text) for ps in rewritten.values() for p in ps):
        return set()
    return {sid for sid, ps in rewritten.items() if any(context.search(p.text) for p in ps)}


def without_bare_findings(points: list[Point]) -> list[Point]:
    """Rule 25 on a part as it is printed: a sensitive finding whose part has lost the speaker's
    context for it (fitting, orphans) goes too."""
    patterns = _finding_and_context()
    if patterns is None:
        return points
    finding, context = patterns
    if any(context.search(p.text) for p in points):
        return points
    return [p for p in points if not finding.search(p.text)]
