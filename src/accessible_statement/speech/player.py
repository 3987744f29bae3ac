"""Play a WAV file in a child process we can kill: stopping is terminating it, which is immediate.

pyttsx3's own playback runs `aplay` through a shell, prints its errors into the terminal and
cannot be interrupted, so playback is ours. The player's output is captured, never shown.
"""

from __future__ import annotations

import os
import platform
import shlex
import shutil
import subprocess
import time
from pathlib import Path

from accessible_statement.errors import SpeechUnavailable

PLAYER_ENV = "ACCESSIBLE_STATEMENT_PLAYER"  # a command line; the WAV file's path is added at the end

# In order of preference: PipeWire, PulseAudio, ALSA, macOS.
KNOWN_PLAYERS = (("pw-play",), ("paplay",), ("aplay", "-q"), ("afplay",))

PLAYER_HINT = (
    "install one: PipeWire's pw-play, PulseAudio's paplay or ALSA's aplay "
    "(Debian or Ubuntu: sudo apt install pulseaudio-utils or alsa-utils), "
    f"or name a player in {PLAYER_ENV}. 'accessible-statement audio' still writes audio files"
)


def find_player() -> list[str]:
    """The command to play a file with; raises SpeechUnavailable saying what to install."""
    configured = os.environ.get(PLAYER_ENV, "").strip()
    if configured:
        command = shlex.split(configured)
        if not command or shutil.which(command[0]) is None:
            raise SpeechUnavailable(f"no audio player: {PLAYER_ENV} names '{configured}', which cannot be found")
        return command
    for command in KNOWN_PLAYERS:
        if shutil.which(command[0]):
            return list(command)
    if platform.system() == "Windows":
        return ["winsound"]
    raise SpeechUnavailable(f"no audio player was found to read aloud; {PLAYER_HINT}")


class Playback:
    """One file playing. `stop()` returns at once; the sound stops when the process dies."""

    def __init__(self, command: list[str], path: Path, seconds: float) -> None:
        self._winsound = command == ["winsound"]
        self._ends = time.monotonic() + seconds
        if self._winsound:  # pragma: no cover - Windows only
            import winsound

            winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC)
            self._process = None
            return
        self._process = subprocess.Popen(
            [*command, str(path)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,  # Ctrl+C in the terminal reaches us, not the player
        )

    def wait(self, timeout: float) -> bool:
        """True when playback has ended (or failed) within TIMEOUT seconds."""
        if self._process is None:  # pragma: no cover - Windows: winsound gives no end signal
            left = self._ends - time.monotonic()
            time.sleep(max(0.0, min(timeout, left)))
            return left <= timeout
        try:
            self._process.wait(timeout=timeout)
            return True
        except subprocess.TimeoutExpired:
            return False

    def error(self) -> str | None:
        """What the player said when it failed, as one line (never printed by us)."""
        if self._process is None or self._process.returncode in (0, None) or self._process.returncode < 0:
            return None
        err = self._process.stderr.read().decode("utf-8", "replace") if self._process.stderr else ""
        last = [line.strip() for line in err.splitlines() if line.strip()]
        return f"the audio player failed ({last[-1] if last else 'exit ' + str(self._process.returncode)})"

    def stop(self) -> None:
        if self._winsound:  # pragma: no cover - Windows only
            import winsound

            winsound.PlaySound(None, 0)
            return
        if self._process.poll() is None:
            try:
                self._process.kill()  # SIGKILL: a player can be slow to honour SIGTERM
            except ProcessLookupError:
                pass

    def close(self) -> None:
        self.stop()
        if self._process is not None:
            try:
                self._process.wait(timeout=2)
            except subprocess.TimeoutExpired:
                pass
            if self._process.stderr:
                self._process.stderr.close()
