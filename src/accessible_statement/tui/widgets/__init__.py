"""The reader's own widgets: the list of parts, the open part's text and the status line."""
