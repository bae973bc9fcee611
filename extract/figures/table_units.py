"""Figures read from a page's tables, each with the unit the document states for it.

A budget table states its unit once: in a cell (``S/ 1,200.00``), in the column's header
(``Presupuesto asignado (S/)``), in its caption, or in the page's title block
(``(EN NUEVOS SOLES)``, ``Expresado en miles de soles``). A number takes the nearest
statement, in that order, and keeps where it came from (``unit_source``). Under a ``%`` or
``Avance`` header numbers are percentages; under ``N°``, ``Cantidad``, ``Meta física`` or
``Casos`` they are counts of the header's noun. Each figure keeps its row label and its
column header; its role and year come from the header, the row or the title.

Cells are found again in the page text so that every figure has its span there; a cell
that cannot be found is left out (precision before recall).
"""

from __future__ import annotations

import re

from oficio.extract.figures.counts import singular
from oficio.extract.figures.figure import Figure
from oficio.extract.figures.figure_context import YEAR
from oficio.extract.figures.money import currency_of, other_currency
from oficio.extract.figures.numbers import parse_money_cell, plain_number
from oficio.extract.figures.table_labels import (
    DONE,
    GROUP_SEPARATOR,
    NUMBER_HEAD,
    STATE_HEAD,
    caption_noun,
    count_cell,
    kind_noun,
    lead_in_noun,
    names_no_noun,
    numbers_rows,
    one_year,
    plural_noun,
    unwrapped_rows,
    year_cells,
)
from oficio.extract.figures.table_roles import cell_role, role_of, row_role, table_role
from oficio.extract.figures.table_shares import shares_as_percents
from oficio.extract.figures.unit_statements import (
    Unit,
    marked_unit,
    note_below,
    note_units,
    notes_below,
    stated_unit,
    title_end,
    unit_of_page,
    unit_of_title,
)
from oficio.extract.read.document import Page, Table
from oficio.extract.read.layout_lines import CELL_SIGN, NUMBER

_OCR_DOLLAR = r"\(\s*US\s?[s5$]\s*\)|\bUSD\b"


# "(SI)", "(S|)", "(sn" (or "sn", its bracket dropped with the cell's rules): OCR's readings
# of "(S/)" in a header, "(uss)", "(US5)" of "(US$)"; over a column of numbers nothing else
# is meant
_HEAD_SIGN = re.compile(r"S\s?/\.?|US\$|\bsoles\b|\bd[oó]lares\b|\bmiles\s+de\s+soles\b"
                        r"|\(\s*S\s?[|Il]\.?\s*\)|(?:\(\s*|\b)sn\b\)?|" + _OCR_DOLLAR, re.I)


_PERCENT_HEAD = re.compile(r"%|\bavance\b|porcentaje|\bprogress\b", re.I)


_COUNT_HEAD = re.compile(
    r"^\s*(?:n(?:[°º]|o\.|\.)\s*(?:de\s+)?|nro\.?\s*(?:de\s+)?|n[uú]mero\s+de\s+|cantidad(?:\s+de)?\s*|"
    r"total\s+de\s+)(?P<noun>[^\W\d_]+)|meta\s+f[ií]sica|\bcasos\b|\bbeneficiari|\bparticipantes",
    re.I,
)


_SKIP_HEAD = re.compile(
    r"^\s*(?:n(?:[°º]|o\.|\.)?|nro\.?|item|ítem|c[oó]digo|cod\.?|clasificador|a[ñn]o|year|fecha|"
    r"ff|fuente|meta|dni|ruc|tel[eé]fono)\s*$",
    re.I,
)


def _is_code_column(cells: list[str]) -> bool:
    """Small whole numbers only (fuente "1", "2"): codes, not amounts."""
    return all(re.fullmatch(r"\d{1,3}", c) for c in cells)


def table_figures(page: Page, decimal_hint: str | None) -> list[Figure]:
    """The figures of every table of ``page`` that states or implies a unit."""
    found: list[Figure] = []
    used: set[int] = set()
    page_unit, notes = unit_of_page(page), note_units(page.text)
    below = notes_below(page)
    title_ends = [title_end(table, page.text) for table in page.tables]
    previous: tuple[Table, Unit] | None = None
    for i, table in enumerate(page.tables):
        unit = unit_of_title(table, page_unit) or note_below(i, title_ends, below,
                                                               len(page.text))
        if unit is None and not table.title.strip() and previous is not None and \
                _same_columns(previous[0], table):
            # "Año 2022" under the table of "Año 2021", with the same columns: the unit
            # stated once above the first ("Expresado en miles de soles") is the second's
            unit = previous[1]
        if unit is not None:
            previous = (table, unit)
        found += _figures(table, page, decimal_hint, used, unit, notes)
    return found


