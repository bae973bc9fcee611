"""Prefect's own command line reads a workspace's Prefect home (issue 21, item 2).

``PREFECT_HOME=WS/.prefect prefect flow-run ls`` starts Prefect's temporary server on the
workspace's database and lists the batch's flow runs. With FastAPI 0.151 or later that
server rejected the null filters Prefect's client sends (422 on ``/api/flows/filter``), so
the command failed, and Prefect's UI, which asks the same questions, showed nothing.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from oficio.corpus.store.workspace import Workspace
from tests.conftest import EXAMPLES

BIN = Path(sys.executable).parent


def clean_env(**extra: str) -> dict[str, str]:
    """This environment without the test session's Prefect home or server, so that
    ``oficio process`` keeps its Prefect home in the workspace, as for an analyst."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PREFECT_HOME", "PREFECT_API_URL", "PREFECT_PROFILES_PATH")}
    return {**env, **extra}


def table_rows(text: str) -> list[list[str]]:
    """The body rows of a table printed by Rich (cells between its vertical bars)."""
    return [[cell.strip() for cell in line.strip().strip("│").split("│")]
            for line in text.splitlines() if line.lstrip().startswith("│")]


def test_prefect_flow_run_ls_lists_the_batch_run(tmp_path):
    folder = tmp_path / "replies"
    folder.mkdir()
    (folder / "a.txt").write_text(
        (EXAMPLES / "replies" / "12_rree_note.txt").read_text(encoding="utf-8"),
        encoding="utf-8")
    (folder / "b.txt").write_text("Oficio N° 12-2018. No se registraron casos en 2017.",
                                  encoding="utf-8")
    workspace = tmp_path / "ws"

    batch = subprocess.run(
        [str(BIN / "oficio"), "process", str(folder), "--workspace", str(workspace)],
        env=clean_env(), capture_output=True, text=True, timeout=600)
    assert batch.returncode == 0, batch.stderr
    assert (workspace / ".prefect" / "prefect.db").is_file()
    with sqlite3.connect(Workspace(workspace).database) as store:
        [(run_id, processed)] = store.execute("SELECT run_id, processed FROM runs").fetchall()
    assert processed == 2

    listing = subprocess.run(
        [str(BIN / "prefect"), "flow-run", "ls"],
        env=clean_env(PREFECT_HOME=str(workspace / ".prefect"), COLUMNS="200",
                      # the first start of Prefect's server on a busy machine (20 s default)
                      PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="180"),
        capture_output=True, text=True, timeout=600)
    assert listing.returncode == 0, listing.stdout + listing.stderr
    assert "422" not in listing.stderr, listing.stderr
    rows = table_rows(listing.stdout)
    assert [row[1:4] for row in rows] == [["oficio-process", f"oficio run {run_id}",
                                           "COMPLETED"]], listing.stdout
