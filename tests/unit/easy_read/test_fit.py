"""easy_read/fit: side points are left out, hardest first, until the whole text meets the readability
targets of rules.py; a key announcement is never left out and a part never goes silent."""

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accessible_statement.document.easy_read import Point
from accessible_statement.easy_read.fit import Totals, fit_sections, plainest, short_share
from accessible_statement.language.readability import score_sentences
from accessible_statement.rules import EASE_AIM, GRADE_AIM, MIN_TEXT_SHARE, MIN_TEXT_WORDS, SENTENCE_WORDS, SHORT_SHARE

PLAIN = [
    "The park is open every day.",
    "Dogs must be kept on a lead.",
    "The cafe sells tea and cake.",
    "You can hire a bike at the gate.",
    "The pond has ducks and fish.",
    "Please take your litter home.",
    "The gates shut at six.",
    "There are toilets by the car park.",
]
HARD = [
    "Comprehensive environmental regeneration initiatives will substantially revitalise deteriorating municipal infrastructure.",
    "Considerable administrative reorganisation necessitated extraordinary interdepartmental communication regarding responsibilities.",
    "Sophisticated technological modernisation ultimately facilitated unprecedented economic diversification opportunities regionally.",
    "Municipal authorities anticipate considerable improvements regarding accessibility and environmental sustainability.",
]
LONG = "The council said that the new paths that run all the way round the lake will be ready for people to use by the end of the summer."


def totals(sections):
    t = Totals()
    for sec in sections:
        for p in sec:
            t = t.add(score_sentences([p.text]))
    return t


def numbered(*sections):
    """Points with source ids in order across the sections, as the builder makes them."""
    n = iter(range(10_000))
    return [[Point(text, (next(n),)) for text in sec] for sec in sections]


def texts(sections):
    return [[p.text for p in sec] for sec in sections]


def test_a_text_that_already_fits_comes_back_unchanged():
    sections = numbered(PLAIN[:4], PLAIN[4:])
    assert totals(sections).ok
    fitted = fit_sections(sections, key_sources=set())
    assert fitted == sections
    assert all(a is b for sec_a, sec_b in zip(fitted, sections) for a, b in zip(sec_a, sec_b))


def test_an_over_hard_text_is_made_to_meet_the_targets():
    sections = numbered(PLAIN[:3] + HARD[:2], PLAIN[3:6] + HARD[2:3], PLAIN[6:] + HARD[3:])
    before = totals(sections)
    assert not before.ok and before.scores.grade > GRADE_AIM and before.scores.reading_ease < EASE_AIM
    fitted = fit_sections(sections, key_sources=set())
    after = totals(fitted)
    assert after.ok
    assert after.scores.grade <= GRADE_AIM and after.scores.reading_ease >= EASE_AIM and after.short_share >= SHORT_SHARE
    # Only the hard side points went: every plain one is still there, in its own part.
    assert texts(fitted) == [PLAIN[:3], PLAIN[3:6], PLAIN[6:]]


def test_too_many_long_sentences_are_left_out_until_the_short_share_is_met():
    sections = numbered(PLAIN[:4] + [LONG], PLAIN[4:] + [LONG.replace("summer", "spring")])
    before = totals(sections)
    assert before.short_share < SHORT_SHARE and before.scores.grade <= GRADE_AIM
    fitted = fit_sections(sections, key_sources=set())
    assert totals(fitted).short_share >= SHORT_SHARE and totals(fitted).ok
    assert texts(fitted) == [PLAIN[:4], PLAIN[4:]]


@pytest.mark.xfail(strict=True, reason="known gap: one greedy pass; a point skipped while only the short share "
                   "was missed is not tried again once the grade is missed (build.py's second fit hides it)")
