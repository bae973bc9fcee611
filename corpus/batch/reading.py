"""The first stage: reading a file (loading it, OCR included) in an isolated child process.

Kept apart from the later stages (``oficio.corpus.batch.stages``), whose imports (spaCy,
scikit-learn, the models) take two seconds: the batch starts reading the first documents before
those imports are done, while Prefect's server starts (``ReadAhead``).
"""

from __future__ import annotations

import shutil
import tempfile
import threading
import time
from collections import deque
from collections.abc import Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from oficio.corpus.batch.child import load_document
from oficio.corpus.batch.isolation import run_isolated
from oficio.corpus.batch.pipeline import BatchSettings, Period, WorkItem
from oficio.errors import (
    DiskFullError,
    MachineError,
    OficioError,
    TesseractMissingError,
    is_disk_full,
)
from oficio.extract.read.document import Document

if TYPE_CHECKING:
    from oficio.extract.facts import Facts
    from oficio.models.prediction import Prediction


@dataclass
class DocResult:
    """One document's way through the stages; a failure is data, not an exception."""

    doc_id: str
    relpath: str
    document: Document | None = None
    facts: Facts | None = None
    prediction: Prediction | None = None
    request_id: str | None = None
    period: Period | None = None
    period_source: str | None = None  # "request", "letter", "setting" or "none"
    match_reason: str | None = None
    error: str | None = None
    error_code: str | None = None
    stage: str | None = None
    seconds: float = 0.0
    attempts: int = 1  # reads of the document in this run (``oficio.corpus.batch.retries``)

    @property
    def ok(self) -> bool:
        return self.error is None

    def fail(self, error: OficioError, stage: str) -> None:
        """Record ``error`` as this document's failure in ``stage``."""
        self.error = f"{type(error).__name__}: {error}"
        self.error_code, self.stage = error.code, stage


def read(item: WorkItem, settings: BatchSettings) -> DocResult:
    """Load and OCR one file in a child process with the batch's time and memory limits.

    Raises only for a fault of the environment: Tesseract missing or a full disk, which
    stop the batch (nothing is stored for the document, and the next run reads it again),
    or MachineError (E314) for an OSError of the machine, which the batch tries again
    (``oficio.corpus.batch.retries``).
    """
    start = time.perf_counter()
    result = DocResult(item.doc_id, item.relpath)
    tmp = Path(settings.tmp) / item.doc_id[:16] if settings.tmp else _private_folder()
    try:
        tmp.mkdir(mode=0o700, exist_ok=True)
        data = run_isolated(load_document, (item.path, settings.load, str(tmp)),
                            settings.doc_timeout, settings.doc_memory_mb, item.relpath)
        result.document = Document.from_dict(data)
        result.document.path = item.relpath
    except (TesseractMissingError, DiskFullError):
        raise
    except OficioError as error:
        result.fail(_renamed(error, item.relpath), "read")
    except OSError as error:  # the child or its folder could not be made: not the file
        if is_disk_full(error):
            raise DiskFullError(tmp, error.strerror or str(error)) from error
        raise MachineError(item.relpath, error.strerror or type(error).__name__) from error
    finally:  # what a killed child could not clean up
        shutil.rmtree(tmp, ignore_errors=True)
    result.seconds = time.perf_counter() - start
    return result


def _private_folder() -> Path:
    """A folder only this user can read, for a document's OCR page images, in the machine's
    temporary folder: on a Dask worker, which has no workspace of its own."""
    return Path(tempfile.mkdtemp(prefix="oficio-"))


class ReadAhead:
    """Reading the first documents while the batch starts.

    ``workers`` threads read ``items`` in order, each document in its own child process, as
    soon as the fork server is up, instead of after Prefect's server, the models and the
    extractors are ready (seconds later). ``stop`` ends this when the flow starts: no
    further document is begun, and the flow's read tasks take the results of those begun.

    At most ``PER_WORKER`` documents per worker are read ahead, so that memory stays
    bounded when the start is long (Prefect's first start in a new workspace may create its
    database). The threads are daemons: a batch that fails to start waits for none
    of them, and after ``stop`` they finish the documents begun and end."""

    PER_WORKER = 25  # a 4-second start reads about 20 born-digital replies with 2 workers

    def __init__(self, items: Sequence[WorkItem], settings: BatchSettings, workers: int
                 ) -> None:
        self.settings = settings
        self.started: dict[str, Future[DocResult]] = {}
        self._waiting = deque(items[: workers * self.PER_WORKER])
        self._lock = threading.Lock()
        for number in range(workers):
            threading.Thread(target=self._work, daemon=True, name=f"read-ahead-{number}").start()

    def stop(self) -> dict[str, Future[DocResult]]:
        """Begin no more documents; the results, to come or done, by document id."""
        with self._lock:
            self._waiting.clear()
        return self.started

    def _work(self) -> None:
        while (begun := self._next()) is not None:
            item, future = begun
            try:
                future.set_result(read(item, self.settings))
            except BaseException as error:  # noqa: BLE001  the read task raises it
                future.set_exception(error)

    def _next(self) -> tuple[WorkItem, Future[DocResult]] | None:
        with self._lock:
            if not self._waiting:
                return None
            item = self._waiting.popleft()
            future: Future[DocResult] = Future()
            self.started[item.doc_id] = future
            return item, future


def _renamed(error: OficioError, relpath: str) -> OficioError:
    """The same error naming the file by its path in the corpus, as the user knows it."""
    try:
        return type(error)(relpath, error.detail)
    except TypeError:
        return error
