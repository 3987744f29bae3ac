"""Plain 16-bit PCM WAV in memory: espeak-ng always gives 22050 Hz mono, so joining clips is byte work."""

from __future__ import annotations

import array
import io
import math
import sys
import wave
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Pcm:
    frames: bytes  # 16-bit little-endian samples
    rate: int = 22050
    channels: int = 1

    @property
    def seconds(self) -> float:
        return len(self.frames) / (2 * self.channels * self.rate)

    def after(self, ms: int) -> Pcm:
        """The audio from MS milliseconds on (whole frames): where a paused sentence goes on."""
        step = 2 * self.channels
        cut = min(len(self.frames), max(0, self.rate * ms // 1000) * step)
        return Pcm(self.frames[cut:], self.rate, self.channels)

    def to_wav(self) -> bytes:
        buf = io.BytesIO()
        with wave.open(buf, "wb") as out:
            out.setnchannels(self.channels)
            out.setsampwidth(2)
            out.setframerate(self.rate)
            out.writeframes(self.frames)
        return buf.getvalue()


def read_wav(path: str | Path) -> Pcm:
    with wave.open(str(path), "rb") as src:
        if src.getsampwidth() != 2:
            raise ValueError(f"{path}: expected 16-bit samples")
        return Pcm(src.readframes(src.getnframes()), src.getframerate(), src.getnchannels())


def silence(ms: int, rate: int = 22050, channels: int = 1) -> bytes:
    return bytes(2 * channels * (rate * ms // 1000))


def rms(pcm: Pcm) -> float:
    """Root mean square of the samples, 0..32768: near 0 means silence."""
    samples = array.array("h")
    samples.frombytes(pcm.frames[: len(pcm.frames) // 2 * 2])
    if sys.byteorder == "big":
        samples.byteswap()
    if not samples:
        return 0.0
    return math.sqrt(sum(s * s for s in samples) / len(samples))
