"""Figures read from tables by the words' positions, with the unit the document states once.

The PDFs are drawn with reportlab as budget offices lay them out: no rules, headers wrapped
over two lines, the unit in the title block, and (for the SIAF-like page) the header's words
drawn after the rows, as budget-system exports order their text layer.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from oficio.extract.facts import extract_facts
from oficio.extract.read.loader import load
from tests.conftest import ROOT

REAL_DEV = ROOT.parent / "shared" / "real-dev" / "docs"


def _money(path: Path) -> list:
    return [f for f in extract_facts(load(path)).figures if f.kind == "money"]


def _simple_table(path: Path, title: str, headers: tuple[str, ...],
                  rows: tuple[tuple[str, ...], ...], right_edges: tuple[int, ...]) -> Path:
    """An A4 page: a title, a header line, and rows of a label and right-aligned cells."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, height - 60, title)
    for edge, header in zip(right_edges, headers, strict=True):
        pdf.drawRightString(edge, height - 90, header)
    y = height - 110
    for label, *cells in rows:
        pdf.drawString(60, y, label)
        for edge, cell in zip(right_edges, cells, strict=True):
            pdf.drawRightString(edge, y, cell)
        y -= 14
    pdf.save()
    return path


def _siaf_like(path: Path) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=landscape(A4))
    width, height = landscape(A4)
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawCentredString(width / 2, height - 50, "EJECUCION DE GASTOS POR GENERICA - 2019")
    pdf.setFont("Helvetica", 8)
    pdf.drawCentredString(width / 2, height - 64, "(EN NUEVOS SOLES)")
    pdf.drawString(30, height - 90, "PLIEGO : 999 ENTIDAD DE PRUEBA")
    rows = [("5 RECURSOS DETERMINADOS", None),
            ("2.3 BIENES Y SERVICIOS", ("1,204,500", "980,112.40", "975,000.00", "812,345.67")),
            ("2.6 ADQUISICION DE ACTIVOS", ("350,000", "120,000.00", "118,500.00", "95,000.00")),
            ("TOTAL PLIEGO", ("1,554,500", "1,100,112.40", "1,093,500.00", "907,345.67"))]
    right_edges = (260, 360, 460, 560)
    y = height - 150
    for label, cells in rows:  # the rows are drawn first ...
        pdf.drawString(30, y, label)
        for edge, cell in zip(right_edges, cells or (), strict=False):
            pdf.drawRightString(edge, y, cell)
        y -= 14
    headers = (("PIM", ""), ("CERTIFICACION", ""), ("COMPROMISO", "ANUAL"),
               ("DEVENGADO", ""))
    for edge, (first, second) in zip(right_edges, headers, strict=True):  # ... then the header
        pdf.drawRightString(edge, height - 118, first)
        if second:
            pdf.drawRightString(edge, height - 128, second)
    pdf.drawString(30, height - 128, "GENERICA DE GASTO")
    pdf.save()
    return path


def test_siaf_rows_take_the_unit_of_the_title_and_the_role_of_their_column(tmp_path):
    money = _money(_siaf_like(tmp_path / "siaf.pdf"))
    found = {(f.row, f.value): f for f in money}
    assert len(money) == 12
    goods, assets = "5 RECURSOS DETERMINADOS / 2.3 BIENES Y SERVICIOS", \
        "5 RECURSOS DETERMINADOS / 2.6 ADQUISICION DE ACTIVOS"
    pim = found[(goods, 1204500.0)]
    assert (pim.currency, pim.role, pim.year, pim.unit_source) == ("PEN", "allocated", 2019, "page")
    assert found[(goods, 980112.40)].role == "committed"
    assert found[(assets, 118500.0)].column == "COMPROMISO ANUAL"
    assert found[(assets, 118500.0)].role == "committed"
    assert found[("5 RECURSOS DETERMINADOS / TOTAL PLIEGO", 907345.67)].role == "executed"


def test_a_wrapped_header_gives_its_cells_currency_role_and_percent(tmp_path):
    path = tmp_path / "memo.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, height - 60, "Cuadro 3. Actividades del plan regional, primer semestre")
    lines = [(height - 90, ("", "Presupuesto", "Ejecutado al", "%")),
             (height - 102, ("Actividad", "asignado (S/)", "30.06.2018 (S/)", "avance"))]
    columns = (60, 300, 410, 480)
    for y, cells in lines:
        for x, cell in zip(columns, cells, strict=True):
            (pdf.drawString if x == 60 else pdf.drawRightString)(x if x == 60 else x + 20, y,
                                                                  cell)
    data = [("Talleres con docentes", "48,000.00", "31,250.50", "65.1"),
            ("Campañas en terminales", "22,500.00", "22,500.00", "100.0")]
    y = height - 122
    for label, *cells in data:
        pdf.drawString(60, y, label)
        for x, cell in zip(columns[1:], cells, strict=True):
            pdf.drawRightString(x + 20, y, cell)
        y -= 14
    pdf.save()
    figures = extract_facts(load(path)).figures
    money = {f.value: f for f in figures if f.kind == "money"}
    assert set(money) == {48000.0, 31250.5, 22500.0}
    assert money[48000.0].role == "allocated" and money[48000.0].unit_source == "column"
    assert money[31250.5].role == "executed"
    assert money[31250.5].column == "Ejecutado al 30.06.2018 (S/)"
    assert sorted(f.value for f in figures if f.kind == "percent") == [65.1, 100.0]


def test_numbers_of_a_table_with_no_unit_stated_are_not_money(tmp_path):
    path = _simple_table(tmp_path / "codes.pdf", "Relación de expedientes", ("", ""),
                         (("Mesa de partes", "1234", "5678"), ("Archivo", "2234", "6678")),
                         (300, 400))
    assert _money(path) == []


def test_a_unit_in_the_corner_cell_whose_space_ocr_lost_makes_the_cells_soles(tmp_path):
    # "En soles" in the narrow corner cell over the row labels, read "Ensoles" from a scan.
    path = tmp_path / "corner.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    top = A4[1]
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, top - 60, "Ejecución de la farmacia, año 2024")
    pdf.drawString(60, top - 90, "Ensoles")
    for y, cells in ((90, ("PIM", "Devengado")), (110, ("120,400.00", "98,515.60")),
                     (130, ("64,000.00", "61,230.00"))):
        pdf.drawRightString(330, top - y, cells[0])
        pdf.drawRightString(460, top - y, cells[1])
    pdf.drawString(60, top - 110, "Vacunas")
    pdf.drawString(60, top - 130, "Sueros")
    pdf.save()
    money = [(f.value, f.currency, f.role) for f in _money(path)]
    assert money == [(120400.0, "PEN", "allocated"), (98515.6, "PEN", "executed"),
                     (64000.0, "PEN", "allocated"), (61230.0, "PEN", "executed")]


@pytest.mark.skipif(not REAL_DEV.is_dir(), reason="../shared/real-dev is not here")
def test_a_real_siaf_report_gives_its_amounts_with_roles():
    money = _money(REAL_DEV / "igp_2021-II_Reporte_gasto.pdf")
    goods = {f.column: f for f in money
             if f.page == 1 and f.row == "1 RECURSOS ORDINARIOS / 2.3 BIENES Y SERVICIOS"}
    assert goods["PIM"].value == 14921860.0
    assert goods["PIM"].role == "allocated" and goods["PIM"].year == 2021
    assert goods["TOTAL DEVENGADOS"].value == 6156294.85
    assert goods["TOTAL DEVENGADOS"].role == "executed"
    assert all(f.currency == "PEN" for f in money)


