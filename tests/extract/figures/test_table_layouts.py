"""Table layouts of word processors read by position: cells merged over columns, wrapped
headers and row labels, a section heading over a table, a sheet's lines of facts.

Each PDF is drawn with reportlab word by word where a word processor would put it: a merged
header centred over the columns it covers, a wrapped label's lines one under the other with
the row's numbers on its first line (cells aligned at the top, Word's default).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from oficio.extract.facts import extract_facts
from oficio.extract.read.loader import load

# (y from the top, x, text, how: "l" left edge at x, "r" right edge at x, "c" centred on x)
Draw = tuple[float, float, str, str]


def _drawn(path: Path, items: list[Draw], size: float = 9) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    height = A4[1]
    pdf.setFont("Helvetica", size)
    for y, x, text, how in items:
        {"l": pdf.drawString, "r": pdf.drawRightString, "c": pdf.drawCentredString}[how](
            x, height - y, text)
    pdf.save()
    return path


def _figures(path: Path, kind: str) -> list:
    return [f for f in extract_facts(load(path)).figures if f.kind == kind]


def _row(y: float, label: str, cells: tuple[str, ...], edges: tuple[float, ...]) -> list[Draw]:
    return [(y, 50, label, "l"), *((y, x, c, "r") for x, c in zip(edges, cells, strict=True))]


def test_a_header_merged_over_year_columns_heads_each_of_them(tmp_path):
    edges = (250, 310, 420, 500)
    items: list[Draw] = [
        (60, 50, "Se detallan las acciones del programa en los dos últimos años.", "l"),
        (90, 50, "Actividad", "l"), (90, 280, "Número de asistentes", "c"),
        (90, 460, "Gasto devengado (S/)", "c"),
        (102, 250, "2020", "r"), (102, 310, "2021", "r"), (102, 420, "2020", "r"),
        (102, 500, "2021", "r"),
        *_row(118, "Ferias de prevención", ("310", "402", "12,300.00", "14,850.00"), edges),
        *_row(132, "Talleres con docentes", ("85", "97", "6,400.00", "7,120.50"), edges),
    ]
    path = _drawn(tmp_path / "merged.pdf", items)
    money = [(f.value, f.role, f.year) for f in _figures(path, "money")]
    assert money == [(12300.0, "executed", 2020), (14850.0, "executed", 2021),
                     (6400.0, "executed", 2020), (7120.5, "executed", 2021)]
    counts = [(f.value, f.what) for f in _figures(path, "count")]
    assert counts == [(310.0, "asistente"), (402.0, "asistente"), (85.0, "asistente"),
                      (97.0, "asistente")]


def test_a_wrapped_merged_header_stating_thousands_scales_every_column_under_it(tmp_path):
    # "Monto asignado (en miles" / "de soles)": the unit's second line lies over the middle
    # column only, and the first line beside a header of counts is no title.
    edges = (200, 240, 280, 370, 430, 490)
    items: list[Draw] = [
        (60, 50, "Se adjunta la programación del plan local:", "l"),
        (90, 50, "Línea de acción", "l"), (90, 225, "Número de talleres", "c"),
        (90, 400, "Monto asignado (en miles", "c"), (100, 400, "de soles)", "c"),
        *((112, x, y, "r") for x, y in zip(edges, ("2025", "2026", "2027") * 2, strict=True)),
        *_row(128, "Escuelas seguras", ("4", "5", "6", "12.5", "14.0", "15.5"), edges),
        *_row(142, "Total", ("9", "10", "12", "30.0", "33.5", "36.0"), edges),
    ]
    path = _drawn(tmp_path / "miles.pdf", items)
    money = [(f.value, f.role, f.year) for f in _figures(path, "money")]
    assert money == [(12500.0, "allocated", 2025), (14000.0, "allocated", 2026),
                     (15500.0, "allocated", 2027), (30000.0, "allocated", 2025),
                     (33500.0, "allocated", 2026), (36000.0, "allocated", 2027)]
    assert [f.value for f in _figures(path, "count")] == [4.0, 5.0, 6.0, 9.0, 10.0, 12.0]


def test_wrapped_row_labels_stay_with_their_row(tmp_path):
    # Cells aligned at the top: a label's other lines come under the row's numbers, the last
    # one under the table's last row; one wraps after a one-letter word ("y").
    edges = (380, 470)
    items: list[Draw] = [
        (60, 50, "Los proyectos financiados por la universidad fueron los siguientes:", "l"),
        (90, 50, "Proyecto", "l"), (90, 352, "Costo total (S/)", "c"),
        (90, 452, "N.° de becarios", "c"),
        *_row(106, "Rutas de captación en la", ("52,400.00", "3"), edges),
        (118, 50, "frontera norte", "l"),
        *_row(134, "Redes sociales, riesgo y", ("38,900.00", "2"), edges),
        (146, 50, "prevención en adolescentes", "l"),
        *_row(162, "Atención psicológica a", ("44,150.00", "4"), edges),
        (174, 50, "víctimas adolescentes en", "l"),
        (186, 50, "la selva central", "l"),
        (230, 50, "Atentamente,", "l"),
    ]
    path = _drawn(tmp_path / "proyectos.pdf", items)
    rows = ["Rutas de captación en la frontera norte",
            "Redes sociales, riesgo y prevención en adolescentes",
            "Atención psicológica a víctimas adolescentes en la selva central"]
    assert [(f.value, f.row) for f in _figures(path, "money")] == [
        (52400.0, rows[0]), (38900.0, rows[1]), (44150.0, rows[2])]
    # "(S/)" of the amounts' header reaches over the narrow column beside it: not its unit
    assert [(f.value, f.what, f.row) for f in _figures(path, "count")] == [
        (3.0, "becario", rows[0]), (2.0, "becario", rows[1]), (4.0, "becario", rows[2])]


def test_a_numbered_section_heading_over_a_table_is_not_its_header(tmp_path):
    edges = (250, 330, 410, 490)
    items: list[Draw] = [
        (60, 50, "II. ATENCIONES POR AÑO Y MODALIDAD", "l"),
        (80, 50, "Año", "l"), (80, 250, "Casos atendidos", "r"), (80, 330, "Derivados", "r"),
        (80, 410, "En trámite", "r"), (80, 490, "Con cierre", "r"),
        *_row(96, "2021", ("64", "20", "11", "33"), edges),
        *_row(110, "2022", ("71", "25", "9", "37"), edges),
    ]
    path = _drawn(tmp_path / "seccion.pdf", items)
    counts = [(f.value, f.column) for f in _figures(path, "count")]
    assert counts[:4] == [(64.0, "Casos atendidos"), (20.0, "Derivados"),
                          (11.0, "En trámite"), (33.0, "Con cierre")]
    # a column named by a state of what the table counts counts the same things
    assert {f.what for f in _figures(path, "count")} == {"caso", "derivado"}


def test_a_sheets_caption_above_its_lines_of_facts_names_what_is_counted(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for line in ("DIRECCIÓN DE ESTADÍSTICA",
                 "Atenciones a presuntas víctimas según región, 2020-2021",
                 "Fecha de corte: 15/01/2022", "Elaborado por: Oficina de Estadística"):
        sheet.append([line])
    sheet.append(["Región", "2020", "2021"])
    for row in (("Piura", 17, 22), ("Cusco", 30, 28), ("Total", 47, 50)):
        sheet.append(list(row))
    path = tmp_path / "atenciones.xlsx"
    book.save(path)
    counts = [(f.value, f.what) for f in _figures(path, "count")]
    assert counts == [(v, "atención") for v in (17.0, 22.0, 30.0, 28.0, 47.0, 50.0)]


def test_a_later_tables_unit_and_a_report_section_do_not_reach_the_first_table(tmp_path):
    # Table 1 counts (no unit); table 2, further down, is in thousands of soles. A numbered
    # section heading in sentence case is not table 1's header.
    edges = (300, 380, 460)
    items: list[Draw] = [
        (50, 50, "INFORME N° 014-2022-XYZ", "l"),
        (70, 50, "1. Atenciones y sesiones de la mesa regional de trabajo", "l"),
        (90, 50, "Indicador", "l"), (90, 300, "2020", "r"), (90, 380, "2021", "r"),
        (90, 460, "Total", "r"),
        *_row(106, "Presuntas víctimas atendidas", ("1 204", "1 388", "2 592"), edges),
        *_row(120, "Sesiones de la mesa regional", ("5", "6", "11"), edges),
        (150, 50, "Cuadro 2. Presupuesto de la meta (miles de soles)", "l"),
        (166, 50, "Concepto", "l"), (166, 300, "2020", "r"), (166, 380, "2021", "r"),
        *_row(182, "PIM", ("2.310,50", "2.604,00"), edges[:2]),
        *_row(196, "Devengado", ("2.150,20", "2.498,75"), edges[:2]),
        *_row(210, "Ejecución", ("93,1 %", "95,9 %"), edges[:2]),
    ]
    path = _drawn(tmp_path / "informe.pdf", items)
    figures = extract_facts(load(path)).figures
    assert [(f.value, f.column) for f in figures if f.kind == "count"][:3] == [
        (1204.0, "2020"), (1388.0, "2021"), (2592.0, "Total")]
    assert sorted(f.value for f in figures if f.kind == "money") == [
        2150200.0, 2310500.0, 2498750.0, 2604000.0]
    # "93,1 %": the sign a space after its number is the cell's
    assert [f.value for f in figures if f.kind == "percent"] == [93.1, 95.9]


def test_rows_of_targets_beside_a_budget_row_in_thousands_are_counts(tmp_path):
    edges = (300, 380, 460)
    items: list[Draw] = [
        (50, 50, "Cuadro 1. Metas del plan local 2024-2026 (presupuesto en miles de soles)", "l"),
        (70, 50, "Meta", "l"), (70, 300, "2024", "r"), (70, 380, "2025", "r"),
        (70, 460, "2026", "r"),
        *_row(86, "Ferias informativas en mercados", ("6", "8", "8"), edges),
        *_row(100, "Promotores juveniles formados", ("120", "150", "180"), edges),
        *_row(114, "Presupuesto programado", ("84.5", "96.0", "101.2"), edges),
    ]
    path = _drawn(tmp_path / "metas.pdf", items)
    figures = extract_facts(load(path)).figures
    assert [f.value for f in figures if f.kind == "money"] == [84500.0, 96000.0, 101200.0]
    assert [(f.value, f.what) for f in figures if f.kind == "count"][3:] == [
        (120.0, "promotor"), (150.0, "promotor"), (180.0, "promotor")]


def test_a_paragraph_between_two_tables_keeps_them_apart_and_a_year_heads_its_semesters(tmp_path):
    edges = (250, 320, 420, 490)
    items: list[Draw] = [
        (50, 50, "Acciones del periodo solicitado, por semestre:", "l"),
        (70, 50, "Acción", "l"), (70, 285, "2021", "c"), (70, 455, "2022", "c"),
        *((82, x, t, "r") for x, t in zip(edges, ("I sem.", "II sem.") * 2, strict=True)),
        *_row(98, "Visitas a hospedajes de la zona", ("12", "15", "9", "11"), edges),
        *_row(112, "Charlas en colegios secundarios", ("8", "10", "6", "9"), edges),
        (136, 50, "En el año 2022 las visitas del primer semestre se redujeron por falta de", "l"),
        (148, 50, "personal de fiscalización en la subgerencia.", "l"),
        (160, 50, "El presupuesto de estas acciones fue el siguiente:", "l"),
        (180, 50, "Año", "l"), (180, 250, "Asignado", "r"), (180, 320, "Ejecutado", "r"),
        *_row(196, "2021", ("S/ 42,000.00", "S/ 39,150.00"), edges[:2]),
        *_row(210, "2022", ("S/ 45,500.00", "S/ 40,020.00"), edges[:2]),
    ]
    path = _drawn(tmp_path / "dos.pdf", items)
    figures = extract_facts(load(path)).figures
    assert [(f.value, f.role, f.year) for f in figures if f.kind == "money"] == [
        (42000.0, "allocated", 2021), (39150.0, "executed", 2021),
        (45500.0, "allocated", 2022), (40020.0, "executed", 2022)]
    assert [f.year for f in figures if f.kind == "count"][:4] == [2021, 2021, 2022, 2022]


def _grid(pdf: canvas.Canvas, xs: tuple[float, ...], ys: tuple[float, ...]) -> None:
    height = A4[1]
    for y in ys:
        pdf.line(xs[0], height - y, xs[-1], height - y)
    for x in xs:
        pdf.line(x, height - ys[0], x, height - ys[-1])


def test_a_ruled_grid_is_read_by_its_rules_where_headers_sit_left_and_amounts_right(tmp_path):
    # Years merged over their semesters, each semester at its cell's left edge, figures at
    # its right: by position alone a semester's header sits nearer the figures before it.
    path = tmp_path / "grilla.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica", 9)
    height = A4[1]
    xs = (50, 200, 275, 350, 425, 500)
    for y, x0 in ((100, 50), (114, 200), (128, 50), (142, 50)):
        pdf.line(x0, height - y, 500, height - y)
    for x, y0 in ((50, 100), (200, 100), (275, 114), (350, 100), (425, 114), (500, 100)):
        pdf.line(x, height - y0, x, height - 142)
    pdf.drawString(50, height - 80, "Se remite lo atendido en el albergue temporal:")
    pdf.drawString(53, height - 110, "Rubro")
    pdf.drawCentredString(275, height - 110, "2023")
    pdf.drawCentredString(425, height - 110, "2024")
    for x, text in zip(xs[1:], ("I Sem.", "II Sem.") * 2, strict=False):
        pdf.drawString(x + 3, height - 124, text)
    pdf.drawString(53, height - 138, "Gasto en alimentos")
    for x, cell in zip(xs[2:], ("S/ 9 870,00", "S/ 12 415,50", "S/ 6 030,00", "-"),
                       strict=True):
        pdf.drawRightString(x - 3, height - 138, cell)
    pdf.save()
    assert [(f.value, f.year) for f in _figures(path, "money")] == [
        (9870.0, 2023), (12415.5, 2023), (6030.0, 2024)]


def test_a_currency_sign_after_each_amount_stays_in_its_cell(tmp_path):
    edges = (300, 400, 480)
    items: list[Draw] = [
        (60, 50, "Resultados de la fiscalización laboral:", "l"),
        (80, 50, "Indicador", "l"), (80, 300, "2022", "r"), (80, 400, "2023", "r"),
        (80, 480, "Variación", "r"),
        *_row(96, "Visitas inspectivas", ("51", "64", "25,5 %"), edges),
        *_row(110, "Sanciones impuestas", ("96 150,00 S/", "120 740,00 S/", "25,6 %"), edges),
    ]
    path = _drawn(tmp_path / "sufijo.pdf", items)
    assert [(f.value, f.row, f.column) for f in _figures(path, "money")] == [
        (96150.0, "Sanciones impuestas", "2022"), (120740.0, "Sanciones impuestas", "2023")]


def test_a_caption_stating_a_unit_starts_a_new_table(tmp_path):
    items: list[Draw] = [
        (60, 50, "Especie", "l"), (60, 300, "Decomisos", "r"), (60, 400, "Operativos", "r"),
        *_row(76, "Loros", ("310", "12"), (300, 400)),
        *_row(90, "Monos", ("45", "9"), (300, 400)),
        (108, 200, "Gasto 2024 (en miles de soles)", "l"),
        (124, 50, "Rubro", "l"), (124, 300, "PIA", "r"), (124, 400, "Ejecutado", "r"),
        *_row(140, "Patrullaje fluvial", ("1,204.5", "1,110.3"), (300, 400)),
    ]
    path = _drawn(tmp_path / "dos.pdf", items)
    assert [(f.value, f.role) for f in _figures(path, "money")] == [
        (1204500.0, "allocated"), (1110300.0, "executed")]


def test_a_header_naming_percents_and_soles_leaves_bare_cells_as_counts(tmp_path):
    path = tmp_path / "mixta.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica", 9)
    height = A4[1]
    _grid(pdf, (50, 300, 420), (100, 114, 128, 142, 156, 170))
    rows = (("Concepto", "Año 2024 (%, S/)"), ("Niñas acogidas en el hogar", "23"),
            ("De ellas, con reinserción familiar", "43,5 %"), ("Terapias grupales", "116"),
            ("Gasto en medicinas", "S/ 4 250,00"))
    for y, (label, cell) in zip((110, 124, 138, 152, 166), rows, strict=True):
        pdf.drawString(53, height - y, label)
        pdf.drawRightString(417, height - y, cell)
    pdf.save()
    assert [f.value for f in _figures(path, "money")] == [4250.0]
    assert [f.value for f in _figures(path, "percent")] == [43.5]
    assert [(f.value, f.what) for f in _figures(path, "count")] == [
        (23.0, "niña"), (116.0, "terapia")]


def test_thousands_marked_s_000_and_a_transposed_tables_row_unit(tmp_path):
    edges = (300, 400)
    items: list[Draw] = [
        (40, 50, "El presupuesto del programa por sector fue el siguiente:", "l"),
        (60, 50, "Sector", "l"), (60, 300, "PIA S/ (000)", "r"), (60, 400, "PIM S/ (000)", "r"),
        *_row(76, "MINCETUR", ("1,215", "1,480"), edges),
        *_row(90, "PRODUCE", ("640", "702"), edges),
        (130, 50, "The project's results in the last two years:", "l"),
        (150, 50, "Indicator", "l"), (150, 300, "2022", "r"), (150, 400, "2023", "r"),
        *_row(166, "Fishers trained on forced labour", ("310", "415"), edges),
        *_row(180, "Project expenditure (USD)", ("96,400", "118,750"), edges),
    ]
    path = _drawn(tmp_path / "miles.pdf", items)
    assert [(f.value, f.currency, f.unit_source) for f in _figures(path, "money")] == [
        (1215000.0, "PEN", "column"), (1480000.0, "PEN", "column"),
        (640000.0, "PEN", "column"), (702000.0, "PEN", "column"),
        (96400.0, "USD", "row"), (118750.0, "USD", "row")]



def test_a_merged_header_narrower_than_its_columns_heads_all_of_them(tmp_path):
    # "Presupuesto (S/)" is centred over "2026", "2027" and "Total" and reaches over none
    # of the outer two; the count columns' header beside it heads its own two.
    edges = (230, 275, 350, 430, 510)
    items: list[Draw] = [
        (60, 50, "Se remite el detalle de metas del plan provincial:", "l"),
        (90, 50, "Actividad", "l"), (90, 255, "Metas", "c"),
        (90, 410, "Presupuesto (S/)", "c"),
        *((102, x - 20, y, "c") for x, y in zip(edges, ("2026", "2027", "2026", "2027", "Total"),
                                             strict=True)),
        *_row(118, "Charlas en mercados", ("12", "14", "9,600.00", "11,200.00", "20,800.00"),
              edges),
        *_row(132, "Visitas a albergues", ("6", "8", "4,500.00", "6,000.00", "10,500.00"),
              edges),
    ]
    path = _drawn(tmp_path / "narrow.pdf", items)
    money = [(f.value, f.role, f.year) for f in _figures(path, "money")]
    assert money == [(9600.0, "allocated", 2026), (11200.0, "allocated", 2027),
                     (20800.0, "allocated", None), (4500.0, "allocated", 2026),
                     (6000.0, "allocated", 2027), (10500.0, "allocated", None)]


def test_a_numbered_caption_between_two_tables_gives_the_second_its_stage(tmp_path):
    # The caption of the second table says the amounts were spent; its header says only
    # "Importe", and the dollar sign stands in a narrow column of its own.
    items: list[Draw] = [
        (60, 50, "1. Personas asistidas por consulado – 2024", "l"),
        (80, 50, "Consulado", "l"), (80, 330, "Asistidas", "r"), (80, 450, "Retornadas", "r"),
        *_row(96, "Santiago de Chile", ("21", "15"), (330, 450)),
        *_row(110, "Buenos Aires", ("17", "9"), (330, 450)),
        *_row(124, "Total", ("38", "24"), (330, 450)),
        (150, 50, "2. Gasto del fondo de retorno por rubro – 2024", "l"),
        (170, 50, "Rubro", "l"), (170, 420, "Importe", "c"),
        (186, 50, "Pasajes aéreos", "l"), (186, 360, "US$", "l"), (186, 470, "12,400.00", "r"),
        (200, 50, "Hospedaje", "l"), (200, 360, "US$", "l"), (200, 470, "5,310.50", "r"),
        (214, 50, "Total", "l"), (214, 360, "US$", "l"), (214, 470, "17,710.50", "r"),
    ]
    path = _drawn(tmp_path / "caption.pdf", items)
    money = [(f.value, f.currency, f.role) for f in _figures(path, "money")]
    assert money == [(12400.0, "USD", "executed"), (5310.5, "USD", "executed"),
                     (17710.5, "USD", "executed")]
    assert [f.value for f in _figures(path, "count")] == [21.0, 15.0, 17.0, 9.0, 38.0, 24.0]


def test_a_budget_table_turned_the_other_way_under_a_unit_in_its_corner(tmp_path):
    # Stages are the rows, lines of action the columns; "En soles" stands in the corner cell
    # and no column's header names a stage or a unit.
    edges = (260, 360, 460)
    items: list[Draw] = [
        (60, 50, "El gasto del plan fue el siguiente:", "l"),
        (90, 50, "En soles", "l"), (90, 230, "Prevención", "c"), (90, 330, "Protección", "c"),
        (90, 440, "Total", "c"),
        *_row(106, "PIM", ("21,000.00", "14,500.00", "35,500.00"), edges),
        *_row(120, "Devengado", ("19,870.00", "13,020.50", "32,890.50"), edges),
    ]
    path = _drawn(tmp_path / "turned.pdf", items)
    money = [(f.value, f.role) for f in _figures(path, "money")]
    assert money == [(21000.0, "allocated"), (14500.0, "allocated"), (35500.0, "allocated"),
                     (19870.0, "executed"), (13020.5, "executed"), (32890.5, "executed")]


def test_a_budget_table_right_under_a_table_of_counts_is_a_table_of_its_own(tmp_path):
    # No source note between them: the budget table's caption and its header of stages
    # were read as rows of the count table, and its amounts as counts with no unit.
    items: list[Draw] = [
        (60, 50, "Distrito", "l"), (60, 330, "Charlas", "r"), (60, 450, "Casos", "r"),
        *_row(76, "Cercado", ("14", "5"), (330, 450)),
        *_row(90, "Sachaca", ("8", "2"), (330, 450)),
        *_row(104, "Total", ("22", "7"), (330, 450)),
        (124, 50, "Presupuesto del programa municipal de prevención", "l"),
        (140, 50, "S/", "l"), (140, 330, "PIM 2024", "r"), (140, 450, "Devengado 2024", "r"),
        *_row(156, "Ferias en mercados", ("31,000.00", "29,450.00"), (330, 450)),
        *_row(170, "Charlas en colegios", ("12,500.00", "12,100.00"), (330, 450)),
    ]
    path = _drawn(tmp_path / "two.pdf", items)
    money = [(f.value, f.role, f.year) for f in _figures(path, "money")]
    assert money == [(31000.0, "allocated", 2024), (29450.0, "executed", 2024),
                     (12500.0, "allocated", 2024), (12100.0, "executed", 2024)]
