"""Is a sentence the program wrote a whole sentence? Judged on its dependency parse.

Cutting and splitting by patterns left sentences such as "In Queensland, the Army is.", "As he
said." and "The latest Treasury budget figures released.": a reader cannot use them, and some
say less than, or the opposite of, what was said. A whole sentence has a main clause with a
finite verb and its subject (or is an order: "Call 999 straight away."), does not end on a word
that needs more after it, is not only a subordinate clause ("As he said."), and its main verb has
the object such a verb needs (verbs counted in UD English EWT: content/plain/verbs_needing_object.txt).
"""

from __future__ import annotations

from typing import Mapping, Sequence

from accessible_statement.document.easy_read import Point
from accessible_statement.language import content
from accessible_statement.language.parser import Parse, Token, parse_sentences

SUBJECTS = {"nsubj", "nsubj:pass", "nsubj:outer", "csubj", "csubj:pass", "expl"}
COMPLEMENTS = {"obj", "ccomp", "xcomp", "iobj", "nsubj:pass", "aux:pass"}
# Words that cannot end a sentence: they need what comes after them.
OPEN_ENDS = {"AUX", "DET", "ADP", "CCONJ", "SCONJ"}
_NEED_OBJECT = content.word_set("plain/verbs_needing_object.txt")


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
    if words[-1].upos in OPEN_ENDS or words[-1].dep in ("aux", "cop", "mark", "cc", "det"):
        # a preposition can end an English sentence ("something to be ashamed of"): that one is doubtful
        return f"ends on '{words[-1].text}', which needs more after it", words[-1].upos != "ADP"
    if not any(t.upos in ("VERB", "AUX") for t in words):
        return "has no verb at all", True  # "Good morning, Leon.", "Over to you, folks."
    roots = [t for t in p.roots if t.upos != "PUNCT"]
    if len(roots) != 1:
        return "not one sentence", False
    root = roots[0]
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
    if root.upos == "VERB" and root.lemma.lower() in _NEED_OBJECT and bare:
        return f"'{root.text}' has lost what it needs", False
    return None


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
            out.append(None)
            continue
        reason, sure = found
        out.append(reason if sure or problem(parses[2 * k + 1]) is None else None)
    return out


def points_not_whole(points: Sequence[Point], said: Mapping[int, str]) -> list[str | None]:
    """not_whole for easy-read points, each judged against the speaker's sentences it says
    (SAID maps a sentence id to its text)."""
    return not_whole([(p.text, " ".join(said.get(i, "") for i in p.sources)) for p in points])
