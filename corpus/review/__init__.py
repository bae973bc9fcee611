"""The review queue and the import of an analyst's corrections."""
