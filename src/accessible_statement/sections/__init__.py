"""Stage 3, sections: where the speaker moves to a new topic, and a plain heading for each part."""
