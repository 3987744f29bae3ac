"""Stage 1, reading: a transcript file's bytes to text, its format detected and parsed into timed cues with metadata."""
