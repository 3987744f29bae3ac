"""Where the program's folders are: its language data (content/), the reader's cache, the user's settings.

One resolver, so that an installed wheel, a source checkout and a test's override all agree.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

APP = "accessible-statement"
BUNDLED_STATEMENT = "home-secretary-casey-audit-2025-06-16.txt"
CONTENT_ENV = "ACCESSIBLE_STATEMENT_CONTENT"


def package_dir() -> Path:
    """The installed package's own folder (its code is part of the reader cache's fingerprint)."""
    return Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def content_dir() -> Path:
    """Find content/: an override, the copy inside an installed wheel, or the source checkout."""
    override = os.environ.get(CONTENT_ENV)
    here = package_dir()
    for candidate in (Path(override) if override else None, here / "_content", here.parents[1] / "content"):
        if candidate is not None and candidate.is_dir():
            return candidate
    raise RuntimeError("the content/ folder of accessible-statement is missing; reinstall the package")


def content_path(name: str) -> Path:
    return content_dir() / name


def bundled_statement() -> Path:
    return content_path(BUNDLED_STATEMENT)


def cache_folder() -> Path:
    """Where the reader keeps built documents ($XDG_CACHE_HOME, else ~/.cache)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / APP


def config_folder() -> Path:
    """Where the user's settings live, such as keys.conf ($XDG_CONFIG_HOME, else ~/.config)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / APP
