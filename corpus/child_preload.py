"""Imported by the fork server only (``corpus.isolation.PRELOAD``): loads what every
document child needs, once, so that each child is forked with it already in memory. The
batch's own process never imports this module, and never pays for these tables."""

from corpus.child import warm

warm()
