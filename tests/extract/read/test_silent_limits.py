"""Limits that used to be silent are said (issue 23, item 11): text too long for facts
(E016), a PDF line PDFium cuts at 32,767 bytes (E017), a page OCR read no word on (E018),
links and special files a run does not read (E311). On the document's warnings, and
counted in the run's summary."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from oficio.corpus.batch.scan import list_files
from oficio.errors import WARNINGS, warning_code
from oficio.extract.facts import extract_facts
from oficio.extract.read.document import MAX_TEXT, Document, Page
from oficio.extract.read.loader import load
from tests.conftest import ROOT
from tests.hostile.make_files import LETTER, _one_page

NUMBERS = ("1234567890 " * 4000).encode()  # one string of 44,000 bytes


def _long_line_pdf(path: Path, line: bytes = NUMBERS, times: int = 1) -> Path:
    shows = b"".join(b"(" + line + b") Tj 0 -10 Td " for _ in range(times))
    path.write_bytes(_one_page(b"BT /F1 1 Tf 10 720 Td " + shows + b"ET"))
    return path


def _codes(warnings: list[str]) -> set[str]:
    return {code for code in map(warning_code, warnings) if code}


def test_text_over_the_limit_gets_a_warning_instead_of_silence():
    document = Document("d", "d.txt", "txt", [Page(1, "Se realizaron 14 operativos. " * 70_000)])
    assert len(document.text) > MAX_TEXT
    assert extract_facts(document).figures == []
    (note,) = document.warnings
    assert note.startswith("E016:") and f"{MAX_TEXT:,}" in note
    extract_facts(document)
    assert len(document.warnings) == 1  # said once


def test_text_under_the_limit_gets_no_warning():
    document = Document("d", "d.txt", "txt", [Page(1, "Se realizaron 14 operativos.")])
    assert extract_facts(document).figures and document.warnings == []


def test_a_pdf_line_cut_at_32767_is_a_warning_on_its_page(tmp_path):
    document = load(_long_line_pdf(tmp_path / "linea.pdf"))
    assert len(document.pages[0].text) < len(NUMBERS)  # PDFium's cut: it cannot be lifted
    (note,) = document.warnings
    assert note.startswith("E017: page 1:")


def test_long_lines_pdfium_reads_whole_get_no_warning(tmp_path):
    """Two strings of 22,000 bytes on one page: lines longer than the cue, nothing cut."""
    document = load(_long_line_pdf(tmp_path / "lineas.pdf", NUMBERS[:22_000], times=2))
    assert document.warnings == []


def test_links_and_special_files_are_listed_as_skipped(tmp_path):
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "nota.txt").write_text(LETTER)
    (root / ".oculto.txt").write_text(LETTER)
    (tmp_path / "fuera.txt").write_text(LETTER)
    (root / "enlace.txt").symlink_to(tmp_path / "fuera.txt")
    (root / "roto.txt").symlink_to(tmp_path / "no_existe.txt")
    (root / "carpeta_enlazada").symlink_to(tmp_path)
    os.mkfifo(root / "sub" / "tuberia.pdf")
    skipped: list[Path] = []
    assert list_files(root, skipped=skipped) == [root / "nota.txt"]
    assert sorted(p.relative_to(root).as_posix() for p in skipped) == [
        "carpeta_enlazada", "enlace.txt", "roto.txt", "sub/tuberia.pdf"]


def test_every_warning_code_is_documented():
    docs = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    assert all(f"| {code} |" in docs for code in WARNINGS)


@pytest.fixture(scope="module")
def processed(tmp_path_factory) -> tuple[subprocess.CompletedProcess, Path]:
    """``oficio process`` over a folder with each silent limit, and a plain letter."""
    tmp = tmp_path_factory.mktemp("limits")
    root = tmp / "corpus"
    root.mkdir()
    (root / "nota.txt").write_text(LETTER)
    # few words: the classifier need not read two million characters of them
    (root / "larga.txt").write_text("Oficio N° 12-2018-IN\n" + "-" * MAX_TEXT)
    _long_line_pdf(root / "linea.pdf")
    (tmp / "fuera.txt").write_text(LETTER)
    (root / "enlace.txt").symlink_to(tmp / "fuera.txt")
    os.mkfifo(root / "tuberia.pdf")
    result = subprocess.run(
        [sys.executable, "-m", "oficio", "process", str(root), "--workspace", str(tmp / "ws"),
         "--jobs", "1"], cwd=ROOT, capture_output=True, text=True, timeout=600,
        env={**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "300"})
    return result, tmp / "ws"


def test_the_run_summary_counts_each_warning_and_lists_what_it_did_not_read(processed):
    result, _ = processed
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    assert any("warning E016" in line and "1 document," in line and "larga.txt" in line
               for line in lines), result.stdout
    assert any("warning E017" in line and "linea.pdf" in line for line in lines), result.stdout
    (notice,) = [line for line in lines if "notice E311" in line]
    assert "2 links or special files" in notice
    assert "enlace.txt" in notice and "tuberia.pdf" in notice
    assert "3 files (3 distinct): 3 processed, 0 failed" in result.stdout


def test_the_warnings_are_stored_with_their_documents(processed):
    _, workspace = processed
    with sqlite3.connect(workspace / "oficio.sqlite") as connection:
        stored = dict(connection.execute("SELECT path, warnings FROM documents"))
    assert _codes(json.loads(stored["larga.txt"])) == {"E016"}
    assert _codes(json.loads(stored["linea.pdf"])) == {"E017"}
    assert json.loads(stored["nota.txt"] or "[]") == []
    assert "enlace.txt" not in stored and "tuberia.pdf" not in stored  # a notice, not a failure


def test_a_photo_too_blurred_to_read_says_so_instead_of_reading_as_empty(tmp_path):
    # A page out of focus: ink, but no word Tesseract can read. Stored with no text and no
    # note, it read as a reply that says nothing (a confident "no information").
    import cv2
    import numpy as np

    page = np.full((1500, 2000), 255, np.uint8)
    for row in range(12):
        cv2.putText(page, "Se realizaron 14 talleres de prevencion en 2019",
                    (150, 150 + 100 * row), cv2.FONT_HERSHEY_SIMPLEX, 1.6, 0, 3)
    photo = tmp_path / "foto.png"
    cv2.imwrite(str(photo), cv2.GaussianBlur(page, (0, 0), 11))
    document = load(photo)
    assert document.pages[0].text == ""
    assert _codes(document.warnings) == {"E018"}
    assert document.warnings[0].startswith("E018: page 1:")
