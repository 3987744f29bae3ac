"""The reader, driven by real key presses through Textual's pilot, with a speech engine that records calls."""

import asyncio
import os

import pytest
from textual.filter import Monochrome
from textual.widgets import Input, OptionList, Static

from accessible_statement.tui.document_cache import build_reader_doc
from accessible_statement.tui.app import ReaderApp
from accessible_statement.tui.read_aloud import part_name
from accessible_statement.tui.keys import KEYS
from accessible_statement.tui.screens import ContentNoteScreen, HelpScreen, OriginalWordsScreen
from accessible_statement.tui.widgets.contents import ContentsList
from accessible_statement.tui.widgets.section_view import SectionView
from support.common import BUNDLED, FIXTURES
from support.fake_speaker import FakeSpeaker

OTHER = FIXTURES / "budget-speech.srt"


@pytest.fixture(scope="module")
def doc():
    return build_reader_doc(BUNDLED.read_bytes(), BUNDLED)


@pytest.fixture(scope="module")
def plain_doc():
    return build_reader_doc(OTHER.read_bytes(), OTHER)


def make(doc, **kw):
    speakers = []
    problem = kw.pop("problem", None)

    def factory(on_event):
        sp = FakeSpeaker(on_event, problem=problem)
        speakers.append(sp)
        return sp

    app = ReaderApp(None, doc, speaker_factory=factory, **kw)
    app.speakers = speakers
    return app


def drive(app, script, size=(100, 30)):
    async def go():
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            await script(pilot)

    asyncio.run(go())


async def past_note(pilot):
    if isinstance(pilot.app.screen, ContentNoteScreen):
        await pilot.press("enter")
        await pilot.pause()


def shown_lines(app):
    return [str(w.render()) for w in app.view.section.line_widgets]


# -- content note ------------------------------------------------------------------------------


def test_content_note_comes_first_with_help_and_enter_goes_on(doc):
    app = make(doc)

    async def script(pilot):
        screen = pilot.app.screen
        assert isinstance(screen, ContentNoteScreen)
        text = " ".join(str(w.render()) for w in screen.query("Static"))
        assert "child sexual abuse" in text and "NSPCC helpline: 0808 800 5000" in text and "Childline: 0800 1111" in text
        assert "Press Enter to go on" in text
        await pilot.press("space")  # reads the note and the help numbers, never the part behind it
        await pilot.pause()
        said = pilot.app.speakers[0].spoken[-1]
        assert said[0].startswith("Content note. ") and "NSPCC helpline: 0808 800 5000. Adults who are worried about a child. It is free to call." in said
        assert not any(p.text in said for p in doc.sections[0].points)
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(pilot.app.screen, ContentNoteScreen)
        assert isinstance(pilot.app.focused, OptionList)

    drive(app, script)


@pytest.mark.parametrize("key", ["escape", "q"])
def test_content_note_escape_or_q_leaves(doc, key):
    app = make(doc)

    async def script(pilot):
        await pilot.press(key)
        await pilot.pause()
        assert not pilot.app.is_running

    drive(app, script)


def test_no_content_note_for_a_statement_that_needs_none(plain_doc):
    app = make(plain_doc)

    async def script(pilot):
        assert not isinstance(pilot.app.screen, ContentNoteScreen)
        assert pilot.app.current == 0

    drive(app, script)


# -- contents and moving -----------------------------------------------------------------------


def test_contents_list_every_part_with_number_heading_and_time(doc):
    app = make(doc)

    async def script(pilot):
        await past_note(pilot)
        contents = pilot.app.query_one("#contents", OptionList)
        assert contents.option_count == len(doc.sections)
        assert str(contents.get_option_at_index(2).prompt) == f"3. {doc.sections[2].title} (04:49)"
        assert str(contents.get_option_at_index(contents.option_count - 1).prompt) == "Where to get help"

    drive(app, script)


