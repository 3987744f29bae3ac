"""Every sentence the program writes is a whole sentence by the parser: the cuts that left
"the Army is." or "As he said." are caught, and real sentences, orders included, are not."""

import pytest

from accessible_statement.plain.completeness import incomplete, not_whole

WHOLE = [
    "The council will close the road on Monday.",
    "Call 999 straight away.",
    "Call 999.",
    "If you see him, call 999.",
    "Please do not approach him.",
    "The water is safe to drink.",
    "You can claim a refund on the council website.",
    "Fares will not go up this year.",
    "We have hired 120 new drivers.",
    "This is because the road is flooded.",
    "There was a fire in the school.",
]
BROKEN = [
    ("In Queensland, the Army is.", "ends on"),
    ("That is why the Government is.", "ends on"),
    ("Yes, they will.", "ends on"),
    ("As he said.", "subordinate"),
    ("Because the road is closed.", "subordinate"),
    ("look for a cure.", "does not start"),
    ("Good morning Chris.", "no verb"),
    ("The new bus routes and the.", "ends on"),
]


@pytest.mark.parametrize("text", WHOLE)
def test_whole_sentences_pass(text):
    assert incomplete([text]) == [None]


@pytest.mark.parametrize("text, why", BROKEN)
def test_broken_sentences_are_caught_with_a_reason(text, why):
    (reason,) = incomplete([text])
    assert reason is not None and why in reason


def test_a_doubtful_finding_counts_only_where_the_source_was_whole():
    # "Working hard for Queensland every day." has no subject and finite verb; said as it is, that is
    # the speaker's own (not the rewrite's) doing, and the parse may be wrong
    assert incomplete(["Working hard for Queensland every day."]) == ["has no subject and finite verb"]
    assert not_whole([("Working hard for Queensland every day.", "Working hard for Queensland every day.")]) == [None]
    # but words with no verb at all are never a sentence a reader can use, whoever said them
    assert not_whole([("Good morning Chris.", "Good morning Chris.")]) == ["has no verb at all"]
    # a sure finding counts whatever the source: the rewrite cut it
    assert not_whole([("In Queensland, the Army is.", "In Queensland, the Army is helping.")])[0]
    assert not_whole([("The Army is helping.", "In Queensland, the Army is helping.")]) == [None]