def _same_columns(one: Table, other: Table) -> bool:
    """Whether two tables have the same columns: their headers end on the same words
    ("Año 2021 PIA" and "Año 2022 PIA")."""
    def last_words(table: Table) -> list[str]:
        return [(cell or "").split()[-1].lower() if (cell or "").split() else ""
                for cell in table.rows[0]] if table.rows else []
    words = last_words(one)
    return len(words) >= 2 and words == last_words(other)


def _figures(table: Table, page: Page, hint: str | None, used: set[int],
             title_unit: Unit | None, notes: dict[str, Unit]) -> list[Figure]:
    if len(table.rows) < 2:
        return []
    header = [" ".join((h or "").split()) for h in table.rows[0]]
    body = unwrapped_rows(table.rows[1:])
    # A unit stated in the header row ("montos expresados en soles", "Presupuesto (S/)"
    # merged over PIM and Devengado) is the table's, for its budget columns.
    header_unit = _header_unit(header)
    caption = table_role(header, table.title)
    table_noun = next((noun for h in header[1:] if (noun := plural_noun(h, True))), None) \
        or kind_noun(header[0])
    figures: list[Figure] = []
    cursor, group = 0, ""
    for row in body:
        label = " ".join((row[0] or "").split()) if row else ""
        if label and not any(row[1:]):
            group = label  # a heading row ("1 RECURSOS ORDINARIOS") names the rows below it
            continue
        if group and label:
            label = f"{group}{GROUP_SEPARATOR}{label}"
        for c, raw in enumerate(row):
            cell = " ".join((raw or "").split())
            if c == 0 or not cell or c >= len(header) or not NUMBER.match(cell.replace(" ", "")):
                continue
            column = [" ".join((r[c] or "").split()) for r in body if c < len(r) and r[c]]
            restored = _point_restored(cell, column)
            unit = header_unit if header_unit and \
                _budget_column(header[c], restored, header_unit, label) else title_unit
            unit = marked_unit(header[c], notes) or unit
            figure = _figure(cell, header[c], column, unit, hint, table.title, label, caption,
                             table_noun)
            if figure is None:
                continue
            span = _locate(page.text, cell, cursor, used)
            if span is None:
                continue
            cursor = span[1]
            figure.page, figure.start, figure.end = page.number, span[0], span[1]
            figure.text = page.text[span[0]:span[1]]
            figure.row, figure.column = label or None, header[c] or None
            figure.year = one_year(header[c], label, year_cells(row), table.title)
            figures.append(figure)
    return shares_as_percents(figures)


