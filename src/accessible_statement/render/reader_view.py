"""What the reader shows, as plain data that can be cached: a projection of the easy-read document.

The reader must paint before the pipeline runs, so it works from this small model, kept as JSON
(data only, never code or pickles) by tui/document_cache.py.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from accessible_statement.document.easy_read import EasyRead
from accessible_statement.document.transcript import with_turn_labels
from accessible_statement.easy_read.glossary import glossary_for

CACHE_SCHEMA = 3


@dataclass(frozen=True)
class Line:
    text: str
    start: float | None  # time in the video, when known


@dataclass(frozen=True)
class ReaderSection:
    number: int  # 0 for "Where to get help", which is not a part of the statement
    title: str
    start: float | None
    points: tuple[Line, ...]  # the easy-read sentences
    original: tuple[Line, ...]  # the speaker's own sentences
    words: tuple[tuple[str, str], ...]  # "Words to know" for this section


@dataclass(frozen=True)
class ReaderDoc:
    title: str
    about: tuple[str, ...]
    content_note: str | None
    support: tuple[str, ...]  # one line per helpline, as Contact.line writes it
    sections: tuple[ReaderSection, ...]
    glossary: tuple[tuple[str, str], ...] = field(default=())

    def to_json(self) -> str:
        return json.dumps({"schema": CACHE_SCHEMA, "doc": asdict(self)}, ensure_ascii=False, sort_keys=True)

    @staticmethod
    def from_json(text: str) -> ReaderDoc:
        data = json.loads(text)
        if data.get("schema") != CACHE_SCHEMA:
            raise ValueError("old cache")
        d = data["doc"]
        sections = tuple(
            ReaderSection(
                s["number"],
                s["title"],
                s["start"],
                tuple(Line(p["text"], p["start"]) for p in s["points"]),
                tuple(Line(p["text"], p["start"]) for p in s["original"]),
                tuple((t, m) for t, m in s["words"]),
            )
            for s in d["sections"]
        )
        return ReaderDoc(
            d["title"],
            tuple(d["about"]),
            d["content_note"],
            tuple(d["support"]),
            sections,
            tuple((t, m) for t, m in d["glossary"]),
        )


def reader_view(doc: EasyRead) -> ReaderDoc:
    """The easy-read document as the reader shows it: each part with its own words to know, then the help."""
    sections = tuple(
        ReaderSection(
            sec.number,
            sec.title,
            sec.start,
            tuple(Line(p.text, doc.point_start(p)) for p in sec.points),
            tuple(Line(text, s.start) for s, text in zip(sec.sentences, with_turn_labels(sec.sentences))),
            tuple(glossary_for(" ".join(p.text for p in sec.points))),
        )
        for sec in doc.sections
    )
    if doc.support:  # rule 24: help at the end too, reachable like any part
        contacts = tuple(Line(c.line, None) for c in doc.support)
        sections += (ReaderSection(0, "Where to get help", None, contacts, contacts, ()),)
    return ReaderDoc(
        doc.title,
        tuple(doc.about),
        doc.content_note,
        tuple(c.line for c in doc.support),
        sections,
        tuple(doc.glossary),
    )
