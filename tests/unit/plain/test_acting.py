"""What a reader must act on (plain/acting.py), on the real parser."""

import pytest

from accessible_statement.plain.acting import act_on


@pytest.mark.parametrize("text", [
    "Call 999 straight away.",
    "If you see him, do not approach him.",
    "You must boil all tap water before you drink it.",
    "You can collect bottled water at the community centre.",
    "Let the water cool before you use it.",
    "Ring our helpline on 0800 123 4567.",
    "The centre is open from 8am to 8pm.",
    "Send your form back by Friday.",
])
def test_instructions_numbers_and_times_are_to_act_on(text):
    assert act_on([text]) == [True]


@pytest.mark.parametrize("text", [
    "Thank you very much.",
    "Let me be clear about that.",
    "We have suffered enough and you have suffered too.",
    "Our aim is to recruit 6,500 new teachers.",
    "What we will do is reform the assessment.",
    "The police will start a new operation.",
])
def test_views_reports_and_thanks_are_not(text):
    assert act_on([text]) == [False]