def _figure(cell: str, head: str, column: list[str], title_unit: Unit | None,
            hint: str | None, title: str = "", row: str = "",
            caption: str | None = None, table_noun: str | None = None) -> Figure | None:
    if YEAR.fullmatch(cell):
        return None
    if _SKIP_HEAD.match(head):
        # "N°" over numbers that do not number the rows ("641", "597" under a year):
        # how many of what the table's caption names, else of what the row names
        # ("Derivaciones a la UPE" | "3").
        noun = caption_noun(title) or plural_noun(row) if NUMBER_HEAD.match(head) and \
            not numbers_rows(column) and title_unit is None else None
        # "Meta" over "30" in a table of no money (a SIAF meta's code is "0030", in a
        # budget): the target number of what the row names ("Talleres en colegios").
        if re.fullmatch(r"\s*metas?\s*", head, re.I) and title_unit is None and \
                not cell.startswith("0"):
            noun = plural_noun(row)
        return count_cell(cell, noun) if noun else None
    if cell.endswith("%") or (_PERCENT_HEAD.search(head) and not _HEAD_SIGN.search(head)
                              and not _amount_under_role(cell, head)):
        value = plain_number(cell.rstrip("%"))
        return None if value is None else Figure("percent", value, unit_source="column")
    count = _COUNT_HEAD.search(head)
    if count and not _HEAD_SIGN.search(head):
        if not re.fullmatch(r"\d{1,3}(?:[ .,]\d{3})*|\d+", cell):
            return None
        noun = count.group("noun") or plural_noun(head, True)
        what = singular(noun.lower()) if noun else None
        return Figure("count", float(re.sub(r"\D", "", cell)), what=what, unit_source="column")
    unit = _cell_unit(cell) or _head_unit(head) or _row_unit(row) or title_unit
    if unit is not None and unit.source != "cell" and "%" in head and _HEAD_SIGN.search(head):
        unit = None  # "Año 2023 (%, S/)": the cells say which are money; a bare one counts
    if unit is None:
        # A column that names no noun ("Total", "2022") counts what the caption names, else
        # what the other headers of the table count ("Hombres", "Mujeres", then "Total").
        noun = plural_noun(head, True) or plural_noun(row) or \
            (caption_noun(title) or lead_in_noun(title) or table_noun if names_no_noun(head)
             else None) or \
            (table_noun if STATE_HEAD.match(head) else None)
        if noun and re.fullmatch(r"\d{1,3}(?:[ .,]\d{3})*|\d+", cell):
            # "Talleres realizados", "Casos atendidos": a plural noun heads a column of
            # whole numbers in a table that states no money unit (or, under a period's
            # column, "Ene-Jun", labels the row).
            return Figure("count", float(re.sub(r"\D", "", cell)), what=singular(noun.lower()),
                          unit_source="column")
        return None
    if unit.source in ("caption", "page") and (_is_code_column(column) and
                                               not _thousands_column(head, unit)
                                               or DONE.search(head)):
        # "Actividades realizadas" over "6", "11" or "Módulos concluidos" over "1,240" in a
        # table whose caption states soles for its budget: how many, not codes or amounts.
        noun = plural_noun(head)
        return count_cell(cell, noun) if noun and not role_of(head) else None
    if unit.source in ("caption", "page") and _counted_row(cell, row, column):
        # "Docentes capacitados ⋯ 150 200 250" above "Presupuesto programado ⋯ 45,000.00"
        # under a caption "(montos en soles)": the soles are the budget row's.
        return count_cell(cell, plural_noun(row) or "")
    if re.fullmatch(r"0\d{2,}", cell):
        return None  # "0079", "0042": a meta's or a programme's code; no amount is so written
    negative = cell.startswith(("-", "(")) or cell.endswith(")")
    bare = re.sub(rf"^[-(]?(?:{CELL_SIGN})?\s*|\s(?:{CELL_SIGN})$", "", cell)
    digits = _point_restored(bare.rstrip(")"),
                             column)
    value = parse_money_cell(digits, hint)
    if value is None:
        return None
    value = -value if negative else value
    return Figure("money", round(value * unit.scale, 2), unit.currency,
                  role=cell_role(head, title, row, caption), unit_source=unit.source)


def _thousands_column(head: str, unit: Unit) -> bool:
    """A year's or a budget stage's column in a table of thousands or millions of soles:
    its small whole numbers ("60", "140" under "2023") are amounts, written without
    decimals at that scale, not codes."""
    return unit.scale > 1 and _year_or_stage(head)


def _year_or_stage(head: str) -> bool:
    """A column headed by a year ("2023") or by a budget stage ("PIM", "Presupuesto")."""
    return bool(YEAR.fullmatch(head.strip()) or role_of(head))


def _amount_under_role(cell: str, head: str) -> bool:
    """An amount in thousands ("598,212.30") under a header that names a budget role
    beside "Avance" ("Devengado Avance": OCR lost the percent column's cells, and its
    header word fell over the amounts' column): money, not a percentage."""
    return bool(role_of(head)) and bool(re.search(r"\d[.,]\d{3}", cell))


def _point_restored(cell: str, column: list[str]) -> str:
    """"237" in a column of "3.40", "0.74", "1.88" (millions of soles), "415" in one of
    "38.0", "102.3" (thousands): OCR lost the cell's decimal point, which stood before its
    last digits like its neighbours' (as many as theirs, one or two)."""
    others = [c for c in column if c != cell]
    for decimals in (2, 1):
        if re.fullmatch(r"\d{3,5}", cell) and len(others) >= 2 \
                and all(re.fullmatch(rf"\d{{1,3}}[.,]\d{{{decimals}}}", c) for c in others):
            separator = "," if "," in others[0] else "."
            return f"{cell[:-decimals]}{separator}{cell[-decimals:]}"
    return cell


