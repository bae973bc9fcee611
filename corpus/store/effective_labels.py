"""The labels a reply is shown with: a reviewed label wins over the model's.

``oficio review import`` stores the analysts' corrections in the workspace's label store
(``WS/annotations.jsonl``, ``oficio.annotations.store``). The tables
(``oficio.corpus.outputs.export.collect``, and so the CSV, Parquet, XLSX and the report) and
``oficio status`` show, for each reply, its reviewed ``status``, ``axes``, ``missing_kind`` and
sender where there is one, else what oficio read; ``label_source`` says which (``reviewed`` or
``model``), and oficio's own labels stay beside them (``model_status``, ``model_axes``,
``model_missing_kind``, ``read_sender_id``), so that a later model's prediction never hides a
correction and a correction never hides what oficio said.

A field's reviewed label is the latest standing one of the store (a decision record
supersedes every earlier one; see ``oficio.annotations.store``). Labels that disagree are shown
by their latest; ``oficio train`` leaves them out until a decision settles them.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

from oficio.annotations.store import AnnotationStore
from oficio.extract.institutions.gazetteer import load_gazetteer
from oficio.labels import AXES

LABELS_FILE = "annotations.jsonl"  # in the workspace folder, beside the store
REVIEWED_FIELDS = ("status", "axes", "missing_kind", "sender_id")
SOURCE_COLUMN = "label_source"
MODEL_COLUMNS = {"status": "model_status", "axes": "model_axes",
                 "missing_kind": "model_missing_kind", "sender_id": "read_sender_id"}
SENDER_COLUMNS = ("sender_id", "sender_name", "sender_acronym", "sender_kind")
REVIEWED, MODEL = "reviewed", "model"

Reviewed = dict[str, dict[str, Any]]  # doc_id -> field -> reviewed value


def labels_path(workspace_root: Path) -> Path:
    return Path(workspace_root) / LABELS_FILE


def workspace_of(connection: sqlite3.Connection) -> Path:
    """The workspace folder of the store behind ``connection``."""
    return Path(connection.execute("PRAGMA database_list").fetchone()[2]).parent


def reviewed_labels(workspace_root: Path) -> Reviewed:
    """Every reviewed status, axes, missing_kind and sender of the workspace's store."""
    path = labels_path(workspace_root)
    if not path.is_file():
        return {}
    found: Reviewed = {}
    for (doc_id, name), labels in AnnotationStore(path).standing().items():
        if name in REVIEWED_FIELDS and labels:
            found.setdefault(doc_id, {})[name] = labels[-1].value
    return found


def labels_state(workspace_root: Path) -> bytes:
    """A digest of the label store: another one after any import, so that tables written
    before it are not taken for current (``oficio.corpus.outputs.export.fingerprint``)."""
    path = labels_path(workspace_root)
    try:
        return hashlib.sha256(path.read_bytes()).digest()
    except FileNotFoundError:
        return b""


def apply_reviewed(record: dict[str, Any], reviewed: dict[str, Any] | None) -> None:
    """Turn ``record`` (a documents row: status, axes as ``;``-joined text, missing_kind)
    into the row shown: the model's labels moved to the ``model_*`` columns, the reviewed
    ones in their place, and ``label_source``."""
    for name, column in MODEL_COLUMNS.items():
        record[column] = record.get(name)
    labelled = record.get("status") is not None or record.get("axes") is not None
    record[SOURCE_COLUMN] = MODEL if labelled else None
    if not reviewed:
        return
    if "status" in reviewed:
        record["status"] = reviewed["status"]
        if reviewed["status"] != "missing" or record["model_status"] != "missing":
            # why a reply is missing is the model's only while the model's status stands
            record["missing_kind"] = None
    if "axes" in reviewed:
        record["axes"] = ";".join(axis for axis in AXES if axis in reviewed["axes"])
    if "missing_kind" in reviewed:
        record["missing_kind"] = reviewed["missing_kind"]
    if "sender_id" in reviewed:
        record.update(_sender(reviewed["sender_id"]))
    record[SOURCE_COLUMN] = REVIEWED


def _sender(institution_id: str) -> dict[str, Any]:
    """The sender columns of a reviewed sender (an id ``oficio review import`` checked
    against the gazetteer, with the workspace's own institutions)."""

    entry = load_gazetteer().get(institution_id)
    if entry is None:  # an id of an institutions file no longer in use: shown as typed
        return dict(zip(SENDER_COLUMNS, (institution_id, None, None, None), strict=True))
    return dict(zip(SENDER_COLUMNS, (entry.id, entry.name, entry.acronym or None, entry.kind),
                    strict=True))
