"""Talk-back: the reader says what a key did and where the user is, for people who cannot see the screen.

Plain Python (no Textual): when to speak an announcement, and when to keep quiet so as never to
cut into a reading, is decided here and only here.
"""

from __future__ import annotations

from accessible_statement.render.reader_view import ReaderDoc
from accessible_statement.tui.read_aloud import Reading, part_name

GO_ON_OR_LEAVE = "Press Enter to go on. Press Escape or q to leave."


def content_note_words(doc: ReaderDoc) -> list[str]:
    """The note, every help number, and how to go on: what a listener needs before anything else."""
    return [f"Content note. {doc.content_note}", "Where to get help.", *doc.support, GO_ON_OR_LEAVE]


class TalkBack:
    """Whether talk-back is on, and the last thing announced (shown in the status line too)."""

    def __init__(self, reading: Reading, on: bool) -> None:
        self.reading = reading
        self.on = on
        self.last = ""

    def announce(self, text: str) -> None:
        """Say what a key did (with talk-back on); it interrupts an earlier announcement, never a reading."""
        self.last = text
        if self.on and self.reading.can_speak() and self.reading.line is None:
            self.reading.say_now([text])

    def announce_part(self) -> None:
        """The open part's name, as the user moves to it."""
        if self.reading.doc is None:
            return
        self.last = part_name(self.reading.doc.sections[self.reading.current])
        if self.on and self.reading.can_speak():
            self.reading.say_now([self.last])

    def say(self, texts: list[str]) -> None:
        """Say a screen's words, with talk-back on."""
        if self.on:
            self.reading.say_now(texts)

    def toggle(self) -> str:
        """Turn it on or off; the words are said either way, so turning it off is heard too."""
        self.on = not self.on
        text = f"Talk-back {'on' if self.on else 'off'}"
        if self.on and self.reading.speech_problem:
            text += f", but nothing can be spoken: {self.reading.speech_reason()}"
        self.last = text
        return text

    def say_toggle(self, text: str) -> None:
        if self.reading.can_speak() and self.reading.line is None:
            self.reading.say_now([text])
