"""Say who does what (rule 4): 'I' is the speaker's role, 'we' the government, 'she' the person last named."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from accessible_statement.language import content

_PERSON = re.compile(
    r"\b(Baroness|Professor|Dr|Sir|Dame|Lord|Lady|Mrs|Ms|Miss|Mr)\s+((?:[A-Z][a-z'-]+)(?:\s+[A-Z][a-z'-]+){0,2})"
)
_FEMALE = {"Baroness", "Dame", "Lady", "Mrs", "Ms", "Miss"}
_MALE = {"Sir", "Lord", "Mr"}
_NOT_NAMES = {"Speaker", "Deputy"}
_MODALS = {"will", "would", "can", "cannot", "could", "must", "should", "shall", "may", "might"}
_ADVERBS = {"also", "now", "already", "still", "never", "just", "then", "only", "always", "often", "not", "further", "all"}
_GOVERNMENT_ROLE = re.compile(r"Secretary|Minister|Chancellor|Attorney|Solicitor General|Leader of the House")
_TOBE = {"am": "is", "are": "is", "were": "was", "have": "has", "do": "does"}
_PRONOUN = re.compile(r"\b(I|me|my|myself|we|We|us|ourselves|she|She|he|He|her|Her|him|his|His)\b")
_OBJECT_FOLLOWERS = {"to", "and", "or", "for", "on", "in", "at", "with", "that", "as", "about", "by", "from", "into", "too"}


@lru_cache(maxsize=1)
def _irregular_past() -> frozenset[str]:
    out = set()
    for line in content.lines("plain/irregular_past.txt"):
        out.update(line.lower().split())
    return frozenset(out)


def third_person(verb: str) -> str:
    """The verb as it goes after 'the government': agree -> agrees, have -> has, told -> told."""
    low = verb.lower()
    if low in _TOBE:
        out = _TOBE[low]
    elif low in _MODALS or low in _irregular_past() or low.endswith(("ed", "s")) or not low.isalpha():
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


@dataclass
class Referents:
    role: str | None  # "Home Secretary"
    government: bool
    subject: Person | None = None
    last: dict[str, Person] = field(default_factory=dict)

    @classmethod
    def for_statement(cls, role: str | None, addressed_to_parliament: bool) -> "Referents":
        government = bool(role and _GOVERNMENT_ROLE.search(role)) or addressed_to_parliament
        return cls(role=role, government=government)

    @property
    def speaker(self) -> str:
        return f"the {self.role}" if self.role else "the person speaking"

    def observe(self, source_text: str) -> None:
        """Follow who the speaker is talking about, sentence by sentence, in the original words."""
        for m in _PERSON.finditer(source_text):
            title, names = m.group(1), m.group(2).split()
            if names[0] in _NOT_NAMES:
                continue
            surname = re.sub(r"'s?$", "", names[-1])
            person = Person(f"{title} {surname}", "f" if title in _FEMALE else "m" if title in _MALE else "?")
            self.last[person.gender] = person
            if len(source_text[: m.start()].split()) <= 3:
                self.subject = person

    def _person(self, gender: str) -> Person | None:
        if self.subject and self.subject.gender in (gender, "?"):
            return self.subject
        return self.last.get(gender) or self.last.get("?")

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
            elif low == "we" and self.government:
                replacement, agree = "the government", True
            elif low in ("us", "ourselves") and self.government:
                replacement = "the government"
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
            out.append(replacement + tail)
            i += 1
            if agree and not tail:
                # Make the verb agree: "I agree" -> "the Home Secretary agrees".
                j = i
                while j < len(tokens) and tokens[j].lower() in _ADVERBS and tokens[j].lower() != "not":
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
