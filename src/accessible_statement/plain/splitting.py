"""One idea per sentence (rules 1 and 3), by the sentence's grammar: split, never cut.

The splits are those of the published syntactic simplifiers (Siddharthan 2006; Niklaus et al.
2019, "DisSim"), done on the dependency parse: coordinated clauses and verb phrases, non-restrictive
relative clauses, "because / so that / although / while" clauses, appositions and trailing
participle phrases; a sentence that reports ("The report found that A and B") keeps its report
verb in each part. What the parts share is written into each (the subject, the auxiliary, a
condition or time phrase that opens the sentence), so every part stands alone, main clause first.
A split is made only where each part keeps a subject, a finite verb and the words its verb
governs; "if", "unless", "until" and "when" clauses are conditions and stay with their clause.
A passive with its agent ("will be led by the agency") is turned active ("The agency will lead").

Parts are sets of the parse's words, so nothing is re-typed: the words are the speaker's, in the
speaker's order, with only "This is because", "But", a copied subject or a turned verb added.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from accessible_statement.language import content
from accessible_statement.language.inflection import inflect as _inflect
from accessible_statement.language.parser import Parse, Token
from accessible_statement.plain.completeness import needs_object, verb_form_problem_after
from accessible_statement.rules import SENTENCE_MAX_WORDS, SENTENCE_WORDS

SUBJECTS = ("nsubj", "nsubj:pass", "expl", "csubj")
# Openings of a clause that belong to every part of it: "In 2015, ...", "If you see him, ...".
SHARED_OPENERS = ("obl", "obl:tmod", "obl:npmod", "advmod", "advcl", "nmod:tmod")
MODALS = frozenset(content.word_set("plain/modals.txt"))
_DROPPABLE = content.word_set("plain/droppable_adverbs.txt")
# What an aside at the edge of a clause hangs on it by: "In other words, ...", "..., as I said."
_JOINING_PHRASES = frozenset(content.word_set("plain/discourse_phrases.txt"))
_JOINING_LONGEST_FIRST = content.longest_first("plain/discourse_phrases.txt")
# Phrases on a main verb that a sentence over the ceiling may do without (_within_ceiling), and words
# that must never go with them.
_SPARE_DEPS = ("advmod", "obl", "advcl", "parataxis", "discourse", "obl:tmod", "obl:npmod", "dislocated")
_KEEPS_MEANING = frozenset(content.word_set("plain/meaning_words.txt"))
_NEGATION = frozenset({"not", "never", "no", "only"})  # what an aside at a clause's edge must not take with it
_ASIDE_DEPS = ("advmod", "obl", "advcl", "discourse", "obl:npmod", "obl:tmod", "parataxis", "intj")
_FACTIVE = content.word_set("plain/factive_verbs.txt")
# "asked police forces to find ...": the "to" starts what was asked, not a purpose
_TAKES_INFINITIVE = content.running_word_set("plain/takes_infinitive.txt")
_FIGURE_OPENERS = content.word_set("plain/figure_openers.txt")
_FRAMES = dict(content.table("plain/speaker_frames.tsv", 2))


def _links(kind: str) -> dict[str, str]:
    return {word: start for word, k, start in content.table("plain/clause_links.tsv", 3) if k == kind}


CONDITIONS, REASONS, PURPOSES = _links("condition"), _links("reason"), _links("purpose")
CONTRASTS, TIMES, JOINING, CONTEXTS = _links("contrast"), _links("time"), _links("join"), _links("context")


@dataclass(frozen=True)
class Part:
    """Some of a parse's words, to be said as one sentence: KEEP (token indices) around HEAD."""

    parse: Parse
    keep: frozenset[int]
    head: int
    prefix: str = ""
    swap: tuple[tuple[int, str], ...] = ()  # a word said differently ("a" -> "The")
    order: tuple[int, ...] | None = None  # the words in another order (a passive turned active)
    context: bool = False  # "This is to ...", "This was in 2015": stands on the prefix, not on its own verb

    @property
    def words(self) -> int:
        n = sum(1 for i in self.keep if self.parse.tokens[i].upos != "PUNCT")
        return n + len(self.prefix.split())

    def text(self) -> str:
        return render(self)


class Tree:
    """Children and subtrees of one parse, computed once."""

    def __init__(self, parse: Parse) -> None:
        self.parse = parse
        self.kids: dict[int, list[Token]] = {t.i: [] for t in parse.tokens}
        for t in parse.tokens:
            if t.head != t.i:
                self.kids[t.head].append(t)
        self._sub: dict[int, frozenset[int]] = {}

    def children(self, i: int, *deps: str) -> list[Token]:
        return [t for t in self.kids[i] if not deps or t.dep in deps]

    def sub(self, i: int) -> frozenset[int]:
        if i not in self._sub:
            out = {i}
            for k in self.kids[i]:
                out |= self.sub(k.i)
            self._sub[i] = frozenset(out)
        return self._sub[i]

    def under(self, i: int, *deps: str) -> set[int]:
        """Every word below I's children of DEPS (all children with no DEPS): what goes with them."""
        out: set[int] = set()
        for c in self.children(i, *deps):
            out |= self.sub(c.i)
        return out

    def marks(self, i: int) -> str:
        return " ".join(t.text.lower() for t in self.children(i, "mark"))

    def subject(self, i: int) -> Token | None:
        found = self.children(i, *SUBJECTS)
        return found[0] if found else None

    def finite(self, i: int) -> bool:
        t = self.parse.tokens[i]
        if t.feature("VerbForm") == "Fin" or t.feature("Mood") in ("Ind", "Imp"):
            return True
        return any(a.feature("VerbForm") == "Fin" for a in self.children(i, "aux", "aux:pass", "cop"))

    def clause(self, i: int) -> bool:
        t = self.parse.tokens[i]
        return t.upos in ("VERB", "AUX") or bool(self.children(i, "cop", *SUBJECTS))


