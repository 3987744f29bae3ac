"""Language data lives in content/ as plain files, so rules can change without touching code."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

BUNDLED_STATEMENT = "home-secretary-casey-audit-2025-06-16.txt"


@lru_cache(maxsize=1)
def content_dir() -> Path:
    """Find content/: an override, the copy inside an installed wheel, or the source checkout."""
    override = os.environ.get("ACCESSIBLE_STATEMENT_CONTENT")
    here = Path(__file__).resolve().parent
    for candidate in (Path(override) if override else None, here / "_content", here.parents[1] / "content"):
        if candidate is not None and candidate.is_dir():
            return candidate
    raise RuntimeError("the content/ folder of accessible-statement is missing; reinstall the package")


def content_path(name: str) -> Path:
    return content_dir() / name


def bundled_statement() -> Path:
    return content_path(BUNDLED_STATEMENT)


@lru_cache(maxsize=None)
def lines(name: str) -> tuple[str, ...]:
    """Non-empty lines of a data file, without whole-line '#' comments and surrounding spaces."""
    out = []
    for raw in content_path(name).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@lru_cache(maxsize=None)
def word_set(name: str) -> frozenset[str]:
    """A word list as a lower-cased set."""
    return frozenset(line.lower() for line in lines(name))


@lru_cache(maxsize=None)
def table(name: str, columns: int = 2) -> tuple[tuple[str, ...], ...]:
    """Rows of a TAB-separated data file; fields keep their spaces, missing fields are ''."""
    rows = []
    for raw in content_path(name).read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        fields = raw.split("\t")
        fields += [""] * (columns - len(fields))
        rows.append(tuple(fields[:columns]))
    return tuple(rows)
