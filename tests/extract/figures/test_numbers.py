"""Numbers written in Peruvian, Spanish and English styles parse to the right float."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from oficio.extract.figures.numbers import (
    decimal_separator,
    parse_amount,
    parse_digits,
    parse_money_cell,
    words_to_number,
)
from tests.extract.figures.number_words import english, spanish


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("1,030,908.00", 1030908.0),
        ("568 820,00", 568820.0),
        ("8 231 751,70", 8231751.70),
        ("1.030.908,00", 1030908.0),
        ("16,350", 16350.0),
        ("2.5", 2.5),
        ("33.67", 33.67),
        ("33,67", 33.67),
        ("1.030.908", 1030908.0),
        ("725", 725.0),
        # OCR damage
        ("2, 963, 328", 2963328.0),
        ("1 ,030,908", 1030908.0),
        (".986,597", 986597.0),
    ],
)
def test_digits_parse(raw: str, value: float) -> None:
    assert parse_digits(raw) == pytest.approx(value)


@pytest.mark.parametrize("raw", ["2.5.1", "1,030,90", "12,34,567", "abc", ""])
def test_not_one_number(raw: str) -> None:
    assert parse_digits(raw) is None


def test_lone_separator_with_three_digits_follows_the_document() -> None:
    # In a document that writes 1.030.908,00 the comma is decimal: 16,350 is 16.35.
    hint = decimal_separator(["1.030.908,00", "33,67", "16,350"])
    assert hint == ","
    assert parse_digits("16,350", hint) == pytest.approx(16.35)
    # In a document that writes 1,030,908.00 the comma groups thousands.
    hint = decimal_separator(["1,030,908.00", "33.67", "16,350"])
    assert hint == "."
    assert parse_digits("16,350", hint) == 16350.0


def test_no_evidence_gives_no_hint() -> None:
    assert decimal_separator(["16,350", "725"]) is None


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("dos millones quinientos mil", 2_500_000),
        ("doscientos", 200),
        ("doce", 12),
        ("veintiún", 21),
        ("Ciento veinte mil trescientos cuarenta y cinco", 120_345),
        ("un millón", 1_000_000),
        ("mil millones", 1_000_000_000),
        ("two million five hundred thousand", 2_500_000),
        ("twenty-one", 21),
        ("one hundred and five", 105),
    ],
)
def test_words(words: str, value: int) -> None:
    assert words_to_number(words) == value


@pytest.mark.parametrize("words", ["dos personas", "y", "millones y", "treinta y"])
def test_not_number_words(words: str) -> None:
    assert words_to_number(words) is None


@pytest.mark.parametrize(
    ("raw", "value"),
    [("2.5 millones", 2_500_000), ("2,5 millones", 2_500_000), ("500 mil", 500_000),
     ("3 million", 3_000_000), ("1,2 millones de", None)],
)
def test_amount_with_scale_word(raw: str, value: float | None) -> None:
    if value is None:
        assert parse_amount(raw) is None
    else:
        assert parse_amount(raw) == pytest.approx(value)


def _group(integer: int, sep: str) -> str:
    return f"{integer:,}".replace(",", sep)


STYLES = {
    "us": lambda i, c: f"{_group(i, ',')}.{c:02d}",
    "peru_dot": lambda i, c: f"{_group(i, '.')},{c:02d}",
    "space_comma": lambda i, c: f"{_group(i, ' ')},{c:02d}",
    "space_dot": lambda i, c: f"{_group(i, ' ')}.{c:02d}",
    "plain_dot": lambda i, c: f"{i}.{c:02d}",
    "plain_comma": lambda i, c: f"{i},{c:02d}",
}
INTEGER_STYLES = {
    "comma_groups": lambda i: _group(i, ","),
    "dot_groups": lambda i: _group(i, "."),
    "space_groups": lambda i: _group(i, " "),
    "plain": str,
}


@settings(max_examples=300, deadline=None)
@given(
    integer=st.integers(min_value=0, max_value=999_999_999),
    cents=st.integers(min_value=0, max_value=99),
    style=st.sampled_from(sorted(STYLES)),
)
def test_any_style_parses_back(integer: int, cents: int, style: str) -> None:
    written = STYLES[style](integer, cents)
    assert parse_digits(written) == pytest.approx(integer + cents / 100)


@settings(max_examples=200, deadline=None)
@given(
    integer=st.integers(min_value=0, max_value=999_999_999),
    style=st.sampled_from(sorted(INTEGER_STYLES)),
)
def test_any_integer_style_parses_back(integer: int, style: str) -> None:
    assert parse_digits(INTEGER_STYLES[style](integer)) == integer


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=999_999_999))
def test_words_parse_back(integer: int) -> None:
    assert words_to_number(spanish(integer)) == integer
    assert words_to_number(english(integer)) == integer


def test_space_after_separator_means_thousands_whatever_the_document_says() -> None:
    assert parse_digits("9, 876", ",") == 9876.0


def test_digits_other_than_0_to_9_are_not_numbers():
    # Found by bench/fuzz.py: "³".isdigit() is true but float("³") raised ValueError.
    assert parse_digits("³") is None
    assert parse_digits("1.000,³") is None


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("5017 342,18", 5017342.18),  # OCR lost the space of "5 017 342,18"
        ("12604 118,00", 12604118.0),
        ("1309 220 415,50", 1309220415.5),
        ("7 205,40", 7205.4),  # well-formed amounts read as parse_digits reads them
        ("61092,75", 61092.75),
    ],
)
def test_money_cell_with_its_first_groups_glued(raw: str, value: float) -> None:
    assert parse_money_cell(raw) == pytest.approx(value)


@pytest.mark.parametrize("raw", ["5017 342", "2019 480", "5017 34,18", "12 4017 342,18"])
def test_glued_groups_need_two_decimals_and_whole_groups(raw: str) -> None:
    # without the cents, "2019 480" may be a year and a count: not one amount
    assert parse_money_cell(raw) is None
    assert parse_digits(raw) is None


@pytest.mark.parametrize(
    ("raw", "value"),
    [("20,418,336,40", 20418336.4), ("7.052.190.05", 7052190.05), ("918,004,75", 918004.75)],
)
def test_money_cell_whose_decimal_point_ocr_read_as_a_thousands_comma(raw: str,
                                                                      value: float) -> None:
    assert parse_digits(raw) is None  # in running text this is no number
    assert parse_money_cell(raw) == pytest.approx(value)


@settings(max_examples=300, deadline=None)
@given(
    integer=st.integers(min_value=1_000_000, max_value=999_999_999),
    cents=st.integers(min_value=0, max_value=99),
    sep=st.sampled_from([",", "."]),
)
def test_any_amount_with_its_first_two_groups_glued_parses_back(integer: int, cents: int,
                                                                sep: str) -> None:
    head, _, rest = _group(integer, " ").partition(" ")  # "5 017 342" -> "5017 342"
    written = f"{head}{rest}{sep}{cents:02d}"
    assert parse_money_cell(written) == pytest.approx(integer + cents / 100)


@settings(max_examples=300, deadline=None)
@given(
    integer=st.integers(min_value=0, max_value=999_999_999),
    cents=st.integers(min_value=0, max_value=99),
    style=st.sampled_from(sorted(STYLES)),
)
def test_money_cells_read_well_formed_amounts_as_parse_digits(integer: int, cents: int,
                                                              style: str) -> None:
    written = STYLES[style](integer, cents)
    assert parse_money_cell(written) == parse_digits(written)
