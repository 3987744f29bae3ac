"""Subtitle markup, which a format reader removes before anything reads the words."""

from __future__ import annotations

import re

_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,80}>|<\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3}>|\{\\[^{}]{0,40}\}")


def strip_markup(text: str) -> str:
    """Drop subtitle markup (<i>, <v Name>, <c.x>, inline times, {\\an8}) but keep its words."""
    return _TAG.sub(" ", text)
