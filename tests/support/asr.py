"""Test helper: does a speech WAV file say the words we expect?

`recognise()` decodes a WAV with the US English acoustic model that ships in the pocketsphinx
wheel and a small trigram language model built at run time from the expected sentences plus
near-miss decoys, so the question it answers is "which of these closely related word sequences
was said", not open dictation (which is poor on synthetic speech). `word_error_rate()` then
compares the answer with the text:

    from support.asr import near_miss_decoys, recognise, word_error_rate
    heard = recognise(path, sentences, near_miss_decoys(sentences))
    assert word_error_rate(" ".join(sentences), heard) <= 0.2

Nothing here comes from the program under test: number spelling, the language model and the
resampler are written out below, so a bug in the program cannot hide itself. Only the standard
library and pocketsphinx are needed (numpy is used for resampling when it is installed).

Measured on espeak-ng through pyttsx3 at 150 words a minute, over 13 passages of 3-8 sentences
(the bundled easy-read text included): matching audio scores a WER of 0-0.07 with gmw/en-us and
0-0.08 with gmw/en (the acoustic model is American, so British vowels cost a little more);
audio of any other of those passages scores 0.75 or more. A 10-30 s file takes 1-3 s.

A WER threshold only catches gross mismatches: one wrong word in a 30-word passage is 0.03.
To check a particular word (a number, say), look for it in the recognised words as well.
"""

from __future__ import annotations

import array
import math
import os
import random
import re
import sys
import tempfile
import unicodedata
import wave
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

try:  # optional: used when already installed, never required
    import numpy as _np
except ImportError:  # pragma: no cover - depends on the environment
    _np = None

TARGET_RATE = 16000  # the en-us acoustic model is trained on 16 kHz audio
LANGUAGE_WEIGHT = 10.0  # a little above pocketsphinx's 6.5: the word list is the point
DITHER_LEVEL = 0.05  # noise peak as a fraction of the signal's RMS (see _dither)

# --------------------------------------------------------------------------------------------
# Words and numbers
# --------------------------------------------------------------------------------------------

_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALES = ((10**9, "billion"), (10**6, "million"), (10**3, "thousand"))
_ORDINAL_WORDS = {
    "one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
    "nine": "ninth", "twelve": "twelfth",
}


