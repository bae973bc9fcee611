"""The letterhead of a reply: which body it names as the one that writes.

Peruvian letterheads go from the sector to the body ("Ministerio del Ambiente / Instituto
Geofísico del Perú", "Gobierno Regional de Loreto / Red de Salud Alto Amazonas"); the body
is the last institution-level name among the lines above the reference line. Offices
("Dirección", "Gerencia", a municipality's DEMUNA) are parts of the body above them; a
regional government's sector directorates, UGELs, health networks and hospitals answer for
themselves (unidades ejecutoras of its pliego).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import fuzz

from oficio.extract.institutions.component import Mention
from oficio.extract.institutions.gazetteer import load_gazetteer
from oficio.textfold import fold


@dataclass(frozen=True)
class Issuer:
    name: str  # as written, on one line
    known: bool  # a gazetteer mention (units included) lies in it
    foreign: bool  # the letterhead names another State ("República de Chile")
    local: bool = False  # a municipality or a regional government
    regional: bool = False  # a regional government
    institution_id: str | None = None  # the one institution it names, if it names one


# The bodies a regional government's letterhead may name under it that answer for
# themselves (unidades ejecutoras of its pliego), unlike its offices ("Gerencia Regional de
# Desarrollo Social"): a UGEL, a health network, a hospital.
_ATTACHED = re.compile(r"(?:unidad\s+de\s+gesti[oó]n\s+educativa|ugel|red\s+de\s+salud|hospital)\b",
                       re.IGNORECASE)


_LOCAL_KINDS = {"regional_government", "provincial_municipality", "district_municipality"}


# Words that open the name of an institution (not of a part of one: "Dirección",
# "Oficina", "Gerencia" and "Viceministerio" name parts, and are skipped).
_INSTITUTION_HEAD = re.compile(
    r"^\s*(?:per[uú]\s*[|]?\s*)?(?P<name>(?:ministerio|municipalidad|gobierno\s+regional|"
    r"universidad|instituto|superintendencia|servicio\s+nacional|organismo|programa\s+nacional|"
    r"comisi[oó]n|agencia|autoridad|consejo|centro\s+nacional|sociedad\s+de\s+beneficencia|"
    r"beneficencia|hospital|red\s+de\s+salud|fiscal[ií]a|corte|juzgado|procuradur[ií]a|"
    r"defensor[ií]a|contralor[ií]a|tribunal|jurado|registro\s+nacional|seguro|banco|fondo|"
    r"archivo|biblioteca|academia|polic[ií]a|ej[eé]rcito|marina\s+de\s+guerra|fuerza\s+a[eé]rea|"
    r"embajada|consulado|congreso|poder\s+judicial|presidencia|unidad\s+de\s+gesti[oó]n|ugel|"
    r"proyecto\s+especial|unidad\s+(?:distrital|central)\s+de\s+asistencia)\b"
    r"[^\n]*)$",
    re.IGNORECASE,
)
_FOREIGN_STATE = re.compile(
    r"^\s*(?:rep[uú]blica|gobierno|estado\s+plurinacional|reino|embajada|consulado(?:\s+general)?)"
    r"\s+(?:de|del)\s+(?!(?:el\s+|la\s+)?per[uú]\b)(?!la\s+provincia)[a-záéíóúñ]+"
    r"(?:\s+[a-záéíóúñ]+){0,3}\s*$",
    re.IGNORECASE,
)
# "Presidencia" alone, or of a court or a board, is the office that signs for the body
# above it; the Presidencia del Consejo de Ministros and de la República are institutions.
_PART_HEAD = re.compile(r"^\s*(direcci[oó]n|oficina|gerencia|subgerencia|viceministerio|"
                        r"unidad(?!\s+de\s+gesti[oó]n\s+educativa|"
                        r"\s+(?:distrital|central)\s+de\s+asistencia)|"
                        r"[aá]rea|divisi[oó]n|departamento|jefatura|defensor[ií]a\s+municipal|"
                        r"demuna|presidencia(?!\s+del?\s+(?:la\s+)?(?:consejo|rep[uú]blica)))\b",
                        re.IGNORECASE)
_ADDRESSEE = re.compile(
    r"^\s*(?:se[ñn]or(?:a|es|ita)?\b|sra?\.|srta\.|dra?\.|doctora?\b|ing\.|lic\.|"
    r"(?:a|para|de|to|asunto|ref(?:erencia)?|atenci[oó]n)\s*:|presente\b|dear\b)",
    re.IGNORECASE,
)
_NAME_END_OPEN = re.compile(r"\b(de|del|la|las|los|el|y|e|para|contra|en)\s*$", re.IGNORECASE)


def letterhead_issuer(first: str, head_end: int, mentions: list[Mention]) -> Issuer | None:
    """The institution whose letterhead it is: the last institution-level name among the
    letterhead's lines (Peruvian letterheads go from the sector to the body: "Ministerio del
    Ambiente / Instituto Geofísico del Perú"), a name broken over short lines joined
    ("MINISTERIO / SECRETARÍA GENERAL DE LA PRESIDENCIA"). None when the letterhead names
    no institution."""
    lines = []
    pos = 0
    for line in first[:head_end].splitlines(keepends=True):
        if _ADDRESSEE.match(line):
            break  # the addressee's block: its institution is not the letterhead's
        lines.append((pos, line.rstrip("\n")))
        pos += len(line)
    foreign = any(_FOREIGN_STATE.match(text) for _, text in lines[:8])
    found: Issuer | None = None
    i = 0
    while i < len(lines):
        start, text = _own_words(*lines[i])
        if found is not None and found.regional and found.institution_id:
            directorate = _directorate(found.institution_id, text)
            if directorate is not None:  # "GOBIERNO REGIONAL JUNÍN / DIRECCIÓN REGIONAL DE
                found = replace(found, name=text.strip(), institution_id=directorate)
                i += 1  # TRABAJO Y PROMOCIÓN DEL EMPLEO": Junín's, though it names no place
                continue
        match = _INSTITUTION_HEAD.match(text)
        if (match is None or len(text.split()) > 14 or len(_CELL_GAP.findall(text)) >= 3
                or _FOREIGN_STATE.match(text)
                or _PART_HEAD.match(match.group("name"))):
            i += 1
            continue
        parts, end, j = [match.group("name").strip()], start + len(text), i + 1
        while j < len(lines) and len(parts) < 4 and _open_name(parts):
            nxt = lines[j][1].strip()
            if not nxt:
                j += 1
                continue
            if not _continues_name(nxt, _NAME_END_OPEN.search(" ".join(parts)) is not None):
                break
            parts.append(nxt)
            end = lines[j][0] + len(lines[j][1])
            j += 1
        name = re.sub(r"\s+", " ", " ".join(parts)).strip(" -|,.")
        inside = [m for m in mentions if m.page == 1 and m.start < end and start < m.end]
        if found is not None and found.known and found.local and not inside and \
                not (found.regional and _ATTACHED.match(name)):
            i = j  # a municipality's or regional government's own office ("Defensoría
            continue  # Municipal del Niño"), not a body of its own
        if found is not None and found.known and not found.local and not inside and \
                _COMMISSION.match(name):
            i = j  # "Ministerio de Justicia … / Comisión Multisectorial de Alto Nivel –
            continue  # Secretaría Ejecutiva": a commission the ministry houses, not a body
        if found is not None and found.known and not inside and "," in name and \
                _head_word(name) == _head_word(found.name):
            i = j  # "Universidad Nacional Mayor de San Marcos / Universidad del Perú, DECANA
            continue  # DE AMÉRICA": a tagline (a body under it has no comma in its name)
        # The one institution whose name the line is (not a longer name holding it:
        # "Instituto Nacional de Salud Mental" is not the Instituto Nacional de Salud)
        bare = _OF_PERU.sub("", name)  # "Poder Judicial del Perú" is the Poder Judicial
        named = {m.institution_id for m in inside
                 if not m.is_unit and len(m.text) >= _NAME_SHARE * len(bare)}
        known = any(_names_body(m, start + match.start("name"), match.group("name"))
                    for m in inside)
        found = Issuer(name, known, foreign,
                        any(m.kind in _LOCAL_KINDS for m in inside),
                        any(m.kind == "regional_government" for m in inside),
                        named.pop() if len(named) == 1 else None)
        i = j
    if found is None and foreign:  # another State's letterhead naming no body we can read
        marker = next(t for _, t in lines[:8] if _FOREIGN_STATE.match(t))
        return Issuer(re.sub(r"\s+", " ", marker).strip(), False, True)
    international = next((t for _, t in lines[:8] if _INTERNATIONAL.search(t)), None)
    if found is None and international is not None:  # IOM, UNICEF: as written, no id
        return Issuer(re.sub(r"\s+", " ", international).strip(), False, True)
    return found


# An international organisation's name: its letterhead names no Peruvian body, and the
# bodies its letter mentions ("the Public Ministry") are not its sender.
_INTERNATIONAL = re.compile(
    r"\b(?:organizaci[oó]n\s+internacional|international\s+organi[sz]ation|naciones\s+unidas"
    r"|united\s+nations|unicef|unodc|unfpa|acnur|unhcr|oficina\s+internacional"
    r"|comit[eé]\s+internacional|embassy\s+of|uni[oó]n\s+europea|european\s+union)\b",
    re.IGNORECASE,
)


# "Unidad Ejecutora 401 – Hospital Regional de Loreto": the budget system's label of the
# body, not a part's name; and a motto set on the name's line by a word processor.
_EXECUTING_UNIT = re.compile(r"^\s*unidad\s+ejecutora\s+(?:n[°º.]?\s*)?\d+\s*[-–—:]\s*",
                             re.IGNORECASE)
# "UNMSM Universidad Nacional Mayor de San Marcos": the acronym set before the name (case
# matters: "MUNICIPALIDAD PROVINCIAL" is a name in capitals)
_LEAD_ACRONYM = re.compile(r"^\s*[A-ZÁÉÍÓÚÑ]{2,8}\s+(?=[A-ZÁÉÍÓÚÑ][a-záéíóúñ])")
_MOTTO = re.compile(r"\s+[\"“«]\s*(?:a[ñn]o|decenio)\b.*$", re.IGNORECASE)
_CELL_GAP = re.compile(r"\S {2,}(?=\S)")  # a table's header row: "Corte Superior  Ingresados  …"
_COMMISSION = re.compile(r"comisi[oó]n\b", re.IGNORECASE)
_UNIT_SHARE = 0.5  # of a letterhead line's name a unit's generic name must cover to be it
_NAME_SHARE = 0.8  # of a letterhead line's name a mention must cover to be its institution
_OF_PERU = re.compile(r"\s+del?\s+(?:la\s+rep[uú]blica\s+del\s+)?per[uú]$", re.IGNORECASE)


# A letterhead set in spaced capitals ("G O B I E R N O  R E G I O N A L  D E  L O R E T O"):
# the text layer keeps a space between every two letters, and the words' gaps are lost,
# so no name is found in it. Its letters, run together, are looked up among the
# gazetteer's names and aliases run together; a name two bodies share (La Victoria of Lima
# and of Chiclayo) gives none.
_SPACED = re.compile(r"^\s*(?:[^\W\d_][ \t]+){6,}[^\W\d_][ \t]*$")


def spaced_letterhead(first: str, head_end: int) -> str | None:
    """The institution the last letter-spaced line of the letterhead names that is not an
    office's ("S E C R E T A R Í A  G E N E R A L"), if the gazetteer has it under that
    name alone: a body below a known one that the gazetteer lacks gives none, never its
    parent."""
    last = None
    for line in first[:head_end].splitlines():
        if _ADDRESSEE.match(line):
            break
        if _SPACED.match(line):
            letters = _run_together(line)
            last = last if _PART_RUN.match(letters) else letters
    found = _run_together_names().get(last, ()) if last else ()
    return found[0] if len(found) == 1 else None


# An office's name run together ("direccionregionaldeeducacion"); a UGEL answers for itself.
_PART_RUN = re.compile(r"(?:direccion|oficina|gerencia|subgerencia|secretaria|viceministerio|"
                       r"area|division|departamento|jefatura|unidad(?!degestioneducativa))")


@lru_cache(maxsize=1)
def _run_together_names() -> dict[str, tuple[str, ...]]:
    names: dict[str, set[str]] = {}
    for item in load_gazetteer():
        for name in (item.name, *item.aliases):
            names.setdefault(_run_together(name), set()).add(item.id)
    return {key: tuple(sorted(ids)) for key, ids in names.items()}


def _run_together(text: str) -> str:
    return re.sub(r"[^a-z]", "", fold(text))


def _own_words(start: int, text: str) -> tuple[int, str]:
    """A letterhead line's name alone, and where it starts."""
    lead = _EXECUTING_UNIT.match(text)
    if lead:
        start, text = start + lead.end(), text[lead.end():]
    lead = _LEAD_ACRONYM.match(text)
    if lead and _INSTITUTION_HEAD.match(text[lead.end():]):
        start, text = start + lead.end(), text[lead.end():]
    name = _MOTTO.sub("", text)
    return start, name if len(name.split()) >= 2 else text


