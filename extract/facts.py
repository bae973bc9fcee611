"""All the facts of a loaded reply: figures, institution mentions and the letter header.

``extract_facts(document) -> Facts`` runs the figure components and the institution
component (spaCy, over the pages with ``nlp.pipe``), then reads the header; the result is a
plain dataclass that serializes to JSON.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from extract.document import MAX_TEXT, Document
from extract.figures import Figure, find_figures
from extract.header import Evidence, Header, annotate
from extract.institutions import Mention


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
    from extract.institutions import build_pipeline
    from extract.nlp import make_nlp

    make_nlp(lang)
    build_pipeline(lang)


def extract_facts(document: Document) -> Facts:
    """Figures, mentions (with the sender's marked) and header of a loaded reply."""
    if sum(len(page.text) for page in document.pages) > MAX_TEXT:
        return Facts()
    header, mentions = annotate(document)
    return Facts(figures=find_figures(document), mentions=mentions, header=header)
