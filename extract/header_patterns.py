"""Patterns of a letter's header lines: reference, cited request, requested period.

OCR reads ``N°`` as ``N*``, ``N?``, ``Nº``, ``No.``, ``Nro.``: the number sign pattern
accepts them all.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from extract.dates import MONTHS, find_dates, month_number, normalize

NUMBER_SIGN = r"(?:N\s?[°º*?o0]\s?\.?|Nro\s?\.?|Nº|No\s?\.|N\.\s?°|N[uú]m(?:ero|\.)?|N\b)"
_KINDS = {  # the head words tolerate OCR's 0 for O and 1/l for I
    "oficio": r"[O0]F[I1l]C[I1l][O0](?:\s+M[ÚU]LTIPLE|\s+CIRCULAR)?",
    "carta": r"CARTA(?:\s+M[ÚU]LTIPLE)?|LETTER",
    "informe": r"[I1l]NF[O0]RME(?:\s+T[ÉE]CNICO|\s+LEGAL)?|REP[O0]RT",
    "memorando": r"MEM[O0]R[ÁA]NDUM|MEM[O0]RAND[O0](?:\s+M[ÚU]LTIPLE)?|MEM[O0]RANDUM",
    "nota": r"N[O0]TA(?:\s+[I1l]NF[O0]RMAT[I1l]VA|\s+DE\s+ELEVACI[ÓO]N)?|N[O0]TE",
}
_REFERENCE = re.compile(
    r"^[ \t]*(?P<kind>" + "|".join(f"(?:{k})" for k in _KINDS.values()) + r")\s*"
    + r"(?:\s+[A-Z]{1,4})?(?:\s*\([A-Z\-]{1,10}\))?\s*"  # 'Nota RE (DGC) N° 5-11/142'
    + NUMBER_SIGN + r"\s*[:.]?\s*(?P<num>[0-9][^\n]*?)\s*(?:\s{2,}[^\n]*)?$",
    re.IGNORECASE | re.MULTILINE,
)
_REQUEST = re.compile(
    r"(?P<kind>Solicitud(?:\s+de\s+acceso\s+a\s+la\s+informaci[óo]n(?:\s+p[úu]blica)?)?"
    r"|Carta|Expediente|Exp\.|Registro|Oficio|Documento|Hoja\s+de\s+Ruta|Request|Letter)"
    r"\s*" + NUMBER_SIGN + r"\s*[:.]?\s*(?P<num>[0-9][\w\-/.]*[\w])",
    re.IGNORECASE,
)
_REF_LINE = re.compile(
    r"^[ \t]*(?:ref(?:erencia)?|reference|re)[ \t]*\.?[ \t]*:", re.IGNORECASE | re.MULTILINE
)
_SIGNOFF = re.compile(
    r"^\s*(atentamente|atte\.?|cordialmente|sin otro particular|saludos|sincerely|"
    r"yours (faithfully|sincerely)|best regards|kind regards|regards)\b",
    re.IGNORECASE,
)
_COPY = re.compile(r"^\s*(c\.?\s?c\.?|c/c|copia|copy)\s*[:.]?\s", re.IGNORECASE)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True)) + r"|[a-z0-9]{5,10}"
_YEAR = r"((?:19|20)\d\d)"


@dataclass(frozen=True)
class Reference:
    doc_type: str
    text: str
    start: int
    end: int


def find_references(text: str) -> list[Reference]:
    """Every reference line ('OFICIO N° 0456-2018-MIMP/DGCVG', an attached 'INFORME N° ...')
    that opens a line and is not inside a 'Referencia:' block."""
    found = []
    for match in _REFERENCE.finditer(text):
        if _after_ref_label(text, match.start()):
            continue
        kind = _doc_type(match.group("kind"))
        raw = text[match.start() : match.end()]
        line = raw.strip()
        line = re.split(r"\s{2,}", line)[0] if "  " in line else line
        start = match.start() + len(raw) - len(raw.lstrip())
        found.append(Reference(kind, line, start, start + len(line)))
    return found


def find_reference(text: str) -> Reference | None:
    """The letter's own reference line (the first), or an e-mail's empty reference."""
    found = find_references(text)
    if found:
        return found[0]
    subject = _EMAIL_SUBJECT.search(text)
    if subject is not None and _EMAIL_FROM.match(text):
        value = subject.group(1).strip()
        return Reference("email", value, subject.start(1), subject.start(1) + len(value))
    return None


_EMAIL_FROM = re.compile(r"\s*(de|from)\s*:", re.IGNORECASE)
_EMAIL_SUBJECT = re.compile(r"^[ \t]*(?:asunto|subject)[ \t]*:[ \t]*([^\n]*)", re.I | re.M)


def _doc_type(kind: str) -> str:
    for name, pattern in _KINDS.items():
        if re.fullmatch(pattern, kind, re.IGNORECASE):
            return name
    return "oficio"


def _after_ref_label(text: str, pos: int) -> bool:
    """True when the line at ``pos`` is a 'Referencia:' line or its continuation."""
    line_start = text.rfind("\n", 0, pos) + 1
    if _REF_LINE.match(text[line_start:]):
        return True
    prev_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    prev = text[prev_start : max(prev_start, line_start - 1)]
    return bool(_REF_LINE.match(prev)) and text[line_start:pos].strip() == "" and pos > line_start


def find_request_ref(text: str) -> str | None:
    """The request the letter answers, as written: the text of its 'Referencia:' /
    'Ref.:' line ('Solicitud N° 123-2018', 'Solicitud S/N de fecha 17.01.2019'), else the
    first 'Solicitud N° ...' / 'Expediente N° ...' / 'Request N° ...' anywhere."""
    for match in _REF_LINE.finditer(text):
        value = text[match.end() : _line_end_at(text, match.end())].strip()
        if not value:  # the reference is on the next line
            nxt = _line_end_at(text, match.end()) + 1
            value = text[nxt : _line_end_at(text, nxt)].strip() if nxt < len(text) else ""
        if value:
            return _clean(value)
    for match in _REQUEST.finditer(text):
        if re.match(r"solicitud|request", match.group("kind"), re.IGNORECASE):
            return _clean(match.group(0))
    return None


def _line_end_at(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _clean(found: str) -> str:
    return re.sub(r"\s+", " ", found).strip()


def is_signoff(line: str) -> bool:
    return bool(_SIGNOFF.match(line))


def is_copy_line(line: str) -> bool:
    return bool(_COPY.match(line))


_NO_RANGE = r"\b(?!\s*(?:-|–|al|a|y|to|and|hasta)\s*(?:19|20)\d\d)"
_PERIOD_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"(?:de|desde|entre|from|between)\s+(?:el\s+mes\s+de\s+)?({_MONTH})\.?\s+"
                rf"(?:de(?:l)?\s+)?{_YEAR}\s+(?:a|al|hasta|y|to|and|until)\s+(?:el\s+mes\s+de\s+)?"
                rf"({_MONTH})\.?\s+(?:de(?:l)?\s+)?{_YEAR}"), "months"),
    (re.compile(rf"(?:periodo|period|anos|years|ejercicios|ejercicio fiscal)\s*(?:de\s+)?"
                rf"{_YEAR}\s*(?:-|–|al|a|y|to|and|hasta)\s*{_YEAR}"), "years"),
    (re.compile(rf"(?:entre|between|desde|from)\s+(?:el\s+|los\s+)?(?:ano\s+|anos\s+)?{_YEAR}"
                rf"\s*(?:y|al|a|hasta|and|to|-)\s*(?:el\s+)?{_YEAR}"), "years"),
    (re.compile(rf"(?:durante|en|del|al|para|for|during|in|to)\s+(?:el\s+|the\s+)?"
                rf"(?:ano|year|periodo|period|ejercicio|calendar\s+year)\s+"
                rf"(?:fiscal\s+|calendario\s+)?{_YEAR}{_NO_RANGE}"), "year"),
    (re.compile(rf"\bcovering\s+(?:the\s+year\s+)?{_YEAR}{_NO_RANGE}"), "year"),
]  # fmt: skip


def find_period(text: str) -> tuple[date, date, str] | None:
    """The requested period when the letter states it: (start, end, the words).

    The first period phrase in a sentence about the request ("solicitud", "pedido",
    "requerida", "periodo", ...); a year in a sentence about results is not the period."""
    folded = normalize(text)
    found = _dated_periods(text, folded) + _worded_periods(folded)
    found = [f for f in found if _about_request(folded, f[0])]
    found = [f for f in found if not any(_inside(f, g) for g in found)]
    if not found:
        return None
    best = min(found, key=lambda f: f[0])
    start, end, first, last = best
    return first, last, text[start:end]


def _inside(inner: tuple, outer: tuple) -> bool:
    """True when ``outer`` is a longer phrase that overlaps ``inner``."""
    overlaps = inner[0] < outer[1] and outer[0] < inner[1]
    return overlaps and (outer[1] - outer[0]) > (inner[1] - inner[0])


def _worded_periods(folded: str) -> list[tuple[int, int, date, date]]:
    found = []
    for pattern, shape in _PERIOD_PATTERNS:
        for match in pattern.finditer(folded):
            g = match.groups()
            if shape == "months":
                months = month_number(g[0]), month_number(g[2])
                if None in months:
                    continue
                first, last = (months[0], int(g[1])), (months[1], int(g[3]))
            elif shape == "years":
                first, last = (1, int(g[0])), (12, int(g[1]))
            else:
                first, last = (1, int(g[0])), (12, int(g[0]))
            start = date(first[1], first[0], 1)
            end = date(last[1], last[0], calendar.monthrange(last[1], last[0])[1])
            if start <= end:
                found.append((match.start(), match.end(), start, end))
    return found


def _dated_periods(text: str, folded: str) -> list[tuple[int, int, date, date]]:
    """'del 01 de enero de 2017 al 30 de junio de 2018', 'entre el 1 de enero de 2017 y el
    31 de diciembre de 2018', 'from 1 January 2017 to 30 June 2018'."""
    dates = find_dates(text)
    found = []
    for a, b in zip(dates, dates[1:], strict=False):
        between = folded[a.end : b.start].strip()
        before = folded[max(0, a.start - 12) : a.start]
        if (
            between in _BETWEEN
            and re.search(r"(del|desde|entre|from|between|el|periodo|period|de)\s*$", before)
            and a.value < b.value
        ):
            found.append((a.start, b.end, a.value, b.value))
    return found


_BETWEEN = {"al", "a", "hasta", "hasta el", "y", "y el", "to", "-", "until", "and", "through"}
_REQUEST_WORDS = re.compile(
    r"solicit|pedido|pidi|requer|request|inquir|consult|periodo|period|lapso|calendar|"
    r"raised|letter|covering|refer"
)


def _about_request(folded: str, pos: int) -> bool:
    start = max(folded.rfind(".", 0, pos), folded.rfind("\n\n", 0, pos)) + 1
    end = folded.find(".", pos)
    return bool(_REQUEST_WORDS.search(folded[start : len(folded) if end < 0 else end]))
