"""Speaker turns marked in the text: "PM: ...", "JOURNALIST: ...", "PRIME MINISTER WICKREMESINGHE: ...".

Interviews and press conferences are published as paragraphs that start with the speaker's label.
The label is who is speaking, not speech: it is taken off the words and kept as the cue's voice,
and a paragraph with no label goes on the turn before it.
"""

from __future__ import annotations

import re

# One to five words in capitals (with . ' - inside), then a colon: "PM:", "NEIL MITCHELL:", "Q:".
# Times ("10:30") and sentences with a colon in them ("Here is the plan: ...") do not match. Some
# transcripts put the label on a line of its own, with the words in the next paragraph.
_LABEL = re.compile(r"^((?:[A-Z][A-Z'’.\-]*)(?:\s+[A-Z][A-Z'’.\-]*){0,4})\s*:(?:\s+(?=\S)|\s*$)")


def split_turn(paragraph: str) -> tuple[str | None, str]:
    """(the speaker's label, the words), or (None, the paragraph) when it has no label; the words
    are empty when the label stands alone."""
    m = _LABEL.match(paragraph)
    if not m:
        return None, paragraph
    return " ".join(m.group(1).split()), paragraph[m.end():]
