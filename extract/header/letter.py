"""The letter header: sender, reference, date, the request it answers, the requested period.

The sender comes from three places, never from the body: the letterhead (the lines of page
1 above the reference line), the suffix of the reference line (``-MIMP/DGCVG``) and the
signature block at the end of the last page (``cc`` lines left out). Units count for their
parent (a "Fiscalía Provincial Penal de Lima" signs for the Ministerio Público); a body that
answers for itself under a regional government (a UGEL, a hospital) is the sender as written.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from functools import lru_cache

from oficio.extract.header.dates import find_dates
from oficio.extract.header.header_patterns import (
    Reference,
    find_reference,
    find_references,
    find_request_ref,
    is_copy_line,
    is_signoff,
    line_end,
)
from oficio.extract.header.letterhead import (
    letterhead_issuer,
    spaced_letterhead,
    spelled_like,
    under_a_police_region,
)
from oficio.extract.header.periods import find_period
from oficio.extract.institutions.component import Mention, find_mentions
from oficio.extract.institutions.gazetteer import load_gazetteer
from oficio.extract.read.document import Document

LETTERHEAD_LINES = 12
SIGNATURE_LINES = 14
WEIGHTS = {"reference": 3, "letterhead": 3, "signature": 2, "email": 2}


@dataclass
class Evidence:
    """Why an institution is taken for the sender: where, which line, which text."""

    institution_id: str
    where: str  # "letterhead", "reference", "signature", "email" or "fallback"
    page: int
    line: int  # 0-based line number in that page's text
    text: str


@dataclass
class Header:
    sender_id: str | None = None
    # The sender's name: the gazetteer's for a known sender; as written in the letterhead
    # for one the gazetteer lacks (then sender_id is None), e.g. a foreign ministry.
    sender_name: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    doc_type: str | None = None
    reference: str | None = None
    letter_date: date | None = None
    request_ref: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    period_text: str | None = None

    def to_dict(self) -> dict:
        """JSON-ready: dates as ISO strings."""
        data = asdict(self)
        for key in ("letter_date", "period_start", "period_end"):
            value = getattr(self, key)
            data[key] = value.isoformat() if value else None
        return data


@dataclass(frozen=True)
class _Zone:
    where: str
    page: int
    start: int
    end: int


def parse_header(document: Document, mentions: list[Mention]) -> Header:
    """Read the header of a reply. ``mentions`` should include units
    (``find_mentions(document, include_units=True)``) for the best sender evidence."""
    header = Header()
    if not document.pages:
        return header
    first = document.pages[0].text
    ref = find_reference(first)
    if ref is not None:
        header.doc_type, header.reference = ref.doc_type, ref.text
        if document.pages[0].method == "ocr":
            header.reference = ocr_repaired_reference(ref.text)
    header.letter_date = _letter_date(document)
    header.request_ref = find_request_ref(document.text)
    period = find_period(document.text)
    if period is not None:
        header.period_start, header.period_end, header.period_text = period
    zones = _zones(document, ref)
    header.evidence = _domain_evidence(document) + _evidence(document, mentions, zones)
    head = letterhead_issuer(first, zones[0].end, mentions)
    chosen = _choose_sender(header.evidence, mentions)
    if head is None:  # a letterhead in spaced capitals names no body the mentions found
        chosen = spaced_letterhead(first, zones[0].end) or chosen
    if head is not None and (head.foreign or not (head.known or spelled_like(head, chosen))):
        header.sender_name = head.name  # never replaced by a parent or a body it mentions
        return header
    own = head.institution_id if head is not None else None
    if own and own != chosen and (chosen is None or _parent_of(chosen) != own):
        chosen = own  # "Ministerio de Desarrollo Agrario y Riego / Servicio Nacional
        # Forestal y de Fauna Silvestre": the letterhead's body, not its ministry
    if under_a_police_region(first[:zones[0].end], chosen):
        chosen = _parent_of(chosen)  # "REGIÓN POLICIAL MADRE DE DIOS / COMISARÍA PNP …"
    header.sender_id = chosen
    if header.sender_id is not None:
        item = load_gazetteer().get(header.sender_id)
        header.sender_name = item.name if item is not None else None
    return header


def annotate(document: Document) -> tuple[Header, list[Mention]]:
    """Header and mentions of a document, with ``is_sender`` set on the sender's mentions."""
    found = find_mentions(document, include_units=True)
    header = parse_header(document, found)
    return header, mark_senders([m for m in found if not m.is_unit], header, document)


