"""Sum up reviewers' answer sheets (labels.json in each packet folder): core-defect rate and key-point recall.

Core defects are UNFAITHFUL, DANGLING, FRAGMENT, EMPTY and WRONG_SPEAKER; HARD and
OFFTOPIC_HEADING are counted apart. A key point kept in part counts half.

    python benchmarks/quality/score.py PACKETS_DIR/dev
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

CORE = {"UNFAITHFUL", "DANGLING", "FRAGMENT", "EMPTY", "WRONG_SPEAKER"}


def score(folder: Path) -> dict:
    sentences = core = 0
    labels: Counter[str] = Counter()
    headings = offtopic = 0
    points = kept = 0.0
    files = 0
    for sheet in sorted(folder.glob("*/labels.json")):
        data = json.loads(sheet.read_text())
        files += 1
        for tags in data.get("sentences", {}).values():
            sentences += 1
            labels.update(tags)
            core += bool(CORE & set(tags))
        for tags in data.get("headings", {}).values():
            headings += 1
            offtopic += "OFFTOPIC_HEADING" in tags
        for kp in data.get("key_points", []):
            points += 1
            kept += {"yes": 1.0, "partly": 0.5}.get(kp.get("kept", "no"), 0.0)
    return {
        "files": files,
        "sentences": sentences,
        "core_defect_rate": round(core / sentences, 3) if sentences else None,
        "labels": dict(sorted(labels.items())),
        "offtopic_heading_rate": round(offtopic / headings, 3) if headings else None,
        "key_points": int(points),
        "key_point_recall": round(kept / points, 3) if points else None,
    }


if __name__ == "__main__":
    print(json.dumps(score(Path(sys.argv[1])), indent=2))
