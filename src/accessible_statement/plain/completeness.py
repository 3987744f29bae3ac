"""Is a sentence the program wrote a whole sentence? Judged on its dependency parse.

Cutting and splitting by patterns left sentences such as "In Queensland, the Army is.", "As he
said." and "The latest Treasury budget figures released.": a reader cannot use them, and some
say less than, or the opposite of, what was said. A whole sentence has a main clause with a
finite verb and its subject (or is an order: "Call 999 straight away."), does not end on a word
that needs more after it, is not only a subordinate clause ("As he said."), and its main verb has
the object such a verb needs (verbs counted in UD English EWT: content/plain/verbs_needing_object.txt).
"""

from __future__ import annotations

import difflib
import re
from typing import Mapping, Sequence

from accessible_statement.document.easy_read import Point
from accessible_statement.language import content
from accessible_statement.language.inflection import forms
from accessible_statement.language.parser import Parse, Token, parse_sentences
from accessible_statement.plain.leaning import without_said_by
from accessible_statement.rules import NEARLY_WHOLE

SUBJECTS = {"nsubj", "nsubj:pass", "nsubj:outer", "csubj", "csubj:pass", "expl"}
COMPLEMENTS = {"obj", "ccomp", "xcomp", "iobj", "nsubj:pass", "aux:pass"}
# Words that cannot end a sentence: they need what comes after them.
OPEN_ENDS = {"AUX", "DET", "ADP", "CCONJ", "SCONJ"}
_NEED_OBJECT = content.word_set("plain/verbs_needing_object.txt")
# Words that open a clause that cannot stand alone ("When ...", "Just as ..."), one or two words a line.
_SUBORDINATORS = content.word_set("plain/subordinators.txt")
_ALSO_PREPOSITIONS = {"as", "since", "before", "after", "until", "once"}
_NEVER_LAST = {"the", "a", "an", "very", "and", "or"}  # whatever the tagger made of them
_RELATIVE_OPENING = re.compile(r"^(?:\w+ )?(?:of|in|for|by|with) (?:which|whom)\b", re.I)


def _finite(p: Parse, verb: Token) -> bool:
    if verb.feature("VerbForm") == "Fin" or verb.feature("Mood") in ("Ind", "Imp"):
        return True
    return any(t.feature("VerbForm") == "Fin" or t.feature("Mood") in ("Ind", "Imp") for t in p.children(verb, "aux", "aux:pass", "cop"))


def is_order(p: Parse, verb: Token) -> bool:
    """An instruction: the verb in the imperative, with nothing before it but 'please', 'do not', or a
    clause or phrase that leads in ("If you see him, call 999")."""
    if p.children(verb, *SUBJECTS):
        return False
    leading = {t.i for c in p.children(verb, "advcl", "obl", "advmod", "discourse", "intj", "aux", "punct", "cc") for t in p.subtree(c)}
    lead = [t for t in p.tokens[: verb.i] if t.upos != "PUNCT"]
    ok_lead = all(t.i in leading or t.text.lower() in ("please", "not", "never", "do") for t in lead)
    return ok_lead and (verb.feature("Mood") == "Imp" or verb.feature("VerbForm") in ("Inf", None) or verb.xpos == "VB")


