"""Run one document's work in a child process with a time and a memory limit.

Children are forked from a fork server that has already imported the loader, so a child
starts in milliseconds. Each child is the leader of its own process group: when its
time is up the whole group (Tesseract included) is killed. A hostile file can hang or
exhaust only its own child; the batch records the failure and goes on.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import resource
import signal
from collections.abc import Callable
from typing import Any

from oficio.corpus.batch.lifetime import die_with_parent
from oficio.errors import (
    DocumentCrashedError,
    DocumentMemoryError,
    DocumentTimeoutError,
    OficioError,
    UnexpectedError,
)

log = logging.getLogger(__name__)
PRELOAD = ["oficio.corpus.batch.child", "oficio.corpus.batch.child_preload",
           "oficio.corpus.batch.isolation", "oficio.corpus.batch.lifetime"]
_context: Any = None


def _ctx():
    global _context
    if _context is None:
        _context = multiprocessing.get_context("forkserver")
        _context.set_forkserver_preload(PRELOAD)
    return _context


def start_fork_server() -> None:
    """Start the fork server now (it imports the loader, about a second) rather than at
    the first document."""
    from multiprocessing import forkserver

    _ctx()
    forkserver.ensure_running()


def run_isolated(function: Callable[..., Any], args: tuple, timeout: float,
                 memory_mb: int, label: str) -> Any:
    """``function(*args)`` in a child process; its result, or its OficioError re-raised.

    Raises DocumentTimeoutError, DocumentMemoryError or DocumentCrashedError (naming
    ``label``, the file) when the child overruns or dies.
    """
    if multiprocessing.current_process().daemon:
        # Daemonic processes (default Dask workers) may not have children.
        log.warning("running without isolation in a daemonic worker")
        return _call(function, args, label)[1]
    ctx = _ctx()
    receiver, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(sender, function, args, memory_mb, label))
    child.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise DocumentTimeoutError(label, f"over {timeout:g} s")
        kind, payload = receiver.recv()
    except EOFError:
        child.join(5)
        if child.exitcode == -signal.SIGKILL:
            raise DocumentMemoryError(label, "killed by the system") from None
        raise DocumentCrashedError(label, f"exit status {child.exitcode}") from None
    finally:
        _end(child)
        receiver.close()
    if kind == "error":
        raise payload
    return payload


def _end(child: multiprocessing.Process) -> None:
    if child.is_alive():
        try:
            os.killpg(child.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            child.kill()
    child.join(10)
    child.close()


def _child(sender, function: Callable[..., Any], args: tuple, memory_mb: int,
           label: str) -> None:
    os.setsid()
    die_with_parent()  # the fork server ends when the batch dies, and this child with it
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        sender.send(_call(function, args, label))
    finally:
        sender.close()


def _call(function: Callable[..., Any], args: tuple, label: str) -> tuple[str, Any]:
    try:
        return "ok", function(*args)
    except MemoryError:
        return "error", DocumentMemoryError(label, f"over the limit in {function.__name__}")
    except OficioError as error:
        return "error", error
    except Exception as error:  # noqa: BLE001  anything a library raises on a hostile file
        return "error", UnexpectedError(label, type(error).__name__)
