"""Who is speaking: the main speaker of an interview or press conference, and who only asks.

Transcripts that mark turns ("PM:", "JOURNALIST:", "NEIL MITCHELL:") give every sentence a
speaker. The easy read gives the main speaker's words; an interviewer's or a journalist's
questions are not the statement, and nobody else's words may be given to the main speaker.
The main speaker is whoever says the most among those who do not mostly ask; their role comes
from the label where it names one (content/plain/speaker_labels.tsv), else from the metadata.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from accessible_statement.document.transcript import Transcript
from accessible_statement.language import content

_INDEFINITE = {"journalist", "reporter", "caller"}  # one of several: "A journalist asked ..."
ASKER_QUESTION_SHARE = 0.3  # a named speaker at least this share of whose sentences are questions is asking


@dataclass(frozen=True)
class Speakers:
    main: str | None  # the main speaker's label; None when the transcript marks no turns
    role: str | None  # "Prime Minister", from the label, when it names a role

    def asker(self, label: str | None) -> str:
        """How the easy read names someone who asks: 'A journalist', 'The host', 'The interviewer'."""
        known = _known(label) if label else None
        role = known[0] if known and known[1] == "asks" else "interviewer"
        return f"A {role}" if role in _INDEFINITE else f"The {role}"

    def gives(self, label: str | None) -> bool:
        """Whether a sentence by LABEL is the main speaker's (unmarked text always is)."""
        return self.main is None or label is None or label == self.main


@lru_cache(maxsize=1)
def _labels() -> dict[str, tuple[str, str]]:
    return {row[0].strip().upper(): (row[1].strip(), row[2].strip()) for row in content.table("plain/speaker_labels.tsv", 3)}


def _known(label: str) -> tuple[str, str] | None:
    """(role, kind) for a label that names a role: 'PM', 'JOURNALIST'."""
    return _labels().get(label.upper())


def find_speakers(transcript: Transcript) -> Speakers:
    words: Counter[str] = Counter()
    sentences: Counter[str] = Counter()
    questions: Counter[str] = Counter()
    for s in transcript.sentences:
        if s.speaker:
            words[s.speaker] += len(s.text.split())
            sentences[s.speaker] += 1
            questions[s.speaker] += s.text.rstrip().endswith("?")
    if not words:
        return Speakers(None, None)

    def asks(label: str) -> bool:
        known = _known(label)
        if known:
            return known[1] == "asks"
        return questions[label] / sentences[label] >= ASKER_QUESTION_SHARE

    speaking = [label for label in words if not asks(label)] or list(words)
    main = max(speaking, key=lambda label: (words[label], label))
    known = _known(main)
    return Speakers(main, known[0] if known and known[0][:1].isupper() else None)
