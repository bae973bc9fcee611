"""Figures (money, counts, percentages) found in a reply's pages.

``find_figures`` runs the ``oficio_money``, ``oficio_percent`` and ``oficio_counts``
spaCy components over every page's body text (running headers, footers and page numbers
blanked, so offsets stay valid against ``Page.text``), after the figures of the page's
tables, read cell by cell with their stated unit (``oficio.extract.figures.table_units``). Figures
inside tables are found in the page text too: a ``Table``'s cells are located in the page text (in
reading order), and a figure inside a located cell takes its year and role from the cell's row and
column headers when its own sentence gives none. Cells that cannot be located in the page text are
skipped (precision before recall).
"""

from __future__ import annotations

import re
from dataclasses import replace

from oficio.extract.figures.figure import Figure
from oficio.extract.figures.nlp import make_nlp
from oficio.extract.figures.numbers import DIGITS_PATTERN, decimal_separator
from oficio.extract.figures.table_context import table_cells, table_context
from oficio.extract.figures.table_units import table_figures
from oficio.extract.read.document import Document


def document_decimal_hint(document: Document) -> str | None:
    """The decimal separator the whole document uses, when its numbers say so."""
    pattern = re.compile(DIGITS_PATTERN)
    numbers = (m.group(0) for page in document.pages for m in pattern.finditer(page.text))
    return decimal_separator(numbers)


def find_figures(document: Document) -> list[Figure]:
    """Every money amount, count and percentage in the document, in page order."""
    nlp = make_nlp(document.language if document.language in ("es", "en") else "es")
    hint = document_decimal_hint(document)
    docs = []
    for page in document.pages:
        doc = nlp.make_doc(page.body_text())
        doc._.decimal_hint = hint
        doc._.figures = table_figures(page, hint) if page.tables else None
        docs.append(doc)
    figures: list[Figure] = []
    for page, doc in zip(document.pages, nlp.pipe(docs), strict=True):
        cells = table_cells(page)
        for figure in doc._.figures or []:
            located = replace(figure, page=page.number)
            figures.append(table_context(located, cells))
    return figures

