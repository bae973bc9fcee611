"""The stages a document goes through, as plain functions from one result to the next.

``read`` (load and OCR, in an isolated child process) → ``save`` (one transaction in the
store). The Prefect flow in ``corpus.flow`` runs them as tasks; they can also be called
directly.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from corpus.isolation import run_isolated
from corpus.store import as_json, transaction
from extract.document import Document
from extract.errors import OficioError, TesseractMissingError
from extract.loader import load
from extract.options import LoadOptions

PIPELINE_VERSION = "1"  # bump when a stage's output changes: stored documents are redone


@dataclass(frozen=True)
class BatchSettings:
    """Limits and options of a batch (environment defaults documented in docs/settings.md)."""

    doc_timeout: float = field(
        default_factory=lambda: float(os.environ.get("OFICIO_DOC_TIMEOUT", "900")))
    doc_memory_mb: int = field(
        default_factory=lambda: int(os.environ.get("OFICIO_DOC_MEMORY_MB", "4096")))
    load: LoadOptions = field(default_factory=lambda: LoadOptions(jobs=1))
    tmp: str | None = None  # the workspace's private temporary folder


@dataclass
class WorkItem:
    path: str  # absolute
    relpath: str
    doc_id: str


@dataclass
class DocResult:
    """One document's way through the stages; a failure is data, not an exception."""

    doc_id: str
    relpath: str
    document: Document | None = None
    error: str | None = None
    error_code: str | None = None
    stage: str | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None


def _load_dict(path: str, options: LoadOptions, tmp: str | None) -> dict:
    if tmp:  # in the child process only: OCR images go to the workspace's private folder
        tempfile.tempdir = tmp
    return load(path, options).to_dict()


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
        data = run_isolated(_load_dict, (item.path, settings.load, str(tmp) if tmp else None),
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


def _renamed(error: OficioError, relpath: str) -> OficioError:
    """The same error naming the file by its path in the corpus, as the user knows it."""
    try:
        return type(error)(relpath, error.detail)
    except TypeError:
        return error


def _fail(result: DocResult, error: OficioError, stage: str) -> None:
    result.error = f"{type(error).__name__}: {error}"
    result.error_code, result.stage = error.code, stage


def save(connection: sqlite3.Connection, result: DocResult, run_id: int) -> None:
    """Write a document's results in one transaction, replacing any earlier ones."""
    document = result.document
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with transaction(connection):
        connection.execute("DELETE FROM documents WHERE doc_id = ?", (result.doc_id,))
        connection.execute(
            "INSERT INTO documents (doc_id, path, file_type, pages, ocr_pages, language, "
            "processing_status, error, error_code, stage, warnings, pipeline_version, run_id, "
            "processed_at, seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (result.doc_id, result.relpath, document.file_type if document else None,
             len(document.pages) if document else None,
             document.ocr_pages if document else None,
             document.language if document else None,
             "ok" if result.ok else "failed", result.error, result.error_code, result.stage,
             as_json(document.warnings) if document else None, PIPELINE_VERSION, run_id,
             now, round(result.seconds, 3)),
        )
        if document:
            _save_pages(connection, result.doc_id, document)


def _save_pages(connection: sqlite3.Connection, doc_id: str, document: Document) -> None:
    connection.executemany(
        "INSERT INTO pages (doc_id, number, method, confidence, text_quality, rotation, skew, "
        "status, error, text, tables, marks) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(doc_id, p.number, p.method, p.confidence, p.text_quality, p.rotation, p.skew,
          p.status, p.error, p.text,
          as_json([t.rows for t in p.tables]) if p.tables else None,
          as_json([[m.kind, m.start, m.end] for m in p.marks]) if p.marks else None)
         for p in document.pages],
    )


def done_ids(connection: sqlite3.Connection) -> set[str]:
    """Documents already processed by this pipeline version (ok or failed)."""
    rows = connection.execute(
        "SELECT doc_id FROM documents WHERE pipeline_version = ?", (PIPELINE_VERSION,))
    return {row[0] for row in rows}

