"""The shipped parser: it loads from the package, parses English the way UD does, is as accurate
on the EWT test file as training/parser/metrics.json says, and parses each sentence once."""

import json
import os
from pathlib import Path

import pytest

from accessible_statement.language import parser
from support.common import ROOT

EWT_TEST = ROOT.parent / "shared" / "ud-english-ewt" / "en_ewt-ud-test.conllu"


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(parser, "_memory", {})
    monkeypatch.setattr(parser, "_disk", parser._DiskCache())


def by_word(p):
    return {t.text: t for t in p.tokens}


def test_a_plain_sentence_gets_its_subject_verb_and_object():
    p = parser.parse_sentence("The council will close the road on Monday.")
    w = by_word(p)
    assert [r.text for r in p.roots] == ["close"]
    assert w["council"].dep == "nsubj" and w["council"].head == w["close"].i
    assert w["road"].dep == "obj" and w["will"].dep == "aux"
    assert w["close"].upos == "VERB" and w["Monday"].upos == "PROPN"


def test_lemmas_and_features():
    w = by_word(parser.parse_sentence("The children were taken to hospital."))
    assert w["children"].lemma == "child" and w["children"].feature("Number") == "Plur"
    assert w["taken"].lemma == "take" and w["taken"].feature("VerbForm") == "Part"
    assert w["were"].dep in ("aux:pass", "aux")


def test_a_subordinate_clause_hangs_from_the_main_verb():
    p = parser.parse_sentence("If you see him, call 999 straight away.")
    w = by_word(p)
    assert w["call"].dep == "ROOT"
    assert w["see"].dep == "advcl" and w["see"].head == w["call"].i
    assert w["If"].dep == "mark" and w["If"].head == w["see"].i
    assert [t.text for t in p.subtree(w["see"])] == ["If", "you", "see", "him"]


def test_the_same_text_gives_the_same_parse_and_order_is_kept():
    texts = ["Boil your water before you drink it.", "We will deliver bottled water.", "Boil your water before you drink it."]
    first = parser.parse_sentences(texts)
    assert [p.text for p in first] == texts
    assert first[0] == first[2]
    parser._memory.clear()
    assert parser.parse_sentences(texts) == first  # from the disk cache, identical


def test_a_parse_is_made_once_then_read_from_the_cache(monkeypatch):
    parser.parse_sentences(["The helpline is open every day."])
    monkeypatch.setattr(parser, "_memory", {})
    def no_model():
        raise AssertionError("parsed again")
    monkeypatch.setattr(parser, "_nlp", no_model)
    assert parser.parse_sentence("The helpline is open every day.").roots


def test_a_cache_that_cannot_be_written_only_costs_time(tmp_path, monkeypatch):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert parser.parse_sentence("Schools will open on Tuesday.").roots


def _ewt_sentences(limit):
    sent, out = [], []
    for line in EWT_TEST.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if sent:
                out.append(sent)
                sent = []
                if len(out) == limit:
                    break
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                sent.append((cols[1], cols[3], int(cols[6]), cols[7]))
    return out


@pytest.mark.skipif(not EWT_TEST.is_file(), reason="shared/ is not beside this checkout")
def test_accuracy_on_ewt_test_sentences_matches_what_training_reported():
    """On 300 test sentences, parsed from their own words (not gold tokens): POS and attachment
    within a few points of the full-file figures training measured with gold tokens."""
    metrics = json.loads((ROOT / "training" / "parser" / "metrics.json").read_text())
    sents = [s for s in _ewt_sentences(400) if len(s) >= 3][:300]
    texts = [" ".join(w for w, *_ in s) for s in sents]
    parses = parser.parse_sentences(texts)
    pos = att = total = 0
    for gold, p in zip(sents, parses):
        if len(p.tokens) != len(gold):
            continue  # tokenised differently: not comparable word by word
        for (word, upos, head, _dep), t in zip(gold, p.tokens):
            total += 1
            pos += t.upos == upos
            att += (t.head + 1 if t.head != t.i else 0) == head
    assert total > 2000
    assert pos / total * 100 > metrics["upos"] - 3
    assert att / total * 100 > metrics["uas"] - 5
