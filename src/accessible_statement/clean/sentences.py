"""Join caption fragments into real sentences, each with the time it starts (and ends) in the video."""

from __future__ import annotations

import bisect
import re
import statistics
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Mapping

from accessible_statement.language import content
from accessible_statement.errors import BadInput
from accessible_statement.document.transcript import Cue, Sentence
from accessible_statement.language.lexicon import word_alternation
from accessible_statement.language.nltk_parts import nltk_module
from accessible_statement.clean.repair import repair_text
from accessible_statement.clean.repeats import remove_repeats, word_key

# Runs with no sentence end longer than SOFT are split only where a new clause clearly starts
# ("... charge of rape / and we will ..."); longer than HARD, at the likeliest point, or in chunks.
SOFT_LIMIT, HARD_LIMIT = 40, 80
SOFT_LIMIT_UNPUNCTUATED, HARD_LIMIT_UNPUNCTUATED = 25, 45
STRONG = 4.0
CHUNK = 30  # words; the last resort for text with no usable split points at all
NO_SPEECH = "no speech found in the transcript"

_TERMINAL = re.compile(r"[.?!][\"')\]]*$")
_SOFT_END = re.compile(r"[,;:\-]+$")
_HAS_WORD = re.compile(r"[^\W_]")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_I_FORMS = {"i", "i'm", "i've", "i'll", "i'd"}
_CONJUNCTIONS = content.word_set("cleaning/clause_conjunctions.txt")


@dataclass(frozen=True)
class Token:
    text: str
    cue: int
    pos: int
    first_in_cue: bool


@lru_cache(maxsize=1)
def _punkt():
    punkt = nltk_module("nltk.tokenize.punkt")
    PunktParameters, PunktSentenceTokenizer = punkt.PunktParameters, punkt.PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(content.word_set("cleaning/abbreviations.txt"))
    return PunktSentenceTokenizer(params)


def _openers() -> Mapping[str, int]:
    return content.weighted_words("cleaning/sentence_openers.txt")


@lru_cache(maxsize=1)
def _annotation_pattern() -> re.Pattern[str]:
    words = word_alternation("cleaning/sound_annotations.txt", longest_first=True)
    return re.compile(rf"[\[(]\s*(?:{words})\s*[\])]", re.I)


def build_sentences(cues: list[Cue], warnings: list[str] | None = None) -> list[Sentence]:
    """The whole cleaning: repair, de-stutter, find boundaries, time each sentence."""
    warnings = warnings if warnings is not None else []
    texts = [_annotation_pattern().sub(" ", repair_text(c.text)) for c in cues]
    starts, spans, has_end = _cue_times(cues, texts, warnings)
    tokens: list[Token] = []
    for i, text in enumerate(texts):
        words = text.split()
        tokens.extend(Token(w, i, k, k == 0) for k, w in enumerate(words))
    tokens = [t for turn in _turns(tokens, cues) for t in remove_repeats(
        turn,
        lambda t: t.text,
        lambda t, s: replace(t, text=s),
        content.word_set("cleaning/legit_repeats.txt"),
        content.word_set("cleaning/abbreviations.txt"),
    )]
    tokens = [t for t in tokens if t.text.strip()]
    if not any(_HAS_LETTER.search(t.text) for t in tokens):
        raise BadInput(NO_SPEECH)
    words_in_cue = _words_per_cue(tokens)

    groups = _split_long(_boundaries(tokens, [c.voice for c in cues]), tokens, starts, spans, _punctuated(tokens))
    unpunctuated = _mostly_lowercase(tokens)
    sentences: list[Sentence] = []
    last_start = 0.0
    for a, b in groups:
        words = [t.text for t in tokens[a:b]]
        text = _finish_sentence(words, unpunctuated)
        if not text:
            continue
        first, last = tokens[a], tokens[b - 1]
        start = end = None
        if starts[first.cue] is not None:
            start = max(last_start, _token_time(first, starts, spans, words_in_cue, 0))
            last_start = start
            if has_end[last.cue]:
                end = max(start, _token_time(last, starts, spans, words_in_cue, 1))
        sentences.append(Sentence(len(sentences) + 1, _round(start), _round(end), text, cues[first.cue].voice))
    if not sentences:
        raise BadInput(NO_SPEECH)
    return sentences


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 2)


