"""The question before the speaker's own words of a sensitive statement: they may describe the harm."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

WARNING = "The speaker's own words may describe what happened to children in more detail than the easy-read words. You can go back at any time by pressing o."
SHOW_OR_STAY = "Press Enter to show them. Press Escape to stay with the easy-read words."


class OriginalWordsScreen(ModalScreen[bool]):
    """The speaker's own words can describe the harm; the easy-read words do not (rule 22). Ask first."""

    BINDINGS = [
        Binding("enter,o", "show", "Show them", id="original.show", tooltip="Show the speaker's own words"),
        Binding("escape,q", "stay", "Stay", id="original.stay", tooltip="Stay with the easy-read words"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="ask-body"):
            yield Static("The speaker's own words", classes="title")
            yield Static(WARNING, classes="line")
            yield Static(SHOW_OR_STAY, classes="heading")

    def action_show(self) -> None:
        self.dismiss(True)

    def action_stay(self) -> None:
        self.dismiss(False)