def test_an_ocr_read_table_gives_the_same_figures_as_its_text_layer(tmp_path):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(_siaf_like(tmp_path / "siaf.pdf")))
    scan = tmp_path / "siaf.png"
    pdf[0].render(scale=200 / 72, grayscale=True).to_pil().save(scan)
    pdf.close()
    money = {(f.value, f.role) for f in _money(scan)}
    assert money == {(f.value, f.role) for f in _money(tmp_path / "siaf.pdf")}
    assert (812345.67, "executed") in money and len(money) == 12


def test_counts_under_a_count_header_take_its_noun_and_split_thousands_are_one_number(tmp_path):
    path = _simple_table(tmp_path / "counts.pdf", "Atenciones registradas por la unidad, 2018",
                         ("N° de casos", "Beneficiarios"),
                         (("Cusco", "14", "1 204"), ("Puno", "9", "310"),
                          ("Madre de Dios", "21", "2 045")), (330, 450))
    counts = {(f.value, f.what) for f in extract_facts(load(path)).figures if f.kind == "count"}
    assert {(14.0, "caso"), (9.0, "caso"), (21.0, "caso")} <= counts
    assert {1204.0, 310.0, 2045.0} <= {value for value, _ in counts}


def test_an_excel_annex_is_read_as_a_table_with_the_unit_of_its_title(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "Anexo 2. Gasto en la estrategia de prevención"
    sheet.merge_cells("A1:E1")
    sheet["A2"] = "(en soles)"
    sheet.append([])
    sheet.append(["Producto", "2019", None, "%"])
    sheet.merge_cells("B4:C4")
    sheet.append(["", "Presupuestado", "Pagado", "Ejecución"])
    for label, planned, paid, share in (("Ferias informativas", 12500, 11875.5, 0.95),
                                        ("Spots radiales", 30000, 18000, 0.6)):
        sheet.append([label, planned, paid, share])
        for column, number_format in (("B", "#,##0.00"), ("C", "#,##0.00"), ("D", "0.0%")):
            sheet[f"{column}{sheet.max_row}"].number_format = number_format
    path = tmp_path / "anexo.xlsx"
    book.save(path)
    document = load(path)
    assert document.file_type == "xlsx"
    figures = extract_facts(document).figures
    money = {(f.value, f.role, f.year, f.unit_source) for f in figures if f.kind == "money"}
    assert money == {(12500.0, "allocated", 2019, "caption"),
                     (11875.5, "executed", 2019, "caption"),
                     (30000.0, "allocated", 2019, "caption"),
                     (18000.0, "executed", 2019, "caption")}
    assert sorted(f.value for f in figures if f.kind == "percent") == [60.0, 95.0]


def test_a_plural_noun_heading_whole_numbers_makes_them_counts_of_it(tmp_path):
    path = _simple_table(tmp_path / "actividades.pdf",
                         "Resumen de actividades de prevención por provincia",
                         ("Talleres realizados", "Docentes capacitados"),
                         (("Huamanga", "6", "148"), ("Huanta", "3", "52")), (330, 450))
    counts = {(f.value, f.what) for f in extract_facts(load(path)).figures if f.kind == "count"}
    assert counts == {(6.0, "taller"), (3.0, "taller"), (148.0, "docente"), (52.0, "docente")}


def test_under_period_columns_the_row_label_names_what_is_counted(tmp_path):
    path = _simple_table(tmp_path / "periodos.pdf", "Registro de la comisaría, año 2018",
                         ("Ene-Jun", "Jul-Dic"),
                         (("Denuncias recibidas", "12", "15"), ("Operativos realizados", "4", "6")),
                         (330, 450))
    counts = {(f.value, f.what) for f in extract_facts(load(path)).figures if f.kind == "count"}
    assert counts == {(12.0, "denuncia"), (15.0, "denuncia"), (4.0, "operativo"),
                      (6.0, "operativo")}


def test_a_caption_centred_over_the_table_is_not_its_header(tmp_path):
    # Taken for a header line, the caption's words fell over the columns ("distrito fiscal
    # Año 2018") and the second year's counts were lost.
    path = tmp_path / "denuncias.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawCentredString(300, height - 70,
                          "Denuncias ingresadas por trata de personas según distrito fiscal")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(130, height - 90, "Distrito Fiscal")
    for edge, head in ((380, "Año 2017"), (470, "Año 2018")):
        pdf.drawRightString(edge, height - 90, head)
    y = height - 106
    for label, first, second in (("Lima", "412", "455"), ("Cusco", "88", "102"),
                                 ("Total nacional", "500", "557")):
        pdf.drawString(130, y, label)
        pdf.drawRightString(380, y, first)
        pdf.drawRightString(470, y, second)
        y -= 14
    pdf.save()
    counts = {(f.value, f.year, f.what) for f in extract_facts(load(path)).figures
              if f.kind == "count"}
    assert {(412.0, 2017, "denuncia"), (455.0, 2018, "denuncia"), (102.0, 2018, "denuncia"),
            (557.0, 2018, "denuncia")} <= counts


def test_a_one_column_table_of_counts_gives_each_row_its_noun(tmp_path):
    # One whole number on a line is a sentence's unless a header stands over the column.
    path = _simple_table(tmp_path / "metas.pdf", "con las siguientes metas:", ("Cantidad",),
                         (("Talleres de prevención en comunidades", "10"),
                          ("Estudiantes voluntarios capacitados", "80"),
                          ("Investigaciones financiadas", "2")), (450,))
    counts = {(f.value, f.what) for f in extract_facts(load(path)).figures if f.kind == "count"}
    assert counts == {(10.0, "taller"), (80.0, "estudiante"), (2.0, "investigación")}


def test_a_scaled_unit_line_over_a_wide_report_is_its_title(tmp_path):
    # "EXPRESADO EN MILES DE SOLES" centred over two of a landscape report's wide columns
    # was taken for a header line: its words fell into the headers and the scale was lost.
    path = tmp_path / "anexo.pdf"
    pdf = canvas.Canvas(str(path), pagesize=landscape(A4))
    width, height = landscape(A4)
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawCentredString(width / 2, height - 60, "EJECUCIÓN PRESUPUESTAL 2019 - METAS VINCULADAS")
    pdf.drawCentredString(width / 2, height - 74, "EXPRESADO EN MILES DE SOLES")
    pdf.setFont("Helvetica", 9)
    edges = (420, 540, 660, 780)
    pdf.drawString(40, height - 92, "Meta  Actividad / Finalidad")
    for edge, head in zip(edges, ("PIM", "Certificación", "Devengado", "Girado"), strict=True):
        pdf.drawRightString(edge, height - 92, head)
    y = height - 108
    rows = (("0041 Red Regional contra la Trata", ("185.4", "181.2", "176.9", "176.9")),
            ("0042 Campañas en colegios", ("310.6", "302.0", "291.3", "288.0")))
    for label, cells in rows:
        pdf.drawString(40, y, label)
        for edge, cell in zip(edges, cells, strict=True):
            pdf.drawRightString(edge, y, cell)
        y -= 14
    pdf.save()
    money = {(f.value, f.role) for f in _money(path)}
    assert {(185400.0, "allocated"), (181200.0, "committed"), (291300.0, "executed")} <= money


