"""One WAV per section, with a caption file and a playlist, written whole or not at all.

Everything is made in a hidden folder beside the target and renamed into place at the end, so an
interrupted or failed export leaves nothing behind and never half-replaces an earlier one.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from accessible_statement.document.easy_read import EasyRead
from accessible_statement.errors import BadInput
from accessible_statement.speech.script import DEFAULT_RATE, Track, listening_tracks
from accessible_statement.render.safe_names import slug, track_stem
from accessible_statement.speech.synthesizer import Synthesizer, shared_synthesizer
from accessible_statement.speech.wav import Pcm, silence

LEAD_IN_MS = 300  # a moment of quiet before the first word, so players do not clip it


@dataclass(frozen=True)
class Caption:
    start: float
    end: float
    text: str


@dataclass(frozen=True)
class ExportedTrack:
    stem: str
    title: str
    seconds: float
    cues: tuple[Caption, ...]


def render_track(track: Track, synth: Synthesizer, voice: str | None, rate: int) -> tuple[Pcm, list[Caption]]:
    """The track's audio and one caption cue per sentence, timed from the samples themselves."""
    frames = [silence(LEAD_IN_MS)]
    cues: list[Caption] = []
    position = len(frames[0])
    rate_hz, bytes_per_second = 22050, 2 * 22050
    for utterance in track.utterances:
        clip = synth.render(utterance.spoken, voice, rate)
        rate_hz, bytes_per_second = clip.pcm.rate, 2 * clip.pcm.rate
        start = position / bytes_per_second
        frames.append(clip.pcm.frames)
        position += len(clip.pcm.frames)
        cues.append(Caption(start, position / bytes_per_second, utterance.text))
        gap = silence(utterance.pause_after_ms, rate_hz)
        frames.append(gap)
        position += len(gap)
    return Pcm(b"".join(frames), rate_hz), cues


def _clock(seconds: float) -> str:
    ms = round(seconds * 1000)
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def webvtt(cues: list[Caption] | tuple[Caption, ...]) -> str:
    out = ["WEBVTT", ""]
    for n, cue in enumerate(cues, 1):
        text = cue.text.replace("-->", "->").replace("\n", " ")
        out += [str(n), f"{_clock(cue.start)} --> {_clock(cue.end)}", text, ""]
    return "\n".join(out)


def playlist(title: str, tracks: list[ExportedTrack]) -> str:
    out = ["#EXTM3U", f"#PLAYLIST:{title}"]
    for t in tracks:
        out += [f"#EXTINF:{round(t.seconds)},{t.title}", f"{t.stem}.wav"]
    return "\n".join(out) + "\n"


def default_folder(source: str) -> Path:
    return Path(f"{slug(Path(source).stem)}-audio")


def export_audio(
    doc: EasyRead,
    folder: Path,
    *,
    voice: str | None = None,
    rate: int = DEFAULT_RATE,
    original: bool = False,
    force: bool = False,
    progress: Callable[[int, int, str], None] | None = None,
    synth: Synthesizer | None = None,
) -> list[ExportedTrack]:
    synth = synth or shared_synthesizer()
    synth.start()
    if voice:
        synth.resolve_voice(voice)
    folder = Path(folder)
    _check_target(folder, force)
    tracks = listening_tracks(doc, original)
    first = 0 if tracks and tracks[0].kind == "intro" else 1
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".partial", dir=folder.parent))
    except OSError as exc:
        raise _write_error(folder, exc) from None
    try:
        done: list[ExportedTrack] = []
        for n, track in enumerate(tracks):
            title = track.title
            stem = track_stem(first + n, track.title if track.kind != "section" else _section_title(doc, track.number))
            if progress:
                progress(n + 1, len(tracks), title)
            pcm, cues = render_track(track, synth, voice, rate)
            (staging / f"{stem}.wav").write_bytes(pcm.to_wav())
            (staging / f"{stem}.vtt").write_text(webvtt(cues), encoding="utf-8")
            done.append(ExportedTrack(stem, title, pcm.seconds, tuple(cues)))
        (staging / "playlist.m3u").write_text(playlist(doc.title, done), encoding="utf-8")
        _swap_into_place(staging, folder)
        return done
    except OSError as exc:
        raise _write_error(folder, exc) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _section_title(doc: EasyRead, number: int) -> str:
    return next(s.title for s in doc.sections if s.number == number)


def _check_target(folder: Path, force: bool) -> None:
    parent = folder.parent
    if not parent.is_dir():
        raise BadInput(f"{folder}: cannot write: the folder {parent} does not exist")
    if folder.exists() and not folder.is_dir():
        raise BadInput(f"{folder}: is a file, not a folder; give a folder for the audio")
    if folder.is_dir() and any(folder.iterdir()) and not force:
        raise BadInput(f"{folder}: the folder already has files in it; use --force to replace them, or choose another folder with -o")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise BadInput(f"{folder}: cannot write: permission denied")


def _swap_into_place(staging: Path, folder: Path) -> None:
    os.chmod(staging, 0o755)
    if folder.exists():
        old = folder.with_name(f".{folder.name}.replaced")
        shutil.rmtree(old, ignore_errors=True)
        os.replace(folder, old)
        os.replace(staging, folder)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(staging, folder)


def _write_error(folder: Path, exc: OSError) -> BadInput:
    if exc.errno == errno.ENOSPC:
        return BadInput(f"{folder}: cannot write: the disk is full; nothing was written")
    if isinstance(exc, PermissionError):
        return BadInput(f"{folder}: cannot write: permission denied")
    return BadInput(f"{folder}: cannot write: {exc.strerror or exc}")
