"""sections/headings: one plain heading per part, no two alike, short, the first part 'What is this about?'."""

from hypothesis import given, settings
from hypothesis import strategies as st

from accessible_statement.rules import HEADING_WORDS
from accessible_statement.sections.headings import OPENING, choose_headings, topics

TRAINS = (
    "The new trains will run every ten minutes. Passengers said the old trains were late. "
    "Every station will get new lifts to reach the platforms. The railway routes will get new signalling."
)
SCHOOLS = (
    "Every school will get money for classrooms. Teachers said the classrooms are too small for the pupils. "
    "Head teachers will plan the work at each school."
)
GARDEN = "The garden was green and the flowers bloomed. The gardeners watered the flowers every day."


def test_each_part_gets_the_topic_it_is_about():
    assert choose_headings(["Good morning, and thank you for coming.", TRAINS, SCHOOLS]) == [
        OPENING,
        "Trains and travel",
        "Schools and teachers",
    ]


def test_a_single_part_is_named_for_its_topic_not_the_opening():
    assert choose_headings([SCHOOLS]) == ["Schools and teachers"]


def test_a_part_no_listed_topic_fits_is_named_from_its_own_nouns():
    headings = choose_headings(["Hello.", GARDEN])
    # the noun this part says most (by its parse), not a word from a list
    assert headings == [OPENING, "Flowers"], headings


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([TRAINS, SCHOOLS, GARDEN, "Blah blah.", "Thank you.", TRAINS + " " + SCHOOLS]), min_size=1, max_size=8))
def test_headings_are_one_per_part_unique_and_short(parts):
    headings = choose_headings(parts)
    assert len(headings) == len(parts)
    assert len(set(headings)) == len(headings), headings
    assert all(0 < len(h.split()) <= HEADING_WORDS for h in headings), headings
    assert (headings[0] == OPENING) == (len(parts) > 1)


def test_every_listed_heading_keeps_to_the_heading_length():
    assert topics() and all(len(t.heading.split()) <= HEADING_WORDS for t in topics())


def test_one_word_said_in_two_forms_is_not_a_topic():
    # "law" and "laws" are one keyword of "How will the law change?": alone, they do not make the part about it
    part = "The Premier will meet the mayors about the law on Friday. Laws are made in Parliament, and the mayors know the roads."
    assert choose_headings(["Hello.", part])[1] != "How will the law change?"


def test_a_heading_keeps_the_words_hyphened_to_its_modifier():
    headings = choose_headings(["Hello.", "A long-standing failure hurt the town. The long-standing failure hurt many families."])
    assert headings[1] == "Long-standing failure"
