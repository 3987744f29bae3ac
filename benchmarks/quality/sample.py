"""The fixed dev and test samples of the corpus (../shared/corpus/au-pm-transcripts), by type.

Dev is what we look at while working; test is labelled by a reviewer and only its figures are
read. Both are drawn once, with a fixed seed, spread over the types in index.tsv (speeches,
interviews, press conferences and doorstops, others), and never overlap.

    python benchmarks/quality/sample.py            # prints both samples
    python benchmarks/quality/sample.py dev        # the dev file names, one a line
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "au-pm-transcripts"
SEED = 20261201
PER_TYPE = {"Speech": 8, "Interview": 10, "Transcript": 12}  # and 2 of the other types
OTHER = 2


def samples(corpus: Path = CORPUS) -> dict[str, list[str]]:
    with open(corpus / "index.tsv", encoding="utf-8", newline="") as f:
        rows = sorted(csv.DictReader(f, delimiter="\t"), key=lambda r: r["file"])
    by_type: dict[str, list[str]] = {}
    for row in rows:
        kind = row["type"] if row["type"] in PER_TYPE else "other"
        by_type.setdefault(kind, []).append(row["file"])
    rng = random.Random(SEED)
    out: dict[str, list[str]] = {"dev": [], "test": []}
    for kind in sorted(by_type):
        files = list(by_type[kind])
        rng.shuffle(files)
        n = PER_TYPE.get(kind, OTHER)
        out["dev"] += files[:n]
        out["test"] += files[n:2 * n]
    return {k: sorted(v) for k, v in out.items()}


if __name__ == "__main__":
    got = samples()
    if len(sys.argv) > 1:
        print("\n".join(got[sys.argv[1]]))
    else:
        for name, files in got.items():
            print(name, len(files), " ".join(files))