def mark_senders(mentions: list[Mention], header: Header, document: Document) -> list[Mention]:
    """Copies of ``mentions`` with ``is_sender`` true for the sender's letterhead,
    reference-line and signature mentions."""
    if header.sender_id is None or not document.pages:
        return list(mentions)
    zones = _zones(document, find_reference(document.pages[0].text))
    return [
        replace(m, is_sender=m.institution_id == header.sender_id and _zone_of(m, zones) != "")
        for m in mentions
    ]


def _letter_date(document: Document) -> date | None:
    """The date on a 'City, date' or 'Fecha:' line: near the top of page 1, else anywhere
    (a diplomatic note is dated at its end); else a date standing alone on a line near the
    top. Dates inside sentences (the requested period) are not the letter's date."""
    first = document.pages[0].text
    top = line_end(first, LETTERHEAD_LINES * 2)
    for text, limit in [(first, top)] + [(p.text, len(p.text)) for p in document.pages]:
        for found in find_dates(text[:limit]):
            start, end = _line_at(text, found.start)
            if _DATE_LINE.search(text[start : found.start]):
                return found.value
    for found in find_dates(first[:top]):
        start, end = _line_at(first, found.start)
        if first[start:end].strip(" \t.") == first[found.start : found.end]:
            return found.value
    return None


_DATE_LINE = re.compile(
    r"(^|\s)(fecha|date|enviado el|sent)\s*:\s*([A-ZÁÉÍÓÚÑ][\w .]*,\s*)?$"
    r"|^\s*[A-ZÁÉÍÓÚÑ][\w .]{0,30},\s*(\w+,?\s+)?$",  # 'Lima, ', 'Lima, lunes '
    re.IGNORECASE,
)


def _zones(document: Document, ref: Reference | None) -> list[_Zone]:
    """Letterhead of page 1; every reference line (the letter's and its attachments');
    the signature block after every sign-off (or, with none, the end of the last page)."""
    first = document.pages[0].text
    head_end = line_end(first, LETTERHEAD_LINES)
    if ref is not None and ref.text:
        head_end = min(head_end, ref.start)
    if _EMAIL_HEADER.match(first):
        head_end = 0  # an e-mail has no letterhead: its first lines are already the body
    zones = [_Zone("letterhead", 1, 0, head_end)]
    for page in document.pages:
        for found in find_references(page.text):
            zones.append(_Zone("reference", page.number, found.start, found.end))
        for start in _signoffs(page.text):
            end = line_end(page.text, SIGNATURE_LINES, start)
            zones.append(_Zone("signature", page.number, start, end))
    if not any(zone.where == "signature" for zone in zones):  # no sign-off line found
        last = document.pages[-1]
        tail = _line_start_back(last.text, SIGNATURE_LINES)
        zones.append(_Zone("signature", last.number, tail, len(last.text)))
    return zones


_EMAIL_HEADER = re.compile(r"\s*(de|from)\s*:", re.IGNORECASE)
_SENDER_DOMAIN = re.compile(r"^\s*(?:de|from)\s*:[^\n]*@([a-z0-9-]+)\.gob\.pe", re.I | re.M)


def _domain_evidence(document: Document) -> list[Evidence]:
    """'De: Transparencia <transparencia@mef.gob.pe>': the domain names the sender when it
    is an id or an acronym of the gazetteer."""
    match = _SENDER_DOMAIN.search(document.pages[0].text[:600])
    if match is None:
        return []
    label = match.group(1).lower()
    gazetteer = load_gazetteer()
    for item in gazetteer:
        if label in {item.id, item.acronym.lower().replace("-", "")}:
            line = document.pages[0].text.count("\n", 0, match.start(1))
            return [Evidence(item.id, "email", 1, line, match.group(1))]
    return []


