"""CSV and XLSX files that go to a spreadsheet (Excel, LibreOffice) and come back from it.

Writing (``write_csv``): UTF-8 with a byte-order mark (so Excel on Windows sees the
accents), comma-separated, CRLF line ends (RFC 4180, what Excel itself writes), one header
row. Python numbers (int, float, Decimal) are written as numbers, so ``-12.5`` stays a
number; every *string* a spreadsheet would run as a formula (starting with ``=``, ``+``,
``-``, ``@``, tab or carriage return) gets a leading apostrophe ``'``. A string that
already starts with an apostrophe followed by such a string gets one more, so reading
back always gives the original. Text longer than a cell holds (32,767 characters) is cut
and ends with ``TRUNCATION_MARKER``. None is an empty cell; booleans are ``true`` and
``false``; dates are ISO ``YYYY-MM-DD``. Ids are written as text, but a CSV cannot tell
Excel a column is text: ``007`` opened by double-click becomes ``7``. Open such files with
Data > From Text/CSV and set the column to Text, or use ``write_xlsx``, whose string
cells are text cells.

Reading (``read_csv``) accepts what a spreadsheet saves back; see its docstring.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from oficio.errors import (
    BinarySpreadsheetError,
    CellTooLongError,
    EmptySpreadsheetError,
    MissingColumnError,
    OutFolderMissingError,
    OutIsFileError,
)
from oficio.i18n import _
from oficio.textfold import fold_key

MAX_CELL = 32_767
TRUNCATION_MARKER = " [...truncated]"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DELIMITERS = (",", ";", "\t")


def out_folder(path: Path) -> Path:
    """``path`` as a folder to write into, created if need be; OutIsFileError when a file
    (or a file on the way to it) is there."""
    for part in (path, *path.parents):
        if part.exists():
            if not part.is_dir():
                raise OutIsFileError(part)
            break
    path.mkdir(parents=True, exist_ok=True)
    return path


def out_file(path: Path) -> Path:
    """``path`` as a file to write; OutFolderMissingError when its folder does not exist."""
    if not path.parent.is_dir():
        raise OutFolderMissingError(path)
    return path


# ---------------------------------------------------------------- writing


def needs_neutralizing(text: str) -> bool:
    """True when a spreadsheet could run ``text`` as a formula, or when reading it back
    would strip its leading apostrophe."""
    if text[:1] in FORMULA_STARTS:
        return True
    return text[:1] == "'" and needs_neutralizing(text[1:])


def neutralize(text: str) -> str:
    """``text`` made safe to open in a spreadsheet (reversed by ``unneutralize``)."""
    return "'" + text if needs_neutralizing(text) else text


def unneutralize(text: str) -> str:
    """Remove the apostrophe ``neutralize`` added; any other text is returned as is."""
    return text[1:] if text[:1] == "'" and needs_neutralizing(text[1:]) else text


def truncate(text: str, limit: int = MAX_CELL) -> str:
    """Cut ``text`` to ``limit`` characters, ending with the visible marker when cut."""
    if len(text) <= limit:
        return text
    return text[: limit - len(TRUNCATION_MARKER)] + TRUNCATION_MARKER


def cell_text(value: object) -> str:
    """The CSV text of one value (see the module docstring for the rules)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | Decimal):
        return str(value)
    if isinstance(value, float):
        return "" if math.isnan(value) or math.isinf(value) else repr(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    text = truncate(str(value))
    safe = neutralize(text)
    return safe if len(safe) <= MAX_CELL else neutralize(truncate(text, MAX_CELL - 1))


def write_csv(path: str | Path, header: list[str], rows: Iterable[Sequence]) -> int:
    """Write one CSV file for a spreadsheet; returns the number of data rows written."""
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow([cell_text(name) for name in header])
        for row in rows:
            writer.writerow([cell_text(value) for value in row])
            count += 1
    return count


# ---------------------------------------------------------------- reading


def column_key(name: str) -> str:
    """A header name as a key: trimmed, lower case, no accents, ``_`` between words.

    ``" Fecha de Envío "`` and ``"fecha_de_envio"`` give the same key.
    """
    key = fold_key(unneutralize(name).strip().lstrip("\ufeff"))
    return re.sub(r"[^0-9a-z]+", "_", key).strip("_")


def _decode(data: bytes, path: Path) -> str:
    if data.startswith(b"PK\x03\x04") or data.startswith(b"\xd0\xcf\x11\xe0"):
        raise BinarySpreadsheetError(path, "it is an Excel workbook, not CSV")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    sample = data[:4096]
    if sample.count(b"\x00") > len(sample) // 4:  # UTF-16 saved without a byte-order mark
        odd_nuls = sample[1::2].count(b"\x00")
        return data.decode("utf-16-le" if odd_nuls > len(sample) // 4 else "utf-16-be",
                           errors="replace")
    if b"\x00" in sample:
        raise BinarySpreadsheetError(path, "it holds binary data")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _count_outside_quotes(line: str, delimiter: str) -> int:
    return sum(1 for index, part in enumerate(line.split('"')) if index % 2 == 0
               for _ in range(part.count(delimiter)))


def sniff_delimiter(text: str) -> str:
    """The separator of the header line: the most frequent of comma, semicolon, tab."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {delimiter: _count_outside_quotes(first, delimiter) for delimiter in DELIMITERS}
    best = max(DELIMITERS, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


def keys_of(header: list[str]) -> list[str]:
    """The keys of a header row (``column_key``; a blank or repeated name gets a unique key)."""
    keys: list[str] = []
    for position, name in enumerate(header, start=1):
        key = column_key(name) or f"column_{position}"
        while key in keys:
            key = f"{key}_{position}"
        keys.append(key)
    return keys


def read_csv(
    path: str | Path, required: Sequence[str] = ()
) -> tuple[list[str], list[dict[str, str]], list[int]]:
    """Read a CSV file as a spreadsheet saves it: ``(header, rows, row_numbers)``.

    Accepts UTF-8 with or without BOM, cp1252 (latin-1 when cp1252 fails), UTF-16 with a
    BOM (Excel's tab-separated "Unicode text"); comma, semicolon or tab separators (from
    the header line); CRLF or LF; quoted fields with line breaks. ``header`` holds the
    column keys (``column_key``: trimmed, lower case, no accents, ``_`` between words);
    each row is a dict from key to cell text, with the export apostrophe removed and no
    other change. Columns may come in any order; cells past the header get keys
    ``column_N``; rows whose cells are all empty are skipped. ``row_numbers`` are the
    spreadsheet row numbers of the rows (the header is row 1), for error messages.
    ``required`` column names are compared as keys; a missing one raises MissingColumnError (E203).
    """
    path = Path(path)
    text = _decode(path.read_bytes(), path)
    if not text.strip():
        raise EmptySpreadsheetError(path)
    records = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    numbers: list[int] = []
    for number, record in enumerate(_checked(records, path), start=1):
        if not any(record):
            continue
        if header is None:
            header = keys_of(record)
            continue
        if len(record) > len(header):
            header.extend(f"column_{index}" for index in range(len(header) + 1,
                                                                 len(record) + 1))
        cells = [unneutralize(cell) for cell in record]
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells, strict=True)))
        numbers.append(number)
    if header is None:
        raise EmptySpreadsheetError(path)
    missing = [name for name in required if column_key(name) not in header]
    if missing:
        raise MissingColumnError(path, f"no column {', '.join(missing)}")
    for row in rows:
        for key in header:
            row.setdefault(key, "")
    return header, rows, numbers


def _checked(records, path: Path) -> Iterator[list[str]]:
    """The reader's records; a field over ``csv.field_size_limit`` (131,072 characters, the
    only error a reader of decoded text raises) becomes CellTooLongError."""
    try:
        yield from records
    except csv.Error as error:
        raise CellTooLongError(path, f"row {records.line_num}: {error}") from None


# ---------------------------------------------------------------- workbooks

_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_MIN_WIDTH, _MAX_WIDTH = 8, 60
LISTS_SHEET = "_lists"


def sheet_title(name: str) -> str:
    """A name Excel accepts for a sheet: no ``[]:*?/\\``, at most 31 characters."""
    return (_SHEET_FORBIDDEN.sub("_", name).strip("'") or "sheet")[:31]


def _put(sheet, row: int, column: int, value: object) -> int:
    """Write one cell (strings as text cells, never formulas); return its display width."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    cell = sheet.cell(row=row, column=column)
    if value is None or isinstance(value, bool | int | float | Decimal | date):
        if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
            value = None
        if isinstance(value, datetime):
            cell.number_format = "yyyy-mm-dd hh:mm:ss"
        elif isinstance(value, date):
            cell.number_format = "yyyy-mm-dd"
        cell.value = value
        return len(cell_text(value))
    text = truncate(ILLEGAL_CHARACTERS_RE.sub("", str(value)))
    cell.value = text
    cell.data_type = "s"  # openpyxl makes "=..." a formula otherwise
    cell.number_format = "@"  # stays text when edited: ids keep their leading zeros
    if needs_neutralizing(text):
        cell.quotePrefix = True
    return max((len(line) for line in text.splitlines()), default=0)


