"""Nothing lost at the edges (issue 23): each test runs real files, a real store and the
real ``oficio`` command in a subprocess."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

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
