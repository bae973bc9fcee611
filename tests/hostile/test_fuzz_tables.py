"""Fuzzing the table and cell parsers with what OCR makes of a table (issue 23, item 9).

One odd cell ("27.815.409.72" under a ``%`` header) failed a whole scanned reply. Here
tables are drawn from OCR-like cells: digits with mixed or doubled separators, stray
letters in numbers (``l2,5OO.00``), currency signs and brackets, cells run together or
split, rows shifted a column left or right, missing and extra cells. Each table goes
through every table parser (word positions, text tables, cells with units) and through the
whole extraction. No exception may escape a parser, no extractor may fail (E305), and
every figure must be a finite number whose span is the text it claims.
"""

from __future__ import annotations

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oficio.errors import EXTRACTOR_FAILED
from oficio.extract.facts import extract_facts
from oficio.extract.figures.numbers import plain_number
from oficio.extract.figures.table_units import table_figures as unit_figures
from oficio.extract.read.document import Document, Page, Table
from oficio.extract.read.layout_lines import Word
from oficio.extract.read.layout_tables import layout_tables
from oficio.extract.read.ocr_columns import columns
from oficio.extract.read.text_tables import find_text_tables

HEADERS = [
    "PIM", "PIA", "Devengado (S/)", "Avance %", "% Avance", "N° de talleres", "Meta física",
    "Año", "Ene-Jun", "Jul-Dic", "Total", "Presupuesto (EN MILES DE SOLES)", "Cantidad de "
    "víctimas", "Casos", "Certificado", "Ejecutado US$", "Beneficiarios", "Código", "2018",
    "Meta", "Devengado (S/) Avance %", "N° Actividad", "", "|",
]
LABELS = ["Huamanga", "Lima Metropolitana", "1 RECURSOS ORDINARIOS", "Talleres", "TOTAL",
          "Campañas de sensibilización", "Operativos", "2.3.2 7.11 99", "", "Denuncias"]
DIGITS = st.text(alphabet="0123456789", min_size=1, max_size=4)
SEPARATOR = st.sampled_from([".", ",", " ", "'", "..", ",.", "", "·"])
STRAY = st.sampled_from(["l", "O", "o", "S", "I", "|", "B", "%", ")", "(", "-", "S/", "S/.",
                         "US$", "*", "°", "~", "\u00a0", "e"])


@st.composite
def ocr_number(draw) -> str:
    """A figure as OCR may read it: groups of digits with any separators, letters in it."""
    parts = [draw(DIGITS)]
    for _ in range(draw(st.integers(0, 4))):
        parts += [draw(SEPARATOR), draw(DIGITS)]
    for _ in range(draw(st.integers(0, 2))):
        parts.insert(draw(st.integers(0, len(parts))), draw(STRAY))
    return "".join(parts)


CELL = st.one_of(ocr_number(), ocr_number(), st.sampled_from(LABELS + HEADERS),
                 st.none(), st.text(max_size=6))


@st.composite
def ocr_table(draw) -> list[list[str | None]]:
    """A header and rows of cells, some rows shifted a column or missing cells."""
    width = draw(st.integers(1, 6))
    header: list[str | None] = draw(st.lists(st.sampled_from(HEADERS), min_size=width,
                                             max_size=width))
    rows = [header]
    for _ in range(draw(st.integers(0, 6))):
        row = [draw(st.sampled_from(LABELS))] + draw(st.lists(CELL, min_size=width - 1,
                                                               max_size=width - 1))
        shift = draw(st.sampled_from([0, 0, 0, 1, -1, 2]))
        if shift > 0:
            row = [None] * shift + row  # OCR put the row a column to the right
        elif shift < 0:
            row = row[1:]  # or lost its first cell
        if draw(st.booleans()) and len(row) > 1:
            row[1] = f"{row[1] or ''} {row[-1] or ''}"  # two cells run together
        rows.append(row)
    return rows


def _typed(rows: list[list[str | None]], piped: bool) -> str:
    """The table as a page's text: cells apart by two spaces or pipes."""
    title = "Cuadro 2. Ejecución presupuestal 2018 (EN SOLES)\n"
    joiner = " | " if piped else "   "
    return title + "\n".join(joiner.join(c or "" for c in row) for row in rows)


def _words(rows: list[list[str | None]], jitter: list[float]) -> list[Word]:
    """The table's words placed on a page as a text layer or OCR would give them."""
    words = []
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            x = 60.0 + 110.0 * c + jitter[(r + c) % len(jitter)]
            for word in (cell or "").split():
                width = 5.0 * len(word)
                words.append(Word(word, x, 100.0 + 14.0 * r, x + width, 110.0 + 14.0 * r))
                x += width + 4.0
    return words


def _check(figures, pages: list[Page]) -> None:
    for figure in figures:
        assert math.isfinite(figure.value), figure
        page = pages[(figure.page or 1) - 1]
        assert page.text[figure.start:figure.end] == figure.text, figure


FUZZ = settings(max_examples=250, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@FUZZ
@given(ocr_number())
def test_a_cell_number_is_a_finite_number_or_none(text):
    value = plain_number(text)
    assert value is None or math.isfinite(value)


@FUZZ
@given(ocr_table(), st.sampled_from([None, ",", "."]), st.booleans())
def test_cells_with_units_take_any_ocr_table(rows, hint, piped):
    page = Page(1, _typed(rows, piped), tables=[Table(rows=rows, title="(EN SOLES)")])
    _check(unit_figures(page, hint), [page])


@FUZZ
@given(ocr_table(), st.lists(st.floats(-40, 40), min_size=1, max_size=5))
def test_tables_by_word_positions_take_any_ocr_table(rows, jitter):
    tables = layout_tables(_words(rows, jitter))
    page = Page(1, _typed(rows, False), tables=tables)
    _check(unit_figures(page, ","), [page])


@FUZZ
@given(ocr_table(), st.booleans())
def test_text_tables_take_any_ocr_table(rows, piped):
    text = _typed(rows, piped)
    for table in find_text_tables(text):
        for row in table.rows:
            for cell, head in columns(table, row):
                assert text[cell.start:cell.end] == cell.text
                assert head is None or head.text


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(ocr_table(), st.booleans(), st.lists(st.floats(-40, 40), min_size=1, max_size=5))
def test_the_whole_extraction_keeps_every_extractor_on_any_ocr_table(rows, piped, jitter):
    text = _typed(rows, piped)
    pages = [Page(1, text, tables=[Table(rows=rows, title="(EN SOLES)")]),
             Page(2, text, tables=layout_tables(_words(rows, jitter)))]
    document = Document("f", "f.pdf", "pdf", pages, language="es")
    facts = extract_facts(document)
    assert not any(w.startswith(EXTRACTOR_FAILED) for w in document.warnings), document.warnings
    _check(facts.figures, pages)
