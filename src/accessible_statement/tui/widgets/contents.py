"""The list of parts on the left: each part's number, heading and time in the video."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from accessible_statement.document.clock import format_clock
from accessible_statement.render.reader_view import ReaderSection


class ContentsList(OptionList, inherit_bindings=False):
    """The list of parts. Moving is the app's job (the same keys wherever focus is, no wrapping round)."""

    BINDINGS = [Binding("enter", "select", "Open", show=False, id="contents.open", tooltip="Open the part")]

    def show_parts(self, sections: tuple[ReaderSection, ...]) -> None:
        """One row a part, the first one highlighted."""
        self.clear_options()
        self.add_options([Option(contents_label(s), id=f"part-{s.number}") for s in sections])
        self.highlighted = 0


def contents_label(s: ReaderSection) -> str:
    when = f" ({format_clock(s.start)})" if s.start is not None else ""
    return (f"{s.number}. {s.title}" if s.number else s.title) + when
