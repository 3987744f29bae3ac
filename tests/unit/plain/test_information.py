"""How much a sentence tells (plain/information.py), from the statement's own topic words."""

from accessible_statement.language.parser import parse_sentences
from accessible_statement.plain.information import information, topic_words

STATEMENT = [
    "The council will close the library on Friday.",
    "The library will open again in March with a new children's room.",
    "It is wonderful to be here with you all.",
    "Thank you all for coming this morning.",
    "The new library will have 20 computers for anyone to use.",
]


def told():
    parses = parse_sentences(STATEMENT)
    topic = topic_words(parses)
    return {t: information(p, topic) for t, p in zip(STATEMENT, parses)}


def test_a_word_the_statement_comes_back_to_weighs_more_than_one_said_once():
    topic = topic_words(parse_sentences(STATEMENT))
    assert topic["library"] > topic["computer"] > 0


def test_a_greeting_tells_less_than_a_sentence_with_the_topic_a_number_or_a_name():
    scores = told()
    greeting = scores["It is wonderful to be here with you all."]
    for fact in (STATEMENT[0], STATEMENT[1], STATEMENT[4]):
        assert scores[fact] > greeting + 1
    assert greeting < 0.5  # rules.LOW_INFORMATION: left out of the easy read


def test_the_speakers_own_names_are_no_news():
    parses = parse_sentences(["The government will build the road.", "The government thanks you."])
    plain = information(parses[1], topic_words(parses))
    without = information(parses[1], topic_words(parses, frozenset({"government"})), frozenset({"government"}))
    assert without < plain


def test_saying_what_someone_will_do_is_news_even_in_a_short_statement():
    said = parse_sentences(["The audit found that suspects were more likely to be men.", "We will publish new data next year."])
    topic = topic_words(said)
    will, was = parse_sentences(["We will publish new data next year.", "We published new data last year."])
    assert information(will, topic) >= information(was, topic) + 0.4
    # a light verb is no decision: "We will see."
    (see,) = parse_sentences(["We will see a response."])
    assert information(see, topic) < information(will, topic)