def _signoffs(text: str) -> list[int]:
    """Start offsets of the lines that open a signature block ('Atentamente,')."""
    starts, pos = [], 0
    for line in text.splitlines(keepends=True):
        if is_signoff(line):
            starts.append(pos)
        pos += len(line)
    return starts


def _line_start_back(text: str, lines: int) -> int:
    pos = len(text)
    for _ in range(lines):
        pos = text.rfind("\n", 0, max(0, pos - 1))
        if pos < 0:
            return 0
    return pos + 1


def _zone_of(mention: Mention, zones: list[_Zone]) -> str:
    for zone in zones:
        if mention.page == zone.page and zone.start <= mention.start < zone.end:
            return zone.where
    return ""


def _evidence(document: Document, mentions: list[Mention], zones: list[_Zone]) -> list[Evidence]:
    evidence = []
    pages = {p.number: p.text for p in document.pages}
    for mention in mentions:
        where = _zone_of(mention, zones)
        text = pages.get(mention.page, "")
        if not where or (where == "signature" and is_copy_line(_line_text(text, mention.start))):
            continue
        if _AUDITED.search(text[_line_at(text, mention.start)[0] : mention.start]):
            continue  # the body a control report audits, not the one that issues it
        if where == "signature" and _is_sentence(_line_text(text, mention.start)):
            continue  # a body named in the last paragraph, not a signature's line
        line = text.count("\n", 0, mention.start)
        evidence.append(Evidence(mention.institution_id, where, mention.page, line, mention.text))
    return evidence


def _choose_sender(evidence: list[Evidence], mentions: list[Mention]) -> str | None:
    scores: Counter[str] = Counter()
    order: dict[str, int] = {}
    last_signature = max((i for i, e in enumerate(evidence) if e.where == "signature"), default=-1)
    for i, item in enumerate(evidence):
        weight = WEIGHTS.get(item.where, 1)
        if item.where == "signature" and i != last_signature:
            weight = 1  # a rank ("Crnl. PNP") or a unit above the institution's own line
        scores[item.institution_id] += weight
        order.setdefault(item.institution_id, i)
    for child in list(scores):  # a unit with its own id beats its parent: DIRCTPTIM, not PNP
        parent = _parent_of(child)
        if parent in scores:
            scores[child] += scores.pop(parent)
    if scores:
        return max(scores, key=lambda k: (scores[k], -order[k]))
    # No letterhead, reference line or signature names anyone (a SIAF export): the body
    # the document names most. Never used when the letterhead names a body it does not know.
    counts = Counter(m.institution_id for m in mentions if not m.is_unit)
    return counts.most_common(1)[0][0] if counts else None


# "Órgano de Control Institucional de la Municipalidad ...", "Informe de Auditoría a la
# ...", "Servicio de Control Específico al ...": the named body is the audited one.
_AUDITED = re.compile(
    r"(control|auditor[ií]a|examen especial|\bOCI\b)[^\n]{0,60}?"
    r"\b(de\s+la|del|de|a\s+la|al|en\s+la|en\s+el)\s*[-:]?\s*$",
    re.IGNORECASE,
)


def _is_sentence(line: str) -> bool:
    """A line of prose, not of a signature block (a name, a title, an institution): ten
    words or more, or a full stop after five."""
    words = line.split()
    return len(words) >= 10 or (len(words) >= 5 and line.rstrip().endswith("."))


def _parent_of(institution_id: str) -> str:
    """The national body above an entry of its own (``pnp`` for ``pnp-dirctptim``, ``pj``
    for a Corte Superior, the ``parent`` of an analyst's new institution). Municipalities
    and regional governments are not units of the level above: none is returned."""
    item = load_gazetteer().get(institution_id)
    if item is not None:
        return "" if item.ubigeo else item.parent
    return institution_id.split("-")[0] if "-" in institution_id else ""


