"""Build reply text piece by piece while recording the exact span of every gold item.

Offsets are taken from the running length of the page as each piece is appended, so
the gold never depends on searching the finished text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

SLOT = re.compile(r"\{([a-z_0-9]+)(?::([^{}]+))?\}")


@dataclass
class Fig:
    """A gold figure before it is placed on a page."""

    text: str
    kind: str  # money | count | percent
    value: float
    currency: str | None = None
    what: str | None = None
    year: int | None = None
    role: str | None = None


@dataclass
class Ment:
    """A gold institution mention before it is placed on a page."""

    text: str
    institution_id: str
    is_sender: bool = False
    article: str = ""  # "el"/"la": written before the mention, contracting "a el", "de el"


@dataclass
class Person:
    """An invented person's name (or DNI) written in the text; not a gold item."""

    text: str


@dataclass
class Named:
    """A plain name written with its Spanish article ("la Asociación ...", "al Colectivo")."""

    text: str
    article: str = ""


Piece = str | Fig | Ment | Person | Named
SlotFiller = Callable[[str, str | None], Piece | list[Piece]]


@dataclass
class ReplyBuilder:
    """Accumulates pages of text with figure and mention spans."""

    pages: list[list[str]] = field(default_factory=lambda: [[]])
    lengths: list[int] = field(default_factory=lambda: [0])
    figures: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)
    persons: set[str] = field(default_factory=set)

    @property
    def page_no(self) -> int:
        return len(self.pages)

    def add(self, *pieces: Piece | list[Piece]) -> None:
        for piece in pieces:
            if isinstance(piece, list):
                self.add(*piece)
            else:
                self._add_one(piece)

    def _add_one(self, piece: Piece) -> None:
        if isinstance(piece, (Ment, Named)) and piece.article:
            self._article(piece.article)
        text = piece if isinstance(piece, str) else piece.text
        start = self.lengths[-1]
        end = start + len(text)
        if isinstance(piece, Fig):
            self.figures.append({
                "kind": piece.kind, "value": float(piece.value), "currency": piece.currency,
                "what": piece.what, "year": piece.year, "role": piece.role,
                "page": self.page_no, "start": start, "end": end, "text": text,
            })
        elif isinstance(piece, Ment):
            self.mentions.append({
                "institution_id": piece.institution_id, "text": text,
                "page": self.page_no, "start": start, "end": end,
                "is_sender": piece.is_sender,
            })
        elif isinstance(piece, Person):
            self.persons.add(text)
        self.pages[-1].append(text)
        self.lengths[-1] = end

    def _article(self, article: str) -> None:
        """Write an article before a mention, contracting 'a el' to 'al', 'de el' to 'del'."""
        page = self.pages[-1]
        prev = page[-1] if page else ""
        if article == "el" and (prev.endswith(" a ") or prev.endswith(" de ")):
            page[-1] = prev[:-1] + "l "
            self.lengths[-1] += 1
        else:
            self._add_one(article + " ")

    def line(self, *pieces: Piece | list[Piece]) -> None:
        self.add(*pieces)
        self.add("\n")

    def blank(self) -> None:
        self.add("\n")

    def new_page(self) -> None:
        self.pages.append([])
        self.lengths.append(0)

    def render(self, template: str, fill: SlotFiller) -> None:
        """Append a template, asking `fill(name, arg)` for each `{name:arg}` slot."""
        self.add(*expand(template, fill))

    def page_texts(self) -> list[str]:
        return ["".join(parts) for parts in self.pages]

    def current_text(self) -> str:
        return "".join(self.pages[-1])


def expand(template: str, fill: SlotFiller) -> list[Piece]:
    """Split a template into literal text and the pieces its slots are filled with."""
    out: list[Piece] = []
    pos = 0
    for match in SLOT.finditer(template):
        if match.start() > pos:
            out.append(template[pos:match.start()])
        filled = fill(match.group(1), match.group(2))
        if match.start() == 0 and isinstance(filled, Fig) and filled.text[:1].isalpha():
            filled.text = filled.text[0].upper() + filled.text[1:]  # sentence-initial word
        out.extend(filled if isinstance(filled, list) else [filled])
        pos = match.end()
    if pos < len(template):
        out.append(template[pos:])
    return out


def slot_names(template: str) -> list[tuple[str, str | None]]:
    return [(m.group(1), m.group(2)) for m in SLOT.finditer(template)]
