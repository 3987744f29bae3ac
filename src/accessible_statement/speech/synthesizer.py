"""Text to audio through pyttsx3, with word timings, on one thread that owns the engine.

Why it looks like this (measured on Linux with espeak-ng): espeak-ng initialises once per process and is
not safe across threads; `say()` plays through `aplay` via a shell and prints its errors; the first
`runAndWait()` can return before the file is written; queued saves overwrite each other; long texts
crash. So every request goes to one worker thread, renders one sentence to a private WAV file,
starts espeak's synthesis itself and waits for its end-of-message event, and reads the samples back. Word positions come from
espeak's own events (`audio_position`), which pyttsx3 drops, so the synth callback is wrapped.
"""

from __future__ import annotations

import atexit
import difflib
import re
import shutil
import sys
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from accessible_statement.errors import BadInput, SpeechUnavailable
from accessible_statement.speech.espeak_setup import INSTALL_HINT, prepare_espeak
from accessible_statement.speech.script import DEFAULT_RATE, DEFAULT_VOICE, clamp_rate
from accessible_statement.speech.wav import Pcm, read_wav, silence

MAX_CHUNK = 1000  # characters per synthesis call: very long texts crash pyttsx3's espeak driver


@dataclass(frozen=True)
class Voice:
    id: str
    name: str
    language: str


@dataclass(frozen=True)
class WordMark:
    start: int  # character offset in the text
    length: int
    ms: int  # when the word starts in the clip's audio


@dataclass(frozen=True)
class Clip:
    text: str
    pcm: Pcm
    words: tuple[WordMark, ...]


class UnknownVoice(BadInput):
    pass


class Synthesizer:
    """Thread-safe front for a single pyttsx3 engine; every call runs on the engine's own thread."""

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="speech-engine")
        self._engine = None
        self._espeak = None  # pyttsx3's ctypes binding, when the espeak driver is in use
        self._driver = None
        self._serial = 0
        self._done = threading.Event()
        self._marks: list[tuple[int, int, int]] = []
        self._voice: str | None = None
        self._voices: list[Voice] | None = None
        self._folder = Path(tempfile.mkdtemp(prefix="accessible-statement-speech-"))

    # -- public, any thread -------------------------------------------------------------
    def start(self) -> None:
        """Load the engine now (it takes a moment the first time), raising SpeechUnavailable if it cannot."""
        self._pool.submit(self._ensure).result()

    def voices(self) -> list[Voice]:
        return self._pool.submit(self._list_voices).result()

    def resolve_voice(self, wanted: str) -> Voice:
        return match_voice(wanted, self.voices())

    def render(self, text: str, voice: str | None = None, rate: int = DEFAULT_RATE) -> Clip:
        return self._pool.submit(self._render, text, voice, rate).result()

    # -- engine thread only -------------------------------------------------------------
    def _ensure(self):
        if self._engine is not None:
            return self._engine
        prepare_espeak()
        try:
            import pyttsx3

            engine = pyttsx3.init()
        except Exception as exc:  # pyttsx3 raises RuntimeError, OSError or ImportError for a missing library
            raise SpeechUnavailable(f"speech is not available: no speech engine was found ({type(exc).__name__}); {INSTALL_HINT}") from None
        driver = getattr(getattr(engine, "proxy", None), "_driver", None)
        if type(driver).__module__.endswith(".espeak"):
            self._hook_espeak(driver)
        else:
            engine.connect("finished-utterance", lambda name, completed: self._done.set())
        self._engine = engine
        return engine

    def _hook_espeak(self, driver) -> None:
        import pyttsx3.drivers.espeak as espeak_driver
        from pyttsx3.drivers import _espeak

        espeak_driver.print = lambda *args, **kwargs: None  # "Audio saved to ..." must not reach the terminal
        on_synth = driver._onSynth
        marks, done = self._marks, self._done

        def on_synth_with_positions(wav, numsamples, events):
            i, ended = 0, False
            while events[i].type != _espeak.EVENT_LIST_TERMINATED:
                ev = events[i]
                if ev.type == _espeak.EVENT_WORD:
                    marks.append((ev.text_position - 1, ev.length, ev.audio_position))
                elif ev.type == _espeak.EVENT_MSG_TERMINATED:
                    ended = True
                i += 1
            result = on_synth(wav, numsamples, events)  # writes the WAV file at the end of the message
            if ended:
                done.set()
            return result

        _espeak.SetSynthCallback(on_synth_with_positions)
        self._espeak = _espeak
        self._driver = driver

    def _list_voices(self) -> list[Voice]:
        if self._voices is None:
            engine = self._ensure()
            found = []
            for v in engine.getProperty("voices"):
                langs = [l.decode() if isinstance(l, bytes) else str(l) for l in (getattr(v, "languages", None) or [])]
                found.append(Voice(str(v.id), str(v.name or v.id), langs[0] if langs else ""))
            self._voices = sorted(found, key=lambda v: v.id)
        return self._voices

    def _set_voice(self, engine, voice: str | None) -> None:
        wanted = voice or DEFAULT_VOICE
        if wanted == self._voice:
            return
        resolved = match_voice(wanted, self._list_voices())
        self._set_property(engine, "voice", resolved.id)
        if self._espeak is not None:
            current = self._driver.getProperty("voice")
            if str(current).lower() != resolved.id.lower():
                raise UnknownVoice(f"the speech engine would not switch to voice '{wanted}'")
        self._voice = wanted

    def _set_property(self, engine, name: str, value) -> None:
        # pyttsx3 queues engine.setProperty until the next runAndWait, and a runAndWait with
        # nothing to say never returns; the espeak driver's own setter acts at once.
        if self._espeak is not None:
            self._driver.setProperty(name, value)
        else:
            engine.setProperty(name, value)

    def _render(self, text: str, voice: str | None, rate: int) -> Clip:
        engine = self._ensure()
        self._set_voice(engine, voice)
        self._set_property(engine, "rate", clamp_rate(rate))
        frames: list[bytes] = []
        words: list[WordMark] = []
        offset_ms = 0
        rate_hz = 22050
        for start, chunk in _chunks(text):
            pcm, marks = self._render_chunk(engine, chunk)
            rate_hz = pcm.rate
            words += [WordMark(start + s, n, offset_ms + ms) for s, n, ms in marks]
            frames.append(pcm.frames)
            offset_ms += round(pcm.seconds * 1000)
        if not self._espeak:
            words = _estimated_marks(text, sum(len(f) for f in frames) / (2 * rate_hz))
        return Clip(text, Pcm(b"".join(frames), rate_hz), tuple(words))

    def _render_chunk(self, engine, text: str) -> tuple[Pcm, list[tuple[int, int, int]]]:
        self._serial += 1
        path = self._folder / f"clip-{self._serial}.wav"
        self._done.clear()
        self._marks.clear()
        if self._espeak is not None:
            # espeak-ng synthesises on its own thread (AUDIO_OUTPUT_RETRIEVAL), and pyttsx3's
            # runAndWait can cancel a synthesis still under way; start it directly and wait
            # for its end-of-message event, seen by our own callback.
            self._driver.save_to_file(text, str(path))
            self._driver._start_synthesis(text)
        else:
            engine.save_to_file(text, str(path))
            engine.runAndWait()
        if not self._done.wait(timeout=15 + len(text) / 20):
            raise SpeechUnavailable("speech is not available: the speech engine stopped answering")
        if not path.exists():
            return Pcm(silence(0)), []
        pcm = read_wav(path)
        path.unlink()
        return pcm, sorted(set(self._marks))


