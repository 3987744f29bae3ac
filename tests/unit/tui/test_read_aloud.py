"""The reader's plain-Python parts without a screen: the read-aloud script of a part, the speech
session (what each speech event means), the search, and the controller with a recording view."""

import subprocess
import sys

import pytest

from accessible_statement.render.reader_view import Line, ReaderDoc, ReaderSection
from accessible_statement.speech.script import HEADING_PAUSE_MS, SENTENCE_PAUSE_MS, part_script
from accessible_statement.speech.speaker import SpeechEvent
from accessible_statement.tui.controller import ReaderController
from accessible_statement.tui.read_aloud import Reading
from accessible_statement.tui.search import Search
from accessible_statement.tui.talk_back import TalkBack
from support.fake_speaker import FakeSpeaker

DOC = ReaderDoc(
    title="A statement",
    about=(),
    content_note=None,
    support=("Helpline: 0800 1111.",),
    sections=(
        ReaderSection(1, "What happened", 0.0, (Line("The police came.", 1.0), Line("They were late.", 2.0)), (Line("Police came late.", 1.0),), (("police", "people who keep the law"),)),
        ReaderSection(2, "What will change", 65.0, (Line("Rules will change.", 66.0),), (Line("We will change the rules.", 66.0),), ()),
        ReaderSection(0, "Where to get help", None, (Line("Helpline: 0800 1111.", None),), (Line("Helpline: 0800 1111.", None),), ()),
    ),
)


def reading_with_speaker():
    reading = Reading(DOC)
    reading.speaker = FakeSpeaker(lambda event: None)
    return reading


def test_a_part_is_said_heading_lines_then_words_to_know_each_tagged():
    said = part_script("Part 1. What happened", ["The police came.", "They were late."], [("police", "people who keep the law")])
    assert [(s.kind, s.line, s.utterance.text, s.utterance.pause_after_ms) for s in said] == [
        ("heading", -1, "Part 1. What happened", HEADING_PAUSE_MS),
        ("line", 0, "The police came.", SENTENCE_PAUSE_MS),
        ("line", 1, "They were late.", SENTENCE_PAUSE_MS),
        ("words", -1, "Words to know.", HEADING_PAUSE_MS),
        ("words", -1, "police: people who keep the law", SENTENCE_PAUSE_MS),
    ]
    assert [s.kind for s in part_script("Part 2. x", ["One."])] == ["heading", "line"], "no words, no words heading"


def test_reading_a_part_speaks_the_shared_script_and_tags_each_item():
    reading = reading_with_speaker()
    reading.read()
    assert reading.speaker.spoken[-1] == ["Part 1. What happened", "The police came.", "They were late.", "Words to know.", "police: people who keep the law"]
    assert [(t.kind, t.section, t.line) for t in reading.items] == [("heading", 0, -1), ("line", 0, 0), ("line", 0, 1), ("words", 0, -1), ("words", 0, -1)]
    assert reading.line == (0, -1) and reading.status_now() == "Reading: Part 1, the heading."
    reading.original = True
    reading.continuous = True
    reading.read()
    assert reading.speaker.spoken[-1] == [
        "Part 1. What happened", "Police came late.", "Part 2. What will change", "We will change the rules.", "Where to get help", "Helpline: 0800 1111.",
    ], "the speaker's own words have no words to know; keep reading goes on to the end"


def test_speech_events_say_what_to_mark_and_old_readings_are_ignored():
    reading = reading_with_speaker()
    reading.continuous = True
    reading.read()
    session = reading.session
    assert reading.heard(SpeechEvent("sentence", session - 1, 1)) is None, "an older reading"
    heard = reading.heard(SpeechEvent("sentence", session, 2))
    assert (heard.follow, heard.mark, heard.line, heard.status, heard.text) == (None, True, 1, True, None)
    assert reading.status_now() == "Reading: Part 1, sentence 2 of 2."
    heard = reading.heard(SpeechEvent("word", session, 2, start=5, length=4))
    assert (heard.line, heard.word, heard.status) == (1, (5, 4), False)
    heard = reading.heard(SpeechEvent("sentence", session, 6))  # the next part's first line
    assert heard.follow == 1 and heard.line == 0
    reading.current = 1
    assert reading.heard(SpeechEvent("paused", session)).text == "Paused. Press p to go on."
    heard = reading.heard(SpeechEvent("finished", session))
    assert heard.mark and heard.line is None and heard.text == "Finished reading. Press Down for the next part."
    assert reading.line is None
    heard = reading.heard(SpeechEvent("stopped", session))
    assert heard.mark and not heard.status, "stopped after nothing was read: only the marks go"
    heard = reading.heard(SpeechEvent("error", session, message="no sound"))
    assert heard.warning == "no sound" and heard.text.startswith("Reading stopped")


def test_without_speech_the_status_says_why_in_one_line():
    reading = Reading(DOC)
    assert reading.not_ready() == "Speech is still starting. Try again in a moment."
    reading.speech_problem = "no audio player was found to read aloud; install one"
    assert reading.not_ready() == "Reading aloud is not available: no audio player was found. Press ? to see how to get it."
    assert reading.status_now() == "Part 1 of 2: What happened." and reading.settings(talk_back=True) == ""


def test_search_finds_headings_lines_and_words_and_goes_round():
    search = Search()
    search.find("POLICE", Reading(DOC).searchable())
    assert search.matches == [(0, 0), (0, 2)], "a line, then a word to know (case does not matter)"
    assert search.go(search.first_from(1)) == (0, 0), "none after part 2: round to the first"
    assert search.said("in part 1") == "Match 1 of 2 for POLICE, in part 1"
    assert search.go(search.index - 1) == (0, 2) and search.in_part(0) == [(0, False), (2, True)]
    search.find("help", Reading(DOC).searchable())
    assert search.matches == [(2, -1), (2, 0)], "the heading first, then its line"
    search.forget_matches()
    assert (search.matches, search.index, search.query) == ([], -1, "help")
    search.find("", [])
    assert search.no_match() == "Search closed"


class RecordingView:
    def __init__(self):
        self.calls = []
        self.search_open = False

    def __getattr__(self, name):
        return lambda *args: self.calls.append((name, *args))

    def search_is_open(self):
        return self.search_open


def controller():
    reading = reading_with_speaker()
    view = RecordingView()
    return ReaderController(reading, Search(), TalkBack(reading, on=True), view), view


def test_moving_past_either_end_says_so_and_moving_opens_the_part():
    control, view = controller()
    control.go(-1)
    assert control.talk.last == "This is the first part."
    assert ("show_status", "This is the first part.", control.reading.settings(True)) in view.calls
    control.go_by(1)
    assert control.reading.current == 1 and control.talk.last == "Part 2. What will change"
    assert [c[0] for c in view.calls[-4:]] == ["highlight_part", "scroll_list", "show_part", "show_status"]
    assert control.reading.speaker.spoken[-1] == ["Part 2. What will change"], "talk-back says the part's name"


def test_a_search_goes_to_the_first_match_from_the_open_part():
    control, view = controller()
    control.go(1)
    control.find("rules")
    assert control.search.matches == [(1, 0)] and control.talk.last == "Match 1 of 1 for rules, in part 2"
    control.find("zebra")
    assert control.talk.last == "No match for zebra"
    control.next()
    assert view.calls[-1][:2] == ("show_status", "No match for zebra. Press / to search again."), "n after a search that found nothing"


@pytest.mark.parametrize("module", ["read_aloud", "search", "talk_back", "controller"])
def test_the_plain_parts_never_load_textual_or_rich(module):
    code = f"import sys, accessible_statement.tui.{module}\nprint(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
