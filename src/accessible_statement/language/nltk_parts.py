"""Load the two NLTK parts we use (Punkt, Porter) without running `nltk/__init__`.

`import nltk.tokenize.punkt` first runs `nltk/__init__.py`, which imports nearly all of NLTK
(about 0.4 s, more than the rest of `easy-read` together). The parent packages are stood in for
by empty package modules that point at NLTK's own folders, so only the modules Punkt and Porter
need are loaded. If that ever fails (another NLTK layout), the stand-ins are removed and NLTK is
imported the ordinary way.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types

_PACKAGES = ("nltk", "nltk.tokenize", "nltk.stem")

# Punkt imports NLTK's file and pickle loaders (which pull in http.client and ssl, 0.1 s) for
# loading saved models. We never load one: these stand-ins refuse, so Punkt cannot open a path,
# a URL or a pickle here even by mistake.
_REFUSING = ("nltk.pathsec", "nltk.picklesec")


def _refuse(*args, **kwargs):
    raise RuntimeError("accessible-statement does not load NLTK files or pickles")


def _refusing_attribute(name: str):
    if name.startswith("__"):  # __file__, __path__ ...: tools such as inspect ask for these
        raise AttributeError(name)
    return _refuse


def nltk_module(name: str) -> types.ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    if "nltk" in sys.modules:  # NLTK is already loaded (whole or in part): nothing to save
        return importlib.import_module(name)
    try:
        for package in _PACKAGES:
            spec = importlib.util.find_spec(package)
            if spec is None or spec.submodule_search_locations is None:
                raise ImportError(package)
            stand_in = types.ModuleType(package)
            stand_in.__path__ = list(spec.submodule_search_locations)
            stand_in.__spec__ = spec
            sys.modules[package] = stand_in
            if "." in package:
                parent, _, child = package.rpartition(".")
                setattr(sys.modules[parent], child, stand_in)
        for module in _REFUSING:
            stand_in = types.ModuleType(module)
            stand_in.__getattr__ = _refusing_attribute  # every function of theirs refuses
            sys.modules[module] = stand_in
            setattr(sys.modules["nltk"], module.rsplit(".", 1)[1], stand_in)
        return importlib.import_module(name)
    except Exception:
        for package in [m for m in sys.modules if m == "nltk" or m.startswith("nltk.")]:
            del sys.modules[package]
        return importlib.import_module(name)
