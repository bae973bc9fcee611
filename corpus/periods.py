"""Requested periods written on the command line: ``START:END`` in ISO dates."""

from __future__ import annotations

from datetime import date

from oficio.errors import ExitCode, OficioError
from oficio.i18n import N_
from oficio.labels import Period


class BadPeriodError(OficioError):
    code = "E105"
    exit_code = ExitCode.bad_args
    hint = N_("Write the period as START:END in ISO dates, e.g. 2017-01-01:2018-06-30.")

    def what(self) -> str:
        return N_("the period is not valid")


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
