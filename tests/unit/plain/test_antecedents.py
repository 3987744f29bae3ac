"""An opening "It" or "They" gets the subject of the sentence before written in, only when the
parse makes that clear (plain/antecedents.py)."""

import pytest

from accessible_statement.document.easy_read import Point
from accessible_statement.plain.antecedents import written_in

SPEAKER = frozenset({"government", "person", "speaking", "minister"})


def second(before, after, gap=1):
    return written_in([Point(before, (1,)), Point(after, (1 + gap,))], SPEAKER)[1].text


@pytest.mark.parametrize("before, after, now", [
    ("Private demand is going to be helped by the tax cuts.", "It will be helped by the rise in the childcare rebate.",
     "Private demand will be helped by the rise in the childcare rebate."),
    ("The new library will open in March.", "It will have 20 computers.", "The new library will have 20 computers."),
    ("Local councils are getting more money.", "They will use it to repair roads.", "Local councils will use it to repair roads."),
    ("A new bridge is being built.", "It will open in 2027.", "The new bridge will open in 2027."),
])
def test_the_subject_before_is_written_in_where_it_is_clear(before, after, now):
    assert second(before, after) == now


@pytest.mark.parametrize("before, after", [
    ("The council closed the library and the pool.", "It will open again in May."),  # which one?
    ("The government has a plan.", "It will cut taxes."),  # the speaker is not "it"
    ("The new bridge is safe.", "It is important to say that."),  # "it" is the clause after it
    ("Local councils are getting more money.", "It will go to roads."),  # the number does not agree
    ("This is a good plan.", "It will cut waiting times."),  # "this" leans too
])
def test_nothing_is_written_in_where_it_is_a_guess(before, after):
    assert second(before, after) == after


def test_nothing_is_written_in_across_a_gap_in_the_speakers_sentences():
    assert second("The new library will open in March.", "It will have 20 computers.", gap=3) == "It will have 20 computers."


def test_nothing_is_written_in_when_the_sentence_before_says_it_too():
    # "it" there and "it" here are the same thing, and it is not Labor
    assert second("Labor left it unfunded.", "It was another Labor promise.") == "It was another Labor promise."
