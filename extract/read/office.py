"""Word documents, Excel workbooks and plain text: their text is already text, no OCR."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from oficio.errors import CorruptFileError
from oficio.extract.read.document import Table
from oficio.extract.read.layout_headers import stacked_header
from oficio.extract.read.options import PackageLimits
from oficio.extract.read.package import checked_package

TEXT_ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")
CAPTION_LENGTH = 160  # characters at most of the paragraph that titles a table
_WORD = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_WORD_PARAGRAPH, _WORD_TABLE = _WORD + "p", _WORD + "tbl"


def docx_pages(path: Path, limits: PackageLimits | None = None
               ) -> list[tuple[str, list[Table]]]:
    """The text of a Word document split at hard page breaks, with its tables as rows
    where they stand.

    The package is checked first (``oficio.extract.read.package``): E014, E015 or E004 instead of
    Word's reader inflating a bomb or meeting hostile XML.
    """
    from docx import Document as WordDocument
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    data = checked_package(path, limits or PackageLimits())
    try:
        word = WordDocument(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError,
            XMLSyntaxError) as error:
        raise CorruptFileError(path, "the Word file cannot be opened") from error
    from docx.table import Table as WordTable
    from docx.text.paragraph import Paragraph

    pages: list[tuple[list[str], list[Table]]] = [([], [])]
    for element in word.element.body.iterchildren():
        if element.tag == _WORD_PARAGRAPH:
            if 'w:type="page"' in element.xml:
                pages.append(([], []))
            pages[-1][0].append(Paragraph(element, word).text)
        elif element.tag == _WORD_TABLE:
            table = Table(rows=stacked_header([[cell.text for cell in row.cells]
                                               for row in WordTable(element, word).rows]),
                          title=table_title(pages[-1][0]))
            pages[-1][1].append(table)
            pages[-1][0].append("\n".join(" | ".join(c or "" for c in row) for row in table.rows))
    return _word_furniture(word).around([("\n".join(lines), tables) for lines, tables in pages])


def _word_furniture(word: Any) -> Furniture:
    """The first section's header and footer (a file with no section properties has none)."""
    if not len(word.sections):
        return Furniture([], [], [], [])
    section = word.sections[0]
    first = section.different_first_page_header_footer
    return Furniture(_word_lines(section.first_page_header if first else section.header),
                     _word_lines(section.header),
                     _word_lines(section.first_page_footer if first else section.footer),
                     _word_lines(section.footer))


@dataclass(frozen=True)
class Furniture:
    """What a word processor prints on every page from the page style: the header (most
    often the letterhead: the body's name, its unit, the year's motto) and the footer (the
    address), each maybe other on the first page."""

    first_header: list[str]
    header: list[str]
    first_footer: list[str]
    footer: list[str]

    def around(self, pages: list[tuple[str, list[Table]]]) -> list[tuple[str, list[Table]]]:
        """The pages with their header over and their footer under the body, as printed."""
        placed = []
        for number, (text, tables) in enumerate(pages):
            top = self.first_header if number == 0 else self.header
            bottom = self.first_footer if number == 0 else self.footer
            placed.append(("\n".join([*top, text, *bottom]).strip("\n"), tables))
        return placed


def _word_lines(part: Any) -> list[str]:
    """A Word header's or footer's paragraphs, those in its tables and text boxes too (a
    letterhead is often a table of logo and names); none when the section defines none."""
    from docx.text.paragraph import Paragraph

    if part.is_linked_to_previous:
        return []
    lines: list[str] = []
    for element in part.part.element.iter(_WORD_PARAGRAPH):
        text = Paragraph(element, part).text.strip()
        if text and (not lines or lines[-1] != text):  # a text box is stored twice
            lines.append(text)
    return lines


def table_title(lines_above: list[str]) -> str:
    """A text table's title: the paragraph just above it, where "Cuadro 1 (presupuesto en
    soles)" states the unit; a paragraph of running text is no title."""
    lines = [line for line in lines_above if line.strip()]
    return lines[-1].strip() if lines and len(lines[-1]) <= CAPTION_LENGTH else ""