def _line_at(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _line_text(text: str, pos: int) -> str:
    return text[slice(*_line_at(text, pos))]


def ocr_repaired_reference(reference: str) -> str:
    """A reference number as OCR read it, with its usual misreadings undone: the slash
    after an institution's acronym read as "I" ("MIMPIDGCVG" is MIMP/DGCVG; "INEVDTDIS" is
    INEI/DTDIS, its "I/" read as "V"), or before one that ends the code ("VRIPIUNMSM" is
    VRIP/UNMSM), or before a unit's acronym ("GDSIMDSJL" is GDS/MDSJL), and a table rule
    or a box's edge read as a trailing "|" or "!"."""
    reference = re.sub(r"[\s|!]+$", "", reference)
    slash, run_together, before = _slash_patterns()
    reference = slash.sub(r"\1/", reference) if slash else reference
    reference = run_together.sub(r"\1I/", reference) if run_together else reference
    reference = before.sub("/", reference) if before else reference
    year = re.search(r"(?:19|20)\d\d", reference)
    if year is None:
        return reference
    code = reference[year.end():]
    return reference[:year.end()] + re.sub(r"[A-Z]+", lambda m: _unit_slash(m, code), code)


def _unit_slash(match: re.Match[str], code: str) -> str:
    """A run of capitals of a code with the slash before a unit's acronym read as "I"
    ("GDSIMDSJL" is GDS/MDSJL; "/IGRDS" is /GRDS). A unit's acronym is consonants
    (``_acronym_like``), and the "I" is no known acronym's letter: "DIVINCRI", "DGIESP",
    "VIVIENDA" and "AREQUIPA" stay as written."""
    run = match.group(0)
    known = _known_letters(run)
    after_slash = match.start() > 0 and code[match.start() - 1] == "/"
    for i, letter in enumerate(run):
        if letter == "I" and i not in known and _acronym_like(run[i + 1:]) and \
                (i >= 2 or (i == 0 and after_slash)):
            return run[:i] + ("/" if i else "") + run[i + 1:]
    return run


def _acronym_like(part: str) -> bool:
    """Three capitals or more, at most a third of them vowels, not opening with a vowel or
    "N" (the "IN" of DIVINCRI, DEPINTRAP is part of the word)."""
    vowels = sum(c in "AEIOU" for c in part)
    return len(part) >= 3 and vowels <= len(part) / 3 and part[0] not in "AEIUN"


def _known_letters(run: str) -> set[int]:
    """Positions of ``run`` inside one of the gazetteer's acronyms written in it."""
    return {i for acronym in _acronyms() for m in re.finditer(re.escape(acronym), run)
            for i in range(m.start(), m.end())}


@lru_cache(maxsize=1)
def _acronyms() -> frozenset[str]:
    return frozenset(k for entry in load_gazetteer() for k in (entry.acronym, *entry.aliases)
                     if k and k.isupper() and k.isalpha() and 3 <= len(k) <= 12)


@lru_cache(maxsize=1)
def _slash_patterns() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None,
                               re.Pattern[str] | None]:
    acronyms = set(_acronyms())

    def alternatives(names: set[str]) -> str:
        return "|".join(sorted(map(re.escape, names), key=len, reverse=True))

    def after(names: set[str], misread: str) -> re.Pattern[str] | None:
        # inside a code: after "-", "/" or a space, and before another code of 2+ capitals
        return re.compile(rf"(?<=[-/\s])({alternatives(names)}){misread}(?=[A-Z]{{2,}}\b)"
                          ) if names else None

    # "VRIPIUNMSM": the slash before an acronym that ends the code's last part (VRIP/UNMSM)
    before = re.compile(rf"(?<=[A-Z]{{2}})I(?=(?:{alternatives(acronyms)})(?:$|[-\s]))"
                        ) if acronyms else None
    return (after(acronyms, "I"), after({a[:-1] for a in acronyms if a.endswith("I")}, "V"),
            before)
