"""Fixtures for every test; the helpers themselves are in tests/support/ (imported as `support.*`)."""

import pytest

from support.common import BUNDLED


@pytest.fixture(scope="session")
def bundled_transcript():
    from accessible_statement.clean.pipeline import clean_transcript
    from accessible_statement.read.source_file import read_source

    return clean_transcript(read_source(BUNDLED))
