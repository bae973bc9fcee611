"""Patterns of a letter's header lines: its own reference and the request it cites
(the requested period is ``oficio.extract.header.periods``).

OCR reads ``N°`` as ``N*``, ``N?``, ``Nº``, ``No.``, ``Nro.``: the number sign pattern
accepts them all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The letter's own reference under a label of its own: "Our ref.: CARTA N° 0147-2024-…",
# "Our reference: ILO/LIM/2024/227" (a "Ref.:" or "Your ref.:" line cites another's).
# The label may have no colon when the letter sets its head as a table of labels and values
# ("Our reference   CARTA N° 000118-2023-VRIP/UNMSM").
_OUR_REF = r"(?:our[ \t]+ref(?:erence)?|nuestra[ \t]+ref(?:erencia)?)[ \t]*\.?[ \t]*:?[ \t]*"
_OUR_REF_LINE = re.compile(r"^[ \t]*" + _OUR_REF + r"(?P<value>\S[^\n]*?)[ \t]*$",
                           re.IGNORECASE | re.MULTILINE)

NUMBER_SIGN = r"(?:N\s?[°º*?o0]\s?\.?|Nro\s?\.?|Nº|No\s?\.|N\.\s?°|N[uú]m(?:ero|\.)?|N\b)"
_KINDS = {  # the head words tolerate OCR's 0 for O and 1/l for I
    # 'OF. RE (DGC) N° 2-10-B/118': the foreign ministry's oficio, its name cut short
    "oficio": r"[O0]F[I1l]C[I1l][O0](?:\s+M[ÚU]LTIPLE|\s+CIRCULAR)?|[O0]F\.",
    "carta": r"CARTA(?:\s+M[ÚU]LTIPLE|\s+CIRCULAR)?|(?:OFFICIAL\s+)?LETTER",
    "informe": r"[I1l]NF[O0]RME(?:\s+T[ÉE]CNICO|\s+LEGAL|\s+DE(?:\s+[A-ZÁÉÍÓÚÑ]{3,}){1,3})?"
               r"|REP[O0]RTE?",
    "memorando": r"MEM[O0]R(?:[ÁA]NDUM|AND[O0])(?:\s+M[ÚU]LTIPLE|\s+CIRCULAR)?",
    "nota": r"N[O0]TA(?:\s+[I1l]NF[O0]RMAT[I1l]VA|\s+DE\s+ELEVACI[ÓO]N)?|N[O0]TE",
    # 'RESOLUCIÓN DE PRESIDENCIA', 'RESOLUCIÓN DIRECTORAL', 'RESOLUCIÓN DE GERENCIA GENERAL'
    "resolucion": r"RES[O0]LUCI[ÓO]N(?:\s+(?:DE(?:L)?\s+(?:LA\s+)?)?[A-ZÁÉÍÓÚÑ]{4,}){0,5}",
    # 'ACTA DE SESIÓN ORDINARIA DE CONCEJO'
    "acta": r"ACTA(?:\s+DE(?:L)?\s+[A-ZÁÉÍÓÚÑ]{4,}(?:\s+(?:DE(?:L)?\s+)?[A-ZÁÉÍÓÚÑ]{4,}){0,3})?",
    # 'HOJA DE ENVÍO', 'HOJA DE TRÁMITE', 'HOJA DE REMISIÓN': the cover of a routed file
    "hoja": r"HOJA\s+DE\s+(?:ENV[ÍI]O|TR[ÁA]MITE|REMISI[ÓO]N|RUTA|COORDINACI[ÓO]N)",
    "comunicado": r"COMUNICADO|AVISO",
    "circular": r"CIRCULAR",
    "ordinario": r"ORD\.|ORDINARIO",
    "proveido": r"PROVE[ÍI]D[O0]",
    # the documents of a hiring or a purchase: 'CONVOCATORIA CAS N° 021-2022-MDSJL',
    # 'PROCESO CAS N° 045-2023-EF/43.03', 'ADJUDICACIÓN SIMPLIFICADA N° 018-2022-MDLO/CS-1'
    "convocatoria": r"(?:CONVOCATORIA|PROCESO)\s+(?:CAS|DE\s+SELECCI[ÓO]N)|CONCURSO\s+P[ÚU]BLICO",
    "adjudicacion": r"ADJUDICACI[ÓO]N\s+SIMPLIFICADA|LICITACI[ÓO]N\s+P[ÚU]BLICA",
    # a front desk's receipt and a transparency office's answer form
    "constancia": r"CONSTANCIA",
    "formato": r"FORMATO\s+DE\s+(?:RESPUESTA|ATENCI[ÓO]N)",
}
_KIND = "|".join(f"(?:{k})" for k in _KINDS.values())
# What may stand before the number on its line: on a scan, OCR joins the addressee column
# to the number's ('Señora' and, a column's gap away, 'OFICIO N° 033-2024-…'); a form's
# label ('N.° : OFICIO N° …', 'DOCUMENTO  OFICIO N° …'); a box's edge read as a mark
# ('¡OFICIO N° …!').
_LEAD = (r"(?:(?P<lead>[^\W\d][^\n:]{0,24}?)[ \t]{4,}|N\S{0,3}[ \t]*:[ \t]*"
         r"|DOCUMENTO[ \t]*:?[ \t]+|" + _OUR_REF + r")?"
         r"(?:[¡|!\[]|I(?=[O0]F))?")
_REFERENCE = re.compile(
    r"^[ \t]*" + _LEAD + r"(?P<kind>" + _KIND + r")\s*"
    + r"(?:\s+[A-Z]{1,4})?(?:\s*\([A-Z\-]{1,10}\))?\s*"  # 'Nota RE (DGC) N° 5-11/142'
    # numbers of the e-government document system start with "D": "N° D000512-2020-..."
    + r"(?P<sign>" + NUMBER_SIGN + r")\s*[:.]?\s*(?P<num>D?[0-9][^\n]*?)\s*(?:\s{2,}[^\n]*)?$",
    re.IGNORECASE | re.MULTILINE,
)
# A title whose number was stamped apart ('CIRCULAR N°' and, above it, '555,').
_NUMBERLESS = re.compile(
    r"^[ \t]*(?P<kind>" + _KIND + r")\s*(?:\s*\([A-Z\-]{1,10}\))?\s*"
    + r"(?P<sign>" + NUMBER_SIGN + r")[ \t]*[:./]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_STAMPED_NUMBER = re.compile(r"^[ \t]*(?P<num>\d{1,7})[ \t]*[,.]?[ \t]*$", re.MULTILINE)
# A number alone on its line ('N° 036-IGP/2019'), its title on the lines above it or in an
# image: 'RESOLUCIÓN DE / GERENCIA GENERAL / N° 036-IGP/2019'.
_NUMBER_LINE = re.compile(
    r"^[ \t]*(?P<sign>" + NUMBER_SIGN + r")[ \t]*[:.]?[ \t]*"
    r"(?P<num>\d[\w]*(?:[ \t]*[-/.][ \t]*[\w]+)+)[ \t]*$",
    re.MULTILINE,
)
_KIND_ONLY = re.compile(r"(?:" + _KIND + r")", re.IGNORECASE)
# Words of a sentence: a reference followed by them is cited ('Informe N° 235-2019-IGP y
# el Informe Legal N° ...', 'Acta N° 007-2020-CSST, de fecha ...'), not the letter's own.
_PROSE = re.compile(
    r"(?:^|[\s,;])(?:y|e|el|la|los|las|de|del|con|que|se|al|a|en|por|para|sobre|mediante|"
    r"según|segun|emitido|remitido|and|of|dated|from)(?=\s|$)"
)
# A line that cannot end a sentence or a title: it ends on a word that needs the next
# line ('... en atención al', 'mediante el', 'remitido con') or on a comma.
_SENTENCE_GOES_ON = re.compile(
    r"(?:\b(?:al|el|la|los|las|del|de|con|mediante|según|segun|y|e|a|en|por|the|to|with|"
    r"under|in)|[a-záéíóúñ],)[ \t]*$"
)
_OCR_SIGN = re.compile(r"^N\s?[*?]$")
_REQUEST = re.compile(
    r"(?P<kind>Solicitud(?:\s+de\s+acceso\s+a\s+la\s+informaci[óo]n(?:\s+p[úu]blica)?)?"
    r"|Carta|Expediente|Exp\.|Registro|Oficio|Documento|Hoja\s+de\s+Ruta|Request|Letter)"
    r"\s*" + NUMBER_SIGN + r"\s*[:.]?\s*(?P<num>[0-9][\w\-/.]*[\w])",
    re.IGNORECASE,
)
# A label in the column before a number: the number is the one it cites, not the letter's.
_REF_WORDS = r"ref(?:erencia)?|reference|re"
_LABEL_LEAD = re.compile(r"\s*(?:" + _REF_WORDS + r"|asunto|subject|ver|vistos?|adjunto|"
                         r"anexo|c\.?\s?c)\b", re.IGNORECASE)
_REF_LINE = re.compile(
    r"^[ \t]*(?:" + _REF_WORDS + r")[ \t]*\.?[ \t]*:", re.IGNORECASE | re.MULTILINE
)
_SIGNOFF = re.compile(
    r"^\s*(atentamente|atte\.?|cordialmente|sin otro particular|saludos|sincerely|"
    r"yours (faithfully|sincerely)|best regards|kind regards|regards)\b",
    re.IGNORECASE,
)
_COPY = re.compile(r"^\s*(c\.?\s?c\.?|c/c|copia|copy)\s*[:.]?\s", re.IGNORECASE)


@dataclass(frozen=True)
class Reference:
    doc_type: str
    text: str
    start: int
    end: int


def find_references(text: str) -> list[Reference]:
    """Every reference line ('OFICIO N° 0456-2018-MIMP/DGCVG', an attached 'INFORME N° ...',
    'RESOLUCIÓN DE / GERENCIA GENERAL / N° 036-IGP/2019' over lines) that opens a line, is
    not inside a 'Referencia:' block and is not a document cited in a sentence."""
    found = []
    for match in _REFERENCE.finditer(text):
        if _after_ref_label(text, match.start()) or _cited(text, match) or \
                _LABEL_LEAD.match(match.group("lead") or ""):
            continue
        found.append(_reference(text, match.group("kind"), match, match.start("kind")))
    for match in _NUMBER_LINE.finditer(text):
        title = _title_above(text, match.start())
        if title is not None and not _after_ref_label(text, match.start()):
            found.append(_reference(text, title[0], match, title[1]))
    return sorted(found, key=lambda r: r.start)


def _reference(text: str, kind: str, match: re.Match[str], start: int) -> Reference:
    """The reference as written, from its first word to the end of its number, on one line,
    with OCR's 'N*' and 'N?' read as 'N°'."""
    sign = match.group("sign")
    head = text[start : match.start("sign")]
    if _OCR_SIGN.match(sign.strip()):
        sign = "N°"
    num = _own_number(match.group("num"))
    value = f"{head}{sign} {num}" if head else f"{sign} {num}"
    value = re.sub(r"\s+", " ", value).strip()
    value = re.sub(r"\s+(?=[°º])", "", value)
    return Reference(_doc_type(kind), value, start, match.start("num") + len(num))


