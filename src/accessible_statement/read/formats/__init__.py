"""Readers for the transcript formats people actually have: video pages, SRT, WebVTT, plain text."""

from __future__ import annotations

from accessible_statement.errors import BadInput
from accessible_statement.read.formats.detect import FORMATS, detect_format
from accessible_statement.document.transcript import RawTranscript


def read_transcript(text: str, input_format: str = "auto") -> RawTranscript:
    """Parse TEXT as INPUT_FORMAT ('auto' detects it)."""
    from accessible_statement.read.formats import plain_text, subtitles, video_page

    fmt = detect_format(text) if input_format == "auto" else input_format
    readers = {
        "page": video_page.read_page,
        "srt": subtitles.read_srt,
        "vtt": subtitles.read_vtt,
        "plain": plain_text.read_plain,
    }
    if fmt not in readers:
        raise BadInput(f"unknown input format {input_format!r}; use one of: auto, {', '.join(FORMATS)}")
    return readers[fmt](text)
