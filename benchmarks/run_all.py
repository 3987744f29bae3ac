"""Every benchmark, one table, each figure against its target (issue 6). Run: benchmarks/run [--runs N]

Whole-process times start the real command in a new process, as a user would, and take the median
of N runs (5 by default; the 100x input runs fewer times, it takes half a minute). Peak memory is
the largest resident size of the child process (getrusage).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_reader  # noqa: E402
import bench_speech  # noqa: E402
from bench_clean import bundled_text, repeated, runs_argument  # noqa: E402

_PEAK = "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"


def command(name: str, source: Path | None, runs: int) -> tuple[float, float]:
    """Median seconds and the largest peak memory (MB) of `accessible-statement NAME [SOURCE]`, each run
    with an empty user cache (so easy-read parses every sentence, as on a statement met for the first time)."""
    times, peaks = [], []
    with tempfile.TemporaryDirectory() as tmp:
        args = [sys.executable, "-m", "accessible_statement", name, *([str(source)] if source else []), "-o", str(Path(tmp) / "out")]
        for k in range(runs):
            env = {**os.environ, "XDG_CACHE_HOME": str(Path(tmp) / f"cache-{k}")}
            t0 = time.perf_counter()
            out = subprocess.run([sys.executable, "-c", _PEAK, *args], check=True, capture_output=True, text=True, cwd=ROOT, env=env)
            times.append(time.perf_counter() - t0)
            peaks.append(int(out.stdout.strip()) / 1024)
    return statistics.median(times), max(peaks)


def main() -> None:
    runs = max(5, runs_argument())
    text, words = bundled_text()
    rows: list[tuple[str, str, str, bool | None]] = []

    def row(what: str, value: str, target: str = "", ok: bool | None = None) -> None:
        rows.append((what, value, target, ok))
        mark = "" if ok is None else ("  ok" if ok else "  MISSED")
        print(f"  {what}: {value}{'  (target ' + target + ')' if target else ''}{mark}", flush=True)

    print(f"measuring (runs: {runs}) ...", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        x10, x100 = Path(tmp) / "x10.txt", Path(tmp) / "x100.txt"
        x10.write_text(repeated(text, 10), encoding="utf-8")
        x100.write_text(repeated(text, 100), encoding="utf-8")
        for name in ("clean", "easy-read"):
            one, _ = command(name, None, runs)
            row(f"{name}, bundled statement ({words} words), whole process", f"{one:.3f} s", "< 2.5 s" if name == "easy-read" else "", one < 2.5 if name == "easy-read" else None)
            ten, _ = command(name, x10, max(3, runs // 2))
            hundred, peak = command(name, x100, 2 if name == "easy-read" else 3)
            ratio = hundred / ten
            row(f"{name}, x10 ({words * 10} words)", f"{ten:.2f} s")
            limit = 60 if name == "easy-read" else 30  # issue 12: the parser's budget
            row(f"{name}, x100 ({words * 100} words)", f"{hundred:.2f} s", f"< {limit} s", hundred < limit)
            row(f"{name}, x100 / x10 time", f"{ratio:.2f}", "< 12", ratio < 12)
            row(f"{name}, x100 peak memory", f"{peak:.0f} MB", "< 500 MB", peak < 500)

    speech = bench_speech.measure(runs)
    row("audio export, bundled statement, whole process", f"{speech['export_audio_seconds']:.0f} s of audio in {speech['export_seconds']:.2f} s = {speech['export_ratio']:.0f}x real time", ">= 20x", speech["export_ratio"] >= 20)
    row("stop: until the player process is gone", f"{speech['stop_silent'] * 1000:.1f} ms (stop() returns in {speech['stop_returns'] * 1000:.2f} ms)", "< 100 ms", speech["stop_silent"] < 0.1)
    row("time to first sound, new process", f"{speech['first_sound_cold'] * 1000:.0f} ms (engine running: {speech['first_sound_warm'] * 1000:.0f} ms)")
    row("word events against their place in the audio", f"median {speech['word_event_error'] * 1000:.1f} ms", "about 100 ms", speech["word_event_error"] < 0.1)

    reader = bench_reader.measure(runs)
    row("reader: first frame", f"{reader['first_frame_warm']:.3f} s (empty cache {reader['first_frame_cold']:.3f} s), drawn before Textual loads", "< 0.5 s", max(reader["first_frame_warm"], reader["first_frame_cold"]) < 0.5)
    row("reader: Textual's first frame", f"{reader['textual_frame_warm']:.3f} s (empty cache {reader['textual_frame_cold']:.3f} s; a bare Textual app {reader['first_frame_bare_textual']:.3f} s)")
    row("reader: statement on screen", f"{reader['ready_warm']:.3f} s from the cache, {reader['ready_cold']:.3f} s built")

    width = max(len(r[0]) for r in rows)
    print()
    print(f"{'measure':<{width}}  {'result':<60}  {'target':<10}  ")
    print("-" * (width + 80))
    for what, value, target, ok in rows:
        verdict = "" if ok is None else ("ok" if ok else "MISSED")
        print(f"{what:<{width}}  {value:<60}  {target:<10}  {verdict}")
    print(f"\nmachine: {os.cpu_count()} cores; Python {sys.version.split()[0]}; PYTHONDONTWRITEBYTECODE={os.environ.get('PYTHONDONTWRITEBYTECODE', '')!r}")


if __name__ == "__main__":
    main()
