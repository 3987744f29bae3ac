"""The English parser: words, tags, lemmas and dependencies, for rewriting by grammar.

spaCy's English models cannot be installed here (they are not on the registries), so the program
ships its own pipeline, trained by training/parser/train.py on Universal Dependencies English EWT
(CC BY-SA 4.0) and kept in language/parser_model/. spaCy loads only when a sentence is parsed
(about a second), never for `clean`. Each parse is kept as plain data in the user cache, keyed by
the model and the sentence's text, so a statement is parsed once: the cache is a SQLite file of
JSON, never pickles, and one that cannot be read or written only costs time.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from accessible_statement.paths import cache_folder

MODEL_DIR = Path(__file__).resolve().parent / "parser_model"
BATCH = 256


@dataclass(frozen=True)
class Token:
    """One word of a parse, in Universal Dependencies terms (upos, dep) with the Penn tag (xpos)."""

    i: int
    text: str
    lemma: str
    upos: str
    xpos: str
    morph: str  # "Number=Sing|Person=3", as UD writes features
    head: int  # index of the head word; the root is its own head
    dep: str
    space: bool  # a space follows it in the text

    def feature(self, name: str) -> str | None:
        for pair in self.morph.split("|"):
            key, _, value = pair.partition("=")
            if key == name:
                return value
        return None


@dataclass(frozen=True)
class Parse:
    """A sentence's words and their dependency tree."""

    text: str
    tokens: tuple[Token, ...]

    @cached_property
    def roots(self) -> tuple[Token, ...]:
        return tuple(t for t in self.tokens if t.dep == "ROOT" or t.head == t.i)

    def children(self, token: Token, *deps: str) -> list[Token]:
        return [t for t in self.tokens if t.head == token.i and t.i != token.i and (not deps or t.dep in deps)]

    def subtree(self, token: Token) -> list[Token]:
        """The token and every word under it, in the order of the sentence."""
        inside = {token.i}
        changed = True
        while changed:
            changed = False
            for t in self.tokens:
                if t.i not in inside and t.head in inside and t.head != t.i:
                    inside.add(t.i)
                    changed = True
        return [t for t in self.tokens if t.i in inside]

    def to_json(self) -> list:
        return [[t.text, t.lemma, t.upos, t.xpos, t.morph, t.head, t.dep, int(t.space)] for t in self.tokens]

    @staticmethod
    def from_json(text: str, rows: list) -> Parse:
        return Parse(text, tuple(Token(i, r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7])) for i, r in enumerate(rows)))


@lru_cache(maxsize=1)
def _nlp():
    import spacy  # heavy (about a second): only when something is parsed

    if not (MODEL_DIR / "meta.json").is_file():
        raise RuntimeError("the parser model is missing from the package; reinstall it or run training/parser/train.py")
    return spacy.load(MODEL_DIR)


@lru_cache(maxsize=1)
def model_id() -> str:
    """Changes when the model does: its meta and config, and the sizes of its weight files."""
    h = hashlib.sha256()
    for path in sorted(MODEL_DIR.rglob("*")):
        if path.is_file():
            h.update(f"{path.relative_to(MODEL_DIR)}:{path.stat().st_size}".encode())
            if path.name in ("meta.json", "config.cfg"):
                h.update(path.read_bytes())
    return h.hexdigest()[:16]


def _key(text: str) -> str:
    return hashlib.sha256(f"{model_id()}\0{text}".encode("utf-8")).hexdigest()


class _DiskCache:
    """Parses by key in one SQLite file in the user cache; any failure turns it off for this run."""

    def __init__(self) -> None:
        self._db = None  # a sqlite3.Connection once opened
        self._broken = False

    def _open(self):
        import sqlite3  # here: the reader's start asks for model_id only, and must not pay for this

        if self._db is None and not self._broken:
            try:
                folder = cache_folder()
                folder.mkdir(parents=True, exist_ok=True)
                self._db = sqlite3.connect(folder / "parses.sqlite3", timeout=2)
                self._db.execute("CREATE TABLE IF NOT EXISTS parse (key TEXT PRIMARY KEY, rows TEXT NOT NULL)")
            except (OSError, sqlite3.Error):
                self._broken = True
                self._db = None
        return self._db

    def get(self, keys: Sequence[str]) -> dict[str, list]:
        import sqlite3

        db = self._open()
        found: dict[str, list] = {}
        if db is None:
            return found
        try:
            for start in range(0, len(keys), 500):
                chunk = keys[start:start + 500]
                marks = ",".join("?" * len(chunk))
                for key, rows in db.execute(f"SELECT key, rows FROM parse WHERE key IN ({marks})", chunk):
                    found[key] = json.loads(rows)
        except (sqlite3.Error, ValueError):
            self._broken, self._db = True, None
        return found

    def put(self, items: Iterable[tuple[str, list]]) -> None:
        import sqlite3

        db = self._open()
        if db is None:
            return
        try:
            with db:
                db.executemany("INSERT OR REPLACE INTO parse (key, rows) VALUES (?, ?)",
                               [(k, json.dumps(v, ensure_ascii=False, separators=(",", ":"))) for k, v in items])
        except sqlite3.Error:
            self._broken, self._db = True, None


_memory: dict[str, Parse] = {}
_disk = _DiskCache()


def parse_sentences(texts: Sequence[str]) -> list[Parse]:
    """One parse per text, in order: from memory, then the disk cache, then the model (in batches)."""
    keys = [_key(t) for t in texts]
    missing = [k for k in dict.fromkeys(keys) if k not in _memory]
    if missing:
        by_key = dict(zip(keys, texts))
        for key, rows in _disk.get(missing).items():
            _memory[key] = Parse.from_json(by_key[key], rows)
        todo = [k for k in missing if k not in _memory]
        if todo:
            nlp = _nlp()
            new = []
            for key, doc in zip(todo, nlp.pipe((by_key[k] for k in todo), batch_size=BATCH)):
                parse = _from_doc(by_key[key], doc)
                _memory[key] = parse
                new.append((key, parse.to_json()))
            _disk.put(new)
    return [_memory[k] for k in keys]


def parse_sentence(text: str) -> Parse:
    return parse_sentences([text])[0]


def _from_doc(text: str, doc) -> Parse:
    return Parse(text, tuple(
        Token(t.i, t.text, t.lemma_, t.pos_, t.tag_, str(t.morph), t.head.i, t.dep_, bool(t.whitespace_))
        for t in doc
    ))