def problem(p: Parse) -> tuple[str, bool] | None:
    """Why the parse is not a whole sentence, and whether that finding is sure, or None when it is whole.

    Sure findings read the surface and the parse's clearest signs (a last word that needs more, a
    lower-case start, a main clause that is only "As he said"); the others (no verb, no subject)
    can be the parser's mistake on a real sentence ("Boil your water ..." tagged as a noun).
    """
    words = [t for t in p.tokens if t.upos != "PUNCT"]
    if len(words) < 2:
        return "too short to say anything", True
    if not (words[0].text[:1].isupper() or words[0].text[:1].isdigit()):
        return "does not start a sentence", True
    if words[0].text.lower() in ("whose", "whom", "which", "who") and not p.text.rstrip().endswith("?"):
        return "starts with a relative word, so it is the end of another sentence", True  # "Whose cultures we celebrate ..."
    if words[-1].text.lower() in _NEVER_LAST:
        return f"ends on '{words[-1].text}', which needs more after it", True  # the tagger took "very" for a noun
    if _RELATIVE_OPENING.match(p.text) and not p.text.rstrip().endswith("?"):
        return "starts with a relative phrase, so it is the end of another sentence", True  # "Each of which ..."
    opening = " ".join(w.text.lower() for w in words[:2])
    subordinate = words[0].text.lower() in _SUBORDINATORS or opening in _SUBORDINATORS
    if words[0].text.lower() in _ALSO_PREPOSITIONS and words[0].dep != "mark":
        subordinate = False  # "As Shadow Home Secretary at that time I joined him": a role, not a clause
    if subordinate and not p.text.rstrip().endswith("?") and not _main_clause_after_comma(p):
        return "only a subordinate clause", True  # "Just as spending rose.", "When I was your age, learning about science."
    stranded = words[-1].upos == "ADP" and words[-1].head < words[-1].i  # "something we can be proud of"
    if (words[-1].upos in OPEN_ENDS or words[-1].dep in ("aux", "cop", "mark", "cc", "det")) and not stranded:
        # a preposition can end an English sentence ("something to be ashamed of"): that one is doubtful
        return f"ends on '{words[-1].text}', which needs more after it", words[-1].upos != "ADP"
    if words[-1].upos == "PRON" and words[-1].feature("Case") == "Nom" and words[-1].dep != "nsubj:outer" and len(words) > 2:
        return f"ends on '{words[-1].text}', a subject with nothing said of it", True  # "... and we-": cut off
    if not any(t.upos in ("VERB", "AUX") for t in words):
        return "has no verb at all", True  # "Good morning, Leon.", "Over to you, folks."
    roots = [t for t in p.roots if t.upos != "PUNCT"]
    if len(roots) != 1:
        return "not one sentence", False
    root = roots[0]
    if words[0].text.lower() in _SUBORDINATORS and words[0].head == root.i and words[0].dep in ("mark", "advmod") \
            and not p.text.rstrip().endswith("?"):
        return "only a subordinate clause", False  # "When I was your age, learning about science."
    if any(m.upos == "SCONJ" for m in p.children(root, "mark")) and not p.children(root, "cop"):
        return "only a subordinate clause", True  # "As he said." (but "This is because ..." is a main clause)
    verbal = root.upos in ("VERB", "AUX") or bool(p.children(root, "cop", "obj", "aux"))
    if not verbal:
        # A noun phrase with a clause hung on it ("Greater Manchester, where cases ...") is surely
        # not a sentence; a first word taken for a noun ("Boil your water ...") may be the parser's slip.
        return "has no verb", root.i != words[0].i and root.upos in ("NOUN", "PROPN", "NUM", "ADJ")
    if not (_finite(p, root) and p.children(root, *SUBJECTS)) and not is_order(p, root):
        return "has no subject and finite verb", False
    bare = not p.children(root, *COMPLEMENTS, "obl", "advcl", "compound:prt")
    if root.upos == "VERB" and needs_object(root) and bare:
        return f"'{root.text}' has lost what it needs", False
    last = words[-1]
    if last.upos == "VERB" and last.i != root.i and needs_object(last) and not p.children(last, *COMPLEMENTS, "obl", "compound:prt"):
        return f"'{last.text}' has lost what it needs", False  # "... new plans to find." (and remove whom?)
    if last.upos == "ADJ" and last.dep in ("obj", "iobj", "obl", "nmod") and not p.children(last, "cop") and last.lemma.lower() not in _QUANTITIES:
        return f"ends on '{last.text}', which describes a thing it does not name", False  # "... the most modern."
    if _wh_clause_only(p, root):
        return "only a question word's clause, with nothing said of it", False  # "How a resolution can be achieved."
    wrong = verb_form_problem(p)
    if wrong:
        return wrong, False
    return None


_QUANTITIES = content.word_set("plain/quantity_words.txt")
_WH_OPENERS = {"how", "what", "why", "whether"}
# Where a clause that opens with "what" or "how" is a part of a sentence: "What we need is money."
_CLAUSE_AS_PART = ("csubj", "csubj:pass", "nsubj", "nsubj:pass", "nsubj:outer", "advcl", "obl", "parataxis", "ccomp")


def _wh_clause_only(p: Parse, root: Token) -> bool:
    """A sentence that is only an indirect question or a "what" clause, not a question itself:
    "How a resolution to that conflict can be achieved." The question word's path up to the main
    verb passes through no subject or side clause (as "What we need is money" does)."""
    words = [t for t in p.tokens if t.upos != "PUNCT"]
    first = words[0]
    if first.text.lower() not in _WH_OPENERS or p.text.rstrip().endswith("?") or first.i == root.i:
        return False
    t, seen = first, 0
    while t.i != root.i and t.head != t.i and seen < len(p.tokens):
        if t.dep in _CLAUSE_AS_PART:
            return False
        t, seen = p.tokens[t.head], seen + 1
    inverted = any(a.i < s.i for a in p.children(root, "aux", "cop") for s in p.children(root, *SUBJECTS))
    # "What we cannot do is reopen the deal": a "be" after the clause's own verb says what it is
    verb = first if first.upos in ("VERB", "AUX") else p.tokens[first.head]
    cleft = any(t.lemma.lower() == "be" and t.i > verb.i and t.head != verb.i and t.i != verb.i for t in p.tokens)
    return not inverted and not cleft  # "How do we prepare ..." is a question said without its mark


