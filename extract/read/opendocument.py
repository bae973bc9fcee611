"""OpenDocument files (ODT text, ODS spreadsheet), as LibreOffice writes them: their text
is already text, no OCR.

An ODF file is a ZIP whose ``content.xml`` holds the body. It is checked as an Office
package is (``oficio.extract.read.package``: sizes, compression, no document type or
entities) before it is parsed. A text's pages split where LibreOffice laid the page break
when it saved the file (``text:soft-page-break``) or where a paragraph starts a new page;
its tables are read in place, cells merged over columns or rows filled from the merged
cell, as a Word table's are. A spreadsheet's sheets are read as a workbook's
(``oficio.extract.read.office``): each sheet a page, cells as the file shows them.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from oficio.errors import CorruptFileError
from oficio.extract.read.document import Table
from oficio.extract.read.layout_headers import stacked_header
from oficio.extract.read.office import Furniture, sheet_page, table_title
from oficio.extract.read.options import PackageLimits
from oficio.extract.read.package import checked_package

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
}
# Repeated rows and columns are spelled out up to this many: a sheet's unused rows and
# columns are written as one element repeated a million times.
_MOST_REPEATS = 1000
Pages = list[tuple[str, list[Table]]]


def _tag(prefix: str, name: str) -> str:
    return f"{{{_NS[prefix]}}}{name}"


def _attribute(element: ElementTree.Element, prefix: str, name: str) -> str | None:
    return element.get(_tag(prefix, name))


def odt_pages(path: Path, limits: PackageLimits | None = None) -> Pages:
    """The text of an OpenDocument text, page by page, with its tables as rows."""
    content, styles = _content(path, limits, "the OpenDocument text cannot be opened")
    body = content.find("office:body/office:text", _NS)
    if body is None:
        raise CorruptFileError(path, "the OpenDocument file holds no text")
    reader = _TextReader(_page_breaking_styles(content))
    reader.read(body)
    pages = [("\n".join(lines), tables) for lines, tables in reader.pages]
    return _furniture(styles).around(pages)


def ods_pages(path: Path, limits: PackageLimits | None = None) -> Pages:
    """Each sheet of an OpenDocument spreadsheet as a page, as ``office.xlsx_pages`` does
    for a workbook."""
    content, _ = _content(path, limits, "the OpenDocument spreadsheet cannot be opened")
    body = content.find("office:body/office:spreadsheet", _NS)
    if body is None:
        raise CorruptFileError(path, "the OpenDocument file holds no spreadsheet")
    pages = [sheet_page(_sheet_grid(sheet)) for sheet in body.iter(_tag("table", "table"))]
    return [page for page in pages if page[0]] or [("", [])]


def _content(path: Path, limits: PackageLimits | None, failure: str
             ) -> tuple[ElementTree.Element, ElementTree.Element | None]:
    """The file's body (``content.xml``) and its styles (``styles.xml``, where the page
    style's header and footer are; None when absent or unreadable: the text is still read)."""
    data = checked_package(path, limits or PackageLimits())
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            content = ElementTree.fromstring(archive.read("content.xml"))
            try:
                styles = ElementTree.fromstring(archive.read("styles.xml"))
            except (KeyError, ElementTree.ParseError):
                styles = None
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError) as error:
        raise CorruptFileError(path, failure) from error
    return content, styles


def _furniture(styles: ElementTree.Element | None) -> Furniture:
    """The header and footer of the text's page style ("Standard", LibreOffice's default,
    else the first), each with its first-page variant when the style has one."""
    pages = [] if styles is None else styles.findall("office:master-styles/style:master-page",
                                                    _NS)
    page = next((p for p in pages if _attribute(p, "style", "name") == "Standard"),
                pages[0] if pages else None)

    def lines(name: str) -> list[str] | None:
        part = None if page is None else page.find(f"style:{name}", _NS)
        if part is None:
            return None
        return [text for p in part.iter(_tag("text", "p"))
                if (text := _paragraph_text(p).strip())]

    header, footer = lines("header") or [], lines("footer") or []
    first_header, first_footer = lines("header-first"), lines("footer-first")
    return Furniture(header if first_header is None else first_header, header,
                     footer if first_footer is None else first_footer, footer)


def _page_breaking_styles(content: ElementTree.Element) -> set[str]:
    """The automatic paragraph styles that start a new page (a page break typed by hand)."""
    names = set()
    for style in content.iterfind("office:automatic-styles/style:style", _NS):
        properties = style.find("style:paragraph-properties", _NS)
        if properties is not None and _attribute(properties, "fo", "break-before") == "page":
            names.add(_attribute(style, "style", "name") or "")
    return names


