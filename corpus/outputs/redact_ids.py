"""The numbers and addresses ``oficio.corpus.outputs.redact`` masks: identity documents, phones,
e-mails.

``number_spans(text)`` gives ``(start, end, kind)`` for each, kinds ``dni``, ``document``,
``phone`` and ``email``. Only the number is masked; its label stays so the passage reads
(``D.N.I. N.º [DNI]``, ``pasaporte venezolano N° [DOCUMENTO]``).

- ``dni``: a Peruvian DNI after its label (``DNI``, ``D.N.I.``, ``documento nacional de
  identidad``, ``ID No.``), written whole, dotted or spaced (``44556677``,
  ``44.556.677``, ``4455 6677``), with its check digit (``44556677-5``) and the numbers
  listed after it (``DNI N.os 44556677 y 45667788``); and any 8-digit number standing
  alone, or dotted like one (``44.556.677``) where no currency comes before it.
- ``document``: the number after a carné de extranjería (``C.E.``, ``CE``, ``carnet de
  extranjería``), a temporary-permanence permit (``PTP``, ``CPP``, ``permiso temporal de
  permanencia``), a refugee card, a foreign identity card (``cédula``, ``C.I.``,
  ``V-12.345.678``) or a passport (``pasaporte``, ``Pas.``): digits, or capital letters and
  digits (``AB1234567``, ``C01X00T47``): 6 digits or 7 characters at least, so a
  school's ``C.E. N° 20523`` stays. One mask for them all: the
  label before it says which document it is, and a bare number's kind cannot be told.
- ``phone``: numbers after a phone label, anexos, area-code and mobile forms.
- ``email``: addresses.
"""

from __future__ import annotations

import re

