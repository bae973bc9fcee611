"""Hostile reply files (issue 7): each gives a Document or one of oficio's own errors, in
bounded time, alone and in a batch (one row per content, no stray process, no leftovers).
"""

from __future__ import annotations

import json
import os
import queue
import resource
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from oficio.corpus.batch.pipeline import BatchSettings
from oficio.corpus.batch.run import process_corpus
from oficio.corpus.store.workspace import Workspace
from oficio.extract.read.filetype import file_hash
from oficio.extract.read.options import LoadOptions
from tests.conftest import ROOT
from tests.hostile.make_files import DECOMPOSED, LONG_DIR, LONG_NAME, SLASHES, make_all

HANG_AFTER = 90.0  # seconds one file may take in the probe before it counts as hung
SECONDS_PER_FILE = 30.0  # what the loader itself may spend on one hostile file
PROBE_MEMORY = 3 << 30
DOCUMENT = "document"

# What a user should get for each file: an error code, or a Document ("document").
EXPECTED = {
    "empty.pdf": "E002",
    "png_named.pdf": DOCUMENT,  # typed by content: a real PNG is read as an image
    "html_named.pdf": "E001",
    "zip_named.pdf": "E001",
    "header_then_eof.pdf": "E004",
    "truncated.pdf": "E004",
    "broken_startxref.pdf": DOCUMENT,  # repaired by pikepdf
    "missing_xref.pdf": DOCUMENT,  # repaired by pikepdf
    "user_password.pdf": "E003",
    "owner_password_no_extract.pdf": DOCUMENT,  # policy: public information is read
    "self_form_xobject.pdf": DOCUMENT,
    "page_tree_loop.pdf": "E004",
    "page_tree_only_itself.pdf": "E004",
    "nested_arrays_50000.pdf": DOCUMENT,
    "length_loop.pdf": DOCUMENT,
    "inflate_bomb_1gib.pdf": "E012",  # refused before PDFium inflates it
    "image_60000_square.pdf": "E006",
    "page_14400_points.pdf": DOCUMENT,  # its text layer is read; it is never rendered
    "text_ops_60000.pdf": DOCUMENT,
    "blank_pages_3000.pdf": "E011",
    "inline_image_no_end.pdf": DOCUMENT,
    "bad_ocr_layer.pdf": DOCUMENT,
    "javascript_launch_attachment.pdf": DOCUMENT,
    "png_bomb_10000.png": DOCUMENT,  # 100 M pixels: exactly the limit, a blank page
    "png_bomb_20000.png": "E006",
    "truncated.jpg": "E004",
    "random_bytes.jpg": "E001",
    "wide_33000.png": "E006",
    "frames_500.tif": DOCUMENT,
    "exif_rotated.jpg": DOCUMENT,
    "dpi_30.png": DOCUMENT,
    SLASHES: DOCUMENT,
    "oficio\ncon salto.pdf": DOCUMENT,
    DECOMPOSED: DOCUMENT,
    f"{LONG_DIR}/{LONG_NAME}": DOCUMENT,
    "same_a.pdf": DOCUMENT,
    "same_b.pdf": DOCUMENT,
    "plain.docx": DOCUMENT,
    "bomb_1_5gib.docx": "E014",  # 5 MB inflating to 1.5 GiB: refused by its declared sizes
    "bomb_lying_size.docx": "E004",  # inflates past the size it declares: a bad CRC
    "billion_laughs.docx": "E015",
    "external_entity.docx": "E015",
    "truncated_xml.docx": "E004",
    "billion_laughs.xlsx": "E015",
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> dict[str, Path]:
    return make_all(tmp_path_factory.mktemp("hostile") / "corpus")


@pytest.fixture(scope="module")
def probed(hostile) -> dict[str, dict]:
    """Every file through ``oficio.extract.read.loader.load`` in child processes, two at a time."""
    names = sorted(hostile, key=lambda name: hostile[name].stat().st_size, reverse=True)
    results: dict[str, dict] = {}
    workers = [threading.Thread(target=_probe_all, args=([hostile[n] for n in group], results))
               for group in (names[0::2], names[1::2])]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    by_path = {str(path): name for name, path in hostile.items()}
    return {by_path[path]: outcome for path, outcome in results.items()}


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (PROBE_MEMORY, PROBE_MEMORY))


