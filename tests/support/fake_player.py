"""A stand-in audio player for a machine with no sound card: it 'plays' a WAV by waiting as long as
the audio lasts (scaled by FAKE_PLAYER_SCALE) and logs what it got, so tests see real files and
real timing. FAKE_PLAYER_FAIL makes it fail as a player with no sound device does."""

import os
import sys
import time
import wave

path = sys.argv[-1]
if os.environ.get("FAKE_PLAYER_FAIL"):
    sys.stderr.write("ALSA lib confmisc.c: cannot find card '0'\naplay: main: audio open error: No such file or directory\n")
    sys.exit(1)
with wave.open(path, "rb") as w:
    seconds = w.getnframes() / w.getframerate()
    frames = w.getnframes()
log = os.environ.get("FAKE_PLAYER_LOG")
if log:
    with open(log, "a", encoding="utf-8") as fh:
        fh.write(f"{time.time():.3f}\t{os.getpid()}\t{frames}\t{seconds:.3f}\n")
time.sleep(seconds * float(os.environ.get("FAKE_PLAYER_SCALE", "1")))
