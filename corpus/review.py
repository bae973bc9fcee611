"""The review queue: processed replies, most useful to check first, as a spreadsheet.

Order: the smallest margin first, then the most disagreements between the axis and status
signals. The margin of a reply is the smaller of its status margin (``2 * confidence -
1``) and its axis margin (``2 * |p - 0.5|`` of the axis closest to 0.5), rounded to one
decimal so that, among replies about as uncertain, those whose signals disagree come
first. Disagreements: status ``missing`` with an axis probability of at least 0.7 and
figures in the reply; ``missing`` with predicted axes; ``answered`` with no axis.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotations.records import AXES, STATUSES
from corpus.redact import redact as redact_text
from corpus.spreadsheet import write_csv, write_xlsx

SHEET = "review"
EDIT_COLUMNS = ["your_status", "your_axes", "your_sender", "comment"]
HEADER = (
    ["doc_id", "file", "sender_id", "sender", "reference", "date", "status", "missing_kind",
     "status_confidence"]
    + ["axes"]
    + [f"p_{axis}" for axis in AXES]
    + ["evidence_status"]
    + [f"evidence_{axis}" for axis in AXES]
    + ["amounts", "counts"]
    + EDIT_COLUMNS
)
HIGH_AXIS = 0.7
TOP_FIGURES = 3


@dataclass
class QueueFilter:
    """Which replies go into the queue (None: any)."""

    limit: int | None = None
    kind: str | None = None  # the sender's gazetteer kind
    status: str | None = None  # the predicted status
    axis: str | None = None  # a predicted axis
    run_id: int | None = None  # the run that processed the reply


@dataclass
class QueueItem:
    """One reply of the queue, with what orders it."""

    row: dict[str, Any]
    margin: float
    disagreements: list[str] = field(default_factory=list)

    @property
    def sort_key(self) -> tuple[bool, float, int, float]:
        # A document judged off topic comes first: if it is a reply after all, the model
        # never read it, and its information is lost until someone looks.
        off_topic = self.row.get("missing_kind") == "off_topic"
        return (not off_topic, round(self.margin, 1), -len(self.disagreements), self.margin)


def margin(doc: sqlite3.Row) -> float:
    """How sure the model is of its weakest label: 0 (a coin toss) to 1 (certain)."""
    values = []
    if doc["status_confidence"] is not None:
        values.append(max(0.0, 2 * doc["status_confidence"] - 1))
    values += [2 * abs(doc[f"p_{axis}"] - 0.5) for axis in AXES if doc[f"p_{axis}"] is not None]
    return min(values) if values else 0.0


def disagreements(doc: sqlite3.Row, figure_count: int) -> list[str]:
    """Where the axis and status signals of a reply contradict each other."""
    axes = split_axes(doc["axes"])
    high = [a for a in AXES if (doc[f"p_{a}"] or 0.0) >= HIGH_AXIS]
    found = []
    if doc["status"] is None:
        found.append("no status predicted")
    if doc["status"] == "missing" and high and figure_count:
        found.append("missing, but high axis probabilities and figures")
    if doc["status"] == "missing" and axes:
        found.append("missing, but axes predicted")
    if doc["status"] == "answered" and not axes:
        found.append("answered, but no axis")
    return found


def split_axes(text: str | None) -> list[str]:
    return [a for a in (text or "").split(";") if a]


def queue(connection: sqlite3.Connection, chosen: QueueFilter, redact: bool = True
          ) -> list[QueueItem]:  # fmt: skip
    """The processed replies that pass ``chosen``, most useful first."""
    items = []
    for doc in _documents(connection, chosen):
        figures = _figures(connection, doc["doc_id"])
        item = QueueItem(_row(doc, figures, redact), margin(doc), disagreements(doc, len(figures)))
        items.append(item)
    items.sort(key=lambda item: item.sort_key)
    return items[: chosen.limit] if chosen.limit is not None else items


def _documents(connection: sqlite3.Connection, chosen: QueueFilter) -> list[sqlite3.Row]:
    # only current replies: one no longer in its folder (edited or deleted) is not checked
    sql = "SELECT * FROM documents WHERE processing_status = 'ok' AND state = 'current'"
    params: list[Any] = []
    if chosen.kind:
        sql += " AND sender_kind = ?"
        params.append(chosen.kind)
    if chosen.status:
        sql += " AND status = ?"
        params.append(chosen.status)
    if chosen.axis:
        sql += " AND (';' || COALESCE(axes, '') || ';') LIKE ?"
        params.append(f"%;{chosen.axis};%")
    if chosen.run_id is not None:
        sql += " AND run_id = ?"
        params.append(chosen.run_id)
    return connection.execute(sql + " ORDER BY doc_id", params).fetchall()


def _figures(connection: sqlite3.Connection, doc_id: str) -> list[sqlite3.Row]:
    return connection.execute(
        "SELECT kind, value, currency, what, year, text FROM figures WHERE doc_id = ?", (doc_id,)
    ).fetchall()


def _row(doc: sqlite3.Row, figures: Sequence[sqlite3.Row], redact: bool) -> dict[str, Any]:
    evidence = json.loads(doc["evidence"] or "[]")
    def clean(text: str) -> str:  # redact first: line breaks tell names apart
        return " ".join((redact_text(text) if redact else text).split())

    row: dict[str, Any] = {
        "doc_id": doc["doc_id"],
        "file": doc["path"],
        "sender_id": doc["sender_id"],
        "sender": doc["sender_name"],
        "reference": doc["reference"],
        "date": doc["letter_date"],
        "status": doc["status"],
        "missing_kind": doc["missing_kind"],
        "status_confidence": doc["status_confidence"],
        "axes": "; ".join(split_axes(doc["axes"])),
        "evidence_status": clean(_passage(evidence, f"status:{doc['status']}")),
        "amounts": _top(figures, "money"),
        "counts": _top(figures, "count"),
    }
    for axis in AXES:
        row[f"p_{axis}"] = doc[f"p_{axis}"]
        predicted = axis in split_axes(doc["axes"])
        row[f"evidence_{axis}"] = clean(_passage(evidence, axis)) if predicted else ""
    return row


def _passage(evidence: list[dict[str, Any]], label: str) -> str:
    """The best-scoring evidence passage for ``label``."""
    found = [item for item in evidence if item.get("label") == label]
    if not found:
        return ""
    best = max(found, key=lambda item: item.get("score") or 0.0)
    return str(best.get("text", ""))


def _top(figures: Sequence[sqlite3.Row], kind: str) -> str:
    """The largest figures of one kind as short text: ``PEN 1,250,000 (2018); ...``."""
    chosen = sorted((f for f in figures if f["kind"] == kind and f["value"] is not None),
                    key=lambda f: -f["value"])[:TOP_FIGURES]  # fmt: skip
    return "; ".join(_figure_text(f) for f in chosen)


def _figure_text(figure: sqlite3.Row) -> str:
    value = figure["value"]
    number = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    parts = [f"{figure['currency']} {number}" if figure["currency"] else number]
    if figure["what"]:
        parts.append(str(figure["what"]))
    if figure["year"]:
        parts.append(f"({figure['year']})")
    return " ".join(parts)


def write_queue(items: list[QueueItem], out: Path, fmt: str = "csv") -> int:
    """Write the queue as CSV or XLSX (dropdown on ``your_status``); return the row count."""
    rows = [[item.row.get(column) for column in HEADER] for item in items]
    if fmt == "xlsx":
        write_xlsx(out, {SHEET: (HEADER, rows)},
                   dropdowns={(SHEET, "your_status"): list(STATUSES)})  # fmt: skip
        return len(rows)
    return write_csv(out, HEADER, rows)
