"""A sentence whose neighbour was left out loses the words that point at it, and nothing else."""

import pytest

from accessible_statement.language.parser import parse_sentence
from accessible_statement.plain.standing import standing_alone


def alone(text):
    return standing_alone(text, parse_sentence(text))


@pytest.mark.parametrize("text, stands", [
    ("But Mr Abbott's plan does not offer working families a single dollar.", "Mr Abbott's plan does not offer working families a single dollar."),
    ("At the same time, inflation is rising.", "Inflation is rising."),
    ("Therefore, we took the right action.", "We took the right action."),
    ("The State Government has made some resources available too.", "The State Government has made some resources available."),
    ("The council will help as well.", "The council will help."),
])
def test_a_tie_to_the_sentence_before_goes(text, stands):
    assert alone(text) == stands


@pytest.mark.parametrize("text", [
    "So much remarkable work is done here.",  # "so" says how much, not what follows from what
    "So far we have spent $10 million.",
    "Call 999 straight away.",
    "But not now.",  # too little would be left
])
def test_words_that_are_no_tie_stay(text):
    assert alone(text) == text


def test_only_a_point_whose_sentence_before_was_left_out_loses_its_tie():
    from accessible_statement.document.easy_read import Point
    from accessible_statement.easy_read.build import _standing_alone

    points = [Point("Prices rose by 5% last year.", (3,)), Point("But wages rose by 6%.", (4,)), Point("But rents fell by 2%.", (9,))]
    assert [p.text for p in _standing_alone(points)] == ["Prices rose by 5% last year.", "But wages rose by 6%.", "Rents fell by 2%."]
    # the first point of a part has nothing before it in the part
    assert _standing_alone([Point("But wages rose by 6%.", (4,))])[0].text == "Wages rose by 6%."
