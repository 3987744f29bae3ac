"""Build the easy-read document: sections with plain headings, short sentences that trace to the
speaker's words, a 'Words to know' glossary, and a content note with help where the topic needs it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from accessible_statement import content
from accessible_statement.errors import BadInput
from accessible_statement.fit_rules import fit_sections
from accessible_statement.headings import choose_headings
from accessible_statement.lexicon import weighted_patterns
from accessible_statement.model import Sentence, Transcript
from accessible_statement.plain_rewrite import DEPENDENT, PlainSentence, rewrite
from accessible_statement.readability import score_sentences
from accessible_statement.referents import Referents
from accessible_statement.sections import split_sections

SCHEMA = "accessible-statement/1"
TARGET_WORDS = 1000  # the whole easy-read text aims under this (rule 15: under about 1,000)
MIN_SECTION_WORDS = 20


@dataclass
class Section:
    number: int
    title: str
    start: float | None
    end: float | None
    points: list[PlainSentence]
    sentences: list[Sentence]


@dataclass(frozen=True)
class Contact:
    name: str
    phone: str
    for_whom: str

    @property
    def line(self) -> str:
        """How a helpline is written and said everywhere: "Childline: 0800 1111. Children and ..."."""
        return f"{self.name}: {self.phone}. {self.for_whom}"


@dataclass
class EasyRead:
    title: str
    speaker: str | None
    date: str | None
    source: str
    about: list[str]
    content_note: str | None
    sections: list[Section]
    glossary: list[tuple[str, str]]
    support: list[Contact]
    transcript: Transcript = field(repr=False)


MIN_WORDS_TO_SUMMARISE = 5


def build_easy_read(transcript: Transcript) -> EasyRead:
    sentences = transcript.sentences
    words = sum(len(s.text.split()) for s in sentences)
    if words < MIN_WORDS_TO_SUMMARISE:
        raise BadInput(f"{transcript.source}: only {words} word{'s' if words != 1 else ''} of speech, too little for an easy-read version; 'accessible-statement clean' shows it as it is")
    addressed = any(re.search(r"\b(?:Mr|Madam) (?:Deputy )?Speaker\b|\bthe House\b", s.text) for s in sentences)
    referents = Referents.for_statement(transcript.role, addressed)
    rewritten: dict[int, list[PlainSentence]] = {}
    for s in sentences:
        referents.observe(s.text)
        rewritten[s.id] = rewrite(s.id, s.text, referents)

    spans = split_sections(sentences)
    titles = choose_headings([" ".join(s.text for s in sentences[sp.first:sp.last + 1]) for sp in spans])
    total_words = sum(len(s.text.split()) for s in sentences) or 1
    sections = []
    for number, (span, title) in enumerate(zip(spans, titles), start=1):
        own = sentences[span.first:span.last + 1]
        budget = max(MIN_SECTION_WORDS, TARGET_WORDS * sum(len(s.text.split()) for s in own) / total_words)
        points = _select(own, rewritten, budget)
        nxt = sentences[span.last + 1] if span.last + 1 < len(sentences) else None
        end = own[-1].end if own[-1].end is not None else (nxt.start if nxt else own[-1].start)
        sections.append(Section(number, title, own[0].start, end, points, own))
    key_sources = {s.id for s in sentences if _announcement(s.text) >= MUST_KEEP}
    for section in sections:
        section.points = _no_opening_but(section.points)
    pools = [[p for s in sec.sentences for p in rewritten[s.id]] for sec in sections]
    for _ in range(2):  # leaving out orphans can move the scores, so fit once more after
        fitted = fit_sections([sec.points for sec in sections], key_sources, pools, total_words)
        for section, points, pool in zip(sections, fitted, pools):
            section.points = _no_opening_but(_without_orphans(points, pool, key_sources))

    note, support = _sensitivity(transcript)
    easy = EasyRead(
        title=transcript.title or _title(transcript),
        speaker=transcript.speaker,
        date=transcript.date,
        source=transcript.source,
        about=_about(transcript, addressed),
        content_note=note,
        sections=sections,
        glossary=[],
        support=support,
        transcript=transcript,
    )
    easy.glossary = _glossary(" ".join(p.text for sec in sections for p in sec.points))
    return easy


def _without_orphans(points: list[PlainSentence], pool: list[PlainSentence], key_sources: set[int]) -> list[PlainSentence]:
    """Leave out a side point that leans on a sentence ("... remove them") that is not there before it."""
    out: list[PlainSentence] = []
    for p in points:
        before = out[-1].sources[-1] if out else None
        orphan = LEANS_BACK.search(p.text) and before not in (p.sources[0] - 1, p.sources[0])
        if orphan and not set(p.sources) & key_sources:
            continue
        out.append(p)
    if out or not points:
        return out
    from accessible_statement.fit_rules import SHORT_WORDS, plainest

    plain = [q for q in pool if q.words <= SHORT_WORDS and not LEANS_BACK.search(q.text) and not DEPENDENT.match(q.text)]
    return [plainest(plain)] if plain else points


def _no_opening_but(points: list[PlainSentence]) -> list[PlainSentence]:
    """A part cannot start with 'But': there is nothing before it to contrast with."""
    if points and re.match(r"But\s+\w", points[0].text):
        first = points[0]
        rest = first.text[4:]
        points = [PlainSentence(rest[:1].upper() + rest[1:], first.sources, first.unclear_pronoun)] + points[1:]
    return points


def importance(text: str) -> float:
    score = sum(w for p, w in weighted_patterns("plain/importance.tsv") if p.search(text))
    score += min(2, len(re.findall(r"\b\d[\d,.]*\b", text)))  # numbers are news
    return score


MUST_KEEP = 4.0  # key announcements ("change the law", "for the first time") are kept whatever their share
HARD_POINT = 1.9  # syllables a word: a side point harder than this is left out
LONG_POINT = 18  # words: a side point longer than this is left out


def _select(own: list[Sentence], rewritten: dict[int, list[PlainSentence]], budget: float) -> list[PlainSentence]:
    """The sentences that matter most, within the section's share of words, in the speaker's order."""
    candidates = [s for s in own if rewritten[s.id]]
    ranked = sorted(candidates, key=lambda s: (-(importance(s.text) - _difficulty(rewritten[s.id])), s.id))
    chosen: set[int] = set()
    used = 0
    for s in ranked:
        words = sum(p.words for p in rewritten[s.id])
        if chosen and used + words > budget and _announcement(s.text) < MUST_KEEP:
            continue
        chosen.add(s.id)
        used += words
    chosen = _with_antecedents(chosen, candidates, rewritten)
    chosen = _balance(chosen, candidates, rewritten)
    points: list[PlainSentence] = []
    seen: set[str] = set()
    for s in own:
        if s.id not in chosen:
            continue
        keep_all = _announcement(s.text) >= MUST_KEEP
        skipped = False
        own_points = rewritten[s.id]
        for i, p in enumerate(own_points):
            leaned_on = i + 1 < len(own_points) and DEPENDENT.match(own_points[i + 1].text)
            if p.text.lower() in seen and not leaned_on:
                continue  # said already; but a sentence that 'This means ...' follows stays with it
            if skipped and DEPENDENT.match(p.text):
                continue  # "This is to ..." without the sentence it leans on
            skipped = not keep_all and (score_sentences([p.text]).syllables_per_word > HARD_POINT or p.words > LONG_POINT)
            if skipped:
                continue  # a side point in long words or a long sentence costs the reader more than it gives
            seen.add(p.text.lower())
            points.append(p)
    if not points and candidates:
        # Every section says something: its plainest sentence that does not lean on one left out.
        standing = [s for s in candidates if not LEANS_BACK.search(rewritten[s.id][0].text)] or candidates
        best = min(standing, key=lambda s: (_difficulty(rewritten[s.id]), s.id))
        points = list(rewritten[best.id])
    return points


def _difficulty(points: list[PlainSentence]) -> float:
    """Long words and long sentences cost a reader: 0 for plain text, about 2 for hard text."""
    scores = score_sentences([p.text for p in points])
    return max(0.0, (scores.syllables_per_word - 1.35) * 4) + max(0.0, (scores.words_per_sentence - 12) / 4)


def _announcement(text: str) -> float:
    return max((w for p, w in weighted_patterns("plain/importance.tsv") if p.search(text)), default=0.0)


# A sentence that only makes sense after the one before it: "It was only collected ...", "That must end now."
LEANS_BACK = re.compile(
    r"^(?:It|They|Them|Their)\b|^(?:This|That|These|Those)\s+(?:is|was|are|were|will|would|must|should|can|has|have|had|means)\b"
    r"|\bthem\b"
)


def _with_antecedents(chosen: set[int], candidates: list[Sentence], rewritten) -> set[int]:
    """A point that starts 'It was only collected ...' needs the sentence before it to make sense:
    that sentence comes too, or, when it has nothing to say in easy read, the point goes."""
    ids = {s.id for s in candidates}
    by_id = {s.id: s for s in candidates}
    out = set(chosen)
    for sid in sorted(chosen):
        if LEANS_BACK.search(rewritten[sid][0].text):
            if sid - 1 in ids:
                out.add(sid - 1)
            elif _announcement(by_id[sid].text) < MUST_KEEP:
                out.discard(sid)
    return out


@lru_cache(maxsize=1)
def _balance_terms() -> dict[str, re.Pattern[str]]:
    out = {}
    for kind, terms in content.table("plain/balance.tsv"):
        words = "|".join(re.escape(t.strip()) for t in terms.split(",") if t.strip())
        out[kind.strip()] = re.compile(rf"\b(?:{words})\b", re.I)
    return out


def _balance(chosen: set[int], candidates: list[Sentence], rewritten) -> set[int]:
    """Rule 25: a sensitive finding stays only with the context the speaker gave it, in the words kept."""
    terms = _balance_terms()
    finding, context = terms.get("finding"), terms.get("context")
    if not finding or not context:
        return chosen

    def said(sid: int, pattern: re.Pattern[str]) -> bool:
        return any(pattern.search(p.text) for p in rewritten[sid])

    findings = {sid for sid in chosen if said(sid, finding)}
    if not findings or any(said(sid, context) for sid in chosen):
        return chosen
    contexts = [s.id for s in candidates if said(s.id, context)]
    if contexts:
        return chosen | {contexts[0]}
    return chosen - findings


def sensitive_topic(transcript: Transcript) -> tuple[str, str] | None:
    """(label, wording) of the first sensitive topic the statement is about: two of its terms are said."""
    text = " ".join(s.text for s in transcript.sentences).lower()
    for label, wording, terms in content.table("plain/sensitive_topics.tsv", 3):
        found = {t.strip() for t in terms.split(",") if t.strip() and re.search(rf"\b{re.escape(t.strip())}\b", text)}
        if len(found) >= 2:
            return label.strip(), wording.strip()
    return None


def _sensitivity(transcript: Transcript) -> tuple[str | None, list[Contact]]:
    topic = sensitive_topic(transcript)
    if topic is None:
        return None, []
    label, wording = topic
    note = " ".join(line.format(topic=wording) for line in content.lines("plain/content_note.txt"))
    contacts = [
        Contact(name.strip(), phone.strip(), whom.strip())
        for where, name, phone, whom in content.table("support.tsv", 4)
        if where.strip() in (label, "any")
    ]
    return note, contacts


@lru_cache(maxsize=1)
def glossary_entries() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(term, meaning, every form that counts as the term) from content/plain/glossary.tsv."""
    return tuple(
        (term.strip(), meaning.strip(), (term.strip(),) + tuple(f.strip() for f in forms.split(",") if f.strip()))
        for term, meaning, forms in content.table("plain/glossary.tsv", 3)
    )


