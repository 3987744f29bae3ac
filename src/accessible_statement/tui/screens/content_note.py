"""The content note, shown before anything of a sensitive statement (rule 21), with where to get help."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from accessible_statement.render.reader_view import ReaderDoc
from accessible_statement.tui.screens.help import HelpScreen


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