@pytest.mark.parametrize(
    "keys, expected",
    [
        (["down"], 1), (["j"], 1), (["j", "j", "up"], 1), (["j", "j", "k"], 1),
        (["end"], -1), (["G"], -1), (["G", "home"], 0), (["G", "g"], 0), (["up"], 0), (["G", "j"], -1),
    ],
)
def test_moving_between_parts(doc, keys, expected):
    app = make(doc)
    want = expected % len(doc.sections)

    async def script(pilot):
        await past_note(pilot)
        await pilot.press(*keys)
        await pilot.pause()
        assert pilot.app.current == want
        assert pilot.app.query_one("#contents", OptionList).highlighted == want
        assert shown_lines(pilot.app) == [p.text for p in doc.sections[want].points]
        parts = sum(1 for s in doc.sections if s.number)
        heading = str(pilot.app.view.section.heading.render())
        assert heading.startswith(f"Part {want + 1} of {parts}. ") if want < parts else heading == "Where to get help"

    drive(app, script)


def test_moving_works_with_focus_in_the_text_too(doc):
    app = make(doc)

    async def script(pilot):
        await past_note(pilot)
        await pilot.press("enter")  # open: focus goes to the text
        await pilot.pause()
        assert isinstance(pilot.app.focused, SectionView)
        await pilot.press("j", "down")
        await pilot.pause()
        assert pilot.app.current == 2

    drive(app, script)


def test_tab_and_shift_tab_move_focus_between_list_and_text(doc):
    app = make(doc)

    async def script(pilot):
        await past_note(pilot)
        assert isinstance(pilot.app.focused, OptionList)
        await pilot.press("tab")
        assert isinstance(pilot.app.focused, SectionView)
        await pilot.press("tab")
        assert isinstance(pilot.app.focused, OptionList)
        await pilot.press("shift+tab")
        assert isinstance(pilot.app.focused, SectionView)

    drive(app, script)


def test_the_part_shows_words_to_know(doc):
    app = make(doc)
    with_words = next(i for i, s in enumerate(doc.sections) if s.words)

    async def script(pilot):
        await past_note(pilot)
        pilot.app.control.go(with_words)
        await pilot.pause()
        texts = [str(w.render()) for w in pilot.app.query_one("#section").query("Static")]
        assert "Words to know" in texts
        term, meaning = doc.sections[with_words].words[0]
        assert f"{term}: {meaning}" in texts

    drive(app, script)


# -- reading -----------------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["space", "r"])
def test_read_key_reads_the_heading_then_the_part(doc, key):
    app = make(doc)

    async def script(pilot):
        await past_note(pilot)
        await pilot.press("j", key)
        await pilot.pause()
        sp = pilot.app.speakers[0]
        sec = doc.sections[1]
        words = ["Words to know."] + [f"{t}: {m}" for t, m in sec.words] if sec.words else []
        assert sp.spoken[-1] == [f"Part 2. {sec.title}"] + [p.text for p in sec.points] + words
        assert "Reading" in pilot.app.status_text

    drive(app, script)


@pytest.mark.parametrize("key", ["s", "escape"])
def test_stop_key_stops_reading(doc, key):
    app = make(doc)

    async def script(pilot):
        await past_note(pilot)
        await pilot.press("space", key)
        await pilot.pause()
        sp = pilot.app.speakers[0]
        assert sp.calls[-1] == "stop" and not sp.speaking
        assert pilot.app.last_announcement == "Stopped"

    drive(app, script)


def test_pause_next_and_previous_sentence_while_reading(doc):
    app = make(doc)

    async def script(pilot):
        await past_note(pilot)
        await pilot.press("space", "p")
        sp = pilot.app.speakers[0]
        assert sp.paused and sp.calls[-1] == "pause"
        await pilot.press("p")
        assert not sp.paused and sp.calls[-1] == "resume"
        await pilot.press("n")
        assert sp.calls[-1] == "next"
        await pilot.press("b")
        assert sp.calls[-1] == "previous"

    drive(app, script)


