"""Institution mentions: the ``oficio_institutions`` spaCy component and ``find_mentions``.

The component sets ``doc.spans["institutions"]`` (label = kind, ``kb_id_`` = gazetteer id)
and ``doc._.institution_matches`` (exact character offsets, which a span cannot always
keep when the tokenizer glues a reference code such as ``2018-MIMP/DGCVG``).

An alias shared by several institutions ("Municipalidad de Miraflores" is a district of
Lima, Arequipa, Huánuco and Yauyos) goes to the one whose province or department is named
elsewhere in the document, else to the most populous.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from oficio.extract.institutions.gazetteer import Gazetteer, load_gazetteer
from oficio.extract.institutions.institution_matcher import Candidate, InstitutionMatcher
from oficio.extract.read.document import MAX_TEXT, Document
from oficio.textfold import fold

COMPONENT = "oficio_institutions"
SPANS_KEY = "institutions"

if not Doc.has_extension("institution_matches"):
    Doc.set_extension("institution_matches", default=None)


@dataclass
class Mention:
    """One institution named in the text; offsets index ``document.pages[page - 1].text``."""

    institution_id: str
    name: str
    acronym: str
    kind: str
    text: str
    page: int
    start: int
    end: int
    is_sender: bool = False
    is_unit: bool = False  # a unit of the institution (only with include_units=True)


class InstitutionsComponent:
    """spaCy pipeline component: finds gazetteer institutions in ``doc.text``."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.matcher = _matcher(gazetteer)

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # spaCy joins every token on each access
        candidates = self.matcher.find(text)
        doc._.institution_matches = candidates
        spans = []
        context = PlaceContext(text)
        for cand in candidates:
            if cand.unit:
                continue
            item = self.gazetteer[resolve(cand, self.gazetteer, context)]
            span = doc.char_span(cand.start, cand.end, label=item.kind, kb_id=item.id,
                                 alignment_mode="expand")  # fmt: skip
            if span is not None:
                spans.append(span)
        doc.spans[SPANS_KEY] = spans
        return doc


@Language.factory(COMPONENT, default_config={"extra_aliases": None})
def make_institutions(nlp: Language, name: str, extra_aliases: str | None) -> InstitutionsComponent:
    return InstitutionsComponent(load_gazetteer(Path(extra_aliases) if extra_aliases else None))


@lru_cache(maxsize=4)
def _matcher(gazetteer: Gazetteer) -> InstitutionMatcher:
    return InstitutionMatcher(gazetteer)


@lru_cache(maxsize=4)
def build_pipeline(lang: str = "es", extra_aliases: str | None = None) -> Language:
    """A blank ``es``/``en`` pipeline with the institutions component."""
    nlp = spacy.blank(lang)
    nlp.max_length = MAX_TEXT  # spaCy's default (1,000,000) is for its parser, not used here
    nlp.add_pipe(COMPONENT, config={"extra_aliases": extra_aliases})
    return nlp


class PlaceContext:
    """The text a candidate is resolved in, folded once, each place name looked up once:
    a long text names the same ambiguous institutions again and again, and looking for
    their places in the whole text at each mention made a text's extraction grow with the
    square of its length."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: str | None = None
        self._named: dict[str, bool] = {}

    def names(self, place: str) -> bool:
        """Whether the text names ``place`` (a town or region) as a whole word."""
        if place not in self._named:
            if self._folded is None:
                self._folded = fold(self.text)
            pattern = rf"\b{re.escape(fold(place))}\b"
            self._named[place] = re.search(pattern, self._folded) is not None
        return self._named[place]


def resolve(cand: Candidate, gazetteer: Gazetteer, context: PlaceContext) -> str:
    """The one id a candidate stands for, given the text around it."""
    if len(cand.ids) == 1:
        return cand.ids[0]
    return max(cand.ids, key=lambda i: (_place_score(gazetteer, i, context),
                                        gazetteer[i].population))  # fmt: skip


def _place_score(gazetteer: Gazetteer, institution_id: str, context: PlaceContext) -> int:
    item = gazetteer[institution_id]
    score = 0
    for parent_id, weight in ((item.parent, 2), (_department(item), 1)):
        parent = gazetteer.get(parent_id) if parent_id else None
        place = _place_name(parent.name) if parent else ""
        if place and context.names(place):
            score += weight
    return score


def _department(item) -> str:
    return f"gore:{item.ubigeo[:2]}" if item.ubigeo else ""


_PLACE = re.compile(r"^(?:Gobierno Regional|Municipalidad (?:Provincial|Metropolitana)) del? ")


def _place_name(name: str) -> str:
    return _PLACE.sub("", name) if _PLACE.match(name) else ""


def find_mentions(
    document: Document,
    extra_aliases: Path | None = None,
    nlp: Language | None = None,
    include_units: bool = False,
) -> list[Mention]:
    """Every institution mention in the document's pages, in page and text order.

    Units (a Fiscalía Provincial, a directorate) are left out unless ``include_units``:
    they are evidence of their parent for the sender, not mentions of an institution.
    The pipeline's component matches each page's text directly: its candidates are all
    this needs, and spaCy's tokens of the page (a quarter of the time) would go unused.
    """
    lang = "en" if document.language == "en" else "es"
    pipeline = nlp or build_pipeline(lang, str(extra_aliases) if extra_aliases else None)
    component = pipeline.get_pipe(COMPONENT)
    context = PlaceContext(document.text)
    mentions = []
    for page in document.pages:
        for cand in component.matcher.find(page.text):
            if cand.unit and not include_units:
                continue
            mentions.append(_mention(cand, component.gazetteer, context, page.text, page.number))
    return mentions


def mentions_from_texts(
    texts: Iterable[str], nlp: Language | None = None
) -> list[list[Mention]]:
    """Mentions for a stream of single-page texts (page 1 each), resolved per text."""
    pipeline = nlp or build_pipeline()
    gazetteer = pipeline.get_pipe(COMPONENT).gazetteer
    out = []
    for doc in pipeline.pipe(texts):
        text = doc.text
        context = PlaceContext(text)
        out.append([_mention(c, gazetteer, context, text, 1)
                    for c in doc._.institution_matches or [] if not c.unit])  # fmt: skip
    return out


def _mention(cand: Candidate, gazetteer: Gazetteer, context: PlaceContext, text: str,
             page: int) -> Mention:
    item = gazetteer[resolve(cand, gazetteer, context)]
    return Mention(
        institution_id=item.id,
        name=item.name,
        acronym=item.acronym,
        kind=item.kind,
        text=text[cand.start : cand.end],
        page=page,
        start=cand.start,
        end=cand.end,
        is_unit=cand.unit,
    )
