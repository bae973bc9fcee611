"""Run the figure extractors over a one-page document built in the test."""

from __future__ import annotations

from oficio.extract.figures.figure import Figure
from oficio.extract.figures.find import find_figures
from oficio.extract.read.document import Document, Page, Table


def figures_of(text: str, language: str = "es", tables: list[Table] | None = None) -> list[Figure]:
    page = Page(number=1, text=text, tables=tables or [])
    document = Document(doc_id="t", path="t.txt", file_type="text", pages=[page],
                        language=language)
    return find_figures(document)


def of_kind(text: str, kind: str, language: str = "es") -> list[Figure]:
    return [f for f in figures_of(text, language) if f.kind == kind]