def test_n_and_b_without_reading_do_not_start_anything(doc):
    app = make(doc)

    async def script(pilot):
        await past_note(pilot)
        await pilot.press("n", "b", "p")
        await pilot.pause()
        sp = pilot.app.speakers[0]
        assert sp.spoken == [] and "next" not in sp.calls
        assert "Press Space" in pilot.app.status_text

    drive(app, script)


def test_speech_events_highlight_the_sentence_and_mark_the_word(doc):
    app = make(doc)

    async def script(pilot):
        await past_note(pilot)
        await pilot.press("space")
        sp = pilot.app.speakers[0]
        sp.emit("sentence", 2, text=doc.sections[0].points[1].text)
        await pilot.pause()
        line = pilot.app.view.section.line_widgets[1]
        assert line.has_class("speaking")
        assert "sentence 2 of" in pilot.app.status_text
        sp.emit("word", 2, start=doc.sections[0].points[1].text.index("crimes"), length=6, text="crimes")
        await pilot.pause()
        rendered = line.content  # what the line was given to show: a Rich Text with the word styled
        marked = [rendered.plain[s.start : s.end] for s in rendered.spans if "reverse" in str(s.style)]
        assert marked == ["crimes"]
        sp.emit("finished", 2)
        await pilot.pause()
        assert not line.has_class("speaking")
        assert "Finished" in pilot.app.status_text

    drive(app, script)


def test_keep_reading_goes_on_into_the_next_parts(doc):
    app = make(doc)

    async def script(pilot):
        await past_note(pilot)
        await pilot.press("c")
        assert pilot.app.continuous and pilot.app.last_announcement == "Keep reading on"
        await pilot.press("G", "k", "space")
        sp = pilot.app.speakers[0]
        last_two = doc.sections[-2:]
        assert last_two[1].title == "Where to get help", "the help numbers come at the end (rule 24)"
        expected = []
        for s in last_two:
            expected += [part_name(s)] + [p.text for p in s.points]
            if s.words:
                expected += ["Words to know."] + [f"{t}: {m}" for t, m in s.words]
        assert sp.spoken[-1] == expected
        # when the reading reaches the next part, the view follows it
        index = 1 + len(last_two[0].points) + (1 + len(last_two[0].words) if last_two[0].words else 0) + 1
        sp.emit("sentence", index, text=last_two[1].points[0].text)
        await pilot.pause()
        assert pilot.app.current == len(doc.sections) - 1
        assert pilot.app.view.section.line_widgets[0].has_class("speaking")

    drive(app, script)


def test_rate_keys_and_voice_key_change_the_settings_and_say_so(doc):
    app = make(doc)

    async def script(pilot):
        await past_note(pilot)
        await pilot.press("plus", "plus")
        sp = pilot.app.speakers[0]
        assert sp.rate == 170 and pilot.app.last_announcement == "Rate 170 words a minute"
        await pilot.press("minus")
        assert sp.rate == 160
        assert "Rate 160 words a minute" in str(pilot.app.query_one("#status").render())
        await pilot.press("v")
        assert sp.voice == "gmw/en-us" and pilot.app.last_announcement == "Voice English (America)"
        await pilot.press("v")
        assert sp.voice == "gmw/en", "only English voices, then round again"

    drive(app, script)


def test_quitting_while_reading_stops_the_sound_and_leaves(doc):
    app = make(doc)

    async def script(pilot):
        await past_note(pilot)
        await pilot.press("space")
        sp = pilot.app.speakers[0]
        assert sp.speaking
        await pilot.press("q")
        await pilot.pause()
        assert "stop" in sp.calls and sp.closed and not sp.speaking
        assert not pilot.app.is_running

    drive(app, script)


def test_without_speech_the_reader_works_and_read_keys_explain(doc):
    app = make(doc, problem="no audio player was found to read aloud; install one")

    async def script(pilot):
        await past_note(pilot)
        await pilot.press("space")
        await pilot.pause()
        assert pilot.app.status_text == "Reading aloud is not available: no audio player was found. Press ? to see how to get it."
        assert pilot.app.speakers[0].spoken == []
        await pilot.press("j", "o", "enter", "plus")
        await pilot.pause()
        assert pilot.app.current == 1 and pilot.app.original
        assert not list(pilot.app._notifications), "no pop-up over the text"
        await pilot.press("t")
        assert pilot.app.status_text == "Talk-back on, but nothing can be spoken: no audio player was found"
        await pilot.press("question_mark")
        await pilot.pause()
        note = pilot.app.screen.query_one("#speech-note", Static)
        assert str(note.render()).startswith("Reading aloud is not available: no audio player was found.")
        assert "To hear it, install one" in str(note.render())

    drive(app, script)


