"""The reader's time to its first frame and to the statement being on screen, in a real pseudo-terminal.

Starts `accessible-statement read` as a user would, reads what it draws, and notes when the first
frame arrives ("Getting the statement ready...", drawn before Textual is imported), when Textual's
own first frame arrives (the same words again in its layout, or the statement itself when it
comes from the cache) and when the statement is shown (its
content note, or its first part). Cold: an empty cache, so the document is built (NLTK and the whole
pipeline); warm: the document comes from the cache. Medians of several runs. The floor for
Textual's frame is a bare Textual app that draws the same words, started the same way.
Run: .venv/bin/python benchmarks/bench_reader.py [--runs N]
"""

from __future__ import annotations

import os
import pty
import select
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_clean import runs_argument  # noqa: E402

FIRST = b"Getting the statement ready"
READY = (b"Content note", b"Part 1 of")


# The floor: the smallest Textual app that draws the same first words, started the same way.
BASELINE = """
from textual.app import App
from textual.widgets import Static
class Minimal(App):
    def compose(self):
        yield Static("Getting the statement ready... Part 1 of")
    def on_key(self, event):
        self.exit()
Minimal().run()
"""


def one_run(cache: str, transcript: str | None = None, baseline: bool = False) -> tuple[float, float, float]:
    """Seconds from starting the process to: the first frame, Textual's first frame, the statement on screen."""
    if baseline:
        args = [sys.executable, "-c", BASELINE]
    else:
        args = [sys.executable, "-m", "accessible_statement", "read"] + ([transcript] if transcript else [])
    env = {**os.environ, "XDG_CACHE_HOME": cache, "TERM": "xterm-256color", "COLUMNS": "100", "LINES": "30", "PYTHONPATH": str(ROOT / "src")}
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # the child: become the program
        os.execve(args[0], args, env)
    seen = b""
    first = textual = ready = None
    frames_before_textual = 0 if baseline else 1  # the reader's waiting frame comes before Textual's
    try:
        while ready is None and time.perf_counter() - start < 60:
            r, _, _ = select.select([fd], [], [], 0.05)
            if not r:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            seen = (seen + chunk)[-200_000:]
            now = time.perf_counter() - start
            drawn = seen.count(FIRST)
            if first is None and drawn:
                first = now
            on_screen = any(mark in seen for mark in READY)
            if textual is None and (drawn > frames_before_textual or on_screen):
                textual = now  # Textual's first frame: the waiting words again, or a cached statement at once
            if textual is not None and on_screen:
                ready = now
        os.write(fd, b"q")
        deadline = time.time() + 5
        while time.time() < deadline:
            if os.waitpid(pid, os.WNOHANG)[0]:
                break
            try:
                os.read(fd, 65536)
            except OSError:
                pass
            time.sleep(0.02)
        else:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
    finally:
        os.close(fd)
    if first is None or textual is None or ready is None:
        raise RuntimeError("the reader did not draw its screens")
    return first, textual, ready


def measure(runs: int) -> dict[str, float]:
    names = ("first_frame", "textual_frame", "ready")
    runs_of: dict[str, list[float]] = {"first_frame_bare_textual": []}
    for _ in range(runs):
        runs_of["first_frame_bare_textual"].append(one_run(tempfile.gettempdir(), baseline=True)[0])
        with tempfile.TemporaryDirectory() as cache:
            for cache_state in ("cold", "warm"):  # the first run fills the cache
                for name, value in zip(names, one_run(cache)):
                    runs_of.setdefault(f"{name}_{cache_state}", []).append(value)
    return {name: statistics.median(values) for name, values in runs_of.items()}


def main() -> None:
    runs = runs_argument()
    m = measure(runs)
    print(f"reader, bundled statement, median of {runs} (from starting the process, in a pseudo-terminal):")
    print(f"  first frame (before Textual loads): {m['first_frame_cold']:.3f} s with an empty cache, {m['first_frame_warm']:.3f} s with the cache")
    print(f"  Textual's first frame: {m['textual_frame_cold']:.3f} s with an empty cache, {m['textual_frame_warm']:.3f} s with the cache; "
          f"a bare Textual app: {m['first_frame_bare_textual']:.3f} s (reader / bare = {m['textual_frame_warm'] / m['first_frame_bare_textual']:.2f})")
    print(f"  statement on screen: {m['ready_cold']:.3f} s with an empty cache (built), {m['ready_warm']:.3f} s from the cache")


if __name__ == "__main__":
    main()
