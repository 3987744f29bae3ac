"""The clean transcript as text (one timed sentence a line) or JSON; both byte-for-byte repeatable."""

from __future__ import annotations

import json

from accessible_statement.document.clock import format_clock
from accessible_statement.document.transcript import Transcript


def clean_text(transcript: Transcript) -> str:
    lines = []
    for s in transcript.sentences:
        lines.append(f"[{format_clock(s.start)}] {s.text}" if s.start is not None else s.text)
    return "\n".join(lines) + "\n"


def clean_dict(transcript: Transcript) -> dict:
    return {
        "title": transcript.title,
        "speaker": transcript.speaker,
        "date": transcript.date,
        "source": transcript.source,
        "sentences": [{"id": s.id, "start": s.start, "end": s.end, "text": s.text} for s in transcript.sentences],
    }


def clean_json(transcript: Transcript) -> str:
    return json.dumps(clean_dict(transcript), ensure_ascii=False, indent=2) + "\n"
