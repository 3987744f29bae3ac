"""A speech engine for reader tests: it records every call and lets the test send the events a real one sends."""

from accessible_statement.errors import SpeechUnavailable
from accessible_statement.speech.speaker import SpeechEvent
from accessible_statement.speech.synthesizer import Voice

VOICES = [Voice("gmw/en", "English (Great Britain)", "en-gb"), Voice("gmw/en-us", "English (America)", "en-us"), Voice("roa/fr", "French", "fr-fr")]


class FakeSpeaker:
    def __init__(self, on_event, problem=None):
        self.on_event = on_event
        self.problem = problem
        self.calls = []
        self.spoken = []  # the texts of each speak() call
        self.rate = 150
        self.voice = None
        self.speaking = False
        self.paused = False
        self.session = 0
        self.closed = False

    def check(self):
        self.calls.append("check")
        if self.problem:
            raise SpeechUnavailable(self.problem)

    def voices(self):
        return list(VOICES)

    def speak(self, items, start=0):
        if self.speaking:
            self.emit("stopped")
        self.session += 1
        self.spoken.append([getattr(i, "text", i) for i in items])
        self.calls.append("speak")
        self.speaking, self.paused = True, False
        return self.session

    def stop(self):
        self.calls.append("stop")
        if self.speaking:
            self.speaking = False
            self.emit("stopped")

    def pause(self):
        self.calls.append("pause")
        self.paused = True

    def resume(self):
        self.calls.append("resume")
        self.paused = False

    def toggle_pause(self):
        self.resume() if self.paused else self.pause()

    def next(self):
        self.calls.append("next")

    def previous(self):
        self.calls.append("previous")

    def set_rate(self, wpm):
        self.rate = max(80, min(400, wpm))
        self.calls.append(("rate", self.rate))
        return self.rate

    def set_voice(self, voice):
        self.voice = voice
        self.calls.append(("voice", voice))
        return next(v for v in VOICES if v.id == voice)

    def close(self):  # like Speaker.close: the sound stops first
        self.stop()
        self.closed = True

    # what a real engine would report
    def emit(self, kind, index=-1, **fields):
        self.on_event(SpeechEvent(kind, self.session, index, **fields))
