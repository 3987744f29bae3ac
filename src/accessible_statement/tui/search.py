"""Search in plain Python: the word searched for, where it was found, and which match is the current one.

Kept apart from the widgets (no Textual or Rich here) so that n and N, and what is said about a
match, follow rules that can be read in one place.
"""

from __future__ import annotations

HEADING = -1  # the line number of a part's heading


class Search:
    """The last search: its word, every match as (part, line), and the match the reader is on."""

    def __init__(self) -> None:
        self.query = ""
        self.matches: list[tuple[int, int]] = []
        self.index = -1  # the current match; -1 before any

    def find(self, query: str, parts: list[tuple[str, list[str]]]) -> None:
        """Every place the word is in, part by part: the heading first, then each line (case does not matter)."""
        self.query = query
        self.matches, self.index = [], -1
        if not query:
            return
        needle = query.lower()
        for s, (title, texts) in enumerate(parts):
            if needle in title.lower():
                self.matches.append((s, HEADING))
            self.matches += [(s, i) for i, text in enumerate(texts) if needle in text.lower()]

    def forget_matches(self) -> None:
        """The words shown have changed, so the matches no longer point at them (the word is kept)."""
        self.matches, self.index = [], -1

    def first_from(self, section: int) -> int:
        """The first match in this part or after it; round to the first one when there is none after."""
        after = [k for k, (s, _) in enumerate(self.matches) if s >= section]
        return after[0] if after else 0

    def go(self, k: int) -> tuple[int, int]:
        """Make match k the current one (going round at either end); its (part, line)."""
        self.index = k % len(self.matches)
        return self.matches[self.index]

    def in_part(self, section: int) -> list[tuple[int, bool]]:
        """The matches in one part, as (line, is it the current match)."""
        return [(line, k == self.index) for k, (s, line) in enumerate(self.matches) if s == section]

    def said(self, place: str) -> str:
        return f"Match {self.index + 1} of {len(self.matches)} for {self.query}, {place}"

    def no_match(self) -> str:
        return f"No match for {self.query}" if self.query else "Search closed"
