"""The reader: the parts of the statement on the left, the open part on the right, read aloud on request.

The app is the thin part: it lays out the widgets (tui/view.py), brings in the document and the
speech, puts the screens on top (tui/screens/), and hands each key to the controller
(tui/controller.py), which works on the parts that own the state (read_aloud.py, search.py,
talk_back.py). The first frame comes before the document exists: it is loaded from the cache or
built on a worker thread after the first paint. Speech runs on the Speaker's own threads and
reports back by message, so no key ever waits for it; quitting stops the sound first.
"""

from __future__ import annotations

import time
from typing import Callable

from textual import on, work
from textual.app import App, ComposeResult
from textual.containers import Horizontal
from textual.widgets import Footer, Input, OptionList

from accessible_statement.errors import BadInput
from accessible_statement.render.reader_view import ReaderDoc
from accessible_statement.tui.controller import ReaderController
from accessible_statement.tui.keys import KEYS, bindings, shown
from accessible_statement.tui.messages import DocumentReady, SpeechChecked, SpeechMessage
from accessible_statement.tui.read_aloud import Reading, load_document
from accessible_statement.tui.screens import WARNING, ContentNoteScreen, HelpScreen, OriginalWordsScreen
from accessible_statement.tui.screens.original_words import SHOW_OR_STAY
from accessible_statement.tui.search import Search
from accessible_statement.tui.talk_back import TalkBack, content_note_words
from accessible_statement.tui.themes import HIGH_CONTRAST, THEMES
from accessible_statement.tui.view import MainView
from accessible_statement.tui.waiting_frame import WaitingFrame

ACTIONS = {k.action for k in KEYS if not k.anywhere}  # the keys that wait while a note or the help is open


def _from(part: str, name: str) -> property:
    """A fact the app shows to the outside (tests, screens) that one of its parts owns."""
    return property(lambda self: getattr(getattr(self, part), name))