def _cue_times(cues, texts, warnings):
    """Start and length of every cue; times that go backwards are held at the last good time."""
    starts: list[float | None] = []
    latest = None
    went_back = False
    for cue in cues:
        s = cue.start
        if s is not None and latest is not None and s < latest:
            went_back = True
            s = latest
        if s is not None:
            latest = s
        starts.append(s)
    if went_back:
        warnings.append("some caption times go backwards; they were kept in order")
    rates = []
    for i, cue in enumerate(cues):
        n = len(texts[i].split())
        if cue.start is not None and cue.end is not None and cue.end > cue.start and n:
            rates.append((cue.end - cue.start) / n)
        elif starts[i] is not None and i + 1 < len(cues) and starts[i + 1] is not None and n:
            gap = starts[i + 1] - starts[i]
            if gap > 0:
                rates.append(gap / n)
    per_word = min(max(statistics.median(rates), 0.2), 1.0) if rates else 0.4
    spans: list[float] = []
    has_end: list[bool] = []
    for i, cue in enumerate(cues):
        n = max(1, len(texts[i].split()))
        if starts[i] is None:
            spans.append(0.0)
            has_end.append(False)
            continue
        if cue.end is not None and cue.start is not None and cue.end >= cue.start:
            spans.append(min(cue.end - cue.start, max(0.0, cue.end - starts[i])))
            has_end.append(True)
            continue
        nxt = starts[i + 1] if i + 1 < len(cues) else None
        spans.append(nxt - starts[i] if nxt is not None and nxt > starts[i] else n * per_word)
        has_end.append(False)
    return starts, spans, has_end


