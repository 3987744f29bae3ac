"""The content loaders: one per file format, each read from real files in a folder of its own
(ACCESSIBLE_STATEMENT_CONTENT), and the rule that keeps word lists in content/ and out of the code."""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import pytest

from accessible_statement import paths
from accessible_statement.language import content, lexicon

SRC = Path(__file__).resolve().parents[3] / "src" / "accessible_statement"
CONTENT = Path(__file__).resolve().parents[3] / "content"


def _forget_everything_loaded() -> None:
    paths.content_dir.cache_clear()
    for module in (content, lexicon):
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """A content folder of the test's own: write(name, text) puts a file in it."""
    monkeypatch.setenv(paths.CONTENT_ENV, str(tmp_path))
    _forget_everything_loaded()

    def write(name: str, text: str) -> str:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return name

    yield write
    _forget_everything_loaded()  # the next user of a loader reads the real content/ again


# ---- the formats -------------------------------------------------------------------------------


def test_the_override_folder_is_the_one_read(folder, tmp_path):
    folder("x.txt", "one\n")
    assert paths.content_dir() == tmp_path
    assert content.lines("x.txt") == ("one",)


def test_a_line_list_skips_comments_and_blank_lines_and_keeps_order(folder):
    name = folder("plain/list.txt", "# header\n\n  zeta  \n   # indented comment\nalpha beta\nnot # a comment\n\t\n")
    assert content.lines(name) == ("zeta", "alpha beta", "not # a comment")


def test_a_word_set_is_lower_cased(folder):
    name = folder("w.txt", "# words\nThe\nthe\nSpeaker\nbackground noise\n")
    assert content.word_set(name) == frozenset({"the", "speaker", "background noise"})


def test_a_running_word_set_takes_every_word_of_every_line(folder):
    name = folder("w.txt", "# past forms\nwas were  Had\n\tsaid\n")
    assert content.running_word_set(name) == frozenset({"was", "were", "had", "said"})


def test_weighted_words_have_a_weight_or_weigh_one(folder):
    name = folder("w.txt", "# openers\nSo 3\ntoday 2\nfinally\n")
    weights = content.weighted_words(name)
    assert dict(weights) == {"so": 3, "today": 2, "finally": 1}
    with pytest.raises(TypeError):
        weights["new"] = 1  # shared by every caller: it cannot be changed


def test_a_tab_table_keeps_spaces_pads_and_cuts_to_its_columns(folder):
    name = folder("t.tsv", "# a\tb\nkey\t but \nlonely\na\tb\tc\n")
    assert content.table(name) == (("key", " but "), ("lonely", ""), ("a", "b"))
    assert content.table(name, 3) == (("key", " but ", ""), ("lonely", "", ""), ("a", "b", "c"))


def test_a_lookup_table_folds_its_keys_and_the_first_line_wins(folder):
    name = folder("l.tsv", "# verb\tform\nAm\t is \nare\tis\nam\twas\n")
    assert dict(content.lookup(name)) == {"am": "is", "are": "is"}


def test_terms_are_comma_separated_without_empty_ones():
    assert content.terms(" heritage, over-representation,, more likely to be ,") == (
        "heritage", "over-representation", "more likely to be",
    )
    assert content.terms("") == ()


def test_a_term_table_strips_its_fields_and_splits_its_last(folder):
    name = folder(
        "g.tsv",
        "# term\tmeaning\tforms\nabuse \tHurting someone.\tabused, abuses\nBaroness\tA title.\n",
    )
    assert content.term_table(name, 3) == (
        ("abuse", "Hurting someone.", ("abused", "abuses")),
        ("Baroness", "A title.", ()),
    )
    two = folder("b.tsv", "finding\theritage, asian\n")
    assert content.term_table(two) == (("finding", ("heritage", "asian")),)


def test_a_word_alternation_keeps_file_order_and_escapes_entries(folder):
    name = folder("a.txt", "# verbs\nset\nsets\ne.g.\nthe government\n")
    body = lexicon.word_alternation(name)
    assert body.split("|")[:2] == ["set", "sets"]
    pattern = re.compile(rf"^(?:{body})$")
    assert pattern.match("e.g.") and not pattern.match("eXgX")  # a dot is a dot
    assert pattern.match("the government")


