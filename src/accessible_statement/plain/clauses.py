"""One idea per sentence (rule 1): split at clause joins, giving each new sentence a clear start."""

from __future__ import annotations

import re

from accessible_statement.language import content
from accessible_statement.language.lexicon import word_alternation

# The word lists are in content/plain/ (each file says what it is for); the patterns' structure is here.
SUBJECTS = rf"(?:{word_alternation('plain/subjects.txt')}|(?:{word_alternation('plain/subject_titles.txt')}) \w+)"
AUX = re.compile(rf"\b(?:{word_alternation('plain/finite_verbs.txt')})\b|\b\w{{3,}}ed\b", re.I)

_VERB_WORD = rf"(?:{word_alternation('plain/subject_verbs.txt')}|\w{{3,}}ed)"
_PRONOUN_SUBJECT = rf"(?:{word_alternation('plain/pronoun_subjects.txt')})"  # never "you" or "it": they can be objects ("let you down")
_NOT_A_VERB = rf"(?:{word_alternation('plain/not_verbs_after_pronoun.txt')})"
CLAUSE = (
    rf"(?<![\w'-])(?:{_PRONOUN_SUBJECT}\s+(?!{_NOT_A_VERB}\b)\w+|"
    rf"{SUBJECTS}\s+(?:also\s+|now\s+|already\s+|then\s+|still\s+|\w+ly\s+)?{_VERB_WORD})\b"
)

# (pattern that marks the join, how the new sentence starts). The join words are dropped.
_JOINS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<=[a-z])[.;]\s+(?=[A-Z])"), ""),
    (re.compile(r";\s+"), ""),
    (re.compile(rf",?\s+and\s+(?={CLAUSE})", re.I), ""),
    (re.compile(rf",?\s+but\s+(?={CLAUSE})", re.I), "But "),
    (re.compile(r",\s+but\s+", re.I), "But "),
    (re.compile(rf",?\s+so\s+(?={CLAUSE})", re.I), "So "),
    (re.compile(r",?\s+because\s+", re.I), "This is because "),
    (re.compile(r",?\s+so that\s+", re.I), "This means "),
    (re.compile(r",\s+including\s+", re.I), "This includes "),
    (re.compile(r",\s+(?:while|whilst)\s+", re.I), "But "),
    (re.compile(rf",\s+which\s+(?=(?:{word_alternation('plain/verbs_after_which.txt')})\b)", re.I), "This "),
    (re.compile(r"\s+(?:despite|even though)\s+", re.I), "This is despite "),
)
_WHICH_ASIDE = re.compile(rf",\s+which\s+{_PRONOUN_SUBJECT}\b[^,.;]*,?", re.I)
_PURPOSE = re.compile(rf"\s+(?:in order )?to\s+(?=(?:{word_alternation('plain/purpose_verbs.txt')})\b)", re.I)


_EMBEDDED_WHILE = re.compile(
    r"\s+(?:while|whilst)\s+[^,.;]*?(?=\s+(?:will|would|can|must|should)\s)", re.I
)


def drop_embedded_contrast(sentence: str) -> str:
    """'those convicted while their abusers went free will have ...' loses its inner 'while' clause."""
    return _EMBEDDED_WHILE.sub("", sentence, count=1)


_DETERMINER_BEFORE = content.word_set("plain/before_adjective.txt")
_ALWAYS_VERBS = content.word_set("plain/always_verbs.txt")


def has_verb(text: str) -> bool:
    """A finite verb somewhere: an auxiliary or common verb, or an -ed word that is not an adjective
    ('a continued failure' has none; 'the police continued' has one)."""
    for m in AUX.finditer(text):
        word = m.group(0).lower()
        if not word.endswith("ed") or word in _ALWAYS_VERBS:
            return True
        before = text[: m.start()].split()[-1:] or [""]
        if before[0].lower().strip(",") not in _DETERMINER_BEFORE:
            return True
    return False


def split_clauses(sentence: str) -> list[str]:
    """Split once at every clause join; pieces that would have no verb stay joined."""
    sentence = _WHICH_ASIDE.sub("", sentence)
    pieces = [sentence]
    for pattern, start in _JOINS:
        nxt: list[str] = []
        for piece in pieces:
            nxt.extend(_split_on(piece, pattern, start))
        pieces = nxt
    return pieces


