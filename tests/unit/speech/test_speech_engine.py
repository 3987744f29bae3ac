"""The real espeak-ng engine through pyttsx3, and the Speaker that reads aloud without blocking.

The machine has no sound card, so playback goes to tests/support/fake_player.py, which waits as long as
the audio lasts; everything else (synthesis, word timing, killing the player) is the real thing.
"""

import queue
import re
import threading
import time

import pytest

from accessible_statement.speech.script import Utterance, spoken_form
from accessible_statement.speech.speaker import Speaker, shown_marks
from accessible_statement.speech.synthesizer import UnknownVoice, WordMark, match_voice, shared_synthesizer
from accessible_statement.speech.wav import rms
from support.speech import PLAYER_COMMAND, alive, player_pids, wait_dead

SENTENCE = "The government will act on all twelve recommendations from the report."


@pytest.fixture(scope="module")
def synth():
    s = shared_synthesizer()
    s.start()
    return s


@pytest.mark.parametrize("rate", [100, 150, 220])
def test_audio_is_speech_and_its_length_fits_the_rate(synth, rate):
    clip = synth.render(SENTENCE, None, rate)
    assert clip.pcm.rate == 22050 and clip.pcm.channels == 1
    assert rms(clip.pcm) > 500, "the audio is (nearly) silent"
    words_a_minute = len(SENTENCE.split()) / clip.pcm.seconds * 60
    assert 0.75 * rate <= words_a_minute <= 1.25 * rate


def test_slower_rate_gives_longer_audio(synth):
    slow = synth.render(SENTENCE, None, 100).pcm.seconds
    fast = synth.render(SENTENCE, None, 200).pcm.seconds
    assert slow > 1.6 * fast


def test_word_marks_follow_the_words_in_order_inside_the_audio(synth):
    text = "Police will get new powers, and victims will get more help."
    clip = synth.render(text, None, 150)
    words = [(m.start(), len(m.group())) for m in re.finditer(r"[A-Za-z]+", text)]
    assert [(w.start, w.length) for w in clip.words] == words
    times = [w.ms for w in clip.words]
    assert times == sorted(times) and times[0] < 200
    assert times[-1] < clip.pcm.seconds * 1000
    assert times[-1] > 0.6 * clip.pcm.seconds * 1000, "word times must spread over the audio"


def test_voice_is_really_switched(synth):
    british = synth.render(SENTENCE, "gmw/en", 150)
    american = synth.render(SENTENCE, "en-us", 150)
    again = synth.render(SENTENCE, "gmw/en", 150)

    def apart(a, b):  # the voices pronounce the words differently, so the words start at other times
        return max(abs(x.ms - y.ms) for x, y in zip(a.words, b.words))

    assert apart(british, again) < 15
    assert apart(british, american) > 40


def test_unknown_voice_is_an_error_not_a_silent_fallback(synth):
    with pytest.raises(UnknownVoice, match="unknown voice 'no-such-voice'"):
        synth.render(SENTENCE, "no-such-voice", 150)
    # and the engine still works with the voice it had
    assert rms(synth.render(SENTENCE, None, 150).pcm) > 500


def test_voices_are_listed_and_matched_by_id_name_or_language(synth):
    voices = synth.voices()
    assert len(voices) > 20
    assert match_voice("gmw/en-us", voices).id == "gmw/en-us"
    assert match_voice("English (America)", voices).id == "gmw/en-us"
    assert match_voice("en-us", voices).id == "gmw/en-us"
    with pytest.raises(UnknownVoice, match="Did you mean"):
        match_voice("gmw/en-uss", voices)


def test_a_very_long_text_is_spoken_in_pieces_without_crashing(synth):
    text = " ".join(["word"] * 3500)  # pyttsx3 alone segfaults from about 14,000 characters
    clip = synth.render(text, None, 400)
    assert len(clip.words) == 3500
    assert [w.ms for w in clip.words] == sorted(w.ms for w in clip.words)


