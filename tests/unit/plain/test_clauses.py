"""plain/clauses: the verb test for text the parser has not seen, and the embedded "while" drop."""

from accessible_statement.plain.clauses import drop_embedded_contrast, has_verb


def test_has_verb_tells_a_participle_adjective_from_a_verb():
    assert has_verb("the police continued") and has_verb("We will act")
    assert not has_verb("a continued failure") and not has_verb("Bread and milk")


def test_an_embedded_while_clause_goes_before_the_sentence_is_parsed():
    text = "Those convicted while their abusers went free will have their records wiped"
    assert drop_embedded_contrast(text) == "Those convicted will have their records wiped"
    assert drop_embedded_contrast("We will act, while others wait.") == "We will act, while others wait."
