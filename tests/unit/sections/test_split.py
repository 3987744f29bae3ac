"""sections/split: a statement is cut where its topic changes, most of all where the speaker says so
("Secondly, ..."); the parts cover every sentence once, in order, and none is smaller than rules.py allows."""

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accessible_statement.document.transcript import Sentence
from accessible_statement.rules import SECTION_MIN_SENTENCES, SECTION_MIN_WORDS, WORDS_PER_SECTION_MAX, WORDS_PER_SECTION_MIN
from accessible_statement.sections.split import Span, signal_strength, split_sections

TRAINS = [
    "The new trains will run every ten minutes on the busiest lines in the morning.",
    "Passengers told us that the old trains were often late and far too crowded.",
    "We will buy two hundred new trains with more seats and wider doors for passengers.",
    "The trains will have space for bikes, prams and wheelchairs in every carriage.",
    "Every station on the line will get new lifts so that passengers can reach the platforms.",
    "Train tickets will cost the same on the new trains as they do today.",
    "The first new trains will start carrying passengers on the line next spring.",
    "Drivers and guards are being trained now to work on the new trains safely.",
    "Station staff will help passengers who need assistance getting on the trains.",
    "Timetables for the new trains will be printed at every station on the line.",
    "We expect the new trains to cut journey times by a quarter on most routes.",
    "Each new train will be cleaned every night before it goes back into service.",
    "Passengers will be able to charge their phones at every seat on the trains.",
]
SCHOOLS = [
    "Every primary school in the county will get money for new classrooms and playgrounds.",
    "Teachers told us that their classrooms are too small for the pupils they teach.",
    "Each school will choose how to spend the money on its own buildings and grounds.",
    "Pupils will have new playgrounds with safe surfaces, benches and trees for shade.",
    "Head teachers will meet the council every term to plan the building work at each school.",
    "The work at each school will happen in the holidays so that lessons are not disturbed.",
    "Parents will be able to see the plans for their school before any work starts.",
    "New schools will also be built in the towns where families have moved recently.",
    "Every new school will have a library, a hall and a kitchen for hot meals.",
    "The first pupils will start at the new schools in September the year after next.",
    "Teachers and parents can send the council their ideas for the schools at any time.",
    "Every school will also get new computers for pupils to use in lessons.",
    "Schools in the smallest villages will get the same help as those in towns.",
]


def sentences(texts):
    return [Sentence(i, None, None, t) for i, t in enumerate(texts)]


def secondly(text):
    return "Secondly, " + text[:1].lower() + text[1:]


def assert_good_parts(texts, spans):
    """Every sentence in exactly one part, in order; every part big enough when there is more than one."""
    assert spans[0].first == 0 and spans[-1].last == len(texts) - 1
    for a, b in zip(spans, spans[1:]):
        assert b.first == a.last + 1, spans
    for sp in spans:
        assert sp.first <= sp.last
    if len(spans) > 1:
        for sp in spans:
            part = texts[sp.first:sp.last + 1]
            assert len(part) >= SECTION_MIN_SENTENCES, spans
            assert sum(len(t.split()) for t in part) >= SECTION_MIN_WORDS, spans
    words = sum(len(t.split()) for t in texts)
    assert len(spans) <= max(1, min(16, words // WORDS_PER_SECTION_MIN))


def test_two_topics_with_a_signal_split_at_the_signal():
    texts = TRAINS + [secondly(SCHOOLS[0])] + SCHOOLS[1:]
    spans = split_sections(sentences(texts))
    assert spans == [Span(0, len(TRAINS) - 1), Span(len(TRAINS), len(texts) - 1)]
    assert_good_parts(texts, spans)


def test_two_topics_split_where_the_words_change_even_without_a_signal():
    texts = TRAINS + SCHOOLS
    assert split_sections(sentences(texts)) == [Span(0, len(TRAINS) - 1), Span(len(TRAINS), len(texts) - 1)]


def test_the_speakers_signal_outweighs_the_change_of_words():
    # 'Secondly' in the middle of the trains and none at the schools: the speaker is believed.
    at = 6
    texts = TRAINS[:at] + [secondly(TRAINS[at])] + TRAINS[at + 1:] + SCHOOLS
    assert split_sections(sentences(texts))[1].first == at


def test_a_signal_too_near_the_end_does_not_make_a_part_too_small():
    texts = TRAINS + SCHOOLS[:-2] + ["Finally, " + SCHOOLS[-2][:1].lower() + SCHOOLS[-2][1:], SCHOOLS[-1]]
    spans = split_sections(sentences(texts))
    assert all(sp.first != len(texts) - 2 for sp in spans)
    assert_good_parts(texts, spans)


def test_short_statements_are_one_part():
    assert split_sections([]) == []
    short = TRAINS[:4]  # far fewer words than two parts need
    assert split_sections(sentences(short)) == [Span(0, 3)]
    # Enough words for two parts but too few sentences for two parts of the minimum size.
    few = [" ".join((TRAINS + SCHOOLS)[i:i + 5]) for i in range(0, 25, 5)]
    assert sum(len(t.split()) for t in few) >= 2 * WORDS_PER_SECTION_MIN and len(few) < 2 * SECTION_MIN_SENTENCES
    assert split_sections(sentences(few)) == [Span(0, len(few) - 1)]


def test_a_long_statement_gets_at_least_the_fewest_parts():
    rnd = random.Random(7)
    texts = [rnd.choice(TRAINS + SCHOOLS) for _ in range(120)]
    words = sum(len(t.split()) for t in texts)
    spans = split_sections(sentences(texts))
    assert len(spans) >= words // WORDS_PER_SECTION_MAX
    assert_good_parts(texts, spans)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(TRAINS + SCHOOLS + [secondly(s) for s in SCHOOLS[:3]] + ["Yes.", "Thank you."]),
                min_size=1, max_size=90))
def test_any_statement_parts_cover_every_sentence_once_and_are_big_enough(texts):
    assert_good_parts(texts, split_sections(sentences(texts)))


@pytest.mark.parametrize(
    "text, strong",
    [
        ("Secondly, the schools will get money.", True),
        ("Finally, thank you all for listening.", True),
        ("Let me now turn to the schools.", True),
        ("The schools will get money.", False),
        ("We said secondly, the schools.", False),  # only at the start of a sentence
    ],
)
def test_signal_strength(text, strong):
    assert (signal_strength(text) > 0) == strong
