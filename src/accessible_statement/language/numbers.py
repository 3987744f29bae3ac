"""Numbers: words to digits for easy read (rule 11), and the set of numbers a source contains (rule 13)."""

from __future__ import annotations

import re
from fractions import Fraction

from accessible_statement.language import content
from accessible_statement.language.lexicon import word_alternation

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000}
BIG = {"million", "billion", "trillion"}
FRACTIONS = {
    "half": (1, 2), "halves": (1, 2), "third": (1, 3), "thirds": (1, 3), "quarter": (1, 4), "quarters": (1, 4),
    "fifth": (1, 5), "fifths": (1, 5), "tenth": (1, 10), "tenths": (1, 10),
}
_NUMBER_WORD = "|".join(sorted(list(UNITS) + list(TENS) + list(SCALES), key=len, reverse=True))
_WORD_RUN = re.compile(
    rf"(?<![\w-])(?:{_NUMBER_WORD})(?:(?:[- ]|(?<=hundred)\s+and\s+|(?<=thousand)\s+and\s+)(?:{_NUMBER_WORD}))*\b(?!-(?!(?:{_NUMBER_WORD})\b))", re.I
)
_FRACTION_WORDS = re.compile(
    rf"\b(one|two|three|four|a)[- ](half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)\b(\s+of(?:\s+the)?\b(?!\s+(?:{word_alternation('plain/fraction_of_pronouns.txt')})\b))?", re.I
)
_PERCENT_OF = re.compile(r"\b(\d+(?:\.\d+)?)%\s+of\s+(?:the\s+)?", re.I)
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
# "one" is a number only before a plain noun: not "no one", "one of", "the one".
_ONE_BEFORE = re.compile(rf"^(?:{word_alternation('plain/one_before_these.txt')})$", re.I)
_ONE_AFTER_BLOCK = content.word_set("plain/one_after_these.txt")


def words_to_number(phrase: str) -> int | None:
    tokens = [t for t in re.split(r"[\s-]+", phrase.lower()) if t and t != "and"]
    total, current = 0, 0
    seen = False
    for t in tokens:
        if t in UNITS:
            current += UNITS[t]
        elif t in TENS:
            current += TENS[t]
        elif t == "hundred":
            current = max(current, 1) * 100
        elif t == "thousand":
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def digits_for_words(text: str) -> str:
    """'seven men' -> '7 men', 'two-thirds of' -> '2 out of 3', '37% of suspects' -> '37 out of every 100 suspects'."""
    text = _FRACTION_WORDS.sub(_fraction_sub, text)
    text = _PERCENT_OF.sub(lambda m: f"{m.group(1)} out of every 100 ", text)
    return _WORD_RUN.sub(lambda m: _word_run_sub(m, text), text)


def _fraction_sub(m: re.Match[str]) -> str:
    top = 1 if m.group(1).lower() == "a" else UNITS[m.group(1).lower()]
    bottom = FRACTIONS[m.group(2).lower()][1]
    if bottom == 2 and top == 1:
        return m.group(0)  # "a half" is plainer than "1 out of 2"
    return f"{top} out of {bottom}"  # " of" before a noun went with the match; "of them" stays


def _word_run_sub(m: re.Match[str], text: str) -> str:
    phrase = m.group(0)
    if phrase.lower() == "one":
        before = text[: m.start()].split()[-1:] or [""]
        after = text[m.end():].split()[:1] or [""]
        if before[0].lower().strip(",.") in _ONE_AFTER_BLOCK or _ONE_BEFORE.match(after[0].strip(",.")) or not after[0][:1].isalpha():
            return phrase
    value = words_to_number(phrase)
    if value is None:
        return phrase
    return f"{value:,}"


def numbers_in(text: str) -> set[Fraction]:
    """Every number a text states, in digits or in words (fractions give both their parts)."""
    found: set[Fraction] = set(numbers_written(text))
    for m in _WORD_RUN.finditer(text):
        value = words_to_number(m.group(0))
        if value is not None:
            found.add(Fraction(value))
    for m in _FRACTION_WORDS.finditer(text):
        top = 1 if m.group(1).lower() == "a" else UNITS[m.group(1).lower()]
        found.update({Fraction(top), Fraction(FRACTIONS[m.group(2).lower()][1])})
    if "%" in text or re.search(r"\bper ?cent\b", text, re.I):
        found.add(Fraction(100))
    return found


def numbers_written(text: str) -> list[Fraction]:
    """Numbers written in digits ('1,000', '2.5'), as values."""
    out = []
    for d in _DIGITS.findall(text):
        try:
            out.append(Fraction(d.replace(",", "").rstrip(".")))
        except ValueError:
            continue
    return out
