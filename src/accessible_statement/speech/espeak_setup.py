"""Make libespeak-ng loadable before pyttsx3 looks for it, preferring the copy the espeakng-loader wheel brings.

pyttsx3 only tries fixed library names. Loading the wheel's library with RTLD_GLOBAL first makes its
own load reuse it; the wheel's voice data must go with it (never the system's data with the wheel's
library: a mismatch makes espeak-ng call exit() and the whole process dies).
"""

from __future__ import annotations

import ctypes
import os
import platform

from accessible_statement.errors import SpeechUnavailable

LIBRARY_ENV = "ACCESSIBLE_STATEMENT_ESPEAK_LIBRARY"  # a path to libespeak-ng, or "system", or "none"

INSTALL_HINT = (
    "install it with 'pip install espeakng-loader' (it brings espeak-ng), "
    "or your system's package (Debian or Ubuntu: sudo apt install espeak-ng)"
)

_prepared: str | None = None


def prepare_espeak() -> str:
    """Load the library once; say which one. Raises SpeechUnavailable with what to install."""
    global _prepared
    if _prepared is not None:
        return _prepared
    choice = os.environ.get(LIBRARY_ENV, "").strip()
    if choice == "none":
        raise SpeechUnavailable(f"speech is not available: espeak-ng is turned off ({LIBRARY_ENV}=none)")
    if choice and choice != "system":
        try:
            ctypes.CDLL(choice, mode=ctypes.RTLD_GLOBAL)
        except OSError:
            raise SpeechUnavailable(f"speech is not available: cannot load espeak-ng from {choice}; {INSTALL_HINT}") from None
        _prepared = choice
        return _prepared
    if not choice and platform.system() in ("Linux", "Windows", "Darwin"):
        try:
            import espeakng_loader

            library, data = str(espeakng_loader.get_library_path()), str(espeakng_loader.get_data_path())
            if os.path.exists(library) and os.path.isdir(data):
                ctypes.CDLL(library, mode=ctypes.RTLD_GLOBAL)
                os.environ["ESPEAK_DATA_PATH"] = data
                _prepared = library
                return _prepared
        except (ImportError, OSError):
            pass  # no wheel for this platform: try the system's espeak-ng below
    _prepared = "system"
    return _prepared
