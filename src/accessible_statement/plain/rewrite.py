"""Rewrite one original sentence into short easy-read sentences, by general rules and word lists only."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Mapping

from accessible_statement.language import content
from accessible_statement.plain.clauses import drop_embedded_contrast, has_verb
from accessible_statement.document.easy_read import Point
from accessible_statement.language.lexicon import phrase_pattern, regex_list, regex_rules, substitutions, word_alternation
from accessible_statement.language.numbers import digits_for_words
from accessible_statement.plain.leaning import DEPENDENT, POINTS_BACK
from accessible_statement.plain.referents import Referents
from accessible_statement.plain.splitting import split_sentence
from accessible_statement.language.parser import Parse, parse_sentence, parse_sentences

from accessible_statement.rules import SENTENCE_MAX_WORDS, SENTENCE_WORDS


@lru_cache(maxsize=1)
def _drop_words() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{word_alternation('plain/drop_words.txt')})\s+(?=\w)", re.I)


_KEEP_AFTER = content.word_set("plain/degree_words.txt")  # "the most horrific crimes"
_LINKING = content.word_set("plain/linking_verbs.txt")
_NOT_A_NOUN = content.word_set("plain/not_nouns.txt")


def _drop_unless_after_degree(m: re.Match[str]) -> str:
    """'these vile crimes' -> 'these crimes'; but the adjective stays where dropping it would break the
    sentence: 'the most horrific crimes', 'training is rigorous and practical' (not 'is and practical')."""
    before = (m.string[: m.start()].split()[-1:] or [""])[0].lower()
    after = (m.string[m.end():].split()[:1] or [""])[0].lower().strip(",.;:")
    return m.group(0) if before in _KEEP_AFTER or before in _LINKING or after in _NOT_A_NOUN else ""


def is_ritual(text: str) -> bool:
    """Fillers and forms of address first: 'Mr Speaker, with permission, ...' is ritual like 'With permission, ...'."""
    return _is_ritual_unfilled(_without_fillers(text))


def _without_fillers(text: str) -> str:
    """Fillers and forms of address out, contractions spelled out: the first step of both checks below."""
    for pattern, replacement in regex_rules("plain/fillers.tsv"):
        text = pattern.sub(replacement, text)
    return substitutions("plain/contractions.tsv").apply(text)


def _is_ritual_unfilled(text: str) -> bool:
    low = text.strip().lower()
    return any(p.search(low) for p in regex_list("plain/ritual.txt"))


# "their convictions wiped and their records wiped" -> "their convictions and their records wiped"
_SAME_PARTICIPLE = re.compile(r"\s(\w+ed)\s+and\s+((?:their|the|its|his|her|our)\s+(?:\w+\s+){0,3}?\w+)\s+\1\b")


# "their convictions and their records" -> "their convictions and records"
_REPEATED_POSSESSIVE = re.compile(r"\b(their|his|her|its|our) (\w+) and \1 (?=\w)")


# A word swap can leave the article of the word it replaced: by the new word's first letter
# ("a European", "a one-off", "an hour" keep theirs).
_A_BEFORE_VOWEL = re.compile(r"\b([Aa]) (?=(?:[aiAI]|[eE](?!u)|[oO](?!ne\b|nce\b))[a-z])")
_AN_BEFORE_CONSONANT = re.compile(r"\b(A|a)n (?=[b-df-gj-np-tv-z][a-z])")


def normalise(text: str) -> str:
    """Everything that keeps meaning but changes words: fillers, contractions, abbreviations,
    respectful terms, idioms, everyday words, emotive adjectives, numbers as digits."""
    return _normalise_unfilled(_without_fillers(text))


def _normalise_unfilled(text: str) -> str:
    text = substitutions("plain/abbreviations.tsv", case_sensitive=True).apply(text)
    text = _drop_words().sub(_drop_unless_after_degree, text)
    text = substitutions("plain/respectful_terms.tsv").apply(text)
    text = substitutions("plain/idioms.tsv").apply(text)
    text = substitutions("plain/phrases.tsv").apply(text)
    text = _drop_words().sub(_drop_unless_after_degree, text)
    text = _SAME_PARTICIPLE.sub(r" and \2 \1", text)
    text = _REPEATED_POSSESSIVE.sub(r"\1 \2 and ", text)
    text = digits_for_words(text)
    text = _A_BEFORE_VOWEL.sub(r"\1n ", text)  # "a significant step" -> "a important step" -> "an important step"
    text = _AN_BEFORE_CONSONANT.sub(r"\1 ", text)
    text = re.sub(r"\s+([,.;:?!])", r"\1", text)
    text = re.sub(r",\s*,", ",", text)
    return " ".join(text.split())


def remove_graphic(text: str) -> str | None:
    """Drop the comma-separated part that describes harm; None when the harm is the whole point."""
    pattern = phrase_pattern("plain/graphic_terms.txt")
    if pattern is None or not pattern.search(text):
        return text
    parts = re.split(r"(,\s+)", text)
    kept = "".join(p for p in _rejoin(parts) if not pattern.search(p)).strip(" ,")
    if not kept or not has_verb(kept) or pattern.search(kept) or len(kept.split()) < 4:
        return None
    return kept


def _rejoin(parts: list[str]) -> list[str]:
    out = []
    for i in range(0, len(parts), 2):
        out.append(parts[i] + (parts[i + 1] if i + 1 < len(parts) else ""))
    return out


@lru_cache(maxsize=65536)  # asked for each sentence by parse_ahead, plain_parse and rewrite
def _plain_words(text: str) -> str | None:
    """The sentence in plain words, before it is split: None when it says nothing to keep."""
    unfilled = _without_fillers(text)
    if _is_ritual_unfilled(unfilled):
        return None
    stripped = remove_graphic(_normalise_unfilled(unfilled))
    if stripped is None:
        return None
    return drop_embedded_contrast(stripped.rstrip(".!?")) + "."


def parse_ahead(texts: list[str]) -> list:
    """Parse every sentence's plain words in one batch, so that rewriting them one by one is fast;
    the parses of those with something to say."""
    ready = [r for r in map(_plain_words, texts) if r]
    return parse_sentences(ready)


def plain_parse(text: str) -> Parse | None:
    """The parse of the sentence's plain words (from parse_ahead's batch), None when it says nothing to keep."""
    ready = _plain_words(text)
    return parse_sentence(ready) if ready else None


def rewrite(sentence_id: int, text: str, referents: Referents) -> list[Point]:
    """The easy-read sentences for one original sentence (possibly none): split by its grammar
    (plain/splitting), never cut. A part longer than the ceiling is left out, with the parts that
    lean on it ("This is because ..."), rather than shortened."""
    ready = _plain_words(text)
    if ready is None:
        return []
    out: list[Point] = []
    dropped = False  # the part before was left out: "This is because X" has nothing to point at
    for piece in split_sentence(parse_sentence(ready)):
        finished = _finish(piece)
        if dropped and (DEPENDENT.match(finished) or POINTS_BACK.match(finished)):
            continue
        resolved, unclear = referents.resolve(finished) if finished else ("", False)
        # Saying who ("we" -> "the government") adds words: a part pushed over the limit is split again.
        grew = resolved != finished and len(resolved.split()) > SENTENCE_WORDS  # unchanged: already split as far as it goes
        again = split_sentence(parse_sentence(resolved)) if grew else [resolved]
        for text in map(_finish, again):
            if not text or not 3 <= len(text.split()) <= SENTENCE_MAX_WORDS:
                dropped = True
                continue
            dropped = False
            out.append(Point(_tidy(text), (sentence_id,), unclear))
    return out


_NAMED_SUBJECT_COMMA = re.compile(rf"^((?:The|the) [A-Z][\w' ]+?), (?=(?:{word_alternation('plain/verbs_after_named_subject.txt')})\b)")


def _tidy(text: str) -> str:
    """Small repairs after words were dropped: 'The Transport Secretary, will' loses its comma."""
    text = _NAMED_SUBJECT_COMMA.sub(r"\1 ", text)
    return _capitalise(text)


_DANGLING = content.word_set("plain/dangling_words.txt")


def _finish(text: str) -> str:
    """End marks and capitals; a last word left hanging ("... in prison and") goes. Whether it is
    a whole sentence is for the parser to say (plain/completeness), not for a word list."""
    text = text.strip(" ,;:-")
    text = re.sub(r"^(?:and|now|also|then)\s+", "", text, flags=re.I)
    words = text.rstrip(".!?").split()
    while words and words[-1].lower().strip(",") in _DANGLING:
        words.pop()
    text = " ".join(words)
    if not text:
        return ""
    text = _capitalise(text)
    if not text.rstrip("\"')").endswith((".", "?", "!")):
        text += "."
    return text


def _capitalise(text: str) -> str:
    """Capital first letter, after any opening quote."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1:]
        if ch not in "\"'(":
            return text
    return text
