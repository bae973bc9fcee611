"""Tables of a page, located in its text, to give figures their year and role.

A ``Table`` holds rows of cell strings; figures are found in the page text (which also
holds the table's text), so each cell is searched for in the page text in reading order.
A figure inside a located cell whose sentence gave no year or role takes them from the
first cell of its row (the row header) or the first row of its column (the header row), and
its role else from the table's caption or title block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from oficio.extract.figures.figure import Figure
from oficio.extract.figures.figure_context import YEAR, only_role
from oficio.extract.figures.table_roles import BALANCE_HEAD, CLASSIFIER_ROW, VALUE_HEAD, table_role
from oficio.extract.read.document import Page


@dataclass(frozen=True)
class Cell:
    """A table cell found in the page text at ``[start, end)``."""

    table: int
    row: int
    col: int
    start: int
    end: int
    row_header: str
    col_header: str
    caption_role: str | None = None


def table_cells(page: Page) -> list[Cell]:
    """The cells of the page's tables that occur in its text, in order."""
    cells: list[Cell] = []
    cursor = 0
    for t, table in enumerate(page.tables):
        header = table.rows[0] if table.rows else []
        caption = table_role([" ".join((h or "").split()) for h in header], table.title)
        for r, row in enumerate(table.rows):
            for c, value in enumerate(row):
                if not value or not value.strip():
                    continue
                found = _locate(page.text, value.strip(), cursor)
                if found is None:
                    continue
                start, end = found
                cursor = end
                col_header = (header[c] or "") if c < len(header) and r > 0 else ""
                row_header = (row[0] or "") if c > 0 else ""
                cells.append(Cell(t, r, c, start, end, row_header, col_header, caption))
    return cells


def _locate(text: str, cell: str, cursor: int) -> tuple[int, int] | None:
    """Where ``cell`` occurs in ``text`` from ``cursor`` on (whitespace-insensitive)."""
    pattern = r"\s+".join(re.escape(part) for part in cell.split())
    match = re.compile(pattern).search(text, cursor)
    return (match.start(), match.end()) if match else None


def table_context(figure: Figure, cells: list[Cell]) -> Figure:
    """The figure with year and role filled from its table headers when missing."""
    cell = next((c for c in cells if c.start <= figure.start and figure.end <= c.end), None)
    if cell is None:  # "US$ 38,420.00": its sign printed in a cell of its own, or the label's
        cell = next((c for c in cells if c.col > 0 and figure.start <= c.start
                     and c.end <= figure.end), None)
    if cell is None:
        return figure
    headers = f"{cell.row_header} {cell.col_header}"
    year = figure.year
    if year is None:
        years = {int(m.group(1)) for m in YEAR.finditer(headers)}
        year = years.pop() if len(years) == 1 else None
    role = figure.role
    # a balance's or a value's column, or a spending classifier's row ("2.5 Otros gastos"),
    # names no stage
    no_stage = BALANCE_HEAD.search(cell.col_header) or CLASSIFIER_ROW.match(cell.row_header) \
        or VALUE_HEAD.match(cell.col_header)
    if figure.kind == "money" and role is None and not no_stage:
        role = only_role(headers) or cell.caption_role
    return replace(figure, year=year, role=role)
