"""Say who does what (rule 4): 'I' is the speaker's role, 'we' the government, 'she' the person last named."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from accessible_statement.language import content
from accessible_statement.language.lexicon import word_alternation

# title -> "f", "m" or "?" (content/plain/person_titles.tsv); the pattern tries the titles in file order.
_TITLES = {title.strip(): gender.strip() for title, gender in content.table("plain/person_titles.tsv")}
_PERSON = re.compile(
    r"\b(" + "|".join(map(re.escape, _TITLES)) + r")\s+((?:[A-Z][a-z'-]+)(?:\s+[A-Z][a-z'-]+){0,2})"
)
_NOT_NAMES = content.word_set("plain/not_names.txt")
_MODALS = content.word_set("plain/modals.txt")
_ADVERBS = content.word_set("plain/adverbs_before_verb.txt")
_GOVERNMENT_ROLE = re.compile(word_alternation("plain/government_roles.txt"))
_TOBE = content.lookup("plain/third_person_forms.tsv")
_OBJECT_FOLLOWERS = content.word_set("plain/object_followers.txt")
_IRREGULAR_PAST = content.running_word_set("plain/irregular_past.txt")


_WE_STATES = content.word_set("plain/we_states.txt")
RECENT_SENTENCES = 1  # "he" is the person named in this sentence or the one before it ...
ONLY_ONE_SENTENCES = 6  # ... or the only one of them named, within this many sentences (others may be named without a title)
_POSSESSED = content.word_set("plain/before_adjective.txt")  # "a", "the", "our", "many" ...


def _we_are(rest: list[str]) -> bool:
    """'we are old friends', 'we have a resilient economy': a group being or having something,
    which need not be the government, so 'we' stays 'we'."""
    words = [w.strip(",.;:!?\"'()").lower() for w in rest[:3]]
    words = [w for w in words if w not in _ADVERBS] or [""]
    if words[0] in ("are", "were", "'re") and len(words) > 1 and words[1].endswith("ing"):
        return False  # "we are bringing in new laws" is something done
    if words[0] in _WE_STATES:
        return True
    return words[0] in ("have", "had") and len(words) > 1 and words[1] in _POSSESSED


# Words before "I" or "we" that put the verb before the subject ("Do I think ...", "Have we ..."):
# the verb that follows is not the one that agrees.
_INVERTING = content.word_set("plain/inverting_words.txt")


def _joint_subject(sentence: str, index: int) -> bool:
    """Is the word at INDEX (split on spaces) one of two joined subjects ("The Premier and I
    understand"), rather than the subject of a clause of its own ("..., and I agree")? By the parse."""
    from accessible_statement.language.parser import parse_sentence

    p = parse_sentence(sentence)
    start = len(" ".join(sentence.split(" ")[:index])) + (1 if index else 0)
    at, offset = None, 0  # the token that starts at START, by the tokens' own spacing
    for t in p.tokens:
        if offset == start:
            at = t
            break
        offset += len(t.text) + t.space
    if at is None:
        return False
    subjects = [t for t in p.tokens if t.head == at.head and t.dep == at.dep and t.dep.startswith("nsubj")]
    no_verb_before = not any(t.upos in ("VERB", "AUX") for t in p.tokens[: at.i])  # "The Treasurer and I have ..."
    return at.dep == "conj" or len(subjects) > 1 or no_verb_before  # the parser may hang both on the verb


@lru_cache(maxsize=1)
def _government_actions() -> frozenset[str]:
    from accessible_statement.language.inflection import inflect

    forms = set()
    for lemma in content.word_set("plain/government_actions.txt"):
        forms.add(lemma)
        forms.update(f for f in (inflect(lemma, tag) for tag in ("VBD", "VBN", "VBG", "VBZ")) if f)
    return frozenset(forms)


def _governs(rest: list[str]) -> bool:
    """'we will invest', 'we have already cut', 'we are introducing': the first verb after 'we'
    (past auxiliaries and adverbs) is one of what a government does (content/plain/government_actions.txt)."""
    for word in rest[:5]:
        w = word.strip(",.;:!?\"'()").lower()
        if w in _MODALS or w in _INVERTING or w in _ADVERBS or w.endswith("ly") or w in ("not", "be", "been", "going", "to"):
            continue
        return w in _government_actions()
    return False


def third_person(verb: str) -> str:
    """The verb as it goes after 'the government': agree -> agrees, have -> has, told -> told."""
    low = verb.lower()
    if low in _TOBE:
        out = _TOBE[low]
    elif low in _MODALS or low in _IRREGULAR_PAST or low.endswith(("ed", "s")) or not low.isalpha():
        return verb
    elif low.endswith(("sh", "ch", "x", "z", "o")):
        out = low + "es"
    elif low.endswith("y") and len(low) > 2 and low[-2] not in "aeiou":
        out = low[:-1] + "ies"
    else:
        out = low + "s"
    return out.capitalize() if verb[:1].isupper() else out


@dataclass
class Person:
    short: str  # "Baroness Casey"
    gender: str  # "f", "m" or "?"
    named_in: int = 0  # the number of the sentence that last named them


@dataclass
class Referents:
    role: str | None  # "Home Secretary"
    government: bool
    subject: Person | None = None
    last: dict[str, Person] = field(default_factory=dict)
    sentences: int = 0  # how many sentences have been observed
    named: dict[str, set[str]] = field(default_factory=dict)  # gender -> everyone of it named so far

    formal: bool = True  # a statement (to Parliament, or by one speaker): "we" is the government whatever it does

    @classmethod
    def for_statement(cls, role: str | None, addressed_to_parliament: bool, dialogue: bool = False) -> "Referents":
        """DIALOGUE: others speak too (an interview, a press conference), where a minister's "we" is
        as often the country, the party or the people in the room as the government."""
        government = bool(role and _GOVERNMENT_ROLE.search(role)) or addressed_to_parliament
        return cls(role=role, government=government, formal=addressed_to_parliament or not dialogue)

    @property
    def speaker(self) -> str:
        return f"the {self.role}" if self.role else "the person speaking"

    def observe(self, source_text: str) -> None:
        """Follow who the speaker is talking about, sentence by sentence, in the original words."""
        self.sentences += 1
        for m in _PERSON.finditer(source_text):
            title, names = m.group(1), m.group(2).split()
            if names[0].lower() in _NOT_NAMES:
                continue
            surname = re.sub(r"'s?$", "", names[-1])
            person = Person(f"{title} {surname}", _TITLES.get(title, "?"), self.sentences)
            self.last[person.gender] = person
            self.named.setdefault(person.gender, set()).add(person.short)
            if len(source_text[: m.start()].split()) <= 3:
                self.subject = person

    def _person(self, gender: str) -> Person | None:
        """The person 'he' or 'she' stands for: one named in this sentence or the one before, or the
        only one of them named so far if named a few sentences back (only names with a title are
        seen, so an untitled "Malcolm Fraser" may be there too). Otherwise it is a guess (a speech talks of many men, and
        'he' given the wrong one's name is untrue): the pronoun stays, and the point is judged as
        leaning on what came before."""
        subject = self.subject if self.subject and self.subject.gender in (gender, "?") else None
        only = len(self.named.get(gender, ())) == 1 and not self.named.get("?")
        for p in (subject, self.last.get(gender), self.last.get("?")):
            gap = self.sentences - p.named_in if p is not None else None
            if gap is not None and (gap <= RECENT_SENTENCES or (only and gap <= ONLY_ONE_SENTENCES)):
                return p
        return None

    def resolve(self, sentence: str) -> tuple[str, bool]:
        """Replace pronouns that have a clear referent; say whether any unclear one is left."""
        tokens = sentence.split(" ")
        out: list[str] = []
        unclear = False
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            core = tok.strip(",.;:!?\"'()")
            tail = tok[len(tok.rstrip(",.;:!?\"')")):]
            low = core.lower()
            replacement = None
            agree = False
            if core == "I" or low == "me" or low == "myself":
                replacement, agree = self.speaker, core == "I"
            elif low == "my":
                replacement = self.speaker + "'s"
            elif low == "we" and self.government and not _we_are(tokens[i + 1:]) and (self.formal or _governs(tokens[i + 1:])):
                replacement, agree = "the government", True
            elif low in ("us", "ourselves") and self.government and self.formal and not (out and out[-1].lower() == "let"):
                replacement = "the government"  # but "Let us ..." is the speaker and the listeners
            elif low in ("she", "he", "her", "him", "his"):
                person = self._person("f" if low in ("she", "her") else "m")
                if person is None:
                    unclear = True
                elif person.short in " ".join(out) or person.short in sentence:
                    pass  # already named in this sentence: the pronoun is clear
                else:
                    nxt = tokens[i + 1].strip(",.;:!?").lower() if i + 1 < len(tokens) else ""
                    possessive = low == "his" or (low == "her" and tok == core and nxt and nxt not in _OBJECT_FOLLOWERS)
                    replacement = person.short + ("'s" if possessive else "")
            if replacement is None:
                out.append(tok)
                i += 1
                continue
            before = out[-1].lower().strip(",;:") if out else ""
            if agree and (before in _MODALS or before in _INVERTING or (before in ("and", "or") and _joint_subject(sentence, i))):
                agree = False  # "Can I add" -> "Can the Premier add"; "The Premier and I agree" stays "agree"
            out.append(replacement + tail)
            i += 1
            if agree and not tail:
                # Make the verb agree: "I agree" -> "the Home Secretary agrees".
                j = i
                while j < len(tokens) and (tokens[j].lower() in _ADVERBS or tokens[j].lower().endswith("ly")) and tokens[j].lower() != "not":
                    j += 1
                if j < len(tokens):
                    word = tokens[j]
                    core_w = word.rstrip(",.;:!?")
                    fixed = third_person(core_w) + word[len(core_w):]
                    out.extend(tokens[i:j])
                    out.append(fixed)
                    i = j + 1
        text = " ".join(out)
        if text[:1].islower():
            text = text[:1].upper() + text[1:]
        return text, unclear
