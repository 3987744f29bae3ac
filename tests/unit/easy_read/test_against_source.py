"""`check` compares the easy read with its source (easy_read/against_source.py): what a reader must
act on, its condition, phone numbers, who said it, and the numbers left out."""

import dataclasses

from accessible_statement.document.easy_read import Point
from accessible_statement.easy_read.against_source import against_source
from accessible_statement.easy_read.build import build_easy_read
from support.common import FIXTURES, clean_file

BOIL = FIXTURES / "notices" / "boil-water.txt"


def hard(findings):
    return [f.rule for f in findings if f.hard]


def test_the_boil_water_notice_keeps_everything_to_act_on():
    assert hard(against_source(build_easy_read(clean_file(BOIL)))) == []


def test_a_dropped_instruction_and_its_phone_number_fail():
    doc = build_easy_read(clean_file(BOIL))
    for sec in doc.sections:
        sec.points = [p for p in sec.points if "helpline" not in p.text and "boil all tap water" not in p.text]
    rules = hard(against_source(doc))
    # the boil instruction is gone; the helpline's sentence still has its delivery offer, but not the number
    assert rules == ["left out something to act on", "phone number 0800 123 4567 left out"], rules


def test_an_instruction_without_its_condition_fails():
    doc = build_easy_read(clean_file(BOIL))
    for sec in doc.sections:
        sec.points = [dataclasses.replace(p, text=p.text.split(", ", 1)[1].capitalize()) if p.text.startswith("If you are") else p
                      for p in sec.points]
    assert "an instruction lost its condition" in hard(against_source(doc))


def test_another_speakers_words_fail():
    doc = build_easy_read(clean_file(FIXTURES / "interview-turns.txt"))
    host = next(s for s in doc.transcript.sentences if s.speaker and "HOST" in s.speaker.upper())
    doc.sections[0].points.insert(0, Point(host.text, (host.id,)))
    assert "given to the wrong speaker" in hard(against_source(doc))
    assert "given to the wrong speaker" not in hard(against_source(build_easy_read(clean_file(FIXTURES / "interview-turns.txt"))))


def test_numbers_left_out_are_listed():
    doc = build_easy_read(clean_file(BOIL))
    for sec in doc.sections:
        sec.points = [p for p in sec.points if "8am" not in p.text]
    notes = [f.rule for f in against_source(doc) if not f.hard and f.rule.startswith("numbers")]
    assert notes and "8" in notes[0], notes


def test_the_context_of_a_sensitive_finding_is_key_for_fitting():
    from accessible_statement.easy_read.select import balancing_sources

    finding = Point("The audit found that suspects were more likely to be Asian men.", (1,))
    context = Point("Most people in every community are appalled by these crimes.", (2,))
    other = Point("The government will publish new data next year.", (3,))
    assert balancing_sources({1: [finding], 2: [context], 3: [other]}) == {2}
    assert balancing_sources({2: [context], 3: [other]}) == set()  # no finding: nothing to balance
