"""Nothing lost at the edges (issue 23): each test runs real files, a real store and the
real ``oficio`` command in a subprocess."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, ROOT


def oficio(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "oficio", *args], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=300)


def rows(database: Path, sql: str, *params: object) -> list[tuple]:
    connection = sqlite3.connect(database)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def test_a_page_whose_tesseract_was_killed_is_read_again_by_the_next_run(tmp_path):
    """A Tesseract killed from outside leaves the page marked E013 and the document is redone
    next time; before, it was stored `ok` with an empty page and skipped for ever."""
    corpus, workspace, bin_dir = tmp_path / "corpus", tmp_path / "ws", tmp_path / "bin"
    corpus.mkdir()
    bin_dir.mkdir()
    shutil.copy(EXAMPLES / "replies" / "06_mpfn_photo.png", corpus / "foto.png")
    killed = bin_dir / "tesseract"  # a Tesseract that is killed as soon as it starts
    killed.write_text("#!/bin/sh\nkill -KILL $$\n")
    killed.chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}

    first = oficio("process", str(corpus), "--workspace", str(workspace), env=env)
    assert first.returncode == 0, first.stderr
    database = workspace / "oficio.sqlite"
    assert rows(database, "SELECT status, error_code FROM pages") == [("ocr_failed", "E013")]

    second = oficio("process", str(corpus), "--workspace", str(workspace))
    assert second.returncode == 0, second.stderr
    assert "1 processed" in second.stdout
    ((status, code, length),) = rows(database,
                                     "SELECT status, error_code, length(text) FROM pages")
    assert status == "ok" and code is None and length > 200


def test_a_file_name_that_is_not_utf8_is_processed_and_recorded_escaped(tmp_path):
    """A name with the byte 0xff aborted the whole batch (UnicodeEncodeError in the scan)."""
    corpus, workspace = tmp_path / "corpus", tmp_path / "ws"
    corpus.mkdir()
    for name, source in [(b"nota\xff.txt", "12_rree_note.txt"),
                         (b"foto \xe9\xff.png", "06_mpfn_photo.png"),
                         (b"roto\xfe.pdf", "99_broken.pdf"),
                         (b"bien.pdf", "01_mimp_oficio_native.pdf")]:
        shutil.copy(EXAMPLES / "replies" / source, os.fsencode(corpus) + b"/" + name)

    result = oficio("process", str(corpus), "--workspace", str(workspace))
    assert result.returncode == 8, result.stderr  # the broken PDF, and only it, failed
    assert "Traceback" not in result.stderr
    stored = dict(rows(workspace / "oficio.sqlite",
                       "SELECT path, processing_status FROM documents"))
    assert stored == {"nota\\xff.txt": "ok", "foto \\xe9\\xff.png": "ok",
                      "roto\\xfe.pdf": "failed", "bien.pdf": "ok"}
    assert "roto\\xfe.pdf" in result.stdout
    status = oficio("status", "--workspace", str(workspace))
    assert status.returncode == 0 and "roto\\xfe.pdf" in status.stdout
    again = oficio("process", str(corpus), "--workspace", str(workspace))
    assert "0 processed" in again.stdout and "4 already done" in again.stdout


def _wait_for(database: Path, sql: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if database.exists() and rows(database, sql):
                return
        except sqlite3.OperationalError:
            pass  # the store is being created
        time.sleep(0.1)
    raise AssertionError(f"never true: {sql}")


def test_a_killed_run_is_shown_aborted_and_its_resumption_exits_as_a_clean_run(tmp_path):
    """A killed run stayed `running` in `oficio status` for ever, and the run that resumed
    it exited 0 although a file had failed (a clean run exits 8)."""
    corpus, workspace = tmp_path / "corpus", tmp_path / "ws"
    corpus.mkdir()
    for name in ["99_broken.pdf", "03_mpfn_carta_scan_300dpi.pdf", "06_mpfn_photo.png",
                 "10_sjm_bad_ocr_layer.pdf", "11_mimp_upside_down.pdf", "09_mpfn_mixed.pdf"]:
        shutil.copy(EXAMPLES / "replies" / name, corpus / name)
    database = workspace / "oficio.sqlite"
    # A Prefect home of its own: a kill during Prefect's first start (its migrations) must
    # not touch the home the other tests of this process share.
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect-killed")}
    run = subprocess.Popen([sys.executable, "-m", "oficio", "process", str(corpus),
                            "--workspace", str(workspace)], cwd=ROOT, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for(database, "SELECT 1 FROM documents WHERE processing_status = 'failed'")
        assert rows(database, "SELECT COUNT(*) FROM documents")[0][0] < 6  # still working
    finally:
        run.send_signal(signal.SIGKILL)
        run.wait()
    assert rows(database, "SELECT status FROM runs") == [("running",)]

    status = oficio("status", "--workspace", str(workspace))
    assert status.returncode == 0, status.stderr
    assert "aborted" in status.stdout and "running" not in status.stdout
    assert rows(database, "SELECT status FROM runs") == [("aborted",)]

    resumed = oficio("process", str(corpus), "--workspace", str(workspace))
    assert resumed.returncode == 8, resumed.stdout + resumed.stderr
    assert "99_broken.pdf" in resumed.stdout
    assert rows(database, "SELECT status FROM runs ORDER BY run_id") == [
        ("aborted",), ("finished",)]


def test_an_export_the_store_has_moved_on_from_is_written_again(tmp_path):
    """A run killed after storing its documents and before exporting them left an export
    that every later run took for current ("Tables (unchanged)"), missing those documents.
    The kill is reproduced exactly: the library stores the new document, nothing exports."""
    from oficio.corpus.batch.run import process_corpus
    from oficio.corpus.store.workspace import Workspace

    corpus, workspace = tmp_path / "corpus", tmp_path / "ws"
    corpus.mkdir()
    shutil.copy(EXAMPLES / "replies" / "12_rree_note.txt", corpus / "nota.txt")
    first = oficio("process", str(corpus), "--workspace", str(workspace))
    assert first.returncode == 0, first.stderr
    exported = workspace / "export" / "documents.csv"
    assert exported.read_text(encoding="utf-8-sig").count("\n") == 2

    shutil.copy(EXAMPLES / "replies" / "01_mimp_oficio_native.pdf", corpus / "oficio.pdf")
    assert process_corpus(corpus, Workspace.open(workspace)).processed == 1  # stored only

    again = oficio("process", str(corpus), "--workspace", str(workspace))
    assert again.returncode == 0, again.stderr
    assert "0 processed" in again.stdout and "(unchanged)" not in again.stdout
    text = exported.read_text(encoding="utf-8-sig")
    assert text.count("\n") == 3 and "oficio.pdf" in text
    unchanged = oficio("process", str(corpus), "--workspace", str(workspace))
    assert "Tables (unchanged)" in unchanged.stdout


@pytest.fixture(scope="module")
def processed(tmp_path_factory):
    """A workspace made by `oficio process` of two replies."""
    base = tmp_path_factory.mktemp("processed")
    corpus, workspace = base / "corpus", base / "ws"
    corpus.mkdir()
    for name in ["12_rree_note.txt", "01_mimp_oficio_native.pdf"]:
        shutil.copy(EXAMPLES / "replies" / name, corpus / name)
    result = oficio("process", str(corpus), "--workspace", str(workspace))
    assert result.returncode == 0, result.stderr
    return corpus, workspace


def test_a_new_workspace_is_private(processed):
    """The store, which holds victims' full text, was 0644 in a 0755 folder."""
    _, workspace = processed
    assert stat.S_IMODE(workspace.stat().st_mode) == 0o700
    for folder in ("models", "export", "tmp"):
        assert stat.S_IMODE((workspace / folder).stat().st_mode) == 0o700
    for name in ("oficio.sqlite", "run.lock"):
        assert stat.S_IMODE((workspace / name).stat().st_mode) == 0o600


