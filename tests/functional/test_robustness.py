"""Whatever people feed it: the whole pipeline from bytes to easy-read JSON never lets an exception out,
every bad input gets its exact message and exit code, nothing half-written is left, file names stay
inside their folder, and nothing runs a shell, unpickles or reaches the network."""

import codecs
import json
import os
import re
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accessible_statement.clean.pipeline import clean_transcript
from accessible_statement.easy_read.build import build_easy_read
from accessible_statement.errors import BadInput
from accessible_statement.render.easy_read import to_json
from accessible_statement.render.safe_names import track_stem
from accessible_statement.read.source_file import decode_source
from support.common import BUNDLED, ROOT, run_cli

FUZZ_SECONDS = float(os.environ.get("FUZZ_SECONDS", "60"))  # a time bound for CI ...
FUZZ_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "5000"))  # ... and a count bound, whichever comes first

PIECES = st.sampled_from([
    "00:00", "00:01:57", "12:34 ", "WEBVTT\n\n", "-->", "1\n00:00:01,000 --> 00:00:02,000\n", "00:01.000 --> 00:02.500\n",
    "00:00:0 --> x\n", "Skip to player", "Transcript\n", "<v Home Secretary>", "</v>", "[Music]", "ÂŁ", "“", "’",
    "Mr Speaker, ", "Baroness Casey", "the", "we", "will", "I", "children", "police", "12", "1,400", "65%", "£5 million",
    "recommendation", "inquiry", ".", ",", "?", " ", "\n", "\n\n", "\r\n", "\r", "\t", "apology apology", "•", "...",
    "NOTE x\n\n", "So ", "And ", "Thank you.", "sexual exploitation", "grooming gangs", "victims and survivors",
])
TEXT = st.one_of(
    st.lists(PIECES, min_size=1, max_size=120).map("".join),
    st.lists(st.one_of(PIECES, st.text(max_size=10)), max_size=80).map(" ".join),
    st.text(max_size=300),
)
ENCODED = st.one_of(
    TEXT.map(lambda t: t.encode("utf-8")),
    TEXT.map(lambda t: codecs.BOM_UTF8 + t.encode("utf-8")),
    TEXT.map(lambda t: t.encode("utf-16")),
    TEXT.map(lambda t: t.encode("cp1252", "replace")),
    st.binary(max_size=600),
    st.tuples(TEXT, st.binary(max_size=8), TEXT).map(lambda p: p[0].encode() + p[1] + p[2].encode()),
)
FORMAT = st.sampled_from(["auto", "page", "srt", "vtt", "plain"])

_END = [None]


