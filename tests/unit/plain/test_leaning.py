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


@pytest.mark.parametrize("text, leans", [
    ("Those who groom children will not get asylum in the United Kingdom.", False),
    ("The help is for those who live in care.", False),
    ("Those are the facts.", True),
    ("We will take action on all of those.", True),
])
def test_a_demonstrative_that_says_who_it_means_does_not_lean(text, leans):
    # "those who ..." is said of whoever the relative clause names, not of a sentence before
    assert leans_back(text) is leans


@pytest.mark.parametrize("text, leans", [
    ("Baroness Casey's audit confirms that ethnicity data is not recorded for 2 out of 3 grooming gang perpetrators.", False),
    ("The report shows that money was spent well.", False),
    ("That money was spent well.", True),
    ("The council spends that money on roads.", True),
])
def test_a_that_which_starts_what_a_verb_says_does_not_lean(text, leans):
    # the parser may read "confirms that data" as a noun and "that data": the data is the next verb's subject
    assert leans_back(text) is leans
