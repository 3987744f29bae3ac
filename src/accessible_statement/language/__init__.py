"""Language data and the tools that read it: loading content/ files, phrase lists, numbers, words, syllables, readability."""
