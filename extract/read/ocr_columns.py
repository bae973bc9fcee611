"""The columns of a text table whose cells OCR ran together, cut apart again.

OCR keeps a wide gap between two columns as a run of spaces, but a narrow one becomes a
single space, so two header cells (``Devengado (S/) Avance %``) or two data cells
(``2019 5230118,00``, ``64,3 1902 334,10``) read as one. When a row does not have as many
cells as its header, or a header cell holds several column names, the header is cut by
``text_tables.split_header`` and each row cell where one column's value must end: between
a word or a date and a number (``Campaña radial 20417,36``), and between two numbers
unless the second is the next thousands group of the first (``812 450,00`` and
``1902 334,10`` stay one cell; ``2019 5230118,00``, ``2 2018`` and ``64,3 1902 334,10`` do
not).

Inside a pipe table's cell, a run of spaces is a pipe OCR lost (``|  2         246 |``).
The cut cells are paired with the cut header by position only when both have the same
number of cells; otherwise a space-aligned row keeps its plain pairing, and a pipe row
(a lost pipe leaves cells where they say nothing of their column) or a row under a
header OCR ran into one cell gives no figures: precision before recall.
"""

from __future__ import annotations

import re

from oficio.extract.read.text_tables import TextCell, TextRow, TextTable, cut_cell, split_header

_TOKEN = re.compile(r"\S+")
_NUMBER = re.compile(r"[.,]?\d[\d.,]*%?")
_SIGN = re.compile(r"S/\.?|US\$|\$")
_DATE = re.compile(r"\d{1,2}[/-]\d{1,2}[/-]\d{2,4}")
_ENDS_NUMBER = re.compile(r"%$|[.,]\d{1,2}$")  # a decimal part or a % ends a number
_NEXT_GROUP = re.compile(r"\d{3}(?:[.,]\d{3})*(?:[.,]\d{1,2})?%?")


def _kind(token: str) -> str:
    if _SIGN.fullmatch(token):
        return "sign"
    if token == "%":
        return "percent"
    if _DATE.fullmatch(token):
        return "date"
    return "number" if _NUMBER.fullmatch(token) else "word"


def _continues(left: str, right: str) -> bool:
    """Whether token ``right`` belongs to the same cell as ``left`` (one space apart)."""
    kinds = _kind(left), _kind(right)
    if kinds == ("number", "number"):
        return not _ENDS_NUMBER.search(left) and bool(_NEXT_GROUP.fullmatch(right))
    return kinds in {("word", "word"), ("sign", "number"), ("number", "percent")}


def split_cell(cell: TextCell) -> list[TextCell]:
    """One row cell cut where one column's value must end and the next one's begin, and
    (a pipe cell) at a run of spaces."""
    tokens = list(_TOKEN.finditer(cell.text))
    breaks = [
        left.end()
        for left, right in zip(tokens, tokens[1:], strict=False)
        if right.start() - left.end() > 1 or not _continues(left.group(0), right.group(0))
    ]  # a run of spaces inside a pipe cell is a pipe OCR lost
    if not breaks:
        return [cell]
    # a stray mark OCR put between two values ("2018 = 76.7%") is no column of its own
    return [piece for piece in cut_cell(cell, breaks) if any(c.isalnum() for c in piece.text)]


def columns(table: TextTable, row: TextRow) -> list[tuple[TextCell, TextCell | None]]:
    """Each cell of ``row`` with its header cell, after cutting run-together columns."""
    plain = [(cell, table.header_of(row, i)) for i, cell in enumerate(row.cells)]
    header = split_header(table.header)
    if len(row.cells) == len(table.header) == len(header):
        return plain
    cells = [piece for cell in row.cells for piece in split_cell(cell)]
    if len(cells) != len(header):
        # a pipe lost: the cells' places say nothing of their columns; one header cell
        # OCR ran together: no plain pairing either
        return plain if len(table.header) > 1 and not table.piped else []
    return list(zip(cells, header, strict=True))
