"""State institutions: the gazetteer, the name matcher and the spaCy component that finds
mentions."""
