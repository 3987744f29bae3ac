"""Read a transcript file into text, refusing anything that is not one with a clear reason."""

from __future__ import annotations

import codecs
import sys
from dataclasses import dataclass
from pathlib import Path

from accessible_statement.errors import BadInput

MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class SourceText:
    name: str
    text: str
    warnings: tuple[str, ...] = ()


def read_source(path: str | Path) -> SourceText:
    """Read PATH ('-' is standard input) as text with normalised line ends."""
    if str(path) == "-":
        return decode_source(sys.stdin.buffer.read(MAX_BYTES + 1), "stdin")
    return decode_source(read_source_bytes(path), Path(path).name, str(path))


def read_source_bytes(path: str | Path) -> bytes:
    """The file's bytes, after the checks that need no decoding (exists, not a folder, not too big)."""
    p = Path(path)
    shown = str(path)
    if not p.exists():
        raise BadInput(f"{shown}: no such file")
    if p.is_dir():
        raise BadInput(f"{shown}: is a folder, not a transcript file")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise BadInput(f"{shown}: file is {size / 1024 / 1024:.1f} MB; the limit is 20 MB")
        with p.open("rb") as fh:
            return fh.read(MAX_BYTES + 1)
    except PermissionError:
        raise BadInput(f"{shown}: cannot read the file (permission denied)") from None
    except IsADirectoryError:
        raise BadInput(f"{shown}: is a folder, not a transcript file") from None
    except OSError as exc:
        raise BadInput(f"{shown}: cannot read the file ({exc.strerror or exc})") from None


def decode_source(data: bytes, name: str, shown: str | None = None) -> SourceText:
    """Decode bytes: UTF-8, UTF-8 with BOM, UTF-16 with BOM, then Windows-1252 with a warning."""
    shown = shown or name
    if len(data) > MAX_BYTES:
        raise BadInput(f"{shown}: file is over the 20 MB limit")
    if not data.strip():
        raise BadInput(f"{shown}: file is empty")
    warnings: list[str] = []
    if data.startswith(codecs.BOM_UTF8):
        text = _decode(data[len(codecs.BOM_UTF8):], "utf-8", shown)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode(data, "utf-16", shown)
    else:
        if b"\x00" in data:
            utf16 = _utf16_without_bom(data)
            if utf16 is None:
                raise BadInput(f"{shown}: looks like a binary file, not a text transcript")
            data = utf16.encode("utf-8")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                raise BadInput(f"{shown}: text is in an unknown encoding; save it as UTF-8 and try again") from None
            warnings.append(f"{shown}: not UTF-8; read it as Windows-1252 (cp1252)")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text or _looks_binary(text):
        raise BadInput(f"{shown}: looks like a binary file, not a text transcript")
    if not text.strip():
        raise BadInput(f"{shown}: file is empty")
    return SourceText(name=name, text=text, warnings=tuple(warnings))


def _utf16_without_bom(data: bytes) -> str | None:
    """Text saved as UTF-16 without a byte-order mark has a zero byte in every other place."""
    sample = data[:4096]
    for encoding, zeros in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if len(zeros) and zeros.count(0) >= 0.9 * len(zeros):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _decode(data: bytes, encoding: str, shown: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise BadInput(f"{shown}: text is not valid {encoding.upper()} despite its byte-order mark") from None


def _looks_binary(text: str) -> bool:
    """Many control characters (other than tab and newline) mean this is not a transcript."""
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\t\f\v")
    return controls > max(8, len(sample) // 100)
