"""What the figure components share on a spaCy ``Doc``: its text, the figures found so
far, the spans where numbers are not figures, and the document's decimal separator."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from oficio.extract.figures.figure import Figure
from oficio.extract.figures.figure_context import Blocked, Taken, blocked_spans
from oficio.extract.figures.numbers import DIGITS_PATTERN, decimal_separator

for _name in ("figures", "decimal_hint", "blocked"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def doc_text(doc: Doc) -> str:
    """The doc's text, built once (``Doc.text`` joins every token on each access)."""
    if "oficio_text" not in doc.user_data:
        doc.user_data["oficio_text"] = doc.text
    return doc.user_data["oficio_text"]


def doc_figures(doc: Doc) -> list[Figure]:
    """The figures found so far in ``doc`` (a fresh list on first use)."""
    if doc._.figures is None:
        doc._.figures = []
    return doc._.figures


def doc_blocked(doc: Doc) -> Blocked:
    """The spans of ``doc`` where numbers are not figures (computed once per doc)."""
    if doc._.blocked is None:
        doc._.blocked = blocked_spans(doc_text(doc))
    return doc._.blocked


def doc_decimal_hint(doc: Doc) -> str | None:
    """The decimal separator set by the caller, else the one this doc's numbers show."""
    if doc._.decimal_hint is None:
        found = (m.group(0) for m in re.finditer(DIGITS_PATTERN, doc_text(doc)))
        doc._.decimal_hint = decimal_separator(found) or ""
    return doc._.decimal_hint or None


def add_free(doc: Doc, figures: list[Figure]) -> None:
    """Add to ``doc._.figures`` each of ``figures`` that overlaps none already there."""
    found = doc_figures(doc)
    taken = Taken(len(doc_text(doc)), found)
    for figure in figures:
        if not taken.overlaps(figure.start, figure.end):
            found.append(figure)
            taken.mark(figure)
