"""The stages a document goes through, as plain functions from one result to the next.

``read`` (load and OCR, in an isolated child process) → ``extract`` (figures, mentions,
header) → ``classify`` (request, requested period, axes, status) → ``corpus.records.save``
(one transaction in the store). The Prefect flow in ``corpus.flow`` runs them as tasks;
each stage records a failure on the result instead of raising, so every file gets its row.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from corpus.child import load_document
from corpus.isolation import UnexpectedError, run_isolated
from corpus.pipeline import BatchSettings, Period, WorkItem
from corpus.requests import ReplyFacts, Request, find_match
from extract.document import Document
from extract.errors import OficioError, TesseractMissingError
from extract.facts import Facts, extract_facts
from models.prediction import Prediction
from models.registry import LoadedModel


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
    period_source: str | None = None  # "request", "letter" or "setting"
    match_reason: str | None = None
    error: str | None = None
    error_code: str | None = None
    stage: str | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None


def read(item: WorkItem, settings: BatchSettings) -> DocResult:
    """Load and OCR one file in a child process with the batch's time and memory limits.

    Raises only for a fault of the environment (Tesseract missing), which stops the batch.
    """
    start = time.perf_counter()
    result = DocResult(item.doc_id, item.relpath)
    tmp = Path(settings.tmp) / item.doc_id[:16] if settings.tmp else None
    try:
        if tmp:
            tmp.mkdir(mode=0o700, exist_ok=True)
        data = run_isolated(load_document, (item.path, settings.load, str(tmp) if tmp else None),
                            settings.doc_timeout, settings.doc_memory_mb, item.relpath)
        result.document = Document.from_dict(data)
        result.document.path = item.relpath
    except TesseractMissingError:
        raise
    except OficioError as error:
        _fail(result, _renamed(error, item.relpath), "read")
    finally:
        if tmp:  # what a killed child could not clean up
            shutil.rmtree(tmp, ignore_errors=True)
    result.seconds = time.perf_counter() - start
    return result


def extract(result: DocResult) -> DocResult:
    """Figures, institution mentions and header of a read document."""
    if not result.ok:
        return result
    start = time.perf_counter()
    try:
        result.facts = extract_facts(result.document)
    except Exception as error:  # noqa: BLE001  a bug on one document must not stop the batch
        _fail(result, UnexpectedError(result.relpath, type(error).__name__), "extract")
    result.seconds += time.perf_counter() - start
    return result


def classify(result: DocResult, model: LoadedModel, requests: Sequence[Request],
             settings: BatchSettings) -> DocResult:
    """Match the reply to its request, settle the requested period, predict the labels."""
    if not result.ok:
        return result
    start = time.perf_counter()
    try:
        _settle_period(result, requests, settings.period)
        result.prediction = model.model.predict_document(
            result.document, result.period, model.version)
    except Exception as error:  # noqa: BLE001  a bug on one document must not stop the batch
        _fail(result, UnexpectedError(result.relpath, type(error).__name__), "classify")
    result.seconds += time.perf_counter() - start
    return result


def _settle_period(result: DocResult, requests: Sequence[Request],
                   default: Period | None) -> None:
    """The requested period: from the matched request, else the letter, else the setting."""
    header = result.facts.header
    if requests:
        match = find_match(ReplyFacts(header.sender_id, header.request_ref, header.letter_date,
                                      header.period_start, header.period_end), requests)
        result.match_reason = match.reason
        if match.request is not None:
            result.request_id = match.request.request_id
            if match.request.period_start and match.request.period_end:
                result.period = (match.request.period_start, match.request.period_end)
                result.period_source = "request"
                return
    if header.period_start and header.period_end:
        result.period, result.period_source = (header.period_start, header.period_end), "letter"
    elif default:
        result.period, result.period_source = default, "setting"


def _renamed(error: OficioError, relpath: str) -> OficioError:
    """The same error naming the file by its path in the corpus, as the user knows it."""
    try:
        return type(error)(relpath, error.detail)
    except TypeError:
        return error


def _fail(result: DocResult, error: OficioError, stage: str) -> None:
    result.error = f"{type(error).__name__}: {error}"
    result.error_code, result.stage = error.code, stage
