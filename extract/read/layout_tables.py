"""Tables rebuilt from the positions of a page's words, not from its text's line breaks.

Budget-system exports (SIAF) and many typed tables have no rules, and their text layer is
in drawing order: a header's words come after the rows, wrapped headers are split, and one
text run may hold the end of one cell and the start of the next. Read by position they
are plain: numbers sit in columns, the words above a column head it, and the words at the
left of a row label it.

``layout_tables(words)`` finds the blocks of lines that hold two or more numbers, builds
their columns from the numbers' horizontal extents, joins every header word above a column
(wrapped lines and headers spread over several columns alike) into that column's header,
and keeps the lines above the table (its caption and the page's title block) as the
table's ``title``, where the unit is often stated once ("(EN NUEVOS SOLES)").
"""

from __future__ import annotations

import re
from dataclasses import replace

from oficio.extract.read.document import Table
from oficio.extract.read.layout_headers import (
    HeaderRun,
    column_of,
    header_runs,
    heading_lines,
    merged_heads,
    reaching_left,
    slots_of,
)
from oficio.extract.read.layout_lines import (
    ALPHA,
    CODE,
    GOES_ON,
    LEADS_ON,
    MIN_NUMBERS,
    YEAR_CELL,
    Line,
    Word,
    breaks_rows,
    ends_table,
    is_row,
    lines_of,
    split_row,
)

MIN_SINGLE_ROWS = 3  # rows a table of one column of amounts needs


TITLE_LINES = 12


def layout_tables(words: list[Word]) -> list[Table]:
    """The tables of a page whose words have positions (see the module's docstring)."""
    lines = lines_of(words)
    _mark_single_rows(lines)
    tables, i, previous_end = [], 0, 0
    while i < len(lines):
        if not is_row(lines[i]):
            i += 1
            continue
        first, j = i, i
        height = lines[i].bottom - lines[i].top
        while j + 1 < len(lines) and lines[j + 1].top - lines[j].bottom < 4 * max(height, 1) \
                and not ends_table(lines[j + 1]) and not breaks_rows(lines[j + 1], height):
            j += 1
        block = lines[first: j + 1]
        while block and not is_row(block[-1]):
            block.pop()
        block += _wrapped_tail(lines[first + len(block):], block)
        # What lies above a table down from the previous one is its own title and header.
        table = _table(lines[previous_end:first], block)
        if table is not None:
            tables.append(table)
        i = first + len(block)
        previous_end = i
    return tables


def _wrapped_tail(after: list[Line], block: list[Line]) -> list[Line]:
    """The lines under a table's last row that carry on its wrapped label ("turístico Cusco -
    Machu Picchu: estudio" / "exploratorio"): no numbers, left of them, close below, in
    lower case or after a line ending in a word that leads on."""
    if not block:
        return []
    numbers = [w.x0 for r in block if is_row(r) for w in split_row(r)[1]]
    if not numbers:
        return []
    tail: list[Line] = []
    previous = block[-1]
    height = max(previous.bottom - previous.top, 1.0)
    for line in after:
        label = " ".join(w.text for w in split_row(previous)[0])
        if line.top - previous.bottom > 0.8 * height or \
                any(w.x1 > min(numbers) for w in line.words) or \
                not (GOES_ON.match(line.text) or LEADS_ON.search(label)):
            break
        tail.append(line)
        previous = line
    return tail


_WHOLE = re.compile(r"\d{1,3}(?:[ .,]\d{3})+|\d{1,6}")


def _mark_single_rows(lines: list[Line]) -> None:
    """Mark the rows of a one-column table of whole numbers ("Talleres de prevención ⋯ 10"
    under "Meta 2022 ⋯ Cantidad"): two lines or more of a label and one number a column's
    gap apart, the numbers' right edges aligned, under a header line whose last word stands
    over them. A sentence ending in a number ("Talleres 10") has no such gap, and a list of
    label and value lines no such header."""
    i = 1
    while i < len(lines):
        run = i
        while run < len(lines) and _one_number(lines[run]) is not None:
            run += 1
        if run - i >= 2 and _aligned(lines[i:run]) and _heads(lines[i - 1], lines[i:run]):
            for line in lines[i:run]:
                line.single = True
        i = max(run, i + 1)


def _one_number(line: Line) -> Word | None:
    """The line's one whole number, when it stands a column's gap after a label."""
    words = line.words
    height = max(line.bottom - line.top, 1.0)
    if len(words) < 2 or not _WHOLE.fullmatch(words[-1].text) or YEAR_CELL.match(words[-1].text):
        return None
    if not ALPHA.search(words[-2].text) or words[-1].x0 - words[-2].x1 < 2 * height:
        return None
    return words[-1]


def _aligned(rows: list[Line]) -> bool:
    rights = [r.words[-1].x1 for r in rows]
    height = max(rows[0].bottom - rows[0].top, 1.0)
    return max(rights) - min(rights) < 1.5 * height and \
        all(b.top - a.bottom < 2 * height for a, b in zip(rows, rows[1:], strict=False))


def _heads(header: Line, rows: list[Line]) -> bool:
    last = header.words[-1]
    left = min(r.words[-1].x0 for r in rows)
    right = max(r.words[-1].x1 for r in rows)
    height = max(rows[0].bottom - rows[0].top, 1.0)
    return bool(ALPHA.search(last.text)) and last.x1 > left - height and \
        last.x0 < right + height and rows[0].top - header.bottom < 2.5 * height


def _columns(rows: list[Line]) -> list[tuple[float, float]]:
    """Column extents: the horizontal spans of the rows' numbers, merged where they overlap."""
    spans = sorted((w.x0, w.x1) for row in rows for w in split_row(row)[1])
    columns: list[list[float]] = []
    for x0, x1 in spans:
        if columns and x0 <= columns[-1][1]:
            columns[-1][1] = max(columns[-1][1], x1)
        else:
            columns.append([x0, x1])
    return [(a, b) for a, b in columns]


