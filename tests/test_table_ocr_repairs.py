"""Table cells OCR damaged in ways a table's own cells can undo: a lost decimal point, a
decimal point read as a thousands' comma, a percent header fallen over an amounts' column."""

from __future__ import annotations

from extract.document import Document, Page, Table
from extract.facts import extract_facts


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
