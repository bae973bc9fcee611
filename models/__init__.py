"""Classifiers of PNAT axis and reply status: features, training, evaluation, registry."""
