"""Bad input: one clear line on stderr, exit 2, no traceback, and nothing half-written."""

import codecs
import os

import pytest

from accessible_statement.render.atomic_write import write_file_atomic
from accessible_statement.errors import BadInput
from support.common import BUNDLED, run_cli

GOOD = "00:00We will act today.\n00:04It starts now.\n"


def _write(tmp_path, name, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return p


CASES = [
    ("missing file", lambda d: d / "nope.txt", "nope.txt: no such file"),
    ("folder", lambda d: d, "is a folder, not a transcript file"),
    ("empty", lambda d: _write(d, "empty.txt", b""), "file is empty"),
    ("whitespace only", lambda d: _write(d, "blank.txt", b" \n\t\r\n  "), "file is empty"),
    ("binary", lambda d: _write(d, "x.bin", bytes(range(256)) * 40), "looks like a binary file"),
    ("NUL bytes in text", lambda d: _write(d, "nul.txt", b"00:00Hello\x00 there\n"), "looks like a binary file"),
    ("undecodable bytes", lambda d: _write(d, "bad.txt", b"caf\x81\x8d\x90 and more \x9d text"), "unknown encoding"),
    ("over 20 MB", lambda d: _write(d, "big.txt", b"a" * (20 * 1024 * 1024 + 1)), "the limit is 20 MB"),
    ("clutter but no speech", lambda d: _write(d, "page.txt", b"Skip to player\nTranscript\n00:00 \n00:05 \nRecommended\n"), "page.txt: no speech found"),
    ("only punctuation", lambda d: _write(d, "dots.txt", b"... --- !!!\n\n???"), "no speech found"),
]


@pytest.mark.parametrize("label, make, message", CASES, ids=[c[0] for c in CASES])
def test_bad_input_gives_one_line_and_exit_2(tmp_path, label, make, message):
    path = make(tmp_path)
    out = tmp_path / "out.txt"
    result = run_cli("clean", path, "-o", out)
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert err.count("\n") == 1 and err.startswith("accessible-statement: error: "), err
    assert message in err
    assert "Traceback" not in err
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.txt")]


@pytest.mark.parametrize(
    "encoded",
    [
        GOOD.encode("utf-8"),
        codecs.BOM_UTF8 + GOOD.encode("utf-8"),
        GOOD.encode("utf-16"),  # with BOM
        codecs.BOM_UTF16_BE + GOOD.encode("utf-16-be"),
        GOOD.encode("utf-16-le"),  # no byte-order mark
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-16-le-no-bom"],
)
def test_encodings_are_read(tmp_path, encoded):
    p = _write(tmp_path, "t.txt", encoded)
    result = run_cli("clean", p)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode() == "[00:00] We will act today.\n[00:04] It starts now.\n"
    assert result.stderr == b""


def test_cp1252_is_read_with_a_warning(tmp_path):
    p = _write(tmp_path, "t.txt", "00:00It costs £5 – a “fair” price.\n00:04Done.\n".encode("cp1252"))
    result = run_cli("clean", p)
    assert result.returncode == 0
    assert result.stdout.decode().startswith('[00:00] It costs £5 - a "fair" price.')
    assert "warning" in result.stderr.decode() and "cp1252" in result.stderr.decode()


def test_output_in_missing_folder(tmp_path):
    result = run_cli("clean", "-o", tmp_path / "no" / "such" / "out.txt")
    assert result.returncode == 2
    assert "does not exist" in result.stderr.decode() and "Traceback" not in result.stderr.decode()


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_output_in_read_only_folder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = run_cli("clean", "-o", folder / "out.txt")
        assert result.returncode == 2 and "permission denied" in result.stderr.decode()
    finally:
        folder.chmod(0o700)


def test_read_only_folder_even_as_root(tmp_path, monkeypatch):
    """Root ignores permissions, so simulate the refusal at the point of writing."""
    def refuse(*a, **k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("tempfile.mkstemp", refuse)
    with pytest.raises(BadInput, match="permission denied"):
        write_file_atomic(tmp_path / "out.txt", b"data")
    assert list(tmp_path.iterdir()) == []


def test_full_disk_leaves_old_file_untouched(tmp_path, monkeypatch):
    target = tmp_path / "out.txt"
    target.write_text("old contents")

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(BadInput, match="disk is full"):
        write_file_atomic(target, b"new contents")
    assert target.read_text() == "old contents"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_output_is_replaced_whole(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old contents that are longer than the new ones " * 100)
    assert run_cli("clean", "-o", target).returncode == 0
    assert target.read_bytes() == run_cli("clean", BUNDLED).stdout


def test_reads_standard_input():
    result = run_cli("clean", "-", input_bytes=GOOD.encode())
    assert result.returncode == 0
    assert result.stdout.decode().splitlines()[1] == "[00:04] It starts now."


def test_unknown_option_is_a_usage_error():
    result = run_cli("clean", "--format", "pdf")
    assert result.returncode == 2 and "Traceback" not in result.stderr.decode()


def test_huge_line_with_no_punctuation_is_cleaned_without_a_traceback(tmp_path):
    """A single 1.5 MB line once ran into NLTK's 5-second limit on one regular-expression match."""
    words = ("we will build new homes and repair the old ones for every family in the country today " * 17000).split()
    p = _write(tmp_path, "line.txt", " ".join(words).encode())
    result = run_cli("clean", p, "-o", tmp_path / "out.txt", timeout=600)
    assert result.returncode == 0, result.stderr.decode()[-500:]
    lines = (tmp_path / "out.txt").read_text().splitlines()
    assert len(lines) > 1000 and all(len(line.split()) <= 45 for line in lines)


def test_writing_to_a_device_writes_through_it_and_never_replaces_it(tmp_path):
    """`-o /dev/null` (or a FIFO) must not be renamed over: that turned /dev/null into a plain file."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    import threading

    got = []
    reader = threading.Thread(target=lambda: got.append(open(fifo, "rb").read()))
    reader.start()
    result = run_cli("clean", BUNDLED, "-o", fifo)
    reader.join(10)
    assert result.returncode == 0, result.stderr.decode()
    assert got and got[0].startswith(b"[00:00]")
    assert fifo.is_fifo()
    null = run_cli("clean", BUNDLED, "-o", os.devnull)
    assert null.returncode == 0 and not os.path.isfile(os.devnull)