def test_a_word_alternation_longest_first_keeps_file_order_within_a_length(folder):
    name = folder("a.txt", "noise\nmusic\nbackground noise\ncheers\nlaughs\n")
    assert lexicon.word_alternation(name, longest_first=True) == "background\\ noise|cheers|laughs|noise|music"


def test_a_regex_list_compiles_each_line_with_its_flags(folder):
    name = folder("r.txt", "# patterns\n^thank you\\b\n\\bpay tribute to\\b\n")
    plain = lexicon.regex_list(name)
    assert [p.pattern for p in plain] == ["^thank you\\b", "\\bpay tribute to\\b"]
    assert not plain[0].search("Thank you")
    assert lexicon.regex_list(name, re.I)[0].search("Thank you")


def test_regex_rules_keep_their_replacements_as_written(folder):
    name = folder("f.tsv", "# regex\treplacement\n^(?:and|so),?\\s+\t\n,?\\s*mr speaker,?\\s*\t \n")
    rules = lexicon.regex_rules(name)
    assert [r for _p, r in rules] == ["", " "]
    text = "So, we will act, Mr Speaker, now"
    for pattern, replacement in rules:
        text = pattern.sub(replacement, text)
    assert text == "we will act now"


def test_weighted_patterns_default_to_weight_one(folder):
    name = folder("i.tsv", "# regex\tweight\n\\bapolog\t4\n\\bwill\\b\n")
    (apology, four), (will, one) = lexicon.weighted_patterns(name)
    assert (four, one) == (4.0, 1.0)
    assert apology.search("An APOLOGY") and will.search("we will")


def test_a_substitution_table_is_whole_word_and_longest_first(folder):
    name = folder("p.tsv", "# phrase\treplacement\ncommence\tstart\nin order to\tto\nin order\tready\n")
    subs = lexicon.substitutions(name)
    assert subs.apply("Commence now, in order to help; commenced") == "Start now, to help; commenced"
    assert lexicon.substitutions("missing.tsv").apply("commence") == "commence"


def test_a_phrase_pattern_finds_whole_phrases_across_spaces(folder):
    name = folder("g.txt", "# phrases\nsex slaves\nlure\n")
    pattern = lexicon.phrase_pattern(name)
    assert pattern.search("treated as SEX\n  slaves") and pattern.search("to lure children")
    assert not pattern.search("alluring")
    assert lexicon.phrase_pattern(folder("empty.txt", "# nothing yet\n")) is None


def test_every_loader_reads_its_file_once(folder, tmp_path):
    name = folder("w.txt", "first\n")
    assert content.lines(name) == ("first",)
    (tmp_path / name).write_text("second\n", encoding="utf-8")
    assert content.lines(name) == ("first",)
    assert content.word_set(name) == {"first"}  # built on the cached read
    content._entries.cache_clear()
    content.lines.cache_clear()
    assert content.lines(name) == ("second",)


def test_a_missing_file_is_an_error(folder):
    with pytest.raises(FileNotFoundError):
        content.lines("plain/not-there.txt")


# ---- the real content/ -------------------------------------------------------------------------

_NAMED_FILE = re.compile(r"(?:(?:plain|sections|cleaning)/)?[\w-]+\.(?:txt|tsv)\Z")


def _content_files_named_in_code() -> set[str]:
    names = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and _NAMED_FILE.match(node.value):
                if "/" in node.value or node.value.endswith(".tsv"):  # not the bundled statement
                    names.add(node.value)
    return names


def test_every_content_file_the_code_names_is_there_says_what_it_is_and_has_entries():
    names = _content_files_named_in_code()
    assert len(names) > 60, sorted(names)
    for name in sorted(names):
        path = CONTENT / name
        assert path.is_file(), f"{name} is named in src/ but missing from content/"
        text = path.read_text(encoding="utf-8")
        assert text.startswith("#"), f"{name}: start with a comment that says what it is for and where it is used"
        assert any(line.strip() and not line.lstrip().startswith("#") for line in text.splitlines()), name


