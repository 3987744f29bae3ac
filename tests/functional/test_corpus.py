"""Every transcript of the corpus (../shared/corpus, 200 real speeches, interviews and press
conferences the program was not tuned on) gives an easy read: no crash, no sentence over 20
words, every number from the source, every point from the main speaker's words (or a question said with who asked it), and every
sentence whole by the parser. One process, so the parser loads once (about two minutes)."""

from fractions import Fraction
from pathlib import Path

import pytest

from accessible_statement.clean.pipeline import clean_transcript
from accessible_statement.easy_read.build import build_easy_read
from accessible_statement.easy_read.speakers import find_speakers
from accessible_statement.errors import BadInput
from accessible_statement.language.numbers import numbers_in, numbers_written
from accessible_statement.plain.completeness import points_not_whole
from accessible_statement.plain.leaning import ASKED
from accessible_statement.read.source_file import read_source
from support.common import ROOT

CORPUS = ROOT.parent / "shared" / "corpus" / "au-pm-transcripts"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the corpus sits beside the repository (../shared/corpus)")
def test_every_corpus_transcript_gives_an_easy_read_within_the_rules():
    files = sorted(CORPUS.glob("*.txt"))
    assert len(files) == 200
    problems: list[str] = []
    built = 0
    for path in files:
        try:
            doc = build_easy_read(clean_transcript(read_source(path)))
        except BadInput:
            continue  # too little speech: refused with one clear line, which is right
        except Exception as exc:  # noqa: BLE001 - the point is that nothing else escapes
            problems.append(f"{path.name}: crashed: {exc!r}")
            continue
        built += 1
        speakers = find_speakers(doc.transcript)
        by_id = {s.id: s for s in doc.transcript.sentences}
        source = numbers_in(" ".join(s.text for s in doc.transcript.sentences)) | numbers_in(doc.transcript.date or "")
        points = [p for sec in doc.sections for p in sec.points]
        # as the pipeline judges it: a sure finding always counts, a doubtful one where the source was whole
        for p, why in zip(points, points_not_whole(points, {i: s.text for i, s in by_id.items()})):
            if p.words > 20:
                problems.append(f"{path.name}: over 20 words: {p.text}")
            for n in numbers_written(p.text):
                if Fraction(n) not in source:
                    problems.append(f"{path.name}: {n} is not in the source: {p.text}")
            # the main speaker's words, a question that says who asked it, or a co-speaker's words that say who said them
            names = [speakers.co_name(by_id[i].speaker) for i in p.sources if not speakers.gives(by_id[i].speaker)]
            if not all(n and p.text.lower().startswith(n.lower()) for n in names) and not ASKED.match(p.text):
                problems.append(f"{path.name}: not the main speaker's words, nor said whose: {p.text}")
            if why:
                problems.append(f"{path.name}: not whole ({why}): {p.text}")
    assert built >= 190, built
    assert problems == [], "\n".join(problems[:40]) + f"\n... {len(problems)} in all"
