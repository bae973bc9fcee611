"""The workspace and its store: every SQL statement and the migrations."""
