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
from pathlib import Path

import pytest

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


def start_serve(tmp_path: Path) -> tuple[subprocess.Popen, Path, Path, int, dict]:
    """``oficio serve`` over an empty inbox, in its own process group, once its first run
    (of the empty inbox, at once) has finished."""
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
    try:
        wait_for(lambda: query(workspace / "oficio.sqlite",
                               "SELECT 1 FROM runs WHERE status = 'finished'"),
                 240, "a first run of the empty inbox")
    except BaseException:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()
        raise
    return server, inbox, workspace, port, env


def stop_during_a_scan(server: subprocess.Popen, inbox: Path, database: Path,
                       stop: signal.Signals) -> tuple[str, str]:
    """Drop a scan (seconds to read) into the inbox and stop the command while its run is
    going; what the command printed."""
    shutil.copy(EXAMPLES / "replies" / "03_mpfn_carta_scan_300dpi.pdf", inbox / "scan.pdf")
    wait_for(lambda: query(database, "SELECT 1 FROM runs WHERE status = 'running'"),
             120, "a run of the scan")
    if stop == signal.SIGINT:  # Ctrl-C in a terminal: the whole process group
        os.killpg(server.pid, stop)
    else:
        server.send_signal(stop)
    return server.communicate(timeout=90)


def stopped_cleanly(server: subprocess.Popen, out: str, err: str, database: Path,
                    port: int) -> None:
    assert server.returncode in (0, 130), err
    assert "Stopped." in out or server.returncode == 130
    assert query(database, "SELECT run_id FROM runs WHERE status = 'running'") == []
    _no_process_left(server.pid)
    with pytest.raises(OSError):  # the workspace's Prefect server was stopped too
        socket.create_connection(("127.0.0.1", port), timeout=2).close()


def test_serve_processes_a_reply_dropped_into_the_inbox_and_stops_cleanly(tmp_path):
    server, inbox, workspace, port, env = start_serve(tmp_path)
    database = workspace / "oficio.sqlite"
    try:
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

        out, err = stop_during_a_scan(server, inbox, database, signal.SIGTERM)
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
    stopped_cleanly(server, out, err, database, port)


def test_ctrl_c_during_a_run_stops_serve_cleanly(tmp_path):
    """Ctrl-C in a terminal signals the whole process group, the runs' processes too."""
    server, inbox, workspace, port, _ = start_serve(tmp_path)
    database = workspace / "oficio.sqlite"
    try:
        out, err = stop_during_a_scan(server, inbox, database, signal.SIGINT)
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
    stopped_cleanly(server, out, err, database, port)


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
