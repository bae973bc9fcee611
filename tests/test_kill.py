"""kill -9 of a batch at 20 random moments, then resume: nothing lost, duplicated or left.
Then a workspace that grows: runs over new files killed before their first document is
stored, once one is, and during their export; each table left whole, and once resumed the
export equal to an uninterrupted run's, row by row.

Each run is killed the way a user or the system kills it (SIGKILL to the oficio process
only, not its process group): Prefect's server, the fork server, the document children
and their Tesseract must go with it. Runs use --force so that every kill lands in the
middle of real work (re-storing documents already stored, too). The final tables must
equal those of a run that was never interrupted.
"""

from __future__ import annotations

import csv
import logging
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from corpus.export import COMPLETE
from tests.conftest import ROOT

KILLS = 20
SEED = int(os.environ.get("KILL_TEST_SEED", "27806"))
LOG = logging.getLogger(__name__)
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


# ---------------------------------------------------------------- a workspace that grows
# A workspace whose export exists gets new files, and runs over them are killed: at a
# random moment before the first new document is stored (the run's start: Prefect's
# server, the models, reading), once one is stored and the other not, and during the
# export. Small text and PDF files, no OCR. A run is frozen (SIGSTOP) the moment the test
# sees the state it waits for, then killed: no test-only code in oficio.

FIRST = ["01_mimp_oficio_native.pdf", "08_rree_note_en.docx", "12_rree_note.txt"]
ADDED = ["02_gore_cusco_informe_native.pdf", "99_broken.pdf"]
EXPORT_KILLS = 2
EXPORTED = ("documents", "figures", "mentions")
# Columns that may differ between two runs of the same corpus: none. In the columns lists
# of corpus.export no column holds a run id, a time or a duration (the store's runs,
# processed_at and seconds are not exported), so every column is compared.
VARYING: frozenset[str] = frozenset()


@dataclass
class Grown:
    corpus: Path  # FIRST and ADDED
    before: Path  # a workspace with FIRST processed and its export written
    clean: Path  # ``before`` after an uninterrupted run over ADDED
    first_stored: float  # seconds into that run when the first added document was stored
    export: float  # seconds its export took (from .complete removed to written again)


@pytest.fixture(scope="module")
def grown(tmp_path_factory, examples) -> Grown:
    root = tmp_path_factory.mktemp("grown")
    corpus = root / "corpus"
    corpus.mkdir()
    for name in FIRST:
        shutil.copy(examples / name, corpus / name)
    before = root / "before"
    assert start(corpus, before, uuid.uuid4().hex, "--requests",
                 str(ROOT / "examples" / "requests.csv")).wait(timeout=600) == 0
    for name in ADDED:
        shutil.copy(examples / name, corpus / name)
    clean = root / "clean"
    shutil.copytree(before, clean)
    began = time.monotonic()
    run = start(corpus, clean, uuid.uuid4().hex)
    assert freeze_when(run, lambda: stored(clean) > 0, stop=False)
    first = time.monotonic() - began
    assert freeze_when(run, lambda: not (clean / "export" / COMPLETE).exists(), stop=False)
    gone = time.monotonic()
    freeze_when(run, (clean / "export" / COMPLETE).exists, stop=False)
    export = time.monotonic() - gone
    assert run.wait(timeout=600) == 8  # 99_broken
    return Grown(corpus, before, clean, first, export)


def stored(workspace: Path) -> int:
    """How many of the added files have their document stored."""
    with sqlite3.connect(workspace / "oficio.sqlite", timeout=60) as connection:
        return connection.execute(
            f"SELECT COUNT(*) FROM documents WHERE path IN ({','.join('?' * len(ADDED))})",
            ADDED).fetchone()[0]


def freeze_when(run: subprocess.Popen, seen: Callable[[], bool], delay: float = 0.0,
                stop: bool = True) -> bool:
    """Wait until ``seen()``, then freeze ``run`` (SIGSTOP; ``delay`` seconds later when
    given). False when the run ended first."""
    while not seen():
        if run.poll() is not None:
            return False
        time.sleep(0.002)
    if stop:
        run.send_signal(signal.SIGSTOP)
        if delay:
            run.send_signal(signal.SIGCONT)
            time.sleep(delay)
            run.send_signal(signal.SIGSTOP)
    return True


def freeze_after(run: subprocess.Popen, seconds: float) -> bool:
    """Freeze ``run`` ``seconds`` after now; False when it ended first."""
    time.sleep(seconds)
    if run.poll() is not None:
        return False
    run.send_signal(signal.SIGSTOP)
    return True


def kill(run: subprocess.Popen, mark: str, workspace: Path) -> None:
    run.send_signal(signal.SIGKILL)
    run.wait()
    left = wait_gone(mark, 15)
    assert not left, f"the kill left processes {left}"
    check(workspace / "oficio.sqlite")


