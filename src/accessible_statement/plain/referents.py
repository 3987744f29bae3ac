"""Say who does what (rule 4): 'I' is the speaker's role, 'we' the government, 'she' the person last named."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from accessible_statement.language import content
from accessible_statement.language.inflection import can_be_verb
from accessible_statement.language.lexicon import word_alternation
from accessible_statement.language.parser import Parse, Token

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


_FIRST_NAME_TITLES = ("Sir", "Dame")


def untitled_names(parse: Parse) -> list[tuple[str, bool]]:
    """Names that may be people's, said without a title ("Malcolm Fraser", "Andrew Robb"): two or
    three capitalised proper nouns the parser joins as one name ("flat", as UD writes a person's
    name), or two that stand as one subject; a title before them leaves them to _PERSON. With each,
    whether it is surely a person and the subject: only a "flat" name can be."""
    toks = parse.tokens
    out: list[tuple[str, bool]] = []

    def proper(t: Token) -> bool:
        return t.upos == "PROPN" and t.text[:1].isupper() and t.text.isalpha() and t.text not in _TITLES

    for t in toks:
        if not proper(t) or (t.i > 0 and toks[t.i - 1].text in _TITLES):
            continue
        flat = [c for c in toks[t.i + 1:t.i + 3] if c.dep == "flat" and c.head == t.i and proper(c)]
        run = [t] + [c for k, c in enumerate(flat) if c.i == t.i + 1 + k]
        if len(run) == 1 and t.i + 1 < len(toks):  # "Malcolm Fraser" as one subject, not joined as a name
            nxt = toks[t.i + 1]
            if proper(nxt) and nxt.dep.startswith("nsubj") and t.head == nxt.i and t.dep in ("nmod:desc", "compound") \
                    and (t.i == 0 or toks[t.i - 1].upos != "PROPN") and (t.i + 2 >= len(toks) or toks[t.i + 2].upos != "PROPN"):
                run = [t, nxt]
        if len(run) < 2:
            continue
        # only a name the parser joined ("flat") is surely a person's; "South Australia" may stand as one subject
        subject = any(r.dep.startswith("nsubj") for r in run) and len(run) == 1 + len(flat)
        out.append((" ".join(r.text for r in run), subject))
    return out


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
    named = len(rest) > 1 and rest[1][:1].isupper()  # "we have Mark Dreyfus": the team, not an act of government
    return words[0] in ("have", "had") and len(words) > 1 and (words[1] in _POSSESSED or named)


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


def _verb_or_helper(word: str) -> bool:
    """A word the subject's verb may be: a verb form, a modal or a denied one ("cannot", "don't")."""
    low = word.strip(",.;:!?\"'()").lower()
    return low in _MODALS or low.endswith("n't") or low in ("cannot", "not") or can_be_verb(low)


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
    untitled: list[tuple[Person, bool]] = field(default_factory=list)  # names without a title lately, and whether surely the subject

    formal: bool = True  # a statement (to Parliament, or by one speaker): "we" is the government whatever it does

    @classmethod
    def for_statement(cls, role: str | None, addressed_to_parliament: bool, dialogue: bool = False) -> "Referents":
        """DIALOGUE: others speak too (an interview, a press conference), where a minister's "we" is
        as often the country, the party or the people in the room as the government."""
        government = bool(role and _GOVERNMENT_ROLE.search(role)) or addressed_to_parliament
        return cls(role=role, government=government, formal=addressed_to_parliament or not dialogue)

    name: str | None = None  # how a co-speaker is named ("Premier Bligh", "The Treasurer"), where not "the <role>"

    @property
    def speaker(self) -> str:
        if self.name:
            return "the " + self.name[4:] if self.name.startswith("The ") else self.name
        return f"the {self.role}" if self.role else "the person speaking"

    def observe(self, source_text: str, parse: Parse | None = None) -> None:
        """Follow who the speaker is talking about, sentence by sentence, in the original words;
        PARSE (of the sentence's plain words) shows the names said without a title ("Malcolm Fraser")."""
        self.sentences += 1
        titled: list[str] = []
        for m in _PERSON.finditer(source_text):
            title, names = m.group(1), m.group(2).split()
            if names[0].lower() in _NOT_NAMES:
                continue
            surname = re.sub(r"'s?$", "", names[-1])
            titled.append(surname)
            # "Sir Robert Menzies" is "Sir Robert", never "Sir Menzies": the full name says who
            short = f"{title} {names[0]} {surname}" if title in _FIRST_NAME_TITLES and len(names) > 1 else f"{title} {surname}"
            person = Person(short, _TITLES.get(title, "?"), self.sentences)
            self.last[person.gender] = person
            self.named.setdefault(person.gender, set()).add(person.short)
            if len(source_text[: m.start()].split()) <= 3:
                self.subject = person
        if parse is not None:
            self.untitled = [n for n in self.untitled if self.sentences - n[0].named_in <= ONLY_ONE_SENTENCES]
            self.untitled += [(Person(name, "?", self.sentences), subject) for name, subject in untitled_names(parse)
                              if name.split()[-1] not in titled]

    def _person(self, gender: str) -> Person | None:
        """The person 'he' or 'she' stands for: one named in this sentence or the one before, or the
        only one of them named so far if named a few sentences back (only names with a title are
        seen, so an untitled "Malcolm Fraser" may be there too). Otherwise it is a guess (a speech talks of many men, and
        'he' given the wrong one's name is untrue): the pronoun stays, and the point is judged as
        leaning on what came before."""
        subject = self.subject if self.subject and self.subject.gender in (gender, "?") else None
        only = len(self.named.get(gender, ())) == 1 and not self.named.get("?")
        found = None
        for p in (subject, self.last.get(gender), self.last.get("?")):
            gap = self.sentences - p.named_in if p is not None else None
            if gap is not None and (gap <= RECENT_SENTENCES or (only and gap <= ONLY_ONE_SENTENCES)):
                found = p
                break
        # A name said without a title, in this sentence or the one before, may be who is meant.
        here = [(n, subj) for n, subj in self.untitled if n.named_in == self.sentences]
        titled_here = found is not None and found.named_in == self.sentences
        if len(here) == 1 and here[0][1] and not titled_here and not any(n.named_in == self.sentences for n in self.last.values()):
            return here[0][0]  # "Malcolm Fraser was ..., and he gave us ...": the one named, as the subject
        since = [n for n, _ in self.untitled if found is not None and n.named_in >= found.named_in]
        if since and not (titled_here and not here):
            return None  # someone named since, without a title, may be who is meant: "he" stays
        return found

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
                elif re.search(rf"\b{re.escape(person.short.split()[-1])}\b", " ".join(out) + " " + sentence):
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
                # "I almost said", "we, together with ...": only a word that can be a verb is the verb
                while j < min(i + 3, len(tokens)) and not _verb_or_helper(tokens[j]):
                    j += 1
                if j < len(tokens) and _verb_or_helper(tokens[j]) and not tokens[j].lower().rstrip(",.;:!?").endswith("ing"):
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
