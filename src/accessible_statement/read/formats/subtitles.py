"""SRT and WebVTT subtitle files, including multi-line cues, voice tags and rolling auto-captions."""

from __future__ import annotations

import re
from collections import Counter

from accessible_statement.read import metadata
from accessible_statement.read.formats.timecodes import parse_timing_line
from accessible_statement.document.transcript import Cue, RawTranscript
from accessible_statement.read.formats.markup import strip_markup

_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")
_VTT_SKIP_BLOCKS = ("NOTE", "STYLE", "REGION")


def read_srt(text: str) -> RawTranscript:
    cues, warnings = _read_blocks(text.lstrip("\ufeff"), vtt=False)
    return RawTranscript(format="srt", cues=cues, warnings=warnings)


def read_vtt(text: str) -> RawTranscript:
    text = text.lstrip("\ufeff")
    lines = text.split("\n")
    title = None
    warnings: list[str] = []
    if lines and lines[0].startswith("WEBVTT"):
        rest = lines[0][len("WEBVTT"):].strip(" \t-:")
        title = rest or None
    else:
        warnings.append("no WEBVTT header; read the file as WebVTT all the same")
    cues, more = _read_blocks(text, vtt=True)
    warnings.extend(more)
    voices = Counter(c.voice for c in cues if c.voice)
    speaker = role = None
    if voices:
        name, count = voices.most_common(1)[0]
        if count * 2 > len(cues):
            speaker = name
            role = metadata.role_from_voice(name)
    date = metadata.find_date(title) if title else None
    return RawTranscript(format="vtt", cues=cues, title=title, speaker=speaker, role=role, date=date, warnings=warnings)


def _read_blocks(text: str, vtt: bool) -> tuple[list[Cue], list[str]]:
    """Cues from blank-line separated blocks; a timing line starts a cue whatever its number says."""
    cues: list[Cue] = []
    warnings: list[str] = []
    previous_lines: list[str] = []
    current: dict | None = None
    skipping = False
    broken = 0

    def finish() -> None:
        nonlocal previous_lines
        if current is None:
            return
        lines = [ln for ln in current["lines"] if ln.strip()]
        voice = None
        cleaned = []
        for ln in lines:
            m = _VOICE.search(ln)
            if m:
                voice = m.group(1).strip()
            cleaned.append(" ".join(strip_markup(ln).split()))
        cleaned = [c for c in cleaned if c]
        # Rolling captions repeat the previous cue's last line(s) before adding new words.
        overlap = 0
        for k in range(min(len(cleaned), len(previous_lines)), 0, -1):
            if [c.lower() for c in cleaned[:k]] == [p.lower() for p in previous_lines[-k:]]:
                overlap = k
                break
        new = cleaned[overlap:]
        if cleaned:
            previous_lines = cleaned
        if new:
            cues.append(Cue(current["start"], current["end"], " ".join(new), voice))

    all_lines = text.split("\n")
    for index, raw in enumerate(all_lines):
        line = raw.rstrip()
        if not line.strip():
            skipping = False
            if current is not None:
                current["blank"] = True
            continue
        if skipping:
            continue
        if vtt and current is None and line.startswith("WEBVTT"):
            skipping = True
            continue
        if vtt and line.split(" ", 1)[0] in _VTT_SKIP_BLOCKS and (current is None or current.get("blank")):
            finish()
            current = None
            skipping = True
            continue
        timing = parse_timing_line(line)
        if timing:
            finish()
            start, end, _settings = timing
            current = {"start": start, "end": max(end, start), "lines": [], "blank": False}
            continue
        if "-->" in line:  # a timing line that cannot be read: keep the words, at the time before them
            finish()
            broken += 1
            before = cues[-1].end if cues and cues[-1].end is not None else (cues[-1].start if cues else 0.0)
            current = {"start": before, "end": before, "lines": [], "blank": False}
            continue
        if current is None:
            continue  # cue numbers, identifiers, or header lines before the first cue
        next_line = all_lines[index + 1] if index + 1 < len(all_lines) else ""
        if "-->" in next_line and (current.get("blank") or line.strip().isdigit()):
            continue  # the next cue's number or identifier; its timing line follows
        current["lines"].append(line)
    finish()
    if broken:
        warnings.append(f"{broken} cue{'s' if broken > 1 else ''} had a time that could not be read; their words were kept, timed as the cue before")
    return cues, warnings
