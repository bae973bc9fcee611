"""Synthetic replies with exact gold: the generator of the bundled annotated set."""
