"""accessible-statement: spoken statements made readable and listenable for everyone."""

__version__ = "0.1.0"
