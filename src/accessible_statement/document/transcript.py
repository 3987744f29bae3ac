"""The transcript as read and cleaned: the cues a format reader found, and the timed sentences after cleaning."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Cue:
    """One caption or paragraph as it came from the input, before cleaning."""

    start: float | None
    end: float | None
    text: str
    voice: str | None = None


@dataclass
class RawTranscript:
    """What a format reader found: the cues plus whatever metadata the file carried."""

    format: str
    cues: list[Cue]
    title: str | None = None
    speaker: str | None = None
    date: str | None = None
    description: str | None = None
    role: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Sentence:
    id: int
    start: float | None
    end: float | None
    text: str
    speaker: str | None = None  # the turn's label as the transcript gives it ("PM", "JOURNALIST"); None when unmarked


def with_turn_labels(sentences: list[Sentence]) -> list[str]:
    """Each sentence's text, with the speaker's label before the first sentence of each turn
    ("JOURNALIST: Will you ..."): how the clean transcript and the speaker's own words show who speaks."""
    out = []
    before = None
    for s in sentences:
        who = f"{s.speaker}: " if s.speaker and s.speaker != before else ""
        before = s.speaker
        out.append(who + s.text)
    return out


@dataclass
class Transcript:
    """A clean transcript: real sentences with their times, and the statement's metadata."""

    title: str | None
    speaker: str | None
    date: str | None
    source: str
    sentences: list[Sentence]
    format: str = "plain"
    description: str | None = None
    role: str | None = None
    warnings: list[str] = field(default_factory=list)
