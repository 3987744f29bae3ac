"""`say`, `audio` and `voices` as a user runs them, with the real engine writing real WAV files."""

import ctypes.util
import os
import re
import signal
import subprocess
import sys
import time

import pytest

from accessible_statement.speech.wav import read_wav, rms
from support.common import BUNDLED, FIXTURES, ROOT, ctrl_c_as_at_a_terminal, run_cli
from support.speech import alive, player_env, player_pids, wait_dead, wav_info

SHORT = FIXTURES / "short-clip-page.txt"
CUE = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d\d\d) --> (\d\d):(\d\d):(\d\d)\.(\d\d\d)$")


def _seconds(h, m, s, ms):
    return int(h) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000


def read_vtt(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "WEBVTT"
    cues = []
    for n, line in enumerate(lines):
        m = CUE.match(line)
        if m:
            g = m.groups()
            cues.append((_seconds(*g[:4]), _seconds(*g[4:]), lines[n + 1]))
    return cues


def no_leftovers(folder):
    return [p.name for p in folder.iterdir() if p.name.startswith(".")]


@pytest.fixture(scope="module")
def bundled_audio(tmp_path_factory):
    out = tmp_path_factory.mktemp("audio") / "statement-audio"
    result = run_cli("audio", "-o", out, timeout=300)
    assert result.returncode == 0, result.stderr.decode()
    return out, result


def test_audio_writes_one_named_track_per_section_with_captions_and_playlist(bundled_audio):
    out, result = bundled_audio
    names = sorted(p.name for p in out.iterdir())
    wavs = [n for n in names if n.endswith(".wav")]
    assert "00-before-you-listen.wav" in wavs  # the content note and help come first (rules 21, 24)
    assert "01-what-is-this-about.wav" in wavs
    assert wavs[-1].endswith("-where-to-get-help.wav")
    for w in wavs:
        assert re.fullmatch(r"\d\d-[a-z0-9]+(-[a-z0-9]+)*\.wav", w) and len(w) <= 64
        assert w[:-4] + ".vtt" in names
    assert "playlist.m3u" in names
    assert result.stdout == b"", "nothing from the engine may reach the terminal"
    err = result.stderr.decode()
    assert "Making audio: track 1 of" in err and "wrote" in err and "Audio saved" not in err


def test_each_track_starts_with_its_heading_and_its_length_fits_words_and_rate(bundled_audio):
    out, _ = bundled_audio
    section = sorted(out.glob("03-*.wav"))[0]
    rate_hz, channels, width, seconds = wav_info(section)
    assert (rate_hz, channels, width) == (22050, 1, 2)
    assert rms(read_wav(section)) > 300
    cues = read_vtt(section.with_suffix(".vtt"))
    assert cues[0][2].startswith("Part 3. ")
    speech = sum(end - start for start, end, _ in cues)
    words = sum(len(text.split()) for _, _, text in cues)
    assert 110 <= words / speech * 60 <= 190, "default rate is about 150 words a minute"
    gaps = [b[0] - a[1] for a, b in zip(cues, cues[1:])]
    assert gaps[0] >= 0.9 and all(0.4 <= g <= 0.6 for g in gaps[1:]), "longer pause after the heading"


def test_caption_cues_are_in_order_inside_the_audio_and_match_speech(bundled_audio):
    out, _ = bundled_audio
    for vtt in sorted(out.glob("*.vtt")):
        cues = read_vtt(vtt)
        pcm = read_wav(vtt.with_suffix(".wav"))
        assert cues, vtt.name
        assert all(a[1] <= b[0] for a, b in zip(cues, cues[1:])), vtt.name
        assert all(s < e for s, e, _ in cues) and cues[-1][1] <= pcm.seconds + 1e-3
        # inside a cue there is sound; in the gap after it there is silence
        start, end, _ = cues[-1]
        bps = 2 * pcm.rate
        inside = pcm.frames[int(start * bps) // 2 * 2 : int(end * bps) // 2 * 2]
        after = pcm.frames[int(end * bps) // 2 * 2 + 200 :]
        assert rms(type(pcm)(inside)) > 300 and rms(type(pcm)(after)) < 50


def test_playlist_lists_every_track_with_its_title_and_length(bundled_audio):
    out, _ = bundled_audio
    lines = (out / "playlist.m3u").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "#EXTM3U"
    entries = [(lines[i], lines[i + 1]) for i in range(len(lines)) if lines[i].startswith("#EXTINF:")]
    assert [f for _, f in entries] == sorted(p.name for p in out.glob("*.wav"))
    for info, name in entries:
        length, title = info[len("#EXTINF:") :].split(",", 1)
        assert abs(int(length) - wav_info(out / name)[3]) <= 1
        assert title
    assert "#EXTINF:" in lines[2] and lines[2].endswith(",Before you listen")
    assert any(info.endswith(",Part 3. " + read_vtt(out / name.replace(".wav", ".vtt"))[0][2][len("Part 3. ") :]) for info, name in entries)


def test_audio_never_silently_overwrites_and_force_replaces_whole(bundled_audio, tmp_path):
    out = tmp_path / "clip-audio"
    assert run_cli("audio", SHORT, "-o", out).returncode == 0
    (out / "mine.txt").write_text("keep me")
    again = run_cli("audio", SHORT, "-o", out)
    assert again.returncode == 2
    assert again.stderr.decode().count("\n") == 1 and "--force" in again.stderr.decode()
    assert (out / "mine.txt").exists()
    forced = run_cli("audio", SHORT, "-o", out, "--force")
    assert forced.returncode == 0
    assert not (out / "mine.txt").exists() and any(out.glob("01-*.wav"))
    assert no_leftovers(tmp_path) == []


def test_audio_in_a_missing_folder_or_a_file_is_refused(tmp_path):
    r = run_cli("audio", SHORT, "-o", tmp_path / "no" / "such" / "dir")
    assert r.returncode == 2 and "does not exist" in r.stderr.decode()
    (tmp_path / "afile").write_text("x")
    r = run_cli("audio", SHORT, "-o", tmp_path / "afile")
    assert r.returncode == 2 and "is a file" in r.stderr.decode()


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only folders")
def test_audio_into_a_read_only_folder_is_refused(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        r = run_cli("audio", SHORT, "-o", locked / "out")
        assert r.returncode == 2 and "permission denied" in r.stderr.decode()
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o755)


def test_audio_refusal_when_the_folder_cannot_be_written_is_clean(tmp_path, monkeypatch):
    """The read-only case, simulated so it also runs as root: one clear error, nothing left behind."""
    import accessible_statement.speech.export as export
    from accessible_statement.easy_read.build import build_easy_read
    from accessible_statement.errors import BadInput
    from support.common import clean_file

    monkeypatch.setattr(export.os, "access", lambda path, mode: False)
    with pytest.raises(BadInput, match="permission denied"):
        export.export_audio(build_easy_read(clean_file(SHORT)), tmp_path / "out")
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_during_export_leaves_nothing(tmp_path, monkeypatch):
    import errno
    from pathlib import Path

    import accessible_statement.speech.export as export
    from accessible_statement.easy_read.build import build_easy_read
    from accessible_statement.errors import BadInput
    from support.common import clean_file

    calls = []

    def filling(real):
        def write(self, data, *args, **kwargs):  # the disk fills up after the first file: a track is already there
            calls.append(self)
            if len(calls) == 2:
                raise OSError(errno.ENOSPC, "No space left on device")
            return real(self, data, *args, **kwargs)
        return write

    monkeypatch.setattr(Path, "write_bytes", filling(Path.write_bytes))
    monkeypatch.setattr(Path, "write_text", filling(Path.write_text))
    with pytest.raises(BadInput, match="the disk is full"):
        export.export_audio(build_easy_read(clean_file(SHORT)), tmp_path / "out")
    assert calls[0].suffix == ".wav" and len(calls) == 2
    assert list(tmp_path.iterdir()) == []


def _start(args, env, tmp_path):
    full = dict(os.environ)
    full.update(env)
    return subprocess.Popen([sys.executable, "-m", "accessible_statement", *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=full, cwd=tmp_path,
                            preexec_fn=ctrl_c_as_at_a_terminal)


def test_ctrl_c_during_audio_exits_130_and_leaves_nothing(tmp_path):
    proc = _start(["audio", BUNDLED, "-o", tmp_path / "out"], {}, tmp_path)
    line = proc.stderr.readline()  # the first progress line: the export is under way
    assert b"Making audio" in line
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert b"Traceback" not in err and err.decode().strip().splitlines()[-1] == "accessible-statement: stopped"
    assert not (tmp_path / "out").exists()
    assert no_leftovers(tmp_path) == []


def test_say_prints_each_sentence_as_it_is_spoken(tmp_path):
    log = tmp_path / "player.log"
    r = run_cli("say", SHORT, "--section", "1", env=player_env(log, scale=0.05))
    assert r.returncode == 0, r.stderr.decode()
    lines = [line for line in r.stdout.decode().splitlines() if line.strip()]
    assert lines[0].startswith("Part 1. ")
    assert len(player_pids(log)) == len(lines), "one played clip per printed sentence"
    assert r.stderr == b""


def test_say_original_reads_the_speakers_own_sentences(tmp_path):
    log = tmp_path / "player.log"
    plain = run_cli("say", SHORT, "--section", "1", env=player_env(log, scale=0.01)).stdout.decode()
    original = run_cli("say", SHORT, "--section", "1", "--original", env=player_env(log, scale=0.01)).stdout.decode()
    easy = run_cli("easy-read", SHORT, "--format", "json").stdout.decode()
    import json

    sentences = [s["text"] for s in json.loads(easy)["sections"][0]["sentences"]]
    assert original.split("\n")[1:1 + len(sentences)] == sentences
    assert plain != original


def test_ctrl_c_during_say_stops_the_sound_and_exits_130(tmp_path):
    log = tmp_path / "player.log"
    proc = _start(["say", BUNDLED], player_env(log, scale=1.0), tmp_path)
    first = proc.stdout.readline()
    assert first.strip()
    time.sleep(0.3)
    pids = player_pids(log)
    assert pids and alive(pids[-1])
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=20)
    assert proc.returncode == 130
    assert b"Traceback" not in err and err.decode().strip() == "accessible-statement: stopped"
    assert wait_dead(pids[-1]), "the sound went on after Ctrl+C"
    assert player_pids(log) == pids, "nothing more was played"


def test_no_audio_player_says_what_to_install_and_audio_export_still_works(tmp_path):
    env = {"ACCESSIBLE_STATEMENT_PLAYER": "", "PATH": str(tmp_path)}  # no pw-play, paplay, aplay or afplay
    r = run_cli("say", SHORT, env=env)
    assert r.returncode == 3
    err = r.stderr.decode()
    assert err.count("\n") == 1 and "no audio player" in err and "aplay" in err and "audio" in err
    assert run_cli("audio", SHORT, "-o", tmp_path / "out", env=env).returncode == 0
    assert any((tmp_path / "out").glob("*.wav"))


def test_a_player_that_fails_gives_one_clear_line(tmp_path):
    r = run_cli("say", SHORT, env=player_env(tmp_path / "log", fail=True))
    assert r.returncode == 3
    err = r.stderr.decode()
    assert err.count("\n") == 1 and "the audio player failed" in err and "audio open error" in err
    assert "ALSA lib" not in err, "the player's own noise is not shown"


def test_no_speech_engine_says_what_to_install(tmp_path):
    for env in ({"ACCESSIBLE_STATEMENT_ESPEAK_LIBRARY": str(tmp_path / "libespeak-ng.so.1")},):
        for command in (["say", SHORT], ["audio", SHORT, "-o", tmp_path / "out"], ["voices"]):
            r = run_cli(*command, env=env)
            assert r.returncode == 3, command
            err = r.stderr.decode()
            assert err.count("\n") == 1 and "espeakng-loader" in err and "apt install espeak-ng" in err
            assert not (tmp_path / "out").exists()


@pytest.mark.skipif(bool(ctypes.util.find_library("espeak-ng")), reason="this machine has a system espeak-ng")
def test_without_the_wheel_or_a_system_espeak_the_engine_is_missing(tmp_path):
    shadow = tmp_path / "espeakng_loader"
    shadow.mkdir()
    (shadow / "__init__.py").write_text("raise ImportError('not installed')\n")
    r = run_cli("voices", env={"PYTHONPATH": f"{tmp_path}{os.pathsep}{ROOT / 'src'}"})
    assert r.returncode == 3
    assert "no speech engine was found" in r.stderr.decode() and r.stderr.decode().count("\n") == 1


def test_unknown_voice_and_bad_rate_are_bad_input(tmp_path):
    r = run_cli("audio", SHORT, "-o", tmp_path / "out", "--voice", "gmw/en-uss")
    assert r.returncode == 2 and "unknown voice 'gmw/en-uss'" in r.stderr.decode() and "gmw/en-us" in r.stderr.decode()
    assert not (tmp_path / "out").exists()
    r = run_cli("say", SHORT, "--rate", "20")
    assert r.returncode == 2 and "80 to 400" in r.stderr.decode()
    r = run_cli("say", SHORT, "--section", "99")
    assert r.returncode == 2 and "no part 99" in r.stderr.decode()


def test_voices_lists_ids_languages_and_names():
    r = run_cli("voices")
    assert r.returncode == 0
    lines = r.stdout.decode().splitlines()
    assert any(line.startswith("gmw/en ") and "(default)" in line for line in lines)
    assert any(line.startswith("gmw/en-us ") and "English (America)" in line for line in lines)


def test_rate_option_changes_the_audio_length(tmp_path):
    slow, fast = tmp_path / "slow", tmp_path / "fast"
    assert run_cli("audio", SHORT, "-o", slow, "--rate", "100").returncode == 0
    assert run_cli("audio", SHORT, "-o", fast, "--rate", "200").returncode == 0
    s = sum(wav_info(p)[3] for p in slow.glob("*.wav"))
    f = sum(wav_info(p)[3] for p in fast.glob("*.wav"))
    assert s > 1.4 * f