# -- original words, search, help ------------------------------------------------------------


def test_o_switches_to_the_speakers_own_words_with_times_and_back(doc):
    app = make(doc)

    async def script(pilot):
        await past_note(pilot)
        await pilot.press("j", "o")
        await pilot.pause()
        # a sensitive statement: first a warning that the speaker's words may describe the harm
        assert isinstance(pilot.app.screen, OriginalWordsScreen)
        await pilot.press("enter")
        await pilot.pause()
        sec = doc.sections[1]
        lines = shown_lines(pilot.app)
        assert len(lines) == len(sec.original)
        assert lines[0].startswith("[03:58] ") and lines[0].endswith(sec.original[0].text)
        assert pilot.app.last_announcement == "The speaker's own words"
        await pilot.press("space")
        assert pilot.app.speakers[0].spoken[-1][1:] == [line.text for line in sec.original]
        await pilot.press("o")
        await pilot.pause()
        assert shown_lines(pilot.app) == [p.text for p in sec.points]

    drive(app, script)


def test_search_finds_matches_and_n_and_N_move_between_them(doc):
    app = make(doc)
    hits = [
        hit
        for s, sec in enumerate(doc.sections)
        for hit in ([(s, -1)] if "police" in sec.title.lower() else [])
        + [(s, i) for i, t in enumerate([p.text for p in sec.points] + [f"{a}: {b}" for a, b in sec.words]) if "police" in t.lower()]
    ]
    assert len(hits) >= 2

    async def script(pilot):
        await past_note(pilot)
        await pilot.press("slash")
        box = pilot.app.query_one("#search", Input)
        assert box.display and pilot.app.focused is box
        await pilot.press(*"police", "enter")
        await pilot.pause()
        assert not box.display
        assert (pilot.app.current, pilot.app.search.matches[pilot.app.search.index][1]) == hits[0]
        assert pilot.app.view.section.line_widget(hits[0][1]).has_class("current-match")
        assert pilot.app.last_announcement.startswith(f"Match 1 of {len(hits)} for police")
        await pilot.press("n")
        await pilot.pause()
        assert (pilot.app.current, pilot.app.search.matches[pilot.app.search.index][1]) == hits[1]
        await pilot.press("N", "N")
        await pilot.pause()
        assert (pilot.app.current, pilot.app.search.matches[pilot.app.search.index][1]) == hits[-1]

    drive(app, script)


def test_escape_at_the_warning_stays_with_the_easy_read_words(doc):
    app = make(doc)

    async def script(pilot):
        await past_note(pilot)
        await pilot.press("o")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert not pilot.app.original and shown_lines(pilot.app) == [p.text for p in doc.sections[0].points]

    drive(app, script)


def test_statements_without_a_content_note_switch_at_once(plain_doc):
    app = make(plain_doc)

    async def script(pilot):
        await pilot.press("o")
        await pilot.pause()
        assert pilot.app.original and not isinstance(pilot.app.screen, OriginalWordsScreen)

    drive(app, script)


def test_the_help_numbers_are_the_last_entry_and_searchable(doc):
    app = make(doc)

    async def script(pilot):
        await past_note(pilot)
        await pilot.press("G")
        await pilot.pause()
        assert "Childline: 0800 1111. Children and young people. It is free to call." in shown_lines(pilot.app)
        await pilot.press("g", "slash", *"childline", "enter")
        await pilot.pause()
        assert pilot.app.current == len(doc.sections) - 1

    drive(app, script)


