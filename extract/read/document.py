"""The loaded reply: a document of pages, each with its text, method and confidence.

Plain dataclasses that travel between stages and serialize to JSON. Character offsets of
every later fact (figures, mentions) refer to ``Page.text``.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

MAX_TEXT = 2_000_000  # characters: a document with more text gets no facts (oficio.extract.facts)

Method = Literal["text", "ocr", "none"]
PageStatus = Literal["ok", "ocr_timeout", "ocr_failed"]
MarkKind = Literal["header", "footer", "page_number"]


@dataclass
class Table:
    """A table kept as rows of cells (``None`` for an empty cell); the first row heads it.

    ``title`` holds the lines above the table (its caption, the page's title block) where
    a unit may be stated once; ``source`` says how it was found: ``ruled`` (pdfplumber),
    ``layout`` (word positions, ``oficio.extract.read.layout_tables``) or ``office`` (a Word table).
    """

    rows: list[list[str | None]]
    bbox: tuple[float, float, float, float] | None = None
    title: str = ""
    source: str = "ruled"


@dataclass
class Mark:
    """A span of the page text that is not body text (running header, footer, page number)."""

    kind: MarkKind
    start: int
    end: int


@dataclass
class Page:
    """One page: ``number`` is 1-based; ``method`` says where its text came from.

    ``confidence`` is Tesseract's mean word confidence (0 to 1) for OCR pages, ``None``
    for text-layer pages; ``text_quality`` is the share of dictionary-like words in the
    text layer that decided between the layer and OCR. ``rotation`` (0/90/180/270) and
    ``skew`` (degrees) are the corrections applied before OCR.
    """

    number: int
    text: str = ""
    method: Method = "text"
    confidence: float | None = None
    text_quality: float | None = None
    rotation: int = 0
    skew: float = 0.0
    status: PageStatus = "ok"
    error: str | None = None
    error_code: str | None = None  # the error's code (E007, E008, E013) when status is not ok
    tables: list[Table] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)

    def body_text(self) -> str:
        """The text with running headers, footers and page numbers blanked out.

        Blanking (not cutting) keeps character offsets valid against ``text``.
        """
        chars = list(self.text)
        for mark in self.marks:
            for i in range(mark.start, min(mark.end, len(chars))):
                if chars[i] != "\n":
                    chars[i] = " "
        return "".join(chars)


@dataclass
class Document:
    """A loaded reply file. ``doc_id`` is the sha256 of the file's bytes."""

    doc_id: str
    path: str
    file_type: str
    pages: list[Page] = field(default_factory=list)
    language: str = "es"
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """All page texts joined by form feeds (one per page break)."""
        return "\f".join(page.text for page in self.pages)

    @property
    def ocr_pages(self) -> int:
        return sum(1 for page in self.pages if page.method == "ocr")

    @property
    def failed_pages(self) -> list[Page]:
        return [page for page in self.pages if page.status != "ok"]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["ocr_pages"] = self.ocr_pages
        return data

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        pages = [_page_from_dict(p) for p in data.get("pages", [])]
        return cls(
            doc_id=data["doc_id"],
            path=data["path"],
            file_type=data["file_type"],
            pages=pages,
            language=data.get("language", "es"),
            warnings=list(data.get("warnings", [])),
        )

    @classmethod
    def from_json(cls, text: str) -> Document:
        return cls.from_dict(json.loads(text))


def _page_from_dict(data: dict[str, Any]) -> Page:
    values = dict(data)
    values["tables"] = [
        Table(rows=t["rows"], bbox=tuple(t["bbox"]) if t.get("bbox") else None,
              title=t.get("title", ""), source=t.get("source", "ruled"))
        for t in data.get("tables", [])
    ]
    values["marks"] = [Mark(**m) for m in data.get("marks", [])]
    return Page(**values)


def text_document(text: str) -> Document:
    """A Document of a reply known only by its text: one page per form feed (the way
    ``Document.text`` joins them), as stored replies and training samples are."""
    pages = [Page(number, page) for number, page in enumerate(text.split("\f"), 1)]
    return Document("text", "", "txt", pages)
