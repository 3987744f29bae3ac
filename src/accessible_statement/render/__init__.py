"""Stage 6, output: the easy-read and clean documents as text, Markdown and JSON, written whole or not at all."""