def test_the_content_note_scrolls_on_a_small_screen(doc):
    app = make(doc)

    async def script(pilot):
        body = pilot.app.screen.query_one("#note-body")
        assert pilot.app.focused is body and body.max_scroll_y > 0
        await pilot.press("pagedown", "end")
        await pilot.pause()
        assert body.scroll_offset.y == body.max_scroll_y

    drive(app, script, size=(40, 12))


def test_search_with_no_match_says_so_and_escape_closes_the_box(doc):
    app = make(doc)

    async def script(pilot):
        await past_note(pilot)
        await pilot.press("slash", *"zebra", "enter")
        await pilot.pause()
        assert pilot.app.last_announcement == "No match for zebra"
        await pilot.press("slash", "escape")
        await pilot.pause()
        assert not pilot.app.query_one("#search", Input).display

    drive(app, script)


@pytest.mark.parametrize("key", ["question_mark", "f1"])
def test_help_lists_every_key_in_plain_words(doc, key):
    app = make(doc)

    async def script(pilot):
        await past_note(pilot)
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(pilot.app.screen, HelpScreen)
        text = "\n".join(str(w.render()) for w in pilot.app.screen.query("Static"))
        for k in KEYS:
            assert k.help in text, k.id
        for group in ("Moving around", "Listening", "Reading", "Help and leaving"):
            assert group in text
        assert "Space or r: Read this part aloud" in text
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(pilot.app.screen, HelpScreen)

    drive(app, script)


def test_every_binding_has_an_id_and_a_description(doc):
    app = make(doc)
    ids = [b.id for b in app.BINDINGS]
    assert len(ids) == len(set(ids)) == len(KEYS)
    assert all(b.id and b.tooltip and b.description for b in app.BINDINGS)


def test_keys_can_be_remapped_from_a_file(doc, tmp_path):
    from accessible_statement.tui.keys import read_keymap

    conf = tmp_path / "keys.conf"
    conf.write_text("# my keys\nread = x\nquit = ctrl+x\n")
    keymap = read_keymap(conf)
    app = make(doc, keymap=keymap)

    async def script(pilot):
        await past_note(pilot)
        await pilot.press("x")
        await pilot.pause()
        assert pilot.app.speakers[0].spoken, "x reads now"
        await pilot.press("question_mark")
        await pilot.pause()
        text = "\n".join(str(w.render()) for w in pilot.app.screen.query("Static"))
        assert "x: Read this part aloud" in text
        await pilot.press("escape", "ctrl+x")
        await pilot.pause()
        assert not pilot.app.is_running

    drive(app, script)


def test_a_bad_key_file_is_one_clear_error(tmp_path):
    from support.common import run_cli

    conf = tmp_path / "keys.conf"
    conf.write_text("reed = x\n")
    r = run_cli("read", "--keys", conf)
    assert r.returncode == 2
    assert r.stderr.decode().count("\n") == 1 and "no key is called 'reed'" in r.stderr.decode()


# -- talk-back ----------------------------------------------------------------------------------


def test_talk_back_says_headings_on_moving_and_what_keys_did(doc):
    app = make(doc, talk_back=True)

    async def script(pilot):
        sp = pilot.app.speakers[0]
        assert sp.spoken and sp.spoken[0][0].startswith("Content note. ")
        await past_note(pilot)
        await pilot.press("j")
        await pilot.pause()
        assert sp.spoken[-1] == [f"Part 2. {doc.sections[1].title}"]
        await pilot.press("plus")
        assert sp.spoken[-1] == ["Rate 160 words a minute"]
        await pilot.press("space", "s")
        await pilot.pause()
        assert sp.spoken[-1] == ["Stopped"]
        await pilot.press("t")
        assert sp.spoken[-1] == ["Talk-back off"]
        count = len(sp.spoken)
        await pilot.press("j")
        await pilot.pause()
        assert len(sp.spoken) == count, "with talk-back off, moving is silent"

    drive(app, script)


