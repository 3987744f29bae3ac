"""Sentences that lean on the one before them: they make sense only after it.

The rewriter puts "This is because ..." and "This was after ..." first when it splits a sentence; a point
that says "that conclusion", "do this", "them" or "he" with no one named before needs its antecedent
(leans_back reads the parse). Selection and fitting keep such a sentence with the one it leans on,
or leave it out.
"""

from __future__ import annotations

import re
from functools import lru_cache

from accessible_statement.language import content
from accessible_statement.language.lexicon import word_alternation
from accessible_statement.language.inflection import can_be_verb
from accessible_statement.language.parser import parse_sentence

# Who said it, where a co-speaker's point says so ("Premier Bligh said: This is because ..."):
# what follows leans as much as it would alone.
_SAID_BY = r"(?:(?:The )?[A-Z][\w'.-]*(?: [A-Za-z][\w'.-]*){0,5} said: )?"
_SAID_BY_PREFIX = re.compile(_SAID_BY)


def without_said_by(text: str) -> str:
    """The words a co-speaker said, without the 'Premier Bligh said: ' before them."""
    return _SAID_BY_PREFIX.sub("", text, count=1)


def names_first(text: str, name: str | None) -> bool:
    """Does TEXT open by naming NAME ('Premier Bligh said: ...', 'The Treasurer will ...')?"""
    return bool(name) and text.lower().startswith(name.lower())

# Leans on the sentence just before it (the same source sentence, or the one before).
DEPENDENT = re.compile(rf"^{_SAID_BY}(?:This is|This was|This includes|This means|But|So|It|They)\b")

# The words the splitting itself puts first.
POINTS_BACK = re.compile(rf"^{_SAID_BY}(?:This is|This was|This includes|This means)\b")

_DEMONSTRATIVES = {"this", "that", "these", "those"}
_THIS_DOES = re.compile(rf"^(?:This|That|These|Those)\s+(?:{word_alternation('plain/verbs_after_this.txt')})\b")
_THIRD_PERSON = content.word_set("plain/third_person_pronouns.txt")
_TIME_NOUNS = content.word_set("plain/time_nouns.txt")
# What may hang on "here" and "there" without saying which place: "to be here", "just here".
_NOT_A_PLACE = {"cop", "mark", "aux", "nsubj", "punct", "advmod"}


@lru_cache(maxsize=16384)  # asked of the same point by selection, fitting and the orphan pass
def leans_back(text: str) -> bool:
    """Does the sentence need one before it? By its parse: "this", "that" standing for something
    ("I agree with that", "do this"; not "those who ..."), "these findings", "that conclusion", or "he", "they", "them",
    "their" with no noun before them in the sentence; "agree" with nothing agreed to; a bare "why";
    a bare "here" or "there" (the place of the speech, not one named)."""
    if _THIS_DOES.search(text):
        return True
    p = parse_sentence(text)
    seen: set[str] = set()  # the numbers ("Sing", "Plur") of the nouns said so far
    for t in p.tokens:
        low = t.text.lower()
        if low in _DEMONSTRATIVES and t.feature("PronType") == "Dem":
            if t.upos == "PRON" and not p.children(t, "acl:relcl", "acl"):
                return True  # but "those who groom children" says who they are
            head = p.tokens[t.head]
            if t.dep == "det" and head.text.lower() not in _TIME_NOUNS and not _said_that(p, t):
                return True
        if low in _THIRD_PERSON and t.upos == "PRON" and t.dep != "expl" and _number(low) not in seen:
            if not (low == "it" and _extraposed(p, t)):
                return True  # "take action on all of them": no plural noun before "them" to be it
        if low in ("here", "there") and t.upos == "ADV" and not [c for c in p.children(t) if c.dep not in _NOT_A_PLACE]:
            return True  # "It is good to be here": where the speaker stands, which the reader cannot see
        if t.lemma.lower() == "agree" and t.upos == "VERB" and not p.children(t, "obj", "ccomp", "obl", "xcomp"):
            return True
        last = [w for w in p.tokens if w.upos != "PUNCT"][-1:]
        if last and t.i == last[0].i and low in ("why", "how") and not p.text.rstrip().endswith("?"):
            return True  # "No one has been curious as to why": why what?
        if t.upos in ("NOUN", "PROPN"):
            seen.add(t.feature("Number") or "Sing")
            if t.dep in ("conj",):
                seen.add("Plur")  # "Arrests and investigations ... they"
    return False


def _said_that(p, that) -> bool:
    """'The audit confirms that ethnicity data is not recorded': a "that" the parser took for
    "that data" but that starts what a verb before it says. Its noun is the subject of the next
    verb and the word before it can be a verb (the parser may have it as a noun: "confirms")."""
    if that.text.lower() != "that" or that.i == 0:
        return False
    before, noun = p.tokens[that.i - 1], p.tokens[that.head]
    return noun.dep in ("nsubj", "nsubj:pass") and noun.head > noun.i and before.upos in ("NOUN", "VERB") \
        and can_be_verb(before.text)


def _number(pronoun: str) -> str:
    return "Plur" if pronoun in ("they", "them", "their", "theirs") else "Sing"


def _extraposed(p, it) -> bool:
    """'It is important to act': the 'it' stands for the clause after it, not for a sentence before."""
    head = p.tokens[it.head]
    return bool(p.children(head, "csubj", "ccomp", "xcomp", "advcl")) and it.dep in ("nsubj", "nsubj:pass")


# A question the easy read gives before its answer ("The interviewer asked: Will ...?").
ASKED = re.compile(r"^(?:The|A) [a-z]+ asked: ")
