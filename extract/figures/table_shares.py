"""A table column of shares: each number is its row's part of another column's total.

When OCR or a layout loses a "%" heading (the header read as "Monto (miles de soles) ----"
over two columns), the shares beside an amount column are read as amounts too. Their
numbers say what they are: each is 100 times its row's amount over the total, and the
total row holds 100. Such a column is given back as percentages.
"""

from __future__ import annotations

from dataclasses import replace

from oficio.extract.figures.figure import Figure
from oficio.extract.figures.numbers import plain_number

# A share printed with one decimal is off by up to 0.05, and rounded shares may not add up
# to exactly 100.
TOLERANCE = 0.15
MIN_ROWS = 3  # rows besides the total: fewer could agree by chance


def shares_as_percents(figures: list[Figure]) -> list[Figure]:
    """``figures`` of one table, with each money column of shares of another money column
    turned into percentages."""
    columns: dict[str | None, dict[str | None, Figure]] = {}
    for figure in figures:
        if figure.kind == "money" and figure.row:
            columns.setdefault(figure.column, {})[figure.row] = figure
    shares: set[int] = set()
    for amounts in columns.values():
        total = _total_row(amounts)
        if total is None:
            continue
        for cells in columns.values():
            if cells is not amounts and _are_shares(cells, amounts, total):
                shares |= {id(figure) for figure in cells.values()}
    return [_percent(figure) if id(figure) in shares else figure for figure in figures]


def _total_row(amounts: dict[str | None, Figure]) -> str | None:
    """The row whose amount is the sum of the others' (the total row), if one is."""
    if len(amounts) <= MIN_ROWS:
        return None
    whole = sum(figure.value for figure in amounts.values())
    for row, figure in amounts.items():
        if figure.value > 0 and abs(2 * figure.value - whole) <= 0.005 * figure.value:
            return row
    return None


def _are_shares(cells: dict[str | None, Figure], amounts: dict[str | None, Figure],
                total: str | None) -> bool:
    if total not in cells or set(cells) != set(amounts):
        return False
    numbers = {row: plain_number(figure.text) for row, figure in cells.items()}
    if any(number is None for number in numbers.values()):
        return False
    if abs(numbers[total] - 100) > TOLERANCE:
        return False
    base = amounts[total].value
    return all(abs(numbers[row] - 100 * amounts[row].value / base) <= TOLERANCE
               for row in cells if row != total)


def _percent(figure: Figure) -> Figure:
    value = plain_number(figure.text)
    return replace(figure, kind="percent", value=value if value is not None else figure.value,
                   currency=None, role=None, unit_source=None)
