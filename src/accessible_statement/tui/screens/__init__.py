"""The screens that come on top of the reader: the content note first, the help with every key, and
the question before the speaker's own words. One module each; their names are gathered here."""

from accessible_statement.tui.screens.content_note import ContentNoteScreen
from accessible_statement.tui.screens.help import HelpScreen
from accessible_statement.tui.screens.original_words import WARNING, OriginalWordsScreen

__all__ = ["WARNING", "ContentNoteScreen", "HelpScreen", "OriginalWordsScreen"]
