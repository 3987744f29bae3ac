"""The main screen's widgets, and the few things the controller asks of them (its View), in Textual.

The widgets are made once, here, and the app lays them out; the controller never sees a widget.
Where the terminal cursor sits is decided here too: braille displays and screen magnifiers follow it.
"""

from __future__ import annotations

from textual.app import App
from textual.geometry import Offset
from textual.widgets import Input, OptionList, Static

from accessible_statement.render.reader_view import ReaderDoc
from accessible_statement.tui.read_aloud import Page
from accessible_statement.tui.waiting_frame import WAITING
from accessible_statement.tui.widgets.contents import ContentsList
from accessible_statement.tui.widgets.section_view import SectionView
from accessible_statement.tui.widgets.status_bar import StatusBar

SEARCH_PLACEHOLDER = "Search for a word, then press Enter (Escape closes)"


class MainView:
    """The title, the list of parts, the open part's text, the status line and (once made) the search box."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.title = Static("accessible-statement", id="title")  # as on the waiting frame, until the statement's own
        self.contents = ContentsList(id="contents")
        self.section = SectionView(Static(WAITING, classes="heading"), id="section")
        self.status = StatusBar(id="status")

    def show_document(self, doc: ReaderDoc) -> None:
        self.title.update(doc.title)
        self.contents.show_parts(doc.sections)
        self.contents.focus()

    # -- the controller's View -------------------------------------------------------------
    def show_part(self, page: Page, marks: list[tuple[int, bool]], query: str) -> None:
        self.section.show_page(page)
        self.section.mark_matches(marks, query)
        self.place_cursor_later()

    def highlight_part(self, index: int) -> None:
        self.contents.highlighted = index

    def scroll_list(self) -> None:
        # once the list is laid out (its rows wrap), bring the highlighted part into view again
        self.app.call_after_refresh(self.contents.scroll_to_highlight)

    def mark_matches(self, marks: list[tuple[int, bool]], query: str) -> None:
        self.section.mark_matches(marks, query)

    def mark_speaking(self, line: int | None, word: tuple[int, int] | None = None) -> None:
        if self.section.mark_speaking(line, word):
            self.place_cursor_later()

    def scroll_to_line(self, line: int) -> None:
        widget = self.section.line_widget(line)
        if widget is not None:
            widget.scroll_visible(animate=False)

    def show_status(self, text: str, settings: str) -> None:
        self.status.show(text, settings)

    def place_cursor_later(self) -> None:
        self.app.call_after_refresh(self.place_cursor)

    def warn(self, message: str) -> None:
        self.app.notify(message, title="Speech stopped", severity="warning", timeout=8)

    def focus_text(self) -> None:
        self.section.focus()

    def search_box(self) -> Input | None:
        """Made on the first search, not at start: one widget less before the first frame."""
        found = self.app.query("#search")
        return found.first(Input) if found else None

    def search_is_open(self) -> bool:
        box = self.search_box()
        return box is not None and box.display

    def hide_search(self) -> None:
        box = self.search_box()
        if box is not None:
            box.display = False

    async def open_search(self) -> None:
        box = self.search_box()
        if box is None:
            box = Input(placeholder=SEARCH_PLACEHOLDER, id="search")
            await self.app.mount(box, before="#status")
        box.display = True
        box.value = ""  # a new word replaces the last search; n and N still go through the old matches
        box.focus()

    # -- the cursor -------------------------------------------------------------------------
    def place_cursor(self) -> None:
        """Put the terminal cursor on what has focus (or is being read): braille displays follow it."""
        app = self.app
        target = self.section.speaking_widget()
        if target is None and isinstance(app.focused, OptionList) and app.focused.highlighted is not None:
            ol = app.focused
            region = ol.content_region
            app.cursor_position = Offset(region.x, region.y + ol.highlighted - round(ol.scroll_offset.y))
            return
        if target is None:
            target = app.focused
        if target is not None:
            region = target.content_region
            app.cursor_position = Offset(region.x, region.y)
