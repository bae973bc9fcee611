"""A few hundred generated replies, 10% of them bad, in one batch: every file ends in
exactly one status and nothing is duplicated. (bench/load.py runs the same at 10,000.)"""

from __future__ import annotations

import sqlite3
import subprocess
import sys

from scripts.make_load_corpus import make
from tests.conftest import ROOT

MUST_FAIL = ("password", "html", "zip", "random", "header")  # kinds no reader can open


def test_every_file_of_a_large_batch_ends_in_exactly_one_status(tmp_path):
    corpus, workspace = tmp_path / "corpus", tmp_path / "ws"
    manifest = make(corpus, 240, bad=0.10, scanned=0.0, seed=7)
    run = subprocess.run([sys.executable, "-m", "oficio", "process", str(corpus),
                          "--workspace", str(workspace), "--jobs", "2"],
                         cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert run.returncode == 8, run.stderr  # some files failed, the others are kept

    with sqlite3.connect(workspace / "oficio.sqlite") as connection:
        files = dict(connection.execute("SELECT path, doc_id FROM files"))
        status = dict(connection.execute("SELECT doc_id, processing_status FROM documents"))
        rows = connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    assert sorted(files) == sorted(manifest)
    assert rows == len(status) == len(manifest)  # one row per file: all contents differ
    outcome = {path: status[files[path]] for path in manifest}
    assert all(outcome[p] == "ok" for p, kind in manifest.items() if kind == "good")
    assert all(outcome[p] == "failed" for p in manifest if p.split("_")[-1].split(".")[0]
               in MUST_FAIL)
    failed = sum(value == "failed" for value in outcome.values())
    assert f"{len(manifest) - failed} processed, {failed} failed" in run.stdout
