"""The one document model every stage and front end works from: transcript, sentences, the easy-read document, times."""
