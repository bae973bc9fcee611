"""What a batch shares with its stages, kept free of heavy imports so that a run with
nothing to do starts fast: the pipeline version, the batch settings, the work items."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from oficio.extract.read.options import LoadOptions
from oficio.labels import Period
from oficio.settings import value

# Bump READ_VERSION when reading (loading, OCR) gives other pages: stored documents are read
# again. Bump PIPELINE_VERSION when extraction or classification gives other results: stored
# documents are re-extracted and reclassified from their stored pages, not read again
# (``oficio.corpus.batch.reclassify``); so is a document labelled by another model than the active
# one.
READ_VERSION = "5"
PIPELINE_VERSION = "5"


@dataclass(frozen=True)
class BatchSettings:
    """Limits and options of a batch (defaults: ``oficio.settings``, docs/settings.md)."""

    doc_timeout: float = field(default_factory=lambda: value("doc_timeout"))
    doc_memory_mb: int = field(default_factory=lambda: value("doc_memory_mb"))
    load: LoadOptions = field(default_factory=lambda: LoadOptions(jobs=1))
    tmp: str | None = None  # the workspace's private temporary folder
    period: Period | None = None  # the corpus-level requested period (--period)


@dataclass
class WorkItem:
    path: str  # absolute
    relpath: str
    doc_id: str


# Failures caused by the machine, not the file, of a page (OcrInterruptedError) or of a
# whole document's reading (MachineError), left once the batch's retries were spent: their
# document is processed again by the next run.
REDO_PAGE_CODES = ("E013",)
REDO_DOCUMENT_CODES = ("E314",)


def done_ids(connection: sqlite3.Connection) -> set[str]:
    """Documents already read by this reading version (ok or failed), less those whose
    reading, or a page's OCR, failed for a cause outside the file. Their later stages may
    still be stale: ``oficio.corpus.batch.reclassify`` redoes them from the stored pages."""
    documents = ", ".join("?" * len(REDO_DOCUMENT_CODES))
    pages = ", ".join("?" * len(REDO_PAGE_CODES))
    rows = connection.execute(
        "SELECT doc_id FROM documents WHERE read_version = ? AND "
        f"coalesce(error_code, '') NOT IN ({documents}) AND doc_id NOT IN "
        f"(SELECT doc_id FROM pages WHERE error_code IN ({pages}))",
        (READ_VERSION, *REDO_DOCUMENT_CODES, *REDO_PAGE_CODES))
    return {row[0] for row in rows}
