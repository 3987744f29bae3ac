"""The easy-read document: what every renderer, the reader's view and the read-aloud script show.

Built once by the easy_read stage; everything after it is a projection of this model.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from accessible_statement.document.transcript import Sentence, Transcript

SCHEMA = "accessible-statement/1"  # the JSON output's schema name


@dataclass(frozen=True)
class Point:
    """One easy-read sentence and the ids of the speaker's sentences it says."""

    text: str
    sources: tuple[int, ...]
    unclear_pronoun: bool = False

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass
class Section:
    """A part of the statement: its plain heading, its times, its points and the sentences they came from."""

    number: int
    title: str
    start: float | None
    end: float | None
    points: list[Point]
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

    def point_start(self, point: Point) -> float | None:
        """When the point's first source sentence starts in the video (None when the input had no times)."""
        by_id = self._sentences_by_id()
        times = [by_id[i].start for i in point.sources if i in by_id and by_id[i].start is not None]
        return min(times) if times else None

    def _sentences_by_id(self) -> dict[int, Sentence]:
        cached = self.__dict__.get("_by_id")
        if cached is None or cached[0] is not self.transcript:
            cached = (self.transcript, {s.id: s for s in self.transcript.sentences})
            self.__dict__["_by_id"] = cached
        return cached[1]
