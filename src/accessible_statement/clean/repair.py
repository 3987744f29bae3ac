"""Repair caption noise inside one piece of text: mojibake, markup, quotes and spacing."""

from __future__ import annotations

import re
import unicodedata

from accessible_statement.read.formats.markup import strip_markup  # caption markup can reach here from any format

# Runs of characters that typically appear when UTF-8 bytes were decoded with a one-byte code page.
_MOJIBAKE_RUN = re.compile(r"[\u00c0-\u00ff\u0100-\u017f\u02c6-\u02dd\u2013-\u203a\u20ac\u2122][\u0080-\u02ff\u2013-\u203a\u20ac\u2122\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192]+")
_MOJIBAKE_CODEPAGES = ("cp1252", "cp1250", "cp1251", "latin-1")

_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:?!%)\]])")
_SPACE_AFTER_OPEN = re.compile(r"([(\[])\s+")
_GLUED_SENTENCE = re.compile(r"(?<=[a-z]{2}[.?!])(?=[A-Z][a-z])")
_GLUED_QUOTE_SENTENCE = re.compile(r'(?<=[a-z][.?!]")(?=[A-Z][a-z])')
_MULTI_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_DASHES = re.compile(r"\s*[\u2013\u2014]\s*")


def fix_mojibake(text: str) -> str:
    """ftfy first; then undo runs that ftfy leaves, such as a pound sign read through cp1250 ('ÂŁ')."""
    import ftfy  # loaded only for text that needs it (0.1 s): plain ASCII captions never do

    text = ftfy.fix_text(text, uncurl_quotes=True, fix_line_breaks=False, normalization="NFC")
    if not _MOJIBAKE_RUN.search(text):
        return text
    return _MOJIBAKE_RUN.sub(_undo_run, text)


def _undo_run(match: re.Match[str]) -> str:
    run = match.group(0)
    for codepage in _MOJIBAKE_CODEPAGES:
        try:
            fixed = run.encode(codepage).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if len(fixed) < len(run):
            return fixed
    return run


def tidy_spacing(text: str) -> str:
    text = _MULTI_SPACE.sub(" ", text)
    text = _DASHES.sub(" - ", text)
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _SPACE_AFTER_OPEN.sub(r"\1", text)
    text = _GLUED_SENTENCE.sub(" ", text)
    text = _GLUED_QUOTE_SENTENCE.sub(" ", text)
    return text.strip()


# Plain printable ASCII without '&' is text ftfy and the control filter leave as it is; most caption
# lines are like that, and skipping them halves the time of cleaning a long transcript.
_NEEDS_REPAIR = re.compile(r"[^\x20-\x7e\t\n]|&")


def repair_text(text: str) -> str:
    """The full repair of one cue or paragraph."""
    text = strip_markup(text)
    if _NEEDS_REPAIR.search(text):
        text = fix_mojibake(text)
        text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    return tidy_spacing(text.replace("\n", " "))
