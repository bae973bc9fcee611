"""The stages a document goes through, as plain functions from one result to the next.

``read`` (load and OCR, in an isolated child process: ``oficio.corpus.batch.reading``) → ``extract``
(figures, mentions, header) → ``classify`` (request, requested period, axes, status) →
``oficio.corpus.store.records.save`` (one transaction in the store). The Prefect flow in
``oficio.corpus.batch.flow`` runs them as tasks; each stage records a failure on the result instead
of raising, so every file gets its row.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from oficio.corpus.batch.pipeline import BatchSettings, Period
from oficio.corpus.batch.reading import DocResult, read
from oficio.corpus.requests.registry import ReplyFacts, Request, find_match
from oficio.errors import UnexpectedError
from oficio.extract.facts import extract_facts
from oficio.models.registry import LoadedModel

__all__ = ["classify", "extract", "read"]


def extract(result: DocResult) -> DocResult:
    """Figures, institution mentions and header of a read document."""
    if not result.ok:
        return result
    start = time.perf_counter()
    try:
        result.facts = extract_facts(result.document)
    except Exception as error:  # noqa: BLE001  a bug on one document must not stop the batch
        result.fail(UnexpectedError(result.relpath, type(error).__name__), "extract")
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
        result.fail(UnexpectedError(result.relpath, type(error).__name__), "classify")
    result.seconds += time.perf_counter() - start
    return result


def _settle_period(result: DocResult, requests: Sequence[Request],
                   default: Period | None) -> None:
    """The requested period: from the matched request, else the letter, else the setting,
    else none (``period_source`` ``none``)."""
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
    else:  # said, not guessed: the periods the reply informs about are not the request's
        result.period, result.period_source = None, "none"
