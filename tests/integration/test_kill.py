"""kill -9 of a batch at 20 random moments, then resume: nothing lost, duplicated or left.

Each run is killed the way a user or the system kills it (SIGKILL to the oficio process
only, not its process group): Prefect's server, the fork server, the document children
and their Tesseract must go with it. Runs use --force so that every kill lands in the
middle of real work (re-storing documents already stored, too). The final tables must
equal those of a run that was never interrupted.

Then a workspace that grows: runs over new files killed before their first document is
stored, once one is, and during their export; each table left whole, and once resumed the
export equal to an uninterrupted run's, row by row.
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
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

from oficio.corpus.outputs.export import COMPLETE
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
EXPORT_KILLS = ((0, 1, 2), (3, 4, 5))  # tables written when killed: one kill in each half
EXPORTED = ("documents", "figures", "mentions")
# Columns that may differ between two runs of the same corpus: none. In the columns lists
# of oficio.corpus.outputs.export no column holds a run id, a time or a duration (the store's runs,
# processed_at and seconds are not exported), so every column is compared.
VARYING: frozenset[str] = frozenset()


@dataclass
class Grown:
    corpus: Path  # FIRST and ADDED
    before: Path  # a workspace with FIRST processed and its export written
    clean: Path  # ``before`` after an uninterrupted run over ADDED
    reference: Path  # the tables of ``clean``'s store, exported afresh
    first_stored: float  # seconds into that run when the first added document was stored


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
    assert run.wait(timeout=600) == 8  # 99_broken
    # the incremental run's export is checked too: one that kept the old tables would
    # pass for the reference
    reference = root / "reference"
    assert subprocess.run([sys.executable, "-m", "oficio", "export", "--workspace", str(clean),
                           "--out", str(reference)], cwd=ROOT, capture_output=True,
                          timeout=600).returncode == 0
    assert exported(clean / "export") == exported(reference)
    return Grown(corpus, before, clean, reference, first)


def tables_replaced(export: Path) -> Callable[[], int]:
    """How many of the tables now in ``export`` have been replaced since (a file written
    aside then renamed over one has another inode)."""
    old = {p.name: p.stat().st_ino for p in export.iterdir() if not p.name.startswith(".")}

    def count() -> int:  # os.replace never leaves a table's name missing
        return sum((export / name).stat().st_ino != inode for name, inode in old.items())
    return count


def stored(workspace: Path) -> int:
    """How many of the added files have their document stored."""
    with closing(sqlite3.connect(workspace / "oficio.sqlite", timeout=60)) as connection:
        return connection.execute(
            f"SELECT COUNT(*) FROM documents WHERE path IN ({','.join('?' * len(ADDED))})",
            ADDED).fetchone()[0]


def freeze_when(run: subprocess.Popen, seen: Callable[[], bool], stop: bool = True) -> bool:
    """Wait until ``seen()``, then freeze ``run`` (SIGSTOP) unless ``stop`` is False.
    False when the run ended first."""
    while not seen():
        if run.poll() is not None:
            return False
        time.sleep(0.001)
    if stop:
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
    export = workspace / "export"
    partial = sorted(p.name for p in export.glob(".partial-*"))
    new = rewritten(workspace, grown)
    if not (export / COMPLETE).exists():
        state = f"in the export ({len(new)} of 6 files rewritten, partial {partial})"
    elif not new:
        state = "the old export"
    elif len(new) == 2 * len(EXPORTED):
        state = "the new export"
    else:
        state = f"{len(new)} of 6 files rewritten, yet .complete written"
    return f"{stored(workspace)} of {len(ADDED)} added files stored, {state}"


def rewritten(workspace: Path, grown: Grown) -> list[str]:
    """The tables a run has written anew (each differs between the two exports)."""
    export, old, new = workspace / "export", grown.before / "export", grown.clean / "export"
    return [p.name for p in sorted(new.iterdir()) if not p.name.startswith(".") and
            (export / p.name).read_bytes() == p.read_bytes() != (old / p.name).read_bytes()]


def in_export(workspace: Path, grown: Grown) -> bool:
    """Whether a run stopped after its export began was stopped before it ended: its
    marker is gone, or not every table is new yet (a marker written too soon)."""
    return (not (workspace / "export" / COMPLETE).exists()
            or len(rewritten(workspace, grown)) < 2 * len(EXPORTED))


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
    assert exported(export) == exported(grown.reference), where
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
    """The run is frozen once its export has replaced a seeded random number of its six
    tables (one kill in each half; 0: once .complete is removed), then killed: each
    table left is whole, old or new, and the next run writes the export again. Counted
    by the tables, not the marker, so that a marker written too soon is caught."""
    rng = random.Random(SEED + 2)
    where = []
    for i, half in enumerate(EXPORT_KILLS):
        done = rng.choice(half)
        workspace = tmp_path / f"export{i}"

        def freeze(run: subprocess.Popen, workspace: Path = workspace, done: int = done
                   ) -> bool:
            export = workspace / "export"
            count = tables_replaced(export)
            return freeze_when(run, lambda: count() >= done if done else
                               not (export / COMPLETE).exists())

        where.append(kill_and_resume(grown, workspace, freeze,
                                     lambda w=workspace: in_export(w, grown),
                                     f"kill after {done} of 6 tables written"))
    LOG.info("\n".join(where))  # shown with --log-cli-level=INFO
