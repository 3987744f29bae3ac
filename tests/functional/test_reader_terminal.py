"""The reader started as a user starts it, in a real pseudo-terminal: its waiting frame comes before
Textual's, Textual takes the screen over, and the screen is given back however it ends."""

import fcntl
import os
import pty
import select
import signal
import struct
import sys
import termios
import time

import pytest

from accessible_statement.render.reader_view import ReaderDoc
from accessible_statement.tui.waiting_frame import ENTER, LEAVE, WAITING, draw_waiting_frame
from support.common import BUNDLED, FIXTURES, ROOT, ctrl_c_as_at_a_terminal, run_cli

TEXTUAL_STARTS = b"\x1b[?1000h"  # Textual turns on mouse reporting as its driver starts
SLOW_TEXTUAL = ROOT / "tests" / "support" / "slow_textual"  # its sitecustomize holds Textual's import on request
DEADLINE = 120  # seconds: generous, for a busy machine; a passing test never waits for it


def start(args, cache, cols=100, rows=30, term="xterm-256color", shell=False, hold=None):
    """Start the program in a new pseudo-terminal. With HOLD (a folder), its Textual import waits
    in the middle for `release` (see tests/support/slow_textual/sitecustomize.py)."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "TERM": term, "PYTHONPATH": str(ROOT / "src")}
    env.pop("NO_COLOR", None)
    env.pop("ACCESSIBLE_STATEMENT_TEST_HOLD", None)
    if hold is not None:
        hold.mkdir(exist_ok=True)
        env["ACCESSIBLE_STATEMENT_TEST_HOLD"] = str(hold)
        env["PYTHONPATH"] = os.pathsep.join([str(SLOW_TEXTUAL), env["PYTHONPATH"]])
    pid, fd = pty.fork()
    if pid == 0:  # the child: never return into pytest
        try:
            fcntl.ioctl(1, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
            ctrl_c_as_at_a_terminal()
            command = [sys.executable, "-m", "accessible_statement", *map(str, args)]
            if shell:  # a pipeline, as typed at a shell prompt
                command = ["/bin/sh", "-c", " ".join(command)]
            os.execve(command[0], command, env)
        finally:
            os._exit(127)
    return pid, fd


def read_until(fd, seen, done, timeout=DEADLINE):
    end = time.monotonic() + timeout
    while not done(seen) and time.monotonic() < end:
        if select.select([fd], [], [], 0.05)[0]:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    return seen


def wait_exit(pid, fd, seen, timeout=DEADLINE):
    """Read what comes until the program exits: its exit code (None if it had to be killed) and all it drew."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        seen = read_until(fd, seen, lambda s: False, timeout=0.1)
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status), seen
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    return None, seen


def finish(pid, fd, seen, timeout=DEADLINE):
    code, seen = wait_exit(pid, fd, seen, timeout)
    os.close(fd)
    return code, seen


def wait_until_textual_loads(fd, seen, hold, timeout=DEADLINE):
    """Read what the program draws until it is inside its Textual import (held there by `start`'s HOLD):
    by then the waiting frame is on the screen and the program is past drawing it."""
    end = time.monotonic() + timeout
    while not (hold / "loading").exists() and time.monotonic() < end:
        seen = read_until(fd, seen, lambda s: False, timeout=0.02)
    assert (hold / "loading").exists(), f"the program never started importing Textual: {seen[-500:]!r}"
    return seen


def release(hold, typed=0):
    """Let the held Textual import go on, once TYPED bytes sent to the terminal are in the program's keyboard queue."""
    (hold / "go.tmp").write_text(str(typed))
    (hold / "go.tmp").rename(hold / "go")


