"""plain/referents: 'I' becomes the speaker's role, 'we' the government when the speaker speaks for it,
and 'she'/'he' the person last named, with the verb made to agree; a pronoun with no clear referent
is left alone and reported as unclear."""

import pytest

from accessible_statement.plain.referents import Referents, third_person


def minister():
    return Referents.for_statement("Health Secretary", addressed_to_parliament=False)


@pytest.mark.parametrize(
    "said, meant",
    [
        ("I agree with the nurses.", "The Health Secretary agrees with the nurses."),
        ("I have met the nurses.", "The Health Secretary has met the nurses."),
        ("I will visit every hospital.", "The Health Secretary will visit every hospital."),
        ("I also want shorter waits.", "The Health Secretary also wants shorter waits."),  # past the adverb
        ("I do not accept that.", "The Health Secretary does not accept that."),
        ("Today I am publishing the plan.", "Today the Health Secretary is publishing the plan."),
        ("This is my promise.", "This is the Health Secretary's promise."),
        ("The nurses told me about it.", "The nurses told the Health Secretary about it."),
    ],
)
def test_i_is_the_speakers_role_and_the_verb_agrees(said, meant):
    assert minister().resolve(said) == (meant, False)


def test_without_a_role_i_is_the_person_speaking():
    refs = Referents.for_statement(None, addressed_to_parliament=False)
    assert refs.speaker == "the person speaking"
    text, unclear = refs.resolve("I think the plan is good.")
    assert text == "The person speaking thinks the plan is good." and not unclear


def test_we_is_the_government_only_when_the_speaker_speaks_for_it():
    assert minister().government
    assert minister().resolve("We are hiring more staff.") == ("The government is hiring more staff.", False)
    assert minister().resolve("we will act now.") == ("The government will act now.", False)  # and a capital first
    assert minister().resolve("Thank you for helping us.") == ("Thank you for helping the government.", False)
    # Addressing Parliament makes a speaker with no government role speak for it too.
    assert Referents.for_statement(None, addressed_to_parliament=True).resolve("We will act.")[0] == "The government will act."
    # A mayor's 'we' is not the government's: it stays as it was.
    mayor = Referents.for_statement("Mayor of Leeds", addressed_to_parliament=False)
    assert not mayor.government
    assert mayor.resolve("We will act.") == ("We will act.", False)


def test_she_after_one_named_woman_is_that_woman():
    refs = minister()
    refs.observe("Dame Sarah Jones will lead the review.")
    assert refs.resolve("She will report in May.") == ("Dame Sarah Jones will report in May.", False)  # never "Dame Jones"
    assert refs.resolve("Her report will come in May.") == ("Dame Sarah Jones's report will come in May.", False)
    assert refs.resolve("I asked her to start soon.") == ("The Health Secretary asked Dame Sarah Jones to start soon.", False)
    # Already named in the sentence: the pronoun is clear as it is.
    assert refs.resolve("Dame Jones said she would help.") == ("Dame Jones said she would help.", False)


def test_he_and_she_each_find_their_own_person():
    refs = minister()
    refs.observe("Dame Sarah Jones will lead the review.")
    refs.observe("The review will also hear from Mr Tom Hill.")
    assert refs.resolve("He will help her.") == ("Mr Hill will help Dame Sarah Jones.", False)
    assert refs.resolve("She asked him to help.") == ("Dame Sarah Jones asked Mr Hill to help.", False)


def test_a_pronoun_with_no_one_to_point_at_is_left_and_reported_unclear():
    refs = minister()
    assert refs.resolve("She will report in May.") == ("She will report in May.", True)
    refs.observe("Dame Sarah Jones will lead the review.")
    assert refs.resolve("He will help.") == ("He will help.", True)  # a woman was named, not a man


def test_forms_of_address_are_not_people():
    refs = minister()
    refs.observe("Mr Speaker, I thank the House.")
    assert refs.resolve("He will help.")[1], "'Mr Speaker' was taken for a man the speaker talks about"


@pytest.mark.xfail(strict=True, reason="known gap: no quote handling, a quoted 'I' is taken for the speaker")
def test_i_inside_someone_elses_quoted_words_is_not_the_speaker():
    text, _ = minister().resolve('One nurse told me: "I was not listened to."')
    # Today: 'One nurse told the Health Secretary: the Health Secretary was not listened to."' (and the
    # opening quote mark is lost). The nurse, not the minister, was not listened to.
    assert "the Health Secretary was not" not in text and text.count('"') == 2