def xlsx_pages(path: Path, limits: PackageLimits | None = None
               ) -> list[tuple[str, list[Table]]]:
    """Each worksheet of an Excel workbook as a page: its rows as lines of text (cells two
    spaces apart, numbers as their format shows them) and as a table.

    A sheet's table is headed by the text rows just above its first row with a number
    (merged header cells spread over the columns they cover); the rows above those are
    its title, where a budget annex states its unit ("EN SOLES"). The package is checked
    first, as a Word document's is.
    """
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    data = checked_package(path, limits or PackageLimits())
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError,
            ParseError) as error:
        raise CorruptFileError(path, "the Excel workbook cannot be opened") from error
    pages = [sheet_page(_grid(sheet)) for sheet in book.worksheets]
    book.close()
    return [page for page in pages if page[0]] or [("", [])]


def sheet_page(rows: list[list[str]]) -> tuple[str, list[Table]]:
    """One sheet's cells as a page: its rows as lines of text (cells two spaces apart) and
    as a table; empty rows and columns dropped. An empty sheet has no text."""
    rows = [row for row in rows if any(row)]
    keep = [c for c in range(max((len(r) for r in rows), default=0))
            if any(c < len(r) and r[c] for r in rows)]
    grid = [[row[c] if c < len(row) else "" for c in keep] for row in rows]
    if not grid:
        return "", []
    text = "\n".join("  ".join(cell for cell in row if cell) for row in grid)
    table = _sheet_table(grid)
    return text, [table] if table else []


def _grid(sheet) -> list[list[str]]:
    """The sheet's cells as shown, merged ranges filled."""
    rows = [[_shown(cell) for cell in row] for row in sheet.iter_rows()]
    for merged in sheet.merged_cells.ranges:
        # A header merged over a few columns ("2018" over "PIM" and "Devengado") heads each
        # of them; a title merged over the whole sheet stays in its first cell.
        if merged.max_col - merged.min_col > 2:
            continue
        row = rows[merged.min_row - 1]
        for c in range(merged.min_col, merged.max_col):
            row[c] = row[c] or row[merged.min_col - 1]
    return rows


def _shown(cell) -> str:
    """A cell's value as Excel shows it: thousands and decimals as its number format says."""
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value.isoformat() if hasattr(value, "isoformat") else str(value).strip()
    number_format = cell.number_format or ""
    if "%" in number_format:
        decimals = len(number_format.split(".")[1].rstrip("%")) if "." in number_format else 0
        return f"{value * 100:.{decimals}f}%"
    decimals = len(number_format.split(".")[1].split(";")[0].strip("_)")) \
        if "." in number_format else (0 if float(value).is_integer() else 2)
    grouped = "," if "," in number_format else ""
    return f"{value:{grouped}.{decimals}f}"


def _is_number(text: str) -> bool:
    """A cell holding a figure; a bare year ("2019" over two columns) is a header's."""
    if not text or (len(text) == 4 and text.isdigit() and text[:2] in ("19", "20")):
        return False
    return text.replace(",", "").replace(".", "").replace("%", "").replace("-", "").isdigit()


def _sheet_table(grid: list[list[str]]) -> Table | None:
    first = next((i for i, row in enumerate(grid) if sum(map(_is_number, row[1:])) >= 1), None)
    if first is None:
        return None
    heads = []
    i = first - 1
    while i >= 0 and len(heads) < 3 and not any(map(_is_number, grid[i])) and \
            sum(1 for cell in grid[i] if cell) >= 2:
        heads.insert(0, grid[i])
        i -= 1
    width = len(grid[0])
    header = [" ".join(h[c] for h in heads if h[c]) or None for c in range(width)]
    body: list[list[str | None]] = [[cell or None for cell in row] for row in grid[first:]]
    return Table(rows=[header, *body], title="\n".join(" ".join(c for c in row if c)
                                                      for row in grid[: i + 1]),
                 source="office")


def text_pages(path: Path) -> list[str]:
    """A plain-text file's pages (split at form feeds), decoded from UTF-8 or Windows-1252."""
    data = path.read_bytes()
    for encoding in TEXT_ENCODINGS:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    return text.split("\f")
