"""Guess the transcript format from its text, so users never have to say it."""

from __future__ import annotations

import re

from accessible_statement.read.formats.timecodes import TIMING_LINE

FORMATS = ("page", "srt", "vtt", "plain")

PAGE_MARKER = re.compile(r"^\s*(?:Skip to (?:player|main content|content)|Transcript\s*$)", re.I)
PAGE_CUE = re.compile(r"^\s*(?:\d{1,2}:)?\d{1,2}:[0-5]\d(?!\d*\s*-->)")


def detect_format(text: str) -> str:
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines:
        return "plain"
    if lines[0].lstrip("\ufeff").startswith("WEBVTT"):
        return "vtt"
    timing = [line for line in lines[:5000] if TIMING_LINE.match(line)]
    if timing:
        uses_comma = sum(1 for line in timing if re.search(r"\d,\d{1,3}\s*-->", line))
        return "srt" if uses_comma * 2 >= len(timing) else "vtt"
    cue_lines = sum(1 for line in lines[:5000] if PAGE_CUE.match(line) and len(line.strip()) > 5)
    if cue_lines >= 2 or any(PAGE_MARKER.match(line) for line in lines[:50]):
        return "page"
    return "plain"
