"""Requested periods written on the command line: ``START:END`` in ISO dates."""

from __future__ import annotations

from datetime import date

from oficio.errors import BadPeriodError
from oficio.labels import Period


def parse_period(text: str | None) -> Period | None:
    """``2017-01-01:2018-06-30`` → (start, end); None for no text."""
    if not text:
        return None
    try:
        start, end = (date.fromisoformat(part.strip()) for part in text.split(":"))
    except ValueError:
        raise BadPeriodError(detail=text) from None
    if end < start:
        raise BadPeriodError(detail=f"{text}: the end is before the start")
    return start, end