def as_date(value: object) -> object:
    """ISO text (``2018-03-12``, ``2018-03-12T10:00:00+00:00``) as a date or a datetime
    (in UTC, which a workbook cannot mark); any other value as it is."""
    if not isinstance(value, str):
        return value
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value  # text in a date column is shown, not lost
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _add_dropdown(workbook, sheet, header: list[str], column_name: str,
                  choices: Sequence[str]) -> None:
    from openpyxl.utils import get_column_letter, quote_sheetname
    from openpyxl.worksheet.datavalidation import DataValidation

    if column_name not in header:
        raise ValueError(f"dropdown for unknown column {column_name!r} of {sheet.title!r}")
    if LISTS_SHEET not in workbook.sheetnames:
        workbook.create_sheet(LISTS_SHEET).sheet_state = "hidden"
    lists = workbook[LISTS_SHEET]
    list_column = lists.max_column + 1 if lists.max_row > 1 or lists["A1"].value else 1
    for index, choice in enumerate(choices, start=1):
        _put(lists, index, list_column, choice)
    letter = get_column_letter(list_column)
    source = f"{quote_sheetname(LISTS_SHEET)}!${letter}$1:${letter}${max(len(choices), 1)}"
    validation = DataValidation(type="list", formula1=source, allow_blank=True)
    validation.error = _("Choose a value from the list.")
    validation.showErrorMessage = True
    target = get_column_letter(header.index(column_name) + 1)
    validation.add(f"{target}2:{target}1048576")
    sheet.add_data_validation(validation)