def _directorate(regional_id: str, line: str) -> str | None:
    """The id of the sector directorate a regional government's letterhead names without
    its place ("Gerencia Regional de Salud" under "Gobierno Regional La Libertad")."""
    return _directorates(regional_id).get(" ".join(fold(line).split()).strip(" .-"))


@lru_cache(maxsize=64)
def _directorates(regional_id: str) -> dict[str, str]:
    """A regional government's directorates by their names with the place taken off."""
    gazetteer = load_gazetteer()
    region = gazetteer.get(regional_id)
    if region is None:
        return {}
    place = fold(re.sub(r"^Gobierno Regional\s+(?:del?\s+)?", "", region.name))
    found: dict[str, str] = {}
    for item in gazetteer:
        if item.parent != regional_id or not item.id.startswith(f"{regional_id}-"):
            continue
        for name in (item.name, *item.aliases):
            bare = re.sub(rf"(?:\s+del?)?\s+{re.escape(place)}$", "", fold(name))
            if bare != fold(name):
                found.setdefault(" ".join(bare.split()), item.id)
    return found


def _names_body(mention: Mention, start: int, name: str) -> bool:
    """Whether a mention in a letterhead name is the body's own name, not only a place the
    name ends on ("Fiscalía Provincial Especializada … de Madre de Dios" names no body the
    gazetteer knows, though Madre de Dios is one)."""
    first_word = len(name) - len(name.lstrip()) + len(name.split()[0]) if name.split() else 0
    if mention.is_unit and len(mention.text) < _UNIT_SHARE * len(name.strip()):
        return False  # "Fiscalía Provincial" opening a longer name: a kind of unit, not one
    return mention.start <= start + first_word


