"""Sentences that lean on the one before them: they make sense only after it.

The rewriter puts "This is because ..." and "This was after ..." first when it splits a sentence; a point
that starts "It was only collected ..." or says "them" needs its antecedent. Selection and fitting
use these patterns to keep such a sentence with the one it leans on, or to leave it out.
"""

from __future__ import annotations

import re

from accessible_statement.language.lexicon import word_alternation

# Leans on the sentence just before it (the same source sentence, or the one before).
DEPENDENT = re.compile(r"^(?:This is|This was|This includes|This means|But|So|It|They)\b")

# The words the splitting itself puts first.
POINTS_BACK = re.compile(r"^(?:This is|This was|This includes|This means)\b")

# A sentence that only makes sense after the one before it: "It was only collected ...", "That must end now."
LEANS_BACK = re.compile(
    rf"^(?:It|They|Them|Their)\b|^(?:This|That|These|Those)\s+(?:{word_alternation('plain/verbs_after_this.txt')})\b"
    r"|\bthem\b"
)
