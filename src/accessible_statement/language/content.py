"""Language data lives in content/ as plain files, so rules can change without touching code.

These are the loaders for its plain file formats: a word list (one entry a line) and a TAB table.
"""

from __future__ import annotations

from functools import lru_cache

from accessible_statement.paths import content_path

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
