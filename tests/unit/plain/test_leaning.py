"""plain/leaning: which sentences need the one before them, by their parse."""

import pytest

from accessible_statement.plain.leaning import leans_back


@pytest.mark.parametrize("text, leans", [
    ("It is good to be here.", True),
    ("The council is running a tight budget here.", True),
    ("We are here in Western Australia.", False),
    ("There are 20 new computers.", False),
])
def test_a_bare_here_or_there_is_the_place_of_the_speech(text, leans):
    assert leans_back(text) is leans