@dataclass
class Splitter:
    parse: Parse
    tree: Tree = field(init=False)

    def __post_init__(self) -> None:
        self.tree = Tree(self.parse)

    def stands(self, part: Part) -> bool:
        """A subject and a finite verb at its head (or an order: "Call 999"), and 3 words at least.
        A conjunct takes its subject and auxiliary from the first conjunct; a relative clause's
        "which" stands for its antecedent."""
        tr, toks = self.tree, self.parse.tokens
        head = part.head
        if part.words < 3 or head not in part.keep:
            return False
        if part.context:
            return True
        chain = [head]
        while toks[chain[-1]].dep in ("conj", "xcomp") and toks[chain[-1]].head != chain[-1]:
            chain.append(toks[chain[-1]].head)  # "(It is going to) ... transform Y": the subject is the matrix verb's
        subject = next((tr.subject(i) for i in chain if tr.subject(i) is not None), None)
        helpers = [a for i in chain for a in tr.children(i, "aux", "aux:pass", "cop") if a.i in part.keep]
        if subject is not None and subject.i not in part.keep and subject.feature("PronType") == "Rel":
            stands_in = toks[head].head
            subject = toks[stands_in] if toks[head].dep == "acl:relcl" and stands_in in part.keep else None
        if subject is not None and subject.i in part.keep:
            own = toks[head].feature("VerbForm") == "Fin" or toks[head].feature("Mood") in ("Ind", "Imp")
            return own or head in dict(part.swap) or any(a.feature("VerbForm") == "Fin" for a in helpers)
        return self.order_given(part)

    def order_given(self, part: Part) -> bool:
        """An instruction: a bare verb with no subject, and before it only 'please', 'do not', or a
        clause or phrase that leads in ("If you see him, call 999")."""
        tr, toks, head = self.tree, self.parse.tokens, part.head
        if toks[head].xpos != "VB" or any(a.lemma.lower() not in ("do", "not") for a in tr.children(head, "aux") if a.i in part.keep):
            return False
        leading = tr.under(head, "advcl", "obl", "advmod", "discourse", "intj", "aux", "mark", "cc")
        before = [i for i in part.keep if i < head and toks[i].upos != "PUNCT"]
        return all(i in leading or toks[i].text.lower() in ("please", "not", "never", "do") for i in before)

    def asides(self) -> set[int]:
        """Words that are not part of what is said: a name called out ("Thanks, Leon"), "yeah",
        "well", and the false start of a repair ("the - the schools"), with their words."""
        out: set[int] = set()
        for t in self.parse.tokens:
            if t.dep in ("vocative", "reparandum") or (t.dep == "discourse" and t.lemma.lower() != "please"):
                out |= self.tree.sub(t.i)
        return out | self._name_called_at_an_edge()

    def _name_called_at_an_edge(self) -> set[int]:
        """A name said to the listener at the start or the end ("Jon, the issue is ...", "Let us wait
        and see, Marius."), which the parser often takes for something else: one name set off by a
        comma, with a clause of its own beside it, and at the end not after a noun it could describe."""
        toks = self.parse.tokens
        words = [t for t in toks if t.upos != "PUNCT" or t.text == ","]
        if len(words) < 5:
            return set()
        for run in (words[:2], words[-2:]):
            name, comma = (run[0], run[1]) if run is words[:2] else (run[1], run[0])
            if name.upos != "PROPN" or comma.text != "," or name.dep in ("nsubj", "nsubj:pass", "obj"):
                continue
            if run is words[:2] and self.tree.subject(words[2].head) is None \
                    and not any(t.dep in ("nsubj", "nsubj:pass", "expl") for t in toks[words[2].i:]):
                continue  # "London, where ...": no clause beside it
            if run is words[-2:] and len(words) > 2 and words[-3].upos in ("NOUN", "PROPN"):
                continue  # "my friend, John": it may say who the friend is
            return {name.i, comma.i}
        return set()

    def noun_phrase(self, n: int, keep: frozenset[int], before: int, with_relative: bool = False) -> list[int]:
        """The words of the noun phrase headed by N that come before BEFORE: without its preposition,
        its punctuation, the nouns joined to it ("and Y"), and relative clauses on it unless
        WITH_RELATIVE (an antecedent keeps "who live in care": it says which children)."""
        leave = ("case", "cc", "punct", "conj") + (() if with_relative else ("acl:relcl",))
        toks, aside = self.parse.tokens, self.tree.under(n, *leave)
        return [i for i in sorted(self.tree.sub(n) & keep) if i < before and i not in aside and toks[i].upos != "PUNCT"]

    def without_opening_comma(self, span: frozenset[int]) -> frozenset[int]:
        """An aside's words without the comma that opened it."""
        return span - {min(span)} if self.parse.tokens[min(span)].upos == "PUNCT" else span

    def after_comma(self, span: frozenset[int]) -> bool:
        """Set off by a comma (its own, or the word before it): an aside, not part of what it follows."""
        first, toks = min(span), self.parse.tokens
        return toks[first].text == "," or (first > 0 and toks[first - 1].text == ",")

    # ---- the splits -------------------------------------------------------------------------

    def coordination(self, part: Part) -> list[Part] | None:
        """'The police will launch X and (they will) develop Y' -> two sentences, both with 'The police will'."""
        tr = self.tree
        heads = [part.head] + [c.i for c in tr.children(part.head, "ccomp") if tr.marks(c.i) in ("", "that")]
        # "It is going to secure X and transform Y": each verb with "It is going to"
        heads += [c.i for c in tr.children(part.head, "xcomp") if c.xpos == "VB" and tr.marks(c.i) == "to"]
        for h in heads:
            conj = [c for c in tr.children(h, "conj") if c.i in part.keep and c.i > h and (tr.clause(c.i) or self._predicate(part, h, c))]
            conj = [c for c in conj if self._joining(c) is not None]
            if not conj:
                continue
            first_conj = min(min(tr.sub(c.i)) for c in conj)
            shared_after = [k for k in tr.children(h) if k.i > first_conj and k.dep not in ("conj", "punct", "cc")]
            if shared_after:
                continue  # "build and run the schools": the object belongs to both verbs
            left = part.keep - frozenset().union(*(tr.sub(c.i) for c in conj))
            parts = [replace(part, keep=left)]
            for c in conj:
                parts.append(self._conjunct(part, h, c))
            if all(self.stands(p) for p in parts) and all(self._agrees(h, c) and self._parallel(h, c) for c in conj):
                return parts
        return None

    def _predicate(self, part: Part, h: int, c: Token) -> bool:
        """'X is the 11th winner and the first woman to receive it': in a long sentence a second
        thing said of the subject with 'is' (a noun or adjective joined by 'and', 'but') takes the
        subject and the 'is' too."""
        tr, toks = self.tree, self.parse.tokens
        return (part.words > SENTENCE_WORDS and bool(tr.children(h, "cop")) and tr.subject(h) is not None
                and c.upos in ("NOUN", "PROPN", "ADJ") and toks[h].upos in ("NOUN", "PROPN", "ADJ")
                and bool(tr.children(c.i, "cc")) and len(tr.sub(c.i) & part.keep) >= 3)

    def run_on(self, part: Part) -> list[Part] | None:
        """'we should not be fighting over water, we should be focused on ...' -> two sentences: a
        clause with its own subject and verb hung on the main one after a comma, a colon or a dash
        (what a speaker runs on with, and the parser calls parataxis)."""
        tr, toks = self.tree, self.parse.tokens
        for p in tr.children(part.head, "parataxis"):
            span = tr.sub(p.i) & part.keep
            if p.i not in part.keep or p.i < part.head or tr.subject(p.i) is None or not tr.finite(p.i):
                continue
            first = min(span)
            before = [t for t in toks[:first] if t.i in part.keep][-1:] + [toks[first]]
            if not any(t.text in (",", ":", ";", "-", "–", "—", "…") for t in before):
                continue
            if tr.subject(p.i).feature("PronType") == "Rel":
                continue
            new = Part(self.parse, frozenset(i for i in span if i != first or toks[first].upos != "PUNCT"), p.i)
            main = replace(part, keep=part.keep - span)
            if new.words >= 4 and main.words >= 4 and self.stands(main) and self.stands(new):
                return [main, new]
        return None

    def _parallel(self, h: int, c: Token) -> bool:
        """Is the conjunct a verb phrase like the first, so that it can take the first one's subject
        and helping verb? Not one with a "by" or "to" of its own ("... and by investing in our
        universities"), not a bare verb after a subject it cannot have ("I am delighted to join you
        and address you": "Address you" is no order), and not a form the shared helping verb cannot
        take ("we have brought down ... and developing guidelines")."""
        tr, toks = self.tree, self.parse.tokens
        if needs_object(toks[h]) and not tr.children(h, "obj", "ccomp", "xcomp", "iobj") and tr.children(c.i, "obj"):
            return False  # "to identify and remove those who ...": the object is both verbs'
        if tr.subject(c.i) is not None:
            return True
        if any(m.upos in ("ADP", "SCONJ") or m.xpos == "TO" for m in tr.children(c.i, "mark")):
            return False
        subject = tr.subject(h)
        top = h
        while toks[top].dep == "conj" and toks[top].head != top:
            top = toks[top].head
        if toks[top].dep == "xcomp":  # "(is going to) secure X, transform Y and build Z": each a bare verb
            return toks[c.i].xpos == "VB" and not tr.children(c.i, "aux", "aux:pass", "cop", "mark")
        if subject is None:
            return self.order_given(Part(self.parse, frozenset(tr.sub(h)), h))  # "Stay in and close your windows"
        if tr.children(c.i, "aux", "aux:pass", "cop"):
            return True
        if toks[c.i].upos not in ("VERB", "AUX"):
            return bool(tr.children(h, "cop"))  # "is the 11th winner and the first woman ...": the "is" is both
        helpers = self._helping_verbs(h)
        if not helpers:
            return toks[c.i].feature("VerbForm") == "Fin" or toks[c.i].xpos in ("VBD", "VBZ", "VBP")
        return not verb_form_problem_after(helpers[-1], toks[c.i])

    def _helping_verbs(self, h: int) -> list[Token]:
        """The auxiliaries of H a conjunct shares ("will", "has been"), in order, without a "not"."""
        return [a for a in self.tree.children(h, "aux", "aux:pass") if a.text.lower() not in ("not", "n't")]

    def _agrees(self, h: int, c: Token) -> bool:
        """A subject copied from the first conjunct must agree with the conjunct's own verb: "I ...
        and is excluded" is the parser joining two clauses that are not joined, and "I is excluded"
        would give the speaker someone else's verb."""
        tr = self.tree
        subject = tr.subject(h)
        if subject is None or tr.subject(c.i) is not None:
            return True
        verbs = [self.parse.tokens[c.i]] + tr.children(c.i, "aux", "aux:pass", "cop")
        finite = [v for v in verbs if v.xpos in ("VBZ", "VBP")]
        if not finite or tr.children(subject.i, "conj"):
            return True
        # The verb's own form, not the tagger's guess at its person: "is", "has", "-s" are third
        # person singular; "am" and "are" are not.
        third_singular = subject.feature("Person") == "3" or (subject.upos in ("NOUN", "PROPN") and subject.feature("Number") != "Plur")
        if subject.feature("Person") in ("1", "2") or subject.feature("Number") == "Plur":
            third_singular = False
        v = finite[0]
        if v.xpos == "VBZ":
            return third_singular
        return not (third_singular and v.text.lower() in ("am", "are"))

    def _joining(self, c: Token) -> str | None:
        ccs = [t.text.lower() for t in self.tree.children(c.i, "cc")]
        if not ccs:
            return ""  # "A, B and C": the last conjunct carries the "and"
        return JOINING.get(ccs[0])

    def _conjunct(self, part: Part, h: int, c: Token) -> Part:
        tr = self.tree
        outside = part.keep - tr.sub(h)  # "The report found that" around a reported clause
        if self.parse.tokens[h].dep == "xcomp":  # "We have got to": what hangs after the verbs is not shared
            outside = frozenset(i for i in outside if i < h or self.parse.tokens[i].text in ".?!")
        keep = set(outside | (tr.sub(c.i) & part.keep))
        keep -= {t.i for t in tr.children(c.i, "cc")}
        if self.parse.tokens[h].dep == "xcomp":
            keep |= {m.i for m in tr.children(h, "mark") if m.xpos == "TO"}  # "to transform Y"
        imperative = any(a.lemma.lower() == "do" for a in tr.children(c.i, "aux")) and self.parse.tokens[c.i].xpos == "VB"
        if tr.subject(c.i) is None and not imperative:
            subject = tr.subject(h)
            if subject is not None:
                keep |= tr.sub(subject.i) & part.keep
                if self.parse.tokens[c.i].upos not in ("VERB", "AUX") and not tr.children(c.i, "cop"):
                    keep |= {a.i for a in tr.children(h, "aux", "cop") if a.text.lower() not in ("not", "n't")}  # "... is the first woman"
                elif not tr.children(c.i, "aux", "aux:pass", "cop"):
                    helpers = self._helping_verbs(h)
                    if not helpers or not verb_form_problem_after(helpers[-1], self.parse.tokens[c.i]):
                        keep |= {a.i for a in helpers}
        start = min(tr.sub(tr.subject(h).i)) if tr.subject(h) is not None else h
        for k in tr.children(h, *SHARED_OPENERS):
            if k.i < start and k.i in part.keep:
                keep |= tr.sub(k.i) & part.keep  # "In 2015, ..." / "If you see him, ..." opens both
                comma = max(tr.sub(k.i)) + 1
                if comma in part.keep and self.parse.tokens[comma].text == ",":
                    keep.add(comma)
        prefix = self._joining(c) or ""
        return Part(self.parse, frozenset(keep), c.i, prefix=prefix)

    def adverbial(self, part: Part) -> list[Part] | None:
        """'X, because Y' -> 'X. This is because Y.'; 'Although Y, X' -> 'Y. But X.'"""
        tr = self.tree
        heads = [part.head] + [c.i for c in tr.children(part.head, "ccomp") if c.i in part.keep]
        for h in heads:
            for a in tr.children(h, "advcl"):
                if a.i not in part.keep:
                    continue
                mark = tr.marks(a.i)
                if mark in CONDITIONS or not mark:
                    continue
                marks = tr.under(a.i, "mark")
                clause = (tr.sub(a.i) & part.keep) - marks
                main = replace(part, keep=part.keep - tr.sub(a.i))
                if not self._clause_at_an_edge(main, clause):
                    continue  # the main clause goes on after it: the parse has hung its words wrongly
                if mark in REASONS:
                    pieces = [main, Part(self.parse, frozenset(clause), a.i, prefix=REASONS[mark])]
                elif mark in PURPOSES and part.words > SENTENCE_WORDS and self.parse.tokens[h].lemma.lower() not in _TAKES_INFINITIVE \
                        and self.parse.tokens[h].upos != "ADJ" and not tr.children(h, "cop") and self.parse.tokens[a.i].xpos == "VB" \
                        and bool(tr.children(h, "obj", "ccomp", "xcomp", "iobj", "nsubj:pass", "obl")):
                    # not what an adjective needs ("committed to steering", "delighted to join you"), and
                    # not from a verb with nothing of its own, which says nothing without it ("We will act quickly.")
                    pieces = [main, self._purpose(part, a, clause, PURPOSES[mark])]
                elif mark in TIMES and self.parse.tokens[a.i].xpos == "VBD" and part.words > SENTENCE_WORDS:
                    pieces = [main, Part(self.parse, frozenset(clause), a.i, prefix=TIMES[mark])]
                elif mark in CONTRASTS and tr.subject(a.i) is not None:
                    pieces = [Part(self.parse, frozenset(clause), a.i), replace(main, prefix=(main.prefix or "But"))]
                else:
                    continue
                if all(self.stands(p) for p in pieces):
                    return pieces
        return None

    def _clause_at_an_edge(self, main: Part, clause: frozenset[int]) -> bool:
        """A side clause comes before or after its main clause, or sits between commas or dashes:
        main-clause words on both sides of it ("... this year and next, so that no head teacher
        has to choose between paying their staff || fairly and keeping class sizes down") mean the
        parser hung words of the side clause on the main verb, and a split would garble both."""
        toks = self.parse.tokens
        words = [i for i in clause if toks[i].upos != "PUNCT"]
        if not words:
            return True
        first, last = min(words), max(words)
        before = [i for i in main.keep if i < first and toks[i].upos != "PUNCT"]
        after = [i for i in main.keep if i > last and toks[i].upos != "PUNCT"]
        if not before or not after:
            return True
        left = first > 0 and toks[first - 1].text in ",-;(" or (first > 1 and toks[first - 2].text in ",-;(")
        right = last + 1 < len(toks) and toks[last + 1].text in ",-;)"
        return left and right

    def _purpose(self, part: Part, a: Token, clause: frozenset[int], prefix: str) -> Part:
        """'to make sure (that) X' says X is the aim: 'This is so that X.' Otherwise 'This is to ...'."""
        tr, toks = self.tree, self.parse.tokens
        sure = [t for t in toks[a.i + 1:a.i + 2] if t.text.lower() == "sure" and t.i in clause]
        if toks[a.i].lemma.lower() == "make" and sure:
            after = [i for i in sorted(clause) if i > sure[0].i]
            if after and toks[after[0]].text.lower() == "that":
                after = after[1:]
            if len(after) >= 3:
                return Part(self.parse, frozenset(after), after[0], prefix=REASONS["so that"], context=True)
        return Part(self.parse, frozenset(clause), a.i, prefix=prefix, context=True)

    def reduced_relative(self, part: Part) -> list[Part] | None:
        """'a new operation led by the National Crime Agency' -> '... a new operation.' and 'The
        National Crime Agency will lead the new operation.' (in the tense of the sentence)."""
        tr, toks = self.tree, self.parse.tokens
        for n in sorted(part.keep):
            for r in tr.children(n, "acl"):
                agents = [c for c in tr.children(r.i, "obl:agent") if c.i in part.keep]
                if r.i not in part.keep or r.xpos != "VBN" or not agents or r.i < n or tr.children(r.i, "nsubj", "nsubj:pass", "aux"):
                    continue
                if toks[n].dep not in ("obj", "nsubj", "nsubj:pass") or toks[n].head != part.head:
                    continue  # only what the clause is about: deeper down, a wrong attachment costs the sense
                span = tr.sub(r.i) & part.keep
                agent = agents[0]
                by = tr.under(agent.i, "case")
                who = [i for i in sorted(tr.sub(agent.i) & part.keep) if i not in by and toks[i].upos != "PUNCT"]
                thing = self.noun_phrase(n, part.keep, r.i)
                verb = _verb_like(self, part.head, toks[r.i].lemma)
                if not who or not thing or verb is None or len(who) + len(thing) + 1 > SENTENCE_WORDS:
                    continue
                rest = [i for i in sorted(span) if i not in tr.sub(agent.i) and i != r.i and toks[i].upos != "PUNCT"]
                more = [c for c in tr.children(r.i, "advcl") if c.xpos == "VBG" and not tr.children(c.i, "mark", "nsubj")]
                if set(rest) - set().union(*(tr.sub(c.i) for c in more), set()):
                    continue  # more hangs on the verb than a participle: keep the sentence as it is
                swap = {r.i: verb}
                if toks[who[0]].upos != "PROPN" or toks[who[0]].text.lower() == "the":
                    swap[who[0]] = toks[who[0]].text[:1].upper() + toks[who[0]].text[1:]
                swap[thing[0]] = "the" if toks[thing[0]].text.lower() in ("a", "an") else toks[thing[0]].text if toks[thing[0]].upos == "PROPN" else toks[thing[0]].text.lower()
                order = tuple(who + [r.i] + thing)
                new = Part(self.parse, frozenset(order), r.i, swap=tuple(sorted(swap.items())), order=order, context=True)
                main = replace(part, keep=part.keep - span)
                pieces = [main, new]
                for c in more:  # "..., bringing together Y" -> "This will bring together Y."
                    form = _verb_like(self, part.head, toks[c.i].lemma)
                    if form is None:
                        break
                    pieces.append(Part(self.parse, frozenset(tr.sub(c.i) & part.keep), c.i, prefix="This", swap=((c.i, form),), context=True))
                else:
                    if self.stands(main):
                        return pieces
        return None

    def relative(self, part: Part) -> list[Part] | None:
        """'a new operation, which will be led by X,' -> '... a new operation. The new operation will be led by X.'"""
        tr, toks = self.tree, self.parse.tokens
        for n in sorted(part.keep):
            for r in tr.children(n, "acl:relcl"):
                span = tr.sub(r.i) & part.keep
                if r.i not in part.keep or not self.after_comma(span):
                    continue  # no comma: the clause says which one is meant, and stays
                pronoun = [t for t in tr.children(r.i, "nsubj", "nsubj:pass") if t.feature("PronType") == "Rel" and t.text.lower() in ("which", "who", "that")]
                # "the report, which the Treasurer will release soon," -> "The Treasurer will release the report soon."
                said_of = [t for t in tr.children(r.i, "obj") if t.feature("PronType") == "Rel" and t.text.lower() in ("which", "whom")]
                if not pronoun and not (said_of and tr.subject(r.i) is not None):
                    continue
                antecedent = set(self.noun_phrase(n, part.keep, min(span), with_relative=True))
                if not antecedent:
                    continue
                first = min(antecedent)
                if pronoun:
                    keep = frozenset((self.without_opening_comma(span) - {pronoun[0].i}) | antecedent)
                    swap = ((first, "The"),) if toks[first].text.lower() in ("a", "an") else ()
                    new = Part(self.parse, keep, r.i, swap=swap)
                else:
                    gap = said_of[0].i
                    clause = sorted(self.without_opening_comma(span) - {gap})
                    at = next((k for k, i in enumerate(clause) if i > r.i), len(clause))  # the object goes after its verb
                    order = tuple(clause[:at] + sorted(antecedent) + clause[at:])
                    word = toks[first].text
                    lowered = "the" if word.lower() in ("a", "an", "the") else word if toks[first].upos == "PROPN" else word.lower()
                    new = Part(self.parse, frozenset(order), r.i, swap=((first, lowered),), order=order)
                pieces = [replace(part, keep=part.keep - span), new]
                if pieces[1].words >= 4 and all(self.stands(p) for p in pieces):
                    return pieces
        return None

    def figures(self, part: Part) -> list[Part] | None:
        """'We are providing $26 billion for roads, $20 billion for the fund and $5 billion for
        broadband.' -> one sentence for each figure, each with 'We are providing': a list whose
        items each start with a number says the same verb of each (the parser rarely joins such a
        list the same way twice, so the items are found by their numbers and what separates them)."""
        toks = self.parse.tokens
        kept = sorted(part.keep)
        after = [i for i in kept if i > part.head]
        starts: list[int] = []
        for n, i in enumerate(after):
            before = toks[after[n - 1]].text.lower() if n else ""
            opens = (bool(starts) and before in (",", "and")) or (n == 0 and i == part.head + 1)  # the list starts right after the verb
            if opens and self._figure_at(i) and (not starts or i > starts[-1] + 1):
                starts.append(i)
        if len(starts) < 2:
            return None
        prefix = [i for i in kept if i < starts[0] and toks[i].upos != "PUNCT"]
        if part.head not in prefix or self.tree.subject(part.head) is None or self.tree.subject(part.head).i not in prefix:
            return None
        end = [i for i in kept if toks[i].text in ".!?"]
        pieces = []
        for k, a in enumerate(starts):
            b = starts[k + 1] if k + 1 < len(starts) else max(kept) + 1
            item = [i for i in kept if a <= i < b and toks[i].text not in ".!?"]
            while item and toks[item[-1]].text.lower() in (",", "and"):
                item.pop()
            if len(item) < 2:
                return None
            pieces.append(Part(self.parse, frozenset(prefix + item + end), part.head))
        return pieces if all(self.stands(p) for p in pieces) else None

    def _figure_at(self, i: int) -> bool:
        """Does a number (with its currency sign, or 'almost', 'about', 'more than' before it) start at I?"""
        toks = self.parse.tokens
        j = i
        while j < len(toks) and toks[j].text.lower() in _FIGURE_OPENERS:
            j += 1
        if j < len(toks) and toks[j].text in ("$", "£", "€"):
            j += 1
        return j < len(toks) and toks[j].upos == "NUM" and j - i <= 3

    def summary(self, part: Part) -> list[Part] | None:
        """'X will rise by 4.1% to £12.71 an hour, a pay rise for 3 million people.' -> '... an hour.'
        and 'This is a pay rise for 3 million people.': a noun phrase at the end, after a comma, that
        sums up what the clause said (the parser hangs it on the last noun, as a conjunct or an
        apposition)."""
        tr, toks = self.tree, self.parse.tokens
        kept = sorted(i for i in part.keep if toks[i].upos != "PUNCT" or toks[i].text == ",")
        commas = [k for k, i in enumerate(kept) if toks[i].text == ","]
        if not commas:
            return None
        span = kept[commas[-1] + 1:]
        if len(span) < 3 or toks[span[0]].text.lower() not in ("a", "an"):
            return None
        heads = [i for i in span if toks[i].head not in span or toks[i].head == i]
        if len(heads) != 1 or toks[heads[0]].upos != "NOUN" or toks[heads[0]].dep not in ("appos", "conj") or tr.children(heads[0], "cc"):
            return None
        if any(toks[i].upos in ("VERB", "AUX") for i in span) or set(span) != {i for i in tr.sub(heads[0]) & part.keep if toks[i].upos != "PUNCT"}:
            return None
        main = replace(part, keep=part.keep - set(span) - {kept[commas[-1]]})
        said = Part(self.parse, frozenset(span), heads[0], prefix="This is", context=True)
        return [main, said] if self.stands(main) and main.words >= 4 else None

    def apposition(self, part: Part) -> list[Part] | None:
        """'Baroness Casey, the crossbench peer, said ...' -> '... said ...' and 'Baroness Casey is the crossbench peer.'"""
        tr, toks = self.tree, self.parse.tokens
        for n in sorted(part.keep):
            for ap in tr.children(n, "appos"):
                span = tr.sub(ap.i) & part.keep
                if ap.i not in part.keep or not self.after_comma(span) or ap.i < n:
                    continue
                if [toks[n].upos, ap.upos].count("PROPN") != 1:
                    continue  # a name and what it is; two names side by side are a list more often than not
                name = frozenset(self.noun_phrase(n, part.keep, min(span)))
                if not name:
                    continue
                be = "are" if toks[n].feature("Number") == "Plur" else "is"
                body = self.without_opening_comma(span)
                said = Part(self.parse, name | body, n, prefix="", swap=((max(name), f"{toks[max(name)].text} {be}"),))
                main = replace(part, keep=part.keep - span)
                if self.stands(main) and said.words >= 4:
                    return [main, said]
        return None

    def participle(self, part: Part) -> list[Part] | None:
        """'The operation will start in May, bringing together X' -> '... in May. The operation will bring together X.'"""
        tr, toks = self.tree, self.parse.tokens
        h = part.head
        subject = tr.subject(h)
        if subject is None or subject.i not in part.keep:
            return None
        for a in tr.children(h, "advcl"):
            span = tr.sub(a.i) & part.keep
            if a.i not in part.keep or a.xpos != "VBG" or tr.subject(a.i) or tr.children(a.i, "mark", "aux"):
                continue
            if a.i < h or not self.after_comma(span):
                continue
            verb = _verb_like(self, h, toks[a.i].lemma)
            if verb is None:
                continue
            new = Part(self.parse, frozenset(span | (tr.sub(subject.i) & part.keep)), a.i, swap=((a.i, verb),))
            pieces = [replace(part, keep=part.keep - span), new]
            if all(self.stands(p) or p is new for p in pieces) and new.words >= 4:
                return pieces
        return None

    def context_phrase(self, part: Part) -> list[Part] | None:
        """'In the Crime and Policing Bill, we are bringing in X' -> 'We are bringing in X.' and
        'This is in the Crime and Policing Bill.' (a context sentence, as DisSim writes them)."""
        tr, toks = self.tree, self.parse.tokens
        h = part.head
        subject = tr.subject(h)
        if subject is None or subject.i not in part.keep:
            return None
        for o in tr.children(h, "obl", "obl:tmod"):
            if o.i not in part.keep:
                continue
            span = tr.sub(o.i) & part.keep
            words = [i for i in span if toks[i].upos != "PUNCT"]
            if not words:
                continue
            after = max(words) + 1  # the comma may hang on the phrase
            if max(span) > subject.i or after >= len(toks) or toks[after].text != ",":
                continue
            if not 2 <= sum(1 for i in span if toks[i].upos != "PUNCT") <= 8 or not tr.children(o.i, "case"):
                continue
            if self._phrase(span) in _JOINING_PHRASES:
                continue  # "In other words, ..." tells nothing on its own: compress may drop it
            main = replace(part, keep=part.keep - span)
            be = _be_like(self, h)
            if be and self.stands(main):
                return [main, Part(self.parse, frozenset(span), o.i, prefix=be, context=True)]
        return None

    def context(self, part: Part) -> list[Part] | None:
        """'past reviews, including the 7-year inquiry' -> 'past reviews.' and 'This includes the
        7-year inquiry.'; ', despite years of worries' -> 'This is despite years of worries.'"""
        tr, toks = self.tree, self.parse.tokens
        for n in sorted(part.keep):
            for m in tr.children(n, "nmod", "obl", "advcl"):
                span = tr.sub(m.i) & part.keep
                case = " ".join(c.text.lower() for c in tr.children(m.i, "case", "mark") for c in sorted(tr.sub(c.i), key=lambda x: x) for c in [toks[c]])
                if case not in CONTEXTS or m.i not in part.keep or not self.after_comma(span):
                    continue
                links = tr.under(m.i, "case", "mark")
                main = replace(part, keep=part.keep - span)
                new = Part(self.parse, frozenset(span - links), m.i, prefix=CONTEXTS[case], context=True)
                if self.stands(main) and new.words >= 4:
                    return [main, new]
        return None

    def own_frame(self, part: Part) -> list[Part] | None:
        """The speaker's words about their own talk: 'I can inform the House that X' says X ([X]);
        'I mentioned sport just now' says nothing ([]); None for anything else. Only 'I' or 'we' as
        the subject, in the present or after a modal, 'want to' or 'let me', and not denied: 'I told
        them that X' in the past is what happened, and stays."""
        tr, toks = self.tree, self.parse.tokens
        verb = toks[part.head]
        outer = verb
        if verb.lemma.lower() in ("want", "like", "wish", "let", "have") and tr.children(verb.i, "xcomp", "ccomp"):
            inner = [c for c in tr.children(verb.i, "xcomp", "ccomp") if c.lemma.lower() in _FRAMES]
            if not inner:
                return None
            verb = inner[0]  # "I want to stress that", "Let me say that"
        kind = _FRAMES.get(verb.lemma.lower())
        if kind is None or verb.upos != "VERB":
            return None
        subject = tr.subject(outer.i)
        people = [t for t in tr.children(outer.i, "obj") if outer.lemma.lower() == "let"]
        first_person = (subject is not None and subject.text.lower() in ("i", "we")) or (people and people[0].text.lower() in ("me", "us"))
        past = any(t.xpos == "VBD" or t.lemma.lower() == "have" for t in [outer] + tr.children(outer.i, "aux")) \
            and outer.lemma.lower() != "have"
        denied = any(t.lemma.lower() in ("not", "never") for t in tr.children(outer.i, "advmod") + tr.children(verb.i, "advmod"))
        if not first_person or denied or (past and kind == "assert"):
            return None
        clauses = [c for c in tr.children(verb.i, "ccomp") if c.i in part.keep and c.i > verb.i]
        if kind == "assert" and len(clauses) == 1:
            marks = tr.under(clauses[0].i, "mark").union(*(tr.under(k.i, "mark") for k in tr.children(clauses[0].i, "conj")))
            said = Part(self.parse, frozenset((tr.sub(clauses[0].i) & part.keep) - marks), clauses[0].i)
            return [said] if self.stands(said) else None
        if kind == "frame" and subject is not None and subject.text == "I" and not clauses and not tr.children(verb.i, "xcomp") and not any(
                self.parse.tokens[i].upos == "NUM" for i in part.keep) and not any(c.i in part.keep for c in tr.children(outer.i, "conj")):
            return []
        return None

    def factive(self, part: Part) -> list[Part] | None:
        """'Parliament will know that on Friday, 7 men were found guilty ...' -> 'On Friday, 7 men
        were found guilty ...': a factive verb's clause is true by what the speaker said."""
        tr, toks = self.tree, self.parse.tokens
        h = part.head
        if toks[h].lemma.lower() not in _FACTIVE or tr.children(h, "advmod") and any(t.lemma == "not" for t in tr.children(h, "advmod")):
            return None
        for c in tr.children(h, "ccomp"):
            if c.i not in part.keep or c.i < h:
                continue
            marks = tr.under(c.i, "mark")
            inner = Part(self.parse, frozenset((tr.sub(c.i) & part.keep) - marks), c.i)
            if self.stands(inner):
                return [inner]
        return None

    def compress(self, part: Part) -> Part:
        """A part still over the limit loses adverbs that add nothing a reader needs ("also",
        "closely") and asides between commas without a number or a name in them."""
        tr, toks = self.tree, self.parse.tokens
        if part.words <= SENTENCE_WORDS or part.order:
            return part
        keep = set(part.keep)
        for t in toks:
            if t.i in keep and t.dep == "advmod" and t.text.lower() in _DROPPABLE and not tr.kids[t.i]:
                keep.discard(t.i)
        for t in toks:
            if t.i not in keep or t.dep not in ("obl", "advmod") or t.head == t.i or toks[t.head].upos not in ("VERB", "AUX"):
                continue
            if t.dep == "obl" and not tr.children(t.i, "case"):
                continue  # only a phrase with its preposition ("for too long"), never a list's item
            span = tr.sub(t.i) & keep
            end = max(span) + 1
            inside = {toks[i].upos for i in span}
            bounded = self.after_comma(frozenset(span)) and end < len(toks) and toks[end].text in ",."
            if bounded and not inside & {"NUM", "PROPN"} and len(span) <= 6 and t.head in keep:
                keep -= span
        return self._within_ceiling(self._without_edge_phrases(replace(part, keep=frozenset(keep))))

    def _within_ceiling(self, part: Part) -> Part:
        """A part still over the ceiling would be left out whole, and what it says lost with it. So
        it loses, last first, the phrases hung on its main verb that it can do without (a time,
        a manner, an aside between dashes, a reason given in passing), never its subject, object or
        complement, a condition, "not" or "only", a number or a name, until it is within the
        ceiling and still stands; if it cannot get there it stays as it was (and is left out)."""
        tr, toks = self.tree, self.parse.tokens
        if part.words <= SENTENCE_MAX_WORDS or part.order or part.context:
            return part
        keep = set(part.keep)

        h = part.head
        dependents = sorted((c for c in tr.children(h, *_SPARE_DEPS) if c.i in keep), key=lambda c: -c.i)
        for c in dependents:
            if replace(part, keep=frozenset(keep)).words <= SENTENCE_MAX_WORDS:
                break
            if c.i not in keep:
                continue  # went with a phrase before it
            span = set(tr.sub(c.i) & keep)
            if c.dep == "advcl" and (tr.marks(c.i) in CONDITIONS or tr.marks(c.i) in TIMES):
                continue  # "until ...", "before you drink it": what an instruction depends on
            if self._carries_meaning(span):
                continue
            if any(t.dep in SUBJECTS for t in (toks[i] for i in span)) and not (c.dep == "advcl" and tr.marks(c.i)):
                continue  # a clause of its own, maybe what the sentence says ("I am sure the Treasury ... will act")
            if c.dep == "obl" and min(span) > h and not (min(span) > 0 and toks[min(span) - 1].text in ",-"):
                continue  # after its verb, unless set off, it may be what the verb needs: "bring back into public ownership"
            before, after = min(span) - 1, max(span) + 1
            if before >= 0 and toks[before].text in ",-" and before in keep:
                span.add(before)  # the comma or dash that set it off
            elif after < len(toks) and toks[after].text in ",-" and after in keep:
                span.add(after)
            keep -= span
        new = replace(part, keep=frozenset(keep))
        last = max((i for i in keep if toks[i].upos != "PUNCT"), default=h)
        ends_open = toks[last].upos in ("VERB", "AUX", "ADP", "PART", "SCONJ", "CCONJ", "DET")  # "... is leading."
        return new if new.words <= SENTENCE_MAX_WORDS and not ends_open and self.stands(new) else part

    def _carries_meaning(self, span: set[int], words: frozenset[str] = _KEEPS_MEANING) -> bool:
        """A number, a name, a condition or one of WORDS (by lemma): a phrase with one never goes to
        shorten a sentence. A sentence over the ceiling keeps every word of content/plain/
        meaning_words.txt ("still", "even", "already" too); an aside at its edge only "not" and "only"."""
        inside = [self.parse.tokens[i] for i in span]
        if {t.upos for t in inside} & {"NUM", "PROPN"}:
            return True
        return any(t.lemma.lower() in words or t.text.lower() in CONDITIONS for t in inside)

    def _phrase(self, span: set[int] | frozenset[int]) -> str:
        toks = self.parse.tokens
        return " ".join(toks[i].text.lower() for i in sorted(span) if toks[i].upos != "PUNCT")

    def _without_edge_phrases(self, part: Part) -> Part:
        """Still too long: a phrase set off by a comma at either end of the clause, that is not its
        subject, object, a condition or a clause with its own subject, and has no number, name or
        "not" in it ("Here in our own region, ...", "In other words, ...", "As I said, ...") goes,
        (deletion-based compression, as in Filippova and Altun 2013)."""
        tr, toks = self.tree, self.parse.tokens
        keep = set(part.keep)

        def removable(span: set[int]) -> bool:
            inside = [toks[i] for i in span]
            tops = [t for t in inside if t.head not in span or t.head == t.i]
            if not span or len(tops) != 1 or tops[0].dep not in _ASIDE_DEPS:
                return False  # not one phrase hung on the clause
            if self._carries_meaning(span, _NEGATION) or tr.marks(tops[0].i) in CONDITIONS:
                return False
            # a clause of its own ("developing economies continue to grow, ..."), not an aside; "as I said" is one
            return not any(t.dep in SUBJECTS for t in inside) or tr.marks(tops[0].i) == "as"

        words = [i for i in sorted(keep) if toks[i].upos != "PUNCT"]
        if words:  # "In other words, ...", "As I said, ...": one joining phrase at the start
            for phrase in _JOINING_LONGEST_FIRST:
                n = len(phrase.split())
                comma = words[n - 1] + 1 if len(words) > n else None
                if comma is not None and comma in keep and toks[comma].text == "," and self._phrase(set(words[:n])) == phrase:
                    keep -= set(words[:n]) | {comma}
                    words = words[n:]
                    break
        comma = next((i for i in sorted(keep) if toks[i].text == "," and i < part.head), None)
        if comma is not None and words and words[0] < comma:
            front = {i for i in keep if i < comma}
            if removable({i for i in front if toks[i].upos != "PUNCT"}):
                keep -= front | {comma}
        if replace(part, keep=frozenset(keep)).words > SENTENCE_WORDS:
            comma = max((i for i in keep if toks[i].text == "," and i > part.head), default=None)
            if comma is not None:
                back = {i for i in keep if i > comma and toks[i].upos != "PUNCT"}
                if removable(back):
                    keep -= back | {comma}
        new = replace(part, keep=frozenset(keep))
        return new if new.words < part.words and self.stands(new) else part

    def active(self, part: Part) -> Part:
        """'X will be led by the agency' -> 'The agency will lead X' (rule 3), where it is safe to turn."""
        tr, toks = self.tree, self.parse.tokens
        h = part.head
        patient = [t for t in tr.children(h, "nsubj:pass") if t.i in part.keep]
        relative = toks[h].dep == "acl:relcl" and toks[h].head in part.keep
        if relative and not patient and any(t.feature("PronType") == "Rel" for t in tr.children(h, "nsubj:pass")):
            patient = [toks[toks[h].head]]  # "which" stood for the antecedent, which now opens the part
        agent = [t for t in tr.children(h, "obl:agent") if t.i in part.keep]
        passive = [t for t in tr.children(h, "aux:pass") if t.i in part.keep]
        if not (patient and agent and passive) or part.order:
            return part
        p, ag = patient[0], agent[0]
        if toks[p.i].upos == "PRON" or toks[ag.i].upos == "PRON" or tr.children(h, "advmod") and any(t.lemma == "not" for t in tr.children(h, "advmod")):
            return part
        psub, asub = tr.sub(p.i) & part.keep, tr.sub(ag.i) & part.keep
        if relative:
            psub = frozenset(i for i in psub if i < min(tr.sub(h)))
        words = [i for i in part.keep if toks[i].upos != "PUNCT"]
        if min(psub) != min(words) or max(asub) != max(words):
            return part  # only "X (aux) be VERBed by Y." as a whole: anything else could move wrongly
        aux = [t for t in tr.children(h, "aux") if t.i in part.keep]
        between = sorted(i for i in part.keep if max(psub) < i < min(asub) and i not in {a.i for a in passive} and i not in {a.i for a in aux} and i != h)
        by = [c.i for c in tr.children(ag.i, "case")]
        verb = _active_form(toks[h], aux, passive, toks[ag.i])
        if verb is None:
            return part
        agent_words = [i for i in sorted(asub) if i not in by]
        swap = dict(part.swap)
        swap[h] = verb
        if aux and aux[0].text.lower() in ("has", "have"):
            swap[aux[0].i] = "have" if toks[ag.i].feature("Number") == "Plur" else "has"
        first_patient = min(psub)
        if toks[first_patient].upos != "PROPN":
            swap[first_patient] = swap.get(first_patient, toks[first_patient].text).lower()
        order = tuple(agent_words + [a.i for a in aux] + [h] + sorted(psub) + between + [i for i in sorted(part.keep) if toks[i].upos == "PUNCT" and i > max(asub)])
        if toks[agent_words[0]].upos != "PROPN":
            swap[agent_words[0]] = toks[agent_words[0]].text[:1].upper() + toks[agent_words[0]].text[1:]
        return replace(part, keep=frozenset(order), order=order, swap=tuple(sorted(swap.items())))

    # ---- all together -----------------------------------------------------------------------

    def split(self, part: Part, depth: int = 0) -> list[Part]:
        if depth > 6:
            return [part]
        own = self.own_frame(part)
        if own is not None:
            return [q for p in own for q in self.split(p, depth + 1)]
        for rule in (self.coordination, self.run_on, self.relative) + ((self.adverbial,) if part.words > SENTENCE_WORDS else ()):
            pieces = rule(part)
            if pieces and self.names_whole(pieces):
                return [q for p in pieces for q in self.split(p, depth + 1)]
        if part.words > SENTENCE_WORDS:
            for rule in (self.factive, self.figures, self.summary, self.apposition, self.reduced_relative, self.participle, self.context, self.context_phrase):
                pieces = rule(part)
                if pieces and self.names_whole(pieces):
                    return [q for p in pieces for q in self.split(p, depth + 1)]
        return [part]

    def names_whole(self, pieces: list[Part]) -> bool:
        """A split never cuts a name in two ("... areas Greater." and "Manchester, ..."), nor two
        numbers joined by "and", "or" or "to" ("children aged 2." and "3 can get ..."): where the
        parser's tree runs across them, the tree is wrong, and so would the split be."""
        toks = self.parse.tokens
        pairs = [(t.i, t.i + 1) for t in toks[:-1] if t.upos == "PROPN" and toks[t.i + 1].upos == "PROPN"]
        pairs += [(t.i - 1, t.i + 1) for t in toks[1:-1]
                  if t.text.lower() in ("and", "or", "to") and toks[t.i - 1].upos == "NUM" and toks[t.i + 1].upos == "NUM"]
        return all((a in p.keep) == (b in p.keep) for p in pieces for a, b in pairs)