def _head_word(name: str) -> str:
    return fold(name.split()[0]) if name.split() else ""


SPELLED_LIKE = 85  # rapidfuzz ratio of an OCR-damaged letterhead name to the sender's name


# A PNP unit a police region's letterhead names under it (a station, a division, a
# department): it writes for the PNP, not for the region; the region's own offices
# (Secretaría, Unidad de Trámite Documentario) write for the region.
_POLICE_UNIT = re.compile(r"^\s*(?:comisar[ií]a|divisi[oó]n|departamento|escuadr[oó]n|frente|"
                          r"secci[oó]n|div[a-z]*|dep[a-z]*incri|depintra[a-z]*|cpnp)\b",
                          re.IGNORECASE)


def under_a_police_region(letterhead: str, chosen: str | None) -> bool:
    """Whether the sender chosen is a police region whose letterhead names a PNP unit
    under it: the letter is the unit's, and the PNP's, not the region's."""
    return bool(chosen and chosen.startswith("pnp:regpol-") and
                any(_POLICE_UNIT.match(line) for line in letterhead.splitlines()))


def spelled_like(head: Issuer, institution_id: str | None) -> bool:
    """Whether an unmatched letterhead name is the chosen sender's name damaged by OCR
    ('Gobierno Regional de Puuo'), so the reference and signature may name it instead."""
    item = load_gazetteer().get(institution_id) if institution_id else None
    if item is None:
        return False
    name = fold(head.name)
    return any(fuzz.ratio(name, fold(n)) >= SPELLED_LIKE
               for n in (item.name, *item.aliases) if len(n.split()) >= 2)


def _open_name(parts: list[str]) -> bool:
    """Whether a name may go on on the next line: it is one or two words so far
    ("MINISTERIO", "Instituto Geofísico"), or it ends on "de", "la", "y"."""
    joined = " ".join(parts)
    return len(joined.split()) < 3 or _NAME_END_OPEN.search(joined) is not None


def _continues_name(line: str, open_end: bool) -> bool:
    """A short line of words that goes on with the name; after "de la" even a word that
    could open a name ("General de la / Presidencia")."""
    words = line.split()
    return (len(words) <= 6 and not re.search(r"\d", line) and not _PART_HEAD.match(line)
            and (open_end or not _INSTITUTION_HEAD.match(line))
            and not _FOREIGN_STATE.match(line)
            and not line.startswith(('"', "“", "'"))
            and any(len(w) >= 3 and w[:1].isalpha() for w in words))
