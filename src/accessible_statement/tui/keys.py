"""Every key of the reader in one table: the bindings, the footer, the help screen and user keymaps all read it.

Keys follow what people already know from less, man and vim (j k g G / n N q ?) and from Textual
(Tab, Ctrl+P). Insert, Caps Lock and the keypad are left alone: screen readers use them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from accessible_statement.errors import BadInput
from accessible_statement.paths import config_folder

if TYPE_CHECKING:
    from textual.binding import Binding


@dataclass(frozen=True)
class Key:
    id: str
    keys: str  # Textual key names, comma separated
    action: str
    label: str  # short, for the footer
    help: str  # plain words, for the help screen
    group: str
    footer: bool = False
    anywhere: bool = False  # works on every screen, before any other use of the key


KEYS: tuple[Key, ...] = (
    Key("help", "question_mark,f1", "help", "Help", "Show every key (this list)", "Help and leaving", footer=True),
    Key("quit", "q", "quit", "Quit", "Stop reading and leave", "Help and leaving", footer=True),
    Key("leave_now", "ctrl+c", "leave_now", "Leave", "Leave at once, from any screen", "Help and leaving", anywhere=True),
    Key("next_section", "down,j", "next_section", "Next part", "Go to the next part", "Moving around"),
    Key("previous_section", "up,k", "previous_section", "Previous part", "Go to the part before", "Moving around"),
    Key("first_section", "home,g", "first_section", "First part", "Go to the first part", "Moving around"),
    Key("last_section", "end,G", "last_section", "Last part", "Go to the last part", "Moving around"),
    Key("open_section", "enter", "open_section", "Open", "Open the part: move to its text", "Moving around"),
    Key("read", "space,r", "read", "Read aloud", "Read this part aloud", "Listening", footer=True),
    Key("stop", "s,escape", "stop", "Stop", "Stop reading", "Listening", footer=True),
    Key("pause", "p", "pause", "Pause", "Pause reading, or go on after a pause", "Listening"),
    Key("next", "n", "next", "Next sentence", "While reading: skip to the next sentence. After a search: next match", "Listening"),
    Key("previous_sentence", "b", "previous_sentence", "Sentence before", "While reading: go back one sentence", "Listening"),
    Key("continuous", "c", "continuous", "Keep reading", "Keep reading into the next parts (on or off)", "Listening"),
    Key("faster", "plus,equals_sign", "faster", "Faster", "Read faster", "Listening"),
    Key("slower", "minus", "slower", "Slower", "Read slower", "Listening"),
    Key("next_voice", "v", "next_voice", "Voice", "Change to the next voice", "Listening"),
    Key("talk_back", "t", "talk_back", "Talk-back", "Say each part's name as you move to it, and what each key did (on or off)", "Listening"),
    Key("original", "o", "original", "Original words", "Show the speaker's own words, or the easy-read words again", "Reading", footer=True),
    Key("search", "slash", "search", "Search", "Search for a word", "Reading", footer=True),
    Key("previous_match", "N", "previous_match", "Previous match", "After a search: go to the match before", "Reading"),
)

SHOWN_KEY = {  # how a key name is written for people
    "down": "Down", "up": "Up", "home": "Home", "end": "End", "enter": "Enter", "space": "Space",
    "escape": "Escape", "plus": "+", "equals_sign": "=", "minus": "-", "slash": "/",
    "question_mark": "?", "f1": "F1", "tab": "Tab", "shift+tab": "Shift+Tab", "ctrl+c": "Ctrl+C",
}


def bindings() -> list[Binding]:
    from textual.binding import Binding  # here, so that reading a key file does not load Textual

    return [
        Binding(k.keys, k.action, k.label, show=k.footer, id=k.id, tooltip=k.help, key_display=shown(k.keys.split(",")[0]), priority=k.anywhere)
        for k in KEYS
    ]


def shown(key: str) -> str:
    return SHOWN_KEY.get(key, key)


def keymap_file() -> Path:
    return config_folder() / "keys.conf"


def read_keymap(path: Path | None) -> dict[str, str]:
    """`id = key, key` lines ('#' starts a comment). A mistake is one clear line, never a traceback."""
    chosen = path or keymap_file()
    if path is None and not chosen.is_file():
        return {}
    try:
        text = chosen.read_text(encoding="utf-8")
    except OSError as exc:
        raise BadInput(f"{chosen}: cannot read the key file ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise BadInput(f"{chosen}: the key file is not UTF-8 text") from None
    known = {k.id for k in KEYS}
    keymap: dict[str, str] = {}
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        name, sep, keys = (part.strip() for part in line.partition("="))
        if not sep or not keys:
            raise BadInput(f"{chosen}, line {n}: write 'name = key' (for example 'read = space,r')")
        if name not in known:
            raise BadInput(f"{chosen}, line {n}: no key is called '{name}'; the names are: {', '.join(sorted(known))}")
        keymap[name] = ",".join(k.strip() for k in keys.split(",") if k.strip())
    return keymap
