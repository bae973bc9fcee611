"""The output tables of docs/output.md (the output contract), from the workspace store.

``documents`` (one row per reply, and one per request with no reply), ``figures`` and
``mentions``, written as spreadsheet-safe CSV (UTF-8 with BOM, formulas neutralized) and
typed Parquet, or as one XLSX workbook. Only current documents are shown (a file's latest
content, still in its folder: ``oficio.corpus.batch.reconcile``), unless ``include_removed``.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from oficio.corpus.batch.reconcile import CURRENT, STATES
from oficio.corpus.outputs.spreadsheet import write_csv, write_xlsx
from oficio.corpus.requests.deadlines import deadline, deadline_met, working_days
from oficio.corpus.requests.registry import unanswered
from oficio.corpus.store.database import connect_to_read
from oficio.corpus.store.effective_labels import (
    MODEL_COLUMNS,
    SOURCE_COLUMN,
    Reviewed,
    apply_reviewed,
    labels_state,
    reviewed_labels,
    workspace_of,
)
from oficio.corpus.store.registry_store import load_requests
from oficio.corpus.store.workspace import Workspace
from oficio.errors import DiskFullError, is_disk_full
from oficio.extract.institutions.gazetteer import load_gazetteer
from oficio.labels import AXES, STATUSES

DOCUMENT_COLUMNS = [
    "doc_id", "path", "pages", "ocr_pages", "language", "sender_id", "sender_name",
    "sender_acronym", "sender_kind", "reference", "letter_date", "request_id", "period_start",
    "period_end", "axes", "p_governance", "p_prevention", "p_protection", "p_prosecution",
    "status", "status_confidence", "deadline_met", "working_days_to_reply",
    "processing_status", "error", "model_version",
    # beyond the contract
    "file_type", "filed_on", "period_source", "error_code", "stage", "also_at", "missing_kind",
    "state",
    # status, axes and missing_kind are the reviewed labels where there are (issue 20):
    # which, and what the model said (oficio.corpus.store.effective_labels)
    SOURCE_COLUMN, *MODEL_COLUMNS.values(),
]
FIGURE_COLUMNS = ["doc_id", "kind", "value", "currency", "what", "year", "role", "page",
                  "start", "end", "text",
                  # beyond the contract
                  "row_label", "column_header", "unit_source"]
MENTION_COLUMNS = ["doc_id", "institution_id", "name", "acronym", "kind", "text", "page",
                   "start", "end", "is_sender"]
TYPES = {
    "pages": "Int64", "ocr_pages": "Int64", "working_days_to_reply": "Int64", "year": "Int64",
    "page": "Int64", "start": "Int64", "end": "Int64", "deadline_met": "boolean",
    "is_sender": "boolean", "value": "float64", "status_confidence": "float64",
    **{f"p_{axis}": "float64" for axis in AXES},
}
COMPLETE = ".complete"  # written last by write(): the files, and the store state they show
STORE_LINE = "store "
DATES = ("letter_date", "period_start", "period_end", "filed_on")
# the single-valued label columns of documents, and the values each may take: a dropdown in
# the workbook, so that a label corrected in Excel stays one the tables know (axes, a
# ;-list, has none)
LABELS = {"status": STATUSES,
          "missing_kind": ("off_topic", "no_reply"),
          "processing_status": ("ok", "failed"),
          "state": STATES}


@dataclass
class Table:
    name: str
    header: list[str]
    rows: list[list]


def collect(connection: sqlite3.Connection, include_removed: bool = False,
            reviewed: Reviewed | None = None) -> list[Table]:
    """The three tables, rows as plain Python values: the current documents, or with
    ``include_removed`` also those no longer in their folder (``superseded``, ``removed``).

    A document's status, axes and missing_kind are its reviewed labels where it has some
    (``reviewed``: by default those of the workspace's label store), else the model's."""
    shown = "" if include_removed else f"WHERE state = '{CURRENT}'"
    of_shown = f"WHERE doc_id IN (SELECT doc_id FROM documents {shown})" if shown else ""
    if reviewed is None:
        reviewed = reviewed_labels(workspace_of(connection))
    return [
        Table("documents", DOCUMENT_COLUMNS, _documents(connection, shown, reviewed)),
        Table("figures", FIGURE_COLUMNS, _rows(connection, 'SELECT doc_id, kind, value, '
              'currency, what, year, role, page, start, "end", text, row_label, column_header, '
              f"unit_source FROM figures {of_shown} ORDER BY doc_id, page, start")),
        Table("mentions", MENTION_COLUMNS, [
            row[:-1] + [bool(row[-1])] for row in _rows(
                connection, 'SELECT doc_id, institution_id, name, acronym, kind, text, page, '
                f'start, "end", is_sender FROM mentions {of_shown} '
                "ORDER BY doc_id, page, start")]),
    ]


def _rows(connection: sqlite3.Connection, sql: str) -> list[list]:
    return [list(row) for row in connection.execute(sql)]


def _documents(connection: sqlite3.Connection, shown: str, reviewed: Reviewed) -> list[list]:
    requests = {r.request_id: r for r in load_requests(connection)}
    duplicates = _duplicates(connection)
    rows = []
    for row in connection.execute(f"SELECT * FROM documents {shown} ORDER BY path"):
        record = dict(row)
        paths = duplicates.get(record["doc_id"], [])
        if paths and record["path"] not in paths:  # the path it was read at is gone
            record["path"] = paths[0]
        request = requests.get(record["request_id"])
        filed = request.filed_on if request else None
        replied = date.fromisoformat(record["letter_date"]) if record["letter_date"] else None
        record.update(
            filed_on=filed.isoformat() if filed else None,
            deadline_met=deadline_met(filed, replied) if filed and replied else None,
            working_days_to_reply=working_days(filed, replied) if filed and replied else None,
            also_at=";".join(p for p in paths if p != record["path"]) or None,
        )
        apply_reviewed(record, reviewed.get(record["doc_id"]))
        rows.append([record.get(column) for column in DOCUMENT_COLUMNS])
    answered = {row[DOCUMENT_COLUMNS.index("request_id")] for row in rows}
    rows.extend(_missing_row(request) for request in unanswered(requests.values(), answered))
    return rows


def _duplicates(connection: sqlite3.Connection) -> dict[str, list[str]]:
    """The current paths of each document's content."""
    found: dict[str, list[str]] = {}
    for doc_id, path in connection.execute(
            f"SELECT doc_id, path FROM files WHERE state = '{CURRENT}' ORDER BY path"):
        found.setdefault(doc_id, []).append(path)
    return found


def _missing_row(request) -> list:
    """A request with no reply on file: a ``missing`` row of documents.csv."""
    institution = load_gazetteer().get(request.institution_id) if request.institution_id \
        else None
    record = {
        "doc_id": f"request:{request.request_id}", "path": "", "pages": 0, "ocr_pages": 0,
        "sender_id": request.institution_id,
        "sender_name": institution.name if institution else request.institution,
        "sender_acronym": institution.acronym if institution else None,
        "sender_kind": institution.kind if institution else None,
        "request_id": request.request_id, "filed_on": request.filed_on.isoformat(),
        "period_start": _iso(request.period_start), "period_end": _iso(request.period_end),
        "period_source": "request", "axes": ";".join(a for a in AXES if a in request.axes),
        "status": "missing", "status_confidence": 1.0, "missing_kind": "no_reply",
        "deadline_met": False if deadline(request.filed_on) < date.today() else None,
        "processing_status": "ok",
    }  # no label_source: the registry, not a model or a reviewer, says it is missing
    return [record.get(column) for column in DOCUMENT_COLUMNS]


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def fingerprint(connection: sqlite3.Connection) -> str:
    """The state of the store the tables are made from: every document as stored (its id,
    run, time of processing, versions and state), every file's path and state, the request
    registry, and the label store beside it. Any document stored, redone, reclassified,
    superseded or removed, any file renamed, edited, removed or back, any request changed,
    any label imported gives another one."""
    digest = hashlib.sha256(labels_state(workspace_of(connection)))
    queries = ("SELECT doc_id, run_id, processed_at, processing_status, state, "
               "pipeline_version, model_version FROM documents ORDER BY doc_id",
               "SELECT corpus, path, doc_id, state FROM files ORDER BY corpus, path",
               "SELECT * FROM requests ORDER BY request_id")
    for sql in queries:
        for row in connection.execute(sql):
            digest.update(repr(tuple(row)).encode("utf-8", "backslashreplace"))
        digest.update(b"\0")
    return digest.hexdigest()


def write(tables: Sequence[Table], out: Path, formats: Sequence[str],
          store: str | None = None) -> list[Path]:
    """Write the tables in ``formats`` (``csv`` and ``parquet``, or ``xlsx``) into ``out``.

    Each file appears whole or not at all (written aside, then renamed), and ``COMPLETE``
    is written last: a folder without it holds an export that was interrupted. It records
    the store's ``fingerprint`` (``store``), so that an export the store has moved on
    from (a run killed after storing documents, before exporting them) is not taken for
    a current one.

    A full disk is DiskFullError (E307) naming the file: the files written before stay
    whole, and without ``COMPLETE`` the next run writes them again.
    """
    with _no_room_is_e307(out):
        out.mkdir(parents=True, exist_ok=True)
    (out / COMPLETE).unlink(missing_ok=True)
    for stale in out.glob(".partial-*"):  # left by an export that was killed
        stale.unlink()
    written = []
    for table in tables:
        if "csv" in formats:
            written.append(out / f"{table.name}.csv")
            _atomically(written[-1], lambda p, t=table: write_csv(p, t.header, t.rows))
        if "parquet" in formats:
            written.append(out / f"{table.name}.parquet")
            _atomically(written[-1], lambda p, t=table: _frame(t).to_parquet(p, index=False))
    if "xlsx" in formats:
        written.append(out / "oficio.xlsx")
        sheets = {t.name: (t.header, t.rows) for t in tables}
        dropdowns = {("documents", column): choices for column, choices in LABELS.items()}
        _atomically(written[-1], lambda p: write_xlsx(p, sheets, dropdowns, dates=DATES))
    lines = [",".join(p.name for p in written)] + ([STORE_LINE + store] if store else [])
    # aside then renamed too: on a full disk, an empty marker would pass for a finished export
    _atomically(out / COMPLETE, lambda p: p.write_text("\n".join(lines) + "\n",
                                                       encoding="utf-8"))
    return written


def is_complete(out: Path) -> bool:
    """Whether the last export into ``out`` finished."""
    return (out / COMPLETE).is_file()


def is_current(out: Path, store: str) -> bool:
    """Whether the last export into ``out`` finished and shows the store state ``store``
    (a ``fingerprint``)."""
    try:
        lines = (out / COMPLETE).read_text(encoding="utf-8").splitlines()
    except OSError:
        return False
    return STORE_LINE + store in lines


def _atomically(path: Path, write_to: Callable[[Path], object]) -> None:
    partial = path.with_name(f".partial-{path.name}")  # same folder: the rename is atomic
    try:
        with _no_room_is_e307(path):
            write_to(partial)
            os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


@contextmanager
def _no_room_is_e307(path: Path) -> Iterator[None]:
    """A write that fails for lack of space becomes DiskFullError naming ``path`` (the
    OSError of the csv module, of pyarrow or of openpyxl is no message for a person)."""
    try:
        yield
    except OSError as error:
        if not is_disk_full(error):
            raise
        raise DiskFullError(path, "writing the tables; none is left half-written") from error


def _frame(table: Table):
    import pandas as pd  # only when Parquet is written

    frame = pd.DataFrame(table.rows, columns=table.header)
    for column in table.header:
        if column in TYPES:
            frame[column] = frame[column].astype(TYPES[column])
        elif column in DATES:
            frame[column] = pd.to_datetime(frame[column], errors="coerce").dt.date
        elif frame[column].dtype == object:
            frame[column] = frame[column].astype("string")
    return frame


def export_workspace(ws: Workspace, out_dir: Path, formats: tuple[str, ...],
                     include_removed: bool = False) -> list[Path]:
    connection = connect_to_read(ws.database)
    try:
        with connection:  # one read transaction: the tables and their fingerprint agree
            connection.execute("BEGIN")
            # an export with removed documents is not the store's current one: no fingerprint,
            # so that WS/export written so is rewritten by the next run
            state = None if include_removed else fingerprint(connection)
            tables = collect(connection, include_removed)
        return write(tables, out_dir, formats, store=state)
    finally:
        connection.close()


def export_is_current(ws: Workspace) -> bool:
    """Whether ``WS/export`` finished and shows the store as it is now."""
    connection = connect_to_read(ws.database)
    try:
        return is_current(ws.exports, fingerprint(connection))
    finally:
        connection.close()