def test_doctor_warns_about_a_store_others_can_read(processed, tmp_path):
    _, workspace = processed
    shared = tmp_path / "shared"
    shutil.copytree(workspace, shared)
    shared.chmod(0o755)
    (shared / "oficio.sqlite").chmod(0o644)
    result = oficio("doctor", "--workspace", str(shared))
    assert "WARNING" in result.stdout and f"chmod 700 {shared}" in result.stdout
    assert result.returncode in (0, 4)  # 4 only if Tesseract itself were missing
    (shared / "oficio.sqlite").chmod(0o600)
    assert "WARNING" not in oficio("doctor", "--workspace", str(shared)).stdout


@pytest.fixture
def read_only(processed, tmp_path):
    """The processed workspace, mounted read-only (root ignores file modes: only a
    read-only mount stops it writing)."""
    _, workspace = processed
    mount = tmp_path / "ro"
    mount.mkdir()
    done = subprocess.run(["mount", "--bind", "-o", "ro", str(workspace), str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount read-only here: {done.stderr.strip()}")
    try:
        if os.access(mount, os.W_OK):  # old kernels ignore ro on the first bind
            subprocess.run(["mount", "-o", "remount,bind,ro", str(mount)], check=True)
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_a_read_only_workspace_can_be_read_and_refuses_writes_with_a_code(
        processed, read_only, tmp_path):
    """Every command crashed at os.chmod in a read-only workspace."""
    corpus, _ = processed
    status = oficio("status", "--workspace", str(read_only))
    assert status.returncode == 0, status.stderr
    assert "ok" in status.stdout and "last run" in status.stdout
    export = oficio("export", "--workspace", str(read_only), "--out", str(tmp_path / "out"))
    assert export.returncode == 0, export.stderr
    assert "12_rree_note.txt" in (tmp_path / "out" / "documents.csv").read_text("utf-8-sig")
    report = oficio("report", "--workspace", str(read_only), "--out", str(tmp_path / "rep"))
    assert report.returncode == 0, report.stderr
    queue = oficio("review", "export", "--workspace", str(read_only),
                   "--out", str(tmp_path / "queue.csv"))
    assert queue.returncode == 0, queue.stderr

    for command in (["process", str(corpus)], ["train"],
                    ["review", "import", str(tmp_path / "queue.csv")]):
        result = oficio(*command, "--workspace", str(read_only))
        assert result.returncode == 9, (command, result.stderr)
        assert "[E309]" in result.stderr and "Traceback" not in result.stderr


def test_tracebacks_at_the_edges_are_coded_errors(processed, tmp_path):
    """Each gave a Python traceback: a CSV cell over 131,072 characters (csv's field
    limit), a workspace path that is a file, --out that is a file or in a missing folder."""
    corpus, workspace = processed
    long_cell = "x" * 140_000
    requests = tmp_path / "requests.csv"
    requests.write_text(
        "request_id,institution_id,filed_on,axes\r\n"
        f"R1,mimp,2018-01-15,\"{long_cell}\"\r\n", encoding="utf-8")
    review = tmp_path / "review.csv"
    review.write_text(f"doc_id,your_status\r\nabc,\"{long_cell}\"\r\n", encoding="utf-8")
    a_file = tmp_path / "a_file"
    a_file.write_text("not a folder", encoding="utf-8")

    cases = [
        (["process", str(corpus), "--workspace", str(tmp_path / "ws2"),
          "--requests", str(requests)], "E207", 3, "row 2"),
        (["review", "import", str(review), "--workspace", str(workspace)], "E207", 3, "row 2"),
        (["process", str(corpus), "--workspace", str(a_file)], "E310", 3, "a_file"),
        (["status", "--workspace", str(a_file)], "E310", 3, "a_file"),
        (["process", str(corpus), "--workspace", str(a_file / "ws")], "E310", 3, "a_file"),
        (["export", "--workspace", str(workspace), "--out", str(a_file)], "E208", 2, "a_file"),
        (["report", "--workspace", str(workspace), "--out", str(a_file / "sub")], "E208", 2,
         "a_file"),
        (["review", "export", "--workspace", str(workspace),
          "--out", str(tmp_path / "missing" / "queue.csv")], "E209", 2, "missing"),
    ]
    for args, code, exit_code, named in cases:
        result = oficio(*args)
        assert "Traceback" not in result.stderr, (args, result.stderr[-600:])
        assert f"[{code}]" in result.stderr and named in result.stderr, (args, result.stderr)
        assert result.returncode == exit_code, (args, result.returncode)
    assert not (tmp_path / "missing").exists() and a_file.read_text() == "not a folder"
