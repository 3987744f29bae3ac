"""Build the easy-read document: sections with plain headings, short sentences that trace to the
speaker's words, a 'Words to know' glossary, and a content note with help where the topic needs it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Iterable

from accessible_statement.document.easy_read import EasyRead, Point, Section
from accessible_statement.document.transcript import Transcript
from accessible_statement.easy_read.fit import fit_sections, plainest, short_share
from accessible_statement.easy_read.glossary import glossary_for
from accessible_statement.easy_read.select import announcement, balancing_sources, select_points, without_bare_findings
from accessible_statement.easy_read.sensitivity import content_note_and_help
from accessible_statement.easy_read.speakers import find_speakers, role_from_text
from accessible_statement.errors import BadInput
from accessible_statement.plain.acting import act_on
from accessible_statement.plain.antecedents import written_in
from accessible_statement.plain.completeness import points_not_whole
from accessible_statement.plain.leaning import ASKED, DEPENDENT, POINTS_BACK, leans_back, names_first
from accessible_statement.plain.referents import Referents
from accessible_statement.plain.standing import standing_alone
from accessible_statement.plain.rewrite import normalise, parse_ahead, plain_parse, rewrite
from accessible_statement.plain.substance import says_little
from accessible_statement.rules import LOW_INFORMATION, LOW_INFORMATION_SHARE, MIN_SECTION_WORDS, MIN_WORDS_TO_SUMMARISE, MUST_KEEP, SENTENCE_MAX_WORDS, SENTENCE_WORDS, SHORT_SHARE, TEXT_WORDS
from accessible_statement.sections.headings import choose_headings
from accessible_statement.sections.split import split_sections


def build_easy_read(transcript: Transcript) -> EasyRead:
    sentences = transcript.sentences
    words = sum(len(s.text.split()) for s in sentences)
    if words < MIN_WORDS_TO_SUMMARISE:
        raise BadInput(f"{transcript.source}: only {words} word{'s' if words != 1 else ''} of speech, too little for an easy-read version; 'accessible-statement clean' shows it as it is")
    addressed = any(re.search(r"\b(?:Mr|Madam) (?:Deputy )?Speaker\b|\bthe House\b", s.text) for s in sentences)
    speakers = find_speakers(transcript)
    role = transcript.role or speakers.role or role_from_text(transcript, speakers)
    dialogue = any(not speakers.gives(s.speaker) for s in sentences)
    referents = Referents.for_statement(role, addressed, dialogue)
    rewritten: dict[int, list[Point]] = {}
    # At a press conference others with a role speak too ("PREMIER BLIGH:"): their words are
    # points, each saying who said it; their "I" is them, their "we" stays "we".
    co = {label: Referents(role=None, government=False, formal=False, name=name) for label, name in speakers.co}
    given = [s for s in sentences if speakers.gives(s.speaker) or s.speaker in co]
    said_plainly = parse_ahead([s.text for s in given])
    for s in sentences:
        parse = plain_parse(s.text) if speakers.gives(s.speaker) or s.speaker in co else None
        for follower in [referents, *co.values()]:
            follower.observe(s.text, parse)
        # Only the main speaker's and co-speakers' words become points: a question is not the
        # statement, and another person's "I" must not become the main speaker.
        if speakers.gives(s.speaker):
            rewritten[s.id] = rewrite(s.id, s.text, referents)
        elif s.speaker in co:
            rewritten[s.id] = said_by(co[s.speaker].name or "", rewrite(s.id, s.text, co[s.speaker]))
        else:
            rewritten[s.id] = []
    said = {s.id: s.text for s in sentences}
    rewritten = _whole_sentences_only(rewritten, said)
    must = frozenset(s.id for s, acts in zip(given, act_on([s.text for s in given])) if acts)
    rewritten = _with_substance(rewritten, must, role)
    rewritten = _with_questions(rewritten, sentences, speakers)
    told = _information(rewritten, said_plainly, role)
    context = balancing_sources(rewritten)
    low = _low_information(told)
    # A point that tells nothing of what the statement is about goes, unless it is one to act on,
    # a key announcement, the speaker's context for a sensitive finding (rule 25) or a question
    # (kept only with its answer).
    rewritten = _leave_out(rewritten, (told[p.text] < low and sid not in must and sid not in context and not ASKED.match(p.text)
                                       and announcement(said[sid]) < MUST_KEEP
                                       for sid, points in rewritten.items() for p in points))
    # In an interview or a press conference, "you" in the speaker's answer is the one who asked: a
    # reader takes it for themselves. Only what a reader is told to do is said to them. (A statement
    # to the public may mean its reader: "20 new computers for you to use".)
    heard = _said_to_the_listener(rewritten) if dialogue else set()
    rewritten = _leave_out(rewritten, (p.text in heard and sid not in must and not ASKED.match(p.text)
                                       for sid, points in rewritten.items() for p in points))

    spans = split_sections(sentences)
    total_words = sum(len(s.text.split()) for s in sentences) or 1
    sections = []
    for number, span in enumerate(spans, start=1):
        own = sentences[span.first:span.last + 1]
        budget = max(MIN_SECTION_WORDS, TEXT_WORDS * sum(len(s.text.split()) for s in own) / total_words)
        points = select_points(own, rewritten, budget, must, told)
        nxt = sentences[span.last + 1] if span.last + 1 < len(sentences) else None
        end = own[-1].end if own[-1].end is not None else (nxt.start if nxt else own[-1].start)
        sections.append(Section(number, "", own[0].start, end, points, own))
    sections = _without_silent_parts(sections)
    key_sources = {s.id for s in sentences if announcement(s.text) >= MUST_KEEP} | must | balancing_sources(rewritten)
    for section in sections:
        section.points = _no_opening_but(section.points)
    pools = [[p for s in sec.sentences for p in rewritten[s.id]] for sec in sections]
    chosen = [sec.points for sec in sections]
    finished = _finished(sections, _fitted(chosen, pools, key_sources, total_words, told, news_may_go=True), role)
    if short_share([sec.points for sec in finished]) < SHORT_SHARE:
        # The length rule is missed even with long news left out: leaving it out would lose what
        # was said and meet no rule, so the news stays (fit_sections).
        finished = _finished(sections, _fitted(chosen, pools, key_sources, total_words, told, news_may_go=False), role)
    sections = finished
    # Headings last, from what each part's easy read says (rule 17), not from words it left out.
    parts_say = [_without_names_for_the_speaker(" ".join(p.text for p in sec.points), role) for sec in sections]
    for section, title in zip(sections, choose_headings(parts_say)):
        section.title = title
    note, support = content_note_and_help(transcript)
    easy = EasyRead(
        title=transcript.title or _title(transcript, role),
        speaker=transcript.speaker,
        date=transcript.date,
        source=transcript.source,
        about=_about(transcript, addressed, role),
        content_note=note,
        sections=sections,
        glossary=[],
        support=support,
        transcript=transcript,
    )
    easy.glossary = glossary_for(" ".join(p.text for sec in sections for p in sec.points))
    return easy


def _finished(sections: list[Section], fitted: list[list[Point]], role: str | None) -> list[Section]:
    """The parts with their fitted points, as printed: pairs kept together, each point standing
    alone, referents written in, only whole sentences, questions with their answers."""
    sections = [replace(sec, points=without_bare_findings(points)) for sec, points in zip(sections, fitted)]
    sections = _pairs_kept_together(sections)
    for sec in sections:  # "But ..." after a sentence left out points at nothing
        sec.points = _standing_alone(sec.points)
    for sec in sections:  # "It will be helped by ..." -> "Private demand will be helped by ..."
        sec.points = written_in(sec.points, _speaker_words(role))
    sections = _whole_at_the_end(sections)
    for sec in sections:
        sec.points = _questions_with_answers(sec.points)
    return _without_silent_parts(sections)  # a part left with nothing joins the one before


def _fitted(chosen: list[list[Point]], pools: list[list[Point]], key_sources: set[int], total_words: int,
            told: dict[str, float], news_may_go: bool) -> list[list[Point]]:
    """Fit the chosen points to the targets (easy_read/fit), then leave out the orphans that made."""
    parts = chosen
    for _ in range(2):  # leaving out orphans can move the scores, so fit once more after
        fitted = fit_sections(parts, key_sources, pools, total_words, told, news_may_go)
        carried: int | None = None  # the last point's sentence in the part before: a pair may span the border
        parts = []
        for points, pool in zip(fitted, pools):
            parts.append(_no_opening_but(_without_orphans(points, pool, key_sources, carried)))
            carried = parts[-1][-1].sources[-1] if parts[-1] else carried
    return parts


def _without_silent_parts(sections: list[Section]) -> list[Section]:
    """A part with nothing to say in easy read (only questions, or nothing whole) joins the part
    before it (the first joins the next), so its words still have a place; parts are numbered again."""
    out: list[Section] = []
    waiting: list[Section] = []  # silent parts before the first that speaks
    for sec in sections:
        if not sec.points and out:
            out[-1].sentences = out[-1].sentences + sec.sentences
            out[-1].end = sec.end
            continue
        if not sec.points:
            waiting.append(sec)
            continue
        for w in reversed(waiting):
            sec.sentences = w.sentences + sec.sentences
            sec.start = w.start
        waiting = []
        out.append(sec)
    if not out:
        return sections[:1]
    for number, sec in enumerate(out, start=1):
        sec.number = number
    return out


def _leave_out(rewritten: dict[int, list[Point]], gone: Iterable[bool]) -> dict[int, list[Point]]:
    """Leave out each point whose verdict in GONE (one per point, in order) is true, and with it a
    "This is because ..." that leaned on it."""
    verdicts = iter(gone)
    out: dict[int, list[Point]] = {}
    for sid, points in rewritten.items():
        kept: list[Point] = []
        dropped = False
        for p in points:
            if next(verdicts) or (dropped and POINTS_BACK.match(p.text)):
                dropped = True
                continue
            dropped = False
            kept.append(p)
        out[sid] = kept
    return out


def _whole_sentences_only(rewritten: dict[int, list[Point]], sources: dict[int, str]) -> dict[int, list[Point]]:
    """Every sentence the program writes must be a whole sentence by the parser (plain/completeness)."""
    flat = [p for points in rewritten.values() for p in points]
    return _leave_out(rewritten, (why is not None for why in points_not_whole(flat, sources)))


# A name or title called out at the start of a question: "Minister, will ...", "Prime Minister, are ..."
_CALLED = re.compile(r"^(?:[A-Z][\w'-]*\s+){0,2}[A-Z][\w'-]*,\s+(?=[a-z])")


def _with_questions(rewritten: dict[int, list[Point]], sentences, speakers) -> dict[int, list[Point]]:
    """An answer leans on its question: the question just before an answer the easy read gives is
    said too, with who asked it ('The interviewer asked: "Will the new routes start next month?"'),
    when it is short enough to quote whole. Selection keeps it only with its answer."""
    from accessible_statement.language.parser import parse_sentences
    from accessible_statement.plain.splitting import without_asides

    asked = []
    for k, s in enumerate(sentences[:-1]):
        if speakers.gives(s.speaker) or not s.text.rstrip().endswith("?") or not speakers.gives(sentences[k + 1].speaker):
            continue
        turn = []  # the answer: the main speaker's turn that follows
        for nxt in sentences[k + 1:]:
            if not speakers.gives(nxt.speaker):
                break
            turn.append(nxt)
        if any(rewritten.get(a.id) for a in turn[:3]):
            asked.append(s)
    out = dict(rewritten)
    plain = [normalise(s.text) for s in asked]  # contractions spelled out, fillers gone: not a quotation
    for s, parse in zip(asked, parse_sentences(plain)):
        question = _CALLED.sub("", without_asides(parse).strip())
        text = f"{speakers.asker(s.speaker)} asked: {question[:1].upper()}{question[1:]}"
        if 3 <= len(question.split()) and len(text.split()) <= SENTENCE_MAX_WORDS and not leans_back(question):
            out[s.id] = [Point(text, (s.id,))]  # not "Are they right?" with no one to be "they"
    return out


def _questions_with_answers(points: list[Point]) -> list[Point]:
    """A quoted question whose answer was left out goes: alone, it is not what the speaker said."""
    out = []
    for k, p in enumerate(points):
        nxt = points[k + 1] if k + 1 < len(points) else None
        answered = nxt is not None and not ASKED.match(nxt.text) and nxt.sources[0] - p.sources[-1] <= 3
        if ASKED.match(p.text) and not answered:
            continue
        out.append(p)
    return out


def _whole_at_the_end(sections: list[Section]) -> list[Section]:
    """The last word on wholeness is on the text as printed: a point changed after the first check
    ("But just picking a figure ..." losing its "But" at the start of a part) is judged again."""
    for sec in sections:
        verdicts = points_not_whole(sec.points, {s.id: s.text for s in sec.sentences})
        sec.points = [p for p, why in zip(sec.points, verdicts) if why is None]
    return sections


def _pairs_kept_together(sections: list[Section]) -> list[Section]:
    """A part never opens with a sentence that leans on the last one of the part before ("The
    government will act on all of them." after "... 12 ideas for change."): that sentence, and
    those leaning on it, move back with the speaker's sentences they come from."""
    for prev, sec in zip(sections, sections[1:]):
        while sec.points and prev.points and (leans_back(sec.points[0].text) or DEPENDENT.match(sec.points[0].text)) \
                and sec.points[0].sources[0] - 1 <= prev.points[-1].sources[-1]:
            last = sec.points[0].sources[-1]
            moving = [s for s in sec.sentences if s.id <= last]
            prev.sentences = prev.sentences + moving
            sec.sentences = sec.sentences[len(moving):]
            prev.points.append(sec.points.pop(0))
            while sec.points and set(sec.points[0].sources) <= {s.id for s in prev.sentences}:
                prev.points.append(sec.points.pop(0))
            if sec.sentences:
                sec.start = sec.sentences[0].start if sec.sentences[0].start is not None else sec.start
                prev.end = sec.start
    return [sec for sec in sections if sec.sentences]  # parts left with no point join others at the end


def _speaker_words(role: str | None) -> frozenset[str]:
    """The words the rewrite uses for the speaker: in every part, and no news."""
    return frozenset({w.lower() for w in (role or "").split()} | {"government", "person", "speaking"})


def _information(rewritten: dict[int, list[Point]], said: list, role: str | None) -> dict[str, float]:
    """How much each point tells (plain/information), by its text, against the topic words of
    everything the speaker SAID (parses of their sentences in plain words)."""
    from accessible_statement.language.parser import parse_sentences
    from accessible_statement.plain.information import information, topic_words

    texts = sorted({p.text for points in rewritten.values() for p in points})
    parses = parse_sentences(texts)
    names = _speaker_words(role)
    topic = topic_words(said, names)
    return {t: information(p, topic, names) for t, p in zip(texts, parses)}


def _said_to_the_listener(rewritten: dict[int, list[Point]]) -> set[str]:
    """The points that say "you" or "your" (by the parse: the pronoun, not a "you" in a name)."""
    from accessible_statement.language.parser import parse_sentences

    texts = sorted({p.text for points in rewritten.values() for p in points})
    return {t for t, p in zip(texts, parse_sentences(texts))
            if any(w.upos == "PRON" and w.text.lower() in ("you", "your", "yours", "yourself", "yourselves") for w in p.tokens)}


def _low_information(told: dict[str, float]) -> float:
    """Below what a point tells too little to keep: LOW_INFORMATION, or in a statement too short to
    come back to its words (where every word weighs little) half of what its middle point tells."""
    values = sorted(told.values())
    if not values:
        return LOW_INFORMATION
    middle = values[len(values) // 2] if len(values) % 2 else (values[len(values) // 2 - 1] + values[len(values) // 2]) / 2
    return min(LOW_INFORMATION, LOW_INFORMATION_SHARE * middle)


def _with_substance(rewritten: dict[int, list[Point]], must: frozenset[int], role: str | None) -> dict[int, list[Point]]:
    """Points that tell a reader nothing ("You know something.", "Thank you very much.") go,
    unless their sentence is one to act on."""
    names = set(_speaker_words(role))
    flat = [(sid, p) for sid, points in rewritten.items() for p in points]
    empty = says_little([p.text for _sid, p in flat], names)
    return _leave_out(rewritten, (e and sid not in must for (sid, _p), e in zip(flat, empty)))


def _without_orphans(points: list[Point], pool: list[Point], key_sources: set[int], carried: int | None = None) -> list[Point]:
    """Leave out a side point that leans on a sentence ("... remove them") that is not there before
    it: in this part, or (for its first point, which then moves back) at the end of the part before."""
    out: list[Point] = []
    for p in points:
        before = out[-1].sources[-1] if out else carried
        orphan = leans_back(p.text) and before not in (p.sources[0] - 1, p.sources[0])
        if orphan and not set(p.sources) & key_sources:
            continue
        out.append(p)
    if out or not points:
        return out
    plain = [q for q in pool if q.words <= SENTENCE_WORDS and not leans_back(q.text) and not DEPENDENT.match(q.text)]
    # Nothing that stands alone: the part says nothing rather than "... agrees with that conclusion",
    # and joins the part before it at the end.
    return [plainest(plain)] if plain else []


def said_by(name: str, points: list[Point]) -> list[Point]:
    """A co-speaker's points, each saying who said it: 'Premier Bligh said: Roads are closed.'
    A point that names them first says so already ('The Treasurer will ...'); one pushed over the
    ceiling goes, with the 'This is because ...' pieces that lean on it (plain/leaning reads
    those through the 'said:')."""
    from accessible_statement.language.parser import parse_sentence

    out: list[Point] = []
    dropped = False
    for p in points:
        if POINTS_BACK.match(p.text) and dropped:
            continue
        text = p.text if POINTS_BACK.match(p.text) else standing_alone(p.text, parse_sentence(p.text))  # it tied to another's words
        if not names_first(text, name):
            text = f"{name} said: {text}"
        dropped = len(text.split()) > SENTENCE_MAX_WORDS
        if not dropped:
            out.append(Point(text, p.sources, p.unclear_pronoun))
    return out


def _standing_alone(points: list[Point]) -> list[Point]:
    """A point whose speaker's sentence before it is not the point before it in the part (or that
    opens the part) loses the words that tie it to that sentence (plain/standing)."""
    from accessible_statement.language.parser import parse_sentence

    out: list[Point] = []
    for i, p in enumerate(points):
        before = points[i - 1] if i else None
        if before is None or before.sources[-1] < p.sources[0] - 1:
            text = standing_alone(p.text, parse_sentence(p.text))
            p = Point(text, p.sources, p.unclear_pronoun) if text != p.text else p
        out.append(p)
    return out


def _no_opening_but(points: list[Point]) -> list[Point]:
    """A part cannot start with 'But': there is nothing before it to contrast with."""
    if points and re.match(r"But\s+\w", points[0].text):
        first = points[0]
        rest = first.text[4:]
        points = [Point(rest[:1].upper() + rest[1:], first.sources, first.unclear_pronoun)] + points[1:]
    return points


def _without_names_for_the_speaker(text: str, role: str | None) -> str:
    """The part's words without the names the rewrite gave the speaker ("The Home Secretary",
    "the government"): they are in every part, and are not what any part is about."""
    for name in filter(None, [role, "the government", "the person speaking"]):
        text = re.sub(rf"\b(?:the\s+)?{re.escape(name)}(?:'s)?\b", " ", text, flags=re.I)
    return text


def long_date(iso: str | None) -> str | None:
    if not iso:
        return None
    d = dt.date.fromisoformat(iso)
    return f"{d.day} {d.strftime('%B')} {d.year}"


def _title(transcript: Transcript, role: str | None) -> str:
    who = f"the {role}" if role else transcript.speaker
    when = long_date(transcript.date)
    if who:
        return f"What {who} said" + (f" on {when}" if when else "")
    return "A statement in easy read" + (f": {when}" if when else "")


def _about(transcript: Transcript, addressed: bool, role: str | None) -> list[str]:
    lines = ["This is an easy read version of a statement."]
    who = f"The {role}" if role else (transcript.speaker or "The person speaking")
    name = transcript.speaker.split(",")[0] if transcript.speaker and role and "," in transcript.speaker else None
    where = " to Parliament" if addressed else ""
    when = long_date(transcript.date)
    lines.append(f"{who}{f' ({name})' if name else ''} made this statement{where}{f' on {when}' if when else ''}.")
    lines.append("It is shorter than what was said. It keeps the main points.")
    if any(s.start is not None for s in transcript.sentences):
        lines.append("The time at the start of each line shows where it comes from in the video.")
    lines.append("Hard words are explained at the end, in Words to know.")
    return lines