def _verb_like(s: Splitter, head: int, lemma: str) -> str | None:
    """The participle's verb in the tense of the main clause: 'will bring', 'brought', 'brings'."""
    tr, toks = s.tree, s.parse.tokens
    modal = [a for a in tr.children(head, "aux") if a.text.lower() in MODALS | {"has", "have", "had"}]
    if modal:
        word = modal[0].text.lower()
        return f"{word} {lemma if word in MODALS else _inflect(lemma, 'VBN')}"
    tense = [toks[head]] + tr.children(head, "aux", "aux:pass", "cop")
    finite = [t for t in tense if t.feature("VerbForm") == "Fin"]
    if not finite:
        return None
    t = finite[0]
    if t.feature("Tense") == "Past":
        return _inflect(lemma, "VBD")
    subject = tr.subject(head)
    plural = subject is not None and (toks[subject.i].feature("Number") == "Plur" or toks[subject.i].text.lower() in ("i", "we", "you", "they"))
    return _inflect(lemma, "VBP" if plural else "VBZ")


def _be_like(s: Splitter, head: int) -> str | None:
    """'This is', 'This was' or 'This will be', in the tense of the clause the phrase came from."""
    tr, toks = s.tree, s.parse.tokens
    helpers = [toks[head]] + tr.children(head, "aux", "aux:pass", "cop")
    if any(a.text.lower() == "will" for a in helpers):
        return "This will be"
    finite = [t for t in helpers if t.feature("VerbForm") == "Fin"]
    if not finite:
        return None
    return "This was" if finite[0].feature("Tense") == "Past" else "This is"


