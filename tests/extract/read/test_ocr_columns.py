"""Table cells OCR ran together are cut back into their columns, and only then."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from oficio.extract.read.ocr_columns import columns, split_cell
from oficio.extract.read.text_tables import TextCell, find_text_tables, split_header


def _cell(text: str) -> TextCell:
    return TextCell(10, 10 + len(text), text)


def _texts(cells: list[TextCell]) -> list[str]:
    return [c.text for c in cells]


def test_header_names_ocr_ran_together_are_cut_apart() -> None:
    header = [_cell("N° Actividad"), _cell("Ejecutado (S/) Avance % Presupuesto (S/)")]
    assert _texts(split_header(header)) == [
        "N°", "Actividad", "Ejecutado (S/)", "Avance %", "Presupuesto (S/)",
    ]  # fmt: skip
    assert _texts(split_header([_cell("Año PIA (S/)")])) == ["Año", "PIA (S/)"]


def test_header_names_that_are_one_column_stay_whole() -> None:
    header = [_cell("Monto (S/) asignado"), _cell("Año fiscal"), _cell("Activity 2016")]
    assert _texts(split_header(header)) == ["Monto (S/) asignado", "Año fiscal", "Activity 2016"]


def test_cut_cells_keep_their_offsets() -> None:
    cell = _cell("2019 5230118,00")
    for piece in split_cell(cell):
        assert cell.text[piece.start - cell.start : piece.end - cell.start] == piece.text


def test_row_cells_are_cut_where_a_value_must_end() -> None:
    assert _texts(split_cell(_cell("2019 5230118,00"))) == ["2019", "5230118,00"]
    assert _texts(split_cell(_cell("64,3 1902 334,10"))) == ["64,3", "1902 334,10"]
    assert _texts(split_cell(_cell("88% 7,310.00"))) == ["88%", "7,310.00"]
    assert _texts(split_cell(_cell("4 2019"))) == ["4", "2019"]
    assert _texts(split_cell(_cell("Campaña radial 45 310,00"))) == ["Campaña radial", "45 310,00"]
    assert _texts(split_cell(_cell("Taller regional 03/05/2019"))) == [
        "Taller regional", "03/05/2019",
    ]  # fmt: skip


def test_one_value_is_never_cut() -> None:
    for text in ("812 450,00", "S/ 3 120,00", "1 302 118,45", "71,5 %", "Talleres de capacitación"):
        assert _texts(split_cell(_cell(text))) == [text]


@settings(max_examples=300, deadline=None)
@given(
    amounts=st.lists(st.integers(min_value=0, max_value=99_999_999_999), min_size=1, max_size=4),
    sep=st.sampled_from([" ", ",", "."]),
)
def test_amounts_with_cents_one_space_apart_are_cut_one_per_amount(amounts: list[int],
                                                                   sep: str) -> None:
    decimal = "." if sep == "," else ","
    written = [f"{a // 100:,}".replace(",", sep) + f"{decimal}{a % 100:02d}" for a in amounts]
    assert _texts(split_cell(_cell(" ".join(written)))) == written


def _pairs(text: str) -> list[list[tuple[str, str | None]]]:
    (table,) = find_text_tables(text)
    return [[(c.text, h.text if h else None) for c, h in columns(table, row)]
            for row in table.rows]  # fmt: skip


def test_a_row_run_together_is_paired_with_its_header_by_position() -> None:
    text = (
        "Año PIA (S/)    Ejecutado (S/) Avance %\n"
        "2019 5230118,00   640275,00   12,2%\n"
    )
    assert _pairs(text) == [[("2019", "Año"), ("5230118,00", "PIA (S/)"),
                             ("640275,00", "Ejecutado (S/)"), ("12,2%", "Avance %")]]  # fmt: skip


def test_cells_that_do_not_fit_the_cut_header_keep_the_plain_pairing() -> None:
    # "2019 480,00" could be a year and an amount, or one amount: the counts do not fit
    text = "Año PIA (S/)    Ejecutado (S/) Avance %\n2019 480,00   640275,00\n"
    assert _pairs(text) == [[("2019 480,00", "Año PIA (S/)"),
                             ("640275,00", "Ejecutado (S/) Avance %")]]  # fmt: skip


def test_a_header_ocr_ran_into_one_cell_still_heads_its_rows() -> None:
    text = "N° Año Avance % PIA (S/)\n1   2019    41.0% 12,450.00\n"
    assert _pairs(text) == [[("1", "N°"), ("2019", "Año"), ("41.0%", "Avance %"),
                             ("12,450.00", "PIA (S/)")]]  # fmt: skip


def test_a_one_cell_header_pairs_nothing_when_the_cut_row_does_not_fit() -> None:
    text = "N° Año Avance % PIA (S/)\n1   2019    41.0% 12,450.00   7,5\n"
    assert _pairs(text) == [[]]


def test_a_stray_mark_between_two_values_is_not_a_column() -> None:
    assert _texts(split_cell(_cell("2019 = 41.0% 12,450.00"))) == ["2019", "41.0%", "12,450.00"]
    assert _texts(split_cell(_cell("Plan - regional"))) == ["Plan - regional"]