@pytest.mark.parametrize(
    "verb, agreed",
    [("agree", "agrees"), ("have", "has"), ("am", "is"), ("try", "tries"), ("play", "plays"), ("watch", "watches"),
     ("go", "goes"), ("Go", "Goes"), ("told", "told"), ("will", "will"), ("wants", "wants")],
)
def test_third_person(verb, agreed):
    assert third_person(verb) == agreed


def test_he_after_two_men_named_long_ago_stays_he_but_the_only_woman_named_is_still_known():
    r = minister()
    for said in ["Professor Jay wrote the first report.", "Mr Shapps met the families.", "The work went on for years.",
                 "Dr Patel ran the review.", "Nothing changed after that."]:
        r.observe(said)
    said = "He joined the apology."
    r.observe(said)
    assert r.resolve(said)[0] == "He joined the apology."  # Jay, Shapps or Patel: a guess would be untrue
    r = minister()
    for said in ["Baroness Casey wrote the audit.", "The work went on for years.", "Nothing changed after that."]:
        r.observe(said)
    said = "She finds a long failure."
    r.observe(said)
    assert r.resolve(said)[0] == "Baroness Casey finds a long failure."


@pytest.mark.parametrize("said, meant", [
    ("Can I just add 1 last point.", "Can the Health Secretary just add 1 last point."),
    ("The Premier and I understand the problem.", "The Premier and the Health Secretary understand the problem."),
    ("The Treasurer and I have said it many times.", "The Treasurer and the Health Secretary have said it many times."),
    ("They met, and I agree with them.", "They met, and the Health Secretary agrees with them."),
])
def test_the_verb_agrees_only_where_i_is_its_one_subject(said, meant):
    assert minister().resolve(said)[0] == meant


def test_in_an_interview_we_is_the_government_only_for_what_a_government_does():
    pm = Referents.for_statement("Prime Minister", addressed_to_parliament=False, dialogue=True)
    assert pm.resolve("We will invest $20 billion in roads.")[0] == "The government will invest $20 billion in roads."
    assert pm.resolve("We have already cut taxes.")[0] == "The government has already cut taxes."
    assert pm.resolve("We suffered terrible losses.")[0] == "We suffered terrible losses."  # the country's soldiers
    assert pm.resolve("We can compete with the best.")[0] == "We can compete with the best."
    assert pm.resolve("They told us.")[0] == "They told us."
    # A statement by the minister alone: "we" is the government (rule 4).
    alone = Referents.for_statement("Prime Minister", addressed_to_parliament=False)
    assert alone.resolve("We suffered terrible losses.")[0] == "The government suffered terrible losses."


def test_a_name_said_without_a_title_is_seen():
    from accessible_statement.language.parser import parse_sentence

    def observe(refs, text):
        refs.observe(text, parse_sentence(text))

    refs = minister()
    observe(refs, "Sir Robert Menzies founded the party.")
    assert refs.resolve("He was a great man.") == ("Sir Robert Menzies was a great man.", False)  # never "Sir Menzies"
    # the one named in the sentence, as its subject, is who "he" is: not the titled man before
    observe(refs, "Andrew Robb has done in one year what others could not do in 10 - he has negotiated three trade deals.")
    assert refs.resolve("He has negotiated 3 trade deals.") == ("Andrew Robb has negotiated 3 trade deals.", False)
    # a sentence later, two men could be meant: "he" stays, unclear
    observe(refs, "He was wrong then and he is wrong now.")
    assert refs.resolve("He was wrong then.") == ("He was wrong then.", True)


def test_only_a_verb_is_made_to_agree():
    refs = minister()
    assert refs.resolve("I almost said the wrong thing.") == ("The Health Secretary almost said the wrong thing.", False)
    assert refs.resolve("I elsewhere saw the damage.") == ("The Health Secretary elsewhere saw the damage.", False)
    assert refs.resolve("I really want it.") == ("The Health Secretary really wants it.", False)


def test_we_who_have_someone_named_are_a_team_not_the_government():
    refs = Referents.for_statement("Prime Minister", addressed_to_parliament=True)
    assert refs.resolve("We have Mark Dreyfus in the team.") == ("We have Mark Dreyfus in the team.", False)
    assert refs.resolve("We have cut taxes.") == ("The government has cut taxes.", False)
