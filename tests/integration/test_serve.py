"""``oficio serve``: a real Prefect deployment processing an inbox on a schedule, started as
a command, fed a reply, watched through Prefect's API and stopped with a signal."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from oficio.corpus.batch.inbox import STOPPED_WITHIN
from oficio.corpus.batch.prefect_server import STOP_TIMEOUT
from tests.conftest import EXAMPLES, ROOT


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def query(database: Path, sql: str) -> list[tuple]:
    if not database.exists():
        return []
    connection = sqlite3.connect(database, timeout=30)
    try:
        return connection.execute(sql).fetchall()
    except sqlite3.OperationalError:  # the store is being created
        return []
    finally:
        connection.close()


def wait_for(condition, seconds: float, what: str):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if found := condition():
            return found
        time.sleep(0.5)
    pytest.fail(f"not within {seconds:.0f} s: {what}")


def api(port: int, path: str, body: dict) -> list[dict]:
    request = urllib.request.Request(f"http://127.0.0.1:{port}/api/{path}", method="POST",
                                     data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


@dataclass
class Served:
    server: subprocess.Popen
    inbox: Path
    workspace: Path
    port: int
    env: dict

    @property
    def database(self) -> Path:
        return self.workspace / "oficio.sqlite"


@contextmanager
def served(tmp_path: Path) -> Iterator[Served]:
    """``oficio serve`` over an empty inbox, in its own process group, once its first run
    (of the empty inbox, at once) has finished; killed on the way out if still running."""
    inbox, workspace, port = tmp_path / "inbox", tmp_path / "ws", free_port()
    inbox.mkdir()
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect")}  # the workspace's own
    env.pop("PREFECT_API_URL", None)
    # as a batch run earlier in the same environment leaves it: the scheduler switched off
    env["PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED"] = "false"
    server = subprocess.Popen(
        [sys.executable, "-m", "oficio", "serve", str(inbox), "--workspace", str(workspace),
         "--every", "3s", "--port", str(port)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True)
    run = Served(server, inbox, workspace, port, env)
    try:
        wait_for(lambda: query(run.database, "SELECT 1 FROM runs WHERE status = 'finished'"),
                 240, "a first run of the empty inbox")
        yield run
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def stop_during_a_scan(run: Served, stop: signal.Signals) -> tuple[str, str]:
    """Drop a scan (seconds to read) into the inbox and stop the command while its run is
    going; what the command printed."""
    shutil.copy(EXAMPLES / "replies" / "03_mpfn_carta_scan_300dpi.pdf", run.inbox / "scan.pdf")
    wait_for(lambda: query(run.database, "SELECT 1 FROM runs WHERE status = 'running'"),
             120, "a run of the scan")
    if stop == signal.SIGINT:  # Ctrl-C in a terminal: the whole process group
        os.killpg(run.server.pid, stop)
    else:
        run.server.send_signal(stop)
    # the command may take the time it allows itself: its server's stop, then the stopped
    # run's process letting go of the workspace (on a loaded machine, over 90 s)
    return run.server.communicate(timeout=STOP_TIMEOUT + STOPPED_WITHIN + 30)


def stopped_cleanly(run: Served, out: str, err: str) -> None:
    assert run.server.returncode in (0, 130), err
    assert "Stopped." in out or run.server.returncode == 130
    assert query(run.database, "SELECT run_id FROM runs WHERE status = 'running'") == []
    _no_process_left(run.server.pid)
    with pytest.raises(OSError):  # the workspace's Prefect server was stopped too
        socket.create_connection(("127.0.0.1", run.port), timeout=2).close()


def test_serve_processes_a_reply_dropped_into_the_inbox_and_stops_cleanly(tmp_path):
    with served(tmp_path) as run:
        inbox, workspace, port, env, database = (run.inbox, run.workspace, run.port, run.env,
                                                 run.database)
        shutil.copy(EXAMPLES / "replies" / "12_rree_note.txt", inbox / "nota.txt")
        wait_for(lambda: query(database, "SELECT 1 FROM documents WHERE path = 'nota.txt' "
                                         "AND processing_status = 'ok'"),
                 120, "the dropped reply in the store")
        wait_for(lambda: "nota.txt" in _read(workspace / "export" / "documents.csv"),
                 60, "the reply in the tables")

        deployments = api(port, "deployments/filter", {})
        assert [d["name"] for d in deployments] == ["inbox"]
        assert deployments[0]["parameters"]["inbox"] == str(inbox)
        runs = api(port, "flow_runs/filter", {"flow_runs": {"deployment_id": {
            "any_": [deployments[0]["id"]]}, "state": {"type": {"any_": ["COMPLETED"]}}}})
        assert runs, "Prefect records the deployment's completed runs"
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30) as page:
            assert b"<html" in page.read().lower()  # Prefect's UI is served

        # a batch by hand on the same workspace uses the served server: its run shows there
        other = tmp_path / "other"
        other.mkdir()
        shutil.copy(EXAMPLES / "replies" / "08_rree_note_en.docx", other / "note.docx")
        for _ in range(20):  # a scheduled run (every 3 s) may hold the workspace: E301
            by_hand = subprocess.run(
                [sys.executable, "-m", "oficio", "process", str(other), "--workspace",
                 str(workspace)], cwd=ROOT, env=env, capture_output=True, text=True,
                timeout=300)
            if by_hand.returncode != 10:
                break
        assert by_hand.returncode == 0, by_hand.stderr
        ((run_id,),) = query(database, "SELECT max(run_id) FROM runs WHERE corpus = "
                                       f"'{other}'")
        assert api(port, "flow_runs/filter", {"flow_runs": {"name": {
            "any_": [f"oficio run {run_id}"]}}})

        out, err = stop_during_a_scan(run, signal.SIGTERM)
    stopped_cleanly(run, out, err)


def test_ctrl_c_during_a_run_stops_serve_cleanly(tmp_path):
    """Ctrl-C in a terminal signals the whole process group, the runs' processes too."""
    with served(tmp_path) as run:
        out, err = stop_during_a_scan(run, signal.SIGINT)
    stopped_cleanly(run, out, err)


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.exists() else ""


def _no_process_left(group: int) -> None:
    """Every process the command started (its server, the runs' processes) has ended."""
    end = time.monotonic() + 30
    while time.monotonic() < end:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return
        time.sleep(0.5)
    pytest.fail("a process of oficio serve outlived it")
