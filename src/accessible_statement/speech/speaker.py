"""Reading aloud that never blocks its caller: one object for `say` and the reader.

Each reading runs on its own thread: render a sentence (about 20 ms), play it in a child process,
and send word events when each word is heard (from espeak's audio positions, against the clock
since the player started). Every control call (stop, pause, next, previous) only sets a flag and
kills the player, so it returns at once and the sound stops with the process. Nothing is printed:
the caller gets events.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Sequence

from accessible_statement.speech.player import Playback, find_player
from accessible_statement.errors import BadInput, SpeechUnavailable
from accessible_statement.speech.script import DEFAULT_RATE, Utterance, clamp_rate
from accessible_statement.speech.synthesizer import Synthesizer, Voice, WordMark, shared_synthesizer

POLL = 0.02  # seconds between checks of the player while nothing else is due


@dataclass(frozen=True)
class SpeechEvent:
    kind: str  # "sentence", "word", "paused", "finished", "stopped", "error"
    session: int
    index: int = -1  # which sentence of the list
    start: int = 0  # word events: where the word is in the sentence's shown text
    length: int = 0
    text: str = ""
    message: str = ""


class _Session:
    def __init__(self, number: int, items: list[Utterance], start: int) -> None:
        self.number = number
        self.items = items
        self.index = start
        self.wake = threading.Event()
        self.command: str | None = None
        self.playback: Playback | None = None
        self.paused = False
        self.thread: threading.Thread | None = None
        self.lock = threading.Lock()

    def send(self, command: str) -> None:
        with self.lock:
            if self.command != "stop":  # stop wins over anything sent after it
                self.command = command
            playback = self.playback
        if playback is not None and command in ("stop", "pause", "next", "previous"):
            playback.stop()
        self.wake.set()

    def take(self) -> str | None:
        with self.lock:
            command, self.command = self.command, (None if self.command != "stop" else "stop")
            self.wake.clear()
            return command


class Speaker:
    def __init__(
        self,
        on_event: Callable[[SpeechEvent], None],
        *,
        voice: str | None = None,
        rate: int = DEFAULT_RATE,
        synthesizer: Synthesizer | None = None,
        player: list[str] | None = None,
    ) -> None:
        self._on_event = on_event
        self._synth = synthesizer or shared_synthesizer()
        self._player = player
        self.voice = voice
        self.rate = rate
        self._session: _Session | None = None
        self._count = 0
        self._lock = threading.Lock()
        self._folder = Path(tempfile.mkdtemp(prefix="accessible-statement-play-"))

    # -- settings ------------------------------------------------------------------------
    def check(self) -> None:
        """Raise SpeechUnavailable (what to install) or UnknownVoice now, rather than mid-reading."""
        self._synth.start()
        if self.voice:
            self._synth.resolve_voice(self.voice)
        if self._player is None:
            self._player = find_player()

    def voices(self) -> list[Voice]:
        return self._synth.voices()

    def set_voice(self, voice: str) -> Voice:
        found = self._synth.resolve_voice(voice)
        self.voice = found.id
        return found

    def set_rate(self, wpm: int) -> int:
        self.rate = clamp_rate(wpm)
        return self.rate

    # -- reading -------------------------------------------------------------------------
    @property
    def speaking(self) -> bool:
        s = self._session
        return s is not None and s.thread is not None and s.thread.is_alive()

    @property
    def paused(self) -> bool:
        s = self._session
        return self.speaking and s is not None and s.paused

    def speak(self, items: Sequence[str | Utterance], start: int = 0) -> int:
        """Start reading ITEMS from START; returns the session number its events carry."""
        utterances = [u if isinstance(u, Utterance) else Utterance(u) for u in items]
        with self._lock:
            self._stop_locked()
            self._count += 1
            session = _Session(self._count, utterances, max(0, min(start, len(utterances))))
            session.thread = threading.Thread(target=self._run, args=(session,), name=f"speech-{session.number}", daemon=True)
            self._session = session
            session.thread.start()
            return session.number

    def stop(self) -> None:
        with self._lock:
            self._stop_locked()

    def _stop_locked(self) -> None:
        self._send("stop")

    def _send(self, command: str) -> None:
        if self._session is not None:
            self._session.send(command)

    def pause(self) -> None:
        self._send("pause")

    def resume(self) -> None:
        self._send("resume")

    def toggle_pause(self) -> None:
        self.resume() if self.paused else self.pause()

    def next(self) -> None:
        self._send("next")

    def previous(self) -> None:
        self._send("previous")

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the current reading ends (for the command line); True if it has."""
        s = self._session
        if s is None or s.thread is None:
            return True
        s.thread.join(timeout)
        return not s.thread.is_alive()

    def close(self) -> None:
        self.stop()
        self.wait(2)
        shutil.rmtree(self._folder, ignore_errors=True)

    # -- the reading thread -------------------------------------------------------------
    def _emit(self, session: _Session, kind: str, **fields) -> None:
        try:
            self._on_event(SpeechEvent(kind, session.number, **fields))
        except Exception:  # a listener's bug must not kill the reading thread
            pass

    def _run(self, s: _Session) -> None:
        try:
            ended = self._read(s)
            self._emit(s, "finished" if ended else "stopped", index=s.index)
        except (SpeechUnavailable, BadInput) as exc:
            self._emit(s, "error", index=s.index, message=str(exc))
        except Exception as exc:  # reported, never printed: the screen may be a full-screen UI
            self._emit(s, "error", index=s.index, message=f"speech failed: {type(exc).__name__}: {exc}")
        finally:
            if s.playback is not None:
                s.playback.close()

    def _read(self, s: _Session) -> bool:
        """Read until the end (True) or until stopped (False)."""
        if self._player is None:
            self._player = find_player()
        offset = 0  # ms into the sentence: after a pause it goes on from the word it stopped in
        while 0 <= s.index < len(s.items):
            if s.command == "stop":
                return False
            item = s.items[s.index]
            clip = self._synth.render(item.spoken, self.voice, self.rate)
            pcm = clip.pcm.after(offset)
            marks = [replace(m, ms=m.ms - offset) for m in shown_marks(item.text, item.spoken, clip.words) if m.ms >= offset]
            path = self._folder / f"{s.number}-{s.index}.wav"
            path.write_bytes(pcm.to_wav())
            with s.lock:
                if s.command == "stop":
                    return False
                s.playback = Playback(self._player, path, pcm.seconds)
            s.paused = False
            self._emit(s, "sentence", index=s.index, text=item.text)
            outcome, heard = self._follow(s, s.playback, marks)
            s.playback.close()
            path.unlink(missing_ok=True)
            said_all = outcome == "ended"
            if said_all:
                outcome = self._gap(s, item.pause_after_ms)
            if outcome == "pause":
                outcome = self._paused(s)
            if outcome == "stop":
                return False
            if outcome == "resume" and said_all:  # paused in the gap after it: go on with the next one
                outcome = "next"
            offset = offset + heard if outcome == "resume" else 0
            if outcome == "previous":
                s.index = max(0, s.index - 1)
            elif outcome in ("next", "ended"):
                s.index += 1
        return True

    def _follow(self, s: _Session, playback: Playback, marks: list[WordMark]) -> tuple[str, int]:
        """How the clip ended, and where in it (ms) the word being spoken then began."""
        started = time.monotonic()
        k = 0
        text = s.items[s.index].text
        while True:
            now = time.monotonic()
            while k < len(marks) and started + marks[k].ms / 1000 <= now:
                m = marks[k]
                self._emit(s, "word", index=s.index, start=m.start, length=m.length, text=text[m.start : m.start + m.length])
                k += 1
            if playback.wait(0):
                problem = playback.error()
                if problem and s.command is None:
                    raise SpeechUnavailable(problem)
                return s.take() or "ended", 0
            due = started + marks[k].ms / 1000 - now if k < len(marks) else POLL
            if s.wake.wait(max(0.0, min(due, POLL))):
                command = s.take()
                if command in ("stop", "pause", "next", "previous"):
                    playback.stop()
                    return command, marks[k - 1].ms if k else 0

    def _gap(self, s: _Session, ms: int) -> str:
        if s.wake.wait(ms / 1000):
            return s.take() or "ended"
        return "ended"

    def _paused(self, s: _Session) -> str:
        s.paused = True
        self._emit(s, "paused", index=s.index, text=s.items[s.index].text)
        while True:
            s.wake.wait()
            command = s.take()
            if command in ("resume", "stop", "next", "previous"):
                s.paused = False
                return command


def shown_marks(shown: str, spoken: str, marks: Sequence[WordMark]) -> list[WordMark]:
    """Word positions in the shown text: the same when nothing was respelled, else by word order."""
    if shown == spoken:
        return list(marks)
    shown_words = [(m.start(), len(m.group())) for m in re.finditer(r"\S+", shown)]
    spoken_starts = [m.start() for m in re.finditer(r"\S+", spoken)]
    if not shown_words or not spoken_starts:
        return []
    out: list[WordMark] = []
    for mark in marks:
        position = sum(1 for st in spoken_starts if st <= mark.start) - 1
        k = min(len(shown_words) - 1, max(0, position * len(shown_words) // len(spoken_starts)))
        if out and out[-1].start == shown_words[k][0]:
            continue
        out.append(WordMark(shown_words[k][0], shown_words[k][1], mark.ms))
    return out

