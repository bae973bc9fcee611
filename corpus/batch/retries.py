"""Which failures of a batch are the machine's, tried again by Prefect, and which are the
file's, recorded at once.

A failure of the machine can pass: a Tesseract killed by a signal, or a page image that
could not be written (a page marked E013); an OSError starting a document's child or
making its temporary folder (E314: too many open files or processes); the store locked
by another program past SQLite's wait. Prefect's task retries (``retries``,
``retry_delay_seconds``, ``retry_condition_fn``) run such a task again, ``retries`` times
(the setting of that name), so that a long batch does not leave a document for the next
run over a blip.

A failure of the file (damaged, encrypted, too large, over its time or memory limit, a
page Tesseract cannot read) would fail the same way again: it is never retried, and the
document is recorded as failed with its code at once. A full disk (E307) or a missing
Tesseract (E009) stops the batch: trying again would not help either.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from oficio.corpus.batch.pipeline import REDO_PAGE_CODES
from oficio.corpus.batch.reading import DocResult
from oficio.errors import MachineError
from oficio.settings import value

LOCKED_WORDS = ("database is locked", "database table is locked", "database is busy")


class ReadInterrupted(Exception):  # noqa: N818  a state of a read, not a fault of oficio
    """A read whose OCR of some page was interrupted by the machine (E013): raised so
    that Prefect reads the document again. It carries the read, which is stored as it
    is (its pages marked, read again by the next run) once the retries are spent."""

    def __init__(self, result: DocResult) -> None:
        self.result = result
        super().__init__(f"{result.relpath}: OCR interrupted by the machine (E013)")

    def __reduce__(self) -> tuple[Any, ...]:  # a Dask worker sends it back pickled
        return (type(self), (self.result,))


def interrupted(result: DocResult) -> bool:
    """Whether a page of ``result`` was interrupted by the machine, not the file."""
    if result.document is None:
        return False
    return any(page.error_code in REDO_PAGE_CODES for page in result.document.pages)


def is_transient(error: BaseException) -> bool:
    """Whether ``error`` is a failure of the machine that may pass (see the module
    docstring)."""
    if isinstance(error, ReadInterrupted | MachineError):
        return True
    if isinstance(error, sqlite3.OperationalError):
        return any(words in str(error).lower() for words in LOCKED_WORDS)
    return False


def transient(task: Any, task_run: Any, state: Any) -> bool:
    """Prefect's ``retry_condition_fn``: retry only a failure of the machine. Prefect
    gives the failed state, holding the task's exception."""
    error = state.data
    return isinstance(error, BaseException) and is_transient(error)


def retry_options() -> dict[str, Any]:
    """The options of a task that is retried on failures of the machine."""
    return {"retries": value("retries"), "retry_delay_seconds": value("retry_delay"),
            "retry_condition_fn": transient}
