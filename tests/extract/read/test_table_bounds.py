"""Where a table read by position begins and ends: its caption, its source note, the next
table's caption and the title block above it are not its rows or its header."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from oficio.extract.facts import extract_facts
from oficio.extract.read.loader import load
from tests.extract.figures.test_table_units import _page


def _figures(path: Path, kind: str) -> list:
    return [f for f in extract_facts(load(path)).figures if f.kind == kind]


@pytest.mark.parametrize("caption", [
    "Tabla {}.",  # two tables a line apart: the second one's caption and header are not
    "Cuadro N? {}.",  # rows of the first; nor when OCR read its "N°" as "N?"
])  # fmt: skip
def test_a_second_table_under_its_own_caption_takes_the_unit_of_that_caption(tmp_path, caption):
    path = _page(tmp_path / "dos.pdf", [
        (60, caption.format(1) + " Charlas dictadas en colegios por provincia"),
        (80, "Provincia", ("Charlas", "Asistentes")),
        (94, "Sullana", ("14", "530")),
        (108, "Paita", ("9", "287")),
        (126, caption.format(2) + " Recursos de la campaña escolar (en soles)"),
        (144, "Ejercicio", ("PIM", "Devengado", "Avance (%)")),
        (158, "2020", ("268,400.00", "231,950.00", "86.4")),
        (172, "2021", ("301,700.00", "287,310.00", "95.2")),
    ])
    money = {(f.value, f.role, f.year) for f in _figures(path, "money")}
    assert money == {(268400.0, "allocated", 2020), (231950.0, "executed", 2020),
                     (301700.0, "allocated", 2021), (287310.0, "executed", 2021)}
    assert {f.value for f in _figures(path, "percent")} == {86.4, 95.2}


def test_the_paragraph_after_a_tables_source_note_is_not_more_rows(tmp_path):
    # The sentence's amounts wrap at the line's end; read as rows, their cells covered the
    # amounts and "S/ 2 604 000,00" was lost.
    path = _page(tmp_path / "nota.pdf", [
        (60, "Sede", ("Varones", "Mujeres", "Total")),
        (76, "Tumbes", ("31", "44", "75")),
        (90, "Piura", ("26", "39", "65")),
        (104, "Fuente: libro de registro de la sede, a mayo de 2021."),
        (124, "Para las dos sedes se programó en el año 2020 un monto de S/ 2 604 000,00,"),
        (138, "del que se devengó S/ 2 117 830,25 al cierre; en 2021 se programó un PIM de"),
        (152, "S/ 2 750 000,00, del que al 31 de mayo se ha devengado S/ 940 612,70"),
        (166, "(34,2 %)."),
    ])
    money = sorted(f.value for f in _figures(path, "money"))
    assert money == [940612.7, 2117830.25, 2604000.0, 2750000.0]


def test_a_title_block_in_capitals_is_not_the_header_of_the_table_below(tmp_path):
    # "REPORTE N° ..." run into the first column's header made its amounts "numbers of".
    pdf = canvas.Canvas(str(tmp_path / "reporte.pdf"), pagesize=A4)
    width, height = A4
    pdf.setFont("Helvetica", 9)
    pdf.drawCentredString(width / 2, height - 60, "INFORME N° 087-2020-GRX/SGP")
    pdf.drawCentredString(width / 2, height - 76, "Tumbes, 8 de febrero de 2021")
    title = ("EJECUCIÓN PRESUPUESTAL DEL PLAN AL 31 DE DICIEMBRE DE 2020 - ACTIVIDAD 5006:",
             "PROTECCIÓN Y ATENCIÓN A VÍCTIMAS DE TRATA (En soles)")
    pdf.drawCentredString(width / 2, height - 92, title[0])
    pdf.drawCentredString(width / 2, height - 104, title[1])
    for edge, header in zip((330, 400, 470, 540), ("PIA", "PIM", "Devengado", "Avance %"),
                            strict=True):
        pdf.drawRightString(edge, height - 120, header)
    pdf.drawString(60, height - 120, "Producto")
    rows = (("Albergue temporal", "812,500.00", "905,300.00", "877,140.60", "96.9"),
            ("Línea de orientación", "146,000.00", "152,800.00", "149,035.10", "97.5"),
            ("TOTAL", "958,500.00", "1,058,100.00", "1,026,175.70", "97.0"))
    y = height - 136
    for label, *cells in rows:
        pdf.drawString(60, y, label)
        for edge, cell in zip((330, 400, 470, 540), cells, strict=True):
            pdf.drawRightString(edge, y, cell)
        y -= 13
    pdf.save()
    money = {(f.value, f.role, f.column) for f in _figures(tmp_path / "reporte.pdf", "money")}
    assert {(812500.0, "allocated", "PIA"), (146000.0, "allocated", "PIA"),
            (958500.0, "allocated", "PIA"), (1026175.7, "executed", "Devengado")} <= money
    assert len(money) == 9


def test_a_header_centred_over_a_narrow_column_of_counts_heads_it_not_the_labels(tmp_path):
    # "Charlas" stands wholly left of its one-digit cells, but far from the years' column.
    pdf = canvas.Canvas(str(tmp_path / "charlas.pdf"), pagesize=A4)
    width, height = A4
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, height - 60, "Actividades de la oficina descentralizada, por año")
    pdf.drawString(90, height - 84, "Año")
    pdf.drawCentredString(290, height - 84, "Charlas")
    pdf.drawCentredString(430, height - 84, "Asistentes")
    for i, (year, talks, people) in enumerate((("2014", "3", "145"), ("2015", "8", "392"))):
        y = height - 100 - i * 14
        pdf.drawString(84, y, year)
        pdf.drawRightString(330, y, talks)
        pdf.drawRightString(450, y, people)
    pdf.save()
    counts = {(f.value, f.what, f.year) for f in _figures(tmp_path / "charlas.pdf", "count")}
    assert {(3.0, "charla", 2014), (8.0, "charla", 2015)} <= counts


def test_a_sentence_line_with_signed_amounts_is_not_a_table_row(tmp_path):
    # With its signs joined to them, the amounts of a wrapped sentence looked like a row's
    # cells; read so, they lost the roles their sentence gives them.
    pdf = canvas.Canvas(str(tmp_path / "parrafo.pdf"), pagesize=A4)
    width, height = A4
    pdf.setFont("Helvetica", 10)
    sentence = ("1. En el año 2020 la red provincial contra la trata contó con un",
                "presupuesto asignado de S/ 310 000,00, del cual se ejecutó "
                "S/ 287 450,20 (92,7 %).")
    pdf.drawString(60, height - 60, sentence[0])
    pdf.drawString(60, height - 74, sentence[1])
    for y, label, cells in ((100, "Provincia", ("Charlas", "Asistentes", "Operativos")),
                            (116, "Tambopata", ("21", "1 480", "9")),
                            (130, "Manu", ("13", "610", "4"))):
        pdf.drawString(60, height - y, label)
        for edge, cell in zip((330, 430, 530), cells, strict=True):
            pdf.drawRightString(edge, height - y, cell)
    pdf.save()
    money = {(f.value, f.role) for f in _figures(tmp_path / "parrafo.pdf", "money")}
    assert money == {(310000.0, "allocated"), (287450.2, "executed")}


def test_a_header_with_a_stray_colon_is_a_header_not_a_title_blocks_label(tmp_path):
    # OCR read a rule as ":" after the labels' header; the line still heads three columns.
    path = _page(tmp_path / "colon.pdf", [
        (60, "Gasto de las metas del plan regional, año 2021"),
        (74, "(En miles de soles)"),
        (96, "Componente :", ("PIA", "PIM", "Devengado")),
        (112, "Mesa regional", ("38.0", "41.5", "40.2")),
        (126, "Charlas en colegios", ("95.0", "102.3", "99.8")),
    ])
    money = {(f.value, f.role) for f in _figures(path, "money")}
    assert money == {(38000.0, "allocated"), (41500.0, "allocated"), (40200.0, "executed"),
                     (95000.0, "allocated"), (102300.0, "allocated"), (99800.0, "executed")}
