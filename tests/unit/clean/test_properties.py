"""No input text crashes the cleaner: any text gives clean sentences or the clear 'no speech found' error."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accessible_statement.errors import BadInput
from accessible_statement.clean.sentences import NO_SPEECH
from support.common import clean_text
from support.sentence_rules import assert_clean_sentences

PIECES = st.sampled_from([
    "00:00", "00:01:57", "12:34", "1945", "WEBVTT", "-->", "00:00:01,000 --> 00:00:02,000", "00:01.000 --> 00:02.500",
    "Skip to player", "Transcript", "Recommended", "<v Name>", "</v>", "<i>", "[Music]", "ÂŁ", "Â£", "“", "’",
    "Mr", "Dr.", "e.g.", "the", "the", "and", "we", "will", "I", "i", "So", ".", ",", "?", "!", " ", "\n", "\n\n",
    "\r\n", "\r", "\t", "apology apology", "that that", "•", "6/16/2025", "-", "...", "NOTE", "STYLE", "1",
])
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(PIECES, max_size=80).map("".join),
    st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=60).map(" ".join),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_text_gives_sentences_or_no_speech(text):
    try:
        transcript = clean_text(text)
    except BadInput as exc:
        assert str(exc).endswith(("file is empty", NO_SPEECH, "looks like a binary file, not a text transcript")), str(exc)
        return
    # Arbitrary text may say "at 10:30"; every other rule holds for any input.
    assert_clean_sentences(transcript, allow_times_in_text=True)
    assert all(s.text.strip() for s in transcript.sentences)


@settings(max_examples=150, deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=60).map("".join), st.sampled_from(["page", "srt", "vtt", "plain"]))
def test_every_forced_format_survives_any_text(text, fmt):
    try:
        transcript = clean_text(text, input_format=fmt)
    except BadInput:
        return
    assert_clean_sentences(transcript, allow_times_in_text=True)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_easy_read_never_crashes(text):
    from accessible_statement.easy_read.build import build_easy_read
    from accessible_statement.render.easy_read import to_json, to_text

    try:
        doc = build_easy_read(clean_text(text))
    except BadInput as exc:  # no speech, or too little of it to summarise
        assert "no speech found" in str(exc) or "too little for an easy-read version" in str(exc) or "file is empty" in str(exc) or "binary" in str(exc), str(exc)
        return
    assert doc.sections
    to_text(doc)
    to_json(doc)
    for sec in doc.sections:
        for p in sec.points:
            assert len(p.text.split()) <= 20
