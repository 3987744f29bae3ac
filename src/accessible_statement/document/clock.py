"""Times as people see them on a video; its own module so the reader can show them without the pipeline."""

from __future__ import annotations


def format_clock(seconds: float | None) -> str:
    """Seconds as the clock people see on a video: 7:37 -> '07:37', past an hour '1:02:03'."""
    if seconds is None:
        return "--:--"
    total = int(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}"
