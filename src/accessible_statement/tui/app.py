"""The reader: the parts of the statement on the left, the open part on the right, read aloud on request.

The first frame comes before the document exists: it is loaded from the cache or built on a
worker thread after the first paint. Speech runs on the Speaker's own threads and reports back by
message, so no key ever waits for it; quitting stops the sound first.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.geometry import Offset
from textual.message import Message
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from accessible_statement.document.clock import format_clock
from accessible_statement.errors import BadInput, SpeechUnavailable
from accessible_statement.speech.script import DEFAULT_VOICE, HEADING_PAUSE_MS, Utterance
from accessible_statement.render.reader_view import ReaderDoc, ReaderSection
from accessible_statement.tui.keys import KEYS, bindings, shown
from accessible_statement.tui.screens import WARNING, ContentNoteScreen, HelpScreen, OriginalWordsScreen
from accessible_statement.tui.themes import HIGH_CONTRAST, THEMES
from accessible_statement.tui.waiting_frame import WAITING, WaitingFrame

RATE_STEP = 10
ACTIONS = {k.action for k in KEYS if not k.anywhere}  # the keys that wait while a note or the help is open


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


class SectionView(VerticalScroll, inherit_bindings=False):
    """The open part's text. Focusable so Tab reaches it; Up and Down stay with moving between parts."""

    BINDINGS = [
        Binding("pageup", "page_up", "Page up", show=False, id="text.page_up", tooltip="Scroll the text up"),
        Binding("pagedown", "page_down", "Page down", show=False, id="text.page_down", tooltip="Scroll the text down"),
    ]


class ContentsList(OptionList, inherit_bindings=False):
    """The list of parts. Moving is the app's job (the same keys wherever focus is, no wrapping round)."""

    BINDINGS = [Binding("enter", "select", "Open", show=False, id="contents.open", tooltip="Open the part")]


@dataclass(frozen=True)
class Spoken:
    """What one item of a reading is: a section heading, a line of a section, or an announcement."""

    kind: str  # "heading", "line", "announce"
    section: int = -1  # index into doc.sections
    line: int = -1