def _split_on(text: str, pattern: re.Pattern[str], start: str) -> list[str]:
    out: list[str] = []
    rest = text
    skip = 1
    while True:
        m = pattern.search(rest, skip)
        if not m:
            out.append(rest)
            return out
        head, tail = rest[: m.start()], rest[m.end():]
        new = start + tail if start else tail[:1].upper() + tail[1:]
        if not has_verb(head) or not has_verb(tail) or len(head.split()) < 2 or len(tail.split()) < 3:
            # A piece with no verb is not a sentence: keep this join and look further on.
            later = _split_on(tail, pattern, start)
            out.append(head + rest[m.start():m.end()] + later[0])
            out.extend(later[1:])
            return out
        out.append(head)
        rest = new
        skip = max(1, len(start))  # never split inside the words this function put there


# Verbs whose "to" starts their object, not a purpose: "asked police forces to identify", "was to stop".
_TAKES_INFINITIVE = re.compile(rf"\b(?:{word_alternation('plain/takes_infinitive.txt')})\b", re.I)


def split_purpose(sentence: str) -> list[str]:
    """'X to make sure Y' -> 'X. This is to make sure Y.' Only used on sentences that are still long."""
    for m in _PURPOSE.finditer(sentence):
        head = sentence[: m.start()]
        if len(head.split()) < 4 or not has_verb(head):
            continue
        if _TAKES_INFINITIVE.search(" ".join(head.split()[-6:])):
            continue
        rest = sentence[m.end():]
        sure = re.match(r"make sure\s+(?:that\s+)?", rest, re.I)
        if sure and has_verb(rest[sure.end():]):
            return [head, "This means " + rest[sure.end():]]  # "to make sure X happens": X is the point
        return [head, "This is to " + rest]
    return [sentence]


_SUBORDINATE_FIRST = re.compile(rf"^(?:{word_alternation('plain/subordinate_openers.txt')})\b[^,]{{3,}}?,\s+(?=\S)", re.I)


_FRONTED = re.compile(rf"^(?:{word_alternation('plain/fronted_openers.txt')})\b", re.I)


def main_clause_first(sentence: str) -> str:
    """'After I asked police forces ..., more than 800 cases ...' keeps its main clause when the
    opening clause is long; a short opening ('In 2015, ...') stays. Without a comma, the main
    clause starts where a subject meets its verb ('To provide ... crimes we will make ...')."""
    m = _SUBORDINATE_FIRST.match(sentence)
    if not m and _FRONTED.match(sentence):
        clause = re.compile(CLAUSE, re.I).search(sentence)
        if clause and len(sentence[: clause.start()].split()) > 6:
            m = clause
            rest = sentence[clause.start():]
            return rest[:1].upper() + rest[1:] if has_verb(rest) and len(rest.split()) >= 4 else sentence
    if not m or len(m.group(0).split()) < 4:
        return sentence
    rest = sentence[m.end():]
    if not has_verb(rest) or len(rest.split()) < 4:
        return sentence
    return rest[:1].upper() + rest[1:]


_SUBJECT_END = re.compile(rf"\s(?=(?:{word_alternation('plain/subject_end_verbs.txt')})\b)", re.I)
_AND_VERB = re.compile(rf",?\s+and\s+(?=(?:{word_alternation('plain/and_verbs.txt')})\s)", re.I)


def split_shared_subject(sentence: str) -> list[str]:
    """'The police will launch X and will develop Y' -> two sentences, each with 'The police'."""
    m = _AND_VERB.search(sentence)
    subject_end = _SUBJECT_END.search(sentence)
    if not m or not subject_end or subject_end.start() >= m.start():
        return [sentence]
    subject = sentence[: subject_end.start()].strip()
    if not 1 <= len(subject.split()) <= 5 or "," in subject:
        return [sentence]
    tail = sentence[m.end():]
    return [sentence[: m.start()], f"{subject} {tail}"]


def split_commas(sentence: str) -> list[str]:
    """A last split for long sentences: at a comma followed by a clause with its own subject."""
    m = re.search(rf",\s+(?={CLAUSE})", sentence[10:], re.I)
    if not m:
        return [sentence]
    cut = 10 + m.start()
    head, tail = sentence[:cut], sentence[10 + m.end():]
    if not has_verb(head) or not has_verb(tail):
        return [sentence]
    return [head, tail[:1].upper() + tail[1:]]


_PARTICIPLE = re.compile(rf",?\s+({word_alternation('plain/participles.txt')})\s+", re.I)
_NEEDS_E = content.lines("plain/stems_needing_e.txt")  # endings, for str.endswith
_WITHOUT_E = content.word_set("plain/stems_without_e.txt")


