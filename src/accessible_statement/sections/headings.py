"""Plain headings for parts, from what each part's own easy-read sentences say: an everyday topic
heading from a list when its words are plainly there, else the part's main noun phrase by its parse."""

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
    # "law" and "laws" are one keyword once stemmed: two hits on it are one word said twice
    return tuple(
        Topic(heading, tuple(dict.fromkeys(tuple(stem(w) for w in words(k)) for k in keys)))
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
    # One word is not a topic, however often it is said ("office" is not about police officers).
    return score if distinct >= 2 else 0.0


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




_NOUNS = ("NOUN", "PROPN")
_TIME_NOUNS = content.word_set("plain/time_nouns.txt")  # "at that time" is not what a part is about
_ROLES = ("nsubj", "nsubj:pass", "obj", "obl", "ROOT", "conj", "appos", "iobj")


def _fallback(text: str, st: Counter, doc: Counter, used: set[str]) -> str:
    """The part's own main noun phrase, from the parse of its sentences: the noun it says most
    that the statement as a whole says least, with the words that make it particular ("new bus
    routes", "the cancer unit"), kept unique; numbered only when nothing else is left."""
    from accessible_statement.language.parser import parse_sentences

    parses = parse_sentences([t for t in _sentences(text) if t.strip()])
    found: Counter = Counter()
    surface: dict[str, str] = {}
    for p in parses:
        for t in p.tokens:
            if t.upos not in _NOUNS or t.dep not in _ROLES or not t.text.isalpha() or t.text.lower() in stopwords() | _TIME_NOUNS:
                continue
            key = stem(t.text)
            found[key] += 1
            words_before = [k for k in p.children(t, "amod", "compound") if k.i < t.i and k.text.isalpha()]
            phrase = " ".join([_hyphenated(p, k) for k in sorted(words_before, key=lambda k: k.i)][-2:] + [t.text])
            if len(phrase.split()) > len(surface.get(key, "").split()):
                surface[key] = phrase
    # Said more here than elsewhere, and more particular with the words before it ("new bus routes").
    ranked = sorted(found, key=lambda k: (-(found[k] * st.get(k, 1) / (doc.get(k, 1) ** 0.5)) * (1 + 0.5 * (len(surface[k].split()) - 1)), k))
    for key in ranked:
        heading = surface[key][:1].upper() + surface[key][1:]
        if heading not in used and len(heading) > 3 and len(heading.split()) <= HEADING_WORDS:
            return heading
    n = 2
    while f"More from the statement ({n})" in used:
        n += 1
    return f"More from the statement ({n})"


def _hyphenated(p, k) -> str:
    """A modifier with the words hyphened to it: 'long-standing', not 'standing'."""
    toks, start = p.tokens, k.i
    while start >= 2 and toks[start - 1].text == "-" and not toks[start - 1].space and not toks[start - 2].space and toks[start - 2].text.isalpha():
        start -= 2
    return "".join(toks[i].text for i in range(start, k.i + 1))


def _sentences(text: str) -> list[str]:
    import re

    return re.split(r"(?<=[.!?])\s+", text)