class ReaderApp(App[None]):
    CSS_PATH = "reader.tcss"
    TITLE = "accessible-statement"
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = bindings()

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
        self.doc: ReaderDoc | None = doc
        self._speaker_factory = speaker_factory
        self.speaker = None
        self.speech_problem: str | None = None
        self.voices: list = []
        self.talk_back = talk_back
        self.continuous = False
        self.original = False
        self.current = 0  # index of the open section
        self._items: list[Spoken] = []
        self._session = 0
        self._reading_line: tuple[int, int] | None = None  # (section, line) being spoken
        self._matches: list[tuple[int, int]] = []
        self._match = -1
        self._query = ""
        self._keymap = keymap or {}
        self.first_frame_at: float | None = None
        self.ready_at: float | None = None
        self.last_announcement = ""
        self.status_text = ""
        self.problem: str | None = None
        self._original_agreed = False
        self._note_done = False
        self._heading = Static("")
        self._heading_text = ""
        self._line_widgets: list[Static] = []
        self._word_widgets: list[Static] = []

    # -- layout -------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Static("accessible-statement", id="title")  # as on the waiting frame, until the statement's own
        with Horizontal(id="main"):
            yield ContentsList(id="contents")
            with SectionView(id="section"):
                yield Static(WAITING, classes="heading")
        yield Static("", id="status")
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
        try:
            doc, problem = self._load(), None
        except BadInput as exc:
            doc, problem = None, str(exc)
        except (MemoryError, RecursionError, TimeoutError) as exc:
            doc, problem = None, f"the transcript is too large or too tangled to process ({type(exc).__name__})"
        self.post_message(DocumentReady(doc, problem))

    def on_document_ready(self, message: DocumentReady) -> None:
        if message.doc is None:
            self.problem = message.problem or "the statement could not be read"
            self._quit_now()
            return
        self._document_ready(message.doc)

    def _document_ready(self, doc: ReaderDoc) -> None:
        self.doc = doc
        self.screen_stack[0].remove_class("waiting")
        self.ready_at = time.perf_counter()
        self.query_one("#title", Static).update(doc.title)
        contents = self.query_one("#contents", OptionList)
        contents.clear_options()
        contents.add_options([Option(self._contents_label(s), id=f"part-{s.number}") for s in doc.sections])
        contents.highlighted = 0
        contents.focus()
        self._show_section(0)
        self._set_status()
        if doc.content_note:
            self.push_screen(ContentNoteScreen(doc), self._after_content_note)
        self._talk_back_screen()

    def _talk_back_screen(self) -> None:
        """With talk-back, say what is on screen once both the document and the speech are ready."""
        if not self.talk_back or self.doc is None or self.speaker is None or self.speech_problem:
            return
        if isinstance(self.screen, ContentNoteScreen):
            self.read_content_note()
        else:
            self._announce_section()

    def read_content_note(self) -> None:
        """The note, every help number, and how to go on: what a listener needs before anything else."""
        if self.doc is None or not self._speech_ready():
            return
        self._say_now([f"Content note. {self.doc.content_note}", "Where to get help.", *self.doc.support, "Press Enter to go on. Press Escape or q to leave."])

    def _after_content_note(self, go_on: bool | None) -> None:
        if not go_on:
            self._quit_now()
            return
        self._note_done = True
        if self.speech_problem:
            self._tell_speech_problem()
        self._announce_section()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The reader's keys wait while the content note or the help is on screen."""
        if isinstance(self.screen, (ContentNoteScreen, HelpScreen, OriginalWordsScreen)) and action in ACTIONS:
            return False
        return True

    def _contents_label(self, s: ReaderSection) -> str:
        when = f" ({format_clock(s.start)})" if s.start is not None else ""
        return (f"{s.number}. {s.title}" if s.number else s.title) + when

    # -- speech set-up --------------------------------------------------------------------
    def _make_speaker(self):
        if self._speaker_factory is not None:
            return self._speaker_factory(self._speech_event)
        from accessible_statement.speech.speaker import Speaker

        return Speaker(self._speech_event)

    def _speech_event(self, event) -> None:  # on a speech thread
        self.post_message(SpeechMessage(event))

    @work(thread=True, exclusive=True, group="speech-check")
    def _start_speech(self) -> None:
        problem, voices = None, []
        try:
            speaker = self._make_speaker()
            self.speaker = speaker
            speaker.check()
            voices = [v for v in speaker.voices() if v.language.startswith("en") and "shaw" not in v.language]
        except (SpeechUnavailable, BadInput) as exc:
            problem = str(exc)
        except Exception as exc:  # the reader must work without speech, whatever went wrong
            problem = f"speech failed to start ({type(exc).__name__})"
        self.post_message(SpeechChecked(problem, voices))

    def on_speech_checked(self, message: SpeechChecked) -> None:
        self.voices = message.voices
        if message.problem:
            self.speech_problem = message.problem
            self._tell_speech_problem()
        else:
            self._talk_back_screen()
        self._set_status()

    def _speech_reason(self) -> str:
        return self.speech_problem.split(";")[0].removeprefix("speech is not available: ").removesuffix(" to read aloud")

    def speech_help(self) -> str | None:
        """For the help screen: why nothing is spoken, and what to install (too long for the status line)."""
        if not self.speech_problem:
            return None
        what = self.speech_problem.split(";", 1)[1].strip() if ";" in self.speech_problem else ""
        text = f"Reading aloud is not available: {self._speech_reason()}. Everything is still here to read."
        if what.startswith("install"):
            text += f" To hear it, {what.split('. ')[0].split(', or name')[0]}."
        return text

    def _tell_speech_problem(self) -> None:
        """One short status line, never a pop-up: a pop-up covered the text and a screen reader skips it."""
        self._set_status(f"Reading aloud is not available: {self._speech_reason()}. Press ? to see how to get it.")

    def _speech_ready(self) -> bool:
        if self.speech_problem:
            self._tell_speech_problem()  # in the status line; the pop-up came only once
            return False
        if self.speaker is None:
            self._set_status("Speech is still starting. Try again in a moment.")
            return False
        return True

    # -- what is shown ----------------------------------------------------------------------
    def _lines(self, section: ReaderSection):
        return section.original if self.original else section.points

    def _show_section(self, index: int) -> None:
        if self.doc is None:
            return
        self.current = index
        sec = self.doc.sections[index]
        view = self.query_one("#section", SectionView)
        view.remove_children()  # finishes later; the new widgets carry no ids, so they cannot clash
        mode = "The speaker's own words" if self.original else "Easy read"
        self._heading_text = f"Part {sec.number} of {self._parts()}. {sec.title}" if sec.number else sec.title
        self._heading = Static(self._heading_text, classes="heading section-heading")
        widgets = [
            self._heading,
            Static(mode + (f". From {format_clock(sec.start)} in the video." if sec.start is not None else "."), classes="note"),
        ]
        self._line_widgets = [Static(self._line_text(i), classes="line") for i in range(len(self._lines(sec)))]
        widgets += self._line_widgets
        self._word_widgets = []
        if sec.words and not self.original:
            widgets.append(Static("Words to know", classes="heading"))
            self._word_widgets = [Static(f"{term}: {meaning}", classes="line word") for term, meaning in sec.words]
            widgets += self._word_widgets
        view.mount_all(widgets)
        view.scroll_home(animate=False)
        self._mark_matches()
        self.call_after_refresh(self._place_cursor)

    def _parts(self) -> int:
        return sum(1 for s in self.doc.sections if s.number)

    def _line_widget(self, line: int) -> Static | None:
        """Sentences first, then the part's words to know (search finds both); -1 is the heading."""
        if line == -1:
            return self._heading
        every = self._line_widgets + self._word_widgets
        return every[line] if 0 <= line < len(every) else None

    def _highlight(self, line: int | None, word: tuple[int, int] | None = None) -> None:
        """The sentence being spoken stands out; the word being spoken is marked inside it."""
        for w in [self._heading, *self._line_widgets]:
            if w.has_class("speaking"):
                w.remove_class("speaking")
                self._restore_line(w)
        if line is None:
            return
        if line < 0:
            self._heading.add_class("speaking")
            self._heading.scroll_visible(animate=False)
            return
        widget = self._line_widget(line)
        if widget is None:
            return
        widget.add_class("speaking")
        if word is not None:
            text = Text(self._line_text(line))
            offset = len(text.plain) - len(self._lines(self.doc.sections[self.current])[line].text)
            text.stylize("reverse bold underline", offset + word[0], offset + word[0] + word[1])
            widget.update(text)
        widget.scroll_visible(animate=False)
        self.call_after_refresh(self._place_cursor)

    def _line_text(self, line: int) -> str:
        if line == -1:
            return self._heading_text
        sec = self.doc.sections[self.current]
        if line >= len(self._lines(sec)):
            term, meaning = sec.words[line - len(self._lines(sec))]
            return f"{term}: {meaning}"
        item = self._lines(sec)[line]
        when = f"[{format_clock(item.start)}] " if self.original and item.start is not None else ""
        return when + item.text

    def _restore_line(self, widget: Static) -> None:
        if widget is self._heading:
            widget.update(self._heading_text)
            return
        every = self._line_widgets + self._word_widgets
        if widget in every:
            widget.update(self._line_text(every.index(widget)))

    def _place_cursor(self) -> None:
        """Put the terminal cursor on what has focus (or is being read): braille displays follow it."""
        target = None
        speaking = [w for w in [self._heading, *self._line_widgets] if w.has_class("speaking")]
        if speaking:
            target = speaking[0]
        elif isinstance(self.focused, OptionList) and self.focused.highlighted is not None:
            ol = self.focused
            region = ol.content_region
            self.cursor_position = Offset(region.x, region.y + ol.highlighted - round(ol.scroll_offset.y))
            return
        elif self.focused is not None:
            target = self.focused
        if target is not None:
            region = target.content_region
            self.cursor_position = Offset(region.x, region.y)

    def _set_status(self, text: str | None = None) -> None:
        if text is None:
            text = self._status_now()
        self.status_text = text
        settings = self._settings()
        self.query_one("#status", Static).update(f"{text}\n{settings}" if settings else text)

    def _settings(self) -> str:
        if self.speaker is None or self.speech_problem:
            return ""
        voice = self._voice_name()
        parts = [f"Rate {self.speaker.rate} words a minute", f"Voice {voice}", f"Keep reading {'on' if self.continuous else 'off'}", f"Talk-back {'on' if self.talk_back else 'off'}"]
        return " | ".join(parts)

    def _voice_name(self) -> str:
        wanted = self.speaker.voice or DEFAULT_VOICE
        for v in self.voices:
            if v.id == wanted:
                return v.name
        return wanted

    def _status_now(self) -> str:
        if self.doc is None:
            return ""  # the waiting words are on screen already
        sec = self.doc.sections[self.current]
        if self._reading():
            s, line = self._reading_line
            total = len(self._lines(self.doc.sections[s]))
            what = "the heading" if line < 0 else f"sentence {line + 1} of {total}"
            state = "Paused" if self.speaker.paused else "Reading"
            return f"{state}: {part_name(self.doc.sections[s]).split('.')[0]}, {what}."
        where = f"Part {sec.number} of {self._parts()}: {_sentence(sec.title)}" if sec.number else _sentence(sec.title)
        if self.speech_problem:
            return where
        return f"{where} Press Space to read it aloud."

    # -- talk-back ----------------------------------------------------------------------------
    def _announce(self, text: str) -> None:
        """Say what a key did, for people who cannot see the screen (talk-back), and show it."""
        self.last_announcement = text
        self._set_status(text)
        if self.talk_back and self.speaker is not None and not self.speech_problem and self._reading_line is None:
            self._say_now([text])  # interrupts an earlier announcement, never a reading

    def _say_now(self, texts: list[str]) -> None:
        if self.speaker is None or self.speech_problem:
            return
        self._items = [Spoken("announce")] * len(texts)
        self._reading_line = None
        self._session = self.speaker.speak([Utterance(t, 200) for t in texts])

    def _announce_section(self) -> None:
        if self.doc is None:
            return
        sec = self.doc.sections[self.current]
        self.last_announcement = part_name(sec)
        if self.talk_back and self.speaker is not None and not self.speech_problem:
            self._say_now([self.last_announcement])

    # -- moving -------------------------------------------------------------------------------
    def _go(self, index: int) -> None:
        if self.doc is None:
            return
        if not 0 <= index < len(self.doc.sections):
            self._announce("This is the first part." if index < 0 else "This is the end: there is nothing after it.")
            return
        contents = self.query_one("#contents", OptionList)
        contents.highlighted = index
        # once the list is laid out (its rows wrap), bring the highlighted part into view again
        self.call_after_refresh(contents.scroll_to_highlight)
        if index != self.current:
            self._open(index)

    def _speaking(self) -> bool:
        """Anything is being said: a part, or a talk-back announcement."""
        return self.speaker is not None and self.speaker.speaking

    def _reading(self) -> bool:
        """A part is being read (not just an announcement)."""
        return self._speaking() and self._reading_line is not None

    def _stop_speech(self) -> None:
        if self._speaking():
            self.speaker.stop()
        self._reading_line = None

    def _open(self, index: int) -> None:
        self._stop_speech()
        self._show_section(index)
        self._set_status()
        self._announce_section()

    @on(OptionList.OptionHighlighted, "#contents")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if self.doc is not None and event.option_index != self.current:
            self._open(event.option_index)
        self.call_after_refresh(self._place_cursor)

    @on(OptionList.OptionSelected, "#contents")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.action_open_section()

    def action_next_section(self) -> None:
        self._go(self.current + 1)

    def action_previous_section(self) -> None:
        self._go(self.current - 1)

    def action_first_section(self) -> None:
        self._go(0)

    def action_last_section(self) -> None:
        if self.doc is not None:
            self._go(len(self.doc.sections) - 1)

    def action_open_section(self) -> None:
        if self.doc is None:
            return
        self.query_one("#section", SectionView).focus()
        self.call_after_refresh(self._place_cursor)
        self._announce_section()

    # -- reading ----------------------------------------------------------------------------
    def _reading_items(self) -> tuple[list[Utterance], list[Spoken]]:
        utterances: list[Utterance] = []
        tags: list[Spoken] = []
        last = len(self.doc.sections) if self.continuous else self.current + 1
        for s in range(self.current, last):
            sec = self.doc.sections[s]
            utterances.append(Utterance(part_name(sec), HEADING_PAUSE_MS))
            tags.append(Spoken("heading", s))
            for i, line in enumerate(self._lines(sec)):
                utterances.append(Utterance(line.text))
                tags.append(Spoken("line", s, i))
            if sec.words and not self.original:
                utterances.append(Utterance("Words to know.", HEADING_PAUSE_MS))
                tags.append(Spoken("words", s))
                for term, meaning in sec.words:
                    utterances.append(Utterance(f"{term}: {meaning}"))
                    tags.append(Spoken("words", s))
        return utterances, tags

    def action_read(self) -> None:
        if self.doc is None or not self._speech_ready():
            return
        utterances, self._items = self._reading_items()
        self._reading_line = (self.current, -1)
        self._session = self.speaker.speak(utterances)
        self._set_status()

    def action_stop(self) -> None:
        search = self._search_box()
        if search is not None and search.display:
            self._close_search()
            return
        if self._speaking():
            self._stop_speech()
            self._highlight(None)
            self._announce("Stopped")
        else:
            self._set_status("Nothing is being read.")

    def action_pause(self) -> None:
        if not self._speech_ready():
            return
        if not self._speaking():
            self._set_status("Nothing is being read. Press Space to read this part.")
            return
        was_paused = self.speaker.paused
        self.speaker.toggle_pause()
        self._set_status("Going on" if was_paused else "Paused. Press p to go on.")

    def action_next(self) -> None:
        if self._reading():
            self.speaker.next()
        elif self._matches:
            self._go_to_match(self._match + 1)
        elif self._query:
            self._set_status(f"No match for {self._query}. Press / to search again.")
        else:
            self._set_status("Nothing is being read. Press Space to read this part." if not self.speech_problem else "Press / to search.")

    def action_previous_sentence(self) -> None:
        if self._reading():
            self.speaker.previous()
        else:
            self._set_status("Nothing is being read. Press Space to read this part.")

    def action_continuous(self) -> None:
        self.continuous = not self.continuous
        self._announce(f"Keep reading {'on' if self.continuous else 'off'}")

    def action_faster(self) -> None:
        self._change_rate(RATE_STEP)

    def action_slower(self) -> None:
        self._change_rate(-RATE_STEP)

    def _change_rate(self, step: int) -> None:
        if not self._speech_ready():
            return
        rate = self.speaker.set_rate(self.speaker.rate + step)
        self._announce(f"Rate {rate} words a minute")

    def action_next_voice(self) -> None:
        if not self._speech_ready():
            return
        if not self.voices:
            self._set_status("There is only one voice.")
            return
        ids = [v.id for v in self.voices]
        now = self.speaker.voice or DEFAULT_VOICE
        nxt = self.voices[(ids.index(now) + 1) % len(ids) if now in ids else 0]
        self.speaker.set_voice(nxt.id)
        self._announce(f"Voice {nxt.name}")

    def action_talk_back(self) -> None:
        self.talk_back = not self.talk_back
        text = f"Talk-back {'on' if self.talk_back else 'off'}"
        if self.talk_back and self.speech_problem:
            text += f", but nothing can be spoken: {self._speech_reason()}"
        self.last_announcement = text
        self._set_status(text)
        if self.speaker is not None and not self.speech_problem and self._reading_line is None:
            self._say_now([text])  # said either way, so turning it off is heard too

    def action_original(self) -> None:
        if self.doc is None:
            return
        if not self.original and self.doc.content_note and not self._original_agreed:
            self.push_screen(OriginalWordsScreen(), self._after_original_warning)
            if self.talk_back:
                self._say_now([WARNING, "Press Enter to show them. Press Escape to stay with the easy-read words."])
            return
        self._switch_words()

    def _after_original_warning(self, show: bool | None) -> None:
        if show:
            self._original_agreed = True
            self._switch_words()
        else:
            self._announce("Easy read words")

    def _switch_words(self) -> None:
        self._stop_speech()
        self.original = not self.original
        self._matches, self._match = [], -1
        self._show_section(self.current)
        self._announce("The speaker's own words" if self.original else "Easy read words")

    def on_speech_message(self, message: SpeechMessage) -> None:
        event = message.event
        if event.session != self._session or self.doc is None:
            return  # an older reading, already replaced
        tag = self._items[event.index] if 0 <= event.index < len(self._items) else Spoken("announce")
        if event.kind == "sentence" and tag.kind != "announce":
            if tag.section != self.current:  # keep reading has moved on to the next part
                self.query_one("#contents", OptionList).highlighted = tag.section
                self._show_section(tag.section)
            self._reading_line = (tag.section, tag.line)
            self._highlight(tag.line)
            self._set_status()
        elif event.kind == "word" and tag.kind == "line" and tag.section == self.current:
            self._highlight(tag.line, (event.start, event.length))
        elif event.kind == "paused":
            self._set_status("Paused. Press p to go on.")
        elif event.kind in ("finished", "stopped"):
            was_reading = self._reading_line is not None
            self._reading_line = None
            self._highlight(None)
            if event.kind == "finished" and was_reading:
                last = self.current == len(self.doc.sections) - 1
                self._set_status("Finished reading. That was the end." if last else "Finished reading. Press Down for the next part.")
        elif event.kind == "error":
            self._reading_line = None
            self._highlight(None)
            self.notify(event.message, title="Speech stopped", severity="warning", timeout=8)
            self._set_status("Reading stopped: the sound could not be played. The text is all here to read.")

    # -- search ------------------------------------------------------------------------------
    def _search_box(self) -> Input | None:
        """Made on the first search, not at start: one widget less before the first frame."""
        found = self.query("#search")
        return found.first(Input) if found else None

    async def action_search(self) -> None:
        if self.doc is None:
            return
        box = self._search_box()
        if box is None:
            box = Input(placeholder="Search for a word, then press Enter (Escape closes)", id="search")
            await self.mount(box, before="#status")
        box.display = True
        box.value = ""  # a new word replaces the last search; n and N still go through the old matches
        box.focus()
        self._set_status("Type a word to search for, then press Enter.")

    def _close_search(self) -> None:
        box = self._search_box()
        if box is not None:
            box.display = False
        self.query_one("#section", SectionView).focus()
        self._set_status()

    @on(Input.Submitted, "#search")
    def _search(self, event: Input.Submitted) -> None:
        query = event.value.strip()
        event.input.display = False
        self._query = query
        self._matches = []
        if query:
            needle = query.lower()
            for s, sec in enumerate(self.doc.sections):
                if needle in sec.title.lower():
                    self._matches.append((s, -1))  # the heading
                texts = [line.text for line in self._lines(sec)]
                if not self.original:
                    texts += [f"{term}: {meaning}" for term, meaning in sec.words]
                self._matches += [(s, i) for i, text in enumerate(texts) if needle in text.lower()]
        self.query_one("#section", SectionView).focus()
        if not self._matches:
            self._match = -1
            self._announce(f"No match for {query}" if query else "Search closed")
            return
        after = [k for k, (s, _) in enumerate(self._matches) if s >= self.current]
        self._go_to_match(after[0] if after else 0)

    def action_previous_match(self) -> None:
        if self._matches:
            self._go_to_match(self._match - 1)
        else:
            self._set_status("Press / to search first.")

    def _go_to_match(self, k: int) -> None:
        self._match = k % len(self._matches)
        s, line = self._matches[self._match]
        if s != self.current:
            self.query_one("#contents", OptionList).highlighted = s
            self._show_section(s)
        else:
            self._mark_matches()
        widget = self._line_widget(line)
        if widget is not None:
            widget.scroll_visible(animate=False)
        where = self.doc.sections[s]
        place = f"in part {where.number}" if where.number else f"in {where.title}"
        self._announce(f"Match {self._match + 1} of {len(self._matches)} for {self._query}, {place}")
        self.call_after_refresh(self._place_cursor)

    def _mark_matches(self) -> None:
        for w in [self._heading, *self._line_widgets, *self._word_widgets]:
            if w.has_class("current-match"):
                self._restore_line(w)
            w.remove_class("match", "current-match")
        if not self._matches:
            return
        for k, (s, line) in enumerate(self._matches):
            if s == self.current:
                widget = self._line_widget(line)
                if widget is not None:
                    widget.add_class("match")
                    if k == self._match:
                        widget.add_class("current-match")
                        text = Text(self._line_text(line))
                        text.highlight_words([self._query], "reverse bold", case_sensitive=False)
                        widget.update(text)

    def get_system_commands(self, screen):
        """Ctrl+P: leave out Textual's theme picker (it would undo the chosen accessible colours) and screenshots."""
        for command in super().get_system_commands(screen):
            if not any(word in command.title.lower() for word in ("theme", "screenshot")):
                yield command

    # -- help and leaving ---------------------------------------------------------------------
    def keys_now(self) -> dict[str, str]:
        keys = {b.id: b.key for b in bindings()}
        keys.update(self._keymap)
        return keys

    def action_help(self) -> None:
        self.push_screen(HelpScreen(self.keys_now(), self.speech_help()), lambda _: self._set_status())
        self._announce("Help. Press Escape to close it.")

    def action_quit(self) -> None:
        self._quit_now()

    def action_leave_now(self) -> None:
        self._quit_now()

    def _quit_now(self) -> None:
        if self.speaker is not None:
            self.speaker.close()  # stops the sound first
        self.exit()


def part_name(sec: ReaderSection) -> str:
    """"Part 3. What did the report find?", or just the title for the help at the end."""
    return f"Part {sec.number}. {sec.title}" if sec.number else sec.title


def _sentence(text: str) -> str:
    return text if text.endswith((".", "?", "!")) else text + "."


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
    if app.problem:
        raise BadInput(app.problem)


__all__ = ["ReaderApp", "run_reader", "shown"]
