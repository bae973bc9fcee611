"""The spaCy pipelines of the figure extractors: blank ``es``/``en`` plus our components.

``make_nlp(lang)`` builds (once per language, then cached) a blank pipeline with the
components ``oficio_money``, ``oficio_percent`` and ``oficio_counts`` (counted nouns are
lemmatized from spacy-lookups-data's table, ``extract.language.lemma_table``). The
components write ``Figure`` objects to ``doc._.figures``; a caller may set
``doc._.decimal_hint`` (``","`` or ``"."``) on a ``Doc`` made with ``nlp.make_doc`` before
``nlp.pipe`` to share a document-wide hint.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

import spacy
from oficio.extract.document import MAX_TEXT
from oficio.extract.figure_context import Blocked, Taken, blocked_spans
from oficio.extract.numbers import DIGITS_PATTERN, decimal_separator
from spacy.language import Language
from spacy.tokens import Doc

if TYPE_CHECKING:
    from oficio.extract.figures import Figure

COMPONENTS = ("oficio_table_figures", "oficio_money", "oficio_percent", "oficio_counts")

for _name in ("figures", "decimal_hint", "blocked"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@cache
def make_nlp(lang: str = "es") -> Language:
    """A blank pipeline for ``es`` or ``en`` with the lemmatizer and figure components."""
    from oficio.extract import counts, money, table_figures  # noqa: F401  (registers components)

    nlp = spacy.blank(lang)
    nlp.max_length = MAX_TEXT  # spaCy's default (1,000,000) is for its parser, not used here
    for name in COMPONENTS:
        nlp.add_pipe(name)
    nlp.initialize()
    return nlp


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
        import re

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
