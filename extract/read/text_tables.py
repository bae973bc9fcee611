"""Tables written in plain page text: a header line, a dashed rule, then data rows.

OCR drops dashed rules and puts blank lines between rows, so a table is also read without
its rule when a line of two or more word cells (no figures but years in words:
``Actividad (2017)``) is followed by rows of cells with figures; single blank lines
between rows are passed over. OCR also misreads a pipe table's rule as a line of no
words (``ppe oeo |``, skipped) or as a last header cell of dashes (dropped), and some
pipes as brackets.

A header cell may hold several column names OCR ran together (``Devengado (S/) Avance %``):
``split_header`` cuts it after a ``)`` or ``%`` followed by a capitalized word and after a
leading ``N°``/``Año``; such a line heads a table even when it is one cell.

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
_PIPE_CELL = re.compile(r"[^|\[\]]+")  # OCR reads some pipes as brackets
_YEAR = re.compile(r"\b(?:19[89]\d|20[0-4]\d)\b")
_DASHES = re.compile(r"[—–]|--|__")
_DASH_RUN = re.compile(r"[—–_-]{2,}")
_UPPER = "A-ZÁÉÍÓÚÑ"
_HEAD_BREAK = re.compile(
    rf"(?<=[)%]) (?=[{_UPPER}])"  # "PIM (S/) Avance %", "Avance % PIM (S/)"
    r"|(?<=^N[°º]) (?=\w)|(?<=^Nro\.) (?=\w)"  # "N° Actividad"
    rf"|(?<=^Año) (?=[{_UPPER}])|(?<=^Year) (?=[{_UPPER}])"  # "Año PIM (S/)"
)


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
    piped: bool = False

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


def cut_cell(cell: TextCell, breaks: list[int]) -> list[TextCell]:
    """``cell`` cut at the given offsets into its text (each at a space)."""
    pieces = []
    start = 0
    for at in [*breaks, len(cell.text)]:
        raw = cell.text[start:at]
        text = raw.strip()
        if text:
            offset = cell.start + start + len(raw) - len(raw.lstrip())
            pieces.append(TextCell(offset, offset + len(text), text))
        start = at + 1
    return pieces


def split_header(header: list[TextCell]) -> list[TextCell]:
    """The header cells with those holding several column names cut apart."""
    cut: list[TextCell] = []
    for cell in header:
        pending = [cell]
        while pending:
            head = pending.pop(0)
            match = _HEAD_BREAK.search(head.text)
            if match is None:
                cut.append(head)
                continue
            first, *rest = cut_cell(head, [match.start()])
            cut.append(first)
            pending[:0] = rest
    return cut


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
    """Every table in ``text``: ruled ones, and unruled ones as OCR leaves them."""
    lines = _lines(text)
    tables = []
    used: set[int] = set()
    for i in range(1, len(lines)):
        first_row = _first_row(text, lines, i)
        if first_row is None or i - 1 in used:
            continue
        head_start, head_end = lines[i - 1]
        piped = "|" in text[head_start:head_end]
        header = _cells(text, head_start, head_end, piped)
        if piped:
            header = [cell for cell in header if not _mangled_rule(cell.text)]
        if len(split_header(header)) < 2:
            continue
        title = text[lines[i - 2][0] : lines[i - 2][1]] if i >= 2 else ""
        table = TextTable(title=title, header_start=head_start, header=header, piped=piped)
        table.rows = _rows(text, lines, first_row, piped, used)
        if piped:
            _drop_misread_last_head(table)
        if table.rows:
            tables.append(table)
    return tables


def _first_row(text: str, lines: list[tuple[int, int]], i: int) -> int | None:
    """Where the rows start if line ``i - 1`` heads a table: after a dashed rule at ``i``,
    or (no rule) at the next non-blank line, when the header has no figures and the row has."""
    start, end = lines[i]
    if _RULE.fullmatch(text, start, end) and "-" in text[start:end]:
        return i + 1
    head = text[lines[i - 1][0] : lines[i - 1][1]]
    if not head.strip() or _has_digits(_YEAR.sub("", head.replace("N°", ""))):
        return None
    if any(_YEAR.fullmatch(cell.strip()) for cell in re.split(r"\s{2,}|\|", head)):
        return None  # years as column heads: money.py reads those lines
    if not (_spaced(head) or _HEAD_BREAK.search(head)):
        return None
    line = text[start:end]
    misread_rule = "|" in head and bool(line.strip()) and _misread_rule_line(line)
    j = i + 1 if misread_rule or not line.strip() else i
    if misread_rule and j < len(lines) and not text[lines[j][0] : lines[j][1]].strip():
        j += 1  # a misread rule, then a blank line
    if j >= len(lines):
        return None
    row = text[lines[j][0] : lines[j][1]]
    return j if _has_digits(row) and _spaced(row) else None


def _rows(text: str, lines: list[tuple[int, int]], first: int, piped: bool,
          used: set[int]) -> list[TextRow]:
    rows = []
    blank = 0
    for index in range(first, len(lines)):
        row_start, row_end = lines[index]
        if not text[row_start:row_end].strip():
            blank += 1
            if blank > 1:
                break
            continue
        cells = _cells(text, row_start, row_end, piped)
        if len(cells) < 2 or (piped and "|" not in text[row_start:row_end]):
            break
        blank = 0
        rows.append(TextRow(row_start, cells))
        used.add(index)
    return rows


def _has_digits(line: str) -> bool:
    return any(ch.isdigit() for ch in line)


def _drop_misread_last_head(table: TextTable) -> None:
    """Drop a last header cell of no words or no capitalized word (``ora Ppa ea ea``,
    ``rra eae geen creer``: a rule OCR misread into the header line) when every row has
    one cell fewer than the header."""
    last = table.header[-1].text if table.header else ""
    misread = _misread(last) or not re.search(r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2,}|[%/$(]", last)
    if last and misread and table.rows and all(
        len(row.cells) == len(table.header) - 1 for row in table.rows
    ):
        table.header = table.header[:-1]


def _misread(text: str) -> bool:
    """Whether OCR text holds no words: no digits, and no run of four lower-case letters
    (a dashed rule read as ``ppe oeo |`` or ``Y MMMM — —— p——- |``)."""
    return not _has_digits(text) and not re.search(r"[a-záéíóúñ]{4,}", text)


def _misread_rule_line(line: str) -> bool:
    """Whether the line under a pipe table's header is its rule misread: no digits, and no
    words (``ppe oeo |``) or at most a few (``Jarrow A``): no sentence sits there."""
    return not _has_digits(line) and (_misread(line) or len(line.split()) <= 3)


def _mangled_rule(text: str) -> bool:
    """Whether a header cell is a dashed rule OCR misread into the header line: a run of
    dashes (``rana —— > (AA``), or a dash and no words (``aaa — Sn``)."""
    if _has_digits(text):
        return False
    return bool(_DASH_RUN.search(text)) or (_misread(text) and bool(_DASHES.search(text)))


def _spaced(line: str) -> bool:
    """Whether a line is cut into two or more cells by runs of spaces (or pipes)."""
    return "|" in line or len(_SPACED_CELL.findall(line.strip())) >= 2
