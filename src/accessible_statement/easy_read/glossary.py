"""Words to know: the hard words that must stay, explained (content/plain/glossary.tsv)."""

from __future__ import annotations

import re
from functools import lru_cache

from accessible_statement.language import content


@lru_cache(maxsize=1)
def glossary_entries() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(term, meaning, every form that counts as the term) from content/plain/glossary.tsv."""
    return tuple((term, meaning, (term,) + forms) for term, meaning, forms in content.term_table("plain/glossary.tsv", 3))


def glossary_for(text: str) -> list[tuple[str, str]]:
    """The "Words to know" (term, meaning) that TEXT uses, by term: for the whole document or one part."""
    out = [(term, meaning) for term, meaning, forms in glossary_entries() if any(_glossary_hit(f, text) for f in forms)]
    return sorted(out, key=lambda tm: tm[0].lower())


def _glossary_hit(term: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", text, re.I) is not None
