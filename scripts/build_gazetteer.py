"""Generate extract/data/gazetteer.jsonl from the hand-written national list and ubigeo data.

Run from the repository root: ``python scripts/build_gazetteer.py``. The output is
committed; re-run only when national.csv or the ubigeo files change.

Subnational ids follow notes/gazetteer-ids: ``gore:DD``, ``mpro:DDPP``, ``mdis:DDPPdd``
(INEI codes). The district CSV spells names in upper case without accents: accents come back
from the accented ``capital`` column (a word takes its accented spelling when that spelling
is the more frequent one among capitals), from the rule -cion -> -ción, and from a
hand-written list of department names.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "extract" / "data"
UBIGEO = DATA / "ubigeo"

DEPARTMENTS = {
    "01": "Amazonas", "02": "Áncash", "03": "Apurímac", "04": "Arequipa", "05": "Ayacucho",
    "06": "Cajamarca", "07": "Callao", "08": "Cusco", "09": "Huancavelica", "10": "Huánuco",
    "11": "Ica", "12": "Junín", "13": "La Libertad", "14": "Lambayeque", "15": "Lima",
    "16": "Loreto", "17": "Madre de Dios", "18": "Moquegua", "19": "Pasco", "20": "Piura",
    "21": "Puno", "22": "San Martín", "23": "Tacna", "24": "Tumbes", "25": "Ucayali",
}  # fmt: skip
# Names usually written with the article: "Gobierno Regional del Cusco", "... del Callao".
WITH_ARTICLE = {"Callao", "Cusco"}
EXTRA_SPELLINGS = {"Cusco": ["Cuzco"], "Áncash": ["Ancash"]}
LOWER_WORDS = {"de", "del", "y"}
# The judicial districts, each with its Corte Superior de Justicia (a unidad ejecutora of the
# Poder Judicial that answers requests itself): slug -> place as written after "de".
# "del Santa" keeps its article; Lima Noroeste was "Puente Piedra - Ventanilla".
COURT_DISTRICTS = {
    "amazonas": "Amazonas", "ancash": "Áncash", "apurimac": "Apurímac", "arequipa": "Arequipa",
    "ayacucho": "Ayacucho", "cajamarca": "Cajamarca", "callao": "Callao", "canete": "Cañete",
    "cusco": "Cusco", "santa": "Santa", "huancavelica": "Huancavelica", "huanuco": "Huánuco",
    "huaura": "Huaura", "ica": "Ica", "junin": "Junín", "la-libertad": "La Libertad",
    "lambayeque": "Lambayeque", "lima": "Lima", "lima-este": "Lima Este",
    "lima-norte": "Lima Norte", "lima-noroeste": "Lima Noroeste", "lima-sur": "Lima Sur",
    "loreto": "Loreto", "madre-de-dios": "Madre de Dios", "moquegua": "Moquegua",
    "pasco": "Pasco", "piura": "Piura", "puno": "Puno", "san-martin": "San Martín",
    "selva-central": "Selva Central", "sullana": "Sullana", "tacna": "Tacna",
    "tumbes": "Tumbes", "ucayali": "Ucayali",
}  # fmt: skip
COURT_ACRONYMS = {"lima": "CSJLI", "lima-norte": "CSJLN", "lima-sur": "CSJLS",
                  "lima-este": "CSJLE"}
COURT_FORMER = {"lima-noroeste": ["Puente Piedra - Ventanilla", "Ventanilla"]}
# The fiscal districts (distritos fiscales) of the Ministerio Público: their Presidencias de
# Junta de Fiscales Superiores are units of MP-FN. Lima's is "Lima Centro" since 2021.
FISCAL_DISTRICTS = [
    *(p for s, p in COURT_DISTRICTS.items() if s != "lima-noroeste"), "Lima Centro",
    "Lima Noroeste", "Ventanilla",
]
ARTICLES = {"la", "las", "los", "el"}


def fold(text: str) -> str:
    """Lower case without accents (ñ kept as n), for comparing spellings."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def read_csv(name: str) -> list[dict[str, str]]:
    with (UBIGEO / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def accent_map(rows: list[dict[str, str]]) -> dict[str, str]:
    """Folded word -> its accented spelling, where capitals mostly write it with accents."""
    spellings: dict[str, Counter[str]] = {}
    for row in rows:
        for word in re.findall(r"[^\W\d_]+", row.get("capital", "")):
            spellings.setdefault(fold(word), Counter())[word.lower()] += 1
    result = {}
    for key, counts in spellings.items():
        best, best_count = counts.most_common(1)[0]
        if best != key and best_count > counts.get(key, 0):
            result[key] = best
    return result


def proper_name(upper: str, accents: dict[str, str]) -> str:
    """'SAN JUAN DE MIRAFLORES' -> 'San Juan de Miraflores', with accents restored."""
    words = upper.split()
    out: list[str] = []
    for i, word in enumerate(words):
        low = word.lower()
        low = accents.get(fold(low), low)
        if low.endswith("cion"):
            low = low[:-4] + "ción"
        previous = out[-1] if out else ""
        if i > 0 and (low in LOWER_WORDS or (low in ARTICLES and previous in {"de", "del"})):
            out.append(low)
        else:
            out.append("-".join(part[:1].upper() + part[1:] for part in low.split("-")))
    return " ".join(out)


def population(row: dict[str, str]) -> int:
    try:
        return round(float(row["pob_densidad_2020"]) * float(row["superficie"]))
    except (KeyError, ValueError):
        return 0


def national_entries() -> list[dict]:
    entries = []
    with (DATA / "national.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            aliases = [a.strip() for a in row["aliases"].split("|") if a.strip()]
            units = [u.strip() for u in row["units"].split("|") if u.strip()]
            entries.append({
                "id": row["id"], "name": row["name"], "acronym": row["acronym"],
                "kind": row["kind"], "aliases": aliases, "units": units,
                "parent": row["parent"],
            })  # fmt: skip
    return entries


def court_entries() -> list[dict]:
    """One entry per Corte Superior de Justicia (``pj-csj-<district>``, parent ``pj``), and
    the Corte Superior Nacional de Justicia Penal Especializada."""
    entries = []
    for slug, place in COURT_DISTRICTS.items():
        phrases = ["del Santa"] if slug == "santa" else of_phrase(place)
        phrases += [f"de {p}" for p in COURT_FORMER.get(slug, [])]
        if place in {"Áncash"}:
            phrases.append("de Ancash")
        aliases = [f"Corte Superior de Justicia {p}" for p in phrases]
        aliases += [f"CSJ {p}" for p in phrases] + [f"Corte Superior {p}" for p in phrases]
        aliases += [f"Presidencia de la Corte Superior de Justicia {p}" for p in phrases]
        entries.append({
            "id": f"pj-csj-{slug}", "name": aliases[0], "acronym": COURT_ACRONYMS.get(slug, ""),
            "kind": "autonomous", "aliases": _unique(aliases), "units": [], "parent": "pj",
        })  # fmt: skip
    entries.append({
        "id": "pj-csnjpe", "name": "Corte Superior Nacional de Justicia Penal Especializada",
        "acronym": "CSNJPE", "kind": "autonomous", "units": [], "parent": "pj",
        "aliases": ["Corte Superior Nacional", "Sala Penal Nacional"],
    })  # fmt: skip
    return entries


def fiscal_units() -> list[str]:
    """The Presidencias de Junta de Fiscales Superiores by distrito fiscal, as MP-FN units."""
    units = []
    for place in FISCAL_DISTRICTS:
        phrases = ["del Santa"] if place == "Santa" else of_phrase(place)
        for p in phrases:
            units += [f"Presidencia de la Junta de Fiscales Superiores del Distrito Fiscal {p}",
                      f"Presidencia de la Junta de Fiscales Superiores {p}",
                      f"Junta de Fiscales Superiores del Distrito Fiscal {p}",
                      f"Distrito Fiscal {p}"]
    return _unique(units)


def of_phrase(name: str) -> list[str]:
    """'de Cusco', 'del Cusco' for a place name; 'del Callao' keeps its article."""
    if name in WITH_ARTICLE:
        return [f"del {name}", f"de {name}"]
    return [f"de {name}"]


def regional_entries() -> list[dict]:
    entries = []
    for code, name in DEPARTMENTS.items():
        spellings = [name, *EXTRA_SPELLINGS.get(name, [])]
        aliases = []
        for spelling in spellings:
            aliases += [f"Gobierno Regional {p}" for p in of_phrase(spelling)]
            aliases += [f"Gobierno Regional del {spelling}", f"Gobierno Regional {spelling}"]
            aliases += [f"GORE {spelling}", f"GORE-{spelling}", f"GR {spelling}"]
        if code == "15":
            aliases.append("Gobierno Regional de Lima Provincias")
        if code == "07":
            aliases.append("Gobierno Regional de la Provincia Constitucional del Callao")
        entries.append({
            "id": f"gore:{code}", "name": f"Gobierno Regional {of_phrase(name)[0]}",
            "acronym": "", "kind": "regional_government", "aliases": _unique(aliases),
            "ubigeo": f"{code}0000", "parent": "",
        })  # fmt: skip
    return entries


# The sector directorates of the regional governments, each a unidad ejecutora of its
# region's pliego that answers requests itself ("REGIÓN LORETO - SALUD" in the budget
# system): slug, the names after "Dirección Regional"/"Gerencia Regional", the acronyms.
# Some regions call them "Gerencia Regional" (La Libertad, Arequipa, Lambayeque).
SECTOR_DIRECTORATES = (
    ("dre", ("de Educación",), ("DRE", "GRE")),
    ("diresa", ("de Salud",), ("DIRESA", "GERESA")),
    ("drtpe", ("de Trabajo y Promoción del Empleo",), ("DRTPE", "GRTPE")),
    ("dircetur", ("de Comercio Exterior y Turismo",), ("DIRCETUR", "GERCETUR")),
    ("dra", ("Agraria", "de Agricultura"), ("DRA",)),
    ("direpro", ("de la Producción", "de Producción"), ("DIREPRO",)),
    ("drtc", ("de Transportes y Comunicaciones",), ("DRTC",)),
    ("drem", ("de Energía y Minas",), ("DREM",)),
    ("drvcs", ("de Vivienda, Construcción y Saneamiento",), ("DRVCS",)),
)  # fmt: skip


def police_region_entries() -> list[dict]:
    """One entry per police region of the PNP, by department (``pnp:regpol-DD``, parent
    ``pnp``): "Región Policial Cusco", "Región Policial del Cusco", "REGPOL Cusco". A letter
    of a region is the region's, as a sector directorate's is the directorate's; other PNP
    units (divisions, departments, stations) stay units of the PNP."""
    entries = []
    for code, name in DEPARTMENTS.items():
        aliases = []
        for place in [name, *EXTRA_SPELLINGS.get(name, [])]:
            aliases += [f"Región Policial {p}" for p in of_phrase(place)]
            aliases += [f"Región Policial {place}", f"REGPOL {place}", f"REGPOL-{place}",
                        f"REGPOL {place} PNP"]
        entries.append({
            "id": f"pnp:regpol-{code}", "acronym": "", "kind": "police",
            "name": f"Región Policial {name}", "aliases": _unique(aliases), "units": [],
            "parent": "pnp",
        })  # fmt: skip
    return entries


def directorate_entries() -> list[dict]:
    """One entry per sector directorate of each regional government (``gore:16-diresa``,
    parent ``gore:16``): "Dirección Regional de Salud de Loreto", "... Salud Loreto",
    "Gerencia Regional de Salud Loreto", "DIRESA Loreto"."""
    entries = []
    for code, name in DEPARTMENTS.items():
        places = [name, *EXTRA_SPELLINGS.get(name, [])] + (["Lima Provincias"] if code == "15"
                                                           else [])
        for slug, sectors, acronyms in SECTOR_DIRECTORATES:
            aliases = []
            for place in places:
                for office in ("Dirección Regional", "Gerencia Regional"):
                    for sector in sectors:
                        aliases += [f"{office} {sector} {p}" for p in of_phrase(place)]
                        aliases.append(f"{office} {sector} {place}")
                aliases += [f"{a} {place}" for a in acronyms] + \
                    [f"{a}-{place}" for a in acronyms]
            entries.append({
                "id": f"gore:{code}-{slug}", "acronym": "", "kind": "regional_government",
                "name": f"Dirección Regional {sectors[0]} {of_phrase(name)[0]}",
                "aliases": _unique(aliases), "units": [], "parent": f"gore:{code}",
            })  # fmt: skip
    return entries


# Provincial municipalities whose own name is not "Municipalidad Provincial de <province>".
_OFFICIAL_NAMES = {"0218": "Municipalidad Provincial del Santa",
                   "1501": "Municipalidad Metropolitana de Lima"}


def provincial_entries(rows: list[dict[str, str]], accents: dict[str, str],
                       populations: Counter[str]) -> list[dict]:
    entries = []
    for row in rows:
        code = row["inei"][:4]
        name = proper_name(row["provincia"], accents)
        if code == "0701":
            name = "Callao"
        aliases = [f"Municipalidad Provincial {p}" for p in of_phrase(name)]
        aliases += [f"Municipalidad Provincial {name}", f"Municipalidad {of_phrase(name)[-1]}"]
        entry = {
            "id": f"mpro:{code}", "name": f"Municipalidad Provincial {of_phrase(name)[0]}",
            "acronym": "", "kind": "provincial_municipality", "aliases": aliases,
            "ubigeo": row["inei"], "parent": f"gore:{code[:2]}",
            "population": populations[code],
        }  # fmt: skip
        if code in _OFFICIAL_NAMES:  # the name the municipality gives itself
            aliases.append(entry["name"])
            entry["name"] = _OFFICIAL_NAMES[code]
        if code == "1501":
            entry["acronym"] = "MML"
            aliases += ["Municipalidad de Lima Metropolitana", "Municipalidad Metropolitana"]
        entry["aliases"] = _unique(aliases)
        entries.append(entry)
    return entries


def district_entries(rows: list[dict[str, str]], accents: dict[str, str]) -> list[dict]:
    """The capital district (code ending 01) is governed by the provincial municipality:
    it keeps an id and a name but no alias, so the matcher never links to it."""
    entries = []
    for row in rows:
        code = row["inei"]
        if not code.isdigit():  # a RENIEC-only row with no INEI code
            continue
        name = proper_name(row["distrito"], accents)
        if fold(row["capital"]) == fold(name):
            name = row["capital"]
        aliases: list[str] = []
        if not code.endswith("01"):
            aliases = [f"Municipalidad Distrital de {name}", f"Municipalidad Distrital {name}",
                       f"Municipalidad de {name}"]
        entries.append({
            "id": f"mdis:{code}", "name": f"Municipalidad Distrital de {name}",
            "acronym": "", "kind": "district_municipality", "aliases": aliases,
            "ubigeo": code, "parent": f"mpro:{code[:4]}", "population": population(row),
        })  # fmt: skip
    return entries


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def build() -> list[dict]:
    provinces = read_csv("castagnetto_ubigeo_provincia.csv")
    districts = read_csv("castagnetto_ubigeo_distrito.csv")
    accents = accent_map(provinces + districts + read_csv("castagnetto_ubigeo_departamento.csv"))
    populations: Counter[str] = Counter()
    for row in districts:
        if row["inei"].isdigit():
                populations[row["inei"][:4]] += population(row)
    entries = national_entries() + court_entries() + regional_entries() + \
        directorate_entries() + police_region_entries()
    for entry in entries:
        if entry["id"] == "mpfn":
            entry["units"] = _unique(entry["units"] + fiscal_units())
    entries += provincial_entries(provinces, accents, populations)
    entries += district_entries(districts, accents)
    for entry in entries:
        entry["aliases"] = [a for a in entry["aliases"] if a != entry["name"]]
    return entries


def main() -> None:
    entries = build()
    out = DATA / "gazetteer.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for entry in entries:
            handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
    kinds = Counter(e["kind"] for e in entries)
    print(f"wrote {len(entries)} entries to {out.relative_to(ROOT)}: {dict(kinds)}")


if __name__ == "__main__":
    main()
