"""Every number the easy-read rules set, in one place ("rule 2" and so on are the rules' numbers in
docs/easy-read-rules.md).

The rewriter, the selection, the fitting and `check` all read their limits from here, so that
changing a rule is one edit. Where the program aims inside a rule's limit (for a margin), the aim
is written as the limit plus the margin, so the two cannot drift apart.
"""

from __future__ import annotations

# Rule 2: sentence length.
SENTENCE_WORDS = 15  # easy read's usual limit: at least SHORT_SHARE of the sentences keep to it
SENTENCE_MAX_WORDS = 20  # never longer
SHORT_SHARE = 0.95
MEAN_WORDS = 12.0  # the average sentence, at most

# Rule 6: a word rarer than this (Zipf frequency, wordfreq) is hard and needs explaining.
HARD_ZIPF = 3.5

# Rule 14: readability of the whole text, and the aims that leave a margin inside it.
MAX_GRADE = 6.0  # Flesch-Kincaid grade, at most
MIN_EASE = 70.0  # Flesch reading ease, at least
GRADE_AIM = MAX_GRADE - 0.2
EASE_AIM = MIN_EASE + 0.5

# Rule 15: the whole easy-read text aims under about this many words.
TEXT_WORDS = 1000

# Headings: at most this many words.
HEADING_WORDS = 7

# How much there must be to say something.
MIN_WORDS_TO_SUMMARISE = 5  # fewer words of speech than this is refused
MIN_SECTION_WORDS = 20  # a part's share of TEXT_WORDS is never less than this
MIN_TEXT_WORDS = 405  # a 20-minute statement needs at least 400 words to say what was said
MIN_TEXT_SHARE = 0.15  # ... and a shorter one keeps at least this share of its words

# Choosing what to keep.
CO_SPEAKER_WORDS = 120  # easy_read/speakers: someone with a role who says this many words at a press conference speaks too
MUST_KEEP = 4.0  # importance of a key announcement ("change the law"): kept whatever its share
NEARLY_WHOLE = 0.7  # plain/completeness: a point that keeps this share of its sentence's words in order is the speaker's own grammar
LOW_INFORMATION = 1.0  # plain/information: a point that tells less than this (no topic word, number or name) is left out
LOW_INFORMATION_SHARE = 0.5  # ... or, where that is less, than this share of what the statement's middle point tells
ACTION_INFORMATION = 0.5  # plain/information: what saying what someone will do adds to what a point tells
ANTECEDENT_WORDS = 6  # plain/antecedents: the longest subject written in for an opening 'It' or 'They'
KEY_INFORMATION = 3.0  # fitting: a point that tells this much is not left out to bring the grade down
INFORMATION_WEIGHT = 0.2  # fitting: a point's cost to a reader, less this times what it tells
HARD_POINT = 1.9  # syllables a word: a side point harder than this is left out
LONG_POINT = 18  # words: a side point longer than this is left out
PLAIN_SPW = 1.45  # syllables a word that plain English averages

# Splitting into parts.
SECTION_WINDOW = 3  # sentences on each side of a gap when comparing vocabulary
WORDS_PER_SECTION_MIN = 170  # sets the most parts a text may have (a 19-minute statement: about 15)
WORDS_PER_SECTION_MAX = 340  # sets the fewest
SECTION_MIN_SENTENCES = 3
SECTION_MIN_WORDS = 60