def test_talk_back_off_by_default_and_t_turns_it_on(doc):
    app = make(doc)

    async def script(pilot):
        await past_note(pilot)
        sp = pilot.app.speakers[0]
        await pilot.press("j")
        assert sp.spoken == []
        await pilot.press("t", "j")
        await pilot.pause()
        assert sp.spoken[-1] == [f"Part 3. {doc.sections[2].title}"]

    drive(app, script)


# -- looks ----------------------------------------------------------------------------------------


def test_small_terminal_hides_the_list_and_keys_still_work(doc):
    app = make(doc)

    async def script(pilot):
        await past_note(pilot)
        assert pilot.app.screen.has_class("narrow")
        assert not pilot.app.query_one("#contents").display
        await pilot.press("j", "j")
        await pilot.pause()
        assert pilot.app.current == 2
        assert pilot.app.query_one("#section").region.width >= 38

    drive(app, script, size=(40, 12))


def test_large_terminal_shows_both(doc):
    app = make(doc)

    async def script(pilot):
        await past_note(pilot)
        assert not pilot.app.screen.has_class("narrow")
        assert pilot.app.query_one("#contents").region.width > 30

    drive(app, script, size=(200, 60))


def test_themes_no_animation_and_no_color(doc, monkeypatch):
    app = make(doc, theme="high-contrast")
    assert app.theme == "high-contrast" and app.animation_level == "none"
    assert make(doc, theme="ansi").theme == "ansi-dark"
    monkeypatch.setenv("NO_COLOR", "1")
    mono = make(doc)
    assert any(isinstance(f, Monochrome) for f in mono._filters)


def test_the_cursor_sits_on_what_has_focus(doc):
    app = make(doc)

    async def script(pilot):
        await past_note(pilot)
        await pilot.press("j", "j")
        await pilot.pause()
        contents = pilot.app.query_one("#contents")
        y = pilot.app.cursor_position.y
        assert contents.region.y < y < contents.region.bottom
        await pilot.press("enter")
        await pilot.pause()
        section = pilot.app.query_one("#section")
        assert section.region.contains_point(pilot.app.cursor_position)

    drive(app, script)