def landing(workspace: Path, grown: Grown) -> str:
    """Where a kill landed, from what it left: the added files stored, and the export
    (the old one whole, one being rewritten, or the new one)."""
    export, old, new = workspace / "export", grown.before / "export", grown.clean / "export"
    files = sorted(p.name for p in export.iterdir())
    partial = [name for name in files if name.startswith(".partial-")]
    rewritten = [name for name in files if not name.startswith(".") and
                 (export / name).read_bytes() == (new / name).read_bytes() !=
                 (old / name).read_bytes()]
    if (export / COMPLETE).exists():
        state = "the new export" if rewritten else "the old export"
    else:
        state = f"in the export ({len(rewritten)} of 6 files rewritten, partial {partial})"
    return f"{stored(workspace)} of {len(ADDED)} added files stored, {state}"


def whole(workspace: Path, grown: Grown) -> None:
    """Each table a kill left is whole: the old export's or the new one's."""
    for name in EXPORTED:
        for suffix in (".csv", ".parquet"):
            left = (workspace / "export" / f"{name}{suffix}").read_bytes()
            assert left in ((grown.before / "export" / f"{name}{suffix}").read_bytes(),
                            (grown.clean / "export" / f"{name}{suffix}").read_bytes())


def exported(folder: Path) -> dict[str, tuple[list[str], list[list[str]]]]:
    """The CSV tables of an export, rows sorted, without the VARYING columns; each
    Parquet table must have its CSV's columns and rows."""
    import pyarrow.parquet as pq

    found = {}
    for name in EXPORTED:
        with open(folder / f"{name}.csv", encoding="utf-8-sig", newline="") as handle:
            header, *rows = list(csv.reader(handle))
        keep = [i for i, column in enumerate(header) if column not in VARYING]
        found[name] = ([header[i] for i in keep],
                       sorted([row[i] for i in keep] for row in rows))
        parquet = pq.read_table(folder / f"{name}.parquet")
        assert (parquet.num_rows, parquet.column_names) == (len(rows), header), name
    return found


def resume_and_compare(workspace: Path, grown: Grown, where: str) -> None:
    assert start(grown.corpus, workspace, uuid.uuid4().hex).wait(timeout=600) == 8, where
    check(workspace / "oficio.sqlite")
    export = workspace / "export"
    assert (export / COMPLETE).is_file() and not list(export.glob(".partial-*")), where
    assert exported(export) == exported(grown.clean / "export"), where
    assert tables(workspace / "oficio.sqlite") == tables(grown.clean / "oficio.sqlite"), where


def kill_and_resume(grown: Grown, workspace: Path, freeze: Callable[[subprocess.Popen], bool],
                    landed: Callable[[], bool], what: str) -> str:
    """Start a run over the added files, ``freeze`` it, kill it; when it did not land
    where ``landed`` says (the machine ran faster than measured), try again, twice. Then
    the checks: the tables left whole, the resumed run's tables equal to the clean run's."""
    for _ in range(3):
        shutil.rmtree(workspace, ignore_errors=True)
        shutil.copytree(grown.before, workspace)
        mark = uuid.uuid4().hex
        run = start(grown.corpus, workspace, mark)
        inside = freeze(run) and landed()
        kill(run, mark, workspace)
        if inside:
            break
    assert inside, f"{what}: three kills missed"
    where = f"{what}: {landing(workspace, grown)}"
    whole(workspace, grown)
    resume_and_compare(workspace, grown, where)
    return where


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs Linux /proc")
def test_kill_9_during_an_incremental_run_with_an_export_then_resume(grown, tmp_path):
    """Killed before any added document is stored, and once one of two is: each table
    left is the old export's, and once resumed the export equals the clean run's."""
    share = random.Random(SEED + 1).randrange(3, 95)
    moment = grown.first_stored * share / 100
    where = [kill_and_resume(grown, tmp_path / "start", lambda run: freeze_after(run, moment),
                             lambda: stored(tmp_path / "start") == 0,
                             f"kill at {share}% of the run's start ({moment:.1f} s)")]
    one = tmp_path / "one"
    where.append(kill_and_resume(grown, one, lambda run: freeze_when(
        run, lambda: stored(one) > 0), lambda: stored(one) == 1, "kill once a file is stored"))
    LOG.info("\n".join(where))  # shown with --log-cli-level=INFO


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs Linux /proc")
def test_kill_9_during_the_export_then_resume(grown, tmp_path):
    """The run is frozen a seeded random part of the export's measured time after its
    export began (.complete removed), then killed: each table left is whole, old or new,
    and the next run writes the export again."""
    rng = random.Random(SEED + 2)
    where = []
    for i in range(EXPORT_KILLS):
        delay = rng.uniform(0, grown.export * 0.6)
        marker = tmp_path / f"export{i}" / "export" / COMPLETE
        where.append(kill_and_resume(
            grown, tmp_path / f"export{i}",
            lambda run, m=marker, d=delay: freeze_when(run, lambda: not m.exists(), d),
            lambda m=marker: not m.exists(),
            f"kill {delay * 1000:.0f} ms into the export"))
    LOG.info("\n".join(where))  # shown with --log-cli-level=INFO
