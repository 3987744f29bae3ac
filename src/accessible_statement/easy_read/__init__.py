"""Stage 5, the easy-read document: choosing what to keep, fitting it to the rules, help, words to know, and the check."""