@settings(max_examples=FUZZ_EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(ENCODED, FORMAT)
def test_fuzz_bytes_to_easy_read_json(data, input_format):
    """Bounded by time and count (FUZZ_SECONDS, FUZZ_EXAMPLES): the result is a document or BadInput."""
    if _END[0] is None:
        _END[0] = time.monotonic() + FUZZ_SECONDS
    if time.monotonic() > _END[0]:
        return
    try:
        doc = build_easy_read(clean_transcript(decode_source(data, "fuzz.txt"), input_format))
    except BadInput as exc:
        message = str(exc)
        assert message and "\n" not in message and "Traceback" not in message
        return
    rendered = json.loads(to_json(doc))
    assert rendered["schema"] == "accessible-statement/1" and rendered["sections"]


# -- the table: each bad or odd input, its exact message and exit code -------------------------------------

GOOD = b"00:00 We will act on every recommendation today.\n00:05 The police will lead a new national operation.\n"


def _bytes(tmp, name, data):
    path = tmp / name
    path.write_bytes(data)
    return path


TABLE = [
    # (label, make the input, exit code, exact stderr (or None: nothing), what stdout must hold)
    ("missing file", lambda d: d / "nope.txt", 2, "accessible-statement: error: {p}: no such file"),
    ("folder", lambda d: d, 2, "accessible-statement: error: {p}: is a folder, not a transcript file"),
    ("empty", lambda d: _bytes(d, "e.txt", b""), 2, "accessible-statement: error: {p}: file is empty"),
    ("whitespace only", lambda d: _bytes(d, "w.txt", b" \n\t \r\n"), 2, "accessible-statement: error: {p}: file is empty"),
    ("binary", lambda d: _bytes(d, "b.bin", bytes(range(256)) * 8), 2, "accessible-statement: error: {p}: looks like a binary file, not a text transcript"),
    ("NUL bytes", lambda d: _bytes(d, "n.txt", GOOD[:20] + b"\x00" + GOOD[20:]), 2, "accessible-statement: error: {p}: looks like a binary file, not a text transcript"),
    ("invalid UTF-8", lambda d: _bytes(d, "u.txt", GOOD + b"caf\xe9 \xff more"), 0, "accessible-statement: warning: {p}: not UTF-8; read it as Windows-1252 (cp1252)"),
    ("UTF-16", lambda d: _bytes(d, "u16.txt", GOOD.decode().encode("utf-16")), 0, None),
    ("CRLF line ends", lambda d: _bytes(d, "crlf.txt", GOOD.replace(b"\n", b"\r\n")), 0, None),
    ("lone CR line ends", lambda d: _bytes(d, "cr.txt", GOOD.replace(b"\n", b"\r")), 0, None),
    ("21 MB", lambda d: _bytes(d, "big.txt", GOOD + b" " * (21 * 1024 * 1024)), 2, "accessible-statement: error: {p}: file is 21.0 MB; the limit is 20 MB"),
    ("clutter, no transcript", lambda d: _bytes(d, "page.txt", b"Skip to player\nTranscript\n00:00 \n00:05 \nRecommended\n"), 2, "accessible-statement: error: {n}: no speech found in the transcript"),
    ("SRT with broken numbers and times", lambda d: _bytes(d, "b.srt", b"1\n00:00:01,000 --> 00:00:03,000\nWe will act now.\n\nx\n00:00:04,000 --> 00:00:0\nThe police will lead.\n\n3\nnonsense --> more\nVictims will get help.\n"), 0, "accessible-statement: warning: 2 cues had a time that could not be read; their words were kept, timed as the cue before"),
    ("WebVTT without header", lambda d: _bytes(d, "n.vtt", b"00:00:01.000 --> 00:00:03.000\nWe will act now on all of it.\n\n00:00:04.000 --> 00:00:06.000\nThe police will lead.\n"), 0, "accessible-statement: warning: no WEBVTT header; read the file as WebVTT all the same"),
    ("times going backwards", lambda d: _bytes(d, "t.txt", b"00:10 We will act now.\n00:05 The police will lead.\n00:02 Victims will get help.\n"), 0, "accessible-statement: warning: some caption times go backwards; they were kept in order"),
    ("a single word", lambda d: _bytes(d, "one.txt", b"Hello"), 2, "accessible-statement: error: {n}: only 1 word of speech, too little for an easy-read version; 'accessible-statement clean' shows it as it is"),
]


@pytest.mark.parametrize("label, make, code, message", TABLE, ids=[t[0] for t in TABLE])
def test_bad_and_odd_inputs(tmp_path, label, make, code, message):
    source = make(tmp_path)
    out = tmp_path / "out" / "easy.json"
    out.parent.mkdir()
    r = run_cli("easy-read", source, "--format", "json", "-o", out)
    err = r.stderr.decode()
    assert r.returncode == code, err
    expected = message.format(p=source, n=source.name) if message else ""
    assert err.strip() == expected
    assert "Traceback" not in err
    if code == 0:
        assert json.loads(out.read_text())["sections"]
    else:
        assert not out.exists()
    assert [p.name for p in out.parent.iterdir() if p.name != "easy.json"] == [], "nothing half-written"


def test_line_ends_do_not_change_the_result(tmp_path):
    outs = []
    for name, data in (("lf.txt", GOOD), ("crlf.txt", GOOD.replace(b"\n", b"\r\n")), ("cr.txt", GOOD.replace(b"\n", b"\r"))):
        outs.append(run_cli("clean", _bytes(tmp_path, name, data)).stdout)
    assert outs[0] == outs[1] == outs[2] and outs[0]


def test_a_19_mb_file_is_read(tmp_path):
    data = BUNDLED.read_bytes() + b"\n" + (b" " * 1000 + b"\n") * 19_850
    assert 18.9 * 2**20 < len(data) < 20 * 2**20
    big = _bytes(tmp_path, "big19.txt", data)
    r = run_cli("clean", big, timeout=300)
    assert r.returncode == 0 and r.stdout == run_cli("clean", BUNDLED).stdout


def test_a_single_5000_word_line_without_punctuation(tmp_path):
    words = " ".join(("the police will act" if i % 9 == 0 else f"word{i % 40}") for i in range(5000))
    line = _bytes(tmp_path, "line.txt", words.encode())
    r = run_cli("clean", line, "--format", "json", timeout=300)
    assert r.returncode == 0, r.stderr.decode()
    sentences = json.loads(r.stdout)["sentences"]
    assert len(sentences) > 50 and max(len(s["text"].split()) for s in sentences) <= 60
    assert sum(len(s["text"].split()) for s in sentences) >= 5000 * 0.95, "no data lost"
    r = run_cli("easy-read", line, "-o", tmp_path / "e.txt", timeout=300)
    assert r.returncode == 0, r.stderr.decode()


def test_output_into_a_missing_folder_and_a_full_disk(tmp_path, monkeypatch):
    r = run_cli("easy-read", BUNDLED, "-o", tmp_path / "no" / "e.txt")
    assert r.returncode == 2 and r.stderr.decode().strip() == f"accessible-statement: error: {tmp_path / 'no' / 'e.txt'}: cannot write: the folder {tmp_path / 'no'} does not exist"
    import errno

    import accessible_statement.render.atomic_write as aw

    real = os.fdopen

    class Full:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *a):
            self.fh.close()

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(aw.os, "fdopen", lambda fd, mode: Full(real(fd, mode)))
    with pytest.raises(BadInput, match="the disk is full; nothing was written"):
        aw.write_file_atomic(tmp_path / "e.txt", b"x" * 100)
    assert list(tmp_path.iterdir()) == []


