"""The open part's text on the right: it owns the line widgets, so marking what is said and what a
search found (and putting the words back afterwards) happens in one place."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from accessible_statement.tui.read_aloud import Page

HEADING = -1  # the heading's line number, as in a search match and a reading's tag


class SectionView(VerticalScroll, inherit_bindings=False):
    """The open part's text. Focusable so Tab reaches it; Up and Down stay with moving between parts."""

    BINDINGS = [
        Binding("pageup", "page_up", "Page up", show=False, id="text.page_up", tooltip="Scroll the text up"),
        Binding("pagedown", "page_down", "Page down", show=False, id="text.page_down", tooltip="Scroll the text down"),
    ]

    def __init__(self, *children, **kwargs) -> None:
        super().__init__(*children, **kwargs)
        self.page = Page("", "", (), (), ())
        self.heading = Static("")
        self.line_widgets: list[Static] = []
        self.word_widgets: list[Static] = []

    @property
    def heading_text(self) -> str:
        return self.page.heading

    def show_page(self, page: Page) -> None:
        """Put a part's text in place of what was shown, scrolled to its top."""
        self.remove_children()  # finishes later; the new widgets carry no ids, so they cannot clash
        self.page = page
        self.heading = Static(page.heading, classes="heading section-heading")
        widgets = [self.heading, Static(page.note, classes="note")]
        self.line_widgets = [Static(text, classes="line") for text in page.lines]
        widgets += self.line_widgets
        self.word_widgets = []
        if page.words:
            widgets.append(Static("Words to know", classes="heading"))
            self.word_widgets = [Static(text, classes="line word") for text in page.words]
            widgets += self.word_widgets
        self.mount_all(widgets)
        self.scroll_home(animate=False)

    def line_text(self, line: int) -> str:
        if line == HEADING:
            return self.page.heading
        if line >= len(self.page.lines):
            return self.page.words[line - len(self.page.lines)]
        return self.page.lines[line]

    def line_widget(self, line: int) -> Static | None:
        """Sentences first, then the part's words to know (search finds both); -1 is the heading."""
        if line == HEADING:
            return self.heading
        every = self.line_widgets + self.word_widgets
        return every[line] if 0 <= line < len(every) else None

    def _restore_line(self, widget: Static) -> None:
        if widget is self.heading:
            widget.update(self.page.heading)
            return
        every = self.line_widgets + self.word_widgets
        if widget in every:
            widget.update(self.line_text(every.index(widget)))

    def speaking_widget(self) -> Static | None:
        speaking = [w for w in [self.heading, *self.line_widgets] if w.has_class("speaking")]
        return speaking[0] if speaking else None

    def mark_speaking(self, line: int | None, word: tuple[int, int] | None = None) -> bool:
        """The sentence being spoken stands out; the word being spoken is marked inside it.

        True when a sentence (not the heading) was marked: the terminal cursor should follow it.
        """
        for w in [self.heading, *self.line_widgets]:
            if w.has_class("speaking"):
                w.remove_class("speaking")
                self._restore_line(w)
        if line is None:
            return False
        if line < 0:
            self.heading.add_class("speaking")
            self.heading.scroll_visible(animate=False)
            return False
        widget = self.line_widget(line)
        if widget is None:
            return False
        widget.add_class("speaking")
        if word is not None:
            text = Text(self.line_text(line))
            offset = len(text.plain) - len(self.page.spoken[line])
            text.stylize("reverse bold underline", offset + word[0], offset + word[0] + word[1])
            widget.update(text)
        widget.scroll_visible(animate=False)
        return True

    def mark_matches(self, marks: list[tuple[int, bool]], query: str) -> None:
        """Underline the lines a search found; the current match also gets a bar and its words marked."""
        for w in [self.heading, *self.line_widgets, *self.word_widgets]:
            if w.has_class("current-match"):
                self._restore_line(w)
            w.remove_class("match", "current-match")
        for line, current in marks:
            widget = self.line_widget(line)
            if widget is not None:
                widget.add_class("match")
                if current:
                    widget.add_class("current-match")
                    text = Text(self.line_text(line))
                    text.highlight_words([query], "reverse bold", case_sensitive=False)
                    widget.update(text)