# The letter's place and date set on the number's line ('OFICIO N° 0318-2024-GRA/GG-GRDS
# Ayacucho, 26 de febrero de 2024', 'CARTA N° 0093-2024-UNI/SG-UTAIP Rímac, 2024-02-21'):
# a place's capitalised words, a comma, then a date (some digit). Case matters: a number's
# own letters are capitals with no comma after them.
_PLACE_DATE = re.compile(
    r"\s+[A-ZÁÉÍÓÚÑ][\wÁÉÍÓÚÑáéíóúñ.'-]*(?:\s+(?:[A-ZÁÉÍÓÚÑ][\wÁÉÍÓÚÑáéíóúñ.'-]*|de|del|la"
    r"|las|los|el)){0,4},\s*[^\n]*\d[^\n]*$"
)


def _own_number(num: str) -> str:
    """A reference's number without the place and date set after it on its line."""
    return num[:place.start()] if (place := _PLACE_DATE.search(num)) else num


def _cited(text: str, match: re.Match[str]) -> bool:
    """A reference in a sentence: prose follows its number on the line, or the line goes on
    from a sentence on the line above ('... en atención al' / 'Informe N° 0040-2022-...')."""
    if _PROSE.search(_own_number(match.group("num"))):
        return True
    line_start = match.start()
    if line_start == 0 or text[line_start - 1] != "\n":
        line_start = text.rfind("\n", 0, match.start()) + 1
    if line_start == 0:
        return False
    prev_start = text.rfind("\n", 0, line_start - 1) + 1
    previous = text[prev_start : line_start - 1]
    return bool(previous.strip()) and _SENTENCE_GOES_ON.search(previous) is not None


