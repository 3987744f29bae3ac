"""Checks every clean transcript must pass, whatever its format."""

import re

TIMESTAMP = re.compile(r"\b\d{1,2}:\d{2}\b")
LEGIT_REPEATS = {"that", "had"}


def _key(word):
    return re.sub(r"^\W+|\W+$", "", word).lower()


def assert_clean_sentences(transcript, allow_times_in_text=False):
    assert transcript.sentences, "no sentences"
    previous = None
    for i, s in enumerate(transcript.sentences, start=1):
        assert s.id == i
        assert s.text == s.text.strip() and "  " not in s.text, s.text
        first_alpha = next((c for c in s.text if c.isalnum()), "")
        capital = first_alpha.upper()
        assert first_alpha, s.text
        # Starts with a capital wherever the script has one (not in Arabic, not for "ª" or "ß").
        assert not first_alpha.islower() or len(capital) != 1 or capital == first_alpha, s.text
        assert re.search(r"[.?!][\"')\]]*$", s.text), s.text
        assert allow_times_in_text or not TIMESTAMP.search(s.text), s.text
        words = s.text.split()
        for a, b in zip(words, words[1:]):
            key = _key(a)
            if key and key == _key(b) and not a.endswith((".", "?", "!")):
                assert key in LEGIT_REPEATS, f"repeated {a!r} {b!r} in {s.text!r}"
        if s.start is not None:
            if previous is not None:
                assert s.start >= previous, "times go backwards"
            previous = s.start
            if s.end is not None:
                assert s.end >= s.start