# ---- the rule: word lists live in content/ -----------------------------------------------------

RULED = ("plain", "sections", "clean", "read", "easy_read")
MAX_INLINE_WORDS = 6  # "and, so, but, because, yet, or" is grammar; a seventh word makes it a word list
_LOWER_WORD = re.compile(r"[a-z][a-z'-]*\Z")
# A run of lower-case words in a regular-expression alternation: "will|would|can", also between
# other alternatives ("\\w+ed|found|given|made").
_ALTERNATION = re.compile(r"(?<![\w\\])(?:[a-z][a-z' ]*\|)+[a-z][a-z' ]*(?!\w)")


def inline_word_lists(package: Path) -> list[str]:
    """Set, frozenset, tuple, list and dict literals of more than MAX_INLINE_WORDS lower-case words,
    and regex alternations of that many, in the modules of the ruled stages under PACKAGE."""
    found = []
    for stage in RULED:
        for path in sorted((package / stage).rglob("*.py")):
            where = path.relative_to(package)
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                elements = None
                if isinstance(node, (ast.Set, ast.Tuple, ast.List)):  # frozenset({...}) and set([...]) hold one
                    elements = node.elts
                elif isinstance(node, ast.Dict):
                    elements = [k for k in node.keys if k is not None]
                if elements is not None:
                    words = [e.value for e in elements if isinstance(e, ast.Constant) and isinstance(e.value, str) and _LOWER_WORD.match(e.value)]
                    if len(words) > MAX_INLINE_WORDS:
                        found.append(f"{where}:{node.lineno}: {len(words)} words ({', '.join(words[:5])}, ...)")
                elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                    for m in _ALTERNATION.finditer(node.value):
                        words = m.group(0).split("|")
                        if len(words) > MAX_INLINE_WORDS:
                            found.append(f"{where}:{node.lineno}: a regex of {len(words)} words ({'|'.join(words[:5])}|...)")
    return found


def test_no_word_lists_inline_in_the_stages():
    """A list of words goes in a content/ file that says what it is for, and the code loads it."""
    assert inline_word_lists(SRC) == []


_PUT_BACK = {
    "set": '\n_PHRASAL = {"deal", "dealt", "look", "looked", "carry", "carried", "set", "put", "take", "took"}\n',
    "frozenset": '\n_X = frozenset(("deal", "dealt", "look", "looked", "carry", "carried", "set"))\n',
    "membership": '\ndef f(w):\n    return w in ("action", "research", "data", "support", "funding", "money", "help")\n',
    "regex": '\n_P = re.compile(r"\\s+(?:in order )?to\\s+(?=(?:make|help|stop|protect|support|keep|find)\\b)", re.I)\n',
    "regex among others": '\n_Q = re.compile(rf"{_X}\\s+(?:\\w+ed|found|given|made|taken|seen|known|held)\\b")\n',
}


def _code_with(tmp_path: Path, extra: str) -> Path:
    """A copy of the ruled stages' code with EXTRA added to the end of plain/clauses.py."""
    copy = tmp_path / "accessible_statement"
    for stage in RULED:
        shutil.copytree(SRC / stage, copy / stage, ignore=shutil.ignore_patterns("__pycache__"))
    clauses = copy / "plain" / "clauses.py"
    clauses.write_text(clauses.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return copy


@pytest.mark.parametrize("kind", sorted(_PUT_BACK))
def test_the_rule_sees_a_word_list_put_back(kind, tmp_path):
    """The same check fails on a copy of the code with one of the old lists put back."""
    found = inline_word_lists(_code_with(tmp_path, _PUT_BACK[kind]))
    assert len(found) == 1 and found[0].startswith("plain/clauses.py:"), found


def test_six_words_of_grammar_may_stay(tmp_path):
    six = '\n_C = {"and", "so", "but", "because", "yet", "or"}\n_R = r"\\b(?:their|the|its|his|her|our)\\s"\n'
    assert inline_word_lists(_code_with(tmp_path, six)) == []
