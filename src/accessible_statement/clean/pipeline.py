"""From a transcript file's text to a clean Transcript: the first stage of every command."""

from __future__ import annotations

from accessible_statement.errors import BadInput
from accessible_statement.read.formats import read_transcript
from accessible_statement.document.transcript import Transcript
from accessible_statement.clean.sentences import build_sentences
from accessible_statement.read.source_file import SourceText


def clean_transcript(source: SourceText, input_format: str = "auto") -> Transcript:
    raw = read_transcript(source.text, input_format)
    warnings = list(source.warnings) + list(raw.warnings)
    try:
        sentences = build_sentences(raw.cues, warnings)
    except BadInput as exc:
        raise BadInput(f"{source.name}: {exc}") from None
    return Transcript(
        title=raw.title,
        speaker=raw.speaker,
        date=raw.date,
        source=source.name,
        sentences=sentences,
        format=raw.format,
        description=raw.description,
        role=raw.role,
        warnings=warnings,
    )
