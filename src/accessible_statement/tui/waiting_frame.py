"""The reader's first frame, drawn before Textual is imported.

Importing Textual takes 0.3-0.5 s on a slow machine (more than a bare Textual app needs to paint),
and until then the terminal shows nothing and a screen reader says nothing. This frame says what
is happening at once. It is drawn where Textual draws (standard error) and on the alternate
screen, as Textual does, so nothing is left in the scrollback; Textual enters the same screen and
paints over it. Keys typed while it shows are neither echoed onto it nor acted on later: a
listener who pressed Down twice too early must not find themselves two parts on without knowing.
Pure Python: no Textual here.
"""

from __future__ import annotations

import os
import sys

ENTER = "\x1b[?1049h\x1b[H\x1b[2J"  # alternate screen, cursor home, clear
LEAVE = "\x1b[?1049l"
WAITING = "Getting the statement ready..."
WAITING_SHORT = "Please wait..."


def terminal_problem() -> str | None:
    """Why the reader cannot run here, or None: it needs keys from a terminal and a terminal to draw on."""
    if not is_terminal(sys.__stdin__):
        return "the reader needs a terminal: its keys come from standard input, which is not one here"
    if not is_terminal(sys.__stderr__):
        return "the reader needs a terminal: it draws on standard error, which is not one here"
    if not is_terminal(sys.__stdout__):  # Textual measures the screen through standard output
        return "the reader needs a terminal: standard output is not one here (to keep the text, use 'easy-read -o FILE')"
    if os.environ.get("TERM", "") == "dumb":
        return "the reader needs a full-screen terminal, and TERM is 'dumb'"
    return None


class WaitingFrame:
    """Shown until Textual takes the screen: `hand_over` just before it starts, `given_back` once it
    has left, and `leave` if it never got that far (then the frame leaves the screen itself: a
    Ctrl+C can come after `hand_over` and before Textual's driver is up; once Textual has given
    the screen back, `leave` does nothing)."""

    def __init__(self, fd: int | None, keys_fd: int | None = None, keys_before: list | None = None) -> None:
        self.fd = fd
        self._keys_fd = keys_fd
        self._keys_before = keys_before

    @property
    def shown(self) -> bool:
        return self.fd is not None

    def hand_over(self) -> None:
        """The keyboard as it was, with what was typed meanwhile thrown away; the screen stays for Textual."""
        self._restore_keyboard()

    def given_back(self) -> None:
        """Textual ran and left the alternate screen itself: nothing is left to undo."""
        self.fd = None

    def leave(self) -> None:
        self._restore_keyboard()
        if self.fd is not None:
            _write(self.fd, LEAVE)
            self.fd = None

    def _restore_keyboard(self) -> None:
        if self._keys_fd is not None and self._keys_before is not None:
            import termios

            try:
                termios.tcsetattr(self._keys_fd, termios.TCSAFLUSH, self._keys_before)
            except termios.error:
                pass
            self._keys_fd = self._keys_before = None


def frame_text(title: str | None, width: int) -> str:
    """Where Textual will put them: the title on the top line, the waiting words below it."""
    # The title comes from the transcript: never let it send the terminal a control sequence.
    title = "".join(ch for ch in (title or "") if ch.isprintable()).strip() or "accessible-statement"
    if len(title) > width - 2:
        title = title[: max(width - 5, 1)] + "..."
    waiting = WAITING if len(WAITING) <= width - 2 else WAITING_SHORT
    return ENTER + "\r\n".join([f" {title}", "", f" {waiting}"])


def draw_waiting_frame(title: str | None = None, stream=None) -> WaitingFrame:
    """Draw the frame on a real terminal (POSIX, not TERM=dumb); elsewhere draw nothing."""
    stream = sys.__stderr__ if stream is None else stream
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
    if width < 10:  # a terminal that does not say its size
        width = int(os.environ["COLUMNS"]) if os.environ.get("COLUMNS", "").isdigit() else 80
    frame = WaitingFrame(fd, *_quiet_keyboard())  # quiet before drawing: a key pressed at once is not echoed onto it
    if not _write(fd, frame_text(title, width)):
        frame.hand_over()  # nothing was drawn: just the keyboard back
    return frame


def _quiet_keyboard() -> tuple[int | None, list | None]:
    """Stop the terminal echoing keys onto the frame; Ctrl+C still interrupts."""
    if not is_terminal(sys.__stdin__):
        return None, None
    import termios

    fd = sys.__stdin__.fileno()
    try:
        before = termios.tcgetattr(fd)
        quiet = termios.tcgetattr(fd)
        quiet[3] &= ~(termios.ECHO | termios.ICANON)  # lflag
        termios.tcsetattr(fd, termios.TCSANOW, quiet)
    except termios.error:
        return None, None
    return fd, before


def is_terminal(stream) -> bool:
    """isatty for a stream that may be None or closed (pythonw, a closed descriptor)."""
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, OSError, ValueError):
        return False


def _write(fd: int, text: str) -> bool:
    try:
        os.write(fd, text.encode("utf-8", "replace"))
    except OSError:
        return False
    return True
