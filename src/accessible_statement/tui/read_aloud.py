"""The reading session in plain Python: which part is open, what is being said, what the status line says.

The rules for speaking live here, away from the widgets, so they read (and can be tested) without
a screen: this module never imports Textual or Rich. The controller turns what it returns into
calls on the view. The utterances come from speech/script.py, the same script `say` and `audio` speak.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from accessible_statement.document.clock import format_clock
from accessible_statement.errors import BadInput, SpeechUnavailable
from accessible_statement.render.reader_view import Line, ReaderDoc, ReaderSection
from accessible_statement.speech.script import DEFAULT_VOICE, Utterance, part_script, word_line

RATE_STEP = 10
PAUSED = "Paused. Press p to go on."
NOTHING_READ = "Nothing is being read. Press Space to read this part."


@dataclass(frozen=True)
class Spoken:
    """What one item of a reading is: a part's heading, a line of it, its words to know, or an announcement."""

    kind: str  # "heading", "line", "words", "announce"
    section: int = -1  # index into doc.sections
    line: int = -1


ANNOUNCEMENT = Spoken("announce")


@dataclass(frozen=True)
class Page:
    """What the open part shows, top to bottom (the heading, a note on which words, the lines, the words to know)."""

    heading: str
    note: str
    lines: tuple[str, ...]  # as shown: the speaker's own words with their time in the video
    spoken: tuple[str, ...]  # as said, without the time: a spoken word's place is counted in these
    words: tuple[str, ...]  # "term: meaning"; none with the speaker's own words


@dataclass(frozen=True)
class Heard:
    """What one speech event asks of the screen, done in this order."""

    follow: int | None = None  # keep reading has moved on: open this part first
    mark: bool = False  # mark what is being said now (the line below; None for nothing)
    line: int | None = None
    word: tuple[int, int] | None = None  # (start, length) inside the line
    warning: str | None = None  # a pop-up: the sound could not be played
    status: bool = False  # set the status line: to `text`, or what it says now when `text` is None
    text: str | None = None


def part_name(sec: ReaderSection) -> str:
    """"Part 3. What did the report find?", or just the title for the help at the end."""
    return f"Part {sec.number}. {sec.title}" if sec.number else sec.title


def _sentence(text: str) -> str:
    return text if text.endswith((".", "?", "!")) else text + "."


def load_document(load: Callable[[], ReaderDoc]) -> tuple[ReaderDoc | None, str | None]:
    """Build the document (on a worker thread): the document, or why it could not be built."""
    try:
        return load(), None
    except BadInput as exc:
        return None, str(exc)
    except (MemoryError, RecursionError, TimeoutError) as exc:
        return None, f"the transcript is too large or too tangled to process ({type(exc).__name__})"


