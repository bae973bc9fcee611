"""What a workspace holds, for ``oficio status``."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from oficio.corpus.batch.reconcile import CURRENT
from oficio.corpus.store.database import abort_stale_runs, connect, connect_to_read, transaction
from oficio.corpus.store.effective_labels import (
    REVIEWED,
    SOURCE_COLUMN,
    Reviewed,
    apply_reviewed,
    reviewed_labels,
)
from oficio.corpus.store.workspace import Workspace, idle
from oficio.errors import WorkspaceReadOnlyError

CURRENT_ONLY = f"WHERE state = '{CURRENT}'"


@dataclass
class StatusReport:
    root: Path
    by_status: dict[str, int] = field(default_factory=dict)
    labels: dict[str, dict[str, int]] = field(default_factory=dict)  # field -> code -> n
    failures: list[tuple[str, str]] = field(default_factory=list)
    last_run: dict[str, object] | None = None  # the runs table's row (the CLI words it)
    # documents no longer in their folder, kept as history: superseded / removed -> count
    history: dict[str, int] = field(default_factory=dict)
    reviewed: int = 0  # current documents shown with a reviewed label


def workspace_status(workspace: Workspace) -> StatusReport:
    report = StatusReport(workspace.root)
    mark_stale_runs(workspace)
    connection = connect_to_read(workspace.database)
    try:
        # the current documents, as the tables show them (oficio.corpus.batch.reconcile)
        report.by_status = _counts(connection, "SELECT processing_status, COUNT(*) FROM "
                                               f"documents {CURRENT_ONLY} GROUP BY 1 ORDER BY 1")
        report.history = _counts(connection, "SELECT state, COUNT(*) FROM documents "
                                             f"WHERE state != '{CURRENT}' GROUP BY 1 ORDER BY 1")
        statuses, axes, report.reviewed = _label_counts(
            connection, reviewed_labels(workspace.root))
        if statuses:
            report.labels["status"] = statuses
        if axes:
            report.labels["axes"] = axes
        report.failures = [
            (row[0], row[1]) for row in connection.execute(
                f"SELECT path, error FROM documents {CURRENT_ONLY} "
                "AND processing_status = 'failed' ORDER BY path")
        ]
        run = connection.execute(
            "SELECT run_id, started_at, status, processed, failed, skipped, changed, removed, "
            "restored FROM runs ORDER BY run_id DESC LIMIT 1").fetchone()
        if run:
            report.last_run = dict(run)
    finally:
        connection.close()
    return report


def mark_stale_runs(workspace: Workspace) -> None:
    """Runs marked running while no process holds the workspace were killed: aborted
    (unless the workspace is read-only: then they are only shown as they are stored)."""
    if not os.access(workspace.database, os.W_OK):
        return
    with idle(workspace) as nobody_running:
        if not nobody_running:
            return
        try:
            connection = connect(workspace.database)
        except WorkspaceReadOnlyError:
            return
        try:
            with transaction(connection):
                abort_stale_runs(connection)
        except WorkspaceReadOnlyError:
            pass
        finally:
            connection.close()


def _counts(connection, sql: str) -> dict[str, int]:
    return {row[0]: row[1] for row in connection.execute(sql)}


def _label_counts(connection, reviewed: Reviewed
                  ) -> tuple[dict[str, int], dict[str, int], int]:
    """Replies by status and by axis as the tables show them (a reviewed label wins), and
    how many have a reviewed label."""
    statuses: dict[str, int] = {}
    axes: dict[str, int] = {}
    shown_reviewed = 0
    for row in connection.execute(
            f"SELECT doc_id, status, axes, missing_kind FROM documents {CURRENT_ONLY}"):
        record = dict(row)
        apply_reviewed(record, reviewed.get(record["doc_id"]))
        shown_reviewed += record[SOURCE_COLUMN] == REVIEWED
        if record["status"] is not None:
            statuses[record["status"]] = statuses.get(record["status"], 0) + 1
        for axis in filter(None, (record["axes"] or "").split(";")):
            axes[axis] = axes.get(axis, 0) + 1
    return dict(sorted(statuses.items())), dict(sorted(axes.items())), shown_reviewed