def test_a_long_caption_that_opens_with_its_noun_names_the_total_columns_counts(tmp_path):
    path = _simple_table(tmp_path / "casos.pdf",
                         "Casos ingresados por el delito de trata de personas (art. 129-A del "
                         "Código Penal), por distrito",
                         ("Año 2019", "Año 2020", "Total"),
                         (("Arequipa", "96", "71", "167"), ("Cusco", "143", "118", "261")),
                         (330, 420, 510))
    counts = {(f.value, f.what) for f in extract_facts(load(path)).figures if f.kind == "count"}
    assert {(167.0, "caso"), (261.0, "caso"), (96.0, "caso")} <= counts


def test_an_amount_ocr_put_under_a_percent_header_is_skipped_not_a_failure():
    from oficio.extract.read.document import Document, Page

    text = ("Cuadro 1\nMeta                 Avance %      Ejecutado (S/)\n"
            "Talleres             27.815.409.72   12,500.00\n"
            "Campañas             85.5   8,000.00\n")
    figures = extract_facts(Document("t", "t.txt", "txt", [Page(1, text)])).figures
    assert 85.5 in {f.value for f in figures if f.kind == "percent"}
    assert 27815409.72 not in {f.value for f in figures}


def test_a_bug_in_one_extractor_keeps_the_other_extractors_facts(monkeypatch):
    """No real input is known to break an extractor today, so the bug is put in by hand."""
    import oficio.extract.facts
    from oficio.extract.read.document import Document, Page

    def broken(document):
        raise ValueError("a bug")

    monkeypatch.setattr(oficio.extract.facts, "find_figures", broken)
    text = "MINISTERIO DEL INTERIOR\n\nOFICIO N° 12-2018-IN\n\nSe realizaron 14 operativos."
    document = Document("t", "t.txt", "txt", [Page(1, text)])
    facts = extract_facts(document)
    assert facts.figures == [] and facts.header.reference
    assert any(w.startswith("E305: the figures") for w in document.warnings)


def test_a_unit_in_one_header_is_the_tables_for_its_budget_columns_not_its_targets(tmp_path):
    path = _simple_table(tmp_path / "metas.pdf", "Cuadro 4. Metas y presupuesto por eje, 2018",
                         ("Meta programada", "PIM", "Devengado (S/)"),
                         (("Talleres", "40", "8,000.00", "7,450.00"),
                          ("Operativos", "12", "5,200.00", "5,100.00")), (250, 350, 450))
    money = {(f.value, f.role) for f in _money(path)}
    assert money == {(8000.0, "allocated"), (7450.0, "executed"), (5200.0, "allocated"),
                     (5100.0, "executed")}


def _page(path: Path, lines: list[tuple[float, str] | tuple[float, str, tuple]]) -> Path:
    """An A4 page of text lines at (y from the top, text) and table rows at (y, label,
    right-aligned cells at x = 330, 430, 530)."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    pdf.setFont("Helvetica", 10)
    for y, text, *cells in lines:
        line = pdf.beginText(60, height - y)
        line.setWordSpace(0 if cells else 8)  # sentences justified wide, as word processors do
        line.textOut(text)
        pdf.drawText(line)
        for edge, cell in zip((330, 430, 530), cells[0] if cells else (), strict=False):
            pdf.drawRightString(edge, height - y, cell)
    pdf.save()
    return path


def test_an_amount_with_spaced_thousands_in_a_sentence_under_a_table_is_one_amount(tmp_path):
    # A justified sentence below a table: its "2 315 400,50" is not a row of two counts.
    path = _page(tmp_path / "multas.pdf", [
        (60, "Periodo", ("Órdenes", "Infracciones", "Trabajadores")),
        (76, "Enero - diciembre 2017", ("64", "22", "318")),
        (90, "Enero - junio 2018", ("37", "15", "142")),
        (120, "3. Sanciones aplicadas a empleadores durante el año 2018: S/ 2 315 400,50,"),
        (134, "por siete resoluciones firmes."),
    ])
    figures = extract_facts(load(path)).figures
    assert [(f.kind, f.value) for f in figures if f.kind == "money"] == [("money", 2315400.5)]
    assert not [f for f in figures if f.kind == "count" and f.value in (2.0, 315.0)]


def test_amounts_in_thousands_with_one_decimal_are_money_times_a_thousand(tmp_path):
    path = _page(tmp_path / "anexo.pdf", [
        (60, "Cuadro 3. Presupuesto de las actividades del plan regional, 2019"),
        (74, "(En miles de soles)"),
        (96, "Actividad", ("PIA", "PIM", "Devengado")),
        (112, "Mesa regional", ("45.0", "62.5", "58.1")),
        (126, "Campañas en colegios", ("180.0", "214.8", "199.6")),
    ])
    money = {(f.value, f.role) for f in _money(path)}
    assert money == {(45000.0, "allocated"), (62500.0, "allocated"), (58100.0, "executed"),
                     (180000.0, "allocated"), (214800.0, "allocated"), (199600.0, "executed")}


def test_a_second_table_with_the_same_columns_keeps_the_unit_stated_above_the_first(tmp_path):
    # One statement of the unit over two years' tables, the second with no title of its own.
    path = _page(tmp_path / "anexo.pdf", [
        (60, "ANEXO: EJECUCIÓN PRESUPUESTAL DEL PLAN REGIONAL"),
        (74, "(Expresado en miles de soles)"),
        (96, "Genérica de gasto", ("PIA", "PIM", "Devengado")),
        (112, "Bienes y servicios", ("45.0", "62.5", "58.1")),
        (126, "Personal y obligaciones", ("30.0", "30.0", "29.4")),
        (190, "Genérica de gasto", ("PIA", "PIM", "Devengado")),
        (206, "Bienes y servicios", ("50.0", "55.0", "31.9")),
        (220, "Personal y obligaciones", ("32.0", "32.0", "24.6")),
    ])
    assert {f.value for f in _money(path)} >= {50000.0, 55000.0, 31900.0, 32000.0, 24600.0}


def test_the_sentence_leading_into_a_table_of_years_names_what_it_counts(tmp_path):
    path = _page(tmp_path / "denuncias.pdf", [
        (60, "Tengo el agrado de remitir la información de las denuncias por el delito de"),
        (74, "trata de personas de esta Región, del 1 de octubre de 2020 al 30 de junio de 2022:"),
        (100, "Finalidad", ("2020", "2021", "2022")),
        (116, "Explotación sexual", ("9", "31", "24")),
        (130, "Explotación laboral", ("3", "12", "10")),
    ])
    counts = {(f.value, f.what) for f in extract_facts(load(path)).figures if f.kind == "count"}
    assert counts == {(v, "denuncia") for v in (9.0, 31.0, 24.0, 3.0, 12.0, 10.0)}


def test_a_kind_column_header_with_ocr_marks_around_it_still_names_its_noun():
    from oficio.extract.figures.table_labels import kind_noun

    assert kind_noun("> Tipo de asistencia E") == "asistencia"
    assert kind_noun("Tipo de asistencia") == "asistencia"
    assert kind_noun("Tipo de asistencia legal brindada") is None


def test_a_planning_sentence_above_a_table_gives_its_amounts_their_role(tmp_path):
    # The paragraph's lines run over the table's columns; they are not its header.
    path = _page(tmp_path / "plan.pdf", [
        (60, "El plan de trabajo 2021-2022 de la Gerencia contempla la creación de un"),
        (74, "observatorio regional del delito y de una red de defensorías en las provincias."),
        (88, "Para su financiamiento se ha programado un monto adicional en los dos años del"),
        (102, "plan, según el detalle que se muestra a continuación:"),
        (124, "Componente", ("2021 (S/)", "2022 (S/)")),
        (140, "Mesa regional", ("210,000", "190,000")),
        (154, "Capacitación a docentes", ("200,000", "200,000")),
    ])
    money = [(f.value, f.role, f.column) for f in _money(path)]
    assert money == [(210000.0, "allocated", "2021 (S/)"), (190000.0, "allocated", "2022 (S/)"),
                     (200000.0, "allocated", "2021 (S/)"), (200000.0, "allocated", "2022 (S/)")]


def _ruled_scan(path: Path) -> Path:
    """A Word-style ruled table with a shaded header, scanned: 150 dpi, tilted, noisy, JPEG."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image

    pdf_path = path.with_suffix(".pdf")
    pdf = canvas.Canvas(str(pdf_path), pagesize=A4)
    width, height = A4
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(60, height - 80,
                   "Cuadro 2. Gasto del programa por componente, año 2018 (en soles)")
    xs = [60, 220, 330, 440, 530]
    heads = [("Componente", ""), ("Presupuesto", "modificado"), ("Gasto", "devengado"),
             ("Avance", "%")]
    rows = [("Mesas regionales y", "asistencia técnica", "512,400.00", "498,215.30", "97.2"),
            ("Campañas en", "colegios", "1,375,800.00", "1,290,114.65", "93.8"),
            ("Casas de acogida", "(CAR)", "2,840,000.00", "2,702,390.10", "95.2"),
            ("Total", "", "4,728,200.00", "4,490,720.05", "95.0")]
    top = height - 100
    row_h = 30
    pdf.setFillGray(0.8)
    pdf.rect(xs[0], top - row_h, xs[-1] - xs[0], row_h, fill=1, stroke=0)
    pdf.setFillGray(0)
    n = len(rows) + 1
    for i in range(n + 1):
        pdf.line(xs[0], top - i * row_h, xs[-1], top - i * row_h)
    for x in xs:
        pdf.line(x, top, x, top - n * row_h)
    pdf.setFont("Helvetica-Bold", 9)
    for c, (a, b) in enumerate(heads):
        pdf.drawCentredString((xs[c] + xs[c + 1]) / 2, top - 12, a)
        pdf.drawCentredString((xs[c] + xs[c + 1]) / 2, top - 23, b)
    pdf.setFont("Helvetica", 9)
    for r, (a, b, *cells) in enumerate(rows):
        y = top - (r + 1) * row_h
        pdf.drawString(xs[0] + 3, y - 12, a)
        pdf.drawString(xs[0] + 3, y - 23, b)
        for c, cell in enumerate(cells):
            pdf.drawRightString(xs[c + 2] - 4, y - 12, cell)
    pdf.save()
    doc = pdfium.PdfDocument(str(pdf_path))
    image = doc[0].render(scale=150 / 72, grayscale=True).to_pil().convert("L")
    doc.close()
    image = image.rotate(0.6, resample=Image.BICUBIC, fillcolor=255)
    pixels = np.asarray(image, dtype=np.float32)
    pixels += np.random.default_rng(7).normal(0, 12, pixels.shape)
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    image.save(path, quality=60)
    return path


