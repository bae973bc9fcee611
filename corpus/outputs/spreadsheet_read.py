"""Reading a table a person saved from a spreadsheet, as XLSX or CSV, whatever its name.

The format is read from the content, never from the file name: an analyst may save a
workbook as ``queue.csv`` or a CSV as ``queue.xlsx``, and a mail client may rename either.
A ZIP archive holding ``xl/workbook.xml`` is an Excel workbook (what Excel, LibreOffice
and openpyxl write as ``.xlsx``); anything else goes to ``read_csv``, which refuses other
binary files (an old ``.xls``, an OpenDocument ``.ods``) with E202.
"""

from __future__ import annotations

import math
import zipfile
from collections.abc import Sequence
from datetime import date, datetime, time
from pathlib import Path

from oficio.corpus.outputs.spreadsheet import column_key, keys_of, read_csv
from oficio.errors import (
    EmptySpreadsheetError,
    MissingColumnError,
    UnreadableWorkbookError,
)

WORKBOOK_PART = "xl/workbook.xml"

Table = tuple[list[str], list[dict[str, str]], list[int]]


def is_workbook(path: Path) -> bool:
    """True when ``path`` holds an XLSX workbook (a ZIP archive with ``xl/workbook.xml``)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return WORKBOOK_PART in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def read_table(path: str | Path, required: Sequence[str] = (), sheet: str | None = None
               ) -> Table:  # fmt: skip
    """``(header, rows, row_numbers)`` of an XLSX workbook or a CSV file, as ``read_csv``
    gives them (see ``read_xlsx`` for the workbook)."""
    path = Path(path)
    if is_workbook(path):
        return read_xlsx(path, required, sheet)
    return read_csv(path, required)


def read_xlsx(path: str | Path, required: Sequence[str] = (), sheet: str | None = None
              ) -> Table:  # fmt: skip
    """One sheet of a workbook, shaped like ``read_csv``'s result.

    The sheet is ``sheet`` when the workbook has it, else the first visible sheet. Cells
    come back as text: strings as typed (Excel keeps a typed leading apostrophe out of
    the value), whole numbers without ``.0`` (a doc id Excel turned into a number keeps
    its digits), dates as ISO text, booleans as ``true``/``false``. Row numbers are the
    sheet's own, so an error names the row the analyst sees.
    """
    from openpyxl import load_workbook

    path = Path(path)
    handle = open(path, "rb")  # a handle: openpyxl refuses a name not ending .xlsx
    try:
        book = load_workbook(handle, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds on a damaged archive
        handle.close()
        raise UnreadableWorkbookError(path, str(error) or type(error).__name__) from None
    try:
        names = [s.title for s in book.worksheets if s.sheet_state == "visible"]
        chosen = sheet if sheet in book.sheetnames else (names or book.sheetnames)[0]
        header: list[str] | None = None
        rows: list[dict[str, str]] = []
        numbers: list[int] = []
        for number, values in enumerate(book[chosen].iter_rows(values_only=True), start=1):
            cells = [_text(value) for value in values]
            if not any(cell.strip() for cell in cells):
                continue
            if header is None:
                header = keys_of(cells)
                continue
            if len(cells) > len(header):
                header.extend(f"column_{i}" for i in range(len(header) + 1, len(cells) + 1))
            cells += [""] * (len(header) - len(cells))
            rows.append(dict(zip(header, cells, strict=True)))
            numbers.append(number)
    finally:
        book.close()
        handle.close()
    if header is None:
        raise EmptySpreadsheetError(path)
    missing = [name for name in required if column_key(name) not in header]
    if missing:
        raise MissingColumnError(path, f"no column {', '.join(missing)}")
    return header, rows, numbers


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return ""
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)
