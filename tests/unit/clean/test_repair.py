"""Caption noise repair, one piece at a time."""

import pytest

from accessible_statement.clean.repair import repair_text
from accessible_statement.clean.repeats import remove_repeats
from support.common import clean_text


@pytest.mark.parametrize(
    "noisy, clean",
    [
        ("a ÂŁ5 million fund", "a £5 million fund"),
        ("Â£5m", "£5m"),
        ("donâ€™t", "don't"),
        ("it’s “quoted”", 'it\'s "quoted"'),
        ("hello , world !", "hello, world!"),
        ("too   many    spaces", "too many spaces"),
        ("review.The Home Secretary", "review. The Home Secretary"),
        ("<i>tagged</i> and {\\an8}placed", "tagged and placed"),
        ("Café naïve", "Café naïve"),
        ("costs—more", "costs - more"),
    ],
)
def test_repair_text(noisy, clean):
    assert repair_text(noisy) == clean


def _dedupe(text, keep=frozenset({"that", "had"})):
    return " ".join(remove_repeats(text.split(), lambda t: t, lambda t, s: s, keep))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("apology apology to the victims", "apology to the victims"),
        ("we will we will act", "we will act"),
        ("the law the law.", "the law."),
        ("I know that that is true", "I know that that is true"),
        ("Thank you. Thank you.", "Thank you. Thank you."),
        ("a b c d e f a b c d e f g", "a b c d e f g"),
        ("the the the end", "the end"),
    ],
)
def test_remove_repeats(text, expected):
    assert _dedupe(text) == expected


def test_an_abbreviations_full_stop_is_not_a_sentence_end():
    # Found by the fuzz test: 'Dr.“Dr.' kept both copies, as if 'Dr."' ended a sentence.
    abbreviations = frozenset({"dr", "mr"})
    dedupe = lambda text: " ".join(remove_repeats(text.split(), lambda t: t, lambda t, s: s, frozenset(), abbreviations))  # noqa: E731
    assert dedupe('Dr." Dr. Smith spoke.') == 'Dr." Smith spoke.'
    assert dedupe("We thank Mr. Mr. Patel.") == "We thank Mr. Patel."
    assert dedupe("Thank you. Thank you.") == "Thank you. Thank you."


def test_repeats_across_caption_lines_and_sound_annotations():
    t = clean_text("00:00[Applause] We offered a formal public apology\n00:03apology to the victims.\n00:06(laughter) Thank you.")
    assert [s.text for s in t.sentences] == ["We offered a formal public apology to the victims.", "Thank you."]
    assert t.sentences[1].start == 6.0
