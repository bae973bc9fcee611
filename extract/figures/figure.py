"""A figure (a money amount, a count or a percentage) as the extractors give it: the row of
figures.csv (docs/output.md) with where it stands in its page."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

FigureKind = Literal["money", "count", "percent"]


@dataclass
class Figure:
    """One figure, as a row of figures.csv (``page`` is 1-based; offsets into Page.text)."""

    kind: FigureKind
    value: float
    currency: str | None = None
    what: str | None = None
    year: int | None = None
    role: str | None = None
    page: int = 0
    start: int = 0
    end: int = 0
    text: str = ""
    row: str | None = None  # in a table: the row's label
    column: str | None = None  # in a table: the column's header
    unit_source: str | None = None  # where the unit was stated: cell, column, caption, page

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
