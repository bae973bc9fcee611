"""Mask personal data in passages before they leave the workspace (review sheets).

``redact(text)`` replaces DNI numbers with ``[DNI]``; carné de extranjería, PTP/CPP,
refugee-card, foreign identity-card and passport numbers with ``[DOCUMENTO]``; phone
numbers and anexos with ``[TELÉFONO]``; e-mail addresses with ``[CORREO]``; person names
and the initials of minors with ``[NOMBRE]``. One ``[DOCUMENTO]`` mask serves every
document that is not a DNI: the label before it stays and says which document it was
(``C.E. N° [DOCUMENTO]``, ``pasaporte venezolano N° [DOCUMENTO]``), and a bare number's
kind cannot be told from its shape. Masks do not depend on the length of what they hide.
A label before a number stays (``D.N.I. N.º [DNI]``, ``Telf. [TELÉFONO] anexo
[TELÉFONO]``) so the passage still reads. Numbers and addresses:
``oficio.corpus.outputs.redact_ids``; table columns a header names (``DNI``, ``Pasaporte``,
``Apellidos y nombres``): ``oficio.corpus.outputs.redact_tables``; what introduces a name or rules
one out: ``oficio.corpus.outputs.redact_names``.

A person name is a run of capitalized words on one line (``de``, ``del``, ``de la``... may
join them; in capitals, Spanish function words cut it) that follows a title or a phrase
that introduces a person (``Sr.``, ``Crnl. PNP``, ``la víctima venezolana``, ``el
tratante``, ``la Fiscal Adjunta Provincial``, ``en agravio de``, ``Atentamente,``), is
followed by what goes with a person (``identificado con``, ``(PTP N° ...``, ``, de 17
años``, an e-mail, a position on the next line), continues a list of such names, is
written ``APELLIDOS, Nombres``, or starts with a common given name or is made mostly of
common Peruvian given names and surnames (``person_names.txt``). A run that overlaps an
institution the gazetteer matcher finds, or follows ``I.E.``, ``Av.``, ``Hospital``,
``distrito de``..., is never masked, so "Municipalidad Distrital de José Luis Bustamante y
Rivero" and "I.E. José Carlos Mariátegui" stay whole.

Measured with ``bench/redaction.py`` on ``eval/redaction`` (written without seeing this
code): docs/review.md gives the figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from oficio.corpus.outputs.redact_ids import number_spans
from oficio.corpus.outputs.redact_names import (
    FOLLOWED,
    INITIALS,
    INTRODUCED,
    LEAD,
    NOT_NAMES,
    PLACE_BEFORE,
    STOPWORDS,
    SURNAMES_FIRST,
)
from oficio.corpus.outputs.redact_tables import table_spans
from oficio.extract.institutions.gazetteer import load_gazetteer
from oficio.textfold import fold

if TYPE_CHECKING:
    from oficio.extract.institutions.institution_matcher import InstitutionMatcher

NAMES_FILE = Path(__file__).with_name("person_names.txt")
MASKS = {"dni": "[DNI]", "document": "[DOCUMENTO]", "phone": "[TELÉFONO]", "email": "[CORREO]",
         "name": "[NOMBRE]"}  # fmt: skip

# words in capitals that cut a run ("EN LA CIUDAD DE IQUITOS"); DE, DEL, DE LA join names
_CAPS_STOP = (
    r"(?:EN|EL|LA|LOS|LAS|CON|POR|PARA|QUE|SE|SU|SUS|AL|ES|SON|FUE|DE|DEL|NO|SI|LO|LE|UN|UNA|"
    r"CUAL|SIENDO|HORAS|AMBAS|AMBOS|ESTE|ESTA|ESE|ESA|SOBRE|ENTRE|SIN|HASTA|DESDE)(?![\w])"
)
_WORD = (
    rf"(?:[A-ZÁÉÍÓÚÑÜ][a-záéíóúñü]+(?:-[A-ZÁÉÍÓÚÑÜ][a-záéíóúñü]+)?|(?!{_CAPS_STOP})"
    r"[A-ZÁÉÍÓÚÑÜ]{2,}(?![a-záéíóúñü]))"
)
_JOIN = r"(?:de|del|de la|de los|de las|De|Del|De la|De los|De las|da|do|dos|DE|DEL|DE LA|DE LOS)"
_RUN = re.compile(rf"{_WORD}(?: (?:{_JOIN} )?{_WORD})*")
_CONNECTORS = {"de", "del", "la", "los", "las", "da", "do", "dos"}
_LIST_JOIN = re.compile(r"[ \t]*(?:,|;|[ \t]y|[ \t]e)\s*", re.IGNORECASE)
_TABLE_ROW = re.compile(r"[|\t]|^[ \t]*\d+[.)-]", re.MULTILINE)


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
    tables = table_spans(text)
    kept = [(start, end) for start, end, kind in tables if kind == "kept"]
    found = [Redaction(*span) for span in number_spans(text) + tables if span[2] != "kept"
             and not (span[2] == "dni" and any(s <= span[0] < e for s, e in kept))]  # fmt: skip
    found += _name_spans(text)
    chosen: list[Redaction] = []
    for item in sorted(found, key=lambda r: (r.start, -(r.end - r.start))):
        if not chosen or item.start >= chosen[-1].end:
            chosen.append(item)
    return chosen


def _name_spans(text: str) -> list[Redaction]:
    protected = institution_spans(text)
    spans: list[Redaction] = []
    for start, end in _runs(text, protected):
        lead = LEAD.match(text[start:end])  # "Víctima Rosa Quispe", "Venezolana Yusleidy"
        led = lead is not None and len(text[start + lead.end() : end].split()) > 1
        start += lead.end() if lead else 0
        if re.fullmatch(r"[A-ZÁÉÍÓÚÑÜ]{2,6}", text[start:end]):
            continue  # an acronym: CAR, CEM, UDAVIT
        first = fold(text[start:end].split()[0]) if start < end else "de"
        folded = [fold(w) for w in text[start:end].split()]
        if (first in _CONNECTORS or _place(text, start)
                or any(w in NOT_NAMES for w in folded)):  # fmt: skip
            continue
        words = text[start:end].split()
        if len(words) == 1:  # one word: only after a title or a role ("el tratante Wilmer")
            if INTRODUCED.search(text[max(0, start - 80) : start]):
                spans.append(Redaction(start, end, "name"))
            continue
        listed = bool(spans) and _LIST_JOIN.fullmatch(text[spans[-1].end : start]) is not None
        if led or listed or _introduced(text, start, end) or _looks_like_name(text[start:end]):
            spans.append(Redaction(start, end, "name"))
    initials: list[Redaction] = []
    for m in INITIALS.finditer(text):
        listed = bool(initials) and _LIST_JOIN.fullmatch(text[initials[-1].end : m.start()])
        if listed or _introduced(text, m.start(), m.end()):
            initials.append(Redaction(m.start(), m.end(), "name"))
    spans += initials
    for match in SURNAMES_FIRST.finditer(text):
        start, end = match.span()
        words = [w for w in re.split(r"[\s,]+", match.group()) if w]
        if (fold(words[0]) in NOT_NAMES or _place(text, start)
                or any(fold(w) in STOPWORDS for w in words)
                or any(s < end and start < e for s, e in protected)):  # fmt: skip
            continue
        after = match.group().split(",", 1)[1].split()
        line_start = text.rfind("\n", 0, start) + 1
        in_table = _TABLE_ROW.search(text[line_start : text.find("\n", end) % (len(text) + 1)])
        if (any(not w.isupper() for w in after) or any(fold(w) in person_words() for w in words)
                or in_table or FOLLOWED.match(text[end : end + 40])):  # fmt: skip
            spans.append(Redaction(start, end, "name"))
    return spans


def _place(text: str, start: int) -> bool:
    return PLACE_BEFORE.search(text[max(0, start - 40) : start]) is not None


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
    before = text[max(0, start - 80) : start]
    return bool(INTRODUCED.search(before) or FOLLOWED.match(text[end : end + 40]))


def _looks_like_name(run: str) -> bool:
    words = [w for w in run.split() if w not in _CONNECTORS]
    if len(words) < 2:
        return False
    known = person_words()
    hits = [fold(w) in known for w in words]
    return hits[0] and (sum(hits) * 2 >= len(words) or len(words) <= 6)


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
    from oficio.extract.institutions.institution_matcher import (
        InstitutionMatcher,  # imports spaCy: only when needed
    )

    return InstitutionMatcher(load_gazetteer())
