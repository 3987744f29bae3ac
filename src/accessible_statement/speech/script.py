"""What is said aloud, in what order and with which pauses: one script for `say`, `audio` and the reader.

Rule 21 and 24 apply to listeners too: a sensitive statement starts with the content note and
where to get help, and help comes again at the end. Rule 26: a clear pause between sentences,
a longer one after each heading, and each section its own track.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

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


@dataclass(frozen=True)
class Said:
    """One utterance of a part, with what it is: so the reader can mark on screen what is being said."""

    kind: str  # "heading", "line" or "words" (the words to know: their heading and each entry)
    line: int  # the line's index in the part for "line"; -1 otherwise
    utterance: Utterance


def word_line(term: str, meaning: str) -> str:
    """One entry of the words to know, as it is shown and said: "term: meaning"."""
    return f"{term}: {meaning}"


def part_script(heading: str, lines: Iterable[str], words: Iterable[tuple[str, str]] = ()) -> list[Said]:
    """One part as it is read aloud: the heading and a longer pause, each line, then any words to know."""
    said = [Said("heading", -1, Utterance(heading, HEADING_PAUSE_MS))]
    said += [Said("line", i, Utterance(text)) for i, text in enumerate(lines)]
    return said + _words_script(list(words))


def _words_script(words: list[tuple[str, str]]) -> list[Said]:
    """The words to know as read aloud: their heading and a longer pause, then each "term: meaning"."""
    if not words:
        return []
    said = [Said("words", -1, Utterance("Words to know.", HEADING_PAUSE_MS))]
    return said + [Said("words", -1, Utterance(word_line(term, meaning))) for term, meaning in words]


def section_track(doc: EasyRead, number: int, original: bool = False) -> Track:
    """One section's own track (say, audio): its words to know are on the words track, not here."""
    sec = next(s for s in doc.sections if s.number == number)
    title = f"Part {sec.number}. {sec.title}"
    body = [s.text for s in sec.sentences] if original else [p.text for p in sec.points]
    return Track("section", sec.number, title, tuple(said.utterance for said in part_script(title, body)))


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
        words = tuple(said.utterance for said in _words_script(list(doc.glossary)))
        tracks.append(Track("words", 0, "Words to know", words))
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
