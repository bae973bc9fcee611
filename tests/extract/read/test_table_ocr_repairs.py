"""Table cells OCR damaged in ways a table's own cells can undo: a lost decimal point, a
decimal point read as a thousands' comma, a percent header fallen over an amounts' column."""

from __future__ import annotations

from oficio.extract.facts import extract_facts
from oficio.extract.read.document import Document, Page, Table


def _money(rows: list[list[str | None]], title: str) -> set[tuple[float, str | None]]:
    lines = [title] + [" ".join(c or "" for c in row) for row in rows]
    page = Page(number=1, text="\n".join(lines),
                tables=[Table(rows=rows, title=title, source="layout")])
    document = Document(doc_id="t", path="t.png", file_type="image", pages=[page])
    return {(f.value, f.role) for f in extract_facts(document).figures if f.kind == "money"}


def test_a_cell_that_lost_its_decimal_point_among_cells_of_two_decimals():
    # Millions of soles: "2.37" read "237" would be 237 million.
    rows = [["Sede", "PIM", "Devengado"], ["Norte", "3.40", "2.95"], ["Centro", "237", "1.88"],
            ["Sur", "0.74", "0.61"]]
    money = _money(rows, "Cuadro 5. Gasto de las sedes (en millones de soles)")
    assert (2370000.0, "allocated") in money
    assert not [v for v, _ in money if v > 10_000_000]


def test_a_total_whose_decimal_point_ocr_read_as_a_comma():
    rows = [["Actividad", "PIM"], ["Patrullaje", "5,210,300.00"], ["Rescates", "3,804,160.50"],
            ["TOTAL", "9,014,460,50"]]
    money = _money(rows, "Recursos por actividad (en soles)")
    assert (9014460.5, "allocated") in money


def test_amounts_under_a_budget_header_that_ocr_joined_with_avance_stay_money():
    # The percent column's cells were not read; its header "Avance" fell over "Devengado".
    rows = [["Producto", "PIM", "Devengado Avance"], ["Charlas", "640,000.00", "598,212.30"],
            ["Operativos", "1,120,500.00", "1,007,880.15"]]
    money = _money(rows, "Gasto del programa (en soles)")
    assert {(598212.3, "executed"), (1007880.15, "executed")} <= money


def test_a_dollar_sign_before_its_amount_in_a_cell_makes_it_money_not_a_count(tmp_path):
    # "US$" is a word of its own: it ended the label "Emergency grants US$", whose plural
    # noun then counted 23,900 grants.
    from oficio.extract.read.loader import load
    from tests.extract.figures.test_table_units import _page

    path = _page(tmp_path / "grants.pdf", [
        (60, "Line of support", ("Amount used",)),
        (76, "Emergency grants", ("US$ 23,900",)),
        (90, "Legal aid and escorts", ("US$ 8,450",)),
        (104, "Return tickets", ("US$ 6,100",)),
        (118, "Total", ("US$ 38,450",)),
    ])
    figures = extract_facts(load(path)).figures
    assert {(f.value, f.currency) for f in figures if f.kind == "money"} == {
        (23900.0, "USD"), (8450.0, "USD"), (6100.0, "USD"), (38450.0, "USD")}
    assert not [f for f in figures if f.kind == "count"]


def test_pen_inside_a_header_word_states_no_currency():
    # "Funds spent": its "pen" made the column's dollars soles.
    text = ("Line of work              Funds spent\n"
            "Safe housing              US$ 52,700\n"
            "Legal aid                 US$ 18,350\n")
    page = Page(number=1, text=text)
    document = Document(doc_id="t", path="t.png", file_type="image", pages=[page],
                        language="en")
    money = {(f.value, f.currency) for f in extract_facts(document).figures if f.kind == "money"}
    assert money == {(52700.0, "USD"), (18350.0, "USD")}


def test_a_code_with_leading_zeros_in_a_budget_table_is_not_an_amount():
    rows = [["Programa", "PIM", "Devengado"], ["Total PP", "0079", None],
            ["Bienes y servicios", "214,300.00", "198,770.40"]]
    money = _money(rows, "Ejecución por programa (en soles)")
    assert money == {(214300.0, "allocated"), (198770.4, "executed")}


def test_a_cell_that_lost_its_decimal_point_among_cells_of_one_decimal():
    # Thousands of soles: "41.5" read "415" would be ten times the budget.
    rows = [["Meta", "PIA", "PIM"], ["Mesa regional", "38.0", "415"],
            ["Charlas", "95.0", "102.3"], ["TOTAL", "133.0", "143.8"]]
    money = _money(rows, "Metas del plan (en miles de soles)")
    assert (41500.0, "allocated") in money
    assert (415000.0, "allocated") not in money


def test_a_lost_point_is_restored_before_the_headers_unit_is_given_to_its_column():
    # The unit stands in the header row; "415" did not look like an amount of thousands.
    rows = [["(En miles de soles) Meta", "PIA", "PIM"], ["Mesa regional", "38.0", "415"],
            ["Charlas", "95.0", "102.3"], ["TOTAL", "133.0", "143.8"]]
    assert (41500.0, "allocated") in _money(rows, "Metas del plan regional")


def test_a_speck_read_under_the_header_does_not_cut_the_header_off(tmp_path):
    # OCR read a rule's end as ":" on a line of its own between the header and the rows.
    from oficio.extract.read.loader import load
    from tests.extract.figures.test_table_units import _page

    path = _page(tmp_path / "carpetas.pdf", [
        (40, "Carpetas fiscales por trata de personas"),
        (84, "Periodo", ("Ingresadas", "Formalizadas", "Archivadas")),
        (96, ":"),
        (110, "2021", ("46", "19", "21")),
        (124, "2022", ("38", "15", "14")),
    ])
    table = load(path).pages[0].tables[0]
    assert table.rows[0] == ["Periodo", "Ingresadas", "Formalizadas", "Archivadas"], table.rows