def test_phone_numbers_are_said_digit_by_digit():
    assert spoken_form("NSPCC helpline: 0808 800 5000. It is free.") == "NSPCC helpline: 0 8 0 8, 8 0 0, 5 0 0 0. It is free."
    assert spoken_form("Police: 999. An emergency.") == "Police: 9 9 9. An emergency."
    assert spoken_form("It cost 5000 pounds in 2025.") == "It cost 5000 pounds in 2025."


def test_word_marks_map_back_to_the_shown_text():
    shown = "Childline: 0800 1111. Free."
    spoken = spoken_form(shown)
    starts = [m.start() for m in re.finditer(r"\S+", spoken)]
    marks = [WordMark(s, 1, 100 * n) for n, s in enumerate(starts)]
    mapped = shown_marks(shown, spoken, marks)
    assert [shown[m.start : m.start + m.length] for m in mapped] == ["Childline:", "0800", "1111.", "Free."]


# -- the Speaker --------------------------------------------------------------------------------


class Recorder:
    def __init__(self):
        self.events = []
        self.queue = queue.Queue()

    def __call__(self, event):
        self.events.append((time.monotonic(), event))
        self.queue.put(event)

    def wait_for(self, kind, index=None, timeout=20):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                event = self.queue.get(timeout=0.05)
            except queue.Empty:
                continue
            if event.kind == kind and (index is None or event.index == index):
                return event
            if event.kind == "error":
                raise AssertionError(event.message)
        raise AssertionError(f"no {kind} event")

    def kinds(self):
        return [e.kind for _, e in self.events]


@pytest.fixture
def speaker(synth, tmp_path, monkeypatch):
    log = tmp_path / "player.log"
    monkeypatch.setenv("FAKE_PLAYER_LOG", str(log))
    recorder = Recorder()
    sp = Speaker(recorder, player=PLAYER_COMMAND, synthesizer=synth)
    sp.recorder, sp.log = recorder, log
    yield sp
    sp.close()


ITEMS = [Utterance("The first sentence is about the police.", 100), Utterance("The second sentence is about the law.", 100), Utterance("The third sentence is about help.", 100)]


def test_reads_every_sentence_in_order_then_finishes(speaker):
    speaker.speak(ITEMS)
    speaker.recorder.wait_for("finished")
    sentences = [e for _, e in speaker.recorder.events if e.kind == "sentence"]
    assert [e.index for e in sentences] == [0, 1, 2]
    assert [e.text for e in sentences] == [u.text for u in ITEMS]
    assert len(player_pids(speaker.log)) == 3


def test_word_events_come_while_the_sentence_is_heard(speaker):
    speaker.speak(ITEMS[:1])
    speaker.recorder.wait_for("finished")
    timed = speaker.recorder.events
    start = next(t for t, e in timed if e.kind == "sentence")
    words = [(t - start, e) for t, e in timed if e.kind == "word"]
    assert [e.text for _, e in words] == ITEMS[0].text.rstrip(".").split()
    # spread over the sentence as it plays, not all at once when it is made
    assert words[-1][0] - words[0][0] > 1.0
    assert all(ITEMS[0].text[e.start : e.start + e.length] == e.text for _, e in words)


def test_stop_returns_at_once_and_kills_the_sound(speaker):
    speaker.speak(ITEMS)
    speaker.recorder.wait_for("sentence", 0)
    time.sleep(0.3)
    pid = player_pids(speaker.log)[-1]
    assert alive(pid)
    speaker.stop()
    assert wait_dead(pid), "the player still runs after stop"
    speaker.recorder.wait_for("stopped")
    assert [e.index for _, e in speaker.recorder.events if e.kind == "sentence"] == [0]
    assert not speaker.speaking


