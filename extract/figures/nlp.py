"""The spaCy pipelines of the figure extractors: blank ``es``/``en`` plus our components.

``make_nlp(lang)`` builds (once per language, then cached) a blank pipeline with the
components ``oficio_money``, ``oficio_percent`` and ``oficio_counts`` (counted nouns are
lemmatized from spacy-lookups-data's table, ``oficio.extract.read.language.lemma_table``). The
components write ``Figure`` objects to ``doc._.figures``; a caller may set
``doc._.decimal_hint`` (``","`` or ``"."``) on a ``Doc`` made with ``nlp.make_doc`` before
``nlp.pipe`` to share a document-wide hint (``extract.figure_doc``).

The components are spaCy factories declared as entry points (``pyproject.toml``,
``spacy_factories``): ``spacy.blank`` finds them by name, so this module imports none of
the extractors.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

from oficio.extract.read.document import MAX_TEXT

COMPONENTS = ("oficio_table_figures", "oficio_money", "oficio_percent", "oficio_counts")

@cache
def make_nlp(lang: str = "es") -> Language:
    """A blank pipeline for ``es`` or ``en`` with the lemmatizer and figure components."""
    nlp = spacy.blank(lang)
    nlp.max_length = MAX_TEXT  # spaCy's default (1,000,000) is for its parser, not used here
    for name in COMPONENTS:
        nlp.add_pipe(name)
    nlp.initialize()
    return nlp
