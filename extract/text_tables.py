"""Tables written in plain page text: a header line, a dashed rule, then data rows.

Two layouts are read: pipe tables (``| 2017 | 73 | 115 |``) and space-aligned tables
whose cells are separated by two or more spaces. Each data cell is paired with the
header cell of its column (by position when the row has as many cells as the header,
else by the header cell it overlaps most). Offsets are into the page text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_RULE = re.compile(r"[ \t]*\|?[ \t|:+-]*-{3,}[ \t|:+-]*$")
_SPACED_CELL = re.compile(r"\S+(?: \S+)*")
_PIPE_CELL = re.compile(r"[^|]+")


@dataclass(frozen=True)
class TextCell:
    start: int
    end: int
    text: str


@dataclass
class TextRow:
    """A data row: where its line starts, and its cells."""

    line_start: int
    cells: list[TextCell]


@dataclass
class TextTable:
    """A table found in page text: its title line, header cells and data rows."""

    title: str
    header_start: int
    header: list[TextCell]
    rows: list[TextRow] = field(default_factory=list)

    def header_of(self, row: TextRow, index: int) -> TextCell | None:
        """The header cell above ``row.cells[index]``."""
        if len(row.cells) == len(self.header):
            return self.header[index]
        cell = row.cells[index]
        left, right = cell.start - row.line_start, cell.end - row.line_start

        def overlap(head: TextCell) -> int:
            h_left, h_right = head.start - self.header_start, head.end - self.header_start
            return min(right, h_right) - max(left, h_left)

        best = max(self.header, key=overlap, default=None)
        return best if best is not None and overlap(best) > 0 else None


def _lines(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _cells(text: str, start: int, end: int, piped: bool) -> list[TextCell]:
    pattern = _PIPE_CELL if piped else _SPACED_CELL
    cells = []
    for match in pattern.finditer(text, start, end):
        raw = match.group(0)
        stripped = raw.strip()
        if not stripped:
            continue
        offset = match.start() + (len(raw) - len(raw.lstrip()))
        cells.append(TextCell(offset, offset + len(stripped), stripped))
    return cells


def find_text_tables(text: str) -> list[TextTable]:
    """Every ruled table in ``text``."""
    lines = _lines(text)
    tables = []
    for i, (start, end) in enumerate(lines):
        if i == 0 or not _RULE.fullmatch(text, start, end) or "-" not in text[start:end]:
            continue
        head_start, head_end = lines[i - 1]
        piped = "|" in text[head_start:head_end]
        header = _cells(text, head_start, head_end, piped)
        if len(header) < 2:
            continue
        title = ""
        if i >= 2:
            title = text[lines[i - 2][0] : lines[i - 2][1]]
        table = TextTable(title=title, header_start=head_start, header=header)
        for row_start, row_end in lines[i + 1 :]:
            cells = _cells(text, row_start, row_end, piped)
            if len(cells) < 2 or (piped and "|" not in text[row_start:row_end]):
                break
            table.rows.append(TextRow(row_start, cells))
        tables.append(table)
    return tables