Span = tuple[int, int, str]

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# "N°", "N.º", "Nº", "No.", "Nro.", "N.os", "número", ":" in any order before a number
_MARK = (
    r"[ \t]*(?:(?:N\.?[ \t]?[°º*]s?|N\.?os?\b\.?|Nros?\.?|No\.?|(?:los[ \t]+)?números?|#|:|\.|"
    r"\||\t|[-–](?=[ \t]*\w))[ \t]*)*"
)
_NATIONALITY = (
    r"(?:venezolan|colombian|ecuatorian|bolivian|peruan|chilen|argentin|brasile[ñn]|paraguay|"
    r"uruguay|dominican|cuban|hait|chin|mexican|español|estadounidense|extranjer|paraguay)\w*"
)
# words that may stand between a document's name and its number
_FILLER = (
    rf"(?:[ \t]+(?:(?:de[ \t]+)?nacionalidad[ \t]+)?{_NATIONALITY}|[ \t]+de la República"
    r"(?:[ \t]+Bolivariana)?(?:[ \t]+de[ \t]+\w+)?|[ \t]*\((?:PTP|CPP|CE|C\.E\.|DNI)\)|"
    r"[ \t]+(?:vigente|expedid[oa]|son|es|con|de[ \t]+la[ \t]+víctima))*"
)
_DNI_LABEL = (
    r"(?:\bDN[Il1]s?\b|\bD\.[ \t]?N\.[ \t]?[Il1]\.?|\bID[ \t]+No\.?|\bL\.[ \t]?E\.|"
    r"\bdocumento (?:nacional )?de identidad(?![ \t]+(?:extranjer|venezolan)))"
)
_DNI = r"\d(?:[ .]?\d){7}(?:[ \t]?-[ \t]?\d)?(?![\d.]\d)"
_LIST = r"(?:\s*(?:,|y|e|/|;)\s*" + _MARK + ")"
_DNI_LABELLED = re.compile(
    rf"{_DNI_LABEL}{_FILLER}{_MARK}(?P<number>{_DNI}(?:{_LIST}{_DNI})*)"
    r"(?!\d)",
    re.IGNORECASE,
)
_DNI_BARE = re.compile(r"(?<![\w.,/-])\d{8}(?![\w/-]|[.,]\d)")
_DNI_DOTTED = re.compile(r"(?<![\w.,/-])\d{2}\.\d{3}\.\d{3}(?:-\d)?(?![\w/-]|[.,]\d)")
# numbers of 8 digits that are not DNIs: a police CIP, a registry entry, a complaint...
_OTHER_NUMBER_BEFORE = re.compile(
    r"(?:\bCIP|partida(?:[ \t]+registral)?|SIDPOL|denuncia|\bRUC|expediente|carpeta|registro|"
    r"c[óo]digo|cuenta|placa|\bCMP|\bCAL|licencia|\bH\.?C\.|certificado|oficio|"
    r"informe|resoluci[óo]n)[^\n\d]{0,12}$",
    re.IGNORECASE,
)
_CURRENCY_BEFORE = re.compile(r"(?:S/|\$|USD|US\$|soles|€)[ \t]*$", re.IGNORECASE)
_DOC_LABEL = (
    r"(?:\bcarn[eé]t?s?(?:[ \t]+de)?[ \t]+extr(?:anjer[ií]a|\.)|\bC\.[ \t]?E\.?(?![ \t]?\w\.)|"
    r"(?-i:\bCE\b)|\b(?:carn[eé]t?[ \t]+de[ \t]+)?permiso[ \t]+temporal[ \t]+de[ \t]+"
    r"permanencia|(?-i:\b(?:PTP|CPP|C\.P\.P\.|P\.T\.P\.)(?![\w.]))|"
    r"\bcarn[eé]t?[ \t]+de[ \t]+(?:refugiad[oa]|solicitante[ \t]+de[ \t]+refugio)|"
    r"\bc[ée]dula(?:[ \t]+de[ \t]+(?:identidad|ciudadan[ií]a|identificaci[oó]n))?|"
    r"\bdocumento[ \t]+de[ \t]+identidad(?=[ \t]+(?:extranjer|venezolan))|"
    r"(?-i:\bC\.[ \t]?[IC]\.(?![ \t]?\w\.))|\bpasapor-?\s*tes?|(?-i:\bPas\.|\bPAS\b))"
)
# capital letters and digits: 6 digits, or 7 characters; ``V-`` and ``E-`` prefixes
_DOC_NUMBER = (
    r"(?-i:(?=(?:[A-Z.-]*\d){6}|[A-Z0-9]{7})(?:[A-Z]{1,3}[ \t]?-?[ \t]?)?\d(?:[.]?[\dA-Z]|[ -]\d)*"
    r"[\dA-Z](?:-\d)?)(?![\w-])"
)
_DOC_LABELLED = re.compile(
    rf"{_DOC_LABEL}{_FILLER}{_MARK}(?P<number>{_DOC_NUMBER}(?:{_LIST}{_DOC_NUMBER})*)",
    re.IGNORECASE,
)
_PHONE_NUMBER = r"(?:\+?51[ \t]*)?\(?0?\d{1,3}\)?[ \t-]*\d{2,3}[ \t-]?\d{3,4}"
_PHONE_LABELLED = re.compile(
    r"(?:\bTel[ée]fonos?|\bTelfs?\.?|\bTlfs?\.?|\bTel\.|\bCel(?:ular)?(?:es)?\.?|\bM[óo]vil|"
    r"\bCentral telef[óo]nica|\bPhone|\bWhatsApp)[ \t]*:?[ \t]*(?:N[°º][ \t]*)?"
    rf"(?P<number>{_PHONE_NUMBER}(?:[ \t]*[/,y][ \t]*{_PHONE_NUMBER})*)",
    re.IGNORECASE,
)
_PHONE_AREA = re.compile(
    r"(?<![\w])\(0?\d{1,3}\)[ \t]*\d{2,3}[ \t-]?\d{3,4}(?![\d])|"
    r"(?<![\w/-])0\d{1,3}(?:-\d{6,7}|[ \t]\d{2,3}-\d{4})(?![\w-])"
)
_PHONE_ABROAD = re.compile(
    r"(?:\(\+\d{2,3}\)|(?<![\w+])\+\d{2,3})[ \t]*\d(?:[ \t.-]?\d){6,11}(?!\d)"
)
_PHONE_MOBILE = re.compile(
    r"(?<![\w.,/-])(?:\+51[ \t]*)?9\d{2}[ \t-]?\d{3}[ \t-]?\d{3}(?![\w/-]|[.,]\d)"
)
_ANEXO = re.compile(
    r"\b(?:anexos?|anx\.?|anex\.|ext\.)[ \t]*(?:N[°º][ \t]*)?(?P<number>\d{2,5})(?!\d)",
    re.IGNORECASE,
)


def number_spans(text: str) -> list[Span]:
    """Every document number, phone and e-mail in ``text`` (they may overlap)."""
    spans: list[Span] = [(m.start(), m.end(), "email") for m in _EMAIL.finditer(text)]
    for pattern, kind in ((_DNI_LABELLED, "dni"), (_DOC_LABELLED, "document"),
                          (_PHONE_LABELLED, "phone"), (_ANEXO, "phone")):  # fmt: skip
        spans += [(m.start("number"), _trim(m.group("number"), m.end("number")), kind)
                  for m in pattern.finditer(text)]  # fmt: skip
    for pattern, kind in ((_PHONE_AREA, "phone"), (_PHONE_MOBILE, "phone"),
                          (_PHONE_ABROAD, "phone")):  # fmt: skip
        spans += [(m.start(), m.end(), kind) for m in pattern.finditer(text)]
    for pattern in (_DNI_BARE, _DNI_DOTTED):
        spans += [(m.start(), m.end(), "dni") for m in pattern.finditer(text)
                  if not _OTHER_NUMBER_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
                  and not _CURRENCY_BEFORE.search(text[max(0, m.start() - 8) : m.start()])]
        # fmt: skip
    return spans


def _trim(number: str, end: int) -> int:
    """The end of a number without a trailing dot (``pasaporte N° 123456789.``)."""
    return end - (len(number) - len(number.rstrip(". -")))
