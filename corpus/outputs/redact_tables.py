"""Table columns whose header says they hold personal data, for ``oficio.corpus.outputs.redact``.

A table is a run of lines cut into cells the same way: by ``|``, tabs, ``;`` or two spaces
or more. Its header is the first line whose cells name columns; each row below it, while
rows are cut into as many cells or more, gives the cell under each header:

- ``DNI``, ``D.N.I.``: the number in the cell is a ``dni``;
- ``C.E.``, ``Carné``, ``PTP``, ``CPP``, ``Pasaporte``, ``Doc.``, ``N° doc.``: a ``document``;
- ``Teléfono``, ``Celular``, ``Telf.``, ``Anexo``: a ``phone``;
- ``Nombre``, ``Apellidos``, ``Iniciales``, ``Responsable``: the cell's words are a ``name``.

A column headed by a number that is not personal (``SIDPOL``, ``denuncia``, ``CIP``, ``RUC``,
``partida``, ``expediente``, ``código``) is returned as kept, so a bare 8-digit number there
is not taken for a DNI.
"""

from __future__ import annotations

import re

from oficio.textfold import fold

Span = tuple[int, int, str]

_CELL_BORDER = re.compile(r"[ \t]*(?:\||\t|;|[ ]{2,})[ \t]*")
_HEADERS = (
    ("kept", re.compile(r"sidpol|denuncia|\bcip\b|\bruc\b|partida|expediente|carpeta|codigo|"
                        r"placa|vuelo|registro|cuenta|meta|ubigeo|fecha|edad")),
    ("dni", re.compile(r"^(?:n[°ºo.]*\s*(?:de\s+)?)?d\.?\s?n\.?\s?i\.?$")),
    ("document", re.compile(r"\bc\.?\s?e\.?$|carne|carnet|\bptp\b|\bcpp\b|pasaporte|\bdoc\b|"
                            r"\bdoc\.|documento|identidad")),
    ("phone", re.compile(r"telefono|celular|\btelf|\bcel\b|anexo|movil|contacto")),
    ("name", re.compile(r"nombre|apellido|iniciales|responsable|integrante|titular|firmante|"
                        r"participante|representante")),
)  # fmt: skip
_NUMBER = re.compile(r"(?-i:[A-Z]{1,3}[ -]?\d[\dA-Z]{4,}|\+?\(?\d[\d ().+-]{2,}\d)")
_NAME_CELL = re.compile(r"[A-ZÁÉÍÓÚÑÜ][\w.,' -]*[\w.]")


def table_spans(text: str) -> list[Span]:
    """The personal data in columns a header names, and the columns to keep (``kept``)."""
    spans: list[Span] = []
    columns: dict[int, str] = {}
    width = 0
    offset = 0
    for line in text.splitlines(keepends=True):
        cells = _cells(line, offset)
        offset += len(line)
        if len(cells) < 2:
            columns, width = {}, 0
            continue
        named = {i: kind for i, (s, e) in enumerate(cells) if (kind := _kind(text[s:e]))}
        if len(named) >= 2 or (named and not any(c.isdigit() for c in line)):
            columns, width = named, len(cells)
            continue
        if not columns or len(cells) < width:
            continue
        for index, kind in columns.items():
            spans += _cell_span(text, *cells[index], kind)
    return spans


def _cells(line: str, offset: int) -> list[tuple[int, int]]:
    body = line.rstrip("\n")
    cells, cursor = [], 0
    for border in list(_CELL_BORDER.finditer(body)) + [None]:
        end = border.start() if border else len(body)
        if end > cursor or border is None:
            cells.append((offset + cursor, offset + end))
        cursor = border.end() if border else cursor
    return [c for c in cells if c[1] > c[0]]


def _kind(cell: str) -> str | None:
    folded = fold(cell).strip(" :")
    if not folded or any(ch.isdigit() for ch in folded) or len(folded) > 40:
        return None
    return next((kind for kind, pattern in _HEADERS if pattern.search(folded)), None)


def _cell_span(text: str, start: int, end: int, kind: str) -> list[Span]:
    cell = text[start:end]
    if kind == "name":
        match = _NAME_CELL.search(cell)
        return [(start + match.start(), start + match.end(), "name")] if match else []
    if kind == "kept":
        return [(start, end, "kept")]
    match = _NUMBER.search(cell)
    return [(start + match.start(), start + match.end(), kind)] if match else []
