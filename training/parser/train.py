"""Train the project's English parser (tagger, morphology, lemmas, dependencies) on UD English EWT.

spaCy's own English models are not on the package registries these machines reach (and the
copies on PyPI are re-uploads by unknown people), so the program ships a pipeline of its own,
trained here from Universal Dependencies English EWT (CC BY-SA 4.0, in ../shared/ud-english-ewt/).
Anyone can rerun it:

    .venv/bin/python training/parser/train.py [--ewt DIR] [--work DIR] [--max-steps N]

It converts the three CoNLL-U files, trains with config.cfg (spaCy's efficiency settings, with
averaged weights), stops when the dev score has not improved for `patience` steps, scores the
best model on the EWT *test* file (never seen in training or model choice), writes the figures to
metrics.json beside this script, and copies the model into the package
(src/accessible_statement/language/parser_model/) with its licence note.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PACKAGE_MODEL = ROOT / "src" / "accessible_statement" / "language" / "parser_model"
LICENCE = """This parser was trained by training/parser/train.py on Universal Dependencies English EWT
(https://universaldependencies.org/treebanks/en_ewt/), by the Universal Dependencies project and
the Linguistic Data Consortium's English Web Treebank, licensed CC BY-SA 4.0. The trained weights
are shared under the same licence (CC BY-SA 4.0).
"""


def run(*args: str) -> None:
    print("+", " ".join(args), flush=True)
    subprocess.run(args, check=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ewt", type=Path, default=ROOT.parent / "shared" / "ud-english-ewt")
    ap.add_argument("--work", type=Path, default=ROOT / "build" / "parser-training")
    ap.add_argument("--max-steps", type=int, default=None, help="stop here even if still improving")
    ap.add_argument("--no-install", action="store_true", help="train and score only; leave the package's model as it is")
    ap.add_argument("--trained", type=Path, help="score and install this spaCy training output (its model-best) instead of training")
    args = ap.parse_args()

    args.work.mkdir(parents=True, exist_ok=True)
    py = sys.executable
    for part in ("train", "dev", "test"):
        src = args.ewt / f"en_ewt-ud-{part}.conllu"
        if not src.is_file():
            print(f"train.py: {src} is missing", file=sys.stderr)
            return 2
        run(py, "-m", "spacy", "convert", str(src), str(args.work), "--converter", "conllu", "--n-sents", "10")
    out = args.trained or args.work / "out"
    if not args.trained:
        extra = ["--training.max_steps", str(args.max_steps)] if args.max_steps else []
        run(py, "-m", "spacy", "train", str(HERE / "config.cfg"), "--output", str(out),
            "--paths.train", str(args.work / "en_ewt-ud-train.spacy"), "--paths.dev", str(args.work / "en_ewt-ud-dev.spacy"), *extra)
    best = out / "model-best"
    scores = args.work / "test-scores.json"
    run(py, "-m", "spacy", "evaluate", str(best), str(args.work / "en_ewt-ud-test.spacy"), "--output", str(scores))
    got = json.loads(scores.read_text())
    metrics = {
        "data": "UD English EWT test file (en_ewt-ud-test.conllu), gold tokens and sentences",
        "upos": round(got["pos_acc"] * 100, 2),
        "xpos": round(got["tag_acc"] * 100, 2),
        "morph": round(got["morph_acc"] * 100, 2),
        "lemma": round(got["lemma_acc"] * 100, 2),
        "uas": round(got["dep_uas"] * 100, 2),
        "las": round(got["dep_las"] * 100, 2),
        "speed_words_per_second": round(got.get("speed", 0)),
    }
    (HERE / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
    print(json.dumps(metrics, indent=2))
    if not args.no_install:
        if PACKAGE_MODEL.exists():
            shutil.rmtree(PACKAGE_MODEL)
        shutil.copytree(best, PACKAGE_MODEL)
        (PACKAGE_MODEL / "LICENSE.txt").write_text(LICENCE)
        size = sum(p.stat().st_size for p in PACKAGE_MODEL.rglob("*") if p.is_file())
        print(f"installed the model in {PACKAGE_MODEL} ({size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