def match_voice(wanted: str, voices: list[Voice]) -> Voice:
    """An id, a name or a language code; an unknown voice is an error, never a silent fallback."""
    key = wanted.strip().lower()
    for field in ("id", "name", "language"):
        for v in voices:
            if getattr(v, field).lower() == key:
                return v
    for v in voices:  # "en-us" also finds "gmw/en-us"
        if v.id.lower().rsplit("/", 1)[-1] == key:
            return v
    near = difflib.get_close_matches(key, [v.id for v in voices] + [v.name.lower() for v in voices], n=3, cutoff=0.6)
    hint = f" Did you mean {', '.join(near)}?" if near else ""
    raise UnknownVoice(f"unknown voice '{wanted}'.{hint} Run 'accessible-statement voices' to see them all")


def _chunks(text: str) -> list[tuple[int, str]]:
    """Pieces of at most MAX_CHUNK characters, cut after a comma or a space, with their offsets."""
    out: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > MAX_CHUNK:
        window = text[start : start + MAX_CHUNK]
        cut = max(window.rfind(", "), window.rfind("; "))
        cut = cut + 1 if cut > MAX_CHUNK // 2 else window.rfind(" ")
        cut = cut if cut > 0 else MAX_CHUNK
        out.append((start, text[start : start + cut]))
        start += cut
    out.append((start, text[start:]))
    return [(s, c) for s, c in out if c.strip()]


def _estimated_marks(text: str, seconds: float) -> list[WordMark]:
    """Drivers without word positions: spread the words over the clip by their length."""
    spans = [(m.start(), len(m.group())) for m in re.finditer(r"\S+", text)]
    total = sum(n + 1 for _, n in spans) or 1
    out, elapsed = [], 0
    for start, n in spans:
        out.append(WordMark(start, n, round(1000 * seconds * elapsed / total)))
        elapsed += n + 1
    return out


_shared: Synthesizer | None = None
_shared_lock = threading.Lock()


def shared_synthesizer() -> Synthesizer:
    """The one engine of this process (espeak-ng cannot be initialised twice)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Synthesizer()
        return _shared


def _cleanup() -> None:
    if _shared is not None:
        shutil.rmtree(_shared._folder, ignore_errors=True)
    driver_module = sys.modules.get("pyttsx3.driver")
    if driver_module is not None:
        # pyttsx3's DriverProxy.__del__ runs during interpreter teardown, after the modules it
        # needs are gone, and prints "Exception ignored ..." to the terminal. The process is
        # ending; espeak needs no goodbye.
        driver_module.DriverProxy.__del__ = lambda self: None


atexit.register(_cleanup)