class ReaderApp(App[None]):
    CSS_PATH = "reader.tcss"
    TITLE = "accessible-statement"
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = bindings()

    doc = _from("reading", "doc")
    current = _from("reading", "current")  # index of the open section
    original = _from("reading", "original")
    continuous = _from("reading", "continuous")
    speaker = _from("reading", "speaker")
    voices = _from("reading", "voices")
    talk_back = _from("talk", "on")
    last_announcement = _from("talk", "last")

    def __init__(
        self,
        load: Callable[[], ReaderDoc] | None = None,
        doc: ReaderDoc | None = None,
        *,
        speaker_factory: Callable[[Callable], object] | None = None,
        talk_back: bool = False,
        theme: str = "default",
        keymap: dict[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.animation_level = "none"  # nothing moves on its own
        self.register_theme(HIGH_CONTRAST)
        self.theme = THEMES.get(theme, theme)
        self._load = load
        self._speaker_factory = speaker_factory
        self._keymap = keymap or {}
        self.first_frame_at: float | None = None
        self.ready_at: float | None = None
        self.problem: str | None = None
        self._original_agreed = False
        self.reading = Reading(doc)
        self.search = Search()
        self.talk = TalkBack(self.reading, talk_back)
        self.view = MainView(self)
        self.control = ReaderController(self.reading, self.search, self.talk, self.view)

    @property
    def status_text(self) -> str:
        return self.view.status.text

    # -- layout, the document and the speech ---------------------------------------------------
    def compose(self) -> ComposeResult:
        yield self.view.title
        with Horizontal(id="main"):
            yield self.view.contents
            yield self.view.section
        yield self.view.status
        yield Footer()

    def on_mount(self) -> None:
        if self._keymap:
            self.set_keymap(self._keymap)
        self._update_narrow(self.size.width)
        self.screen.add_class("waiting")  # like the waiting frame: a title and one line, no empty boxes
        if self.doc is not None:  # from the cache: the statement is in Textual's very first frame
            self._document_ready(self.doc)
        self.call_after_refresh(self._first_frame)

    def on_resize(self, event) -> None:
        self._update_narrow(event.size.width)

    def _update_narrow(self, width: int) -> None:
        self.screen.set_class(width < 70, "narrow")
        for footer in self.query(Footer):
            footer.compact = width < 70

    def _first_frame(self) -> None:
        self.first_frame_at = time.perf_counter()
        if self.doc is None:
            self._build_document()
        self._start_speech()

    @work(thread=True, exclusive=True, group="document")
    def _build_document(self) -> None:
        self.post_message(DocumentReady(*load_document(self._load)))

    def on_document_ready(self, message: DocumentReady) -> None:
        if message.doc is None:
            self.problem = message.problem or "the statement could not be read"
            self._quit_now()
            return
        self._document_ready(message.doc)

    def _document_ready(self, doc: ReaderDoc) -> None:
        self.reading.doc = doc
        self.screen_stack[0].remove_class("waiting")
        self.ready_at = time.perf_counter()
        self.view.show_document(doc)
        self.control.show(0)
        self.control.status()
        if doc.content_note:
            self.push_screen(ContentNoteScreen(doc), self._after_content_note)
        self._talk_back_screen()

    def _speech_event(self, event) -> None:  # on a speech thread
        self.post_message(SpeechMessage(event))

    @work(thread=True, exclusive=True, group="speech-check")
    def _start_speech(self) -> None:
        self.post_message(SpeechChecked(*self.reading.start_speech(self._speaker_factory, self._speech_event)))

    def on_speech_checked(self, message: SpeechChecked) -> None:
        self.reading.voices = message.voices
        if message.problem:
            self.reading.speech_problem = message.problem
            self.control.status(self.reading.speech_problem_status())
        else:
            self._talk_back_screen()
        self.control.status()

    def on_speech_message(self, message: SpeechMessage) -> None:
        self.control.heard(message.event)

    # -- the screens on top ---------------------------------------------------------------------
    def _talk_back_screen(self) -> None:
        """With talk-back, say what is on screen once both the document and the speech are ready."""
        if not self.talk.on or self.doc is None or not self.reading.can_speak():
            return
        if isinstance(self.screen, ContentNoteScreen):
            self.read_content_note()
        else:
            self.talk.announce_part()

    def read_content_note(self) -> None:
        if self.doc is not None and self.control.speech_ready():
            self.reading.say_now(content_note_words(self.doc))

    def _after_content_note(self, go_on: bool | None) -> None:
        if not go_on:
            self._quit_now()
            return
        if self.reading.speech_problem:
            self.control.status(self.reading.speech_problem_status())
        self.talk.announce_part()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The reader's keys wait while the content note or the help is on screen."""
        if isinstance(self.screen, (ContentNoteScreen, HelpScreen, OriginalWordsScreen)) and action in ACTIONS:
            return False
        return True

    def action_original(self) -> None:
        if self.doc is None:
            return
        if not self.original and self.doc.content_note and not self._original_agreed:
            self.push_screen(OriginalWordsScreen(), self._after_original_warning)
            self.talk.say([WARNING, SHOW_OR_STAY])
            return
        self.control.switch_words()

    def _after_original_warning(self, show: bool | None) -> None:
        if show:
            self._original_agreed = True
            self.control.switch_words()
        else:
            self.control.announce("Easy read words")

    def keys_now(self) -> dict[str, str]:
        keys = {b.id: b.key for b in bindings()}
        keys.update(self._keymap)
        return keys

    def action_help(self) -> None:
        self.push_screen(HelpScreen(self.keys_now(), self.reading.speech_help()), lambda _: self.control.status())
        self.control.announce("Help. Press Escape to close it.")

    def get_system_commands(self, screen):
        """Ctrl+P: leave out Textual's theme picker (it would undo the chosen accessible colours) and screenshots."""
        for command in super().get_system_commands(screen):
            if not any(word in command.title.lower() for word in ("theme", "screenshot")):
                yield command

    # -- keys: each one is the controller's ------------------------------------------------------
    @on(OptionList.OptionHighlighted, "#contents")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.control.highlighted(event.option_index)

    @on(OptionList.OptionSelected, "#contents")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.control.open_section()

    @on(Input.Submitted, "#search")
    def _search(self, event: Input.Submitted) -> None:
        event.input.display = False
        self.control.find(event.value.strip())

    async def action_search(self) -> None:
        if self.doc is None:
            return
        await self.view.open_search()
        self.control.status("Type a word to search for, then press Enter.")

    def action_next_section(self) -> None:
        self.control.go_by(1)

    def action_previous_section(self) -> None:
        self.control.go_by(-1)

    def action_first_section(self) -> None:
        self.control.go(0)

    def action_last_section(self) -> None:
        self.control.go_to_last()

    def action_open_section(self) -> None:
        self.control.open_section()

    def action_read(self) -> None:
        self.control.read()

    def action_stop(self) -> None:
        self.control.stop()

    def action_pause(self) -> None:
        self.control.pause()

    def action_next(self) -> None:
        self.control.next()

    def action_previous_sentence(self) -> None:
        self.control.previous_sentence()

    def action_continuous(self) -> None:
        self.control.continuous()

    def action_faster(self) -> None:
        self.control.change_rate(faster=True)

    def action_slower(self) -> None:
        self.control.change_rate(faster=False)

    def action_next_voice(self) -> None:
        self.control.next_voice()

    def action_talk_back(self) -> None:
        self.control.talk_back()

    def action_previous_match(self) -> None:
        self.control.previous_match()

    def _quit_now(self) -> None:
        if self.speaker is not None:
            self.speaker.close()  # stops the sound first
        self.exit()

    action_quit = action_leave_now = _quit_now  # q, and Ctrl+C from any screen


def run_reader(
    doc: ReaderDoc | None,
    load: Callable[[], ReaderDoc],
    *,
    talk_back: bool = False,
    theme: str = "default",
    keymap: dict[str, str] | None = None,
    waiting: WaitingFrame | None = None,
) -> None:
    """Open the reader on a document from open_reader_doc: shown at once if cached, else built after the first frame."""
    app = ReaderApp(load, doc, talk_back=talk_back, theme=theme, keymap=keymap)
    if waiting is not None:
        waiting.hand_over()  # keys typed while it waited are dropped, not acted on
    app.run()  # Textual takes over the waiting frame's screen and gives it back on leaving
    if waiting is not None:
        waiting.given_back()
    if app.problem:
        raise BadInput(app.problem)


__all__ = ["ReaderApp", "run_reader", "shown"]
