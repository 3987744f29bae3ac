"""Compare the easy read with what was said: what a reader must act on, numbers, who said it.

The rules check (check.py) reads the easy read alone; a text can pass it and still have lost the
one instruction a notice exists for. Here each of the main speaker's (and co-speakers') sentences
that tells the reader what to do, or gives a phone number, time or deadline (plain/acting), must
be said by a point, with its "if", "unless" or "until" condition in that point or the one before;
every phone number must survive; a point must come from the main speaker's words, or name the
co-speaker whose words it says; a point that leans on a sentence before it must have that sentence
before it. Numbers the easy read left out are listed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from accessible_statement.document.easy_read import EasyRead
from accessible_statement.easy_read.speakers import find_speakers
from accessible_statement.language.numbers import numbers_in
from accessible_statement.plain.acting import PHONE, act_on
from accessible_statement.plain.leaning import ASKED, leans_back, names_first

CONDITION = re.compile(r"\b(?:if|unless|until)\b", re.I)


@dataclass
class SourceFinding:
    rule: str
    hard: bool
    text: str


def against_source(doc: EasyRead) -> list[SourceFinding]:
    transcript = doc.transcript
    speakers = find_speakers(transcript)
    given = [s for s in transcript.sentences if speakers.gives(s.speaker) or speakers.co_name(s.speaker)]
    by_id = {s.id: s for s in transcript.sentences}
    points = [p for sec in doc.sections for p in sec.points]
    said = " ".join(p.text for p in points) + " " + " ".join(c.phone for c in doc.support)
    out: list[SourceFinding] = []

    for sentence, acts in zip(given, act_on([s.text for s in given])):
        if not acts:
            continue
        own = [k for k, p in enumerate(points) if sentence.id in p.sources]
        if not own:
            out.append(SourceFinding("left out something to act on", True, sentence.text))
            continue
        if CONDITION.search(sentence.text):
            near = {k for i in own for k in (i - 1, i)}
            if not any(k >= 0 and CONDITION.search(points[k].text) for k in near):
                out.append(SourceFinding("an instruction lost its condition", True, sentence.text))
    for phone in sorted({m.group(0) for s in given for m in PHONE.finditer(s.text)}):
        if phone not in said:
            out.append(SourceFinding(f"phone number {phone} left out", True, phone))

    for k, p in enumerate(points):
        speaker = {by_id[i].speaker for i in p.sources if i in by_id}
        # a question says who asked it; a co-speaker's point says who said it
        if not all(speakers.gives(s) or names_first(p.text, speakers.co_name(s)) for s in speaker) and not ASKED.match(p.text):
            out.append(SourceFinding("given to the wrong speaker", True, p.text))
        before = points[k - 1].sources[-1] if k else None
        if leans_back(p.text) and before not in (p.sources[0] - 1, p.sources[0]):
            out.append(SourceFinding("leans on a sentence that was left out", False, p.text))

    missing = numbers_in(" ".join(s.text for s in given)) - numbers_in(said)
    if missing:
        listed = ", ".join(_show(n) for n in sorted(missing))
        out.append(SourceFinding(f"numbers in the source that the easy read leaves out: {listed}", False, ""))
    return out


def _show(n: Fraction) -> str:
    if n.denominator != 1:
        return f"{float(n):g}"
    return f"{n.numerator:,}" if n.numerator >= 10000 else str(n.numerator)  # 2006 is a year more often than not
