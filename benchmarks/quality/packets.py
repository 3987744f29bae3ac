"""Write what a reviewer labels: for each transcript of a sample, its text and the easy-read
version with every sentence and heading numbered, and an empty answer sheet to fill in.

    python benchmarks/quality/packets.py dev OUT_DIR      # or test
    python benchmarks/quality/score.py OUT_DIR            # once the sheets are filled in

Key points are written by the reviewer from the transcript alone, once, and kept in
keypoints/<split>/<id>.json, so that before and after a change the same points are looked for.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from sample import CORPUS, samples  # noqa: E402


def numbered(doc: dict) -> str:
    lines = [f"TITLE: {doc['title']}", ""]
    s = 0
    for sec in doc["sections"]:
        lines.append(f"H{sec['number']}: Part {sec['number']}. {sec['title']}")
        for p in sec["points"]:
            s += 1
            lines.append(f"  S{s}: {p['text']}")
        lines.append("")
    return "\n".join(lines) + "\n"


def main() -> int:
    split, out = sys.argv[1], Path(sys.argv[2])
    for name in samples()[split]:
        folder = out / split / name.removesuffix(".txt")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "transcript.txt").write_bytes((CORPUS / name).read_bytes())
        kept = HERE / "keypoints" / split / f"{name.removesuffix('.txt')}.json"
        if kept.is_file():  # the same points as before, so that runs compare
            (folder / "key_points.json").write_bytes(kept.read_bytes())
        done = subprocess.run([sys.executable, "-m", "accessible_statement", "easy-read", str(CORPUS / name), "--format", "json"],
                              capture_output=True, text=True)
        if done.returncode:
            (folder / "easy-read.txt").write_text(f"(the program refused this transcript: {done.stderr.strip()})\n")
            continue
        (folder / "easy-read.txt").write_text(numbered(json.loads(done.stdout)))
    print(f"wrote {split} packets to {out / split}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
