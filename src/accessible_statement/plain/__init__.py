"""Stage 4, plain language: one original sentence rewritten into short easy-read sentences."""
