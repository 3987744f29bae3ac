"""File names made from headings: whatever a transcript says, they stay inside the output folder."""

from __future__ import annotations

import re
import unicodedata

MAX_STEM = 60


def slug(text: str, max_length: int = MAX_STEM - 3) -> str:
    """Lower-case ASCII words joined by hyphens; never empty, never a path, never hidden."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    out = ""
    for word in words:
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > max_length:
            break
        out = candidate
    if not out and words:
        out = words[0][:max_length]
    return out or "part"


def track_stem(number: int, title: str) -> str:
    """`NN-heading-words`: sorts in reading order and cannot contain a separator or a leading dot."""
    return f"{number:02d}-{slug(title)}"
