"""Reading aloud, on top of the pipeline: the read-aloud script, the speech engine, the player, audio files."""