def test_the_waiting_frame_comes_first_then_textual_takes_over_and_gives_the_screen_back(tmp_path):
    for run in ("empty cache", "from the cache"):
        pid, fd = start(["read", BUNDLED], tmp_path)
        seen = read_until(fd, b"", lambda s: b"Content note" in s)
        assert b"Content note" in seen, seen[-500:]
        os.write(fd, b"q")
        code, seen = finish(pid, fd, seen)
        assert code == 0
        frame_at = seen.index(WAITING.encode())
        assert seen.startswith(ENTER.encode()), "the waiting frame is the first thing drawn"
        assert frame_at < seen.index(TEXTUAL_STARTS), "it is drawn before Textual starts"
        if run == "from the cache":  # the statement's own title is known before Textual loads
            title = ReaderDoc.from_json(next((tmp_path / "accessible-statement").rglob("*.json")).read_text()).title
            assert seen[len(ENTER):frame_at].decode().strip().startswith(title[:40])
        assert seen.rindex(LEAVE.encode()) > seen.rindex(b"Content note"), "the terminal is given back at the end"


def test_ctrl_c_while_textual_loads_gives_the_screen_back(tmp_path):
    # Not just "once the frame is drawn": a Ctrl+C then may land while the program is still inside
    # draw_waiting_frame, or after Textual has the screen. Held in the Textual import, it is neither.
    hold = tmp_path / "hold"
    pid, fd = start(["read", BUNDLED], tmp_path, hold=hold)
    seen = wait_until_textual_loads(fd, b"", hold)
    seen = read_until(fd, seen, lambda s: WAITING.encode() in s)
    assert WAITING.encode() in seen, "the waiting frame is drawn before Textual is imported"
    assert TEXTUAL_STARTS not in seen, "Textual is still loading"
    os.kill(pid, signal.SIGINT)
    code, seen = finish(pid, fd, seen)
    assert code == 130
    assert seen.index(LEAVE.encode()) > seen.index(WAITING.encode())
    assert b"accessible-statement: stopped" in seen and b"Traceback" not in seen


def test_ctrl_c_the_moment_the_frame_shows_gives_the_screen_back(tmp_path):
    """With no hold: a Ctrl+C as soon as the frame is seen may arrive while the frame is still being
    written (it used to escape the code that gives the screen back: 13 of 25 runs). Ctrl+C now
    waits until the frame is drawn, so every run ends on the normal screen."""
    for run in range(3):
        pid, fd = start(["read", BUNDLED], tmp_path)
        seen = read_until(fd, b"", lambda s: ENTER.encode() in s)
        os.kill(pid, signal.SIGINT)
        code, seen = finish(pid, fd, seen)
        assert code == 130, (run, seen[-300:])
        assert seen.rindex(LEAVE.encode()) > seen.index(ENTER.encode()), (run, seen[-300:])
        assert b"Traceback" not in seen