# What each helping verb asks of the verb after it: "will go", "has gone", "is going".
# After "have" a past tense passes too: "have got", and a tagger's VBD for a VBN.
_NEXT_FORM = {"modal": ("VB",), "do": ("VB",), "to": ("VB",), "have": ("VBN", "VBD"), "be": ("VBG", "VBN"), "pass": ("VBN", "VBD")}


def verb_form_problem(p: Parse) -> str | None:
    """A verb in a form its helping verb cannot take ("We have get students connected", "We will by
    investing", "we begun"), two finite verbs in a row ("The key thing is are ..."), or a finite
    clause on the side with no subject of its own ("..., is our plan."). Splitting a run-on or a
    list of verb phrases makes these; the speaker's own sentences rarely do. Forms come from
    lemminflect, so only a word it knows as another form is counted wrong."""
    toks = p.tokens
    for verb in toks:
        helpers = sorted((a for a in p.children(verb, "aux", "aux:pass", "cop") if a.i < verb.i), key=lambda t: t.i)
        if verb.upos not in ("VERB", "AUX") and not helpers:
            continue
        # "has been in talks": the chain ends on the copula, not on the noun after it
        chain = helpers + ([verb] if verb.upos in ("VERB", "AUX") and not p.children(verb, "cop") else [])
        for helper, after in zip(chain, chain[1:]):
            if verb_form_problem_after(helper, after):
                return f"'{helper.text} {after.text}': the verb is in the wrong form"
        marks = [m for m in p.children(verb, "mark") if m.xpos == "TO"]  # not "look forward to looking"
        if marks and verb.xpos == "VBG" and not helpers:
            return f"'to {verb.text}': the verb is in the wrong form"
        shared = verb.dep == "conj" and p.children(toks[verb.head], "aux")  # "we have brought down ..., begun ..."
        if not helpers and not shared and verb.xpos == "VBD" and verb.upos == "VERB" and _has_form(verb, ("VBN",)) and not _has_form(verb, ("VBD",)):
            return f"'{verb.text}' needs 'has' or 'have' before it"
        if verb.upos == "ADV" and verb.text.lower().endswith("ly") and p.children(verb, "cop"):
            return f"'{verb.text}' says how, but not what"  # "have been correctly (and appropriately condemned)"
    said = [t for t in toks if t.upos != "PUNCT"]
    words = [t.text.lower() for t in said]
    for k in range(len(words) - 3):
        if said[k].upos not in ("PRON", "NOUN", "PROPN") or said[k + 1].upos not in ("AUX", "VERB"):
            continue  # a subject and its verb said again: "use of and more use of" is no restart
        for gap in (2, 3, 4):  # "we have brought we have down", "the government has brought the government has"
            if k + gap + 2 <= len(words) and words[k:k + 2] == words[k + gap:k + gap + 2]:
                return f"'{words[k]} {words[k + 1]}' is said twice: the speaker started again"
    for a, b in zip(toks, toks[1:]):
        if a.dep in ("cop", "aux") and b.dep in ("cop", "aux") and a.feature("VerbForm") == "Fin" and b.feature("VerbForm") == "Fin" \
                and a.head == b.head:
            return f"'{a.text} {b.text}': two verbs where one belongs"
    for t in toks:
        if t.dep == "parataxis" and not p.children(t, *SUBJECTS) and p.children(t, "cop", "aux") \
                and any(c.feature("VerbForm") == "Fin" for c in p.children(t, "cop", "aux")):
            return f"'{t.text}' has no subject of its own"
    return None


def _main_clause_after_comma(p: Parse) -> bool:
    """After the opening clause's comma, a finite verb or an order: "When you see him, call 999"."""
    commas = [t.i for t in p.tokens if t.text in (",", ";", ":")]
    if not commas:
        return False
    rest = [t for t in p.tokens[commas[0] + 1:] if t.upos != "PUNCT"]
    if rest and rest[0].xpos == "VB":
        return True
    return any(map(_finite_form, rest))


