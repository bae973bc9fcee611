"""Workspaces for review tests: bundled replies stored as the batch stores processed ones."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from oficio.annotations.bundled import BundledReply
from oficio.corpus.store.database import connect, transaction
from oficio.labels import AXES

AMOUNTS = [1250000.0, 84000.5, 3200.0, 950.0]
COUNTS = [312.0, 47.0, 12.0, 5.0]


def doc_id_of(reply: BundledReply) -> str:
    """A file content hash, as the batch gives (not the bundled set's own hash)."""
    return hashlib.sha256(("file:" + reply.id).encode()).hexdigest()


def store_reply(
    connection, reply: BundledReply, prediction: dict[str, Any], run_id: int = 1,
    kind: str = "ministry",
) -> str:  # fmt: skip
    """Insert ``reply`` as a processed document with the given predicted labels."""
    doc_id = doc_id_of(reply)
    p = prediction.get("p", {})
    evidence = prediction.get("evidence") or _evidence(reply, prediction)
    with transaction(connection):
        connection.execute(
            "INSERT INTO documents (doc_id, path, file_type, pages, processing_status, "
            "pipeline_version, run_id, processed_at, sender_id, sender_name, sender_kind, "
            "reference, letter_date, axes, p_governance, p_prevention, p_protection, "
            "p_prosecution, status, status_confidence, model_version, evidence, "
            "period_start, period_end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (doc_id, f"replies/{reply.id}.pdf", "pdf", len(reply.pages), "ok", "test", run_id,
             "2026-11-23T12:00:00+00:00", reply.sender_id, f"Sender of {reply.id}", kind,
             reply.reference, reply.letter_date, ";".join(prediction["axes"]),
             *(p.get(a) for a in AXES), prediction["status"],
             prediction.get("status_confidence"), "default", json.dumps(evidence),
             reply.period_start, reply.period_end),
        )  # fmt: skip
        for number, text in enumerate(reply.pages, start=1):
            connection.execute(
                "INSERT INTO pages (doc_id, number, method, status, text) VALUES (?,?,?,?,?)",
                (doc_id, number, "text", "ok", text),
            )
        for value in AMOUNTS[:2]:
            connection.execute(
                "INSERT INTO figures (doc_id, kind, value, currency, what, year, page) "
                "VALUES (?,?,?,?,?,?,?)", (doc_id, "money", value, "PEN", "budget", 2018, 1))
        for value in COUNTS:
            connection.execute(
                "INSERT INTO figures (doc_id, kind, value, what, year, page) "
                "VALUES (?,?,?,?,?,?)", (doc_id, "count", value, "victims", 2019, 1))
    return doc_id


def _evidence(reply: BundledReply, prediction: dict[str, Any]) -> list[dict[str, Any]]:
    """Whole first-page paragraphs as evidence for the status and each axis."""
    page = reply.pages[0]
    paragraphs = [part for part in page.split("\n\n") if part.strip()]
    items = []
    for index, label in enumerate([f"status:{prediction['status']}", *prediction["axes"]]):
        text = paragraphs[-(1 + index % len(paragraphs))]
        start = page.index(text)
        items.append({"label": label, "page": 1, "start": start, "end": start + len(text),
                      "score": 1.0, "text": text})  # fmt: skip
    return items


def make_workspace(path: Path, rows: list[tuple[BundledReply, dict[str, Any]]]) -> list[str]:
    """A workspace folder whose store holds ``rows``; returns their doc ids."""
    path.mkdir(parents=True, exist_ok=True)
    connection = connect(path / "oficio.sqlite")
    try:
        return [store_reply(connection, reply, prediction) for reply, prediction in rows]
    finally:
        connection.close()
