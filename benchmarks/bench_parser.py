"""Time the parser on the bundled statement's sentences, each measure a fresh process.

- load: import spaCy and load the shipped model (what the first parse of a run pays once);
- cold: parse every sentence with an empty parse cache;
- warm: the same from the parse cache (a statement read again), against cold as a ratio.
Prints medians. Run: .venv/bin/python benchmarks/bench_parser.py [--runs N]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_clean import runs_argument  # noqa: E402

CHILD = r"""
import json, sys, time
t0 = time.perf_counter()
from accessible_statement.clean.pipeline import clean_transcript
from accessible_statement.paths import bundled_statement
from accessible_statement.read.source_file import read_source
texts = [s.text for s in clean_transcript(read_source(bundled_statement())).sentences]
from accessible_statement.language import parser
t1 = time.perf_counter()
if sys.argv[1] == "load":
    parser._nlp()
t2 = time.perf_counter()
if sys.argv[1] != "load":
    parser.parse_sentences(texts)
t3 = time.perf_counter()
print(json.dumps({"load": t2 - t1, "parse": t3 - t2, "sentences": len(texts), "words": sum(len(t.split()) for t in texts)}))
"""


def child(mode: str, cache: str) -> dict:
    env = {**os.environ, "XDG_CACHE_HOME": cache, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run([sys.executable, "-c", CHILD, mode], capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout)


def main() -> None:
    runs = runs_argument()
    load, cold, warm = [], [], []
    for _ in range(runs):
        load.append(child("load", tempfile.mkdtemp())["load"])
        with tempfile.TemporaryDirectory() as cache:
            first = child("parse", cache)
            cold.append(first["parse"])
            warm.append(child("parse", cache)["parse"])
    words = first["words"]
    c, w = statistics.median(cold), statistics.median(warm)
    print(f"parser, median of {runs} (bundled statement: {first['sentences']} sentences, {words} words)")
    print(f"  load spaCy and the model: {statistics.median(load):.3f} s")
    print(f"  parse, empty cache:       {c:.3f} s ({words / c:,.0f} words a second; includes the load)")
    print(f"  parse, from the cache:    {w:.3f} s (cached / empty = {w / c:.3f})")


if __name__ == "__main__":
    main()
