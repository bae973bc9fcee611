"""Figures in the cells of tables written in page text (``oficio_table_figures``).

A column's header says what its cells hold: a currency (``PIM (S/)``, ``Executed (S/)``)
makes them money with that currency and the header's role; ``%`` or ``Avance`` makes them
percentages; a plural noun (``Denuncias``, ``Participants``) makes whole numbers in it
counts of that noun. Row numbers (``N°``) and years are never figures. A figure's year
is the year cell of its row, else the one year named in the header line, else in the
table's title line.
"""

from __future__ import annotations

import bisect
import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from oficio.extract.figures.counts import SKIPPED_ADJECTIVES, is_plural, noun_lemma
from oficio.extract.figures.figure import Figure
from oficio.extract.figures.figure_context import YEAR, only_role
from oficio.extract.figures.figure_doc import add_free, doc_decimal_hint, doc_text
from oficio.extract.figures.money import currency_of
from oficio.extract.figures.numbers import parse_money_cell, plain_number
from oficio.extract.read.ocr_columns import columns
from oficio.extract.read.text_tables import TextCell, TextTable, find_text_tables

# Words whole: "PEN" inside "Funds spent" or "Expenditure" states no currency.
_CURRENCY = re.compile(r"S\s?/\.?|US\$|\b(?:USD|PEN|soles|d[oó]lares|dollars)\b", re.I)
_PERCENT_HEAD = re.compile(r"%|avance|progress|porcentaje|percentage", re.I)
_ROW_NUMBER_HEAD = re.compile(r"N[°º]|Nro\.?|No\.?|#|Item|Ítem", re.I)
_YEAR_ONLY = re.compile(r"(19[89]\d|20[0-4]\d)")
_NUMBER_CELL = re.compile(r"(?:S\s?/\.?|US\$)?\s*(\d[\d.,\s]*?)\s*%?")
_COUNT_CELL = re.compile(r"\d{1,3}(?:[, .]\d{3})+|\d+")


def _table_year(table: TextTable) -> int | None:
    for line in (" ".join(c.text for c in table.header), table.title):
        years = {int(y) for y in YEAR.findall(line)}
        if len(years) == 1:
            return years.pop()
        if years:
            return None
    return None


_YEAR_HEAD = re.compile(r"a[ñn]o|year|periodo|period|ejercicio", re.I)
_LABELLED = re.compile(
    r"(?m)^[ \t]*(?:[-•*·][ \t]+)?(?P<label>[^\n:|]{2,80}?)[ \t]*:[ \t]*(?P<value>[^\n]+?)"
    r"[.;]?[ \t]*$"  # a list's items may end as sentences do: "Operativos realizados: 17."
)


def _row_year(cells: list[tuple[TextCell, TextCell | None]]) -> int | None:
    """The year cell of a row: under a year header, else the only bare year."""
    years = []
    for cell, head in cells:
        if _YEAR_ONLY.fullmatch(cell.text) and (head is None or _YEAR_HEAD.search(head.text)):
            years.append(int(cell.text))
    return years[0] if len(years) == 1 else None


def _counted(doc: Doc, head: TextCell, starts: list[int]) -> Token | None:
    """The plural noun a count column's header names, as a token of ``doc``."""
    i = bisect.bisect_left(starts, head.start)
    tokens = []
    while i < len(doc) and doc[i].idx < head.end:
        if not doc[i].is_space:
            tokens.append(doc[i])
        i += 1
    words = [t for t in tokens if t.text.lower() not in SKIPPED_ADJECTIVES]
    plural = [t for t in words if t.is_alpha and is_plural(t.text)]
    if not plural:
        return None
    return plural[0] if doc.lang_ == "es" else plural[-1]


def _cell_figure(doc: Doc, cell: TextCell, head: TextCell, starts: list[int],
                 labelled: bool = False) -> Figure | None:
    if _ROW_NUMBER_HEAD.fullmatch(head.text) or _is_year_head(head.text, labelled):
        return None
    match = _NUMBER_CELL.fullmatch(cell.text)
    if not match:
        return None
    raw = match.group(1)
    if cell.text.endswith("%"):
        return _percent(raw)
    if _CURRENCY.search(head.text) and _PERCENT_HEAD.search(head.text):
        return None  # a header OCR merged over several columns: the column is unknown
    if _CURRENCY.search(head.text) or _CURRENCY.match(cell.text):
        value = parse_money_cell(raw, doc_decimal_hint(doc))
        sign = _CURRENCY.match(cell.text) or _CURRENCY.search(head.text)  # the cell's first
        if value is None or sign is None:
            return None
        return Figure("money", round(value, 2), currency_of(sign.group(0)),
                      role=only_role(head.text))
    if _PERCENT_HEAD.search(head.text):
        return _percent(raw)
    if not _COUNT_CELL.fullmatch(raw):
        return None
    token = _counted(doc, head, starts)
    if token is None:
        return None
    return Figure("count", float(re.sub(r"\D", "", raw)), what=noun_lemma(token))


def _is_year_head(head: str, labelled: bool) -> bool:
    """A column of years ("Año", "Periodo"). A list item's label that names its year
    ("Denuncias registradas en el año 2019: 96") counts what it names in that year."""
    return bool(_YEAR_HEAD.search(head)) and not (labelled and YEAR.search(head))


def _percent(raw: str) -> Figure | None:
    """A percentage cell, or None for one that is no number ("27.815.409.72": OCR put an
    amount under a % header); it must not fail the document."""
    value = plain_number(raw)
    return None if value is None else Figure("percent", value)


def table_figures(doc: Doc) -> list[Figure]:
    """The figures in the cells of ``doc``'s text tables."""
    text = doc_text(doc)
    starts = doc.to_array("IDX").tolist()
    found = []
    for table in find_text_tables(text):
        table_year = _table_year(table)
        for row in table.rows:
            cells = columns(table, row)
            year = _row_year(cells) or table_year
            for cell, head in cells:
                figure = _cell_figure(doc, cell, head, starts) if head else None
                if figure is None:
                    continue
                figure.year, figure.start, figure.end = year, cell.start, cell.end
                figure.text = text[cell.start : cell.end]
                found.append(figure)
    return found


def labelled_figures(doc: Doc) -> list[Figure]:
    """Figures in ``- PIM (S/) (2019): 558,861.00`` lines: the label is the header."""
    text = doc_text(doc)
    starts = doc.to_array("IDX").tolist()
    found = []
    for m in _LABELLED.finditer(text):
        label = TextCell(m.start("label"), m.end("label"), m.group("label"))
        cell = TextCell(m.start("value"), m.end("value"), m.group("value"))
        figure = _cell_figure(doc, cell, label, starts, labelled=True)
        if figure is None:
            continue
        years = {int(y) for y in YEAR.findall(label.text)}
        figure.year = years.pop() if len(years) == 1 else None
        figure.start, figure.end, figure.text = cell.start, cell.end, cell.text
        found.append(figure)
    return found


@Language.component("oficio_table_figures")
def oficio_table_figures(doc: Doc) -> Doc:
    """Add the figures of ``doc``'s text tables to ``doc._.figures`` (runs first)."""
    add_free(doc, table_figures(doc) + labelled_figures(doc))
    return doc