class _TextReader:
    """Walks a text's body in order: paragraphs, headings, lists, sections and tables."""

    def __init__(self, breaking_styles: set[str]) -> None:
        self.breaking = breaking_styles
        self.pages: list[tuple[list[str], list[Table]]] = [([], [])]

    def new_page(self) -> None:
        if self.pages[-1][0] or self.pages[-1][1]:
            self.pages.append(([], []))

    def read(self, element: ElementTree.Element) -> None:
        for child in element:
            if child.tag in (_tag("text", "p"), _tag("text", "h")):
                if _attribute(child, "text", "style-name") in self.breaking:
                    self.new_page()
                if child.find(".//text:soft-page-break", _NS) is not None:
                    self.new_page()
                self.pages[-1][0].append(_paragraph_text(child))
            elif child.tag == _tag("text", "soft-page-break"):
                self.new_page()
            elif child.tag == _tag("table", "table"):
                table = Table(rows=stacked_header(_table_rows(child)),
                              title=table_title(self.pages[-1][0]))
                self.pages[-1][1].append(table)
                self.pages[-1][0].append(
                    "\n".join(" | ".join(cell or "" for cell in row) for row in table.rows))
            else:  # lists, list items, sections: their paragraphs in order
                self.read(child)


def _paragraph_text(element: ElementTree.Element) -> str:
    """A paragraph's text with its coded spaces, tabs and line breaks written out."""
    parts: list[str] = [element.text or ""]
    for child in element:
        if child.tag == _tag("text", "s"):
            parts.append(" " * int(_attribute(child, "text", "c") or 1))
        elif child.tag == _tag("text", "tab"):
            parts.append("\t")
        elif child.tag == _tag("text", "line-break"):
            parts.append("\n")
        elif child.tag not in (_tag("office", "annotation"), _tag("text", "note")):
            parts.append(_paragraph_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _cell_text(cell: ElementTree.Element) -> str:
    return "\n".join(_paragraph_text(p) for p in cell.iter(_tag("text", "p"))).strip()


def _rows(table: ElementTree.Element) -> list[ElementTree.Element]:
    """The table's rows in order, header rows and row groups included (not nested tables')."""
    found = []
    for child in table:
        if child.tag == _tag("table", "table-row"):
            repeats = int(_attribute(child, "table", "number-rows-repeated") or 1)
            empty = not any(_cell_text(cell) for cell in child)
            found.extend([child] * (1 if empty else min(repeats, _MOST_REPEATS)))
        elif child.tag in (_tag("table", "table-header-rows"), _tag("table", "table-rows"),
                           _tag("table", "table-row-group")):
            found.extend(_rows(child))
    return found


def _cells(row: ElementTree.Element) -> list[tuple[ElementTree.Element, bool]]:
    """A row's cells, each repeated as often as it says, with whether it is covered (part
    of a merged cell)."""
    cells = []
    for cell in row:
        covered = cell.tag == _tag("table", "covered-table-cell")
        if not covered and cell.tag != _tag("table", "table-cell"):
            continue
        repeats = int(_attribute(cell, "table", "number-columns-repeated") or 1)
        cells.extend([(cell, covered)] * (1 if not _cell_text(cell) else
                                          min(repeats, _MOST_REPEATS)))
    return cells


def _table_rows(table: ElementTree.Element, down: bool = True,
                widest: int = _MOST_REPEATS) -> list[list[str | None]]:
    """A table's cells; a cell merged over columns (at most ``widest``) or, with ``down``,
    over rows fills each cell it covers."""
    grid: list[list[str | None]] = []
    spans: dict[tuple[int, int], str] = {}
    for r, row in enumerate(_rows(table)):
        out: list[str | None] = []
        for c, (cell, covered) in enumerate(_cells(row)):
            if covered:
                out.append(spans.get((r, c)))
                continue
            text = _cell_text(cell)
            out.append(text or None)
            across = int(_attribute(cell, "table", "number-columns-spanned") or 1)
            rows = int(_attribute(cell, "table", "number-rows-spanned") or 1) if down else 1
            if across > widest:
                across = 1
            for dr in range(min(rows, _MOST_REPEATS)):
                for dc in range(min(across, _MOST_REPEATS)):
                    if dr or dc:
                        spans[(r + dr, c + dc)] = text
        grid.append(out)
    return grid


def _sheet_grid(sheet: ElementTree.Element) -> list[list[str]]:
    """A sheet's cells as shown. A header merged over a few columns ("2018" over "PIM" and
    "Devengado") heads each of them; a title merged over the whole sheet stays in its first
    cell (as in a workbook)."""
    return [[cell or "" for cell in row] for row in _table_rows(sheet, down=False, widest=3)]
