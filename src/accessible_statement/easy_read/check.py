"""Check the program's own easy-read output against the easy-read rules (docs/easy-read-rules.md).

Hard rules fail the check (exit 1); soft ones are reported for a person to look at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from accessible_statement.language import content
from accessible_statement.document.easy_read import EasyRead
from accessible_statement.easy_read.against_source import against_source
from accessible_statement.easy_read.fit import short_share
from accessible_statement.easy_read.glossary import glossary_entries
from accessible_statement.easy_read.sensitivity import sensitive_topic
from accessible_statement.language.lexicon import word_alternation
from accessible_statement.language.numbers import numbers_in, numbers_written
from accessible_statement.language.readability import Scores, score_sentences
from accessible_statement.plain.completeness import points_not_whole
from accessible_statement.rules import HARD_ZIPF, MAX_GRADE, MEAN_WORDS, MIN_EASE, SENTENCE_MAX_WORDS, SENTENCE_WORDS, SHORT_SHARE


CONTRACTION = re.compile(rf"\b\w+(?:n't|'re|'ve|'ll|'d|'m)\b|\b(?:{word_alternation('plain/s_contractions.txt')})'s\b", re.I)
ABBREVIATION = re.compile(r"\b[A-Z]{2,}s?\b|\b(?:e\.g|i\.e|etc|approx)\b\.?", re.I)
# Two or more capitals in a short word: NHS, GPs, DfE, HMRC (not "Casey" or "TransPennine").
ABBREVIATION_CASED = re.compile(r"\b(?=[A-Za-z]{0,5}[A-Z][a-z]{0,3}[A-Z])[A-Za-z]{2,6}\b")
PASSIVE = re.compile(
    rf"\b(?:{word_alternation('plain/be_forms.txt')})\s+(?:\w+ly\s+)?(?:\w+ed|{word_alternation('plain/passive_participles.txt')})\b",
    re.I,
)
UNCLEAR = re.compile(r"\b(?:I|we|We|us|our|Our)\b")


@dataclass
class Finding:
    rule: str
    hard: bool
    text: str


@dataclass
class SectionReport:
    number: int
    title: str
    scores: Scores
    findings: list[Finding] = field(default_factory=list)


@dataclass
class Report:
    sections: list[SectionReport]
    overall: Scores
    findings: list[Finding]

    @property
    def passed(self) -> bool:
        return not any(f.hard for f in self.findings) and not any(f.hard for s in self.sections for f in s.findings)


def check(doc: EasyRead) -> Report:
    source_text = " ".join(s.text for s in doc.transcript.sentences)
    source_numbers = numbers_in(source_text) | numbers_in(" ".join(filter(None, [doc.transcript.date])))
    glossary_words = _glossary_words(doc)
    blaming = _blaming_pattern()
    sections = []
    all_points = []
    for sec in doc.sections:
        texts = [p.text for p in sec.points]
        all_points.extend(texts)
        report = SectionReport(sec.number, sec.title, score_sentences(texts) if texts else Scores(0, 0, 0))
        ids = {s.id for s in sec.sentences}
        by_id = {s.id: s.text for s in sec.sentences}
        broken = points_not_whole(sec.points, by_id)
        for p, why in zip(sec.points, broken):
            if why:
                report.findings.append(Finding(f"not a whole sentence ({why})", True, p.text))
        for p in sec.points:
            n = len(p.text.split())
            if n > SENTENCE_MAX_WORDS:
                report.findings.append(Finding("sentence over 20 words", True, p.text))
            elif n > SENTENCE_WORDS:
                report.findings.append(Finding("sentence over 15 words", False, p.text))
            if not p.sources or not set(p.sources) <= ids:
                report.findings.append(Finding("sentence does not trace to the speaker's words", True, p.text))
            for number in numbers_written(p.text):
                if number not in source_numbers:
                    report.findings.append(Finding(f"number {number} is not in the source", True, p.text))
            if CONTRACTION.search(p.text):
                report.findings.append(Finding("contraction", True, p.text))
            if ABBREVIATION_CASED.search(p.text) or re.search(r"\b(?:e\.g|i\.e|etc)\b", p.text):
                report.findings.append(Finding("abbreviation", True, p.text))
            if blaming and blaming.search(p.text):
                report.findings.append(Finding("victim-blaming words", True, p.text))
            if PASSIVE.search(p.text):
                report.findings.append(Finding("passive voice", False, p.text))
            if UNCLEAR.search(p.text):
                report.findings.append(Finding("'I' or 'we' without saying who", False, p.text))
            for word in _hard_words(p.text, glossary_words):
                report.findings.append(Finding(f"hard word not explained: {word}", False, p.text))
        sections.append(report)

    overall = score_sentences(all_points)
    findings: list[Finding] = []
    lengths = [len(t.split()) for t in all_points]
    if not all_points:
        findings.append(Finding("no easy-read sentences", True, ""))
    else:
        if sum(lengths) / len(lengths) > MEAN_WORDS:
            findings.append(Finding(f"mean sentence length {sum(lengths) / len(lengths):.1f} words (at most 12)", True, ""))
        share = short_share([sec.points for sec in doc.sections])
        if share < SHORT_SHARE:
            findings.append(Finding(f"only {share:.0%} of sentences have 15 words or fewer (at least 95%)", True, ""))
        if overall.grade > MAX_GRADE:
            findings.append(Finding(f"Flesch-Kincaid grade {overall.grade:.1f} (at most 6)", True, ""))
        if overall.reading_ease < MIN_EASE:
            findings.append(Finding(f"Flesch reading ease {overall.reading_ease:.1f} (at least 70)", True, ""))
    if sensitive_topic(doc.transcript) and not doc.content_note:
        findings.append(Finding("sensitive topic without a content note", True, ""))
    findings.extend(Finding(f.rule, f.hard, f.text) for f in against_source(doc))
    return Report(sections, overall, findings)


def _glossary_words(doc: EasyRead) -> set[str]:
    return {w.lower() for _t, _m, forms in glossary_entries() for f in forms for w in re.findall(r"[A-Za-z']+", f)}


@lru_cache(maxsize=1)
def _blaming_pattern() -> re.Pattern[str] | None:
    keys = [a.strip() for a, b in content.table("plain/respectful_terms.tsv") if a.strip().lower() != b.strip().lower()]
    if not keys:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(k) for k in keys) + r")\b", re.I)


def _hard_words(text: str, explained: set[str]) -> list[str]:
    from wordfreq import zipf_frequency  # ships its word lists in the wheel: no download

    out = []
    for i, word in enumerate(re.findall(r"[A-Za-z][A-Za-z'-]*", text)):
        low = word.lower().removesuffix("'s")
        if low in explained or (i > 0 and word[:1].isupper()) or "-" in low:
            continue
        if zipf_frequency(low, "en") < HARD_ZIPF:
            out.append(word)
    return out


def format_report(report: Report) -> str:
    lines = []
    for sec in report.sections:
        s = sec.scores
        lines.append(
            f"Part {sec.number}. {sec.title}: {s.sentences} sentences, {s.words} words, "
            f"grade {s.grade:.1f}, reading ease {s.reading_ease:.1f}"
        )
        for f in sec.findings:
            lines.append(f"  {'FAIL' if f.hard else 'note'}: {f.rule}: {f.text}")
    o = report.overall
    lines.append("")
    lines.append(
        f"Overall: {o.sentences} sentences, {o.words} words, {o.words_per_sentence:.1f} words a sentence, "
        f"Flesch-Kincaid grade {o.grade:.1f}, Flesch reading ease {o.reading_ease:.1f}"
    )
    for f in report.findings:
        lines.append(f"{'FAIL' if f.hard else 'note'}: {f.rule}" + (f": {f.text}" if f.text else ""))
    lines.append("Result: " + ("pass" if report.passed else "FAIL (a hard rule is broken)"))
    return "\n".join(lines) + "\n"