def _probe_all(paths: list[Path], results: dict[str, dict]) -> None:
    """One child loads the files in turn; a file that hangs is killed and the rest go on."""
    remaining = [str(path) for path in paths]
    while remaining:
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.hostile.probe", *remaining], cwd=ROOT,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, start_new_session=True,
            preexec_fn=_limit_memory)
        lines: queue.Queue = queue.Queue()
        threading.Thread(target=_pump, args=(child.stdout, lines), daemon=True).start()
        while remaining:
            try:
                line = lines.get(timeout=HANG_AFTER)
            except queue.Empty:
                os.killpg(child.pid, signal.SIGKILL)
                results[remaining.pop(0)] = {"kind": "hung"}
                break
            if line is None:
                results[remaining.pop(0)] = {"kind": "crashed", "status": child.wait()}
                break
            outcome = json.loads(line)
            results[outcome["path"]] = outcome
            remaining.remove(outcome["path"])
        child.wait()


def _pump(stream, lines: queue.Queue) -> None:
    """Each line of the child's output into ``lines``, then None at its end."""
    for line in stream:
        lines.put(line)
    lines.put(None)


@pytest.mark.parametrize("name", list(EXPECTED))
def test_each_file_alone_gives_a_document_or_an_oficio_error(probed, name):
    outcome = probed[name]
    assert outcome["kind"] in ("document", "oficio_error"), outcome
    got = DOCUMENT if outcome["kind"] == "document" else outcome["code"]
    assert got == EXPECTED[name], outcome
    assert outcome["seconds"] < SECONDS_PER_FILE, outcome


def test_every_made_file_has_an_expected_outcome(hostile):
    assert set(hostile) == set(EXPECTED)


def test_errors_name_the_file_and_say_what_to_do(probed, hostile):
    for name, outcome in probed.items():
        if outcome["kind"] == "oficio_error":
            assert str(hostile[name]) in outcome["message"]
            assert outcome["message"].startswith(f"[{outcome['code']}]")


def test_readable_files_keep_their_text(probed):
    """Repaired, owner-protected and oddly named letters are read, not just survived."""
    for name in ("broken_startxref.pdf", "missing_xref.pdf", "owner_password_no_extract.pdf",
                 "javascript_launch_attachment.pdf", DECOMPOSED, "oficio\ncon salto.pdf"):
        assert probed[name]["chars"] > 150, (name, probed[name])


def test_active_content_never_runs(probed, hostile):
    assert probed["javascript_launch_attachment.pdf"]["kind"] == "document"
    assert not (hostile["empty.pdf"].parent / "LAUNCHED").exists()


def test_a_batch_over_the_hostile_folder(hostile, tmp_path):
    """One row per distinct content, each failure with its code and stage, nothing left."""
    workspace = Workspace.open(tmp_path / "ws")
    settings = BatchSettings(doc_timeout=60, doc_memory_mb=2048,
                             load=LoadOptions(jobs=1, ocr_timeout=30))
    summary = process_corpus(hostile["empty.pdf"].parent, workspace, jobs=2, settings=settings)

    contents = {file_hash(path) for path in hostile.values()}
    with sqlite3.connect(workspace.database) as connection:
        rows = connection.execute(
            "SELECT doc_id, path, processing_status, error_code, stage, error FROM documents"
        ).fetchall()
        (run_status,) = connection.execute("SELECT status FROM runs").fetchone()
    assert run_status == "finished"
    assert {row[0] for row in rows} == contents and len(rows) == len(contents)
    assert summary.processed + summary.failed == len(contents)
    for _doc_id, path, status, code, stage, error in rows:
        assert status in ("ok", "failed"), path
        if status == "failed":
            assert code and stage and error, path
    failed = {row[1] for row in rows if row[2] == "failed"}
    expected_failed = {name for name, want in EXPECTED.items() if want != DOCUMENT}
    assert failed == expected_failed
    assert list(workspace.tmp.iterdir()) == []
    assert _stray_processes() == []


def _stray_processes() -> list[str]:
    """Live descendants of this test that do document work: a Tesseract, or a document
    child (a child of the multiprocessing fork server, which itself may stay)."""
    stray, frontier = [], [(os.getpid(), "")]
    while frontier:
        parent, parent_cmd = frontier.pop()
        for child in _child_pids(parent):
            command = _read(f"/proc/{child}/cmdline").replace("\0", " ")
            alive = _state(child) not in ("Z", "gone")
            if alive and ("tesseract" in _read(f"/proc/{child}/comm")
                          or "forkserver" in parent_cmd):
                stray.append(f"{child} {command[:80]}")
            frontier.append((child, command))
    return stray


def _child_pids(pid: int) -> list[int]:
    children: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        children += [int(x) for x in _read(str(task / "children")).split()]
    return children


def _state(pid: int) -> str:
    stat = _read(f"/proc/{pid}/stat")
    return stat.rsplit(")", 1)[1].split()[0] if ")" in stat else "gone"


def _read(path: str) -> str:
    try:
        return Path(path).read_text(errors="replace")
    except OSError:
        return ""
