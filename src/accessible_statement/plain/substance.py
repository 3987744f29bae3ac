"""Does a sentence tell a reader anything? Greetings, thanks and filler do not.

Reviewers labelled "You know something.", "That is a fact." and "Thank you very much." EMPTY:
they parse as whole sentences but have no news in them. A sentence says nothing when its parse
has no word of substance (nouns, names, numbers, adjectives and verbs that are not in
content/plain/light_words.txt, not counting the names the rewrite gave the speaker), or one in a
sentence of four words or fewer ("That must end now.").
"""

from __future__ import annotations

from accessible_statement.language import content
from accessible_statement.language.parser import parse_sentences

_LIGHT = content.word_set("plain/light_words.txt")
_SUBSTANCE = ("NOUN", "PROPN", "NUM", "VERB", "ADJ")


def says_little(texts: list[str], speaker_words: set[str]) -> list[bool]:
    """For each sentence: does it say nothing a reader can use? SPEAKER_WORDS ("home", "secretary",
    "government") are the speaker's names, which the rewrite put in and which are no news."""
    out = []
    for p in parse_sentences(texts):
        weight = sum(
            1 for t in p.tokens
            if t.upos in _SUBSTANCE and t.lemma.lower() not in _LIGHT and t.text.lower() not in speaker_words
        )
        length = sum(1 for t in p.tokens if t.upos != "PUNCT")
        out.append(weight == 0 or (weight == 1 and length <= 4))
    return out
