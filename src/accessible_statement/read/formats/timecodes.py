"""Caption time codes in the forms transcripts use: MM:SS, HH:MM:SS and subtitle HH:MM:SS,mmm."""

from __future__ import annotations

import re


# A subtitle time: [HH:]MM:SS(,|.)mmm
SUB_TIME = r"(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})[,.](\d{1,3})"
TIMING_LINE = re.compile(rf"^\s*{SUB_TIME}\s*-->\s*{SUB_TIME}(.*)$")


def sub_time_seconds(h: str | None, m: str, s: str, ms: str) -> float:
    return int(h or 0) * 3600 + int(m) * 60 + int(s) + int(ms.ljust(3, "0")) / 1000


def parse_timing_line(line: str) -> tuple[float, float, str] | None:
    """'00:01:02,500 --> 00:01:04,000 align:start' -> (62.5, 64.0, 'align:start')."""
    match = TIMING_LINE.match(line)
    if not match:
        return None
    g = match.groups()
    return sub_time_seconds(*g[0:4]), sub_time_seconds(*g[4:8]), g[8].strip()


