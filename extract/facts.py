"""All the facts of a loaded reply: figures, institution mentions and the letter header.

``extract_facts(document) -> Facts`` runs the figure components and the institution
component (spaCy, over the pages with ``nlp.pipe``), then reads the header; the result is a
plain dataclass that serializes to JSON.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from oficio.errors import EXTRACTOR_FAILED, TEXT_TOO_LONG, warning
from oficio.extract.figures.figure import Figure
from oficio.extract.figures.find import find_figures
from oficio.extract.header.letter import Evidence, Header, annotate
from oficio.extract.institutions.component import Mention
from oficio.extract.read.document import MAX_TEXT, Document


@dataclass
class Facts:
    figures: list[Figure] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    header: Header = field(default_factory=Header)

    def to_dict(self) -> dict[str, Any]:
        return {
            "figures": [asdict(figure) for figure in self.figures],
            "mentions": [asdict(mention) for mention in self.mentions],
            "header": self.header.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Facts:
        header = dict(data.get("header") or {})
        header["evidence"] = [Evidence(**e) for e in header.get("evidence", [])]
        for key in ("letter_date", "period_start", "period_end"):
            if header.get(key):
                header[key] = date.fromisoformat(header[key])
        return cls(
            figures=[Figure(**f) for f in data.get("figures", [])],
            mentions=[Mention(**m) for m in data.get("mentions", [])],
            header=Header(**header),
        )


def warm(lang: str = "es") -> None:
    """Build the pipelines every document needs (a second or two) ahead of the first one."""
    from oficio.extract.figures.nlp import make_nlp
    from oficio.extract.institutions.component import build_pipeline

    make_nlp(lang)
    build_pipeline(lang)


def extract_facts(document: Document) -> Facts:
    """Figures, mentions (with the sender's marked) and header of a loaded reply.

    A text over ``MAX_TEXT`` characters gets no facts, and a warning (E016) that says so.
    A bug in one extractor costs only its own facts: the others' are kept, and the failure
    is added to the document's warnings (its class only, never the text), so that the
    pages and labels of the reply are not lost with it.
    """
    length = sum(len(page.text) for page in document.pages)
    # the length the spaCy pipelines are built to take (oficio.extract.figures.figure_doc)
    if length > MAX_TEXT:
        note = warning(TEXT_TOO_LONG, (
            f"the text has {length:,} characters, over the {MAX_TEXT:,} read for facts: no "
            "figures, institutions or header were extracted; split the file to read it"))
        if note not in document.warnings:  # said once, however often facts are extracted
            document.warnings.append(note)
        return Facts()
    facts = Facts()
    try:
        facts.header, facts.mentions = annotate(document)
    except Exception as error:  # noqa: BLE001  a bug here must not lose the figures
        document.warnings.append(_failed("institutions and header", error))
    try:
        facts.figures = find_figures(document)
    except Exception as error:  # noqa: BLE001  a bug here must not lose the mentions
        document.warnings.append(_failed("figures", error))
    return facts


def _failed(what: str, error: Exception) -> str:
    return warning(EXTRACTOR_FAILED, f"the {what} of this file were not extracted "
                                     f"({type(error).__name__}, a bug in oficio: please report it)")
