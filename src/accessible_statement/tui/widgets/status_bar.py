"""The status line at the bottom: what is happening now, and under it how the reader reads."""

from __future__ import annotations

from textual.widgets import Static


class StatusBar(Static):
    """One line of what is happening (kept in `text` for the tests and talk-back), then the settings."""

    def __init__(self, **kwargs) -> None:
        super().__init__("", **kwargs)
        self.text = ""

    def show(self, text: str, settings: str) -> None:
        self.text = text
        self.update(f"{text}\n{settings}" if settings else text)
