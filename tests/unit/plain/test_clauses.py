"""plain/clauses: a sentence is split only into whole clauses, no word of it is lost on the way, and
`core_clause` keeps a start of the sentence that is itself a sentence, within the word limits it is given."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accessible_statement.plain.clauses import (
    core_clause,
    has_verb,
    main_clause_first,
    split_clauses,
    split_purpose,
    split_shared_subject,
)

# Words a split may drop at a join or put at the start of the new sentence ("This is because ...").
JOIN_WORDS = {"and", "but", "so", "because", "that", "while", "whilst", "this", "is", "means", "includes", "including"}


def _words(text):
    return [w for w in re.findall(r"[a-z0-9']+", text.lower())]


def _kept_words(text):
    return [w for w in _words(text) if w not in JOIN_WORDS]


# Clauses the splitter knows are clauses: a subject it recognises and a verb it recognises.
SUBJECTS = ["We", "They", "She", "The police", "The government"]
PREDICATES = [
    "will open a new library in the town",
    "have listened to parents and carers",
    "found more money for the roads",
    "can cut waiting times for patients",
    "must fix the roof of the old hall",
    "said the bridge was not safe",
    "will buy bread and milk for the food bank",
    "asked every school to send in its plans",
]
JOINS = [", and ", " and ", ", but ", " but ", ", so ", " so ", " because ", "; ", ", while ", " so that "]



def _joined(first, rest):
    """'We will ...' + [(', but ', 'The police must ...')] -> 'We will ..., but the police must ....'"""
    return first + "".join(join + c[:1].lower() + c[1:] for join, c in rest) + "."


clause = st.builds(lambda s, p: f"{s} {p}", st.sampled_from(SUBJECTS), st.sampled_from(PREDICATES))
# No verb: a join before one of these is not a clause join ("..., but not the old roads").
NOUN_PHRASES = ["not the old roads in the town", "more money for the two new schools", "the parks and the open spaces nearby"]
sentence = st.builds(
    _joined, clause, st.lists(st.tuples(st.sampled_from(JOINS), clause | st.sampled_from(NOUN_PHRASES)), max_size=3)
)


@settings(max_examples=200, deadline=None)
@given(sentence)
def test_a_split_loses_no_word_and_keeps_the_order(text):
    pieces = split_clauses(text)
    assert pieces and all(p.strip() for p in pieces)
    # Only join words go or come; every other word is still there, once, in the speaker's order.
    assert _kept_words(" ".join(pieces)) == _kept_words(text), pieces


@settings(max_examples=200, deadline=None)
@given(sentence)
def test_every_piece_of_a_split_is_a_clause_with_a_verb(text):
    pieces = split_clauses(text)
    if len(pieces) > 1:
        for piece in pieces:
            assert has_verb(piece), (piece, pieces)
            assert len(piece.split()) >= 2, (piece, pieces)
            assert piece[:1].isupper(), (piece, pieces)  # each piece starts as a sentence


@settings(max_examples=200, deadline=None)
@given(clause, st.sampled_from(JOINS), clause)
def test_two_clauses_at_any_join_become_two_sentences(first, join, second):
    text = _joined(first, [(join, second)])
    pieces = split_clauses(text)
    assert len(pieces) == 2, pieces
    assert _kept_words(pieces[0]) == _kept_words(first)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The police will visit every school, and the government will pay for it.",
            ["The police will visit every school", "The government will pay for it."],
        ),
        (
            "She opened the new ward, but the hospital still needs more nurses.",
            ["She opened the new ward", "But the hospital still needs more nurses."],
        ),
        ("We will build new homes and we will cut waiting times.", ["We will build new homes", "We will cut waiting times."]),
        ("We have a plan. It will work.", ["We have a plan", "It will work."]),
        # An aside the speaker dropped in (", which we ..., ") goes; the main clause stays whole.
        ("The plan, which we published in May, will cut waiting times.", ["The plan will cut waiting times."]),
    ],
)
def test_known_splits(text, expected):
    assert split_clauses(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We will buy bread and milk for the food bank.",  # 'and' between two nouns is not a clause join
        "Fresh fruit, warm bread and cold milk.",  # no verb anywhere: nothing to split
        "The council will plant more trees, including oaks and beeches in the parks.",  # the list has no verb
    ],
)
def test_no_split_where_a_piece_would_not_be_a_clause(text):
    assert split_clauses(text) == [text]


def test_has_verb_tells_a_participle_adjective_from_a_verb():
    assert has_verb("the police continued") and has_verb("We will act")
    assert not has_verb("a continued failure") and not has_verb("Bread and milk")


def test_purpose_shared_subject_and_fronted_clause():
    assert split_purpose("The council will hire twenty new wardens in order to keep the parks safe at night") == [
        "The council will hire twenty new wardens",
        "This is to keep the parks safe at night",
    ]
    # "asked ... to" is the verb's object, not a purpose: no split.
    asked = "The council asked every school in the county to send in its plans"
    assert split_purpose(asked) == [asked]
    assert split_shared_subject("The council will repair the old bridge and will build a new cycle path") == [
        "The council will repair the old bridge",
        "The council will build a new cycle path",
    ]
    assert main_clause_first("After the storm damaged the roof of the old school, the council will rebuild it with new money") == (
        "The council will rebuild it with new money"
    )
    assert main_clause_first("In 2015, the council built a new school.") == "In 2015, the council built a new school."


# --- core_clause -------------------------------------------------------------------------------

SAFE_CUT_WORDS = {"for", "in", "on", "with", "through", "across", "over", "into", "who", "which", "where"}
STARTS = ["The new rail line will carry passengers", "We will repair the roads", "The council has agreed a plan",
          "The police have been dealing with the problem", "Bread and milk and eggs", "Two out of three families",
          "We will look", "Nurses who work at night"]
PHRASES = ["between the two largest cities", "in the north of the country", "for the first time", "with local businesses",
           "into the problem", "across the county", "on every street", "over the next ten years", "who live there",
           "through the winter", "and the towns", "the people"]

long_sentence = st.builds(lambda s, ps: " ".join([s, *ps]), st.sampled_from(STARTS), st.lists(st.sampled_from(PHRASES), max_size=6))


@settings(max_examples=300, deadline=None)
@given(long_sentence, st.integers(min_value=3, max_value=20), st.integers(min_value=0, max_value=8))
def test_core_clause_is_a_sentence_start_within_its_limits_or_none(text, target, extra):
    ceiling = target + extra
    core = core_clause(text, target, ceiling)
    if core is None:
        return
    n = len(core.split())
    assert text.startswith(core)
    assert 6 <= n <= ceiling, (core, target, ceiling)
    assert has_verb(core), core
    # Cut only where a new phrase starts, so that what the first part says does not change.
    assert text[len(core):].split()[0].lower() in SAFE_CUT_WORDS, core
    assert core.split()[-1].lower() not in {"the", "a", "an", "and", "or", "of", "to", "look"}, core
    if n > target:  # over the target only when nothing within it would do
        assert core_clause(text, target, target) is None, core


def test_core_clause_examples():
    line = "The new rail line will carry passengers between the two largest cities in the north of the country for the first time"
    assert core_clause(line, 15, 20) == "The new rail line will carry passengers between the two largest cities"
    # No start of the right length is a sentence: no verb in 'Bread and milk ...', too short a start.
    assert core_clause("Bread and milk and eggs in the shop for the people in the town", 15, 20) is None
    assert core_clause(line, 5, 5) is None
    # 'look into' stays together: the cut is after the verb's object, not between 'look' and 'into'.
    assert core_clause("We will look into the problem in the town centre for the people who live there", 8, 12) == (
        "We will look into the problem"
    )
