"""Working days between a request and its reply, and whether the legal term was met.

Law 27806 (as amended in 2017) gives an institution a term of working days (días
hábiles) to answer, counted from the day after the request was filed. Working days
exclude Saturdays, Sundays and Peruvian national holidays (``feriados``), taken from the
``holidays`` package (country ``PE``), which for 2017-2019 lists New Year, Holy Thursday
and Good Friday, 1 May, 29 June, 28-29 July, 30 August, 8 October, 1 November,
8 and 25 December.

Not counted as holidays: the non-working days the government decrees year by year for
the public sector (``días no laborables``, e.g. a Friday next to a holiday). Offices were
closed, but the days are decreed for each year (and recovered later) and the law's term
counts ``días hábiles``; add them with ``OFICIO_NON_WORKING_DAYS`` (comma-separated ISO
dates) or the ``non_working`` argument when the team decides they should not count.
Holidays created after 2019 (7 June, 23 July, 6 August, 9 December) are in the package for the
years they apply to.

A request filed on a Saturday, Sunday or holiday is counted, as the labeling guide says,
from the next day: the first working day after filing is day 1.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from functools import cache

from oficio.settings import value


def legal_term_days() -> int:
    """The term in working days (setting ``legal_term_days``, ``OFICIO_LEGAL_TERM_DAYS``,
    default 10); ConfigError, a ValueError, when it is not a whole number of 1 or more."""
    return value("legal_term_days")


def extra_non_working_days() -> frozenset[date]:
    """Decreed non-working days (setting ``non_working_days``, ``OFICIO_NON_WORKING_DAYS``:
    ``2018-07-27,...``)."""
    return value("non_working_days") or frozenset()


@cache
def _national_holidays(year: int) -> frozenset[date]:
    import holidays

    return frozenset(holidays.country_holidays("PE", years=year))


def is_working_day(day: date, non_working: Iterable[date] | None = None) -> bool:
    """False on Saturdays, Sundays, national holidays and the extra non-working days
    (``non_working``; when None, those of ``OFICIO_NON_WORKING_DAYS``)."""
    extra = extra_non_working_days() if non_working is None else frozenset(non_working)
    return day.weekday() < 5 and day not in _national_holidays(day.year) and day not in extra


def working_days(
    filed_on: date, replied_on: date, non_working: Iterable[date] | None = None
) -> int:
    """Working days after ``filed_on`` up to and including ``replied_on``.

    A reply on the filing day, or on the days after it before the first working day, is 0.
    Raises ValueError when the reply predates the request.
    """
    if replied_on < filed_on:
        raise ValueError(f"the reply ({replied_on}) predates the request ({filed_on})")
    extra = extra_non_working_days() if non_working is None else frozenset(non_working)
    count = 0
    day = filed_on + timedelta(days=1)
    while day <= replied_on:
        count += is_working_day(day, extra)
        day += timedelta(days=1)
    return count


def deadline(
    filed_on: date, term_days: int | None = None, non_working: Iterable[date] | None = None
) -> date:
    """The last day of the term: the ``term_days``-th working day after ``filed_on``
    (``term_days`` defaults to ``OFICIO_LEGAL_TERM_DAYS``)."""
    term = legal_term_days() if term_days is None else term_days
    if term < 1:
        raise ValueError(f"the term must be at least one working day, not {term}")
    extra = extra_non_working_days() if non_working is None else frozenset(non_working)
    day, counted = filed_on, 0
    while counted < term:
        day += timedelta(days=1)
        counted += is_working_day(day, extra)
    return day


def deadline_met(
    filed_on: date | None,
    replied_on: date | None,
    term_days: int | None = None,
    non_working: Iterable[date] | None = None,
) -> bool | None:
    """Whether the reply is dated on or before the deadline.

    None (unknown) when a date is missing, or when the reply predates the request (one of
    the dates is wrong, so the answer is not known).
    """
    if filed_on is None or replied_on is None or replied_on < filed_on:
        return None
    return replied_on <= deadline(filed_on, term_days, non_working)
