"""The screens that come on top of the reader: the content note first, and the help with every key."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Static

from accessible_statement.render.reader_view import ReaderDoc
from accessible_statement.tui.keys import KEYS, shown


class ContentNoteScreen(Screen[bool]):
    """Rule 21: say what the topic is, and where to get help, before any of it is shown."""

    BINDINGS = [
        Binding("enter", "go_on", "Go on", id="content_note.go_on", tooltip="Go on to the statement"),
        Binding("escape,q", "leave", "Leave", id="content_note.leave", tooltip="Leave without reading"),
        Binding("space,r", "read_note", "Read aloud", id="content_note.read", tooltip="Read this note and the help numbers aloud"),
        Binding("question_mark,f1", "keys", "Help", id="content_note.help", tooltip="Show every key"),
    ]

    def __init__(self, doc: ReaderDoc) -> None:
        super().__init__()
        self.doc = doc

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="note-body"):  # focused: Up, Down and Page keys scroll it on a small screen
            yield Static(self.doc.title, classes="title")
            yield Static("Content note", classes="heading")
            yield Static(self.doc.content_note or "", id="note-text", classes="line")
            yield Static("Where to get help", classes="heading")
            for line in self.doc.support:
                yield Static(line, classes="line help")
            yield Static("Press Enter to go on. Press Escape or q to leave.", id="note-keys", classes="heading")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#note-body").focus()

    def action_read_note(self) -> None:
        self.app.read_content_note()

    def action_keys(self) -> None:
        self.app.push_screen(HelpScreen(self.app.keys_now()))

    def action_go_on(self) -> None:
        self.dismiss(True)

    def action_leave(self) -> None:
        self.dismiss(False)


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
            yield Static("Press Enter to show them. Press Escape to stay with the easy-read words.", classes="heading")

    def action_show(self) -> None:
        self.dismiss(True)

    def action_stay(self) -> None:
        self.dismiss(False)


WARNING = "The speaker's own words may describe what happened to children in more detail than the easy-read words. You can go back at any time by pressing o."


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