def test_the_document_is_built_after_the_first_frame(tmp_path):
    built = []

    def load():
        built.append(True)
        return build_reader_doc(OTHER.read_bytes(), OTHER)

    app = ReaderApp(load, None, speaker_factory=lambda cb: FakeSpeaker(cb))

    async def go():
        async with app.run_test(size=(100, 30)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert built and app.doc is not None
            assert app.first_frame_at <= app.ready_at

    asyncio.run(go())


def test_the_document_is_cached_by_content_and_version(tmp_path, monkeypatch):
    from accessible_statement.tui.document_cache import cache_key, cached_reader_doc, store_reader_doc

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    data = OTHER.read_bytes()
    key = cache_key(data, "auto")
    assert cached_reader_doc(key) is None
    doc = build_reader_doc(data, OTHER)
    store_reader_doc(key, doc)
    assert cached_reader_doc(key) == doc
    assert cache_key(data + b"\n", "auto") != key
    (tmp_path / "accessible-statement" / f"{key}.json").write_text("{not json")
    assert cached_reader_doc(key) is None, "a broken cache file is rebuilt, not trusted"
    assert os.listdir(tmp_path / "accessible-statement") == [f"{key}.json"]


def test_reading_with_the_real_engine_highlights_as_it_plays_and_stops(plain_doc, tmp_path, monkeypatch):
    """The real espeak-ng engine and player processes (the stand-in player: no sound card here)."""
    from accessible_statement.speech.speaker import Speaker
    from support.speech import PLAYER_COMMAND, player_pids, wait_dead

    log = tmp_path / "player.log"
    monkeypatch.setenv("FAKE_PLAYER_LOG", str(log))
    app = ReaderApp(None, plain_doc, speaker_factory=lambda cb: Speaker(cb, player=PLAYER_COMMAND))

    async def until(pilot, condition, seconds=20):
        for _ in range(int(seconds / 0.05)):
            if condition():
                return True
            await pilot.pause(0.05)
        return False

    async def script(pilot):
        assert await until(pilot, lambda: pilot.app.speaker is not None and pilot.app.voices)
        await pilot.press("space")
        assert await until(pilot, lambda: pilot.app.view.section.line_widgets and pilot.app.view.section.line_widgets[0].has_class("speaking"))
        assert await until(pilot, lambda: "reverse" in str(getattr(pilot.app.view.section.line_widgets[0].content, "spans", "")))
        assert await until(pilot, lambda: len(player_pids(log)) == 2), "the heading, then the first sentence"
        pids = player_pids(log)
        await pilot.press("s")
        assert wait_dead(pids[-1])
        assert await until(pilot, lambda: not any(w.has_class("speaking") for w in pilot.app.view.section.line_widgets))
        await pilot.press("space")
        assert await until(pilot, lambda: len(player_pids(log)) == 3)
        await pilot.press("q")
        await pilot.pause()
        assert wait_dead(player_pids(log)[-1]), "q stops the sound"

    drive(app, script)


@pytest.mark.parametrize("content, message", [(b"", "file is empty"), (bytes(range(256)) * 20, "looks like a binary file")])
def test_read_refuses_a_bad_file_before_the_screen_opens(tmp_path, content, message):
    from support.common import run_cli

    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    r = run_cli("read", bad)
    assert r.returncode == 2
    assert r.stderr.decode().count("\n") == 1 and message in r.stderr.decode()
    assert r.stdout == b"", "nothing was drawn"
    r = run_cli("read", tmp_path / "missing.txt")
    assert r.returncode == 2 and "no such file" in r.stderr.decode()


def test_search_finds_words_to_know_and_names_the_help_entry(doc):
    app = make(doc)
    sec = next(i for i, s in enumerate(doc.sections) if s.words)
    term = doc.sections[sec].words[0][0]

    async def script(pilot):
        await past_note(pilot)
        await pilot.press("slash", *term.lower(), "enter")
        await pilot.pause()
        found = [pilot.app.search.matches[k] for k in range(len(pilot.app.search.matches))]
        assert any(line >= len(doc.sections[s].points) for s, line in found), "a Words to know entry matched"
        await pilot.press("slash", *"childline", "enter")
        await pilot.pause()
        assert pilot.app.last_announcement.endswith("in Where to get help")

    drive(app, script)


def test_the_open_part_is_marked_by_more_than_colour_whether_or_not_the_list_has_focus(plain_doc):
    app = make(plain_doc)

    async def script(pilot):
        contents = pilot.app.query_one("#contents", OptionList)
        for focus in (ContentsList, SectionView):  # the list focused, then the text
            assert isinstance(pilot.app.focused, focus)
            first = [seg.style for seg in contents.render_line(0) if seg.text.strip()][0]
            second = [seg.style for seg in contents.render_line(1) if seg.text.strip()][0]
            assert first.bold and first.underline, focus
            assert not second.underline, "only the open part"
            await pilot.press("tab")
            await pilot.pause()

    drive(app, script)


def test_search_finds_headings_too(doc):
    app = make(doc)
    # the longest word of a later part's heading; the test finds where else it is
    heading_at = 2
    word = max((w.strip("?").lower() for w in doc.sections[heading_at].title.split() if w.strip("?").isalpha()), key=len)
    heading_at = next(i for i, s in enumerate(doc.sections) if word in s.title.lower())

    async def script(pilot):
        await past_note(pilot)
        await pilot.press("slash", *word, "enter")
        await pilot.pause()
        assert (heading_at, -1) in pilot.app.search.matches
        k = pilot.app.search.matches.index((heading_at, -1))
        pilot.app.control.go_to_match(k)
        await pilot.pause()
        assert pilot.app.current == heading_at
        assert pilot.app.view.section.heading.has_class("current-match")
        await pilot.press("n")
        await pilot.pause()
        assert not pilot.app.view.section.heading.has_class("current-match") or len(pilot.app.search.matches) == 1
        assert str(pilot.app.view.section.heading.render()) == pilot.app.view.section.heading_text, "the heading's own words come back"

    drive(app, script)
