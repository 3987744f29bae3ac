"""What many tests share: the repository's folders, running the real program, cleaning a text."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
BUNDLED = ROOT / "content" / "home-secretary-casey-audit-2025-06-16.txt"


def ctrl_c_as_at_a_terminal():
    """A job started in the background by a shell ignores SIGINT, and its children inherit that; a user's command does not."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


def run_cli(*args, input_bytes=None, cwd=None, env=None, timeout=120):
    """Run the real program as a user would, in a fresh process."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "accessible_statement", *map(str, args)],
        input=input_bytes,
        capture_output=True,
        cwd=cwd,
        env=full_env,
        timeout=timeout,
    )


def clean_file(path):
    from accessible_statement.clean.pipeline import clean_transcript
    from accessible_statement.read.source_file import read_source

    return clean_transcript(read_source(path))


def clean_text(text, name="sample.txt", input_format="auto"):
    from accessible_statement.clean.pipeline import clean_transcript
    from accessible_statement.read.source_file import decode_source

    return clean_transcript(decode_source(text.encode("utf-8"), name), input_format)
