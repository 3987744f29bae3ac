"""Word swaps keep the grammar around them."""

import pytest

from accessible_statement.plain.rewrite import normalise


@pytest.mark.parametrize("said, plain", [
    ("We need a inquiry.", "We need an inquiry."),  # the article a swap leaves before a new first letter
    ("It is an big plan.", "It is a big plan."),
    ("It is a European plan.", "It is a European plan."),  # by sound, not by letter
    ("This is a one-off.", "This is a one-off."),
    ("It took an hour.", "It took an hour."),
])
def test_an_article_fits_the_word_after_it(said, plain):
    assert normalise(said) == plain
