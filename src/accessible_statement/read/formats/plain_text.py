"""Plain paragraphs with no times: each paragraph is one cue, with its speaker where a label marks it."""

from __future__ import annotations

import re

from accessible_statement.read import metadata
from accessible_statement.document.transcript import Cue, RawTranscript
from accessible_statement.read.formats.turns import split_turn

_TITLE_MAX_WORDS = 14


def read_plain(text: str) -> RawTranscript:
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    paragraphs = [p for p in paragraphs if p]
    title = None
    if len(paragraphs) > 1:
        first = paragraphs[0]
        is_turn = split_turn(first)[0] is not None  # "HOST: Good morning" is speech, not a title
        if not is_turn and len(first.split()) <= _TITLE_MAX_WORDS and not first.rstrip("\"')").endswith((".", "?", "!", ",")):
            title = first
            paragraphs = paragraphs[1:]
    cues = []
    voice = None
    for p in paragraphs:
        label, words = split_turn(p)
        voice = label or voice  # a paragraph with no label goes on the same turn
        if words.strip():
            cues.append(Cue(None, None, words, voice))
    date = metadata.find_date(title) if title else None
    speaker, role = metadata.find_speaker(title)
    return RawTranscript(format="plain", cues=cues, title=title, date=date, speaker=speaker, role=role)
