"""A slow machine on demand, for the reader's pty tests (tests/functional/test_reader_terminal.py).

Python imports `sitecustomize` at start-up from the first folder on its path that has one; the
tests put this folder first on PYTHONPATH only for the program they start. With
ACCESSIBLE_STATEMENT_TEST_HOLD set to a folder, the first `import textual` (the reader's slow
step, after the waiting frame is drawn) writes `loading` in that folder and then waits until the
test writes `go` there: the test can act "while Textual loads" for certain, not by luck of timing.
If `go` holds a number N, it also waits until N typed bytes are in the keyboard's queue, so that
keys the test typed are there before the reader takes the keyboard over (ten seconds at most).

Ctrl+C while it waits stops the import as it would stop the real one (KeyboardInterrupt). It
never waits more than two minutes, and does nothing at all without the variable.
"""

import os
import sys

_HOLD = os.environ.get("ACCESSIBLE_STATEMENT_TEST_HOLD")


class _HoldTextual:
    def find_spec(self, name, path=None, target=None):
        if name != "textual":
            return None
        sys.meta_path.remove(self)  # once
        import time

        deadline = time.monotonic() + 120
        with open(os.path.join(_HOLD, "loading"), "w"):
            pass
        go = os.path.join(_HOLD, "go")
        while not os.path.exists(go) and time.monotonic() < deadline:
            time.sleep(0.01)
        try:
            with open(go) as f:
                typed = int(f.read().strip() or 0)
        except (OSError, ValueError):
            typed = 0
        keys_deadline = min(deadline, time.monotonic() + 10)  # a line-buffered keyboard never shows them
        while typed and _queued_keys() < typed and time.monotonic() < keys_deadline:
            time.sleep(0.01)
        return None  # now find Textual as usual


def _queued_keys():
    import array
    import fcntl
    import termios

    n = array.array("i", [0])
    try:
        fcntl.ioctl(0, termios.FIONREAD, n)
    except OSError:
        return 0
    return n[0]


if _HOLD:
    sys.meta_path.insert(0, _HoldTextual())