def _glossary(text: str) -> list[tuple[str, str]]:
    out = [(term, meaning) for term, meaning, forms in glossary_entries() if any(_glossary_hit(f, text) for f in forms)]
    return sorted(out, key=lambda tm: tm[0].lower())


def section_glossary(text: str) -> list[tuple[str, str]]:
    """The "Words to know" that one section's text uses."""
    return _glossary(text)


def _glossary_hit(term: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", text, re.I) is not None


def long_date(iso: str | None) -> str | None:
    if not iso:
        return None
    d = dt.date.fromisoformat(iso)
    return f"{d.day} {d.strftime('%B')} {d.year}"


def _title(transcript: Transcript) -> str:
    who = f"the {transcript.role}" if transcript.role else transcript.speaker
    when = long_date(transcript.date)
    if who:
        return f"What {who} said" + (f" on {when}" if when else "")
    return "A statement in easy read" + (f": {when}" if when else "")


def _about(transcript: Transcript, addressed: bool) -> list[str]:
    lines = ["This is an easy read version of a statement."]
    who = f"The {transcript.role}" if transcript.role else (transcript.speaker or "The person speaking")
    name = transcript.speaker.split(",")[0] if transcript.speaker and transcript.role and "," in transcript.speaker else None
    where = " to Parliament" if addressed else ""
    when = long_date(transcript.date)
    lines.append(f"{who}{f' ({name})' if name else ''} made this statement{where}{f' on {when}' if when else ''}.")
    lines.append("It is shorter than what was said. It keeps the main points.")
    if any(s.start is not None for s in transcript.sentences):
        lines.append("The time at the start of each line shows where it comes from in the video.")
    lines.append("Hard words are explained at the end, in Words to know.")
    return lines
