"""Write in what "it" or "they" stands for, from the sentence just before, when the parse says so.

A point that opens "It will be helped by ..." or "They signed up to it" leans on the sentence
before it; reviewers label it DANGLING even when that sentence is there, because a reader with low
literacy does not carry a referent across a full stop. The subject of the sentence before is the
likeliest thing a subject pronoun stands for (centering theory: the subject is the most salient
entity; Siddharthan 2006 uses the same preference to keep cohesion when he splits sentences).
The pronoun is replaced only when that is clear from the parse: the sentence before says the
speaker's sentence just before (or the same one), its subject is a noun phrase (not a pronoun or
the speaker) of the pronoun's number and no longer than a few words, and no other noun phrase of
that number is its object (two candidates and the choice is a guess).
"""

from __future__ import annotations

import datetime as dt

from accessible_statement.document.easy_read import Point
from accessible_statement.language import content
from accessible_statement.language.parser import Parse, Token, parse_sentences
from accessible_statement.rules import ANTECEDENT_WORDS, SENTENCE_MAX_WORDS

_PRONOUNS = {"it": "Sing", "they": "Plur"}
_TIME_NOUNS = content.word_set("plain/time_nouns.txt")
_CALENDAR = {dt.date(2001, m, 1).strftime("%B") for m in range(1, 13)} | {dt.date(2001, 1, d).strftime("%A") for d in range(1, 8)}


def written_in(points: list[Point], speaker_words: frozenset[str]) -> list[Point]:
    """POINTS (one part, in order) with an opening "It"/"They" replaced by the subject of the point
    before where that is clear. SPEAKER_WORDS: the words the rewrite uses for the speaker."""
    if len(points) < 2:
        return points
    parses = parse_sentences([p.text for p in points])
    out = [points[0]]
    for k in range(1, len(points)):
        p, before = points[k], points[k - 1]
        new = None
        if p.sources[0] - before.sources[-1] in (0, 1):
            new = _with_antecedent(parses[k], parses[k - 1], speaker_words)
        if new and len(new.split()) <= SENTENCE_MAX_WORDS:
            p = Point(new, p.sources, p.unclear_pronoun)
        out.append(p)
    return out


def _with_antecedent(p: Parse, before: Parse, speaker_words: frozenset[str]) -> str | None:
    first = next((t for t in p.tokens if t.upos != "PUNCT"), None)
    if first is None or first.text.lower() not in _PRONOUNS or first.dep not in ("nsubj", "nsubj:pass"):
        return None
    number = _PRONOUNS[first.text.lower()]
    verb = p.tokens[first.head]
    if number == "Sing" and p.children(verb, "csubj", "ccomp", "xcomp") and verb.upos != "VERB":
        return None  # "It is important to act": the clause after it, not a thing before it
    subject = _subject(before)
    if subject is None or _number(before, subject) != number:
        return None
    words = _phrase(before, subject)
    if not words or len(words) > ANTECEDENT_WORDS or any(w.upos == "PRON" for w in words):
        return None
    if {w.text.lower() for w in words} & speaker_words or words[0].text.lower() in ("this", "that", "these", "those"):
        return None  # "the government ... It": a person or the speaker is not "it"; "this" leans too
    own = {w.i for w in words}
    rivals = [t for t in before.tokens if t.dep in ("obj", "iobj", "nsubj:pass", "obl", "nmod", "conj") and t.upos not in ("PRON", "VERB", "AUX", "NUM")
              and t.i not in own and _number(before, t) == number and not _a_time(before, t)]  # the tagger may call a noun an adjective
    if rivals or any(t.text.lower() in (first.text.lower(), "them" if number == "Plur" else "its") for t in before.tokens):
        return None  # two things it could be, or "it" before too: the chain goes back further
    phrase = _say(words)
    rest = p.text[len(first.text):]
    return phrase[:1].upper() + phrase[1:] + rest


def _a_time(p: Parse, t: Token) -> bool:
    """'in March', 'this year', 'on Monday': when, not a thing "it" could be."""
    return t.lemma.lower() in _TIME_NOUNS or t.text in _CALENDAR or t.dep in ("obl:tmod", "nmod:tmod")


def _subject(p: Parse) -> Token | None:
    roots = [t for t in p.roots if t.upos != "PUNCT"]
    if len(roots) != 1:
        return None
    found = p.children(roots[0], "nsubj", "nsubj:pass")
    return found[0] if found and found[0].upos in ("NOUN", "PROPN") else None


def _number(p: Parse, head: Token) -> str:
    if p.children(head, "conj"):
        return "Plur"
    return head.feature("Number") or "Sing"


def _phrase(p: Parse, head: Token) -> list[Token]:
    """The subject's words, without a relative clause or a phrase hung after it."""
    leave = {t.i for c in p.children(head, "acl:relcl", "acl", "punct") for t in p.subtree(c)}
    return [t for t in p.subtree(head) if t.i not in leave and t.upos != "PUNCT"]


def _say(words: list[Token]) -> str:
    """The noun phrase as words, "a" made "the" (it is now the one already spoken of)."""
    out = []
    for n, t in enumerate(words):
        text = t.text
        if n == 0 and text.lower() in ("a", "an"):
            text = "the"
        elif n == 0 and t.upos != "PROPN":
            text = text.lower()
        out.append(text + (" " if t.space else ""))
    return "".join(out).strip()
