"""End to end: the exported audio says the right words, checked by a speech recogniser.

pocketsphinx decodes each track (resampled to 16 kHz mono) with a small language model made
from the track's own caption text plus near-miss decoys (tests/support/asr.py). Matching audio must score
a word error rate of at most 0.2; audio of a different part scored against the same text must
score above 0.5, or the check could not fail.
"""

import pytest

from support.asr import near_miss_decoys, recognise, word_error_rate
from support.common import run_cli
from test_speech_cli import read_vtt


@pytest.fixture(scope="module")
def tracks(tmp_path_factory):
    out = tmp_path_factory.mktemp("words") / "audio"
    result = run_cli("audio", "-o", out, timeout=300)  # the default voice and rate, as users get them
    assert result.returncode == 0, result.stderr.decode()
    return out


def _text(track):
    return [text for _, _, text in read_vtt(track.with_suffix(".vtt"))]


@pytest.mark.parametrize("which", ["00-*.wav", "longest part", "second longest part"])
def test_a_track_says_its_own_words(tracks, which):
    # The opening track, and the two parts with the most words: the recogniser's small language
    # model is built from the track's own text, and a two-sentence part that says "act quickly"
    # twice gives it too little to tell "work quickly" from "act quickly".
    parts = sorted((t for t in tracks.glob("*.wav") if not t.name.startswith("00-")),
                   key=lambda t: (-len(" ".join(_text(t)).split()), t.name))
    track = sorted(tracks.glob(which))[0] if which.endswith(".wav") else parts[0 if which == "longest part" else 1]
    expected = _text(track)
    heard = recognise(track, expected, near_miss_decoys(expected))
    wer = word_error_rate(" ".join(expected), heard)
    assert wer <= 0.2, f"{track.name}: WER {wer:.2f}; heard: {heard}"


def test_a_different_track_does_not_pass_for_this_text(tracks):
    law = sorted(tracks.glob("05-*.wav"))[0]
    police = sorted(tracks.glob("06-*.wav"))[0]
    expected = _text(law)
    heard = recognise(police, expected, near_miss_decoys(expected))
    assert word_error_rate(" ".join(expected), heard) > 0.5


def test_the_whole_statement_says_its_words(tracks):
    """Every track, counted together: a short track with one misheard name cannot hide a broken one."""
    from support.asr import normalise_words

    errors = words = 0
    worst = (0.0, "")
    for track in sorted(tracks.glob("*.wav")):
        expected = _text(track)
        reference = " ".join(expected)
        wer = word_error_rate(reference, recognise(track, expected, near_miss_decoys(expected)))
        n = len(normalise_words(reference))
        errors += wer * n
        words += n
        worst = max(worst, (wer, track.name))
    assert errors / words <= 0.1, f"WER over all tracks {errors / words:.3f}"
    assert worst[0] <= 0.5, worst
