"""What is said aloud, in what order and with which pauses: one script for `say`, `audio` and the reader.

Rule 21 and 24 apply to listeners too: a sensitive statement starts with the content note and
where to get help, and help comes again at the end. Rule 26: a clear pause between sentences,
a longer one after each heading, and each section its own track.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from accessible_statement.document.easy_read import EasyRead  # the model only: the reader speaks without the pipeline

SENTENCE_PAUSE_MS = 500
HEADING_PAUSE_MS = 1000
DEFAULT_RATE = 150  # rule 26: about 140-160 words a minute
MIN_RATE, MAX_RATE = 80, 400  # espeak-ng raises anything slower to 80
DEFAULT_VOICE = "gmw/en"  # British English, like the statements this was made for


def clamp_rate(wpm: int) -> int:
    return max(MIN_RATE, min(MAX_RATE, int(wpm)))


@dataclass(frozen=True)
class Utterance:
    text: str  # as shown on screen
    pause_after_ms: int = SENTENCE_PAUSE_MS

    @property
    def spoken(self) -> str:
        return spoken_form(self.text)


@dataclass(frozen=True)
class Track:
    kind: str  # "intro", "section", "words", "help"
    number: int  # the section's number; 0 for tracks that are not sections
    title: str  # spoken and shown first, e.g. "Part 3. What will change for victims?"
    utterances: tuple[Utterance, ...]

    @property
    def texts(self) -> list[str]:
        return [u.text for u in self.utterances]


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]


def _contacts(doc: EasyRead) -> list[Utterance]:
    return [Utterance(c.line) for c in doc.support]


def section_track(doc: EasyRead, number: int, original: bool = False) -> Track:
    sec = next(s for s in doc.sections if s.number == number)
    title = f"Part {sec.number}. {sec.title}"
    body = [s.text for s in sec.sentences] if original else [p.text for p in sec.points]
    return Track("section", sec.number, title, (Utterance(title, HEADING_PAUSE_MS), *(Utterance(t) for t in body)))


def listening_tracks(doc: EasyRead, original: bool = False) -> list[Track]:
    tracks: list[Track] = []
    if doc.content_note:
        intro = [Utterance(doc.title, HEADING_PAUSE_MS), Utterance("Content note.", HEADING_PAUSE_MS)]
        intro += [Utterance(s) for s in _sentences(doc.content_note)]
        if doc.support:
            intro += [Utterance("Where to get help.", HEADING_PAUSE_MS), *_contacts(doc)]
        tracks.append(Track("intro", 0, "Before you listen", tuple(intro)))
    tracks += [section_track(doc, sec.number, original) for sec in doc.sections]
    if doc.glossary and not original:
        words = [Utterance("Words to know.", HEADING_PAUSE_MS)]
        words += [Utterance(f"{term}: {meaning}") for term, meaning in doc.glossary]
        tracks.append(Track("words", 0, "Words to know", tuple(words)))
    if doc.support:
        help_ = [Utterance("Where to get help.", HEADING_PAUSE_MS), *_contacts(doc)]
        tracks.append(Track("help", 0, "Where to get help", tuple(help_)))
    return tracks


_PHONE = re.compile(r"(?<![\d.,])(?:0\d{2,4}(?: \d{3,4}){1,2}|999|101|111)(?!\d|[.,]\d)")


def _digits(match: re.Match[str]) -> str:
    # Said one digit at a time, in the groups people write them in: "0 8 0 8, 8 0 0, 5 0 0 0".
    return ", ".join(" ".join(group) for group in match.group(0).split())


def spoken_form(text: str) -> str:
    """The text as the speech engine should get it: phone numbers digit by digit, no symbols it would read out."""
    text = _PHONE.sub(_digits, text)
    text = re.sub(r"[*_#|<>\[\]{}]", " ", text)
    return re.sub(r"\s+", " ", text).strip()
