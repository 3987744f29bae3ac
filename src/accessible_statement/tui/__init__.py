"""The keyboard-only reader (Textual). Only this package imports textual."""