class Reading:
    """The speech session: the open part, the words shown, the speaker and the reading it is doing."""

    def __init__(self, doc: ReaderDoc | None) -> None:
        self.doc = doc
        self.current = 0  # index of the open section
        self.original = False  # the speaker's own words instead of the easy-read ones
        self.continuous = False  # keep reading into the next parts
        self.speaker = None
        self.speech_problem: str | None = None
        self.voices: list = []
        self.items: list[Spoken] = []  # what each utterance of the last speak() is
        self.session = 0  # the speaker's number for the last speak(): older events are dropped
        self.line: tuple[int, int] | None = None  # (section, line) being read; None when no part is

    # -- the document --------------------------------------------------------------------
    def lines(self, section: ReaderSection) -> tuple[Line, ...]:
        return section.original if self.original else section.points

    def parts(self) -> int:
        return sum(1 for s in self.doc.sections if s.number)

    def page(self) -> Page:
        sec = self.doc.sections[self.current]
        mode = "The speaker's own words" if self.original else "Easy read"
        heading = f"Part {sec.number} of {self.parts()}. {sec.title}" if sec.number else sec.title
        note = mode + (f". From {format_clock(sec.start)} in the video." if sec.start is not None else ".")
        shown = tuple(
            (f"[{format_clock(item.start)}] " if self.original and item.start is not None else "") + item.text for item in self.lines(sec)
        )
        words = tuple(word_line(term, meaning) for term, meaning in sec.words) if sec.words and not self.original else ()
        return Page(heading, note, shown, tuple(item.text for item in self.lines(sec)), words)

    def searchable(self) -> list[tuple[str, list[str]]]:
        """Each part's title and the texts a search looks in: its lines, then its words to know."""
        found = []
        for sec in self.doc.sections:
            texts = [line.text for line in self.lines(sec)]
            if not self.original:
                texts += [word_line(term, meaning) for term, meaning in sec.words]
            found.append((sec.title, texts))
        return found

    def place(self, section: int) -> str:
        where = self.doc.sections[section]
        return f"in part {where.number}" if where.number else f"in {where.title}"

    # -- the speaker -------------------------------------------------------------------------
    def start_speech(self, factory: Callable[[Callable], object] | None, on_event: Callable) -> tuple[str | None, list]:
        """On a worker thread: make the speaker and check it. Why it cannot speak (or None), and the English voices."""
        problem, voices = None, []
        try:
            if factory is not None:
                speaker = factory(on_event)
            else:
                from accessible_statement.speech.speaker import Speaker

                speaker = Speaker(on_event)
            self.speaker = speaker
            speaker.check()
            voices = [v for v in speaker.voices() if v.language.startswith("en") and "shaw" not in v.language]
        except (SpeechUnavailable, BadInput) as exc:
            problem = str(exc)
        except Exception as exc:  # the reader must work without speech, whatever went wrong
            problem = f"speech failed to start ({type(exc).__name__})"
        return problem, voices

    def can_speak(self) -> bool:
        return self.speaker is not None and not self.speech_problem

    def speech_reason(self) -> str:
        return self.speech_problem.split(";")[0].removeprefix("speech is not available: ").removesuffix(" to read aloud")

    def speech_help(self) -> str | None:
        """For the help screen: why nothing is spoken, and what to install (too long for the status line)."""
        if not self.speech_problem:
            return None
        what = self.speech_problem.split(";", 1)[1].strip() if ";" in self.speech_problem else ""
        text = f"Reading aloud is not available: {self.speech_reason()}. Everything is still here to read."
        if what.startswith("install"):
            text += f" To hear it, {what.split('. ')[0].split(', or name')[0]}."
        return text

    def speech_problem_status(self) -> str:
        """One short status line, never a pop-up: a pop-up covered the text and a screen reader skips it."""
        return f"Reading aloud is not available: {self.speech_reason()}. Press ? to see how to get it."

    def not_ready(self) -> str | None:
        """Why a speech key cannot work now, for the status line; None when it can."""
        if self.speech_problem:
            return self.speech_problem_status()
        if self.speaker is None:
            return "Speech is still starting. Try again in a moment."
        return None

    def speaking(self) -> bool:
        """Anything is being said: a part, or a talk-back announcement."""
        return self.speaker is not None and self.speaker.speaking

    def reading(self) -> bool:
        """A part is being read (not just an announcement)."""
        return self.speaking() and self.line is not None

    def stop(self) -> None:
        if self.speaking():
            self.speaker.stop()
        self.line = None

    def read(self) -> None:
        """Read the open part aloud (and the parts after it, with keep reading on)."""
        utterances: list[Utterance] = []
        self.items = []
        last = len(self.doc.sections) if self.continuous else self.current + 1
        for s in range(self.current, last):
            sec = self.doc.sections[s]
            words = sec.words if not self.original else ()
            for said in part_script(part_name(sec), [line.text for line in self.lines(sec)], words):
                utterances.append(said.utterance)
                self.items.append(Spoken(said.kind, s, said.line))
        self.line = (self.current, -1)
        self.session = self.speaker.speak(utterances)

    def say_now(self, texts: list[str]) -> None:
        """Say a few short things at once, in place of whatever was being said."""
        if not self.can_speak():
            return
        self.items = [ANNOUNCEMENT] * len(texts)
        self.line = None
        self.session = self.speaker.speak([Utterance(t, 200) for t in texts])

    def toggle_pause(self) -> str:
        was_paused = self.speaker.paused
        self.speaker.toggle_pause()
        return "Going on" if was_paused else PAUSED

    def change_rate(self, step: int) -> str:
        rate = self.speaker.set_rate(self.speaker.rate + step)
        return f"Rate {rate} words a minute"

    def next_voice(self) -> str:
        ids = [v.id for v in self.voices]
        now = self.speaker.voice or DEFAULT_VOICE
        nxt = self.voices[(ids.index(now) + 1) % len(ids) if now in ids else 0]
        self.speaker.set_voice(nxt.id)
        return f"Voice {nxt.name}"

    def toggle_continuous(self) -> str:
        self.continuous = not self.continuous
        return f"Keep reading {'on' if self.continuous else 'off'}"

    def heard(self, event) -> Heard | None:
        """What a speech event means for the screen; None for an older reading's event, already replaced."""
        if event.session != self.session or self.doc is None:
            return None
        tag = self.items[event.index] if 0 <= event.index < len(self.items) else ANNOUNCEMENT
        if event.kind == "sentence" and tag.kind != "announce":
            follow = tag.section if tag.section != self.current else None
            self.line = (tag.section, tag.line)
            return Heard(follow=follow, mark=True, line=tag.line, status=True)
        if event.kind == "word" and tag.kind == "line" and tag.section == self.current:
            return Heard(mark=True, line=tag.line, word=(event.start, event.length))
        if event.kind == "paused":
            return Heard(status=True, text=PAUSED)
        if event.kind in ("finished", "stopped"):
            was_reading = self.line is not None
            self.line = None
            if event.kind == "finished" and was_reading:
                last = self.current == len(self.doc.sections) - 1
                text = "Finished reading. That was the end." if last else "Finished reading. Press Down for the next part."
                return Heard(mark=True, status=True, text=text)
            return Heard(mark=True)
        if event.kind == "error":
            self.line = None
            text = "Reading stopped: the sound could not be played. The text is all here to read."
            return Heard(mark=True, warning=event.message, status=True, text=text)
        return Heard()

    # -- the status line -----------------------------------------------------------------------
    def status_now(self) -> str:
        if self.doc is None:
            return ""  # the waiting words are on screen already
        sec = self.doc.sections[self.current]
        if self.reading():
            s, line = self.line
            total = len(self.lines(self.doc.sections[s]))
            what = "the heading" if line < 0 else f"sentence {line + 1} of {total}"
            state = "Paused" if self.speaker.paused else "Reading"
            return f"{state}: {part_name(self.doc.sections[s]).split('.')[0]}, {what}."
        where = f"Part {sec.number} of {self.parts()}: {_sentence(sec.title)}" if sec.number else _sentence(sec.title)
        if self.speech_problem:
            return where
        return f"{where} Press Space to read it aloud."

    def settings(self, talk_back: bool) -> str:
        """The second status line: how it reads now. Nothing when it cannot read."""
        if not self.can_speak():
            return ""
        parts = [
            f"Rate {self.speaker.rate} words a minute",
            f"Voice {self.voice_name()}",
            f"Keep reading {'on' if self.continuous else 'off'}",
            f"Talk-back {'on' if talk_back else 'off'}",
        ]
        return " | ".join(parts)

    def voice_name(self) -> str:
        wanted = self.speaker.voice or DEFAULT_VOICE
        for v in self.voices:
            if v.id == wanted:
                return v.name
        return wanted
