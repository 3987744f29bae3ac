"""Shared helpers for the speech tests: the stand-in player and reading real WAV files."""

import os
import sys
import time
import wave
from pathlib import Path

FAKE_PLAYER = Path(__file__).resolve().parent / "fake_player.py"
PLAYER_COMMAND = [sys.executable, str(FAKE_PLAYER)]


def player_env(log: Path, scale: float = 1.0, fail: bool = False) -> dict:
    env = {
        "ACCESSIBLE_STATEMENT_PLAYER": f"{sys.executable} {FAKE_PLAYER}",
        "FAKE_PLAYER_LOG": str(log),
        "FAKE_PLAYER_SCALE": str(scale),
    }
    if fail:
        env["FAKE_PLAYER_FAIL"] = "1"
    return env


def player_pids(log: Path) -> list[int]:
    if not log.exists():
        return []
    return [int(line.split("\t")[1]) for line in log.read_text().splitlines() if line.strip()]


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie is dead to the listener
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(") ")[1][0] != "Z"
    except OSError:
        return False


def wait_dead(pid: int, within: float = 3.0) -> bool:
    end = time.monotonic() + within
    while time.monotonic() < end:
        if not alive(pid):
            return True
        time.sleep(0.01)
    return not alive(pid)


def wav_info(path: Path) -> tuple[int, int, int, float]:
    with wave.open(str(path), "rb") as w:
        return w.getframerate(), w.getnchannels(), w.getsampwidth(), w.getnframes() / w.getframerate()