def test_a_scanned_ruled_table_gives_every_cell(tmp_path):
    # Left in, the rules and the shaded header make Tesseract read the cells as noise.
    figures = extract_facts(load(_ruled_scan(tmp_path / "cuadro.jpg"))).figures
    money = {(f.value, f.role) for f in figures if f.kind == "money"}
    assert money == {(512400.0, "allocated"), (1375800.0, "allocated"), (2840000.0, "allocated"),
                     (4728200.0, "allocated"), (498215.3, "executed"), (1290114.65, "executed"),
                     (2702390.1, "executed"), (4490720.05, "executed")}
    assert {f.value for f in figures if f.kind == "percent"} == {97.2, 93.8, 95.2, 95.0}


def test_a_header_sign_ocr_read_as_si_still_states_soles():
    from oficio.extract.read.document import Document, Page, Table

    text = "Componente 2021 (S/) 2022 (SI)\nMesa regional 210,000 190,000\nTalleres 50,000 80,000"
    table = Table(rows=[["Componente", "2021 (S/)", "2022 (SI)"],
                        ["Mesa regional", "210,000", "190,000"], ["Talleres", "50,000", "80,000"]],
                  title="Distribución por componente:", source="layout")
    page = Page(number=1, text="Distribución por componente:\n" + text, tables=[table])
    document = Document(doc_id="t", path="t.png", file_type="image", pages=[page])
    money = {(f.value, f.year) for f in extract_facts(document).figures if f.kind == "money"}
    assert money == {(210000.0, 2021), (190000.0, 2022), (50000.0, 2021), (80000.0, 2022)}


@pytest.mark.parametrize(("head", "currency"), [
    ("Devengado (sn", "PEN"),     # "(S/)" whose slash and parenthesis ran together
    ("Devengado (S/", "PEN"),
    ("Presupuesto PIM sn", "PEN"),  # the bracket dropped with the cell's rules
    ("Expenditure (uss)", "USD"),  # "(US$)" with the dollar read as s
    ("Gasto (US5)", "USD"),
])
def test_a_header_sign_misread_by_ocr_still_states_the_currency(head, currency):
    from oficio.extract.read.document import Document, Page, Table

    rows = [["Concepto", head], ["Albergue", "98,400.00"], ["Retorno", "41,800.00"]]
    text = "\n".join("  ".join(row) for row in rows)
    page = Page(number=1, text=text, tables=[Table(rows=rows, source="layout")])
    document = Document(doc_id="t", path="t.png", file_type="image", pages=[page])
    money = {(f.value, f.currency) for f in extract_facts(document).figures if f.kind == "money"}
    assert money == {(98400.0, currency), (41800.0, currency)}



def test_the_stage_named_last_in_a_wrapped_header_is_the_columns_own(tmp_path):
    # "Presupuesto" merged over two columns, and a report's heading spread over all of
    # them, come before the column's own name: "Devengado" is executed, "PIA" allocated.
    path = tmp_path / "etapas.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, height - 60, "Cuadro 1. Gasto de la mesa provincial (en soles)")
    pdf.drawCentredString(430, height - 90, "EJECUCION PRESUPUESTAL")
    pdf.drawCentredString(480, height - 102, "Presupuesto")
    for edge, head in ((330, "PIA"), (430, "Asignado"), (530, "Devengado")):
        pdf.drawRightString(edge, height - 114, head)
    y = height - 134
    for label, *cells in (("Mesa provincial", "12,000.00", "14,500.00", "13,980.25"),
                          ("Visitas a comunidades", "6,000.00", "7,200.00", "6,410.00")):
        pdf.drawString(60, y, label)
        for edge, cell in zip((330, 430, 530), cells, strict=True):
            pdf.drawRightString(edge, y, cell)
        y -= 14
    pdf.save()
    roles = {f.value: f.role for f in _money(path)}
    assert roles == {12000.0: "allocated", 14500.0: "allocated", 13980.25: "executed",
                     6000.0: "allocated", 7200.0: "allocated", 6410.0: "executed"}


