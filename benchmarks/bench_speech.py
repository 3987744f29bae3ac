"""Speech: time to first sound, stop latency, word-event timing and audio export speed.

There is no sound card here, so "sound" is the player process starting; the player is
tests/support/fake_player.py, which plays by waiting as long as the audio lasts. Times are medians.
Run: .venv/bin/python benchmarks/bench_speech.py [--runs N]
"""

from __future__ import annotations

import json
import os
import queue
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_clean import runs_argument  # noqa: E402

PLAYER = [sys.executable, str(ROOT / "tests" / "support" / "fake_player.py")]
LONG = "The government will act on all twelve recommendations, and the police will lead a new national operation."

_FIRST_SOUND = r"""
import json, queue, sys, time
t0 = time.perf_counter()
from accessible_statement.speech.speaker import Speaker
events = queue.Queue()
sp = Speaker(events.put, player=json.loads(sys.argv[1]))
sp.speak([sys.argv[2]])
while events.get().kind != "sentence":
    pass
print(time.perf_counter() - t0)
sp.close()
"""


def first_sound(runs: int) -> tuple[float, float]:
    """Cold (a new process: import, engine start, first sentence) and warm (engine running), seconds."""
    cold = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _FIRST_SOUND, json.dumps(PLAYER), LONG], capture_output=True, text=True, check=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
        cold.append(float(out.stdout.strip()))
    from accessible_statement.speech.speaker import Speaker

    events: queue.Queue = queue.Queue()
    speaker = Speaker(events.put, player=PLAYER)
    speaker.check()
    warm = []
    for _ in range(runs):
        t0 = time.perf_counter()
        speaker.speak([LONG])
        while events.get().kind != "sentence":
            pass
        warm.append(time.perf_counter() - t0)
        speaker.stop()
        speaker.wait(5)
    speaker.close()
    return statistics.median(cold), statistics.median(warm)


def stop_latency(runs: int) -> tuple[float, float]:
    """How long stop() takes to return, and until the player process is gone (the sound has stopped)."""
    from accessible_statement.speech.speaker import Speaker

    events: queue.Queue = queue.Queue()
    speaker = Speaker(events.put, player=PLAYER)
    speaker.check()
    returns, silent = [], []
    for _ in range(runs):
        speaker.speak([LONG])
        while events.get().kind != "sentence":
            pass
        time.sleep(0.5)
        process = speaker._session.playback._process
        t0 = time.perf_counter()
        speaker.stop()
        returns.append(time.perf_counter() - t0)
        while process.poll() is None:
            time.sleep(0.0005)
        silent.append(time.perf_counter() - t0)
        speaker.wait(5)
    speaker.close()
    return statistics.median(returns), statistics.median(silent)


def word_timing(runs: int) -> float:
    """Median gap between when a word event arrives and when espeak says the word starts in the audio."""
    from accessible_statement.speech.speaker import Speaker
    from accessible_statement.speech.synthesizer import shared_synthesizer

    clip = shared_synthesizer().render(LONG)
    planned = [m.ms / 1000 for m in clip.words]
    events: queue.Queue = queue.Queue()
    speaker = Speaker(events.put, player=PLAYER)
    errors = []
    for _ in range(runs):
        speaker.speak([LONG])
        start, seen = None, []
        while True:
            event = events.get()
            now = time.perf_counter()
            if event.kind == "sentence":
                start = now
            elif event.kind == "word":
                seen.append(now - start)
            elif event.kind in ("finished", "stopped", "error"):
                break
        errors += [abs(a - b) for a, b in zip(seen, planned)]
    speaker.close()
    return statistics.median(errors)


def export_speed(runs: int) -> tuple[float, float, float]:
    """`audio` on the bundled statement as a whole process: seconds taken, seconds of audio, ratio."""
    times, audio = [], 0.0
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "audio"
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "accessible_statement", "audio", "-o", str(out)], check=True, capture_output=True, cwd=ROOT)
            times.append(time.perf_counter() - t0)
            from accessible_statement.speech.wav import read_wav

            audio = sum(read_wav(p).seconds for p in out.glob("*.wav"))
    took = statistics.median(times)
    return took, audio, audio / took


def measure(runs: int) -> dict[str, float]:
    cold, warm = first_sound(runs)
    returns, silent = stop_latency(runs)
    took, audio, ratio = export_speed(max(3, runs // 2))
    return {
        "first_sound_cold": cold,
        "first_sound_warm": warm,
        "stop_returns": returns,
        "stop_silent": silent,
        "word_event_error": word_timing(max(3, runs // 2)),
        "export_seconds": took,
        "export_audio_seconds": audio,
        "export_ratio": ratio,
    }


def main() -> None:
    runs = runs_argument()
    m = measure(runs)
    print(f"time to first sound, median of {runs}: {m['first_sound_cold'] * 1000:.0f} ms from a new process "
          f"(import, engine start, first sentence), {m['first_sound_warm'] * 1000:.0f} ms with the engine running")
    print(f"stop, median of {runs}: stop() returns in {m['stop_returns'] * 1000:.2f} ms; "
          f"the player is gone after {m['stop_silent'] * 1000:.1f} ms")
    print(f"word events: median {m['word_event_error'] * 1000:.1f} ms from the word's place in the audio")
    print(f"audio export (bundled statement, whole process): {m['export_audio_seconds']:.0f} s of audio in "
          f"{m['export_seconds']:.2f} s = {m['export_ratio']:.0f}x faster than real time")


if __name__ == "__main__":
    main()
