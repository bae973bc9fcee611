"""Writing a document's results to the store, in one transaction.

The row of a failed document is always written, with its error and the stage it failed
in (the Aleph rule): done + failed = files.
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict
from datetime import UTC, datetime

from oficio.corpus.batch.pipeline import PIPELINE_VERSION, READ_VERSION
from oficio.corpus.batch.reading import DocResult
from oficio.corpus.store.database import as_json, transaction
from oficio.extract.facts import Facts
from oficio.extract.institutions.gazetteer import load_gazetteer
from oficio.extract.read.document import Document
from oficio.labels import AXES
from oficio.models.prediction import Prediction

DOCUMENT_COLUMNS = (
    "doc_id", "path", "file_type", "pages", "ocr_pages", "language", "processing_status",
    "error", "error_code", "stage", "warnings", "pipeline_version", "run_id", "processed_at",
    "seconds", "request_id", "period_start", "period_end", "period_source", "match_reason",
    "read_version",
)


def save(connection: sqlite3.Connection, result: DocResult, run_id: int) -> None:
    """Write a document's results, replacing any earlier ones for the same content. The
    pages' search index follows, in this transaction, by the store's triggers (migration
    7): the earlier pages leave it, the new ones enter it."""
    with transaction(connection):
        connection.execute("DELETE FROM documents WHERE doc_id = ?", (result.doc_id,))
        connection.execute(
            f"INSERT INTO documents ({', '.join(DOCUMENT_COLUMNS)}) "
            f"VALUES ({', '.join('?' * len(DOCUMENT_COLUMNS))})",
            _document_row(result, run_id),
        )
        if result.document:
            _save_pages(connection, result.doc_id, result.document)
        if result.facts:
            _save_facts(connection, result.doc_id, result.facts)
        if result.prediction:
            _save_prediction(connection, result.doc_id, result.prediction)


def _document_row(result: DocResult, run_id: int) -> tuple:
    document = result.document
    period = result.period or (None, None)
    return (
        result.doc_id, result.relpath,
        document.file_type if document else None,
        len(document.pages) if document else None,
        document.ocr_pages if document else None,
        document.language if document else None,
        "ok" if result.ok else "failed", result.error, result.error_code, result.stage,
        as_json(document.warnings) if document else None, PIPELINE_VERSION, run_id,
        datetime.now(UTC).isoformat(timespec="seconds"), round(result.seconds, 3),
        result.request_id,
        period[0].isoformat() if period[0] else None,
        period[1].isoformat() if period[1] else None,
        result.period_source, result.match_reason, READ_VERSION,
    )


def _save_pages(connection: sqlite3.Connection, doc_id: str, document: Document) -> None:
    connection.executemany(
        "INSERT INTO pages (doc_id, number, method, confidence, text_quality, rotation, skew, "
        "status, error, error_code, text, tables, marks) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(doc_id, p.number, p.method, p.confidence, p.text_quality, p.rotation, p.skew,
          p.status, p.error, p.error_code, p.text,
          as_json([asdict(t) for t in p.tables]) if p.tables else None,
          as_json([[m.kind, m.start, m.end] for m in p.marks]) if p.marks else None)
         for p in document.pages],
    )


def _save_facts(connection: sqlite3.Connection, doc_id: str, facts: Facts) -> None:
    connection.executemany(
        'INSERT INTO figures (doc_id, kind, value, currency, what, year, role, page, start, '
        '"end", text, row_label, column_header, unit_source) '
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(doc_id, f.kind, f.value, f.currency, f.what, f.year, f.role, f.page, f.start, f.end,
          f.text, f.row, f.column, f.unit_source) for f in facts.figures],
    )
    connection.executemany(
        'INSERT INTO mentions (doc_id, institution_id, name, acronym, kind, text, page, start, '
        '"end", is_sender) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [(doc_id, m.institution_id, m.name, m.acronym, m.kind, m.text, m.page, m.start, m.end,
          int(m.is_sender)) for m in facts.mentions],
    )
    header = facts.header
    sender = load_gazetteer().get(header.sender_id) if header.sender_id else None
    connection.execute(
        "UPDATE documents SET sender_id = ?, sender_name = ?, sender_acronym = ?, "
        "sender_kind = ?, sender_evidence = ?, reference = ?, letter_date = ?, request_ref = ?, "
        "letter_period_start = ?, letter_period_end = ? WHERE doc_id = ?",
        (header.sender_id, sender.name if sender else header.sender_name,
         sender.acronym if sender else None,
         sender.kind if sender else None, as_json([asdict(e) for e in header.evidence]),
         header.reference, _iso(header.letter_date), header.request_ref,
         _iso(header.period_start), _iso(header.period_end), doc_id),
    )


def _save_prediction(connection: sqlite3.Connection, doc_id: str,
                     prediction: Prediction) -> None:
    connection.execute(
        "UPDATE documents SET axes = ?, p_governance = ?, p_prevention = ?, p_protection = ?, "
        "p_prosecution = ?, status = ?, status_confidence = ?, model_version = ?, evidence = ?, "
        "missing_kind = ? WHERE doc_id = ?",
        (";".join(a for a in AXES if a in prediction.axes),
         *(prediction.p.get(axis) for axis in AXES),
         prediction.status, prediction.status_confidence, prediction.model_version,
         as_json([asdict(e) for e in prediction.evidence]), prediction.missing_kind, doc_id),
    )


def _iso(value) -> str | None:
    return value.isoformat() if value else None