def test_a_title_naming_the_budget_gives_its_role_to_columns_that_name_none(tmp_path):
    # Columns of sources of funds name no stage; the report's title says the amounts are
    # the budget set for the year. A balance column is no stage.
    path = _page(tmp_path / "fuentes.pdf", [
        (40, "PRESUPUESTO ANUAL DE LA GERENCIA 2022"),
        (54, "DETALLE POR ORIGEN DE LOS RECURSOS"),
        (68, "(EN SOLES)"),
        (120, "Genérica", ("Ordinarios", "Donaciones", "Total")),
        (136, "2.3 Bienes y servicios", ("81,300.00", "9,050.00", "90,350.00")),
        (150, "2.6 Activos no financieros", ("15,000.00", "0.00", "15,000.00")),
    ])
    roles = {(f.row, f.value): f.role for f in _money(path)}
    assert roles and set(roles.values()) == {"allocated"}
    # A title naming no stage, or a letter's sentence naming one, gives none.
    plain = _page(tmp_path / "plain.pdf", [
        (30, "Se ejecutaron las siguientes acciones, cuyo detalle por fuente de financiamiento"),
        (44, "es el siguiente, según la información del sistema de la entidad:"),
        (68, "RESUMEN POR FUENTE (EN SOLES)"),
        (120, "Genérica", ("Ordinarios", "Donaciones", "Total")),
        (136, "2.3 Bienes y servicios", ("81,300.00", "9,050.00", "90,350.00")),
        (150, "2.6 Activos no financieros", ("15,000.00", "0.00", "15,000.00")),
    ])
    assert {f.role for f in _money(plain)} == {None}


def _counts(path: Path) -> set[tuple[float, str | None]]:
    return {(f.value, f.what) for f in extract_facts(load(path)).figures if f.kind == "count"}


def test_year_columns_count_what_the_tables_caption_names(tmp_path):
    path = _page(tmp_path / "atenciones.pdf", [
        (60, "Cuadro 2. Orientaciones brindadas por tipo de consulta, 2019-2021"),
        (82, "Consulta", ("2019", "2020", "2021")),
        (98, "Laboral", ("31", "40", "52")),
        (112, "Migratoria", ("12", "18", "20")),
        (126, "Total", ("43", "58", "72")),
    ])
    assert _counts(path) == {(v, "orientación") for v in (31, 40, 52, 12, 18, 20, 43, 58, 72)}
    # A letter's sentence leading into the table is no caption: nothing is counted.
    prose = _page(tmp_path / "prosa.pdf", [
        (60, "Al respecto, las cifras de los últimos años, por tipo, son las siguientes:"),
        (82, "Tipo", ("2019", "2020", "2021")),
        (98, "Orientación legal", ("31", "40", "52")),
        (112, "Acompañamiento", ("12", "18", "20")),
    ])
    assert _counts(prose) == set()


def test_a_number_column_that_does_not_number_the_rows_counts_the_captions_noun(tmp_path):
    path = _page(tmp_path / "sexo.pdf", [
        (60, "Cuadro 4. Personas orientadas por la línea gratuita según sexo, 2020"),
        (82, "Sexo", ("N°", "%")),
        (98, "Femenino", ("214", "71.3")),
        (112, "Masculino", ("86", "28.7")),
        (126, "Total", ("300", "100.0")),
    ])
    assert _counts(path) == {(214.0, "persona"), (86.0, "persona"), (300.0, "persona")}
    # "N°" over 1, 2, 3 numbers the rows.
    numbered = _page(tmp_path / "orden.pdf", [
        (60, "Cuadro 5. Talleres dictados en colegios, 2020"),
        (82, "Colegio", ("N°", "Asistentes")),
        (98, "San Martín", ("1", "120")),
        (112, "Santa Rosa", ("2", "95")),
        (126, "El Carmen", ("3", "88")),
    ])
    assert {v for v, _ in _counts(numbered)} == {120.0, 95.0, 88.0}


def test_a_number_column_under_no_caption_counts_what_each_row_names(tmp_path):
    # A results sheet with no caption: "N°" over 12, 5, 4 counts the row's own noun.
    path = _page(tmp_path / "resultados.pdf", [
        (60, "Al respecto, se remiten los resultados obtenidos:"),
        (82, "Resultado", ("N°", "%")),
        (98, "Denuncias recibidas por la DEMUNA", ("12", "57.1")),
        (112, "Visitas domiciliarias de seguimiento", ("5", "23.8")),
        (126, "Charlas en mercados", ("4", "19.1")),
    ])
    assert _counts(path) == {(12.0, "denuncia"), (5.0, "visita"), (4.0, "charla")}


def test_a_currency_code_written_before_each_amount_is_the_amounts_not_the_labels(tmp_path):
    # "USD" before each amount ended the row's label, which then took the count beside it
    # ("Temporary shelter 46 USD") and left the amounts without their column.
    path = _page(tmp_path / "assistance.pdf", [
        (60, "Table 1. Assistance to victims of trafficking, 2023"),
        (82, "Type of assistance", ("Persons assisted", "Amount spent")),
        (98, "Temporary shelter", ("38", "USD 41,200.00")),
        (112, "Legal counselling", ("57", "USD 12,750.50")),
    ])
    figures = extract_facts(load(path)).figures
    money = {(f.value, f.currency, f.role, f.row) for f in figures if f.kind == "money"}
    assert money == {(41200.0, "USD", "executed", "Temporary shelter"),
                     (12750.5, "USD", "executed", "Legal counselling")}
    assert {(f.value, f.row) for f in figures if f.kind == "count"} >= {
        (38.0, "Temporary shelter"), (57.0, "Legal counselling")}


def test_a_total_column_counts_what_the_other_columns_count(tmp_path):
    # No caption names the noun (a letter's sentence leads into the table); "Total" beside
    # "Hombres" and "Mujeres" counts the same people.
    path = _page(tmp_path / "redes.pdf", [
        (60, "Al respecto, se detalla la información por establecimiento:"),
        (82, "Establecimiento", ("Hombres", "Mujeres", "Total")),
        (98, "Centro de Salud Yarinacocha", ("4", "9", "13")),
        (112, "Puesto de Salud San Fernando", ("1", "6", "7")),
    ])
    assert {v for v, _ in _counts(path)} == {4.0, 9.0, 13.0, 1.0, 6.0, 7.0}


def test_a_header_in_capitals_names_what_its_column_counts(tmp_path):
    # A police table typed in capitals: OPERATIVOS and DETENIDOS are words, not acronyms.
    path = _page(tmp_path / "operativos.pdf", [
        (60, "Cuadro 1. Resultados de la división, 2021-2022"),
        (82, "AÑO", ("OPERATIVOS", "DETENIDOS")),
        (98, "2021", ("17", "23")),
        (112, "2022", ("25", "31")),
    ])
    assert _counts(path) == {(17.0, "operativo"), (25.0, "operativo"), (23.0, "detenido"),
                             (31.0, "detenido")}


def test_small_whole_numbers_under_a_plural_noun_in_a_table_of_soles_are_counts(tmp_path):
    path = _page(tmp_path / "resumen.pdf", [
        (60, "Resumen de charlas y gasto por semestre (en soles)"),
        (82, "Periodo", ("Charlas dictadas", "Gasto ejecutado")),
        (98, "Primer semestre", ("7", "12,400.00")),
        (112, "Segundo semestre", ("9", "15,250.00")),
    ])
    assert _counts(path) == {(7.0, "charla"), (9.0, "charla")}
    assert {f.value for f in _money(path)} == {12400.0, 15250.0}


def test_a_target_column_of_a_table_of_no_money_counts_what_its_rows_name(tmp_path):
    path = _page(tmp_path / "metas.pdf", [
        (40, "Acciones de la red provincial, año 2021"),
        (90, "Acción", ("Meta", "Logro")),
        (106, "Charlas en mercados", ("12", "15")),
        (120, "Visitas a albergues", ("8", "6")),
    ])
    assert _counts(path) == {(12.0, "charla"), (15.0, "charla"), (8.0, "visita"),
                             (6.0, "visita")}


