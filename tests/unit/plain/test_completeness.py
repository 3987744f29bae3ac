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
    "We have got more work to do.",
    "The council has been in talks with the water company.",
    "Hundreds of people are no longer dying at sea.",
    "The minister would be honoured.",
    "We look forward to working with you.",
    "That is something we can be proud of.",
    "We have begun work on the new bridge.",
    "The man was arrested and charged.",
    "When you see him, call 999.",
    "If the water is brown, do not drink it.",
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
    # verbs in a form their helping verb cannot take: splits of a list of verb phrases made these
    ("We have developing national guidelines for partnerships.", "wrong form"),
    ("We will by investing in our universities.", "wrong form"),
    ("The council has ask the police.", "wrong form"),
    ("In the 9 months since taking office, we begun our program of reform.", "needs 'has' or 'have'"),
    ("The key thing in both cases is are donations declared.", "two verbs"),
    ("We brought it down to $1,000, is our plan.", "no subject of its own"),
    ("We have brought we have down our first Budget.", "said twice"),
    ("The actions of the regime have been correctly.", "says how, but not what"),
    ("The government is making new plans to find.", "lost what it needs"),
    ("Just as higher spending has had a long term impact on the Budget.", "subordinate"),
    ("When I was your age, learning about science.", "subordinate"),
    ("Whatever form that election may take.", "subordinate"),
    ("Each of which is capable of making new jobs.", "relative phrase"),
    ("We all wish Bruce the very.", "ends on 'very'"),
    ("People would remember the images of children behind razor wire and we.", "nothing said of it"),
]


@pytest.mark.parametrize("text", WHOLE)
def test_whole_sentences_pass(text):
    assert incomplete([text]) == [None]


@pytest.mark.parametrize("text, why", BROKEN)
def test_broken_sentences_are_caught_with_a_reason(text, why):
    (reason,) = incomplete([text])
    assert reason is not None and why in reason


def test_a_doubtful_finding_counts_only_where_the_source_was_whole():
    # a doubt about the speaker's own sentence, said as it was, may be the parser's slip on a real
    # sentence ("Boil your water ..." taken for a noun phrase): it does not count there
    said = "Please boil your water and let it cool before you drink it."
    assert not_whole([(said, said)]) == [None]
    # but words with no finite verb at all are no sentence, whoever said them
    assert incomplete(["Working hard for Queensland every day."]) == ["has no subject and finite verb"]
    assert not_whole([("Working hard for Queensland every day.", "Working hard for Queensland every day.")])[0]
    # but words with no verb at all are never a sentence a reader can use, whoever said them
    assert not_whole([("Good morning Chris.", "Good morning Chris.")]) == ["has no verb at all"]
    # a sure finding counts whatever the source: the rewrite cut it
    assert not_whole([("In Queensland, the Army is.", "In Queensland, the Army is helping.")])[0]
    assert not_whole([("The Army is helping.", "In Queensland, the Army is helping.")]) == [None]


def test_a_doubt_about_a_piece_split_out_of_a_sentence_counts():
    # the speaker's words nearly as said: a doubt is the parser's, or the speaker's own grammar
    said = "We will by investing in our universities."
    assert not_whole([(said, said)]) == [None]
    # a piece the program split out of a longer sentence: the doubt counts
    longer = "We will also invest $15 billion in education, in computers in our classrooms, and by investing in our universities."
    assert not_whole([(said, longer)])[0]


def test_an_order_the_speaker_never_gave_is_not_a_sentence():
    source = "I am delighted to join you tonight and address you for the first time as Prime Minister."
    assert not_whole([("Address you for the first time as Prime Minister.", source)]) == ["the speaker gave no order"]
    assert not_whole([("Call 999.", "If you see him, call 999.")]) == [None]
    assert not_whole([("Let us be clear.", "And let us be clear about this, it will not change.")]) == [None]


def test_as_with_a_role_is_no_subordinate_clause():
    (reason,) = incomplete(["As Shadow Home Secretary at that time the Home Secretary joined him in that apology for the opposition."])
    assert reason is None or "subordinate" not in reason


def test_words_with_no_finite_verb_are_no_sentence_whoever_said_them():
    assert not_whole([("Working families everywhere.", "Working families everywhere.")])[0]


def test_a_question_word_clause_with_nothing_said_of_it_is_no_sentence():
    # split out of "We discussed Syria and how a resolution ... can be achieved": a doubt that counts for a piece
    source = "We have discussed the situation in Syria and how a resolution to that conflict can be achieved."
    piece = "How a resolution to that conflict can be achieved."
    assert not_whole([(piece, source)]) == ["only a question word's clause, with nothing said of it"]
    # a "what" clause as the subject is part of a sentence; a question said without its mark is a question
    assert incomplete(["What we need is more money for schools.", "How do we prepare for the floods."]) == [None, None]


def test_a_piece_that_ends_on_a_describing_word_without_its_noun_is_no_sentence():
    source = "Kevin Andrews is giving us the most modern and the most capable armed forces we have ever had."
    assert not_whole([("Kevin Andrews is giving us the most modern.", source)])[0].startswith("ends on 'modern'")
    assert not_whole([("Kevin Andrews is giving us modern armed forces.", source)]) == [None]
    assert incomplete(["We need more."]) == [None]
