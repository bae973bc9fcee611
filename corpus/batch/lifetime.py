"""Processes that die with the batch.

A batch starts helper processes: Prefect's API server, the fork server and one child per
document. When the batch itself is killed (``kill -9``, a closed terminal, the machine's
out-of-memory killer), the kernel can signal each of them (Linux ``PR_SET_PDEATHSIG``),
so none is left running on its own. Elsewhere this is a no-op and the next run of the
workspace clears what the last one left.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

PR_SET_PDEATHSIG = 1


def die_with_parent(sig: int = signal.SIGKILL) -> bool:
    """Ask the kernel to send ``sig`` to this process when its parent dies.

    Call it in the child (for example as ``preexec_fn``); returns False where the system
    cannot do it. If the parent is already gone, the process ends at once.
    """
    if not sys.platform.startswith("linux"):
        return False
    parent = os.getppid()
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0) != 0:
            return False
    except (OSError, AttributeError):
        return False
    if os.getppid() != parent:  # the parent died before the request was in place
        os.kill(os.getpid(), sig)
    return True


def terminate_with_parent() -> None:
    """``preexec_fn`` for servers: a polite SIGTERM when the batch dies."""
    die_with_parent(signal.SIGTERM)
