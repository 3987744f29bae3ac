"""Time `easy-read` on the bundled statement as a whole process, and in-process on it repeated 10x and 100x.

Prints the median whole-process time, words per second and the 100x/10x time ratio (linear is about 10).
Run: .venv/bin/python benchmarks/bench_easy_read.py [--runs N]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_clean import runs_argument, scaling_table, whole_process  # noqa: E402

from accessible_statement.clean.pipeline import clean_transcript  # noqa: E402
from accessible_statement.easy_read.build import build_easy_read  # noqa: E402
from accessible_statement.render.easy_read import to_json  # noqa: E402
from accessible_statement.read.source_file import decode_source  # noqa: E402


def main() -> None:
    runs = runs_argument()
    baseline = whole_process(["clean"], runs)
    easy = whole_process(["easy-read"], runs)
    print(f"whole process, median of {runs}: clean {baseline:.3f} s, easy-read {easy:.3f} s "
          f"(easy-read / clean = {easy / baseline:.2f})")
    scaling_table(lambda data: to_json(build_easy_read(clean_transcript(decode_source(data, "bench")))), runs)


if __name__ == "__main__":
    main()
