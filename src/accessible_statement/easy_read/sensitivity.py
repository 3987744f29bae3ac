"""Rules 21 and 24: a statement about a sensitive topic gets a content note first and where to get help."""

from __future__ import annotations

import re

from accessible_statement.document.easy_read import Contact
from accessible_statement.document.transcript import Transcript
from accessible_statement.language import content


def sensitive_topic(transcript: Transcript) -> tuple[str, str] | None:
    """(label, wording) of the first sensitive topic the statement is about: two of its terms are said."""
    text = " ".join(s.text for s in transcript.sentences).lower()
    for label, wording, terms in content.term_table("plain/sensitive_topics.tsv", 3):
        found = {t for t in terms if re.search(rf"\b{re.escape(t)}\b", text)}
        if len(found) >= 2:
            return label, wording
    return None


def content_note_and_help(transcript: Transcript) -> tuple[str | None, list[Contact]]:
    topic = sensitive_topic(transcript)
    if topic is None:
        return None, []
    label, wording = topic
    note = " ".join(line.format(topic=wording) for line in content.lines("plain/content_note.txt"))
    contacts = [
        Contact(name.strip(), phone.strip(), whom.strip())
        for where, name, phone, whom in content.table("support.tsv", 4)
        if where.strip() in (label, "any")
    ]
    return note, contacts
