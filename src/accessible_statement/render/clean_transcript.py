"""The clean transcript as text (one timed sentence a line) or JSON; both byte-for-byte repeatable."""

from __future__ import annotations

import json

from accessible_statement.document.clock import format_clock
from accessible_statement.document.transcript import Transcript, with_turn_labels


def clean_text(transcript: Transcript) -> str:
    """One sentence a line, its time first; where the speaker changes, their label before the words."""
    texts = with_turn_labels(transcript.sentences)
    lines = [f"[{format_clock(s.start)}] {text}" if s.start is not None else text for s, text in zip(transcript.sentences, texts)]
    return "\n".join(lines) + "\n"


def clean_dict(transcript: Transcript) -> dict:
    return {
        "title": transcript.title,
        "speaker": transcript.speaker,
        "date": transcript.date,
        "source": transcript.source,
        "sentences": [{"id": s.id, "start": s.start, "end": s.end, "speaker": s.speaker, "text": s.text} for s in transcript.sentences],
    }


def clean_json(transcript: Transcript) -> str:
    return json.dumps(clean_dict(transcript), ensure_ascii=False, indent=2) + "\n"
