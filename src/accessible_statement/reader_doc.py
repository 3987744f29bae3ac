"""What the reader shows, as plain data that can be cached: the reader must paint before the pipeline runs.

Building the easy-read document takes about a second (NLTK's import alone is 0.4 s), so the
reader keeps each built document as JSON, keyed by the transcript's bytes, the program's version
and the language data it was built with. Cache files are data only (JSON), never code or pickles.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

from accessible_statement import __version__
from accessible_statement.content import content_dir

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


def build_reader_doc(data: bytes, source: str | Path, input_format: str = "auto") -> ReaderDoc:
    """The full pipeline (slow: imports NLTK): a transcript file's bytes to what the reader shows."""
    from accessible_statement.cleaning import clean_transcript
    from accessible_statement.easy_read import build_easy_read, section_glossary
    from accessible_statement.render_easy_read import point_start
    from accessible_statement.source_file import decode_source

    doc = build_easy_read(clean_transcript(decode_source(data, Path(source).name, str(source)), input_format))
    sections = tuple(
        ReaderSection(
            sec.number,
            sec.title,
            sec.start,
            tuple(Line(p.text, point_start(doc, p.sources)) for p in sec.points),
            tuple(Line(s.text, s.start) for s in sec.sentences),
            tuple(section_glossary(" ".join(p.text for p in sec.points))),
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


def cache_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "accessible-statement"


def _fingerprint() -> str:
    """Changes when the program or its language data change (sizes and times of the files, cheap to read)."""
    h = hashlib.sha256(__version__.encode())
    roots = (content_dir(), Path(__file__).resolve().parent)
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.suffix in (".py", ".tsv", ".txt") and path.is_file():
                st = path.stat()
                h.update(f"{path.relative_to(root)}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()


def cache_key(data: bytes, input_format: str) -> str:
    return hashlib.sha256(data + b"\0" + input_format.encode() + b"\0" + _fingerprint().encode()).hexdigest()[:32]


def cached_reader_doc(key: str) -> ReaderDoc | None:
    try:
        return ReaderDoc.from_json((cache_folder() / f"{key}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError):
        return None  # missing, unreadable or from another version: build it again


def store_reader_doc(key: str, doc: ReaderDoc) -> None:
    from accessible_statement.atomic_write import write_file_atomic
    from accessible_statement.errors import BadInput

    folder = cache_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_file_atomic(folder / f"{key}.json", doc.to_json().encode("utf-8"))
    except (OSError, BadInput):
        pass  # a cache that cannot be written only costs time next start


def open_reader_doc(source: str | Path, input_format: str = "auto") -> tuple[ReaderDoc | None, Callable[[], ReaderDoc]]:
    """The cached document if there is one, and how to build it: a bad file is refused here, before any screen opens."""
    from accessible_statement.errors import BadInput
    from accessible_statement.source_file import decode_source, read_source_bytes

    if str(source) == "-":
        raise BadInput("the reader needs a transcript file: the keyboard is its standard input")
    data = read_source_bytes(source)
    decode_source(data, Path(source).name, str(source))  # empty, binary or undecodable: say so now
    key = cache_key(data, input_format)

    def load() -> ReaderDoc:
        built = build_reader_doc(data, source, input_format)
        store_reader_doc(key, built)
        return built

    return cached_reader_doc(key), load
