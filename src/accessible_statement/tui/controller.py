"""What each key and each speech event does to the main screen, in plain Python (no Textual here).

The app only turns keys and messages into calls on this; the parts hold the state (read_aloud.py the
speech session, search.py the search, talk_back.py the announcements) and the View draws it
(tui/view.py, with Textual). So the order of what happens on a key (stop the sound, show the part,
say where you are) is written once, and can be read without knowing Textual.
"""

from __future__ import annotations

from typing import Protocol

from accessible_statement.tui.read_aloud import NOTHING_READ, RATE_STEP, Page, Reading
from accessible_statement.tui.search import Search
from accessible_statement.tui.talk_back import TalkBack


class View(Protocol):
    """What the controller asks of the main screen."""

    def show_part(self, page: Page, marks: list[tuple[int, bool]], query: str) -> None: ...
    def highlight_part(self, index: int) -> None: ...  # in the list of parts
    def scroll_list(self) -> None: ...  # bring the highlighted part into view, once laid out
    def mark_matches(self, marks: list[tuple[int, bool]], query: str) -> None: ...
    def mark_speaking(self, line: int | None, word: tuple[int, int] | None = None) -> None: ...
    def scroll_to_line(self, line: int) -> None: ...
    def show_status(self, text: str, settings: str) -> None: ...
    def place_cursor_later(self) -> None: ...
    def warn(self, message: str) -> None: ...
    def focus_text(self) -> None: ...
    def search_is_open(self) -> bool: ...
    def hide_search(self) -> None: ...


class ReaderController:
    """Moving between parts, reading aloud, the words shown and search: each key's effect, in order."""

    def __init__(self, reading: Reading, search: Search, talk: TalkBack, view: View) -> None:
        self.reading = reading
        self.search = search
        self.talk = talk
        self.view = view

    # -- the status line and announcements ------------------------------------------------
    def status(self, text: str | None = None) -> None:
        """Show a status (what it says now, when no text is given) and the settings under it."""
        self.view.show_status(self.reading.status_now() if text is None else text, self.reading.settings(self.talk.on))

    def announce(self, text: str) -> None:
        """Say what a key did, for people who cannot see the screen (talk-back), and show it."""
        self.talk.last = text
        self.status(text)
        self.talk.announce(text)

    def speech_ready(self) -> bool:
        problem = self.reading.not_ready()
        if problem:
            self.status(problem)  # in the status line; a pop-up covered the text
        return problem is None

    # -- moving -------------------------------------------------------------------------------
    def show(self, index: int) -> None:
        if self.reading.doc is None:
            return
        self.reading.current = index
        self.view.show_part(self.reading.page(), self.search.in_part(index), self.search.query)

    def go(self, index: int) -> None:
        if self.reading.doc is None:
            return
        if not 0 <= index < len(self.reading.doc.sections):
            self.announce("This is the first part." if index < 0 else "This is the end: there is nothing after it.")
            return
        self.view.highlight_part(index)
        self.view.scroll_list()
        if index != self.reading.current:
            self.open(index)

    def go_by(self, step: int) -> None:
        self.go(self.reading.current + step)

    def go_to_last(self) -> None:
        if self.reading.doc is not None:
            self.go(len(self.reading.doc.sections) - 1)

    def open(self, index: int) -> None:
        self.reading.stop()
        self.show(index)
        self.status()
        self.talk.announce_part()

    def highlighted(self, index: int) -> None:
        """The list moved (a key of its own, or a click)."""
        if self.reading.doc is not None and index != self.reading.current:
            self.open(index)
        self.view.place_cursor_later()

    def open_section(self) -> None:
        if self.reading.doc is None:
            return
        self.view.focus_text()
        self.view.place_cursor_later()
        self.talk.announce_part()

    # -- listening ----------------------------------------------------------------------------
    def read(self) -> None:
        if self.reading.doc is None or not self.speech_ready():
            return
        self.reading.read()
        self.status()

    def stop(self) -> None:
        if self.view.search_is_open():
            self.close_search()
        elif self.reading.speaking():
            self.reading.stop()
            self.view.mark_speaking(None)
            self.announce("Stopped")
        else:
            self.status("Nothing is being read.")

    def pause(self) -> None:
        if not self.speech_ready():
            return
        self.status(self.reading.toggle_pause() if self.reading.speaking() else NOTHING_READ)

    def next(self) -> None:
        """n: the next sentence while reading, else the next match."""
        if self.reading.reading():
            self.reading.speaker.next()
        elif self.search.matches:
            self.go_to_match(self.search.index + 1)
        elif self.search.query:
            self.status(f"No match for {self.search.query}. Press / to search again.")
        else:
            self.status(NOTHING_READ if not self.reading.speech_problem else "Press / to search.")

    def previous_sentence(self) -> None:
        if self.reading.reading():
            self.reading.speaker.previous()
        else:
            self.status(NOTHING_READ)

    def continuous(self) -> None:
        self.announce(self.reading.toggle_continuous())

    def change_rate(self, faster: bool) -> None:
        if self.speech_ready():
            self.announce(self.reading.change_rate(RATE_STEP if faster else -RATE_STEP))

    def next_voice(self) -> None:
        if not self.speech_ready():
            return
        if not self.reading.voices:
            self.status("There is only one voice.")
            return
        self.announce(self.reading.next_voice())

    def talk_back(self) -> None:
        text = self.talk.toggle()
        self.status(text)
        self.talk.say_toggle(text)

    def heard(self, event) -> None:
        """A speech event: follow the reading into the next part, mark what is said, say how it went."""
        heard = self.reading.heard(event)
        if heard is None:
            return  # an older reading, already replaced
        if heard.follow is not None:  # keep reading has moved on to the next part
            self.view.highlight_part(heard.follow)
            self.show(heard.follow)
        if heard.mark:
            self.view.mark_speaking(heard.line, heard.word)
        if heard.warning is not None:
            self.view.warn(heard.warning)
        if heard.status:
            self.status(heard.text)

    # -- the words shown, and search ------------------------------------------------------------
    def switch_words(self) -> None:
        """The speaker's own words, or the easy-read words again: the old matches point at other lines."""
        self.reading.stop()
        self.reading.original = not self.reading.original
        self.search.forget_matches()
        self.show(self.reading.current)
        self.announce("The speaker's own words" if self.reading.original else "Easy read words")

    def close_search(self) -> None:
        self.view.hide_search()
        self.view.focus_text()
        self.status()

    def find(self, query: str) -> None:
        """The word typed in the search box: go to the first match from the open part on."""
        self.search.find(query, self.reading.searchable())
        self.view.focus_text()
        if not self.search.matches:
            self.announce(self.search.no_match())
            return
        self.go_to_match(self.search.first_from(self.reading.current))

    def previous_match(self) -> None:
        if self.search.matches:
            self.go_to_match(self.search.index - 1)
        else:
            self.status("Press / to search first.")

    def go_to_match(self, k: int) -> None:
        s, line = self.search.go(k)
        if s != self.reading.current:
            self.view.highlight_part(s)
            self.show(s)
        else:
            self.view.mark_matches(self.search.in_part(s), self.search.query)
        self.view.scroll_to_line(line)
        self.announce(self.search.said(self.reading.place(s)))
        self.view.place_cursor_later()