def _table(above: list[Line], rows: list[Line]) -> Table | None:
    numbered = [r for r in rows if is_row(r)]
    if not numbered or (max(len(split_row(r)[1]) for r in numbered) < MIN_NUMBERS
                        and len(numbered) < MIN_SINGLE_ROWS
                        and not all(r.single for r in numbered)):
        return None  # one amount on a line or two is a sentence's, not a table's
    columns = _columns(numbered)
    if len(columns) < 1:
        return None
    slots = slots_of(columns)
    label_right = slots[0][0]
    header_lines = heading_lines(above, rows[0], slots)
    while header_lines and _is_heading(header_lines[-1], label_right):
        rows = [header_lines.pop(), *rows]  # "1 RECURSOS ORDINARIOS": the first group's name
    heads: list[list[str]] = [[] for _ in columns]
    label_head: list[str] = []
    label_edge = _label_edge(numbered)
    over_columns: list[list[HeaderRun]] = []
    for line in header_lines:
        reaching = reaching_left(line.words, label_right, max(line.bottom - line.top, 1.0))
        left = [w for w in line.words if w.x1 <= label_right]
        own = left[: len(left) - reaching]
        # A header word nearer the first column of numbers than the row labels heads that
        # column, however narrow ("Charlas" over a column of "3" and "8").
        past = [w for w in own if label_edge is not None
                and columns[0][0] - w.x1 < w.x0 - label_edge]
        label_head += [w.text for w in own if w not in past]
        heads[0] += [w.text for w in past + left[len(left) - reaching:]]
        over_columns.append(header_runs(line.words[len(left):], slots,
                                  max(line.bottom - line.top, 1.0)))
    for line_runs in merged_heads(over_columns):
        for run in line_runs:
            for word, over in zip(run.words, run.columns, strict=True):
                for c in over:
                    heads[c].append(word.text)
    body: list[list[str | None]] = []
    for row in rows:
        label, cells = split_row(row)
        out: list[str | None] = [" ".join(w.text for w in label) or None] + [None] * len(columns)
        for cell in cells:
            over = column_of(cell, slots)
            if over:
                out[1 + over[0]] = cell.text
        body.append(out)
    header: list[str | None] = [" ".join(label_head) or None] + [" ".join(h) or None for h in heads]
    title_lines = above[: len(above) - len(header_lines)][-TITLE_LINES:]
    top = min(line.top for line in header_lines + rows)
    words = [w for r in rows for w in r.words]
    bbox = (min(w.x0 for w in words), top, max(w.x1 for w in words), rows[-1].bottom)
    return Table(rows=[header, *body], bbox=bbox,
                 title="\n".join(line.text for line in title_lines), source="layout")


def _label_edge(rows: list[Line]) -> float | None:
    """The right edge of the rows' labels, None for a table whose rows have none."""
    edges = [w.x1 for row in rows for w in split_row(row)[0]]
    return max(edges) if edges else None


def _is_heading(line: Line, label_right: float) -> bool:
    """A numbered line wholly left of the numbers names a group of rows, not a column."""
    return all(w.x1 <= label_right for w in line.words) and bool(CODE.match(line.words[0].text))


_NUMBER_CELL = re.compile(r"\d")


def with_ruled(found: list[Table], ruled: list[Table]) -> list[Table]:
    """A page's tables by position, with its ruled grids in place of the ones they cover.

    Where rules draw a grid of figures, pdfplumber's cells follow them exactly, while
    positions may split a right-aligned amount from a header set over its column's left
    edge, making more columns than the rules draw. So a table by position with more columns
    than the grids that cover it gives way to them; one with as many keeps its reading
    (its header may hold a unit the rules leave outside the grid). A ruled table counts as
    a grid when it has two rows and two columns and a figure below its first row; rules
    that only frame a title block are no grid. A grid takes the title of the first table
    it replaces."""
    grids = [g for g in ruled if _is_grid(g)]
    kept: list[Table] = []
    titles: dict[int, str] = {}
    vetoed: set[int] = set()
    for table in found:
        over = [i for i, grid in enumerate(grids) if _overlap(table, grid) > 0]
        if over and sum(_overlap(table, grids[i]) for i in over) >= 0.6 * _height(table) \
                and all(_width(table) > _width(grids[i]) for i in over):
            titles.setdefault(over[0], table.title)
        else:  # a table by position reaching well outside the grids: keep the positions
            kept.append(table)
            vetoed.update(over)
    placed = [replace(grid, title=titles.get(i, ""), source="ruled")
              for i, grid in enumerate(grids) if i not in vetoed]
    return sorted(kept + placed, key=lambda t: t.bbox[1] if t.bbox else 0.0)


def _is_grid(table: Table) -> bool:
    rows = [row for row in table.rows if any(cell and cell.strip() for cell in row)]
    width = max((sum(1 for cell in row if cell and cell.strip()) for row in rows), default=0)
    return len(rows) >= 2 and width >= 2 and table.bbox is not None and any(
        cell and _NUMBER_CELL.search(cell) for row in rows[1:] for cell in row[1:])


def _overlap(table: Table, grid: Table) -> float:
    """How much of their height two tables share."""
    if table.bbox is None or grid.bbox is None:
        return 0.0
    return max(0.0, min(table.bbox[3], grid.bbox[3]) - max(table.bbox[1], grid.bbox[1]))


def _width(table: Table) -> int:
    return max((len(row) for row in table.rows), default=0)


def _height(table: Table) -> float:
    return table.bbox[3] - table.bbox[1] if table.bbox else 0.0
