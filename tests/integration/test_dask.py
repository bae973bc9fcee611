"""``oficio process --dask-address`` and ``oficio doctor --dask-address`` from the command
line, against real clusters whose workers are separate processes."""

from __future__ import annotations

import csv
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, sample_corpus

FAST = ["01_mimp_oficio_native.pdf", "08_rree_note_en.docx", "12_rree_note.txt",
        "99_broken.pdf"]
TABLES = ("documents", "figures", "mentions")


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """A scheduler and two worker processes that import this checkout (not an installed
    oficio), as non-daemonic processes, so that each document gets its own child as docs/
    dask.md says to start workers."""
    import dask
    from distributed import LocalCluster

    with dask.config.set({"distributed.worker.daemon": False}), LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
            env={"PYTHONPATH": str(ROOT)}) as local:
        yield local.scheduler_address


@pytest.fixture
def corpus(tmp_path, examples) -> Path:
    return sample_corpus(examples, tmp_path / "corpus", FAST)


def oficio(*args: str, env: dict[str, str] | None = None,
           timeout: float = 240) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "oficio", *args], cwd=ROOT, text=True,
                          capture_output=True, timeout=timeout, env=env)


def table(workspace: Path, name: str) -> list[list[str]]:
    with open(workspace / "export" / f"{name}.csv", encoding="utf-8", newline="") as file:
        return sorted(csv.reader(file))


def test_process_on_a_cluster_gives_the_tables_of_a_local_run(cluster, corpus, tmp_path):
    remote = oficio("process", str(corpus), "--workspace", str(tmp_path / "dask"),
                    "--dask-address", cluster)
    assert remote.returncode == 8, remote.stderr  # the broken sample fails, the rest is kept
    assert "Traceback" not in remote.stderr
    assert "4 files (4 distinct): 3 processed, 1 failed" in remote.stdout
    local = oficio("process", str(corpus), "--workspace", str(tmp_path / "local"))
    assert local.returncode == 8, local.stderr
    for name in TABLES:
        rows = table(tmp_path / "dask", name)
        assert len(rows) > 1, name
        assert rows == table(tmp_path / "local", name), name


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_a_cluster_that_cannot_be_reached_is_a_coded_error_and_an_aborted_run(corpus,
                                                                              tmp_path):
    address = f"tcp://127.0.0.1:{free_port()}"
    env = dict(os.environ, OFICIO_DASK_TIMEOUT="2")
    run = oficio("process", str(corpus), "--workspace", str(tmp_path / "ws"),
                 "--dask-address", address, env=env)
    assert run.returncode == 9, run.stderr
    assert "[E313]" in run.stderr and address in run.stderr
    assert "Traceback" not in run.stderr
    with sqlite3.connect(tmp_path / "ws" / "oficio.sqlite") as connection:
        assert list(connection.execute("SELECT status FROM runs")) == [("aborted",)]

    doctor = oficio("doctor", "--dask-address", address, env=env)
    assert doctor.returncode == 4
    assert f"Dask cluster {address}" in doctor.stdout and "dask scheduler" in doctor.stdout


def test_doctor_checks_each_worker(cluster):
    run = oficio("doctor", "--dask-address", cluster)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.count("Dask worker") == 2
    assert "oficio 0.1.0" in run.stdout and "spa" in run.stdout


def test_a_worker_with_another_oficio_fails_doctor_and_is_refused(corpus, tmp_path):
    """A real worker process whose ``oficio`` package is another version (a folder ahead
    of this checkout on its path; run elsewhere, since ``-m`` puts the current folder
    first)."""
    from distributed import LocalCluster

    other = tmp_path / "other" / "oficio"
    other.mkdir(parents=True)
    (other / "__init__.py").write_text('__version__ = "0.0.9"\n')
    env = dict(os.environ, PYTHONPATH=f"{other.parent}{os.pathsep}{ROOT}")
    with LocalCluster(n_workers=0, processes=True, dashboard_address=":0") as local:
        worker = subprocess.Popen(
            [sys.executable, "-m", "distributed.cli.dask_worker", local.scheduler_address,
             "--nthreads", "1", "--no-nanny", "--no-dashboard"],
            cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 60
            while not local.scheduler.workers and time.monotonic() < deadline:
                time.sleep(0.2)
            run = oficio("doctor", "--dask-address", local.scheduler_address)
            batch = oficio("process", str(corpus), "--workspace", str(tmp_path / "ws"),
                           "--dask-address", local.scheduler_address)
        finally:
            worker.terminate()
            worker.wait(30)
    assert run.returncode == 4, run.stdout
    assert "oficio 0.0.9" in run.stdout
    assert "install oficio 0.1.0" in run.stdout
    assert batch.returncode == 9, batch.stderr  # refused before reading anything
    assert "[E313]" in batch.stderr and "oficio 0.0.9" in batch.stderr
    assert "Traceback" not in batch.stderr


def test_a_cluster_lost_during_the_run_is_a_coded_error_and_an_aborted_run(tmp_path, examples):
    """The scheduler and its workers stop while the worker OCRs a scan."""
    from distributed import LocalCluster

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(examples / "03_mpfn_carta_scan_300dpi.pdf", corpus)
    workspace = tmp_path / "ws"
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                      dashboard_address=":0", env={"PYTHONPATH": str(ROOT)}) as local:
        run = subprocess.Popen(
            [sys.executable, "-m", "oficio", "process", str(corpus), "--workspace",
             str(workspace), "--dask-address", local.scheduler_address],
            cwd=ROOT, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 120
        while not local.scheduler.tasks and time.monotonic() < deadline:
            time.sleep(0.1)
        assert local.scheduler.tasks, "the batch never submitted its document"
    out, err = run.communicate(timeout=120)
    assert run.returncode == 9, err
    assert "[E313]" in err and "lost during the run" in err
    # the last line is oficio's; Prefect logs no traceback of the flow (distributed's client
    # logs its failed reconnection, a library's log of its own)
    assert err.strip().splitlines()[-1].startswith("error: [E313]")
    assert "flow_engine" not in err and "Encountered exception" not in err
    with sqlite3.connect(workspace / "oficio.sqlite") as connection:
        assert list(connection.execute("SELECT status FROM runs")) == [("aborted",)]