def _finite_form(t: Token) -> bool:
    """Is T a finite verb by its features or its tag ("was", "runs", "will")?"""
    return t.feature("VerbForm") == "Fin" or t.xpos in ("VBD", "VBZ", "VBP", "MD")


def needs_object(verb: Token) -> bool:
    """Does VERB almost always take an object or a clause (counted in EWT)?"""
    return verb.lemma.lower() in _NEED_OBJECT


def verb_form_problem_after(helper: Token, verb: Token) -> bool:
    """Is VERB in a form HELPER cannot take before it ("have developing")? A word that is no helping
    verb asks nothing."""
    kind = _helper_kind(helper) if helper.dep in ("aux", "aux:pass") else None
    return bool(kind) and not _has_form(verb, _NEXT_FORM[kind])


def _helper_kind(t: Token) -> str | None:
    low = t.text.lower()
    if t.dep == "aux:pass":
        return "pass" if t.lemma.lower() in ("be", "get") else None
    if t.xpos == "MD":
        return "modal"
    if t.xpos == "TO" or low == "to":
        return "to"
    lemma = t.lemma.lower()
    if lemma in ("do", "have", "be"):
        return lemma
    return None


_VERB_TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ")


def _has_form(t: Token, tags: tuple[str, ...]) -> bool:
    """Can T's word be one of the forms TAGS of its verb? Wrong only when lemminflect knows the word
    as another form and not as one of these ("begun" is not a past tense); a word it does not know,
    a variant it does not list ("learnt"), or a lemma the parser left as the word ("dying") passes."""
    word, lemma = t.text.lower(), t.lemma.lower()
    if lemma == word and t.xpos not in ("VB", "VBP"):
        return True
    if any(word in forms(lemma, tag) for tag in tags):
        return True
    return not any(word in forms(lemma, tag) for tag in _VERB_TAGS if tag not in tags)


def incomplete(texts: list[str]) -> list[str | None]:
    """For each text, why it is not a whole sentence (None when it is)."""
    return [found[0] if found else None for found in map(problem, parse_sentences(texts))]


def not_whole(pairs: list[tuple[str, str]]) -> list[str | None]:
    """For each (point, source): why POINT, written from the speaker's sentence SOURCE, is not a whole
    sentence (None if it is). A doubtful finding counts only where the source itself parses as
    whole: then it was the rewrite that broke it. All are parsed in one batch."""
    parses = parse_sentences([t for pair in pairs for t in pair])
    out: list[str | None] = []
    for k in range(len(pairs)):
        found = problem(parses[2 * k])
        if found is None:
            out.append("the speaker gave no order" if _order_not_given(parses[2 * k], parses[2 * k + 1]) else None)
            continue
        reason, sure = found
        source = parses[2 * k + 1]
        verbless = not any(map(_finite_form, source.tokens))
        trusted = sure or verbless or problem(source) is None or not _said_nearly_whole(parses[2 * k], source)
        out.append(reason if trusted else None)
    return out


def _order_not_given(point: Parse, source: Parse) -> bool:
    """A point that reads as an order ("Address you for the first time as Prime Minister.") from a
    sentence that gives none: a split took a verb away from its subject."""
    roots = [t for t in point.roots if t.upos != "PUNCT"]
    if len(roots) != 1 or not is_order(point, roots[0]) or roots[0].lemma.lower() == "let":
        return False
    return not any(t.upos == "VERB" and is_order(source, t) for t in source.tokens if t.dep in ("ROOT", "conj", "parataxis") or t.head == t.i)


def _said_nearly_whole(point: Parse, source: Parse) -> bool:
    """Does POINT say its SOURCE nearly word for word? Then a doubtful finding on both is the parser's
    slip on the speaker's own sentence (or the speaker's own grammar, said as it was). A piece split
    out of a longer sentence is the program's own work, and a doubt about it counts."""
    a = [t.text.lower() for t in point.tokens if t.upos != "PUNCT"]
    b = [t.text.lower() for t in source.tokens if t.upos != "PUNCT"]
    kept = sum(m.size for m in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    return kept >= NEARLY_WHOLE * len(b)  # of the speaker's words: "I think" may have become "The Minister thinks"


def points_not_whole(points: Sequence[Point], said: Mapping[int, str]) -> list[str | None]:
    """not_whole for easy-read points, each judged against the speaker's sentences it says
    (SAID maps a sentence id to its text); a co-speaker's point is judged on what they said."""
    return not_whole([(without_said_by(p.text), " ".join(said.get(i, "") for i in p.sources)) for p in points])
