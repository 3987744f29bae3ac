"""Checks every easy-read document must pass, whatever transcript it came from."""

import re
from fractions import Fraction

from accessible_statement.language.numbers import numbers_in


# Two or more capitals in a short word: NHS, GPs, DfE, HMRC (not "Casey" or "TransPennine").
ABBREVIATION = re.compile(r"\b(?=[A-Za-z]{0,5}[A-Z][a-z]{0,3}[A-Z])[A-Za-z]{2,6}\b")


def points(doc):
    return [p for sec in doc.sections for p in sec.points]


def assert_length_rules(doc):
    lengths = [len(p.text.split()) for p in points(doc)]
    assert lengths, "no easy-read sentences"
    assert max(lengths) <= 20, max(lengths)
    assert sum(lengths) / len(lengths) <= 12, sum(lengths) / len(lengths)
    assert sum(1 for n in lengths if n <= 15) / len(lengths) >= 0.95, sorted(lengths)[-5:]


def assert_numbers_from_source(doc):
    source = numbers_in(" ".join(s.text for s in doc.transcript.sentences))
    for p in points(doc):
        for d in re.findall(r"\d[\d,]*(?:\.\d+)?", p.text):
            assert Fraction(d.replace(",", "")) in source, f"{d} not in the source: {p.text}"


def assert_traceable(doc):
    all_ids = {s.id for s in doc.transcript.sentences}
    for sec in doc.sections:
        ids = {s.id for s in sec.sentences}
        assert ids <= all_ids
        for p in sec.points:
            assert p.sources and set(p.sources) <= ids, p


def assert_sections(doc):
    assert doc.sections
    titles = [s.title for s in doc.sections]
    assert len(set(titles)) == len(titles), titles
    for sec in doc.sections:
        assert 1 <= len(sec.title.split()) <= 7, sec.title
        assert sec.points, f"section {sec.title!r} says nothing"
    covered = [s.id for sec in doc.sections for s in sec.sentences]
    assert covered == [s.id for s in doc.transcript.sentences], "sections must cover every sentence once, in order"


def assert_plain_words(doc):
    for p in points(doc):
        assert not re.search(r"\b\w+(?:n't|'re|'ve|'ll|'d|'m)\b", p.text), p.text
        assert not ABBREVIATION.search(p.text), p.text
        first = p.text.lstrip("\"'(")[:1]
        assert (first.isupper() or first.isdigit()) and p.text.rstrip("\"')").endswith((".", "?", "!")), p.text


def assert_easy_read(doc):
    assert_sections(doc)
    assert_length_rules(doc)
    assert_numbers_from_source(doc)
    assert_traceable(doc)
    assert_plain_words(doc)
