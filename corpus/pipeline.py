"""What a batch shares with its stages, kept free of heavy imports so that a run with
nothing to do starts fast: the pipeline version, the batch settings, the work items."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date

from extract.options import LoadOptions
from extract.settings import value

PIPELINE_VERSION = "4"  # bump when a stage's output changes: stored documents are redone
Period = tuple[date, date]


@dataclass(frozen=True)
class BatchSettings:
    """Limits and options of a batch (defaults: ``extract.settings``, docs/settings.md)."""

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


# Page failures caused by the machine, not the file (OcrInterruptedError): their document is
# processed again by the next run.
REDO_PAGE_CODES = ("E013",)


def done_ids(connection: sqlite3.Connection) -> set[str]:
    """Documents already processed by this pipeline version (ok or failed), less those with
    a page whose OCR was interrupted by a cause outside the file."""
    marks = ", ".join("?" * len(REDO_PAGE_CODES))
    rows = connection.execute(
        "SELECT doc_id FROM documents WHERE pipeline_version = ? AND doc_id NOT IN "
        f"(SELECT doc_id FROM pages WHERE error_code IN ({marks}))",
        (PIPELINE_VERSION, *REDO_PAGE_CODES))
    return {row[0] for row in rows}
