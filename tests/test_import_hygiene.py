"""The core pipeline never imports the UI or the speech engine, so it runs anywhere and starts fast."""

import subprocess
import sys

CORE = [
    "accessible_statement.cli",
    "accessible_statement.cleaning",
    "accessible_statement.source_file",
    "accessible_statement.formats",
    "accessible_statement.formats.video_page",
    "accessible_statement.formats.subtitles",
    "accessible_statement.formats.plain_text",
    "accessible_statement.repair",
    "accessible_statement.repeats",
    "accessible_statement.sentences",
    "accessible_statement.metadata",
    "accessible_statement.render_clean",
    "accessible_statement.atomic_write",
    "accessible_statement.sections",
    "accessible_statement.headings",
    "accessible_statement.plain_rewrite",
    "accessible_statement.clauses",
    "accessible_statement.referents",
    "accessible_statement.numbers",
    "accessible_statement.lexicon",
    "accessible_statement.easy_read",
    "accessible_statement.render_easy_read",
    "accessible_statement.readability",
    "accessible_statement.checker",
    "accessible_statement.listening",
    "accessible_statement.safe_names",
    "accessible_statement.wav_audio",
    "accessible_statement.reader_doc",
    "accessible_statement.nltk_parts",
    # what the reader runs before its waiting frame: Textual is loaded only after it is drawn
    "accessible_statement.tui.keys",
    "accessible_statement.tui.waiting_frame",
]


def test_core_never_imports_textual_or_pyttsx3():
    code = (
        "import sys\n"
        f"for m in {CORE!r}: __import__(m)\n"
        "from accessible_statement.cli import main\n"
        "main(['clean', '-o', '/dev/null'])\n"
        "main(['easy-read', '-o', '/dev/null'])\n"
        "main(['check'])\n"
        "from accessible_statement.reader_doc import open_reader_doc\n"
        "from accessible_statement.content import bundled_statement\n"
        "from accessible_statement.tui.keys import read_keymap\n"
        "read_keymap(None); open_reader_doc(bundled_statement())\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'pyttsx3', 'rich'))\n"
        "print('LOADED:' + ','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "LOADED:"


def test_hygiene_check_can_fail():
    """The same check sees textual when something does import it."""
    code = "import sys, textual.app\nprint('textual' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "True"


def test_only_the_nltk_parts_we_use_are_loaded_and_they_cannot_load_files():
    code = (
        "import sys\n"
        "from accessible_statement.cli import main\n"
        "main(['easy-read', '-o', '/dev/null'])\n"
        "import nltk.pathsec, nltk.picklesec\n"
        "loaded = [m for m in sys.modules if m.startswith('nltk')]\n"
        "assert 'nltk.tokenize.punkt' in loaded and 'nltk.stem.porter' in loaded, loaded\n"
        "assert not any(m.startswith(('nltk.metrics', 'nltk.corpus', 'nltk.translate', 'nltk.chunk')) for m in loaded), loaded\n"
        "for f in (nltk.pathsec.open, nltk.picklesec.allowlisted_pickle_load):\n"
        "    try:\n"
        "        f('x')\n"
        "    except RuntimeError:\n"
        "        pass\n"
        "    else:\n"
        "        raise SystemExit('a file loader ran')\n"
        "print('OK', len(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK")
