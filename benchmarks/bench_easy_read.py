"""Time `easy-read` on the bundled statement as a whole process, and in-process on it repeated 10x and 100x.

Prints the median whole-process time, words per second and the 100x/10x time ratio (linear is about 10).
Run: .venv/bin/python benchmarks/bench_easy_read.py [--runs N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_clean import median_time, repeated, whole_process  # noqa: E402

from accessible_statement.cleaning import clean_transcript  # noqa: E402
from accessible_statement.content import bundled_statement  # noqa: E402
from accessible_statement.easy_read import build_easy_read  # noqa: E402
from accessible_statement.render_easy_read import to_json  # noqa: E402
from accessible_statement.source_file import decode_source  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    text = bundled_statement().read_text(encoding="utf-8")
    words = len(" ".join(line[5:] for line in text.split("Transcript\n")[1].split("\n")).split())

    baseline = whole_process(["clean"], args.runs)
    easy = whole_process(["easy-read"], args.runs)
    print(f"whole process, median of {args.runs}: clean {baseline:.3f} s, easy-read {easy:.3f} s "
          f"(easy-read / clean = {easy / baseline:.2f})")

    build_easy_read(clean_transcript(decode_source(text.encode(), "warm-up")))
    rows = []
    for times in (1, 10, 100):
        data = (text if times == 1 else repeated(text, times)).encode()
        runs = args.runs if times < 100 else max(3, args.runs // 2)
        seconds = median_time(lambda: to_json(build_easy_read(clean_transcript(decode_source(data, "bench")))), runs)
        rows.append((times, words * times, seconds))
    print(f"{'input':<14}{'words':>9}{'median s':>11}{'words/s':>11}")
    for times, n, seconds in rows:
        print(f"{'bundled x' + str(times):<14}{n:>9}{seconds:>11.3f}{n / seconds:>11.0f}")
    print(f"100x/10x time ratio: {rows[2][2] / rows[1][2]:.2f} (linear is about 10)")


if __name__ == "__main__":
    main()
