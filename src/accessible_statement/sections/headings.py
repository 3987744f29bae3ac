"""Plain headings for sections, chosen from a list of everyday topic headings by what each section says."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from accessible_statement.language import content
from accessible_statement.language.words import content_stems, stem, stopwords, words

from accessible_statement.rules import HEADING_WORDS
OPENING = "What is this about?"


@dataclass(frozen=True)
class Topic:
    heading: str
    keywords: tuple[tuple[str, ...], ...]  # each keyword as a tuple of stems


@lru_cache(maxsize=1)
def topics() -> tuple[Topic, ...]:
    return tuple(
        Topic(heading, tuple(tuple(stem(w) for w in words(k)) for k in keys))
        for heading, keys in content.term_table("sections/headings.tsv")
    )


def _score(topic: Topic, section_stems: Counter, doc_stems: Counter) -> float:
    """Keyword hits, weighted up for words this section uses more than the statement as a whole."""
    score = 0.0
    total_section = sum(section_stems.values()) or 1
    total_doc = sum(doc_stems.values()) or 1
    distinct = strongest = 0
    for key in topic.keywords:
        hits = min(section_stems.get(s, 0) for s in key)
        if hits:
            distinct += 1
            strongest = max(strongest, hits)
            share = hits / total_section
            background = min(doc_stems.get(s, 0) for s in key) / total_doc
            score += min(hits, 3) * len(key) * (1.0 + min(3.0, share / max(background, 1e-9)))
    # One word said once is not a topic.
    return score if distinct >= 2 or strongest >= 3 else 0.0


def choose_headings(section_texts: list[str]) -> list[str]:
    """One heading per section, no two alike; the first section is the opening."""
    stems = [Counter(content_stems(t)) for t in section_texts]
    doc = sum(stems, Counter())
    headings: list[str | None] = [None] * len(section_texts)
    used: set[str] = set()
    if len(section_texts) > 1:
        headings[0] = OPENING
        used.add(OPENING)
    # Give each topic to the section it fits best, strongest matches first.
    pairs = []
    for i, st in enumerate(stems):
        if headings[i] is not None:
            continue
        for t in topics():
            s = _score(t, st, doc)
            if s > 0:
                pairs.append((s, i, t.heading))
    for s, i, heading in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if headings[i] is None and heading not in used:
            headings[i] = heading
            used.add(heading)
    for i, h in enumerate(headings):
        if h is None:
            headings[i] = _fallback(section_texts[i], stems[i], doc, used)
            used.add(headings[i])
    return [h for h in headings if h is not None]


_DETERMINERS = content.word_set("sections/determiners.txt")


def _looks_like_a_noun(word: str, after_determiner: set[str]) -> bool:
    """Seen straight after 'the', 'a', 'our' ... somewhere, or a plural: 'years', 'places'."""
    return word.lower() in after_determiner or (word.endswith("s") and not word.endswith("ss") and len(word) > 3)


def _fallback(text: str, st: Counter, doc: Counter, used: set[str]) -> str:
    """'More about <its most particular noun, with the words before it>', kept unique.

    A noun is the last word of a run that the text puts 'the', 'a', 'our', 'new' ... before:
    no part-of-speech model is needed (NLTK's tagger needs downloaded data).
    """
    tokens = words(text)
    stop = stopwords()
    after_determiner = {w.lower() for prev, w in zip(tokens, tokens[1:]) if prev.lower() in _DETERMINERS}
    nouns: Counter = Counter()
    surface: dict[str, str] = {}
    for i, prev in enumerate(tokens):
        if prev.lower() not in _DETERMINERS:
            continue
        # The noun is the last word of what follows: 'the early years' is about years, with 'early' kept.
        run = []
        for w in tokens[i + 1 : i + 4]:
            if not (w[:1].islower() and w.isalpha()) or w in stop or w in _DETERMINERS:
                break
            run.append(w)
        while len(run) > 1 and not _looks_like_a_noun(run[-1], after_determiner):
            run.pop()  # 'the principles run through' is about principles
        key = stem(run[-1]) if run else ""
        if key in st:
            nouns[key] += 1
            surface.setdefault(key, " ".join(run))
    ranked = sorted(nouns, key=lambda s: (-(st[s] * nouns[s] / (doc.get(s, 1) ** 0.5)), s))
    for s in ranked:
        heading = f"More about {surface[s]}"
        if heading not in used and len(surface[s]) > 3:
            return heading
    n = 2
    while f"More from the statement ({n})" in used:
        n += 1
    return f"More from the statement ({n})"
