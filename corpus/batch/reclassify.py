"""Relabelling stored replies from their stored pages: no file is read again, no OCR.

A reply read by the current reading (``READ_VERSION``) is stale when its extraction and
classification come from another ``PIPELINE_VERSION``, or its labels from another model
than the one that labels replies now (a model trained and activated since). Its
``Document`` is rebuilt from its ``pages`` rows, which hold everything reading gave (text,
method, confidence, rotation, tables, marks), the plain stage functions ``extract`` and
``classify`` run on it in this process (no Prefect tasks: these stages take milliseconds,
a task's overhead would cost more), and ``records.save`` stores it as a read document is
stored, one transaction per document.

``oficio process`` does this for the stale replies of its folder; ``oficio reclassify``
for those of the whole workspace, or all of them with ``--all``.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from oficio.corpus.batch.pipeline import PIPELINE_VERSION, READ_VERSION, BatchSettings
from oficio.corpus.batch.reading import DocResult
from oficio.corpus.store.database import connect, from_json
from oficio.corpus.store.workspace import RunLock, Workspace
from oficio.errors import EXTRACTOR_FAILED, TEXT_TOO_LONG, warning_code
from oficio.extract.read.document import Document
from oficio.models.active import labelling_version

if TYPE_CHECKING:
    from oficio.models.registry import LoadedModel

# Warnings that extraction adds: dropped before extracting again, which adds them anew if
# they still hold (a fixed extractor must not keep its old failure).
EXTRACTION_WARNINGS = {EXTRACTOR_FAILED, TEXT_TOO_LONG}
# Stages whose failure a stored reply can be relabelled from: its pages were read.
LATER_STAGES = ("extract", "classify")


@dataclass
class Reclassified:
    """What a reclassification did."""

    done: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, error)
    seconds: float = 0.0


def stale_ids(connection: sqlite3.Connection, model_version: str, *,
              among: Iterable[str] | None = None, everything: bool = False) -> list[str]:
    """The stored replies to relabel, in path order: read by the current reading, and
    extracted by another pipeline version or labelled by another model than
    ``model_version`` (every one with ``everything``); only those of ``among`` if given.

    A reply that failed in a later stage is redone when the pipeline changes, not when
    the model does: the same code would fail the same way."""
    stale = "" if everything else (
        "AND (pipeline_version IS NOT ? OR (processing_status = 'ok' "
        "AND model_version IS NOT ?))")
    params: tuple = (READ_VERSION,) + (() if everything else (PIPELINE_VERSION, model_version))
    marks = ", ".join("?" * len(LATER_STAGES))
    rows = connection.execute(
        "SELECT doc_id FROM documents WHERE read_version = ? AND (processing_status = 'ok' "
        f"OR stage IN ({marks})) {stale} ORDER BY path, doc_id",
        (params[0], *LATER_STAGES, *params[1:]))
    found = [row[0] for row in rows]
    if among is None:
        return found
    wanted = set(among)
    return [doc_id for doc_id in found if doc_id in wanted]


def stored_result(connection: sqlite3.Connection, doc_id: str) -> DocResult:
    """A reply as reading left it, rebuilt from the store: its document and pages."""
    doc = connection.execute(
        "SELECT path, file_type, language, warnings FROM documents WHERE doc_id = ?",
        (doc_id,)).fetchone()
    pages = [{
        "number": row["number"], "text": row["text"] or "", "method": row["method"] or "text",
        "confidence": row["confidence"], "text_quality": row["text_quality"],
        "rotation": row["rotation"] or 0, "skew": row["skew"] or 0.0,
        "status": row["status"] or "ok", "error": row["error"], "error_code": row["error_code"],
        "tables": from_json(row["tables"]) or [],
        "marks": [{"kind": k, "start": s, "end": e} for k, s, e in from_json(row["marks"]) or []],
    } for row in connection.execute(
        "SELECT * FROM pages WHERE doc_id = ? ORDER BY number", (doc_id,))]
    warnings = [line for line in from_json(doc["warnings"]) or []
                if warning_code(line) not in EXTRACTION_WARNINGS]
    document = Document.from_dict({
        "doc_id": doc_id, "path": doc["path"], "file_type": doc["file_type"],
        "pages": pages, "language": doc["language"] or "es", "warnings": warnings})
    return DocResult(doc_id, doc["path"], document=document)


def reclassify(connection: sqlite3.Connection, doc_ids: Sequence[str], run_id: int | None,
               model: LoadedModel, settings: BatchSettings | None = None,
               progress: Callable[[DocResult], None] | None = None) -> Reclassified:
    """Extract and classify ``doc_ids`` again from their stored pages with ``model`` (the
    active one: ``ModelRegistry.load_active``) and the stored request registry, and store
    them under ``run_id`` (None: each under the run that read it)."""
    from oficio.corpus.batch.stages import classify, extract
    from oficio.corpus.store import records
    from oficio.corpus.store.registry_store import load_requests

    summary = Reclassified()
    if not doc_ids:
        return summary
    start = time.perf_counter()
    settings = settings or BatchSettings()
    requests = load_requests(connection)
    for doc_id in doc_ids:
        stored = connection.execute(
            "SELECT run_id, period_source, period_start, period_end FROM documents "
            "WHERE doc_id = ?", (doc_id,)).fetchone()
        result = classify(extract(stored_result(connection, doc_id)), model, requests,
                          _with_stored_period(settings, stored))
        records.save(connection, result, stored["run_id"] if run_id is None else run_id)
        if result.ok:
            summary.done += 1
        else:
            summary.failed.append((result.relpath, result.error or ""))
        if progress:
            progress(result)
    summary.seconds = time.perf_counter() - start
    return summary



def _with_stored_period(settings: BatchSettings, stored: sqlite3.Row) -> BatchSettings:
    """The settings, with the period ``--period`` gave the reply when it was read: a later
    run without ``--period`` must not take it away."""
    if settings.period or stored["period_source"] != "setting" or not stored["period_end"]:
        return settings
    period = (date.fromisoformat(stored["period_start"]),
              date.fromisoformat(stored["period_end"]))
    return replace(settings, period=period)


def reclassify_workspace(workspace: Workspace, everything: bool = False) -> Reclassified:
    """``oficio reclassify``: relabel the workspace's stale replies (all with
    ``everything``) from their stored pages, holding the workspace as a run does."""
    from oficio.models.registry import ModelRegistry

    with RunLock(workspace):
        connection = connect(workspace.database)
        try:
            doc_ids = stale_ids(connection, labelling_version(workspace.root),
                                everything=everything)
            if not doc_ids:
                return Reclassified()
            model = ModelRegistry(workspace.root).load_active()
            return reclassify(connection, doc_ids, None, model)
        finally:
            connection.close()
