"""Every input format, on samples written in that format: short and long, punctuated or not, with clutter."""

import pytest

from accessible_statement.read.formats.detect import detect_format
from support.common import FIXTURES, clean_file, clean_text
from support.sentence_rules import assert_clean_sentences

# --- detection ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, expected",
    [
        ("budget-speech.srt", "srt"),
        ("health-announcement.vtt", "vtt"),
        ("autocaption-unpunctuated.vtt", "vtt"),
        ("short-clip-page.txt", "page"),
        ("transport-page-mmss.txt", "page"),
        ("long-session.txt", "plain"),
    ],
)
def test_detects_every_fixture(name, expected):
    text = (FIXTURES / name).read_text(encoding="utf-8")
    assert detect_format(text) == expected
    assert_clean_sentences(clean_file(FIXTURES / name))


def test_forcing_a_format_overrides_detection():
    page = "00:00Hello there.\n00:05We will act."
    assert clean_text(page).sentences[1].start == 5.0
    forced = clean_text(page, input_format="plain")
    assert forced.sentences[0].start is None
    assert "00:00Hello" in forced.sentences[0].text


# --- video pages ----------------------------------------------------------------------------

PAGE = """Skip to playerSkip to main contentSkip to footer
  • 2/3/2026
Jane Smith said the plan would work.The Culture Secretary told MPs it was overdue.READ MORE
Transcript
00:00Mr Speaker, today I am announcing
00:03a new fund for libraries
00:05we will spend £20 million
00:08over the next two years
00:10Libraries are the heart of our towns.
00:14They must stay open
00:16and they will.

Recommended
Another video
03:12
Comments
"""


def test_page_short_with_clutter():
    t = clean_text(PAGE)
    assert_clean_sentences(t)
    assert t.format == "page"
    assert t.date == "2026-02-03"
    assert t.speaker == "Jane Smith, Culture Secretary"
    assert "READ MORE" not in (t.description or "")
    texts = [s.text for s in t.sentences]
    assert texts[0] == "Mr Speaker, today I am announcing a new fund for libraries we will spend £20 million over the next two years."
    assert texts[-1] == "They must stay open and they will."
    assert all("Another video" not in s and "Comments" not in s for s in texts)
    assert [s.start for s in t.sentences] == [0.0, 10.0, 14.0]
    assert all(s.end is None for s in t.sentences)


def test_page_timestamp_glued_to_a_number():
    page = "Transcript\n00:01:50We met in Leeds.\n00:01:571945 was a turning point.\n00:02:03It still is.\n"
    t = clean_text(page)
    assert [s.text for s in t.sentences] == ["We met in Leeds.", "1945 was a turning point.", "It still is."]
    assert [s.start for s in t.sentences] == [110.0, 117.0, 123.0]


def test_page_hours_fixture_reads_the_glued_year():
    t = clean_file(FIXTURES / "short-clip-page.txt")
    year = [s for s in t.sentences if s.text.startswith("1948 was the year")]
    assert year and year[0].start == 57.0
    assert t.date == "2026-03-04"
    assert "Health Secretary" in t.speaker
    assert not any("Recommended" in s.text or "comment" in s.text.lower() for s in t.sentences)


def test_page_unpunctuated_fragments_with_names_at_line_starts():
    t = clean_file(FIXTURES / "transport-page-mmss.txt")
    assert_clean_sentences(t)
    texts = " ".join(s.text for s in t.sentences)
    # Proper nouns at the start of a caption line continue the sentence.
    assert "Greater Manchester and across the Pennines" in texts
    assert "Engineers from Network Rail will begin work" in texts
    assert 10 <= len(t.sentences) <= 25


def test_page_long_unpunctuated_is_split_into_sentences():
    words = ("so we will build new homes and we will repair old ones because families need them "
             "and today I can tell the house that the money is there but we must go further ").split()
    lines = [f"{i // 60:02d}:{i % 60:02d}{' '.join(words[j:j + 4])}" for i, j in zip(range(0, 400, 2), range(0, len(words) * 6, 4))]
    t = clean_text("\n".join(lines * 1))
    assert_clean_sentences(t)
    assert max(len(s.text.split()) for s in t.sentences) <= 45


# --- SRT -------------------------------------------------------------------------------------

SRT = """1
00:00:01,000 --> 00:00:03,500
<i>Good morning.</i> Today we set out

2
00:00:03,600 --> 00:00:06,000
our plan for the the railways

3
00:00:06,100 --> 00:00:09,000
It will cost ÂŁ2 billion
over “five” years.
"""


def test_srt_short():
    t = clean_text(SRT)
    assert t.format == "srt"
    assert_clean_sentences(t)
    assert [s.text for s in t.sentences] == [
        "Good morning.",
        "Today we set out our plan for the railways.",
        'It will cost £2 billion over "five" years.',
    ]
    assert t.sentences[0].start == 1.0
    assert t.sentences[-1].end == 9.0
    assert t.sentences[1].end <= 6.0


