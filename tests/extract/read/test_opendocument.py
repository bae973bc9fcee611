"""OpenDocument files (ODT, ODS), as LibreOffice saves them: read as text, tables as rows,
with the figures a Word file or a workbook would give. The fixtures were written by
LibreOffice (tests/fixtures/opendocument/make.py)."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from docx import Document as WordDocument

from oficio.errors import CorruptFileError, UnsafeXmlError, UnsupportedTypeError
from oficio.extract.facts import extract_facts
from oficio.extract.read.filetype import sniff
from oficio.extract.read.loader import load

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "opendocument"


def _money(path: Path) -> dict[float, tuple[str | None, str | None, str | None]]:
    return {f.value: (f.row, f.role, f.unit_source)
            for f in extract_facts(load(path)).figures if f.kind == "money"}


def test_an_opendocument_text_is_read_page_by_page_with_its_table(tmp_path):
    # An .odt was refused as an unsupported type (E001): a municipality that writes in
    # LibreOffice sends its informe as it saved it.
    disguised = shutil.copy(FIXTURES / "informe_satipo.odt", tmp_path / "respuesta.pdf")
    document = load(disguised)
    assert document.file_type == "odt"
    assert len(document.pages) == 2  # the page break typed by hand
    assert "14 víctimas" in document.pages[1].text
    table = document.pages[0].tables[0]
    assert table.title == "Cuadro 2. Gasto por actividad, año 2021 (en soles)"
    # "Ejecución 2021" merged over two columns heads both
    assert table.rows[0] == ["Actividad", "Ejecución 2021 Programado",
                             "Ejecución 2021 Devengado"]


def test_the_caption_above_a_text_table_states_its_unit():
    # The cells hold bare numbers; "(en soles)" is in the caption above the table.
    assert _money(FIXTURES / "informe_satipo.odt") == {
        7500.0: ("Charlas en colegios", "allocated", "caption"),
        6920.5: ("Charlas en colegios", "executed", "caption"),
        3000.0: ("Operativos con la PNP", "allocated", "caption"),
        2480.0: ("Operativos con la PNP", "executed", "caption"),
    }


def test_an_opendocument_spreadsheet_is_read_as_a_workbook():
    document = load(FIXTURES / "cuadro_ejecucion.ods")
    assert document.file_type == "ods"
    figures = extract_facts(document).figures
    assert {f.value: f.role for f in figures if f.kind == "money"} == {
        52800.0: "allocated", 47115.4: "executed", 120000.0: "allocated",
        118450.0: "executed"}
    assert {f.value for f in figures if f.kind == "percent"} == {89.2, 98.7}
    assert {f.year for f in figures} == {2022}


def test_a_word_table_is_read_where_it_stands_under_its_caption(tmp_path):
    word = WordDocument()
    word.add_paragraph("Se informa el gasto de la campaña del año 2020.")
    word.add_paragraph("Cuadro 1. Gasto de la campaña (en soles)")
    table = word.add_table(rows=2, cols=2)
    for cell, text in zip(table.rows[0].cells + table.rows[1].cells,
                          ["Actividad", "Gasto", "Afiches y volantes", "3,150.00"], strict=True):
        cell.text = text
    word.add_paragraph("Atentamente,")
    path = tmp_path / "carta.docx"
    word.save(path)
    document = load(path)
    text = document.pages[0].text
    assert text.index("Afiches y volantes") < text.index("Atentamente")
    assert _money(path) == {3150.0: ("Afiches y volantes", "executed", "caption")}


def _odf(path: Path, mimetype: str, content: str) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
    return path


def test_an_opendocument_presentation_is_unsupported(tmp_path):
    path = _odf(tmp_path / "diapositivas.odp", "application/vnd.oasis.opendocument.presentation",
                "<office:document-content/>")
    with pytest.raises(UnsupportedTypeError, match="diapositivas.odp"):
        sniff(path)


@pytest.mark.parametrize(("content", "error"), [
    ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>', UnsafeXmlError),
    ("<office:document-content", CorruptFileError),  # cut short
])
def test_a_hostile_or_damaged_opendocument_is_a_coded_error(tmp_path, content, error):
    path = _odf(tmp_path / "informe.odt", "application/vnd.oasis.opendocument.text", content)
    with pytest.raises(error) as raised:
        load(path)
    assert str(path) in str(raised.value)


@pytest.mark.parametrize("name", ["carta_huanta.docx", "carta_huanta.odt"])
def test_the_letterhead_in_the_page_header_is_read_with_the_letter(name):
    # A letter whose letterhead is the page style's header (here a table of the body's name
    # and its unit) was read without it: no sender, though every printed page shows it.
    from oficio.extract.header.letter import annotate

    document = load(FIXTURES / name)
    lines = document.pages[0].text.splitlines()
    assert lines[0].startswith("MUNICIPALIDAD PROVINCIAL DE HUANTA")
    assert lines[-1] == "Jr. Gervasio Santillana 125 - Huanta - Ayacucho"  # the footer
    assert annotate(document)[0].sender_id == "mpro:0504"
