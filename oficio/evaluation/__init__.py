"""Scores against gold: figures, institutions, headers and the evaluation sets."""
