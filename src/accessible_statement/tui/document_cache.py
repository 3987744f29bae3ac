"""The reader's cache of built documents: the reader must paint before the pipeline runs.

Building the easy-read document takes about a second (NLTK's import alone is 0.4 s), so the
reader keeps each built document as JSON, keyed by the transcript's bytes, the program's version
and the language data it was built with. Cache files are data only (JSON), never code or pickles.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Callable

from accessible_statement import __version__
from accessible_statement.paths import cache_folder, content_dir, package_dir
from accessible_statement.render.reader_view import ReaderDoc


def build_reader_doc(data: bytes, source: str | Path, input_format: str = "auto") -> ReaderDoc:
    """The full pipeline (slow: imports NLTK): a transcript file's bytes to what the reader shows."""
    from accessible_statement.clean.pipeline import clean_transcript
    from accessible_statement.easy_read.build import build_easy_read
    from accessible_statement.read.source_file import decode_source
    from accessible_statement.render.reader_view import reader_view

    return reader_view(build_easy_read(clean_transcript(decode_source(data, Path(source).name, str(source)), input_format)))


def _fingerprint() -> str:
    """Changes when the program or its language data change (sizes and times of the files, cheap to read)."""
    h = hashlib.sha256(__version__.encode())
    roots = (content_dir(), package_dir())
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.suffix in (".py", ".tsv", ".txt") and path.is_file():
                st = path.stat()
                h.update(f"{path.relative_to(root)}:{st.st_size}:{st.st_mtime_ns}".encode())
    from accessible_statement.language.parser import model_id  # the parser's weights shape the text too

    h.update(model_id().encode())
    return h.hexdigest()


def cache_key(data: bytes, input_format: str) -> str:
    return hashlib.sha256(data + b"\0" + input_format.encode() + b"\0" + _fingerprint().encode()).hexdigest()[:32]


def cached_reader_doc(key: str) -> ReaderDoc | None:
    try:
        return ReaderDoc.from_json((cache_folder() / f"{key}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError):
        return None  # missing, unreadable or from another version: build it again


def store_reader_doc(key: str, doc: ReaderDoc) -> None:
    from accessible_statement.render.atomic_write import write_file_atomic
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
    from accessible_statement.read.source_file import decode_source, read_source_bytes

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
