"""Make content/plain/verbs_needing_object.txt: English verbs that almost always take an object or
a clause ("make ...", "ensure ...", "tell ..."), counted in UD English EWT's training file.

A sentence whose main verb is one of these and has no object or clause under it has lost what
the verb needs ("We must make sure we fund.", "This is to build."): not a whole sentence. The
list is counted, not chosen: a verb lemma seen at least MIN_SEEN times as a verb (not as an
adjective or in a compound), with an object, clausal complement or indirect object in at least
SHARE of them. Rerun: .venv/bin/python training/valency/verbs_needing_object.py
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EWT = ROOT.parent / "shared" / "ud-english-ewt" / "en_ewt-ud-train.conllu"
OUT = ROOT / "content" / "plain" / "verbs_needing_object.txt"
MIN_SEEN = 15
SHARE = 0.85
COMPLEMENTS = {"obj", "ccomp", "xcomp", "iobj"}


def count(path: Path) -> tuple[Counter[str], Counter[str]]:
    seen: Counter[str] = Counter()
    with_object: Counter[str] = Counter()
    sentence: list[list[str]] = []

    def flush() -> None:
        deps: dict[str, set[str]] = {}
        for cols in sentence:
            deps.setdefault(cols[6], set()).add(cols[7])
        for cols in sentence:
            if cols[3] == "VERB" and cols[7] not in ("amod", "acl", "compound"):
                lemma = cols[2].lower()
                seen[lemma] += 1
                with_object[lemma] += bool(deps.get(cols[0], set()) & COMPLEMENTS)

    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            flush()
            sentence = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                sentence.append(cols)
    flush()
    return seen, with_object


def main() -> int:
    seen, with_object = count(EWT)
    verbs = sorted(v for v in seen if seen[v] >= MIN_SEEN and with_object[v] / seen[v] >= SHARE)
    header = [
        "# Verbs that almost always take an object or a clause, counted in UD English EWT (CC BY-SA 4.0)",
        f"# by training/valency/verbs_needing_object.py: seen at least {MIN_SEEN} times as a verb, with an",
        f"# object, clausal complement or indirect object in at least {SHARE:.0%} of them. Used by",
        "# plain/completeness.py: such a main verb with nothing under it means the sentence lost its object.",
    ]
    OUT.write_text("\n".join(header + verbs) + "\n", encoding="utf-8")
    print(f"{len(verbs)} verbs written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
