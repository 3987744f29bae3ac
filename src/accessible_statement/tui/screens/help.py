"""The help: every key in plain words, as they are now (after any keymap), and why nothing is spoken."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from accessible_statement.tui.keys import KEYS, shown


class HelpScreen(ModalScreen[None]):
    """Every key, grouped, in plain words, with the keys as they are now (after any keymap)."""

    BINDINGS = [Binding("escape,q,question_mark,f1", "close", "Close", id="help.close", tooltip="Close the help")]

    def __init__(self, keys_now: dict[str, str], speech_note: str | None = None) -> None:
        super().__init__()
        self.keys_now = keys_now
        self.speech_note = speech_note

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            if self.speech_note:
                yield Static(self.speech_note, classes="line", id="speech-note")
            yield Static("Keys", classes="title")
            group = None
            for k in KEYS:
                if k.group != group:
                    group = k.group
                    yield Static(group, classes="heading")
                keys = " or ".join(shown(x) for x in self.keys_now.get(k.id, k.keys).split(","))
                yield Static(f"{keys}: {k.help}", classes="line")
            yield Static("Tab or Shift+Tab: move between the list of parts and the text", classes="line")
            yield Static("Ctrl+P: find any command by name", classes="line")
            yield Static("Press Escape to close this help.", classes="heading")

    def action_close(self) -> None:
        self.dismiss(None)