def test_pause_stops_the_sound_and_resume_goes_on_from_the_word_it_stopped_in(speaker):
    long = Utterance("The first sentence is about the police and what they must now do in every town and city.", 100)
    speaker.speak([long, ITEMS[1]])
    speaker.recorder.wait_for("sentence", 0)
    while sum(1 for _, e in speaker.recorder.events if e.kind == "word") < 6:  # well into the sentence
        time.sleep(0.01)
    pid = player_pids(speaker.log)[-1]
    speaker.pause()
    speaker.recorder.wait_for("paused", 0)
    assert wait_dead(pid) and speaker.paused
    words_before = [e for _, e in speaker.recorder.events if e.kind == "word"]
    time.sleep(0.3)
    assert len(player_pids(speaker.log)) == 1, "nothing plays while paused"
    mark = len(speaker.recorder.events)
    speaker.toggle_pause()
    speaker.recorder.wait_for("sentence", 1)
    assert not speaker.paused
    after = [e for _, e in speaker.recorder.events[mark:] if e.kind == "word" and e.index == 0]
    # The engine knows the word from the sound's position when it stopped; the last word event to
    # reach this thread may be one behind it on a busy machine, never more.
    starts = [m.start() for m in re.finditer(r"\S+", long.text)]
    k = starts.index(words_before[-1].start)
    assert after and after[0].start in starts[k:k + 2], "it goes on from the word it stopped in, not the start"
    frames = [int(line.split("\t")[2]) for line in speaker.log.read_text().splitlines()]
    assert frames[1] < frames[0] * 0.8, "the rest of the sentence is played, not all of it again"
    speaker.stop()
    speaker.recorder.wait_for("stopped")


def test_next_and_previous_move_by_one_sentence(speaker):
    speaker.speak(ITEMS)
    speaker.recorder.wait_for("sentence", 0)
    speaker.next()
    speaker.recorder.wait_for("sentence", 1)
    speaker.next()
    speaker.recorder.wait_for("sentence", 2)
    speaker.previous()
    speaker.recorder.wait_for("sentence", 1)
    speaker.stop()
    speaker.recorder.wait_for("stopped")
    assert [e.index for _, e in speaker.recorder.events if e.kind == "sentence"] == [0, 1, 2, 1]


def test_a_new_reading_replaces_the_old_one(speaker):
    first = speaker.speak(ITEMS)
    speaker.recorder.wait_for("sentence", 0)
    second = speaker.speak(ITEMS[2:])
    speaker.recorder.wait_for("finished")
    by_session = {(e.session, e.kind) for _, e in speaker.recorder.events}
    assert (first, "stopped") in by_session and (second, "finished") in by_session


def test_rate_and_voice_changes_apply_to_the_next_sentence(speaker, synth):
    assert speaker.set_rate(500) == 400 and speaker.set_rate(10) == 80
    speaker.set_rate(170)
    assert speaker.set_voice("en-us").id == "gmw/en-us"
    with pytest.raises(UnknownVoice):
        speaker.set_voice("no-such-voice")
    assert speaker.voice == "gmw/en-us"


def test_a_failing_player_is_reported_as_an_event_not_printed(synth, tmp_path, monkeypatch, capfd):
    monkeypatch.setenv("FAKE_PLAYER_FAIL", "1")
    recorder = Recorder()
    sp = Speaker(recorder, player=PLAYER_COMMAND, synthesizer=synth)
    sp.speak(ITEMS)
    try:
        event = next(e for e in iter(lambda: recorder.queue.get(timeout=20), None) if e.kind in ("error", "finished"))
    finally:
        sp.close()
    assert event.kind == "error" and "audio open error" in event.message
    out, err = capfd.readouterr()
    assert out == "" and err == ""


def test_control_calls_never_block_while_reading(speaker):
    speaker.speak(ITEMS)
    speaker.recorder.wait_for("sentence", 0)
    calls = [speaker.pause, speaker.resume, speaker.next, speaker.previous, speaker.stop]
    done = threading.Event()

    def hammer():
        for call in calls * 5:
            call()
        done.set()

    threading.Thread(target=hammer, daemon=True).start()
    assert done.wait(2), "a control call blocked"
    speaker.recorder.wait_for("stopped")
