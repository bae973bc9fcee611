"""Imported by the fork server only (``oficio.corpus.batch.isolation.PRELOAD``): loads what every
document child needs, once, so that each child is forked with it already in memory. The
batch's own process never imports this module, and never pays for these tables.

Everything loaded is then set aside from Python's cycle collector (``gc.freeze``): each
child's collections would otherwise walk all of it, writing to every object they visit
and so copying the fork server's memory page by page into the child.
"""

import gc

from oficio.corpus.batch.child import warm

warm()
gc.freeze()
