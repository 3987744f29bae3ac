"""Pictures (SVG) of the reader's main screens, compared with the approved ones in tests/unit/tui/__snapshots__.

After an intended change to the screens: .venv/bin/python -m pytest tests/unit/tui/test_reader_snapshots.py --snapshot-update
and look at the new pictures before committing them.
"""

import pytest

from accessible_statement.tui.document_cache import build_reader_doc
from accessible_statement.tui.app import ReaderApp
from accessible_statement.tui.screens import ContentNoteScreen
from support.common import BUNDLED
from support.fake_speaker import FakeSpeaker


@pytest.fixture(scope="module")
def doc():
    return build_reader_doc(BUNDLED.read_bytes(), BUNDLED)


def app_for(doc, **kw):
    return ReaderApp(None, doc, speaker_factory=lambda cb: FakeSpeaker(cb), **kw)


async def settled(pilot):
    """Wait until the document is shown and speech has reported in, so every picture is the same."""
    app = pilot.app
    for _ in range(200):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if app.doc is not None and app.voices and (not app.doc.content_note or isinstance(app.screen, ContentNoteScreen)):
            return
    raise AssertionError("the reader did not settle")


@pytest.mark.parametrize(
    "name, size, keys, theme",
    [
        ("content-note", (100, 30), [], "default"),
        ("main", (100, 30), ["enter", "j", "j"], "default"),
        ("main-small", (40, 12), ["enter", "j", "j"], "default"),
        ("main-large", (200, 60), ["enter", "j", "j"], "default"),
        ("main-high-contrast", (100, 30), ["enter", "j", "j"], "high-contrast"),
        ("content-note-high-contrast", (100, 30), [], "high-contrast"),
        ("original-words", (100, 30), ["enter", "j", "o"], "default"),
        ("help", (100, 30), ["enter", "question_mark"], "default"),
    ],
)
def test_screen(snap_compare, doc, name, size, keys, theme):
    async def keys_then_still(pilot):
        await settled(pilot)
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        await pilot.wait_for_scheduled_animations()
        for _ in range(3):  # lists scroll to the highlighted part after a refresh
            await pilot.pause(0.05)

    assert snap_compare(app_for(doc, theme=theme), terminal_size=size, run_before=keys_then_still)