def test_a_bad_file_in_a_terminal_draws_nothing(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    pid, fd = start(["read", bad], tmp_path)
    code, seen = finish(pid, fd, b"")
    assert code == 2
    assert ENTER.encode() not in seen and WAITING.encode() not in seen
    assert seen.decode().strip().endswith("file is empty") and seen.count(b"\n") == 1


def test_keys_typed_while_it_waits_are_not_echoed_nor_acted_on_and_the_keyboard_is_given_back(tmp_path):
    no_note = FIXTURES / "budget-speech.srt"  # no content note: keys would act on the parts at once
    hold = tmp_path / "hold"
    pid, fd = start(["read", no_note], tmp_path, hold=hold)
    seen = wait_until_textual_loads(fd, b"", hold)  # typed for certain while it waits, not once Textual has the keys
    seen = read_until(fd, seen, lambda s: WAITING.encode() in s)
    assert WAITING.encode() in seen and TEXTUAL_STARTS not in seen
    os.write(fd, b"jjj")
    release(hold, typed=3)
    seen = read_until(fd, seen, lambda s: b"Part 1 of" in s)
    seen = read_until(fd, seen, lambda s: False, timeout=1.0)  # time for any early key to act
    assert b"Part 1 of" in seen and b"Part 2 of" not in seen and b"Part 3 of" not in seen, "early keys moved the reader"
    assert b"jjj" not in seen and b"ready...j" not in seen, "early keys were echoed onto the frame"
    os.write(fd, b"j")  # once the statement is shown, keys act
    seen = read_until(fd, seen, lambda s: b"Part 2 of" in s)
    assert b"Part 2 of" in seen
    os.write(fd, b"q")
    code, seen = wait_exit(pid, fd, seen)
    lflag = termios.tcgetattr(fd)[3]  # the terminal as the program left it
    os.close(fd)
    assert code == 0 and lflag & termios.ECHO and lflag & termios.ICANON, "typed keys echo again after leaving"


def test_ctrl_c_in_the_reader_leaves_it(tmp_path):
    pid, fd = start(["read", BUNDLED], tmp_path)
    seen = read_until(fd, b"", lambda s: b"Content note" in s)
    os.write(fd, b"\x03")  # in raw mode Ctrl+C is a key, not a signal
    code, seen = finish(pid, fd, seen)
    assert code == 0 and seen.rindex(LEAVE.encode()) > seen.rindex(b"Content note")


def test_the_reader_says_what_it_needs_without_a_terminal(tmp_path):
    r = run_cli("read", BUNDLED)  # no terminal at all
    assert r.returncode == 2 and r.stdout == b""
    assert r.stderr.decode().splitlines() == [
        "accessible-statement: error: the reader needs a terminal: its keys come from standard input, which is not one here; "
        "'accessible-statement easy-read' prints the text and 'say' reads it aloud"
    ]
    out = tmp_path / "out.txt"
    pid, fd = start(["read", BUNDLED, ">", out], tmp_path, shell=True)  # output to a file: Textual would guess the size
    code, seen = finish(pid, fd, b"")
    assert code == 2 and ENTER.encode() not in seen and b"standard output is not one here" in seen
    assert out.read_bytes() == b""
    pid, fd = start(["read", BUNDLED], tmp_path, term="dumb")
    code, seen = finish(pid, fd, b"")
    assert code == 2 and ENTER.encode() not in seen
    assert b"needs a full-screen terminal, and TERM is 'dumb'" in seen and seen.count(b"\n") == 1


@pytest.mark.parametrize("term", ["dumb", ""])
def test_no_waiting_frame_where_the_terminal_cannot_take_it(term, monkeypatch):
    pid, fd = pty.openpty()
    try:
        with os.fdopen(fd, "w", closefd=False) as out:
            monkeypatch.setenv("TERM", term)
            assert not draw_waiting_frame("Title", out).shown
            monkeypatch.setenv("TERM", "xterm")
            frame = draw_waiting_frame("Title", out)
            assert frame.shown
            frame.leave()
            frame.leave()  # twice is harmless: the screen is left once
        written = read_until(pid, b"", lambda s: LEAVE.encode() in s, timeout=5)
        assert written.count(ENTER.encode()) == 1 and written.count(LEAVE.encode()) == 1
        assert b" Title\r" in written and WAITING.encode() in written
    finally:
        os.close(pid)
        os.close(fd)


def test_a_title_cannot_send_the_terminal_control_sequences():
    from accessible_statement.tui.waiting_frame import frame_text

    text = frame_text("Statement\x1b]0;owned\x07\x1b[2J on\x9b1m housing\r\n", 80)
    body = text[len(ENTER):]
    assert not any(ch in body for ch in "\x1b\x07\x9b") and body.startswith(" Statement]0;owned[2J on1m housing\r\n")
    assert frame_text("x" * 200, 40)[len(ENTER):].split("\r\n")[0] == " " + "x" * 35 + "..."
    assert frame_text("\x1b\x07", 80)[len(ENTER):].split("\r\n")[0] == " accessible-statement"


def test_no_waiting_frame_when_output_is_not_a_terminal(tmp_path):
    with open(tmp_path / "out.txt", "w") as out:
        assert not draw_waiting_frame("Title", out).shown
    assert (tmp_path / "out.txt").read_bytes() == b""
