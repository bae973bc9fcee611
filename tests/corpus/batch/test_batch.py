"""oficio process: incremental, resumable, isolated, exclusive (on Dask: test_dask.py)."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from oficio.corpus.batch.pipeline import BatchSettings
from oficio.corpus.batch.run import process_corpus
from oficio.corpus.store.workspace import RunLock, Workspace
from tests.conftest import ROOT, sample_corpus

FAST = ["01_mimp_oficio_native.pdf", "02_gore_cusco_informe_native.pdf",
        "08_rree_note_en.docx", "12_rree_note.txt", "99_broken.pdf"]


@pytest.fixture
def corpus(tmp_path, examples) -> Path:
    return sample_corpus(examples, tmp_path / "corpus", FAST)


def rows(workspace: Workspace, sql: str) -> list[tuple]:
    with sqlite3.connect(workspace.database) as connection:
        return [tuple(row) for row in connection.execute(sql)]


def test_process_records_every_file_then_skips_them(corpus, tmp_path):
    workspace = Workspace.open(tmp_path / "ws")
    first = process_corpus(corpus, workspace)
    assert (first.processed, first.failed, first.skipped) == (4, 1, 0)
    documents = rows(workspace, "SELECT path, processing_status, error_code FROM documents "
                                "ORDER BY path")
    assert documents == [
        ("12_rree_note.txt", "ok", None), ("99_broken.pdf", "failed", "E004"),
        ("sub/01_mimp_oficio_native.pdf", "ok", None),
        ("sub/02_gore_cusco_informe_native.pdf", "ok", None),
        ("sub/08_rree_note_en.docx", "ok", None),
    ]
    (error,) = rows(workspace, "SELECT error FROM documents WHERE processing_status='failed'")
    assert "99_broken.pdf" in error[0] and str(corpus) not in error[0]
    assert rows(workspace, "SELECT COUNT(*) FROM pages")[0][0] == 5

    again = process_corpus(corpus, workspace)
    assert (again.processed, again.failed, again.skipped) == (0, 0, 5)


def test_renamed_duplicated_and_new_files(corpus, tmp_path):
    workspace = Workspace.open(tmp_path / "ws")
    process_corpus(corpus, workspace)
    (corpus / "12_rree_note.txt").rename(corpus / "nota_renombrada.txt")
    shutil.copy(corpus / "sub" / "08_rree_note_en.docx", corpus / "copia.docx")
    (corpus / "nueva.txt").write_text("Oficio N° 12-2018. No se registraron casos en 2017.")
    summary = process_corpus(corpus, workspace)
    assert (summary.files, summary.unique, summary.processed, summary.skipped) == (7, 6, 1, 5)
    assert rows(workspace, "SELECT COUNT(*) FROM documents")[0][0] == 6


def test_force_processes_again(corpus, tmp_path):
    workspace = Workspace.open(tmp_path / "ws")
    process_corpus(corpus, workspace)
    summary = process_corpus(corpus, workspace, force=True)
    assert (summary.processed, summary.failed, summary.skipped) == (4, 1, 0)
    assert rows(workspace, "SELECT COUNT(*) FROM documents")[0][0] == 5


def test_a_document_over_its_time_is_failed_and_the_batch_goes_on(corpus, tmp_path, examples):
    shutil.copy(examples / "03_mpfn_carta_scan_300dpi.pdf", corpus / "scan.pdf")
    workspace = Workspace.open(tmp_path / "ws")
    settings = BatchSettings(doc_timeout=0.5)
    summary = process_corpus(corpus, workspace, settings=settings)
    failed = dict(rows(workspace, "SELECT path, error_code FROM documents "
                                  "WHERE processing_status = 'failed'"))
    assert failed["scan.pdf"] == "E302"
    # Every file has its one row: the batch went on past the file that ran over.
    assert summary.processed + summary.failed == 6
    assert rows(workspace, "SELECT COUNT(*) FROM documents")[0][0] == 6
    time.sleep(0.5)  # the killed child's Tesseract went with it, and left no files
    stray = subprocess.run(["pgrep", "-f", f"tesseract {workspace.tmp}"], capture_output=True)
    assert stray.stdout == b""
    assert list(workspace.tmp.iterdir()) == []


def oficio(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "oficio", *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, **kwargs)


def test_second_run_on_a_busy_workspace_refuses(corpus, tmp_path):
    workspace = Workspace.open(tmp_path / "ws")
    with RunLock(workspace):
        run = oficio("process", str(corpus), "--workspace", str(workspace.root))
        out, err = run.communicate(timeout=120)
    assert run.returncode == 10
    assert "E301" in err and "in use" in err
    assert not workspace.database.exists() or rows(
        workspace, "SELECT COUNT(*) FROM documents")[0][0] == 0


def test_kill_9_then_resume_loses_and_duplicates_nothing(corpus, tmp_path, examples):
    # Six scans: more than one worker reads ahead while the batch starts, so the kill lands
    # while some are still to be read. The copies differ by a trailing byte: other files.
    scans = ["03_mpfn_carta_scan_300dpi.pdf", "06_mpfn_photo.png", "07_gore_cusco_fax.tif"]
    for i, name in enumerate(scans * 2):
        copy = corpus / f"scan{i}{Path(name).suffix}"
        copy.write_bytes((examples / name).read_bytes() + b"\n" * (i // len(scans)))
    total = len(FAST) + 6
    workspace = Workspace.open(tmp_path / "ws")
    run = oficio("process", str(corpus), "--workspace", str(workspace.root), "--jobs", "1")
    deadline = time.time() + 240
    while time.time() < deadline:
        try:  # the store is created (mode 600) a moment before its tables
            if workspace.database.exists() and rows(
                    workspace, "SELECT COUNT(*) FROM documents")[0][0] >= 2:
                break
        except sqlite3.OperationalError:
            pass
        time.sleep(0.2)
    os.killpg(run.pid, signal.SIGKILL)
    run.wait()
    stored = rows(workspace, "SELECT COUNT(*) FROM documents")[0][0]
    assert 2 <= stored < total, "the kill should land in the middle of the run"

    resumed = process_corpus(corpus, workspace)
    assert resumed.skipped == stored
    assert resumed.processed + resumed.failed == total - stored
    assert rows(workspace, "PRAGMA integrity_check") == [("ok",)]
    counts = rows(workspace, "SELECT doc_id, COUNT(*) FROM documents GROUP BY doc_id")
    assert len(counts) == total and all(n == 1 for _, n in counts)
    assert rows(workspace, "SELECT COUNT(*) FROM documents WHERE processing_status='ok'")[0][0] \
        == total - 1


def test_prefect_keeps_no_document_text(corpus, tmp_path):
    workspace = Workspace.open(tmp_path / "ws")
    process_corpus(corpus, workspace)
    home = Path(os.environ["PREFECT_HOME"])
    phrases = ["Centros de Atención Residencial".encode(), b"Torres Vega",
               b"Quispe Mamani"]
    for path in home.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert not any(phrase in data for phrase in phrases), path
    assert "Torres Vega" in rows(workspace, "SELECT group_concat(text) FROM pages")[0][0]


def hanging_tesseract(folder: Path, seconds: int) -> dict[str, str]:
    """An environment whose ``tesseract`` sleeps for ``seconds`` (a unique number, to find
    the process afterwards)."""
    fake = folder / "bin"
    fake.mkdir()
    (fake / "tesseract").write_text(f"#!/bin/sh\nexec sleep {seconds}\n")
    (fake / "tesseract").chmod(0o755)
    return dict(os.environ, PATH=f"{fake}:{os.environ['PATH']}")


def test_a_hanging_tesseract_times_out_and_the_batch_goes_on(corpus, tmp_path, examples):
    shutil.copy(examples / "03_mpfn_carta_scan_300dpi.pdf", corpus / "scan.pdf")
    workspace = tmp_path / "ws"
    env = dict(hanging_tesseract(tmp_path, 617), OFICIO_OCR_TIMEOUT="2")
    run = oficio("process", str(corpus), "--workspace", str(workspace), env=env)
    out, err = run.communicate(timeout=600)
    assert run.returncode == 8, err  # the broken sample fails; the others are kept
    ws = Workspace(workspace)
    pages = dict(rows(ws, "SELECT d.path, p.status FROM pages p JOIN documents d "
                          "USING (doc_id) WHERE d.path = 'scan.pdf'"))
    assert pages == {"scan.pdf": "ocr_timeout"}
    assert rows(ws, "SELECT COUNT(*) FROM documents WHERE processing_status = 'ok'")[0][0] == 5
    time.sleep(0.5)
    assert subprocess.run(["pgrep", "-f", "sleep 617"], capture_output=True).stdout == b""


def test_prefect_records_the_flow_run_but_not_each_task_run(corpus, tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_HOME"}  # the workspace's own
    workspace = tmp_path / "ws"
    run = oficio("process", str(corpus), "--workspace", str(workspace), env=env)
    _, err = run.communicate(timeout=600)
    assert run.returncode == 8  # 99_broken.pdf
    assert "Unable to connect" not in err and "EventsWorker" not in err
    with sqlite3.connect(workspace / ".prefect" / "prefect.db") as connection:
        flows = connection.execute("SELECT name, parameters, state_type FROM flow_run").fetchall()
        tasks = connection.execute("SELECT COUNT(*) FROM task_run").fetchone()[0]
    assert flows == [("oficio run 1", "{}", "COMPLETED")]  # no file names kept there
    assert tasks == 0


def test_a_document_killed_for_its_time_takes_its_tesseract_with_it(corpus, tmp_path, examples):
    shutil.copy(examples / "03_mpfn_carta_scan_300dpi.pdf", corpus / "scan.pdf")
    env = dict(hanging_tesseract(tmp_path, 619), OFICIO_OCR_TIMEOUT="600")
    workspace = tmp_path / "ws"
    run = oficio("process", str(corpus), "--workspace", str(workspace), "--timeout", "8",
                 env=env)
    run.communicate(timeout=600)
    assert run.returncode == 8
    failed = dict(rows(Workspace(workspace), "SELECT path, error_code FROM documents "
                                             "WHERE processing_status = 'failed'"))
    assert failed["scan.pdf"] == "E302"
    time.sleep(0.5)
    assert subprocess.run(["pgrep", "-f", "sleep 619"], capture_output=True).stdout == b""


def test_the_server_gets_the_batchs_start_time_even_when_prefect_was_imported_first(
        tmp_path, monkeypatch):
    """Prefect imported before the batch set its settings kept a 20 s start limit: the first
    start in a new Prefect home (migrations, about 25 s on a busy machine) failed (E308)."""
    import prefect.settings  # noqa: F401  imported first, as by a program using oficio

    from oficio.corpus.batch.prefect_env import SETTINGS, configure_prefect
    from oficio.corpus.batch.prefect_server import startup_timeout

    monkeypatch.delenv("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", raising=False)
    configure_prefect(Workspace.open(tmp_path / "ws"))
    from prefect.settings import PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS as SETTING

    wanted = float(SETTINGS["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"])
    assert startup_timeout(SETTING.value()) == wanted == 180


def test_the_requested_period_says_where_it_came_from_and_is_never_guessed(tmp_path):
    corpus = tmp_path / "replies"
    corpus.mkdir()
    (corpus / "restates.txt").write_text(
        "OFICIO N° 211-2019-MIMP/DGCVG\nLima, 4 de marzo de 2019\n"
        "En atención a su solicitud de información sobre trata de personas en el período "
        "enero 2017 a junio 2018, se informa que se realizaron 12 talleres en 2017.\n",
        encoding="utf-8")
    (corpus / "silent.txt").write_text(
        "OFICIO N° 88-2019-GRC\nCusco, 9 de abril de 2019\n"
        "Se informa que en 2016 se realizaron 4 campañas contra la trata de personas.\n",
        encoding="utf-8")
    workspace = Workspace.open(tmp_path / "ws")
    process_corpus(corpus, workspace)
    assert rows(workspace, "SELECT path, period_source, period_start, period_end "
                           "FROM documents ORDER BY path") == [
        ("restates.txt", "letter", "2017-01-01", "2018-06-30"),
        # the reply informs about 2016, which is not the period it was asked about
        ("silent.txt", "none", None, None),
    ]
