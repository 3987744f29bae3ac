"""What the worker and speech threads tell the app: they never touch a widget, they post one of these."""

from __future__ import annotations

from textual.message import Message

from accessible_statement.render.reader_view import ReaderDoc


class SpeechMessage(Message):
    def __init__(self, event) -> None:
        super().__init__()
        self.event = event


class DocumentReady(Message):
    def __init__(self, doc: ReaderDoc | None, problem: str | None) -> None:
        super().__init__()
        self.doc = doc
        self.problem = problem


class SpeechChecked(Message):
    def __init__(self, problem: str | None, voices: list) -> None:
        super().__init__()
        self.problem = problem
        self.voices = voices
