"""One exception type for anything the user can fix, so the CLI can turn it into one line and exit 2."""


class BadInput(Exception):
    """The input (or an output path) cannot be used; the message is shown to the user as is."""

    exit_code = 2


class SpeechUnavailable(Exception):
    """Speech cannot run on this machine (no engine, no audio player); the message says what to install."""

    exit_code = 3
