"""Office files (DOCX, XLSX) are read within budgets and with their XML checked (issue 23,
item 10): bombs, entities and cut-off XML give coded errors; real reports still read."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document as WordDocument
from PIL import Image

from oficio.errors import CorruptFileError, PackageTooLargeError, UnsafeXmlError
from oficio.extract.read.loader import load
from oficio.extract.read.options import LoadOptions, PackageLimits
from oficio.extract.read.package import checked_package
from tests.conftest import ROOT
from tests.hostile import office_files

EXTRACT_MEMORY = 1536 << 20  # the campaign's DOCX took 7.5 GB; refused, it needs far less


def _made(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    office_files.MAKERS[name](path)
    return path


@pytest.mark.parametrize(("name", "error"), [
    ("bomb_1_5gib.docx", PackageTooLargeError),
    ("bomb_lying_size.docx", CorruptFileError),  # inflates past its declared size: bad CRC
    ("billion_laughs.docx", UnsafeXmlError),
    ("external_entity.docx", UnsafeXmlError),
    ("truncated_xml.docx", CorruptFileError),
    ("billion_laughs.xlsx", UnsafeXmlError),
])
def test_a_hostile_office_file_is_a_coded_error(tmp_path, name, error):
    path = _made(tmp_path, name)
    with pytest.raises(error) as raised:
        load(path, LoadOptions(jobs=1))
    assert str(path) in str(raised.value)


def test_the_builder_makes_real_word_files(tmp_path):
    document = load(_made(tmp_path, "plain.docx"))
    assert "45 talleres" in document.text


def test_the_1_5_gib_docx_is_refused_within_1_5_gib_of_memory(tmp_path):
    """``oficio extract`` in a process that cannot have more than 1.5 GiB: before the budget,
    it died with MemoryError inflating word/document.xml."""
    path = _made(tmp_path, "bomb_1_5gib.docx")
    result = subprocess.run(
        [sys.executable, "-m", "oficio", "extract", str(path)], cwd=ROOT, capture_output=True,
        text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)},
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS,
                                               (EXTRACT_MEMORY, EXTRACT_MEMORY)))
    assert result.returncode == 3, result.stderr[-2000:]
    assert "[E014]" in result.stderr and "Traceback" not in result.stderr


def test_a_part_that_inflates_too_many_times_is_refused_by_its_ratio(tmp_path):
    path = tmp_path / "ratio.docx"
    head, tail = office_files._body("").split(b"</w:body>")
    spaces = office_files._repeated_part("word/document.xml", head, b" " * (1 << 20), 8,
                                         b"</w:body>" + tail)
    path.write_bytes(office_files._word(spaces))
    with pytest.raises(PackageTooLargeError, match="times"):
        checked_package(path, PackageLimits())


def test_an_xml_part_over_its_budget_is_refused(tmp_path):
    path = _made(tmp_path, "plain.docx")
    with pytest.raises(PackageTooLargeError, match="part .* inflates to"):
        checked_package(path, PackageLimits(xml_part_bytes=200))


def test_a_real_300_page_report_with_images_reads_within_the_budgets(tmp_path):
    """Word's own output: 300 pages of tables and a photo on every tenth page (images are
    counted in the total but never parsed as XML)."""
    photo = tmp_path / "foto.png"
    Image.effect_noise((800, 600), 60).convert("RGB").save(photo)
    word = WordDocument()
    for page in range(300):
        word.add_paragraph(f"Acciones de prevención de la trata de personas, página {page}.")
        table = word.add_table(rows=12, cols=4)
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row.cells):
                cell.text = f"{(page * r * c) % 9973:,}.00" if c else f"Provincia {r}"
        if page % 10 == 0:
            word.add_picture(str(photo))
        word.add_page_break()
    path = tmp_path / "informe.docx"
    word.save(path)
    document = load(path, LoadOptions(jobs=1))
    assert len(document.pages) == 301 and "página 299" in document.text