@pytest.mark.parametrize("caption", [
    "Gasto de la campaña escolar, año 2019 (on soles)",  # "en" read as "on" by OCR
    "Gasto de la campaña escolar, año 2019 cn soles",  # and its parentheses lost
])  # fmt: skip
def test_a_unit_in_a_caption_misread_by_ocr_still_reaches_the_cells(tmp_path, caption):
    path = _page(tmp_path / "ocr.pdf", [
        (60, caption),
        (80, "Actividad", ("PIM", "Devengado")),
        (94, "Charlas en colegios", ("52,300.00", "49,870.50")),
        (108, "Ferias informativas", ("18,000.00", "17,450.00")),
    ])
    money = {f.value for f in extract_facts(load(path)).figures if f.kind == "money"}
    assert money == {52300.0, 49870.5, 18000.0, 17450.0}


def _shaded_count_scan(path: Path) -> Path:
    """A count table under a grey header band, scanned at 150 dpi on greyish paper."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    pdf_path = path.with_suffix(".src.pdf")
    pdf = canvas.Canvas(str(pdf_path), pagesize=A4)
    width, height = A4
    pdf.setFont("Helvetica", 11)
    pdf.drawString(60, height - 80, "Las actividades del segundo semestre fueron las siguientes:")
    xs, top, row_h = [120, 300, 400, 500], height - 100, 14
    rows = [("Julio 2019", "13", "145"), ("Agosto 2019", "24", "210"),
            ("Setiembre 2019", "16", "388"), ("Total", "53", "743")]
    pdf.setFillGray(0.82)
    pdf.rect(xs[0], top - row_h, xs[-1] - xs[0], row_h, fill=1, stroke=0)
    pdf.setFillGray(0)
    for i in range(len(rows) + 2):
        pdf.line(xs[0], top - i * row_h, xs[-1], top - i * row_h)
    for x in xs:
        pdf.line(x, top, x, top - (len(rows) + 1) * row_h)
    pdf.setFont("Helvetica-Bold", 9)
    for c, head in enumerate(("Mes", "Charlas", "Participantes")):
        pdf.drawCentredString((xs[c] + xs[c + 1]) / 2, top - 10, head)
    pdf.setFont("Helvetica", 9)
    for r, (month, *cells) in enumerate(rows):
        y = top - (r + 1) * row_h - 10
        pdf.drawString(xs[0] + 3, y, month)
        for c, cell in enumerate(cells):
            pdf.drawRightString(xs[c + 2] - 4, y, cell)
    pdf.save()
    doc = pdfium.PdfDocument(str(pdf_path))
    image = doc[0].render(scale=150 / 72, grayscale=True).to_pil().convert("L")
    doc.close()
    image = image.filter(ImageFilter.GaussianBlur(0.7))  # a scanner's soft focus
    pixels = np.asarray(image, dtype=np.float32) * 0.8  # grey paper
    pixels += np.random.default_rng(3).normal(0, 6, pixels.shape)
    Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).save(path, resolution=150)
    return path


def test_a_row_label_ending_in_a_year_keeps_it(tmp_path):
    # "Julio 2019 | 13 | 145": the year is the label's; taken for a column of its own, it
    # pushed the header "Mes" over the counts, which then counted months.
    figures = extract_facts(load(_shaded_count_scan(tmp_path / "semestre.pdf"))).figures
    counts = {(f.value, f.what, f.row) for f in figures if f.kind == "count"}
    assert {(13.0, "charla", "Julio 2019"), (145.0, "participante", "Julio 2019"),
            (16.0, "charla", "Setiembre 2019"), (388.0, "participante", "Setiembre 2019")} <= counts


def test_a_scanned_table_keeps_the_header_on_its_grey_band():
    # A 150 dpi scan on grey paper (blind-v8's h821, now a development set): Tesseract's one
    # threshold lost the band's letters with the band, and the counts had no noun.
    path = ROOT / "eval" / "blind-v8" / "scanned" / "h821.pdf"
    counts = {(f.value, f.what) for f in extract_facts(load(path)).figures if f.kind == "count"}
    assert {(145.0, "participante"), (388.0, "participante"), (21.0, "charla"),
            (1139.0, "participante")} <= counts


def test_a_row_label_naming_the_stage_gives_the_role_under_years(tmp_path):
    # Counts and money in one table by year: the money row's label says which stage it is.
    path = _simple_table(tmp_path / "filas.pdf", "Acciones de la Gerencia por año",
                         ("2020", "2021"),
                         (("Talleres realizados", "12", "15"),
                          ("Gasto ejecutado", "S/ 8,400.00", "S/ 9,150.00")), (330, 450))
    money = [(f.value, f.role, f.year) for f in _money(path)]
    assert money == [(8400.0, "executed", 2020), (9150.0, "executed", 2021)]


def test_a_column_of_things_done_in_a_table_in_thousands_of_soles_is_counted(tmp_path):
    # The caption's unit is the investment column's: the column of works finished counts.
    path = _simple_table(tmp_path / "obras.pdf",
                         "Cuadro 3. Obras de saneamiento por provincia (en miles de soles)",
                         ("Pozos terminados", "Inversión"),
                         (("Huamanga", "1,320", "4,870.5"), ("Huanta", "645", "2,310.0"),
                          ("Total", "1,965", "7,180.5")), (330, 450))
    figures = [(f.kind, f.value, f.what) for f in extract_facts(load(path)).figures]
    assert figures == [("count", 1320.0, "pozo"), ("money", 4870500.0, None),
                       ("count", 645.0, "pozo"), ("money", 2310000.0, None),
                       ("count", 1965.0, "pozo"), ("money", 7180500.0, None)]


def _headed_table(path: Path, title: str, label_head: str, heads: tuple[tuple[str, ...], ...],
                  rows: tuple[tuple[str, ...], ...]) -> Path:
    """An A4 page: a title, a header of one or more lines (a label's head at the left, the
    columns' heads right-aligned at x = 300, 380, 460, 540), and rows under it."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    pdf.setFont("Helvetica", 9)
    pdf.drawString(50, height - 50, title)
    y = height - 100
    edges = (300, 380, 460, 540)
    for n, line in enumerate(heads):
        if n == 0:
            pdf.drawString(50, y, label_head)
        for edge, head in zip(edges, line, strict=False):
            pdf.drawRightString(edge, y, head)
        y -= 11
    y -= 6
    for label, *cells in rows:
        pdf.drawString(50, y, label)
        for edge, cell in zip(edges, cells, strict=False):
            pdf.drawRightString(edge, y, cell)
        y -= 13
    pdf.save()
    return path


def test_a_header_opening_with_an_abbreviation_heads_its_columns(tmp_path):
    # "Fte." is no sentence's end: the line stands apart in cells, over the columns.
    path = _headed_table(tmp_path / "fuentes.pdf", "Presupuesto de la actividad, año 2021",
                         "Fte. Fuente de financiamiento", (("PIA", "PIM", "Devengado"),),
                         (("1 Recursos Ordinarios", "S/ 18,000.00", "S/ 21,300.00",
                           "S/ 20,115.40"),
                          ("2 Recursos Directamente Recaudados", "S/ 9,000.00", "S/ 9,500.00",
                           "S/ 8,870.00")))
    money = [(f.value, f.role, f.column.split()[-1]) for f in _money(path)]
    assert money == [(18000.0, "allocated", "PIA"), (21300.0, "allocated", "PIM"),
                     (20115.4, "executed", "Devengado"), (9000.0, "allocated", "PIA"),
                     (9500.0, "allocated", "PIM"), (8870.0, "executed", "Devengado")]


def test_abbreviated_siaf_heads_and_an_english_budget_name_their_stage(tmp_path):
    path = _headed_table(tmp_path / "abrev.pdf", "Ejecución por genérica de gasto (en soles)",
                         "Genérica", (("Certif.", "Comprom.", "Deveng.", "Budget (S/)"),),
                         (("2.3 Bienes y servicios", "84,200.00", "83,950.00", "80,410.25",
                           "90,000.00"),))
    assert [f.role for f in _money(path)] == ["committed", "committed", "executed", "allocated"]


def test_a_balance_row_names_no_stage(tmp_path):
    path = _simple_table(tmp_path / "saldo.pdf", "Programa de reintegración, por año",
                         ("2020", "2021"),
                         (("Monto devengado", "S/ 31,500.00", "S/ 40,250.00"),
                          ("Saldo del monto asignado", "S/ 1,200.00", "S/ 350.00")), (330, 450))
    assert [f.role for f in _money(path)] == ["executed", "executed", None, None]


def test_a_month_over_its_year_in_a_report_of_execution_is_executed(tmp_path):
    path = _headed_table(tmp_path / "meses.pdf", "DEVENGADOS Vs MARCO PRESUPUESTAL (EN SOLES)",
                         "Genérica", (("PIM", "ENE", "FEB", "MAR"), ("", "2022", "2022", "2022")),
                         (("2.3 Bienes y servicios", "120,000", "8,400.00", "9,150.00",
                           "10,020.50"),))
    assert [f.role for f in _money(path)] == ["allocated", "executed", "executed", "executed"]


def test_a_column_of_variations_keeps_its_falls(tmp_path):
    # The minus is drawn as a glyph of its own, apart from the cell's digits.
    path = tmp_path / "variacion.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, height - 50, "Casos atendidos por provincia")
    for x, head in ((300, "2019"), (380, "2020"), (460, "Var. %")):
        pdf.drawRightString(x, height - 100, head)
    for y, (label, a, b, var) in ((120, ("Huaraz", "54", "61", "13,0%")),
                                  (134, ("Santa", "88", "79", "10,2%"))):
        pdf.drawString(60, height - y, label)
        pdf.drawRightString(300, height - y, a)
        pdf.drawRightString(380, height - y, b)
        pdf.drawRightString(460, height - y, var)
        if label == "Santa":
            pdf.drawRightString(460 - pdf.stringWidth(var, "Helvetica", 10),
                                height - y, "-")
    pdf.save()
    found = [(f.value, f.row) for f in extract_facts(load(path)).figures if f.kind == "percent"]
    assert found == [(13.0, "Huaraz"), (-10.2, "Santa")]


def test_columns_of_small_numbers_tesseract_reads_as_one_word_are_read_again_as_rows():
    # A 200 dpi scan of a long monthly table (blind-v11's m005, a development set): the
    # page layout took each column of one-digit cells for a block and read it down the page
    # as one word of capitals; read again as one block of lines, its rows keep their cells.
    path = ROOT / "eval" / "blind-v11" / "scanned" / "m005.pdf"
    document = load(path)
    garbage = [w for w in document.pages[0].text.split() if len(w) >= 12 and w.isalpha()
               and w.isupper() and sum(c in "AEIOU" for c in w) <= len(w) / 5]
    assert garbage == []
    counts = [f for f in extract_facts(document).figures if f.kind == "count" and f.page == 1]
    assert len(counts) >= 100


def test_whole_numbers_under_years_in_a_table_of_millions_are_amounts(tmp_path):
    # At a scale of millions an amount has no decimals and few digits: "4" under "2025" is
    # four million soles, not a code.
    path = _simple_table(tmp_path / "multianual.pdf",
                         "Cuadro 5. Programación multianual del programa (en millones de soles)",
                         ("2025", "2026", "2027"),
                         (("Casas de acogida", "4", "5", "7"), ("Línea gratuita", "2", "2", "3"),
                          ("Total", "6", "7", "10")), (330, 410, 490))
    money = [(f.value, f.year, f.row) for f in _money(path)]
    assert money == [(4e6, 2025, "Casas de acogida"), (5e6, 2026, "Casas de acogida"),
                     (7e6, 2027, "Casas de acogida"), (2e6, 2025, "Línea gratuita"),
                     (2e6, 2026, "Línea gratuita"), (3e6, 2027, "Línea gratuita"),
                     (6e6, 2025, "Total"), (7e6, 2026, "Total"), (10e6, 2027, "Total")]


def test_a_unit_of_thousands_in_the_column_headers_scales_their_amounts(tmp_path):
    path = _page(tmp_path / "productos.pdf", [
        (60, "4. Recursos asignados a las actividades de la Dirección"),
        (84, "Actividad", ("Año", "PIM (miles de S/)", "Devengado (miles de S/)")),
        (100, "Orientación a trabajadores migrantes", ("2021", "214.5", "198.2")),
        (114, "Inspecciones en zonas de riesgo", ("2021", "87.0", "80.6")),
    ])
    money = [(f.value, f.role, f.year) for f in _money(path)]
    assert money == [(214500.0, "allocated", 2021), (198200.0, "executed", 2021),
                     (87000.0, "allocated", 2021), (80600.0, "executed", 2021)]


def test_a_currency_code_in_a_column_header_is_the_amounts_currency(tmp_path):
    path = _page(tmp_path / "grants.pdf", [
        (60, "Grants approved in the last call:"),
        (84, "Project", ("Year", "Amount (EUR)")),
        (100, "Legal aid for survivors in Cusco", ("2022", "31,500")),
        (114, "Radio campaign in Tumbes", ("2022", "12,750")),
    ])
    assert [(f.value, f.currency) for f in _money(path)] == [(31500.0, "EUR"), (12750.0, "EUR")]


def test_stages_as_rows_under_years_take_their_role_from_the_row(tmp_path):
    # The caption over the years names the budget, not a stage: each row names its own.
    path = _page(tmp_path / "transpuesto.pdf", [
        (60, "Recursos de la actividad, según la consulta amigable del MEF:"),
        (84, "                                  Presupuesto anual (en soles)"),
        (98, "Concepto", ("2020", "2021", "2022")),
        (114, "PIM", ("52,300.00", "61,000.00", "58,750.00")),
        (128, "Devengado", ("49,875.10", "60,412.00", "51,003.45")),
    ])
    money = [(f.value, f.role, f.year) for f in _money(path)]
    assert money == [(52300.0, "allocated", 2020), (61000.0, "allocated", 2021),
                     (58750.0, "allocated", 2022), (49875.1, "executed", 2020),
                     (60412.0, "executed", 2021), (51003.45, "executed", 2022)]


def test_rows_of_targets_beside_a_budget_row_in_soles_are_counts(tmp_path):
    path = _page(tmp_path / "metas.pdf", [
        (60, "Plan local 2023-2025: metas y recursos (montos en soles)"),
        (84, "Meta", ("2023", "2024", "2025")),
        (100, "Ferias informativas", ("3", "4", "4")),
        (114, "Promotores capacitados", ("40", "55", "60")),
        (128, "Presupuesto programado", ("18,000.00", "21,500.00", "24,000.00")),
    ])
    figures = extract_facts(load(path)).figures
    assert [f.value for f in figures if f.kind == "money"] == [18000.0, 21500.0, 24000.0]
    assert [(f.value, f.what) for f in figures if f.kind == "count"][:3] == [
        (3.0, "feria"), (4.0, "feria"), (4.0, "feria")]


def test_a_list_of_label_and_value_lines_above_a_table_is_not_its_header(tmp_path):
    # The list's lines are text; the caption and the header below them are the table's.
    path = _page(tmp_path / "lista.pdf", [
        (60, "Operativos en mercados de abastos: 42", ),
        (74, "Comerciantes orientados: 1,310"),
        (98, "Presupuesto 2022 de la actividad (en soles)"),
        (112, "Actividad", ("PIM", "Devengado")),
        (128, "Vigilancia en terminales", ("310,000.00", "295,120.40")),
        (142, "Total", ("310,000.00", "295,120.40")),
    ])
    money = [(f.value, f.role, f.row) for f in _money(path)]
    assert money == [(310000.0, "allocated", "Vigilancia en terminales"),
                     (295120.4, "executed", "Vigilancia en terminales"),
                     (310000.0, "allocated", "Total"), (295120.4, "executed", "Total")]


def test_a_unit_stated_in_a_footnote_called_from_the_headers_is_theirs(tmp_path):
    path = _page(tmp_path / "anexo.pdf", [
        (60, "ANEXO 2. Ejecución de las acciones del plan, año fiscal 2021"),
        (84, "Acción", ("PIM 1/", "Devengado 1/")),
        (100, "Capacitación a fiscales", ("36.5", "35.9")),
        (114, "Albergue temporal", ("120.0", "118.4")),
        (134, "1/ En miles de soles."),
    ])
    money = [(f.value, f.role) for f in _money(path)]
    assert money == [(36500.0, "allocated"), (35900.0, "executed"),
                     (120000.0, "allocated"), (118400.0, "executed")]


def test_a_column_of_shares_under_a_lost_percent_heading_is_percentages(tmp_path):
    # The "%" heading of the second column is gone (OCR read it as a rule's dashes); its
    # numbers are each row's share of the amounts' total, and the total row holds 100.
    path = _page(tmp_path / "shares.pdf", [
        (44, "Cuadro 2. Proyectos financiados (en miles de soles)"),
        (60, "Proyecto", ("Monto", "------")),
        (76, "Rutas en la frontera sur", ("48.5", "29.1")),
        (90, "Explotación laboral adolescente", ("36.2", "21.7")),
        (104, "Respuesta institucional", ("52.0", "31.2")),
        (118, "Migración y riesgo", ("29.8", "17.9")),
        (132, "Total", ("166.5", "100.0")),
    ])
    figures = extract_facts(load(path)).figures
    assert sorted(f.value for f in figures if f.kind == "money") == \
        [29800.0, 36200.0, 48500.0, 52000.0, 166500.0]
    assert sorted(f.value for f in figures if f.kind == "percent") == \
        [17.9, 21.7, 29.1, 31.2, 100.0]


@pytest.mark.parametrize("head", [
    "Monto financiado (miles de soles)",
    "Monto financiado -——L-- miles de -soles)-.-.-",  # OCR put a rule's dashes in it
])
def test_a_header_in_thousands_of_soles_is_read_through_ocr_dashes(head):
    from oficio.extract.figures.unit_statements import stated_unit

    unit = stated_unit(head, "column")
    assert (unit.currency, unit.scale) == ("PEN", 1000.0)


def test_a_note_under_a_table_states_its_unit(tmp_path):
    # No unit above the table or in its header: "Nota: montos en soles" below it says it.
    path = _page(tmp_path / "nota.pdf", [
        (60, "Genérica de gasto", ("PIM", "Devengado", "Saldo")),
        (76, "2.3 Bienes y servicios", ("148,650.00", "131,702.45", "16,947.55")),
        (90, "2.5 Otros gastos", ("6,000.00", "5,980.00", "20.00")),
        (104, "TOTAL", ("154,650.00", "137,682.45", "16,967.55")),
        (124, "Nota: montos en soles. Fuente: SIAF-SP."),
    ])
    money = {(f.value, f.role) for f in extract_facts(load(path)).figures if f.kind == "money"}
    assert (148650.0, "allocated") in money and (137682.45, "executed") in money
    # a balance is no stage, though its row names a kind of spending ("Otros gastos")
    assert (20.0, None) in money and (16967.55, None) in money
    assert len(money) == 9


def test_a_total_with_a_mark_after_its_millions_is_one_amount_of_its_column(tmp_path):
    # "1'254,375.50" under "Multas impuestas (S/)": the apostrophe and then the comma made
    # the cell no number, and the total was lost.
    path = _simple_table(tmp_path / "multas.pdf", "Inspecciones por trimestre, 2023",
                         ("Órdenes", "Multas impuestas (S/)"),
                         (("I Trimestre", "12", "218,400.00"),
                          ("II Trimestre", "19", "1'035,975.50"),
                          ("Total 2023", "31", "1'254,375.50")), (330, 480))
    assert [(f.value, f.row) for f in _money(path)] == [
        (218400.0, "I Trimestre"), (1035975.5, "II Trimestre"), (1254375.5, "Total 2023")]


def test_cells_under_periods_count_the_kind_the_label_column_names(tmp_path):
    # The headers are periods and name no noun; the label column says each row is a kind
    # of service ("Tipo de atención"): the cells count those services. The year beside the
    # "%" heading is no percentage.
    path = _page(tmp_path / "tipos.pdf", [
        (60, "Tipo de atención", ("Mar.–Dic. 2021", "2022", "% del total")),
        (76, "Atención médica", ("14", "33", "41.3")),
        (90, "Orientación familiar", ("9", "24", "28.8")),
        (104, "Acogida temporal", ("11", "13", "30.0")),
    ])
    figures = extract_facts(load(path)).figures
    counts = [(f.value, f.what) for f in figures if f.kind == "count"]
    assert sorted(counts) == sorted((v, "atención") for v in (14, 33, 9, 24, 11, 13))
    assert sorted(f.value for f in figures if f.kind == "percent") == [28.8, 30.0, 41.3]


@pytest.mark.parametrize("sign", ["(SI)", "(S|)", "(S1)"])
def test_a_caption_unit_ocr_misread_still_states_soles(sign):
    # OCR reads the "/" of a caption's "(S/)" as a bar, an I or a 1; the bare amounts under
    # it are still soles. In lower case "(si)" is a word, and states nothing.
    from oficio.extract.figures.unit_statements import stated_unit

    unit = stated_unit(f"Anexo 2 - Gasto del plan provincial {sign}", "caption")
    assert (unit.currency, unit.scale, unit.source) == ("PEN", 1.0, "caption")
    assert stated_unit("Anexo 2 - Respuesta del comité (si)", "caption") is None


def test_a_column_of_amounts_financed_is_allocated(tmp_path):
    # "Monto financiado (S/)" over the projects a fund granted: money set aside for each.
    path = _page(tmp_path / "fondos.pdf", [
        (60, "Proyecto de investigación", ("Año", "Monto financiado (S/)")),
        (76, "Rutas de captación en la selva central", ("2021", "52,300.00")),
        (90, "Trabajo forzoso en la pesca artesanal", ("2022", "47,850.00")),
    ])
    money = [(f.value, f.role) for f in extract_facts(load(path)).figures if f.kind == "money"]
    assert sorted(money) == [(47850.0, "allocated"), (52300.0, "allocated")]
