"""Recognise the date and the speaker in the words around a transcript (page descriptions, titles)."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from accessible_statement.language import content
from accessible_statement.language.lexicon import word_alternation

MONTHS = {name.lower(): int(number) for number, names in content.term_table("cleaning/months.tsv") for name in names}
_MONTH = r"(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = (
    ("ymd", re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")),
    ("slash", re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")),
    ("dmy", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(\d{{4}})\b", re.I)),
    ("mdy", re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)),
)


def find_date(text: str) -> str | None:
    """The first real calendar date in TEXT as YYYY-MM-DD.

    Slashed dates are read month-first (as video sites print them) unless that is impossible.
    """
    best: tuple[int, str] | None = None
    for kind, pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            iso = _to_iso(kind, match.groups())
            if iso and (best is None or match.start() < best[0]):
                best = (match.start(), iso)
                break
    return best[1] if best else None


def _to_iso(kind: str, g: tuple[str, ...]) -> str | None:
    try:
        if kind == "ymd":
            y, m, d = int(g[0]), int(g[1]), int(g[2])
        elif kind == "slash":
            a, b, y = int(g[0]), int(g[1]), int(g[2])
            m, d = (a, b) if a <= 12 else (b, a)
        elif kind == "dmy":
            d, m, y = int(g[0]), MONTHS[g[1].lower()], int(g[2])
        else:
            m, d, y = MONTHS[g[0].lower()], int(g[1]), int(g[2])
        return dt.date(y, m, d).isoformat()
    except (ValueError, KeyError):
        return None


@lru_cache(maxsize=1)
def _speaker_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    roles = word_alternation("cleaning/speaker_roles.txt", longest_first=True)
    verbs = word_alternation("cleaning/speech_verbs.txt", longest_first=True)
    titles = word_alternation("cleaning/speaker_titles.txt")
    verb = r"(?:has |have |had |also |then )?(?:" + verbs + r")\b"
    role = r"(?:[Tt]he |[Tt]his )?((?:Shadow |Deputy )?(?:" + roles + r"))"
    role_pattern = re.compile(rf"\b{role},?\s+(?:[A-Z][\w'-]+\s+){{0,3}}{verb}")
    name_pattern = re.compile(
        r"(?:^|[.!?]\s+|\n)((?:(?:" + titles + r") )?[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){1,2}),?\s+" + verb
    )
    return role_pattern, name_pattern


def find_speaker(text: str | None) -> tuple[str | None, str | None]:
    """(speaker, role) from a description: 'Yvette Cooper has revealed ... The Home Secretary admitted'.

    Only people who are the subject of a speech verb count, so a person who is merely
    mentioned is never taken for the speaker.
    """
    if not text:
        return None, None
    role_pattern, name_pattern = _speaker_patterns()
    role_match = role_pattern.search(text)
    name_match = name_pattern.search(text)
    role = role_match.group(1) if role_match else None
    name = name_match.group(1) if name_match else None
    if name and role and role in name:
        name = None
    if name and role:
        return f"{name}, {role}", role
    return (name or (f"the {role}" if role else None)), role


def role_from_voice(voice: str | None) -> str | None:
    """A voice tag such as '<v Health Secretary>' often is a role."""
    if not voice:
        return None
    for role in sorted(content.lines("cleaning/speaker_roles.txt"), key=len, reverse=True):
        if re.search(rf"\b{re.escape(role)}\b", voice):
            return role
    return None
