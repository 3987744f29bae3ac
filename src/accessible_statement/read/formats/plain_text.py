"""Plain paragraphs with no times: each paragraph is one cue."""

from __future__ import annotations

import re

from accessible_statement.read import metadata
from accessible_statement.document.transcript import Cue, RawTranscript

_TITLE_MAX_WORDS = 14


def read_plain(text: str) -> RawTranscript:
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    paragraphs = [p for p in paragraphs if p]
    title = None
    if len(paragraphs) > 1:
        first = paragraphs[0]
        if len(first.split()) <= _TITLE_MAX_WORDS and not first.rstrip("\"')").endswith((".", "?", "!", ",")):
            title = first
            paragraphs = paragraphs[1:]
    cues = [Cue(None, None, p) for p in paragraphs]
    date = metadata.find_date(title) if title else None
    speaker, role = metadata.find_speaker(title)
    return RawTranscript(format="plain", cues=cues, title=title, date=date, speaker=speaker, role=role)