def _budget_column(head: str, cell: str, unit: Unit, row: str = "") -> bool:
    """A column of amounts of a budget (PIM, Devengado), not of physical targets ("Meta
    programada"): its header names a budget role, or a year under a unit stated over
    several years' columns ("Presupuesto por año (en soles)" over "2019 2020 2021"), or
    its row does in a table turned the other way (rows PIA, PIM, Devengado under "En soles"
    over the lines of action); and its cell is written as an amount (in thousands or
    millions, "62.5" is one)."""
    amount = r"[.,]\d{2}$|\d[.,' ]\d{3}" + (r"|\d[.,]\d$" if unit.scale > 1 else "")
    return (_year_or_stage(head) or row_role(row) is not None) and \
        not re.search(r"\bmeta", head, re.I) and bool(re.search(amount, cell))


def _header_unit(header: list[str]) -> Unit | None:
    for head in header:
        unit = _head_unit(head)
        if unit:
            return Unit(unit.currency, unit.scale, "column")
    return None


def _cell_unit(cell: str) -> Unit | None:
    sign = re.match(rf"\(?({CELL_SIGN})", cell) or re.search(rf"\s({CELL_SIGN})$", cell)
    return Unit(currency_of(sign.group(1)), 1.0, "cell") if sign else None


def _row_unit(row: str) -> Unit | None:
    """A transposed table's unit, in brackets in its row's label ("Project expenditure
    (USD)" beside year columns)."""
    bracket = re.search(r"\([^()]*\)\s*$", row)
    unit = _head_unit(bracket.group(0)) if bracket else None
    return Unit(unit.currency, unit.scale, "row") if unit else None


# A currency other than soles and dollars named by its code or sign in brackets, or after
# "in"/"en": "Amount (EUR)", "Monto en EUR", "Importe (€)".
_HEAD_CODE = re.compile(r"\(\s*(?P<code>[A-Z]{3}|[€£¥])\s*\)|\b(?:in|en)\s+(?P<word>[A-Z]{3})\b")


_LOOSE_SCALE = re.compile(r"\b(?:miles|millones|thousands|millions)\b", re.I)


def _head_unit(head: str) -> Unit | None:
    unit = stated_unit(head, "column")
    if unit:
        return unit
    code = _HEAD_CODE.search(head)
    other = other_currency(code.group("code") or code.group("word")) if code else None
    if other:
        return Unit(other, 1.0, "column")
    sign = _HEAD_SIGN.search(head)
    if not sign or _LOOSE_SCALE.search(head):
        return None  # "en miles A EAS nde soles": OCR broke the scale from its currency
    dollar = re.fullmatch(_OCR_DOLLAR, sign.group(0), re.I)
    return Unit("USD" if dollar else currency_of(sign.group(0)), 1.0, "column")


def _locate(text: str, cell: str, cursor: int, used: set[int]) -> tuple[int, int] | None:
    """Where ``cell`` stands in ``text``: its first unused place from ``cursor`` on, else
    from the start (a text layer may hold a table's rows out of order)."""
    # A text layer may break a cell's number over two runs ("3" and "45,270.08").
    pattern = re.compile(r"(?<![\d.,])" + r"\s?".join(re.escape(c) for c in cell.replace(" ", ""))
                         + r"(?![\d]|[.,]\d)")
    for start in (cursor, 0):
        for match in pattern.finditer(text, start):
            if match.start() not in used:
                used.add(match.start())
                return match.start(), match.end()
    return None

_DECIMALS = re.compile(r"[.,]\d{1,2}$")


def _counted_row(cell: str, row: str, column: list[str]) -> bool:
    """A row of whole numbers labelled by a plural noun ("Docentes capacitados") in a
    column whose amounts, in other rows, are written with cents, or with the one decimal
    of thousands ("Servidores capacitados ⋯ 150" over "Presupuesto programado ⋯ 310.0")."""
    return bool(plural_noun(row)) and not role_of(row) and not _DECIMALS.search(cell) and \
        any(_DECIMALS.search(other) for other in column)
