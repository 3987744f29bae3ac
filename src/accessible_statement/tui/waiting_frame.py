"""The reader's first frame, drawn before Textual is imported.

Importing Textual takes 0.3-0.5 s on a slow machine (more than a bare Textual app needs to paint),
and until then the terminal shows nothing and a screen reader says nothing. This frame says what
is happening at once. It uses the alternate screen, as Textual does, so nothing is left in the
scrollback; Textual enters the same screen and paints over it. Pure Python: no Textual here.
"""

from __future__ import annotations

import os
import sys

ENTER = "\x1b[?1049h\x1b[H\x1b[2J"  # alternate screen, cursor home, clear
LEAVE = "\x1b[?1049l"
WAITING = "Getting the statement ready..."


class WaitingFrame:
    """Shown until Textual takes the screen; `leave` undoes it if Textual never got there."""

    def __init__(self, fd: int | None) -> None:
        self.fd = fd

    @property
    def shown(self) -> bool:
        return self.fd is not None

    def leave(self) -> None:
        if self.fd is not None:
            _write(self.fd, LEAVE)
            self.fd = None


def frame_text(title: str | None, width: int) -> str:
    """Where Textual will put them: the title on the top line, the waiting words below it."""
    # The title comes from the transcript: never let it send the terminal a control sequence.
    title = "".join(ch for ch in (title or "") if ch.isprintable()).strip() or "accessible-statement"
    if len(title) > width - 2:
        title = title[: max(width - 5, 1)] + "..."
    return ENTER + "\r\n".join([f" {title}", "", f" {WAITING}"])


def draw_waiting_frame(title: str | None = None, stream=None) -> WaitingFrame:
    """Draw the frame on a real terminal (POSIX, not TERM=dumb); elsewhere draw nothing."""
    stream = sys.stdout if stream is None else stream
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):
        return WaitingFrame(None)
    if os.name != "posix" or not os.isatty(fd) or os.environ.get("TERM", "") in ("", "dumb"):
        return WaitingFrame(None)
    try:
        width = os.get_terminal_size(fd).columns
    except OSError:
        width = 0
    if width < 20:  # a terminal that does not say its size
        width = int(os.environ["COLUMNS"]) if os.environ.get("COLUMNS", "").isdigit() else 80
    if not _write(fd, frame_text(title, width)):
        return WaitingFrame(None)
    return WaitingFrame(fd)


def _write(fd: int, text: str) -> bool:
    try:
        os.write(fd, text.encode("utf-8", "replace"))
    except OSError:
        return False
    return True
