"""Mask personal data in passages before they leave the workspace (review sheets).

``redact(text)`` replaces DNI numbers with ``[DNI]``, phone numbers and anexos with
``[TELÉFONO]``, e-mail addresses with ``[CORREO]`` and person names with ``[NOMBRE]``.
Masks do not depend on the length of what they hide. A label before a number stays
(``DNI N° [DNI]``, ``Telf. [TELÉFONO] anexo [TELÉFONO]``) so the passage still reads.

A person name is a run of capitalized words on one line (``de``, ``del``, ``de la``... may
join them) that either follows a title or a phrase that introduces a person (``Sr.``,
``Dra.``, ``Crnl. PNP``, ``Señora`` on its own line, ``DE :``, ``la menor``, ``la
víctima``...), is followed by ``identificado con`` or a DNI line, or starts with and is
made at least half of common Peruvian given names and surnames (``person_names.txt``).
A run that overlaps an institution the gazetteer matcher finds is never masked, so
"Municipalidad Distrital de José Luis Bustamante y Rivero" stays whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from extract.gazetteer import load_gazetteer
from extract.textfold import fold

if TYPE_CHECKING:
    from extract.institution_matcher import InstitutionMatcher

NAMES_FILE = Path(__file__).with_name("person_names.txt")
MASKS = {"dni": "[DNI]", "phone": "[TELÉFONO]", "email": "[CORREO]", "name": "[NOMBRE]"}

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DNI_LABEL = (
    r"(?:\bDNI|\bD\.\s?N\.\s?I\.?|\bID\s+No\.?|\bdocumento (?:nacional )?de identidad)"
    r"[ \t]*(?:(?:N[°º.o]|No\.?|Nro\.?|número|:)[ \t]*)*"
)
_DNI_LABELLED = re.compile(_DNI_LABEL + r"(?P<number>\d(?:[ .-]?\d){7})(?!\d)", re.IGNORECASE)
_DNI_BARE = re.compile(r"(?<![\w.,/-])\d{8}(?![\w/-]|[.,]\d)")
_PHONE_NUMBER = r"(?:\+?51[ \t]*)?\(?0?\d{1,3}\)?[ \t-]*\d{2,3}[ \t-]?\d{3,4}"
_PHONE_LABELLED = re.compile(
    r"(?:\bTel[ée]fonos?|\bTelfs?\.?|\bTlfs?\.?|\bTel\.|\bCel(?:ular)?\.?|\bM[óo]vil|"
    r"\bCentral telef[óo]nica|\bPhone|\bWhatsApp)[ \t]*:?[ \t]*(?:N[°º][ \t]*)?"
    rf"(?P<number>{_PHONE_NUMBER}(?:[ \t]*[/,y][ \t]*{_PHONE_NUMBER})*)",
    re.IGNORECASE,
)
_PHONE_AREA = re.compile(
    r"(?<![\w])\(0?\d{1,2}\)[ \t]*\d{3}[ \t-]?\d{3,4}(?![\d])|(?<![\w/-])0\d{1,2}-\d{6,7}(?![\w-])"
)
_PHONE_MOBILE = re.compile(
    r"(?<![\w.,/-])(?:\+51[ \t]*)?9\d{2}[ \t-]?\d{3}[ \t-]?\d{3}(?![\w/-]|[.,]\d)"
)
_ANEXO = re.compile(
    r"\b(?:anexos?|anx\.|anex\.|ext\.)[ \t]*(?:N[°º][ \t]*)?(?P<number>\d{2,5})(?!\d)",
    re.IGNORECASE,
)
_WORD = r"(?:[A-ZÁÉÍÓÚÑÜ][a-záéíóúñü]+|[A-ZÁÉÍÓÚÑÜ]{2,})"
_RUN = re.compile(rf"{_WORD}(?:[ \t]+(?:(?:de|del|de la|de los|de las)[ \t]+)?{_WORD})*")
_CONNECTORS = {"de", "del", "la", "los", "las"}
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:Sr|Sra|Srta|Dr|Dra|Abog|Abg|Lic|Ing|Mg|Mag|Prof|Econ|Arq|Obst|CPC|Cmdte|Crnl|"
    r"Cap|Tte|Gral|Sgto|My|Mr|Mrs|Ms)\.?(?:[ \t]+PNP)?|\bSeñora?[ \t]*\n|(?-i:\bDE)[ \t]*:|"
    r"\b(?:don|doña)|\b(?:la|el|los|las|a la|al) (?:menor|víctima|agraviad[oa]|adolescente|"
    r"niñ[oa]|ciudadan[oa]|señora?)(?: de iniciales)?)[ \t]*$",
    re.IGNORECASE,
)
_NOT_NAMES = frozenset(
    fold(word)
    for word in (
        "Adjuntía Área Centro Comisión Coordinación Defensoría Departamento Despacho Dirección "
        "División Fiscalía Gerencia Gobierno Jefatura Jefe Ministerio Municipalidad Oficina "
        "Policía Presidencia Programa Región Responsable Secretaría Sección Servicio Sub "
        "Subgerencia Subdirección Transparencia Unidad"
    ).split()
)
_AFTER = re.compile(r"^(?:,?[ \t]*identificad[oa]s? con|[ \t]*\n[ \t]*(?:DNI|D\.N\.I|ID No))")


@dataclass(frozen=True)
class Redaction:
    """One span of personal data in a text: ``text[start:end]`` becomes ``MASKS[kind]``."""

    start: int
    end: int
    kind: str


def redact(text: str) -> str:
    """``text`` with every DNI, phone number, e-mail address and person name masked."""
    pieces, cursor = [], 0
    for item in find_personal_data(text):
        pieces += [text[cursor : item.start], MASKS[item.kind]]
        cursor = item.end
    pieces.append(text[cursor:])
    return "".join(pieces)


def find_personal_data(text: str) -> list[Redaction]:
    """The spans ``redact`` masks, in text order, none overlapping."""
    found = _pattern_spans(text) + _name_spans(text)
    chosen: list[Redaction] = []
    for item in sorted(found, key=lambda r: (r.start, -(r.end - r.start))):
        if not chosen or item.start >= chosen[-1].end:
            chosen.append(item)
    return chosen


def _pattern_spans(text: str) -> list[Redaction]:
    spans = [Redaction(m.start(), m.end(), "email") for m in _EMAIL.finditer(text)]
    for pattern, kind in ((_DNI_LABELLED, "dni"), (_PHONE_LABELLED, "phone"), (_ANEXO, "phone")):
        spans += [Redaction(m.start("number"), m.end("number"), kind)
                  for m in pattern.finditer(text)]  # fmt: skip
    for pattern, kind in ((_DNI_BARE, "dni"), (_PHONE_AREA, "phone"), (_PHONE_MOBILE, "phone")):
        spans += [Redaction(m.start(), m.end(), kind) for m in pattern.finditer(text)]
    return spans


def _name_spans(text: str) -> list[Redaction]:
    protected = institution_spans(text)
    spans = []
    for start, end in _runs(text, protected):
        if fold(text[start:end].split()[0]) in _NOT_NAMES:
            continue
        if _introduced(text, start, end) or _looks_like_name(text[start:end]):
            spans.append(Redaction(start, end, "name"))
    return spans


def _runs(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Capitalized word runs, cut where an institution is named (``PNP Karina Tello``)."""
    runs = []
    for match in _RUN.finditer(text):
        start, end = match.span()
        inside = [(s, e) for s, e in protected if start < e and s < end]
        if not inside:
            runs.append((start, end))
            continue
        cursor = start
        for p_start, p_end in sorted(inside) + [(end, end)]:
            piece = text[cursor : max(cursor, p_start)]
            runs += [(cursor + m.start(), cursor + m.end()) for m in _RUN.finditer(piece)]
            cursor = max(cursor, p_end)
    return runs


def _introduced(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40) : start]
    return bool(_TITLE_BEFORE.search(before) or _AFTER.match(text[end : end + 40]))


def _looks_like_name(run: str) -> bool:
    words = [w for w in run.split() if w not in _CONNECTORS]
    if len(words) < 2:
        return False
    known = person_words()
    hits = [fold(w) in known for w in words]
    return hits[0] and sum(hits) * 2 >= len(words)


@lru_cache(maxsize=1)
def person_words() -> frozenset[str]:
    """The shipped given names and surnames, folded (lower case, no accents)."""
    lines = NAMES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(fold(line.strip()) for line in lines if line.strip()[:1] not in ("", "#"))


def institution_spans(text: str) -> list[tuple[int, int]]:
    """Where the gazetteer matcher finds an institution (names there are never masked)."""
    return [(c.start, c.end) for c in _matcher().find(text)]


@lru_cache(maxsize=1)
def _matcher() -> InstitutionMatcher:
    from extract.institution_matcher import InstitutionMatcher  # spaCy: 0.5 s, when needed

    return InstitutionMatcher(load_gazetteer())
