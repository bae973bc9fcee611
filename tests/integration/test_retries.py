"""Prefect's retries on failures of the machine, not the file (``oficio.corpus.batch.retries``): a
real Tesseract killed once by a real signal is retried within the run; a bad file is not. Each test
runs the real ``oficio`` command on real files."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, ROOT

TESSERACT = shutil.which("tesseract")
pytestmark = pytest.mark.skipif(TESSERACT is None, reason="needs Tesseract")


def oficio(*args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "oficio", *args], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=300)


def rows(database: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(database)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def tesseract_on_path(bin_dir: Path, body: str) -> dict:
    """An environment whose ``tesseract`` is a shell script: ``body`` runs for OCR calls,
    the real Tesseract answers questions about itself (version, languages)."""
    bin_dir.mkdir()
    script = bin_dir / "tesseract"
    script.write_text(f'#!/bin/sh\ncase "$*" in *--version*|*--list-langs*) '
                      f'exec {TESSERACT} "$@";; esac\n{body}\n')
    script.chmod(0o755)
    return {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
            "OFICIO_RETRY_DELAY": "0.1"}


def test_a_tesseract_killed_once_is_retried_and_the_page_read_in_the_same_run(tmp_path):
    """The first Tesseract is killed by SIGKILL (E013); Prefect retries the read task and
    the page is read in this run, not left for the next one as before."""
    corpus, workspace, killed = tmp_path / "corpus", tmp_path / "ws", tmp_path / "killed"
    corpus.mkdir()
    shutil.copy(EXAMPLES / "replies" / "06_mpfn_photo.png", corpus / "foto.png")
    env = tesseract_on_path(tmp_path / "bin", f'mkdir {killed} 2>/dev/null && kill -KILL $$\n'
                                              f'exec {TESSERACT} "$@"')

    result = oficio("process", str(corpus), "--workspace", str(workspace), env=env)

    assert result.returncode == 0, result.stderr
    assert killed.is_dir()  # the kill happened
    ((status, code, length),) = rows(workspace / "oficio.sqlite",
                                     "SELECT status, error_code, length(text) FROM pages")
    assert status == "ok" and code is None and length > 200
    assert "1 processed" in result.stdout
    assert "read again after a failure of the machine" in result.stdout
    assert "foto.png" in result.stdout


def test_a_bad_file_is_not_retried_and_is_recorded_with_its_code(tmp_path):
    """A damaged PDF fails with E004 and a page Tesseract cannot read with E008, each once:
    the same file would fail the same way. The Tesseract logs each call it gets."""
    corpus, workspace, calls = tmp_path / "corpus", tmp_path / "ws", tmp_path / "calls"
    corpus.mkdir()
    (corpus / "roto.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<")
    shutil.copy(EXAMPLES / "replies" / "06_mpfn_photo.png", corpus / "foto.png")
    env = tesseract_on_path(tmp_path / "bin", f"echo call >> {calls}\n"
                                              "echo 'Error: bad image' >&2\nexit 1")
    env["OFICIO_RETRIES"] = "3"

    result = oficio("process", str(corpus), "--workspace", str(workspace), env=env)

    assert result.returncode == 8, result.stderr  # the damaged PDF failed
    database = workspace / "oficio.sqlite"
    assert rows(database, "SELECT path, processing_status, error_code FROM documents "
                          "ORDER BY path") == [("foto.png", "ok", None),
                                               ("roto.pdf", "failed", "E004")]
    assert rows(database, "SELECT status, error_code FROM pages") == [("ocr_failed", "E008")]
    assert calls.read_text().splitlines() == ["call"]  # one page, read once
    assert "read again" not in result.stdout