def _below_thousand(n: int) -> list[str]:
    words: list[str] = []
    if n >= 100:
        words += [_ONES[n // 100], "hundred"]
        n %= 100
    if n >= 20:
        words.append(_TENS[n // 10])
        n %= 10
        if n:
            words.append(_ONES[n])
    elif n or not words:
        words.append(_ONES[n])
    return words


def _number_words(n: int) -> list[str]:
    """A whole number as espeak-ng's English voices say it, without the British "and".

    espeak-ng says 2025 "two thousand twenty five" (gmw/en: "two thousand and twenty five"),
    1400 "one thousand four hundred", but 1900-1999 "nineteen hundred ..." (1999 "nineteen
    hundred ninety nine").
    """
    if 1900 <= n <= 1999:
        return ["nineteen", "hundred"] + (_below_thousand(n - 1900) if n > 1900 else [])
    if n < 1000:
        return _below_thousand(n)
    words: list[str] = []
    for size, name in _SCALES:
        if n >= size:
            words += _number_words(n // size) + [name]
            n %= size
    if n:
        words += _below_thousand(n)
    return words


def _ordinal(words: list[str]) -> list[str]:
    last = words[-1]
    if last in _ORDINAL_WORDS:
        last = _ORDINAL_WORDS[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return words[:-1] + [last]


_SMALL_NUMBER_WORDS = frozenset(
    _ONES[1:] + _TENS[2:] + [_ordinal([w])[0] for w in _ONES[1:] + _TENS[2:]]
)
_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion"})

_NUMBER = re.compile(
    r"(?P<cur>[£$€])?(?P<num>\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.(?P<dec>\d+))?"
    r"(?P<ord>(?:st|nd|rd|th)(?![a-z]))?(?P<pct>%)?",
    re.IGNORECASE,
)
_CURRENCY = {"£": "pound", "$": "dollar", "€": "euros"}  # espeak-ng reads the sign first
_CLOCK = re.compile(r"(?<![\d:])(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:])")


def _spell_number(m: re.Match) -> str:
    digits = m["num"].replace(",", "")
    if len(digits) > 1 and digits.startswith("0"):  # phone numbers and codes: digit by digit
        words = [_ONES[int(d)] for d in digits]
    else:
        words = _number_words(int(digits))
    if m["dec"]:
        words += ["point"] + [_ONES[int(d)] for d in m["dec"]]
    elif m["ord"]:
        words = _ordinal(words)
    if m["cur"]:
        words.insert(0, _CURRENCY[m["cur"]])
    if m["pct"]:
        words.append("percent")
    return " " + " ".join(words) + " "


def _spell_clock(m: re.Match) -> str:
    """Times as espeak-ng reads them: 03:58 "three fifty eight", 10:05 "ten zero five"."""
    hours, minutes, seconds = m.groups()
    if seconds is not None:  # 12:05:30 "twelve five thirty"
        words = [w for part in m.groups() for w in _number_words(int(part))]
    elif minutes.startswith("0"):  # 1:00 "one zero zero"
        words = _number_words(int(hours)) + [_ONES[int(d)] for d in minutes]
    else:
        words = _number_words(int(hours)) + _number_words(int(minutes))
    return " " + " ".join(words) + " "


def normalise_words(text: str) -> list[str]:
    """Lower-case words, numbers in words, no punctuation: "All 12 rules." -> all twelve rules.

    The British "and" inside a number ("two thousand and twenty five") is dropped, so either
    voice's reading of 2025 gives "two thousand twenty five".
    """
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u2018", "'")
    text = _CLOCK.sub(_spell_clock, text)
    text = _NUMBER.sub(_spell_number, text)
    text = text.lower().replace("&", " and ").replace("%", " percent ")
    words: list[str] = []
    for token in re.split(r"[^\w']+|_", text):  # hyphens, slashes and dashes split words
        token = token.strip("'")
        if token:
            words.append(token)
    return [
        w
        for i, w in enumerate(words)
        if not (
            w == "and"
            and 0 < i < len(words) - 1
            and words[i - 1] in _SCALE_WORDS
            and words[i + 1] in _SMALL_NUMBER_WORDS
        )
    ]


def _with_british_and(words: list[str]) -> list[str]:
    """The same words with "and" where gmw/en puts it in numbers: "hundred and five"."""
    out: list[str] = []
    for i, w in enumerate(words):
        if i and words[i - 1] in _SCALE_WORDS and w in _SMALL_NUMBER_WORDS:
            out.append("and")
        out.append(w)
    return out


def word_error_rate(reference: str, hypothesis: str) -> float:
    """Word-level Levenshtein distance between the normalised texts, over the reference length."""
    ref, hyp = normalise_words(reference), normalise_words(hypothesis)
    if not ref:
        return float(bool(hyp))
    previous = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, start=1):
        current = [i]
        for j, h in enumerate(hyp, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (r != h)))
        previous = current
    return previous[-1] / len(ref)


def near_miss_decoys(sentences: list[str]) -> list[str]:
    """Sentences that share most words with the expected ones but say something else.

    For each sentence, deterministically: two neighbouring words swapped; one word replaced by
    a word from elsewhere in the text; the two halves in the other order; each number word
    changed to its neighbours ("twelve" -> "eleven", "thirteen"). With these in the language model the
    decoder has real alternatives at every point and must use the audio to choose.
    """
    normalised = [normalise_words(s) for s in sentences]
    pool = sorted({w for words in normalised for w in words})
    decoys: list[str] = []
    for i, words in enumerate(normalised):
        n = len(words)
        if n < 2:
            continue
        k = (i * 7 + 1) % (n - 1)
        swapped = words[:k] + [words[k + 1], words[k]] + words[k + 2 :]
        others = [w for w in pool if w not in words] or pool
        j = (i * 5 + n // 2) % n
        replaced = words[:j] + [others[(i * 11 + n) % len(others)]] + words[j + 1 :]
        rotated = words[n // 2 :] + words[: n // 2]
        candidates = [swapped, replaced, rotated]
        for m, w in enumerate(words):  # a wrong number: "twelve" -> "eleven", "thirteen"
            for series in (_ONES, _TENS[2:]):
                if w in series:
                    at = series.index(w)
                    for wrong in (series[at - 1], series[(at + 1) % len(series)]):
                        candidates.append(words[:m] + [wrong] + words[m + 1 :])
        for decoy in candidates:
            text = " ".join(decoy)
            if decoy != words and text not in decoys:
                decoys.append(text)
    return decoys


# --------------------------------------------------------------------------------------------
# Audio
# --------------------------------------------------------------------------------------------


def _dither(n: int, rms: float) -> list[int]:
    """Fixed-seed noise well below the speech (about -30 dB).

    espeak-ng writes exact digital silence, which the decoder's noise removal and feature
    normalisation handle badly: without this, matching audio scores a WER of 0.3-0.5 instead
    of 0-0.1. The seed is fixed, so the same file always gives the same answer.
    """
    peak = max(1, round(DITHER_LEVEL * rms))
    rng = random.Random(20250616)
    span = 2 * peak + 1
    return [int(rng.random() * span) - peak for _ in range(n)]


def _read_wav_16k(path) -> bytes:
    """16-bit mono little-endian PCM at 16 kHz (plus dither) from a 16-bit WAV of any rate."""
    with wave.open(str(path), "rb") as w:
        channels, width, rate = w.getnchannels(), w.getsampwidth(), w.getframerate()
        data = w.readframes(w.getnframes())
    if width != 2:
        raise ValueError(f"{path}: {8 * width}-bit samples; expected 16-bit PCM")
    data = data[: len(data) // (2 * channels) * (2 * channels)]
    out_len = len(data) // (2 * channels) * TARGET_RATE // rate
    step = rate / TARGET_RATE

    if _np is not None:  # the same linear interpolation, vectorised
        x = _np.frombuffer(data, dtype="<i2").astype(_np.float64).reshape(-1, channels).mean(axis=1)
        if rate != TARGET_RATE and len(x) > 1:
            x = _np.interp(_np.arange(out_len) * step, _np.arange(len(x)), x)
        rms = float(_np.sqrt(_np.mean(x * x))) if len(x) else 0.0
        y = _np.rint(x) + _np.array(_dither(len(x), rms), dtype=_np.float64)
        return _np.clip(y, -32768, 32767).astype("<i2").tobytes()

    pcm = array.array("h")
    pcm.frombytes(data)
    if sys.byteorder == "big":
        pcm.byteswap()
    if channels > 1:
        x = [sum(pcm[i : i + channels]) / channels for i in range(0, len(pcm), channels)]
    else:
        x = pcm
    if rate != TARGET_RATE and len(x) > 1:
        last = len(x) - 1
        resampled = []
        for k in range(out_len):
            pos = k * step
            i = int(pos)
            if i >= last:
                resampled.append(float(x[last]))
            else:
                resampled.append(x[i] + (x[i + 1] - x[i]) * (pos - i))
        x = resampled
    rms = math.sqrt(math.fsum(v * v for v in x) / len(x)) if len(x) else 0.0
    noise = _dither(len(x), rms)
    y = array.array("h", (max(-32768, min(32767, round(v) + e)) for v, e in zip(x, noise)))
    if sys.byteorder == "big":
        y.byteswap()
    return y.tobytes()


# --------------------------------------------------------------------------------------------
# Pronunciations and the language model
# --------------------------------------------------------------------------------------------


def _model_dir() -> Path:
    from pocketsphinx import get_model_path

    return Path(get_model_path()) / "en-us"


@lru_cache(maxsize=1)
def _cmudict() -> dict[str, tuple[str, ...]]:
    """The CMUdict bundled with pocketsphinx: word -> all its pronunciations."""
    entries: dict[str, list[str]] = defaultdict(list)
    with open(_model_dir() / "cmudict-en-us.dict", encoding="utf-8") as f:
        for line in f:
            word, _, phones = line.strip().partition(" ")
            if phones.strip():
                entries[re.sub(r"\(\d+\)$", "", word)].append(phones.strip())
    return {w: tuple(p) for w, p in entries.items()}


def _dictionary_pronunciations(word: str) -> tuple[str, ...]:
    """CMUdict's pronunciations, or a guess from known parts; () when there is none."""
    lexicon = _cmudict()
    if word in lexicon:
        return lexicon[word]
    for suffix, endings in (("'s", ("Z", "S", "IH Z")), ("s", ("Z", "S", "IH Z"))):
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and stem in lexicon:
            return tuple(f"{lexicon[stem][0]} {end}" for end in endings)
    for cut in range(len(word) - 2, 1, -1):  # compounds: "childline" = "child" + "line"
        head, tail = word[:cut], word[cut:]
        if head in lexicon and tail in lexicon:
            return (f"{lexicon[head][0]} {lexicon[tail][0]}",)
    if word.isascii() and word.isalpha() and not re.search("[aeiouy]", word):
        # espeak-ng spells out what it cannot say ("NSPCC" -> "N S P C C"), so do the same.
        if all(letter in lexicon for letter in word):
            return (" ".join(lexicon[letter][0] for letter in word),)
    return ()


def _pronunciations(word: str) -> tuple[str, ...]:
    """Add the forms espeak-ng's British voice is nearer: its short "a" sounds like US "AH"."""
    found = list(_dictionary_pronunciations(word))
    for phones in list(found):
        british = " ".join("AH" if p == "AE" else p for p in phones.split())
        if british not in found:
            found.append(british)
    return tuple(found)


def _arpa(lines: list[list[str]], discount: float = 0.5) -> str:
    """A trigram ARPA model: absolute discounting with back-off to the lower orders."""
    counts: list[Counter] = [Counter(), Counter(), Counter()]
    for words in lines:
        seq = ["<s>"] + words + ["</s>"]
        for n in range(3):
            for i in range(len(seq) - n):
                counts[n][tuple(seq[i : i + n + 1])] += 1
    total = sum(c for g, c in counts[0].items() if g != ("<s>",))
    prob: list[dict[tuple, float]] = [{}, {}, {}]
    for g, c in counts[0].items():  # every vocabulary word has been seen: no unigram smoothing
        prob[0][g] = 0.0 if g == ("<s>",) else c / total
    for n in (1, 2):
        context_total: Counter = Counter()
        for g, c in counts[n].items():
            context_total[g[:-1]] += c
        for g, c in counts[n].items():
            prob[n][g] = (c - discount) / context_total[g[:-1]]
    backoff: list[dict[tuple, float]] = [{}, {}]

    def lower(g: tuple) -> float:  # P(g[-1] | g[:-1]) through the orders already finished
        n = len(g) - 1
        if g in prob[n]:
            return prob[n][g]
        return backoff[n - 1].get(g[:-1], 1.0) * lower(g[1:])

    for n in (1, 2):
        kept: dict[tuple, float] = defaultdict(float)
        lower_kept: dict[tuple, float] = defaultdict(float)
        for g in counts[n]:
            kept[g[:-1]] += prob[n][g]
            lower_kept[g[:-1]] += lower(g[1:])
        for h in kept:
            room = 1.0 - lower_kept[h]
            backoff[n - 1][h] = (1.0 - kept[h]) / room if room > 1e-9 else 1.0

    def log10(p: float) -> str:
        return "-99.00000" if p <= 0 else f"{math.log10(p):.5f}"

    out = ["\\data\\"] + [f"ngram {n + 1}={len(prob[n])}" for n in range(3)] + [""]
    for n in range(3):
        out.append(f"\\{n + 1}-grams:")
        for g in sorted(prob[n]):
            line = f"{log10(prob[n][g])} {' '.join(g)}"
            if n < 2:
                line += f" {log10(backoff[n][g]) if g in backoff[n] else '0.00000'}"
            out.append(line)
        out.append("")
    out.append("\\end\\")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------------------------
# Recognition
# --------------------------------------------------------------------------------------------


def recognise(wav_path, expected_sentences: list[str], decoys: list[str]) -> str:
    """The words pocketsphinx hears in the WAV: lower case, one space apart.

    The language model knows only the words of the expected sentences and the decoys, numbers
    spelt out (with and without the British "and"); words with no pronunciation in CMUdict (and
    none guessable from their parts) are left out of it, so they can never be heard.
    """
    from pocketsphinx import Decoder

    expected = [normalise_words(s) for s in expected_sentences]
    near_misses = [normalise_words(s) for s in decoys]
    lexicon = {w: _pronunciations(w) for w in sorted({w for s in expected + near_misses for w in s})}
    lexicon["and"] = _pronunciations("and")

    def sayable(words: list[str]) -> list[str]:
        return [w for w in words if lexicon[w]]

    passage = [w for words in expected for w in words]  # also runs on across sentence breaks
    lines = []
    for words in expected + [passage]:
        lines += [sayable(words), sayable(_with_british_and(words))]
    lines += [sayable(words) for words in near_misses]
    lines = [words for i, words in enumerate(lines) if words and words not in lines[:i]]
    if not lines:
        raise ValueError("none of the expected words has a pronunciation")

    audio = _read_wav_16k(wav_path)
    with tempfile.TemporaryDirectory(prefix="asr-") as folder:
        lm_path, dict_path = Path(folder, "words.lm"), Path(folder, "words.dict")
        lm_path.write_text(_arpa(lines), encoding="utf-8")
        with open(dict_path, "w", encoding="utf-8") as f:
            for word, phones in lexicon.items():
                for i, p in enumerate(phones):
                    f.write(f"{word}{f'({i + 1})' if i else ''} {p}\n")
        decoder = Decoder(
            hmm=str(_model_dir() / "en-us"),
            lm=str(lm_path),
            dict=str(dict_path),
            samprate=TARGET_RATE,
            lw=LANGUAGE_WEIGHT,
            loglevel="FATAL",
            logfn=os.devnull,
        )
        decoder.start_utt()
        decoder.process_raw(audio, full_utt=True)
        decoder.end_utt()
        hyp = decoder.hyp()
    if hyp is None:
        return ""
    words = (re.sub(r"\(\d+\)$", "", w) for w in hyp.hypstr.split())
    return " ".join(w for w in words if not w.startswith(("<", "[")))
