"""What a reader must be able to act on: instructions, phone numbers, times and deadlines.

A notice's whole point can be one sentence ("Until we tell you the water is safe, you must boil
all tap water before you drink it."), and selection by importance alone dropped it. A sentence is
to be acted on when its parse has an order to the listener (a bare verb with no subject, "do not
...", or "you" with "must", "should", "need", "can"), or it gives a phone number, a clock time,
or a deadline ("by Friday", "until 5 May"). Such sentences are kept whatever their share.
"""

from __future__ import annotations

import re

from accessible_statement.language import content
from accessible_statement.language.parser import Parse, parse_sentences
from accessible_statement.plain.completeness import is_order

_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|tonight|midnight|noon)"
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
PHONE = re.compile(r"(?<![\d,.])(?:\+?\d{2,5}[ -]\d{3,4}[ -]?\d{3,4}|0\d{9,10}|999|101|111|112|911|000)(?![\d,.])")
TIME = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)", re.I)
DEADLINE = re.compile(rf"\b(?:by|until|before|from)\s+(?:(?:this|next)\s+)?(?:{_DAYS}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}|{_MONTHS}\s+\d{{1,2}})\b")
_ADVICE = content.word_set("plain/advice_words.txt")
_NOT_ORDERS = content.word_set("plain/not_instructions.txt")


def gives_order(p: Parse) -> bool:
    """An order to the listener: a main clause that is a bare verb with no subject ("Call 999",
    "Do not approach him"), or any clause whose subject is "you" with "must", "should", "can" ..."""
    for h in p.tokens:
        kids = p.children(h)
        subject = [k for k in kids if k.dep in ("nsubj", "nsubj:pass", "expl")]
        aux = [k for k in kids if k.dep in ("aux", "aux:pass")]
        main = h.dep == "ROOT" or h.head == h.i
        let_us = h.lemma.lower() == "let" and any(k.text.lower() in ("me", "us", "'s") for k in kids)
        if main and h.upos == "VERB" and h.xpos == "VB" and h.lemma.lower() not in _NOT_ORDERS and not let_us and is_order(p, h):
            return True
        you = any(k.text.lower() == "you" for k in subject)
        advice = any(a.text.lower() in _ADVICE for a in aux) or (h.lemma.lower() in ("need", "have") and any(k.dep == "xcomp" for k in kids))
        if you and advice:
            return True
    return False


def act_on(texts: list[str]) -> list[bool]:
    """For each sentence: does it tell the reader what to do, or give a number or time to act on?"""
    parses = parse_sentences(texts)
    return [bool(PHONE.search(t) or TIME.search(t) or DEADLINE.search(t)) or gives_order(p) for t, p in zip(texts, parses)]
