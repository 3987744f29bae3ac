"""Public notices: whatever a reader must act on (instructions, phone numbers, places and times,
and the condition an instruction depends on) survives into the easy read, and nothing is said
without the condition that made it true. Written for the trial, not taken from the corpus.

These record issue 12's step 4 ("what a reader must be able to act on is never dropped"):
plain/acting.py finds instructions, phone numbers, times and deadlines, and selection keeps them;
the syntax splitter writes an "If ..." condition into each part it governs.
"""

import re

import pytest

from accessible_statement.easy_read.build import build_easy_read
from support.common import FIXTURES, clean_file

BOIL = FIXTURES / "notices" / "boil-water.txt"


def easy_text(path):
    doc = build_easy_read(clean_file(path))
    return " ".join(p.text for sec in doc.sections for p in sec.points)


def test_the_boil_water_instruction_and_the_deadline_survive():
    text = easy_text(BOIL)
    assert re.search(r"\bboil\b.*\bbefore you drink\b", text, re.I)
    assert "Friday" in text


def test_every_instruction_number_and_place_of_the_boil_water_notice_survives():
    text = easy_text(BOIL)
    for needed in ("0800 123 4567", "Eastfield Community Centre", "8am to 8pm", "swallow"):
        assert needed in text, needed


def test_the_delivery_offer_keeps_who_it_is_for():
    sentences = re.split(r"(?<=[.!?])\s+", easy_text(BOIL))
    offers = [k for k, s in enumerate(sentences) if "deliver" in s]
    assert offers, "the delivery offer was dropped"
    k = offers[0]
    assert re.search(r"elderly|disabled|unwell|cannot collect", " ".join(sentences[max(0, k - 1): k + 1])), sentences[k]