# -- file names, shells, pickles, the network ------------------------------------------------------------


@settings(max_examples=500, deadline=None)
@given(st.integers(min_value=0, max_value=99), st.text())
def test_file_names_from_any_heading_stay_inside_the_folder(number, heading):
    stem = track_stem(number, heading)
    assert re.fullmatch(r"\d\d-[a-z0-9]+(-[a-z0-9]+)*", stem) and len(stem) <= 60
    assert "/" not in stem and "\\" not in stem and not stem.startswith(".") and ".." not in stem


def test_hostile_headings_give_plain_names():
    for heading in ["../../etc/passwd", "/root/.ssh", ".hidden", "CON", "a\x00b", "..", "   ", "😀", "x" * 500, "C:\\Windows"]:
        stem = track_stem(3, heading)
        assert re.fullmatch(r"03-[a-z0-9]+(-[a-z0-9]+)*", stem), (heading, stem)


def test_the_source_runs_no_shell_unpickles_nothing_and_opens_no_socket():
    bad = re.compile(r"shell\s*=\s*True|os\.system\(|os\.popen\(|\bpickle\b|\bmarshal\b|\bshelve\b|import socket|\burllib\b|\brequests\b|http\.client|\beval\(|\bexec\(")
    found = []
    for path in (ROOT / "src").rglob("*.py"):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if bad.search(code) and '"""' not in line and "never" not in line:
                found.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert found == []


_GUARD = r"""
import os, socket, subprocess, sys
def refuse(*a, **k):
    raise SystemExit("NETWORK OR SHELL USED")
socket.socket.connect = refuse
socket.create_connection = refuse
os.system = refuse
real_popen = subprocess.Popen.__init__
def popen(self, args, *a, **k):
    if k.get("shell"):
        refuse()
    return real_popen(self, args, *a, **k)
subprocess.Popen.__init__ = popen
import pickle
pickle.load = pickle.loads = refuse
from accessible_statement.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("command", [["clean"], ["easy-read"], ["check"], ["voices"], ["audio", "-o", "{tmp}/a"]])
def test_commands_run_with_network_shell_and_pickle_taken_away(tmp_path, command):
    args = [c.replace("{tmp}", str(tmp_path)) for c in command]
    r = subprocess.run([sys.executable, "-c", _GUARD, *args], capture_output=True, timeout=300, env={**os.environ, "XDG_CACHE_HOME": str(tmp_path)})
    assert r.returncode in (0, 1), r.stderr.decode()[-500:]
    assert b"NETWORK OR SHELL USED" not in r.stderr
