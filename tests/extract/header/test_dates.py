"""Dates as letters write them, Spanish and English, back to ISO dates."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from oficio.extract.header.dates import find_dates, parse_date

ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "setiembre",
      "octubre", "noviembre", "diciembre"]  # fmt: skip
EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December"]  # fmt: skip
STYLES = [
    lambda d: f"Lima, {d.day} de {ES[d.month - 1]} de {d.year}",
    lambda d: f"{d.day:02d} de {ES[d.month - 1].capitalize()} del {d.year}",
    lambda d: f"{d.day} {ES[d.month - 1].upper()} {d.year}",
    lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    lambda d: f"{d.day}.{d.month}.{d.year}",
    lambda d: f"{d.year}-{d.month:02d}-{d.day:02d}",
    lambda d: f"{d.day} {EN[d.month - 1]} {d.year}",
    lambda d: f"{EN[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{EN[d.month - 1][:3]}. {d.day}, {d.year}",
    lambda d: f"Cajamarca, {d.day} de {ES[d.month - 1]} del año {d.year}",
    lambda d: f"{EN[d.month - 1]} {d.day}th, {d.year}",
]


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31)),
       st.integers(min_value=0, max_value=len(STYLES) - 1))  # fmt: skip
def test_any_date_in_any_style_parses_back(value, style):
    assert parse_date(STYLES[style](value)) == value


@pytest.mark.parametrize(("text", "expected"), [
    ("Lima, 15 de agosto de 2018", date(2018, 8, 15)),
    ("15 de agosto del 2018", date(2018, 8, 15)),
    ("1° de setiembre de 2018", date(2018, 9, 1)),
    ("5 de septiembre de 2017", date(2017, 9, 5)),
    ("03/09/2018", date(2018, 9, 3)),
    ("3 September 2018", date(2018, 9, 3)),
    ("September 3, 2018", date(2018, 9, 3)),
    ("3rd of September, 2018", date(2018, 9, 3)),
    ("15-ago-2018", date(2018, 8, 15)),
])  # fmt: skip
def test_formats_seen_in_replies(text, expected):
    assert parse_date(text) == expected


def test_impossible_dates_and_bare_years_are_not_dates():
    assert parse_date("31 de febrero de 2018") is None
    assert parse_date("Ley N° 28950 del año 2007") is None
    assert parse_date("en mayo 2018") is None


def test_find_dates_gives_offsets_into_the_text():
    text = "Recibido el 02/08/2018 y respondido el 15 de agosto de 2018."
    found = find_dates(text)
    assert [f.value for f in found] == [date(2018, 8, 2), date(2018, 8, 15)]
    assert text[found[1].start : found[1].end] == "15 de agosto de 2018"
