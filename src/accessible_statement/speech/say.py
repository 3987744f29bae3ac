"""`say` and `audio` in the terminal: the sentence being spoken on screen, progress on stderr, Ctrl+C stops at once."""

from __future__ import annotations

import queue
import sys
from typing import Callable

from accessible_statement.document.easy_read import EasyRead
from accessible_statement.errors import SpeechUnavailable
from accessible_statement.speech.script import listening_tracks, section_track
from accessible_statement.speech.speaker import Speaker, SpeechEvent


def say_aloud(doc: EasyRead, *, section: int | None, voice: str | None, rate: int, original: bool) -> int:
    tracks = [section_track(doc, section, original)] if section is not None else listening_tracks(doc, original)
    items = [u for t in tracks for u in t.utterances]
    headings = {sum(len(t.utterances) for t in tracks[:n]) for n in range(1, len(tracks))}
    events: queue.Queue[SpeechEvent] = queue.Queue()
    speaker = Speaker(events.put, voice=voice, rate=rate)
    try:
        speaker.check()
        speaker.speak(items)
        while True:
            try:
                event = events.get(timeout=0.1)  # a short wait keeps Ctrl+C prompt on every platform
            except queue.Empty:
                continue
            if event.kind == "sentence":
                if event.index in headings:
                    print(flush=True)
                print(event.text, flush=True)
            elif event.kind == "error":
                raise SpeechUnavailable(event.message)
            elif event.kind in ("finished", "stopped"):
                return 0
    finally:
        speaker.close()  # on Ctrl+C too: the player is killed before the program ends


def progress_printer() -> Callable[[int, int, str], None]:
    live = sys.stderr.isatty()

    def show(done: int, total: int, title: str) -> None:
        line = f"Making audio: track {done} of {total}: {title}"
        if live:
            sys.stderr.write("\r\033[K" + line[:200] + ("\n" if done == total else ""))
        else:
            sys.stderr.write(line + "\n")
        sys.stderr.flush()

    return show