def _words_per_cue(tokens: list[Token]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for t in tokens:
        counts[t.cue] = max(counts.get(t.cue, 0), t.pos + 1)
    return counts


def _token_time(token: Token, starts, spans, words_in_cue, offset: int) -> float:
    n = words_in_cue.get(token.cue, 1)
    return starts[token.cue] + spans[token.cue] * min(1.0, (token.pos + offset) / n)


def _turns(tokens: list[Token], cues: list[Cue]) -> list[list[Token]]:
    """The tokens cut where the speaker changes: one person's "Good morning" is no repeat of another's."""
    turns: list[list[Token]] = []
    for t in tokens:
        if not turns or cues[t.cue].voice != cues[turns[-1][-1].cue].voice:
            turns.append([])
        turns[-1].append(t)
    return turns


def _boundaries(tokens: list[Token], voices: list[str | None]) -> list[int]:
    """Token indexes where sentences start: Punkt on the punctuation that is there, plus line starts,
    and every change of speaker (a sentence never runs from one person's turn into the next)."""
    starts = {0} | _punkt_starts(tokens)
    for i in range(1, len(tokens)):
        if tokens[i].cue != tokens[i - 1].cue and voices[tokens[i].cue] != voices[tokens[i - 1].cue]:
            starts.add(i)
    lowercase_vocab = {word_key(t.text) for t in tokens if t.text[:1].islower()}
    # Capitalised inside a caption line and not after a full stop: a name ("on Rotherham in 2015").
    names = {
        word_key(t.text)
        for k, t in enumerate(tokens)
        if k and t.text[:1].isupper() and not t.first_in_cue and not _TERMINAL.search(tokens[k - 1].text)
    }
    for i in range(1, len(tokens)):
        if tokens[i].first_in_cue and i not in starts and _line_start_is_sentence(tokens, i, lowercase_vocab, names):
            starts.add(i)
    return sorted(s for s in starts if s < len(tokens))


PUNKT_WINDOW = 10_000  # characters; NLTK stops any one regular-expression match after 5 s


def _punkt_starts(tokens: list[Token]) -> set[int]:
    """Sentence starts from Punkt, run on windows that end at a full stop, so time stays linear
    and no single match runs into NLTK's time limit on a huge unpunctuated line."""
    starts: set[int] = set()
    i, n = 0, len(tokens)
    while i < n:
        j, size, last_end = i, 0, None
        while j < n and size < PUNKT_WINDOW:
            size += len(tokens[j].text) + 1
            j += 1
            if _TERMINAL.search(tokens[j - 1].text):
                last_end = j
        if j < n and last_end is not None and last_end > i:
            j = last_end
        offsets, pos = [], 0
        for t in tokens[i:j]:
            offsets.append(pos)
            pos += len(t.text) + 1
        text = " ".join(t.text for t in tokens[i:j])
        for a, _b in _punkt().span_tokenize(text):
            k = i + bisect.bisect_left(offsets, a)
            if k > i or i == 0 or _TERMINAL.search(tokens[i - 1].text):
                starts.add(k)
        i = j
    return starts


def _line_start_is_sentence(tokens: list[Token], i: int, lowercase_vocab: set[str], names: set[str]) -> bool:
    """A capitalised caption line after an unfinished one starts a sentence unless it is a name or 'I'."""
    prev, cur = tokens[i - 1].text, tokens[i].text
    if _TERMINAL.search(prev) or _SOFT_END.search(prev) or not cur[:1].isupper():
        return False
    key = word_key(cur)
    if key in _I_FORMS or word_key(prev) in content.word_set("cleaning/no_end_words.txt"):
        return False
    if key in _openers():
        return True
    next_word = tokens[i + 1].text if i + 1 < len(tokens) else ""
    return (key in lowercase_vocab or key not in names) and not next_word[:1].isupper()


def _punctuated(tokens: list[Token]) -> bool:
    ends = sum(1 for t in tokens if _TERMINAL.search(t.text))
    return ends * 50 >= len(tokens)


def _split_long(starts: list[int], tokens, cue_starts, spans, punctuated: bool) -> list[tuple[int, int]]:
    soft, hard = (SOFT_LIMIT, HARD_LIMIT) if punctuated else (SOFT_LIMIT_UNPUNCTUATED, HARD_LIMIT_UNPUNCTUATED)
    groups = []
    ends = starts[1:] + [len(tokens)]
    for a, b in zip(starts, ends):
        stack = [(a, b)]
        while stack:
            x, y = stack.pop()
            cut = None
            if y - x > soft:
                cut = _best_cut(x, y, tokens, cue_starts, spans, STRONG if y - x <= hard else 0.0)
            if y - x > hard and cut is None:
                cut = _fallback_cut(x, y, tokens)
            if cut is None:
                groups.append((x, y))
            else:
                stack.append((cut, y))
                stack.append((x, cut))
    return groups


def _cut_strength(i: int, tokens, cue_starts, spans) -> float:
    """How likely a new spoken sentence starts at token I (0: never)."""
    tok, prev = tokens[i], tokens[i - 1]
    key, prev_key = word_key(tok.text), word_key(prev.text)
    if prev_key in content.word_set("cleaning/no_end_words.txt") or _SOFT_END.search(prev.text) and prev.text.endswith("-"):
        return 0.0
    subjects = content.word_set("cleaning/clause_subjects.txt")
    next_key = word_key(tokens[i + 1].text) if i + 1 < len(tokens) else ""
    weight = _openers().get(key, 0)
    if key in _CONJUNCTIONS:
        # "and we will ..." starts a clause; "and on the action ..." and "so badly ..." do not.
        weight = 3 if next_key in subjects else 0
    elif weight and next_key in subjects:
        weight += 1  # "second we are ...", "today I want ..."
    strength = float(weight)
    if prev.text.endswith((",", ";", ":")):
        strength += 1
    if tok.first_in_cue and strength:
        strength += 1
        start, prev_start = cue_starts[tok.cue], cue_starts[prev.cue]
        if start is not None and prev_start is not None:
            strength += min(2.0, max(0.0, (start - prev_start) - spans[prev.cue]))
    return strength


def _fallback_cut(a: int, b: int, tokens) -> int:
    """No likely sentence start: cut near CHUNK words, at a caption line start that does not strand a 'the' or 'or'."""
    target = a + CHUNK if b - a > 2 * CHUNK else (a + b) // 2
    no_end = content.word_set("cleaning/no_end_words.txt")
    best, best_score = target, -1e9
    for i in range(max(a + 5, target - 12), min(b - 4, target + 12)):
        score = -abs(i - target) / 12
        if tokens[i].first_in_cue:
            score += 1
        if word_key(tokens[i - 1].text) in no_end:
            score -= 3
        if score > best_score:
            best, best_score = i, score
    return best


def _best_cut(a, b, tokens, cue_starts, spans, minimum: float) -> int | None:
    """The likeliest sentence start in a long run, preferring the middle; None if none is strong enough."""
    middle = (a + b) / 2
    best, best_score = None, 0.0
    for i in range(a + 4, b - 3):
        strength = _cut_strength(i, tokens, cue_starts, spans)
        if strength <= 0 or strength < minimum:
            continue
        score = strength - abs(i - middle) / (b - a)
        if score > best_score:
            best, best_score = i, score
    return best


def _mostly_lowercase(tokens: list[Token]) -> bool:
    """Auto-captions with no capitals at all: then 'i' and sentence starts need capitals restored."""
    letters = [t.text for t in tokens[:2000] if t.text[:1].isalpha()]
    return bool(letters) and sum(1 for w in letters if w[:1].isupper()) < len(letters) / 50


def _finish_sentence(words: list[str], unpunctuated: bool) -> str:
    if unpunctuated:
        words = [("I" + w[1:]) if word_key(w) in _I_FORMS else w for w in words]
    text = " ".join(words).strip()
    text = re.sub(r"^[\s,;:.\-]+", "", text)
    if not _HAS_WORD.search(text):
        return ""
    for k, ch in enumerate(text):
        if ch.isalpha():
            if len(ch.upper()) == 1:
                text = text[:k] + ch.upper() + text[k + 1:]
            break
        if ch.isdigit():
            break
    text = _SOFT_END.sub("", text).rstrip()
    if not _TERMINAL.search(text):
        text += "."
    return text