def _active_form(verb: Token, aux: list[Token], passive: list[Token], agent: Token) -> str | None:
    if any(a.text.lower() == "being" for a in passive):
        return None
    if aux:
        word = aux[0].text.lower()
        if word in MODALS:
            return _inflect(verb.lemma, "VB")
        if word in ("has", "have", "had"):
            return _inflect(verb.lemma, "VBN")
        return None
    be = passive[0].text.lower()
    if be in ("was", "were"):
        return _inflect(verb.lemma, "VBD")
    if be in ("is", "are"):
        return _inflect(verb.lemma, "VBP" if agent.feature("Number") == "Plur" else "VBZ")
    return None


def render(part: Part) -> str:
    """The part's words as a sentence: the prefix, the words with their own spacing, commas tidied."""
    toks = part.parse.tokens
    swaps = dict(part.swap)
    kept: list[int] = []
    for i in list(part.order) if part.order else sorted(part.keep):
        t = toks[i]
        if t.upos == "PUNCT" and t.text in ",;:-" and (not kept or toks[kept[-1]].upos == "PUNCT" or kept[-1] != i - 1):
            continue  # a comma with nothing before it, after another mark, or that belonged to words left out
        if t.upos == "PUNCT" and t.text in ".?!" and kept and toks[kept[-1]].text in ",;:-":
            kept.pop()
        kept.append(i)
    while kept and toks[kept[-1]].upos == "PUNCT" and toks[kept[-1]].text in ",;:-":
        kept.pop()
    while kept and toks[kept[0]].upos == "PUNCT" and toks[kept[0]].text not in "\"'(":
        kept.pop(0)
    if not kept:
        return part.prefix
    first = next((i for i in kept if toks[i].upos != "PUNCT"), kept[0])
    pieces: list[str] = []
    for n, i in enumerate(kept):
        t = toks[i]
        text = swaps.get(i, t.text)
        if i == first and i not in swaps and t.upos != "PROPN" and t.text != "I":
            text = text[:1].upper() + text[1:]  # a word that now starts the sentence
        nxt = kept[n + 1] if n + 1 < len(kept) else None
        if nxt is None:
            space = False
        elif nxt == i + 1:
            space = t.space
        else:
            space = not (toks[nxt].upos == "PUNCT" and toks[nxt].text in ",.;:?!") and not toks[nxt].text.startswith("'")
        pieces.append(text + (" " if space else ""))
    text = "".join(pieces).strip()
    if part.prefix and text.split()[:1] and text.split()[0].lower() == part.prefix.split()[-1].lower():
        text = text.split(None, 1)[1] if len(text.split()) > 1 else ""  # "This is so that" + "that commuters ..."
    if part.prefix:
        common = toks[first].upos != "PROPN" and toks[first].text != "I" and first not in swaps
        text = f"{part.prefix} {text[:1].lower() + text[1:] if common else text}"
    return text