def test_hard_and_long_side_points_together_are_all_left_out_in_one_fit():
    sections = numbered(PLAIN[:3] + HARD[:2], PLAIN[3:6] + HARD[2:3] + [LONG], PLAIN[6:] + HARD[3:])
    assert not totals(sections).ok
    # Today HARD[3] stays (grade 5.89 against an aim of 5.8): removing it was tried while the grade was
    # met and only the long sentence kept the short share under 95%, so it looked like no gain.
    assert totals(fit_sections(sections, key_sources=set())).ok


def test_a_key_announcement_stays_however_hard_it_is():
    sections = numbered(PLAIN[:3] + HARD[:2], PLAIN[3:] + HARD[2:])
    key = sections[0][3]  # HARD[0]
    fitted = fit_sections(sections, key_sources={key.sources[0]})
    assert key in fitted[0]
    assert not any(p.text in HARD[1:] for sec in fitted for p in sec)  # the side points still went


def test_a_part_never_goes_silent():
    # The only point of the first part is the hardest sentence of all.
    sections = numbered(HARD[:1], PLAIN)
    fitted = fit_sections(sections, key_sources=set())
    assert all(fitted), fitted
    # With nothing plainer to say, the main clause of its own sentence stands in for it (or it stays).
    assert fitted[0][0].sources == sections[0][0].sources
    assert HARD[0].startswith(fitted[0][0].text.rstrip("."))


def test_a_parts_last_point_goes_only_for_a_plainer_sentence_of_its_own():
    sections = numbered(HARD[:1], PLAIN)
    pools = [[sections[0][0], Point("The town will get new parks.", sections[0][0].sources)], []]
    fitted = fit_sections(sections, key_sources=set(), pools=pools)
    assert texts(fitted)[0] == ["The town will get new parks."]
    assert texts(fitted)[1] == PLAIN


def test_a_sentence_that_leans_on_a_left_out_one_goes_with_it():
    hard = Point(HARD[0], (100,))
    leaning = Point("This is to make the town nicer.", (100,))  # says nothing once HARD[0] is gone
    sections = [[Point(t, (i,)) for i, t in enumerate(PLAIN)] + [hard, leaning]]
    fitted = fit_sections(sections, key_sources=set())
    assert hard not in fitted[0] and leaning not in fitted[0]
    # ... but it stays with a kept one.
    fitted = fit_sections(sections, key_sources={100})
    assert fitted[0][-2:] == [hard, leaning]


@pytest.mark.parametrize("source_words", [2000, 100_000])
def test_never_below_the_floor_of_what_was_said(source_words):
    # 60 hard sentences (over 600 words): the floor is 15% of the speech's words, and never above 405.
    rnd = random.Random(3)
    hard = [rnd.choice(HARD) for _ in range(60)]
    sections = numbered(PLAIN[:4] + hard[:30], PLAIN[4:] + hard[30:])
    floor = min(MIN_TEXT_WORDS, MIN_TEXT_SHARE * source_words)
    before = totals(sections)
    assert before.words > floor and not before.ok
    after = totals(fit_sections(sections, key_sources=set(), source_words=source_words))
    assert floor <= after.words < before.words  # it left out what it could, down to the floor and no further
    assert not after.ok  # the floor, not the targets, is what stopped it
    assert after.scores.grade < before.scores.grade


points = st.lists(st.sampled_from(PLAIN + HARD + [LONG]), min_size=1, max_size=8)


@settings(max_examples=80, deadline=None)
@given(st.lists(points, min_size=1, max_size=5), st.data())
def test_any_text_keeps_every_part_and_key_point_and_gets_no_harder(section_texts, data):
    sections = numbered(*section_texts)
    ids = [p.sources[0] for sec in sections for p in sec]
    keys = set(data.draw(st.lists(st.sampled_from(ids), max_size=3)))
    before = totals(sections)
    fitted = fit_sections(sections, key_sources=keys)
    after = totals(fitted)
    assert len(fitted) == len(sections) and all(fitted)
    kept = {p.sources[0] for sec in fitted for p in sec}
    assert keys <= kept
    assert all(p in sec for sec, fsec in zip(sections, fitted) for p in fsec if p.sources[0] in keys)
    if before.ok:
        assert fitted == sections
    elif fitted != sections:
        # Whatever it left out brought the text nearer a target it missed. (Not every one of them:
        # 'closer' is a weighted sum, so a part with one hard and two long sentences may keep the hard one.)
        assert (
            (before.scores.grade > GRADE_AIM and after.scores.grade < before.scores.grade)
            or (before.scores.reading_ease < EASE_AIM and after.scores.reading_ease > before.scores.reading_ease)
            or (before.short_share < SHORT_SHARE and after.short_share > before.short_share)
        )
    # Points keep their order in each part.
    for fsec in fitted:
        assert [p.sources for p in fsec] == sorted(p.sources for p in fsec)


