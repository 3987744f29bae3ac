"""Write output files whole or not at all: a temporary file beside the target, then a rename."""

from __future__ import annotations

import errno
import os
import sys
import tempfile
from pathlib import Path

from accessible_statement.errors import BadInput


def write_output(target: str | Path, data: str | bytes) -> None:
    """Write DATA to TARGET ('-' is standard output)."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if str(target) == "-":
        sys.stdout.buffer.write(payload)
        sys.stdout.buffer.flush()
        return
    path = Path(target)
    if path.exists() and not path.is_file() and not path.is_dir():
        # A device or a pipe (/dev/null, /dev/stdout, a FIFO): a rename would replace the device
        # itself with a plain file, so these are written to directly.
        try:
            with open(path, "wb") as fh:
                fh.write(payload)
        except OSError as exc:
            raise BadInput(f"{path}: cannot write: {exc.strerror or exc}") from None
        return
    write_file_atomic(path, payload)


def write_file_atomic(path: Path, payload: bytes) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise BadInput(f"{path}: is a folder; give a file name to write to")
    if not folder.is_dir():
        raise BadInput(f"{path}: cannot write: the folder {folder} does not exist")
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, path)
        tmp_name = None
    except PermissionError:
        raise BadInput(f"{path}: cannot write: permission denied") from None
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise BadInput(f"{path}: cannot write: the disk is full; nothing was written") from None
        raise BadInput(f"{path}: cannot write: {exc.strerror or exc}") from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
