"""Scraped video pages: clutter, a date, a description, then one 'MM:SS' caption line per cue."""

from __future__ import annotations

import re
from functools import lru_cache

from accessible_statement.language.lexicon import regex_list
from accessible_statement.read import metadata
from accessible_statement.document.transcript import Cue, RawTranscript

_HMS = re.compile(r"^\s*(\d{1,2}):([0-5]\d):([0-5]\d)")
_MS = re.compile(r"^\s*(\d{1,3}):([0-5]\d)")
_BULLETS = " \t•·●▪-–|"


@lru_cache(maxsize=1)
def _clutter() -> tuple[re.Pattern[str], tuple[re.Pattern[str], ...]]:
    whole = re.compile("|".join(f"(?:{p.pattern})" for p in regex_list("cleaning/page_clutter.txt", re.I)), re.I)
    trailing = regex_list("cleaning/trailing_clutter.txt")
    return whole, trailing


def is_clutter(line: str) -> bool:
    return bool(_clutter()[0].fullmatch(line.strip(_BULLETS)))


def strip_trailing_clutter(text: str) -> str:
    for pattern in _clutter()[1]:
        text = pattern.sub("", text)
    return text.strip()


def _cue_time(line: str, hours: bool) -> tuple[float, str] | None:
    if hours:
        m = _HMS.match(line)
        if m:
            return int(m[1]) * 3600 + int(m[2]) * 60 + int(m[3]), line[m.end():]
        return None
    m = _MS.match(line)
    if m:
        return int(m[1]) * 60 + int(m[2]), line[m.end():]
    return None


def read_page(text: str) -> RawTranscript:
    lines = text.split("\n")
    hms = sum(1 for line in lines if _HMS.match(line))
    ms = sum(1 for line in lines if _MS.match(line))
    hours = hms * 2 >= ms and hms > 0
    timed = [_cue_time(line, hours) for line in lines]

    first = _first_cue_line(timed)
    header = [line.strip() for line in lines[:first] if line.strip()]
    cues, warnings = _read_cues(lines[first:], timed[first:])
    date = None
    description_lines = []
    for line in header:
        if date is None and (found := metadata.find_date(line)) and len(line.strip(_BULLETS)) <= 40:
            date = found
            continue
        if is_clutter(line):
            continue
        description_lines.append(strip_trailing_clutter(line))
    description = " ".join(d for d in description_lines if d) or None
    speaker, role = metadata.find_speaker(description)
    if date is None and description:
        date = metadata.find_date(description)
    return RawTranscript(format="page", cues=cues, speaker=speaker, date=date, description=description,
        role=role, warnings=warnings)


def _first_cue_line(timed: list[tuple[float, str] | None]) -> int:
    """The first caption line that is followed by more captions (a lone time in a header is not one)."""
    for i, t in enumerate(timed):
        if t is not None and sum(1 for x in timed[i + 1:i + 6] if x is not None) >= min(1, len(timed) - i - 1):
            return i
    return len(timed)


def _read_cues(lines: list[str], timed: list[tuple[float, str] | None]) -> tuple[list[Cue], list[str]]:
    cues: list[Cue] = []
    warnings: list[str] = []
    for i, (line, t) in enumerate(zip(lines, timed)):
        if t is None:
            if not line.strip():
                continue
            more_cues_follow = any(x is not None for x in timed[i + 1:i + 4])
            if is_clutter(line) or not more_cues_follow or not cues:
                break
            cues[-1] = Cue(cues[-1].start, None, cues[-1].text + " " + line.strip())
            continue
        seconds, rest = t
        rest = rest.strip()
        if not rest:
            continue
        cues.append(Cue(float(seconds), None, rest))
    if cues:
        last = strip_trailing_clutter(cues[-1].text)
        cues[-1] = Cue(cues[-1].start, None, last)
        if not last:
            cues.pop()
    return cues, warnings
