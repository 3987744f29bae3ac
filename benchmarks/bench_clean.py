"""Time `clean` on the bundled statement and on it repeated 10x and 100x.

Prints words per second and the 100x/10x time ratio (linear scaling gives about 10).
Run: .venv/bin/python benchmarks/bench_clean.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from accessible_statement.clean.pipeline import clean_transcript  # noqa: E402
from accessible_statement.paths import bundled_statement  # noqa: E402
from accessible_statement.read.source_file import decode_source  # noqa: E402


def repeated(text: str, times: int) -> str:
    """The caption lines repeated, with times running on, so the input stays a valid, longer video page."""
    header, _, body = text.partition("Transcript\n")
    body = body.split("\nRecommended")[0]
    lines = [line for line in body.split("\n") if line.strip()]
    out = []
    for k in range(times):
        offset = k * 1200
        for line in lines:
            m, s = int(line[0:2]), int(line[3:5])
            total = offset + m * 60 + s
            out.append(f"{total // 3600:02d}:{total // 60 % 60:02d}:{total % 60:02d}{line[5:]}")
    return header + "Transcript\n" + "\n".join(out) + "\n\nRecommended\n"


def whole_process(args: list[str], runs: int) -> float:
    """Median wall time of the real command, start to exit, writing to a temporary file."""
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(runs):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "accessible_statement", *args, "-o", str(Path(tmp) / "out")], check=True)
            times.append(time.perf_counter() - t0)
    return statistics.median(times)


def median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def bundled_text() -> tuple[str, int]:
    """The bundled statement and the number of spoken words in it."""
    text = bundled_statement().read_text(encoding="utf-8")
    return text, len(" ".join(line[5:] for line in text.split("Transcript\n")[1].split("\n")).split())


def runs_argument() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement (the median is printed)")
    return parser.parse_args().runs


def scaling_table(work, runs: int) -> None:
    """Median in-process time of WORK(bytes) on the statement x1, x10 and x100, and the 100x/10x ratio."""
    text, words = bundled_text()
    work(text.encode())  # load data files and compile patterns once
    rows = []
    for times in (1, 10, 100):
        data = (text if times == 1 else repeated(text, times)).encode()
        seconds = median_time(lambda: work(data), runs if times < 100 else max(3, runs // 2))
        rows.append((times, words * times, seconds))
    print(f"{'input':<14}{'words':>9}{'median s':>11}{'words/s':>11}")
    for times, n, seconds in rows:
        print(f"{'bundled x' + str(times):<14}{n:>9}{seconds:>11.3f}{n / seconds:>11.0f}")
    print(f"100x/10x time ratio: {rows[2][2] / rows[1][2]:.2f} (linear is about 10)")


def main() -> None:
    runs = runs_argument()
    scaling_table(lambda data: clean_transcript(decode_source(data, "bench")), runs)
    whole = whole_process(["clean"], runs)
    print(f"whole process, clean on the bundled statement: median {whole:.3f} s over {runs} runs")


if __name__ == "__main__":
    main()