def _title_above(text: str, pos: int) -> tuple[str, int] | None:
    """The title of a number line, written over the (at most three) lines above it, blank
    lines between allowed: ('RESOLUCIÓN DE GERENCIA GENERAL', its offset)."""
    lines: list[tuple[int, str]] = []
    end = pos - 1
    while end > 0 and len(lines) < 3:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line:
            lines.insert(0, (start, line))
            joined = " ".join(t for _, t in lines)
            if _KIND_ONLY.fullmatch(joined):
                return joined, start + len(text[start:end]) - len(text[start:end].lstrip())
        end = start - 1
    return None


def find_reference(text: str) -> Reference | None:
    """The letter's own reference line (the first), an e-mail's subject, a title whose
    number was stamped apart ('CIRCULAR N°' and the number '555' alone near the top), or a
    number alone near the top of the page ('N° 169-IGP/2020', its title an image)."""
    found = find_references(text)
    if found:
        return found[0]
    own = _OUR_REF_LINE.search(text, 0, line_end(text, TOP_LINES))
    if own is not None:
        return Reference("", own.group("value"), own.start("value"), own.end("value"))
    subject = _EMAIL_SUBJECT.search(text)
    if subject is not None and _EMAIL_FROM.match(text):
        value = subject.group(1).strip()
        return Reference("email", value, subject.start(1), subject.start(1) + len(value))
    top = line_end(text, TOP_LINES)
    stamped = _stamped(text, top)
    if stamped is not None:
        return stamped
    bare = _NUMBER_LINE.search(text, 0, top)
    if bare is not None and not _after_ref_label(text, bare.start()):
        sign = "N°" if _OCR_SIGN.match(bare.group("sign").strip()) else bare.group("sign")
        value = f"{sign} {bare.group('num')}"
        return Reference("", re.sub(r"\s+", " ", value), bare.start("sign"), bare.end("num"))
    return None


