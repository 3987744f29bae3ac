"""Who is speaking: the main speaker of an interview or press conference, and who only asks.

Transcripts that mark turns ("PM:", "JOURNALIST:", "NEIL MITCHELL:") give every sentence a
speaker. The easy read gives the main speaker's words; an interviewer's or a journalist's
questions are not the statement, and nobody else's words may be given to the main speaker.
The main speaker is whoever says the most among those who do not mostly ask; their role comes
from the label where it names one (content/plain/speaker_labels.tsv), else from the metadata.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from accessible_statement.document.transcript import Transcript
from accessible_statement.language import content
from accessible_statement.rules import CO_SPEAKER_WORDS

_INDEFINITE = {"journalist", "reporter", "caller"}  # one of several: "A journalist asked ..."
ASKER_QUESTION_SHARE = 0.3  # a named speaker at least this share of whose sentences are questions is asking


@dataclass(frozen=True)
class Speakers:
    main: str | None  # the main speaker's label; None when the transcript marks no turns
    role: str | None  # "Prime Minister", from the label, when it names a role
    co: tuple[tuple[str, str], ...] = ()  # (label, name) of others with a role who speak at length: "PREMIER BLIGH"

    def co_name(self, label: str | None) -> str | None:
        """How the easy read names a co-speaker ('Premier Bligh', 'The Treasurer'); None for anyone else."""
        return dict(self.co).get(label) if label else None

    def asker(self, label: str | None) -> str:
        """How the easy read names someone who asks: 'A journalist', 'The host', 'The interviewer'."""
        known = _known(label) if label else None
        role = known[0] if known and known[1] == "asks" else "interviewer"
        return f"A {role}" if role in _INDEFINITE else f"The {role}"

    def gives(self, label: str | None) -> bool:
        """Whether a sentence by LABEL is the main speaker's (unmarked text always is)."""
        return self.main is None or label is None or label == self.main


@lru_cache(maxsize=1)
def _labels() -> dict[str, tuple[str, str]]:
    return {row[0].strip().upper(): (row[1].strip(), row[2].strip()) for row in content.table("plain/speaker_labels.tsv", 3)}


def _known(label: str) -> tuple[str, str] | None:
    """(role, kind) for a label that names a role: 'PM', 'JOURNALIST'."""
    return _labels().get(label.upper())


def find_speakers(transcript: Transcript) -> Speakers:
    words: Counter[str] = Counter()
    sentences: Counter[str] = Counter()
    questions: Counter[str] = Counter()
    for s in transcript.sentences:
        if s.speaker:
            words[s.speaker] += len(s.text.split())
            sentences[s.speaker] += 1
            questions[s.speaker] += s.text.rstrip().endswith("?")
    if not words:
        return Speakers(None, None)

    def asks(label: str) -> bool:
        known = _known(label)
        if known:
            return known[1] == "asks"
        return questions[label] / sentences[label] >= ASKER_QUESTION_SHARE

    speaking = [label for label in words if not asks(label)] or list(words)
    main = max(speaking, key=lambda label: (words[label], label))
    known = _known(main)
    co = tuple((label, _name(label)) for label in sorted(speaking)
               if label != main and words[label] >= CO_SPEAKER_WORDS and _has_role(label))
    return Speakers(main, known[0] if known and known[0][:1].isupper() else None, co)


@lru_cache(maxsize=1)
def _role_heads() -> frozenset[str]:
    return frozenset(content.lines("plain/role_heads.txt"))


def _has_role(label: str) -> bool:
    """A label that says a role ('PREMIER BLIGH', 'TREASURER', 'COMMISSIONER COLVIN'): a press
    conference's other speakers. A bare name ('FAINE', 'RAY HADLEY') is often a host who talks
    before asking, and their words are not given."""
    known = _known(label)
    if known:
        return known[1] == "speaks"
    return any(w.capitalize() in _role_heads() for w in label.split())


_SMALL = {"for", "of", "and", "the"}


def _name(label: str) -> str:
    """'PREMIER BLIGH' -> 'Premier Bligh'; 'TREASURER' -> 'The Treasurer'; 'MINISTER FOR EMPLOYMENT'
    -> 'The Minister for Employment': a role alone takes 'The', a role with a name does not."""
    known = _known(label)
    words = known[0].split() if known else [w if w.lower() in _SMALL else w.capitalize() for w in label.lower().split()]
    if words[-1] in _role_heads() or words[0] in _role_heads() and len(words) > 1 and words[1] in _SMALL:
        return "The " + " ".join(words)
    return " ".join(words)


# How many of the main speaker's first sentences, and of the others' first, to look in for a role.
ROLE_SENTENCES = 12


@lru_cache(maxsize=1)
def _role_pattern() -> tuple[re.Pattern[str], re.Pattern[str]]:
    heads = "|".join(sorted(map(re.escape, content.lines("plain/role_heads.txt")), key=len, reverse=True))
    role = rf"((?:[A-Z][a-z]+ ){{0,3}}(?:{heads}))\b"
    # "... for the first time as Prime Minister of Australia", "As Home Secretary, I ..."
    said_of_self = re.compile(rf"\b[Aa]s (?:the |your )?{role}")
    # "Prime Minister, thank you for joining us": the one who asks calls the speaker by their role
    called = re.compile(rf"^(?:(?:Well|OK|Now|And|So),? )?{role},")
    return said_of_self, called


def role_from_text(transcript: Transcript, speakers: Speakers) -> str | None:
    """The main speaker's role, where no label or metadata gives it, from what is said: the speaker
    saying "as Prime Minister" of themselves ("I" in the same sentence), or someone else calling
    them by it ("Premier, ..."). The role's last word is one of content/plain/role_heads.txt."""
    said_of_self, called = _role_pattern()
    own = [s.text for s in transcript.sentences if speakers.gives(s.speaker)][:ROLE_SENTENCES]
    for text in own:
        m = said_of_self.search(text)
        if m and re.search(r"\b(?:I|I'm|I've|I'd)\b", text):
            return m.group(1)
    others = [s.text for s in transcript.sentences if not speakers.gives(s.speaker)][:ROLE_SENTENCES]
    for text in others:
        m = called.search(text)
        if m:
            return m.group(1)
    return None