def without_asides(parse: Parse) -> str:
    """The sentence as said, less names called out, "yeah", "well" and repairs: for quoting a question."""
    aside = Splitter(parse).asides()
    keep = frozenset(t.i for t in parse.tokens if t.i not in aside)
    return render(Part(parse, keep, 0)) if keep else parse.text


def split_sentence(parse: Parse) -> list[str]:
    """The sentence as simpler sentences (just itself when it has no join the grammar allows to split)."""
    s = Splitter(parse)
    tr, toks = s.tree, parse.tokens
    roots = [t.i for t in parse.roots if t.upos != "PUNCT"]
    clauses = [r for r in roots if tr.clause(r) and len(tr.sub(r)) >= 3] or roots[:1]
    if not clauses:
        return [parse.text]
    owner = {}  # each word belongs to the clause root whose subtree holds it, or to the nearest one
    for r in roots:
        home = r if r in clauses else min(clauses, key=lambda c: (abs(c - r), c))
        for i in tr.sub(r):
            owner[i] = home
    for t in toks:
        if t.i not in owner:
            owner[t.i] = min(clauses, key=lambda c: (abs(c - t.i), c))
    # Two clauses are two sentences only across a full stop or a semicolon: "We also believe: ..."
    # hangs together, and its first half alone would say nothing.
    merged = [clauses[0]]
    for r in clauses[1:]:
        between = toks[max(i for i, o in owner.items() if o == merged[-1]):min(i for i, o in owner.items() if o == r) + 1]
        if any(t.text in (".", "!", "?", ";") for t in between):
            merged.append(r)
    rep = {c: max(m for m in merged if m <= c) for c in clauses}
    return _say(s, parse, merged, {i: rep[o] for i, o in owner.items()})


def _say(s: Splitter, parse: Parse, clauses: list[int], owner: dict[int, int]) -> list[str]:
    """Each clause root's words as a part, split by the rules, asides left out."""
    aside = s.asides()
    out: list[str] = []
    said_nothing = False  # a clause only about the talk itself ("I mentioned sport just now") goes
    for r in clauses:  # "We will do X. Baroness Casey has suggested this." is two sentences
        whole = Part(parse, frozenset(i for i, o in owner.items() if o == r and i not in aside), r)
        pieces = s.split(whole)
        said_nothing = said_nothing or not pieces
        out.extend(s.active(s.compress(p)).text() for p in pieces)
    return out if out or said_nothing else [parse.text]