TOP_LINES = 15  # the lines where a stamped or bare number is the document's own


def _stamped(text: str, top: int) -> Reference | None:
    title = _NUMBERLESS.search(text, 0, top)
    number = _STAMPED_NUMBER.search(text, 0, top)
    if title is None or number is None or _after_ref_label(text, title.start()):
        return None
    sign = "N°" if _OCR_SIGN.match(title.group("sign").strip()) else title.group("sign")
    head = text[title.start("kind") : title.start("sign")]
    value = re.sub(r"\s+", " ", f"{head}{sign} {number.group('num')}").strip()
    return Reference(_doc_type(title.group("kind")), value, title.start("kind"),
                     title.end("sign"))


def line_end(text: str, lines: int, pos: int = 0) -> int:
    """The offset after ``lines`` more lines from ``pos``."""
    for _ in range(lines):
        nxt = text.find("\n", pos)
        if nxt < 0:
            return len(text)
        pos = nxt + 1
    return pos


_EMAIL_FROM = re.compile(r"\s*(de|from)\s*:", re.IGNORECASE)
_EMAIL_SUBJECT = re.compile(r"^[ \t]*(?:asunto|subject)[ \t]*:[ \t]*([^\n]*)", re.I | re.M)


def _doc_type(kind: str) -> str:
    kind = re.sub(r"\s+", " ", kind.strip())
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
