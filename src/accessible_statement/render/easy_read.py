"""The easy-read document as a text file, Markdown or JSON; all three byte-for-byte repeatable."""

from __future__ import annotations

import json

from accessible_statement.document.easy_read import SCHEMA, EasyRead
from accessible_statement.document.clock import format_clock


def _time(seconds: float | None) -> str:
    return f"[{format_clock(seconds)}] " if seconds is not None else ""


def _span(start: float | None, end: float | None) -> str | None:
    if start is None:
        return None
    if end is None or end == start:
        return f"From {format_clock(start)} in the video."
    return f"From {format_clock(start)} to {format_clock(end)} in the video."


def _help_lines(doc: EasyRead, bullet: str) -> list[str]:
    return [bullet + c.line for c in doc.support]


def to_text(doc: EasyRead, markdown: bool = False) -> str:
    h1, h2, bullet = ("# ", "## ", "- ") if markdown else ("", "", "- ")
    sentence_sep = "\n\n" if markdown else "\n"  # Markdown joins single lines into one paragraph
    out: list[str] = [h1 + doc.title, ""]
    if doc.content_note:  # rule 21: at the very start
        out += [h2 + "Content note", ""]
        out += [sentence_sep.join(s.strip() + "." for s in doc.content_note.split(". ") if s.strip()).replace("..", "."), ""]
        out += [h2 + "Where to get help", ""]
        out += _help_lines(doc, bullet) + [""]
    out += [h2 + "What this is", ""]
    out += [sentence_sep.join(doc.about), ""]
    out += [h2 + "Contents", ""]
    for sec in doc.sections:
        when = f" ({format_clock(sec.start)})" if sec.start is not None else ""
        out.append(f"{bullet}Part {sec.number}. {sec.title}{when}")
    out.append("")
    for sec in doc.sections:
        out += [f"{h2}Part {sec.number}. {sec.title}", ""]
        span = _span(sec.start, sec.end)
        if span:
            out += [span, ""]
        lines = []
        for p in sec.points:
            start = doc.point_start(p)
            lines.append(f"{_time(start)}{p.text}")
        out += [sentence_sep.join(lines), ""]
    if doc.glossary:
        out += [h2 + "Words to know", ""]
        out += [f"{bullet}{term}: {meaning}" for term, meaning in doc.glossary]
        out.append("")
    if doc.support:
        out += [h2 + "Where to get help", ""]
        out += _help_lines(doc, bullet) + [""]
    return "\n".join(out).rstrip("\n") + "\n"


def to_dict(doc: EasyRead) -> dict:
    return {
        "schema": SCHEMA,
        "title": doc.title,
        "speaker": doc.speaker,
        "date": doc.date,
        "source": doc.source,
        "content_note": doc.content_note,
        "sections": [
            {
                "number": sec.number,
                "title": sec.title,
                "start": sec.start,
                "end": sec.end,
                "points": [{"text": p.text, "sources": list(p.sources)} for p in sec.points],
                "sentences": [{"id": s.id, "start": s.start, "end": s.end, "speaker": s.speaker, "text": s.text} for s in sec.sentences],
            }
            for sec in doc.sections
        ],
        "glossary": [{"term": t, "meaning": m} for t, m in doc.glossary],
        "support": [{"name": c.name, "phone": c.phone, "for": c.for_whom} for c in doc.support],
    }


def to_json(doc: EasyRead) -> str:
    return json.dumps(to_dict(doc), ensure_ascii=False, indent=2) + "\n"
