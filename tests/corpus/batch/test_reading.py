"""Reading ahead: the first documents of a batch read while the batch starts."""

from __future__ import annotations

import shutil
import time
from concurrent.futures import wait
from pathlib import Path

import pytest

from oficio.corpus.batch.isolation import start_fork_server
from oficio.corpus.batch.pipeline import BatchSettings, WorkItem
from oficio.corpus.batch.reading import ReadAhead, read
from oficio.errors import TesseractMissingError
from oficio.extract.read.filetype import file_hash
from oficio.extract.read.options import LoadOptions


def items_of(paths: list[Path]) -> list[WorkItem]:
    return [WorkItem(str(path), path.name, file_hash(path)) for path in paths]


def text_files(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for i in range(count):
        path = folder / f"reply{i:02}.txt"
        path.write_text(f"Oficio N° {i}: se capacitó a {i + 3} fiscales.\n", encoding="utf-8")
        paths.append(path)
    return paths


def settle(ahead: ReadAhead, seconds: float = 0.5) -> int:
    """Wait until every begun document is read and no other begins; how many were begun."""
    while True:
        begun = len(ahead.started)
        wait(list(ahead.started.values()), timeout=120)
        time.sleep(seconds)
        if len(ahead.started) == begun:
            return begun


@pytest.fixture(scope="module", autouse=True)
def fork_server():
    start_fork_server()


def test_documents_read_ahead_are_read_as_the_flow_reads_them(examples, tmp_path):
    names = ["01_mimp_oficio_native.pdf", "12_rree_note.txt", "99_broken.pdf"]
    for name in names:
        shutil.copy(examples / name, tmp_path / name)
    items = items_of([tmp_path / name for name in names])
    settings = BatchSettings(tmp=str(tmp_path))
    ahead = ReadAhead(items, settings, workers=2)
    assert settle(ahead) == 3
    started = ahead.stop()
    for item in items:
        early, plain = started[item.doc_id].result(), read(item, settings)
        assert (early.doc_id, early.relpath, early.error_code) == (
            plain.doc_id, plain.relpath, plain.error_code)
        if plain.ok:
            assert early.document.text == plain.document.text
            assert early.document.path == item.relpath
    assert started[items[2].doc_id].result().error_code == "E004"


def test_stop_begins_no_more_documents(tmp_path):
    items = items_of(text_files(tmp_path / "corpus", 40))
    ahead = ReadAhead(items, BatchSettings(tmp=str(tmp_path)), workers=1)
    while not ahead.started:
        time.sleep(0.01)
    started = ahead.stop()
    begun = settle(ahead)
    assert 1 <= begun < ReadAhead.PER_WORKER  # without stop, 25 would begin
    assert started.keys() == {item.doc_id for item in items[:begun]}
    assert all(future.result().ok for future in started.values())


def test_a_long_start_reads_a_bounded_number_of_documents(tmp_path):
    items = items_of(text_files(tmp_path / "corpus", ReadAhead.PER_WORKER + 5))
    ahead = ReadAhead(items, BatchSettings(tmp=str(tmp_path)), workers=1)
    assert settle(ahead) == ReadAhead.PER_WORKER
    ahead.stop()


def test_a_fault_of_the_environment_reaches_the_read_task(examples, tmp_path):
    shutil.copy(examples / "06_mpfn_photo.png", tmp_path / "photo.png")
    (item,) = items_of([tmp_path / "photo.png"])
    settings = BatchSettings(load=LoadOptions(languages="xyz"), tmp=str(tmp_path))
    ahead = ReadAhead([item], settings, workers=1)
    settle(ahead)
    with pytest.raises(TesseractMissingError):
        ahead.stop()[item.doc_id].result()