def base_form(ing: str) -> str:
    stem_ = ing[:-3].lower()
    if stem_ in _WITHOUT_E:
        return stem_
    return stem_ + "e" if stem_.endswith(_NEEDS_E) else stem_


def split_participle(sentence: str) -> list[str]:
    """'... operation overseen by X bringing together Y' -> '... overseen by X. This will bring together Y.'"""
    m = _PARTICIPLE.search(sentence)
    if not m or len(sentence[: m.start()].split()) < 5 or not has_verb(sentence[: m.start()]):
        return [sentence]
    if sentence[: m.start()].split()[-1].lower() in _DETERMINER_BEFORE:
        return [sentence]  # "the building of ..." is a noun, not a verb
    base = base_form(m.group(1))
    head = sentence[: m.start()]
    verb = f"will {base}" if re.search(r"\bwill\b", head, re.I) else third_person_simple(base)
    return [head, f"This {verb} {sentence[m.end():]}"]


def third_person_simple(base: str) -> str:
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    return base + "s"


# A start that cannot stand alone: an open relative clause or a subordinate clause.
_UNFINISHED = re.compile(
    rf"(?<=\s)(?:who|which|that|whose|whom)\b|^(?:{word_alternation('plain/unfinished_openers.txt')})\b",
    re.I,
)

# Verbs whose next word belongs to them ("deal with", "look into"): no cut between the two.
_PHRASAL = content.word_set("plain/phrasal_verbs.txt")

# A start that ends just after "and" or "so": "... organised crime and so rapists".
_SHORT_CONJUNCT = re.compile(r"\b(?:but|so|nor|yet)\s+(?:\S+\s+){0,1}\S+$", re.I)

# Where a long sentence may be cut without changing what its first part says.
_SAFE_CUT = re.compile(rf"\s(?=(?:{word_alternation('plain/safe_cut_words.txt')})\s)", re.I)
_BEFORE_OF = content.word_set("plain/before_of.txt")


def core_clause(sentence: str, target: int, ceiling: int) -> str | None:
    """The longest start of SENTENCE that ends at a safe cut and still is a sentence: at most TARGET
    words if there is one, else at most CEILING. Never inside a list or an open clause."""
    no_end = content.word_set("cleaning/no_end_words.txt")
    best: dict[int, str] = {}
    for m in _SAFE_CUT.finditer(sentence):
        head = sentence[: m.start()].rstrip(" ,")
        n = len(head.split())
        if n > ceiling:
            break
        following = sentence[m.end():].split(" ", 1)[0].lower()
        last_words = head.split()[-4:]
        previous = last_words[-1].lower()
        if previous in _BEFORE_OF and following == "of":
            continue  # "2 out of 3", "one of": the number needs its second half
        participle_and_object = previous.endswith("ing") and following not in ("who", "which", "where")
        if any(w.endswith(",") for w in last_words) or previous in no_end or previous in _PHRASAL or participle_and_object:
            continue  # inside a list ("reviews, investigations") or ending on "the", "and", "at"
        if n >= 6 and has_verb(head) and not _UNFINISHED.search(head) and not _SHORT_CONJUNCT.search(head):
            best[target if n <= target else ceiling] = head
    return best.get(target) or best.get(ceiling)


_LED_BY = re.compile(
    rf"\s+(?:{word_alternation('plain/led_by_verbs.txt')})\s+by\s+((?:the\s+)?(?:[A-Z][\w'-]*\s*){{1,5}})(?=$|[,.;]|\s+[a-z])"
)


def split_led_by(sentence: str) -> list[str]:
    """'... a new operation led by the National Crime Agency' -> '... a new operation.
    The National Crime Agency will lead it.' Keeps who leads it, in a sentence of its own."""
    m = _LED_BY.search(sentence)
    if not m or not has_verb(sentence[: m.start()]):
        return [sentence]
    leader = m.group(1).strip()
    leader = leader[:1].upper() + leader[1:]
    future = re.search(r"\bwill\b", sentence[: m.start()], re.I)
    tail = sentence[m.end():].strip(" ,")
    parts = [sentence[: m.start()], f"{leader} {'will lead' if future else 'leads'} it"]
    participle = _PARTICIPLE.match(" " + tail)
    if participle:
        base = base_form(participle.group(1))
        verb = f"will {base}" if future else third_person_simple(base)
        parts.append(f"This {verb} {(' ' + tail)[participle.end():]}")
    elif tail and has_verb(tail):
        parts.append(tail[:1].upper() + tail[1:])
    return parts
