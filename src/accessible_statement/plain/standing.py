"""A sentence whose neighbour was left out must not point at it (rule 5: each sentence stands alone).

"But Mr Abbott's plan does not offer ...", "At the same time, inflation is rising.", "The State
Government has made some resources available too.": each ties itself to a sentence the easy read
may not keep. Where that sentence is not the one before it in the easy read, the tie goes: an
opening connective (a word of content/plain/context_openers.txt or a phrase of
discourse_phrases.txt hung on the main verb, by the parse) and a closing "too" or "as well". What
is said stays; only the pointer goes.
"""

from __future__ import annotations

import re

from accessible_statement.language import content
from accessible_statement.language.parser import Parse

_OPENERS = content.word_set("plain/context_openers.txt")
_PHRASES = content.longest_first("plain/discourse_phrases.txt")
_CLOSING = re.compile(r"(?:,?\s+(?:too|as well))(?=[.!?]$)", re.I)
_HUNG_ON_THE_CLAUSE = ("cc", "advmod", "discourse", "mark", "obl", "intj")


def standing_alone(text: str, parse: Parse) -> str:
    """TEXT without the words that tie it to a sentence before it (PARSE is TEXT's parse)."""
    words = [t for t in parse.tokens if t.upos != "PUNCT"]
    roots = [t for t in parse.roots if t.upos != "PUNCT"]
    if len(words) < 4 or len(roots) != 1:
        return text
    root = roots[0]
    cut = 0  # how many tokens open the sentence as a tie
    low = [t.text.lower() for t in parse.tokens]
    for phrase in _PHRASES:
        n = len(phrase.split())
        if low[:n] == phrase.split() and _hung_on(parse, range(n), root.i):
            cut = n
            break
    if not cut and low[0] in _OPENERS and _hung_on(parse, range(1), root.i):
        cut = 1
    rest = parse.tokens[cut:]
    if cut and rest and rest[0].text == ",":
        rest = rest[1:]
    if cut and len([t for t in rest if t.upos != "PUNCT"]) >= 3:
        start = sum(len(t.text) + t.space for t in parse.tokens[: rest[0].i])
        text = text[start:]
        text = text[:1].upper() + text[1:]
    return _CLOSING.sub("", text)


def _hung_on(parse: Parse, span: range, root: int) -> bool:
    """Do the tokens in SPAN form a phrase hung on the main clause (not "So much work ...")?"""
    inside = set(span)
    tops = [parse.tokens[i] for i in span if parse.tokens[i].head not in inside]
    return len(tops) == 1 and tops[0].head == root and tops[0].dep in _HUNG_ON_THE_CLAUSE and tops[0].i != root
