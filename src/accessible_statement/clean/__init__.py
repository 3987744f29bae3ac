"""Stage 2, cleaning: cues to real sentences with times (repaired characters, repeats removed, boundaries restored)."""
