"""Speaker turns marked with labels ("HOST:", "PM:") are who speaks, not words; the label is kept
as each sentence's speaker and a sentence never runs from one turn into the next."""

import pytest

from accessible_statement.read.formats.turns import split_turn
from support.common import FIXTURES, clean_file, clean_text


@pytest.mark.parametrize("paragraph, label, words", [
    ("PM: Good morning, Chris.", "PM", "Good morning, Chris."),
    ("NEIL MITCHELL: Were you told?", "NEIL MITCHELL", "Were you told?"),
    ("PRIME MINISTER WICKREMESINGHE:  Thank you.", "PRIME MINISTER WICKREMESINGHE", "Thank you."),
    ("Q: When?", "Q", "When?"),
    ("MARIUS BENSON:", "MARIUS BENSON", ""),
    ("PRIME MINISTER: ", "PRIME MINISTER", ""),
    ("Here is the plan: we build it.", None, "Here is the plan: we build it."),
    ("At 10:30 we met.", None, "At 10:30 we met."),
    ("The NHS: a history.", None, "The NHS: a history."),
])
def test_a_label_is_capitals_then_a_colon_at_the_start(paragraph, label, words):
    assert split_turn(paragraph) == (label, words)


def test_each_sentence_keeps_its_speaker_and_labels_leave_the_words():
    t = clean_file(FIXTURES / "interview-turns.txt")
    assert all(":" not in s.text.split()[0] for s in t.sentences), "a label was left in the words"
    by_speaker = {s.text: s.speaker for s in t.sentences}
    assert by_speaker["Is that fair?"] == "HOST"
    assert by_speaker["I understand why people are frustrated."] == "MINISTER"
    # a paragraph with no label goes on the turn before it
    assert by_speaker["If your bus is more than 30 minutes late, you can claim a refund on the council website."] == "MINISTER"


def test_a_sentence_never_runs_across_a_change_of_speaker():
    t = clean_text("HOST: Prime Minister good morning\n\nPM: Good morning Chris\n\nHOST: Were you there\n\nPM: I was there with the Mayor.\n")
    assert [(s.speaker, s.text) for s in t.sentences] == [
        ("HOST", "Prime Minister good morning."),
        ("PM", "Good morning Chris."),
        ("HOST", "Were you there."),
        ("PM", "I was there with the Mayor."),
    ]


def test_a_label_on_its_own_line_marks_the_paragraphs_after_it():
    t = clean_text("MARIUS BENSON:\n\nPrime Minister, good morning.\n\nPRIME MINISTER:\n\nGood morning, Marius.\n\nIt was a good game.\n")
    assert [(s.speaker, s.text) for s in t.sentences] == [
        ("MARIUS BENSON", "Prime Minister, good morning."),
        ("PRIME MINISTER", "Good morning, Marius."),
        ("PRIME MINISTER", "It was a good game."),
    ]


def test_unmarked_text_has_no_speaker():
    t = clean_text("We will open the bridge on Monday. It has been closed for a year.\n")
    assert {s.speaker for s in t.sentences} == {None}