def write_xlsx(
    path: str | Path,
    sheets: dict[str, tuple[list[str], Iterable[Sequence]]],
    dropdowns: dict[tuple[str, str], Sequence[str]] | None = None,
    dates: Collection[str] = (),
) -> None:
    """Write a workbook with one sheet per table.

    Each sheet has a frozen, bold header row with an autofilter, columns as wide as their
    text (8 to 60 characters), strings as text cells (never formulas, even when they start
    with ``=``), numbers as numbers and dates as dates; in a column named in ``dates``,
    ISO text is a date too (a date column read from SQLite is text). ``dropdowns`` maps
    ``(sheet, column name)`` to the values a cell of that column may take: the list is
    kept on a hidden sheet ``_lists`` and offered as a dropdown on every row below the
    header.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    workbook.remove(workbook.active)
    headers: dict[str, list[str]] = {}
    for name, (header, rows) in sheets.items():
        sheet = workbook.create_sheet(sheet_title(name))
        widths = [_put(sheet, 1, column, title) for column, title in enumerate(header, 1)]
        for column in range(1, len(header) + 1):
            sheet.cell(row=1, column=column).font = Font(bold=True)
        is_date = [title in dates for title in header]
        last_row = 1
        for last_row, row in enumerate(rows, start=2):
            for column, value in enumerate(row, start=1):
                dated = column <= len(is_date) and is_date[column - 1]
                width = _put(sheet, last_row, column, as_date(value) if dated else value)
                if column <= len(widths):
                    widths[column - 1] = max(widths[column - 1], width)
        for column, width in enumerate(widths, start=1):
            letter = get_column_letter(column)
            sheet.column_dimensions[letter].width = min(max(width + 2, _MIN_WIDTH), _MAX_WIDTH)
        sheet.freeze_panes = "A2"
        if header:
            sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{last_row}"
        headers[name] = list(header)
    for (name, column_name), choices in (dropdowns or {}).items():
        if name not in headers:
            raise ValueError(f"dropdown for unknown sheet {name!r}")
        _add_dropdown(workbook, workbook[sheet_title(name)], headers[name], column_name, choices)
    workbook.save(path)
