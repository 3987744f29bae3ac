"""The keyboard-only reader. Only this package imports textual, and within it the reading, search, talk-back and controller modules do not."""
