"""Batch processing of a corpus, the workspace store, and the oficio command line."""