def test_plainest_is_the_fewest_syllables_a_word_earliest_first():
    a, b, c = Point(HARD[0], (1,)), Point("The park is open.", (2,)), Point("The cafe is open.", (3,))
    assert plainest([a, b, c]) == b
    assert plainest([c, a]) == c
    assert all(len(t.split()) <= SENTENCE_WORDS for t in PLAIN)


def test_a_point_that_tells_much_is_not_left_out_for_the_grade_but_one_that_tells_little_is():
    news = Point("Comprehensive regeneration will cost Middlesbrough Council 40 million pounds before 2030.", (100,))
    chatter = [Point(t, (200 + k,)) for k, t in enumerate(HARD)]
    plain = [Point(t, (k,)) for k, t in enumerate(PLAIN)]
    sections = [plain[:1] + [news], plain[1:2] + chatter]
    assert not totals([[plain[0], news, plain[1]]]).ok  # the grade is missed even without the chatter
    told = {news.text: 9.0, **{p.text: 0.6 for p in chatter}}
    fitted = fit_sections(sections, key_sources=set(), told=told)
    kept = {p.text for sec in fitted for p in sec}
    assert news.text in kept
    assert not any(p.text in kept for p in chatter)


def test_a_key_point_that_leans_on_a_side_point_keeps_it():
    side = Point("Considerable administrative reorganisation necessitated extraordinary interdepartmental communication.", (10,))
    key = Point("Most people in these communities are appalled by the crimes.", (11,))  # leans on the one before
    plain = [Point(t, (k,)) for k, t in enumerate(PLAIN)]
    sections = [plain[:3] + [side, key]]
    fitted = fit_sections(sections, key_sources={11})
    kept = [p.text for sec in fitted for p in sec]
    assert key.text in kept and side.text in kept


def test_long_news_stays_when_the_builder_says_it_may_not_go():
    # The builder says so where two long key announcements that cannot go keep the share of short
    # sentences under 95% whatever is left out: leaving out the long news as well would lose what
    # was said and meet no rule.
    keys = [Point(LONG, (50,)), Point(LONG.replace("summer", "spring"), (51,))]
    news = Point("Middlesbrough Council will spend 40 million pounds on new paths and bridges by the end of 2030.", (60,))
    plain = [Point(t, (k,)) for k, t in enumerate(PLAIN)]
    sections = [plain[:4] + keys, plain[4:] + [news]]
    told = {news.text: 9.0}
    assert news not in fit_sections(sections, key_sources={50, 51}, told=told)[1]
    fitted = fit_sections(sections, key_sources={50, 51}, told=told, news_may_go=False)
    assert news in fitted[1]
    assert short_share(fitted) < SHORT_SHARE  # the rule is missed, and `check` says so


def test_long_news_goes_for_the_length_rule_where_that_meets_it():
    news = Point("Middlesbrough Council will spend 40 million pounds on new paths and bridges by the end of 2030.", (60,))
    plain = [Point(t, (k,)) for k, t in enumerate(PLAIN)]
    sections = [plain[:4], plain[4:] + [news]]
    fitted = fit_sections(sections, key_sources=set(), told={news.text: 9.0})
    assert news not in fitted[1] and short_share(fitted) >= SHORT_SHARE
