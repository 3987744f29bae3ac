"""Write every output of the bundled statement and each test fixture into one folder, to compare
two versions of the program byte for byte (`diff -r before after`): a move-and-mend change must
leave all of them the same.

    python scripts/snapshot_outputs.py OUT_DIR
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROG = [sys.executable, "-m", "accessible_statement"]

SCRIPT = """
import sys
from pathlib import Path
try:  # this layout, or the flat one before it (to compare the two)
    from accessible_statement.speech.script import listening_tracks
    from accessible_statement.tui.document_cache import build_reader_doc
except ImportError:
    from accessible_statement.listening import listening_tracks
    from accessible_statement.reader_doc import build_reader_doc
from accessible_statement import cli
path = sys.argv[1]
class A: transcript = path; input_format = "auto"
doc = cli._easy_read(A)
for original in (False, True):
    for t in listening_tracks(doc, original=original):
        print(f"== {t.kind} {t.number} {t.title}")
        for u in t.utterances:
            print(f"{u.pause_after_ms}\\t{u.text}\\t{u.spoken}")
print(build_reader_doc(Path(path).read_bytes(), path).to_json())
"""


def run(args: list[str]) -> bytes:
    done = subprocess.run(PROG + args, capture_output=True, cwd=ROOT)
    return done.stdout + f"\n--- exit {done.returncode}\n".encode() + done.stderr


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    sources = [ROOT / "content" / "home-secretary-casey-audit-2025-06-16.txt"]
    sources += sorted(p for p in (ROOT / "tests" / "fixtures").rglob("*") if p.is_file() and p.suffix in (".txt", ".srt", ".vtt"))
    for src in sources:
        name = src.relative_to(ROOT).as_posix().replace("/", "__")
        s = str(src)
        (out / f"{name}.clean.txt").write_bytes(run(["clean", s]))
        (out / f"{name}.clean.json").write_bytes(run(["clean", s, "--format", "json"]))
        for fmt in ("txt", "md", "json"):
            (out / f"{name}.easy.{fmt}").write_bytes(run(["easy-read", s, "--format", fmt]))
        (out / f"{name}.check.txt").write_bytes(run(["check", s]))
        done = subprocess.run([sys.executable, "-c", SCRIPT, s], capture_output=True, cwd=ROOT)
        (out / f"{name}.script.txt").write_bytes(done.stdout + done.stderr)
    print(f"{len(sources)} sources written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
