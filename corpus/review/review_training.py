"""Training examples from a workspace's reviewed replies (``oficio train --workspace``).

A stored reply is an example when the label store settles its status or its axes. The
model reads it as it read it at prediction time: its pages from the store's ``pages``
table joined by form feeds (``Document.text``) and its requested period. A field the
reviewer left empty keeps the stored prediction: the reviewer saw it and let it stand.
Reviewed replies go to the ``train`` split.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from oficio.annotations.store import AnnotationStore
from oficio.corpus.review.queue import split_axes
from oficio.corpus.store.database import connect
from oficio.corpus.store.workspace import Workspace
from oficio.models.features import make_sample
from oficio.models.training import Example


def workspace_examples(workspace: Path, store: AnnotationStore) -> list[Example]:
    """One example per stored reply with a settled review label (none without a store)."""
    path = Workspace(Path(workspace)).database
    if not path.exists():
        return []
    settled = store.resolved()
    labelled = sorted({doc for doc, name in settled if name in ("axes", "status", "missing_kind")})
    if not labelled:
        return []
    connection = connect(path)
    try:
        return [e for doc_id in labelled
                if (e := _example(connection, doc_id, settled)) is not None]  # fmt: skip
    finally:
        connection.close()


def _example(connection: sqlite3.Connection, doc_id: str, settled: dict) -> Example | None:
    doc = connection.execute(
        "SELECT axes, status, missing_kind, period_start, period_end FROM documents "
        "WHERE doc_id = ? AND processing_status = 'ok'", (doc_id,)
    ).fetchone()
    if doc is None:
        return None
    status = settled.get((doc_id, "status"), doc["status"])
    axes = settled.get((doc_id, "axes"), split_axes(doc["axes"]))
    if status is None:
        return None
    pages = connection.execute(
        "SELECT text FROM pages WHERE doc_id = ? ORDER BY number", (doc_id,)
    ).fetchall()
    text = "\f".join(page["text"] or "" for page in pages)
    kind = settled.get((doc_id, "missing_kind"), doc["missing_kind"])
    return Example(doc_id, "train", make_sample(text, _period(doc)), sorted(axes), status,
                   kind if status == "missing" else None)


def _period(doc: sqlite3.Row) -> tuple[date, date] | None:
    if not doc["period_start"] or not doc["period_end"]:
        return None
    return date.fromisoformat(doc["period_start"]), date.fromisoformat(doc["period_end"])
