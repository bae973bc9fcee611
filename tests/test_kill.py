"""kill -9 of a batch at 20 random moments, then resume: nothing lost, duplicated or left.

Each run is killed the way a user or the system kills it (SIGKILL to the oficio process
only, not its process group): Prefect's server, the fork server, the document children
and their Tesseract must go with it. Runs use --force so that every kill lands in the
middle of real work (re-storing documents already stored, too). The final tables must
equal those of a run that was never interrupted.
"""

from __future__ import annotations

import csv
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from tests.conftest import ROOT

KILLS = 20
SEED = int(os.environ.get("KILL_TEST_SEED", "27806"))
FILES = ["01_mimp_oficio_native.pdf", "02_gore_cusco_informe_native.pdf",
         "03_mpfn_carta_scan_300dpi.pdf", "06_mpfn_photo.png", "08_rree_note_en.docx",
         "12_rree_note.txt", "99_broken.pdf"]
TABLES = {
    "documents": "SELECT doc_id, path, processing_status, error_code, pages, ocr_pages, "
                 "sender_id, reference, axes, status FROM documents",
    "pages": "SELECT doc_id, number, method, status, text FROM pages",
    "figures": "SELECT doc_id, kind, value, page, start, end FROM figures",
    "mentions": "SELECT doc_id, institution_id, page, start, end FROM mentions",
}


def start(corpus: Path, workspace: Path, mark: str, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "oficio", "process", str(corpus), "--workspace",
         str(workspace), *extra],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env=dict(os.environ, KILL_TEST_MARK=mark),
    )


def marked(mark: str) -> list[int]:
    """Processes that inherited the run's environment (its whole family)."""
    found = []
    needle = f"KILL_TEST_MARK={mark}".encode()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if needle in (entry / "environ").read_bytes().split(b"\0"):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def wait_gone(mark: str, seconds: float) -> list[int]:
    deadline = time.monotonic() + seconds
    while (left := marked(mark)) and time.monotonic() < deadline:
        time.sleep(0.2)
    return left


def tables(database: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(database) as connection:
        return {name: sorted(connection.execute(sql)) for name, sql in TABLES.items()}


def check(database: Path) -> None:
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        repeated = connection.execute(
            "SELECT COUNT(*) FROM (SELECT doc_id FROM documents GROUP BY doc_id "
            "HAVING COUNT(*) > 1)").fetchone()[0]
        pages = connection.execute(
            "SELECT COUNT(*) FROM (SELECT doc_id, number FROM pages GROUP BY doc_id, number "
            "HAVING COUNT(*) > 1)").fetchone()[0]
    assert (repeated, pages) == (0, 0)


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs Linux /proc")
def test_kill_9_at_20_random_moments_then_resume(tmp_path, examples):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in FILES:
        shutil.copy(examples / name, corpus / name)
    reference = tmp_path / "reference"
    began = time.monotonic()
    assert start(corpus, reference, uuid.uuid4().hex).wait(timeout=600) == 8  # 99_broken
    full = time.monotonic() - began

    workspace = tmp_path / "ws"
    moments = random.Random(SEED).sample(range(1, 100), KILLS)
    for i, share in enumerate(moments):
        mark = uuid.uuid4().hex
        run = start(corpus, workspace, mark, *(["--force"] if i else []))
        time.sleep(full * share / 100)
        run.send_signal(signal.SIGKILL)
        run.wait()
        left = wait_gone(mark, 15)
        assert not left, f"kill {i} at {share}% of {full:.0f} s left processes {left}"
        if (workspace / "oficio.sqlite").exists():
            check(workspace / "oficio.sqlite")

    assert start(corpus, workspace, uuid.uuid4().hex).wait(timeout=600) in (0, 8)
    check(workspace / "oficio.sqlite")
    assert tables(workspace / "oficio.sqlite") == tables(reference / "oficio.sqlite")
    assert list((workspace / "tmp").iterdir()) == []
    export = workspace / "export"
    assert (export / ".complete").is_file() and not list(export.glob(".partial-*"))
    with open(export / "documents.csv", encoding="utf-8-sig") as handle:
        assert sum(1 for _ in csv.reader(handle)) == 1 + len(FILES)