def test_srt_broken_numbers_and_no_blank_lines_between_cues():
    srt = "7\n00:00:01,000 --> 00:00:02,000\nFirst line.\n\nx\n00:00:02,500 --> 00:00:04,000\nSecond line.\n3\n00:00:04,000 --> 00:00:05,000\nThird line.\n"
    t = clean_text(srt)
    assert [s.text for s in t.sentences] == ["First line.", "Second line.", "Third line."]


def test_srt_fixture_repairs_and_keeps_times():
    t = clean_file(FIXTURES / "budget-speech.srt")
    assert_clean_sentences(t)
    text = " ".join(s.text for s in t.sentences)
    assert "Â" not in text and "Ł" not in text
    assert "£2.5 billion" in text and "£600 million" in text
    assert "’" not in text and "“" not in text
    assert "budget budget" not in text.lower()
    assert "<i>" not in text
    assert t.sentences[0].start == 1.2
    assert t.sentences[-1].end == pytest.approx(192.97, abs=0.01)
    assert all(s.end is not None for s in t.sentences)
    # "e.g." is an abbreviation, not a sentence end.
    assert any("e.g. " in s.text for s in t.sentences)


# --- WebVTT ------------------------------------------------------------------------------------

VTT = """WEBVTT - Minister on flooding

NOTE this is a comment
with two lines

STYLE
::cue { color: yellow; }

intro
00:01.000 --> 00:04.000 align:start position:0%
<v Environment Secretary>We will protect 50,000 homes
from flooding.</v>

00:04.500 --> 00:07.000
<v Environment Secretary>The work starts <c.yellow>this week</c></v>

00:07.200 --> 00:09.000
<v Environment Secretary>and it will take two years.</v>
"""


def test_vtt_short_with_voice_tags_and_blocks():
    t = clean_text(VTT)
    assert t.format == "vtt"
    assert t.title == "Minister on flooding"
    assert t.speaker == "Environment Secretary"
    assert t.role == "Environment Secretary"
    assert [s.text for s in t.sentences] == [
        "We will protect 50,000 homes from flooding.",
        "The work starts this week and it will take two years.",
    ]
    assert (t.sentences[1].start, t.sentences[1].end) == (4.5, 9.0)


def test_vtt_without_header_is_read_with_a_warning():
    body = VTT.split("\n", 1)[1]
    t = clean_text(body)
    assert t.format == "vtt"
    assert any("WEBVTT" in w for w in t.warnings)
    assert len(t.sentences) == 2


def test_vtt_fixture():
    t = clean_file(FIXTURES / "health-announcement.vtt")
    assert_clean_sentences(t)
    text = " ".join(s.text for s in t.sentences)
    assert "::cue" not in text and "color" not in text and "Captions prepared" not in text
    assert "<" not in text and "pledge" not in text
    assert "We will bring back the family doctor!" in text
    assert t.speaker == "Health Secretary"
    assert t.sentences[-1].end == pytest.approx(114.3)


def test_vtt_rolling_auto_captions_lowercase_unpunctuated():
    t = clean_file(FIXTURES / "autocaption-unpunctuated.vtt")
    assert_clean_sentences(t)
    text = " ".join(s.text for s in t.sentences)
    # Each caption line appears once, although the file repeats every line in the next cue.
    assert text.lower().count("good afternoon everyone") == 1
    assert text.lower().count("today i want to talk about the railways") == 1
    assert " i " not in text  # the pronoun is capitalised again
    assert len(t.sentences) >= 6
    assert max(len(s.text.split()) for s in t.sentences) <= 45
    assert t.sentences[0].start == pytest.approx(0.04)


# --- plain paragraphs ------------------------------------------------------------------------


def test_plain_short_without_punctuation():
    t = clean_text("we are cutting fuel duty by five pence and it starts on monday")
    assert [s.text for s in t.sentences] == ["We are cutting fuel duty by five pence and it starts on monday."]
    assert t.sentences[0].start is None and t.sentences[0].end is None


def test_plain_paragraphs_with_title():
    text = "Statement on water quality\n\nMr Speaker, our rivers are dirty. We will fix them\n\nFirst, fines will double.\n"
    t = clean_text(text)
    assert t.format == "plain"
    assert t.title == "Statement on water quality"
    assert [s.text for s in t.sentences] == [
        "Mr Speaker, our rivers are dirty.",
        "We will fix them.",
        "First, fines will double.",
    ]


def test_plain_long_fixture():
    t = clean_file(FIXTURES / "long-session.txt")
    assert_clean_sentences(t)
    assert t.title == "Statement on school buildings"
    assert len(t.sentences) > 60
    assert "we will we will" not in " ".join(s.text for s in t.sentences).lower()


def test_crlf_and_lone_cr_line_ends():
    t1 = clean_text(PAGE.replace("\n", "\r\n"))
    t2 = clean_text(PAGE.replace("\n", "\r"))
    assert [s.text for s in t1.sentences] == [s.text for s in t2.sentences] == [s.text for s in clean_text(PAGE).sentences]
