"""Senders and other State institutions, with the gazetteer ids of gazetteer-ids.md.

Sub-units (direcciones, oficinas) are written in letters but are not gazetteer entries,
so they are never gold mentions; only the names and acronyms below are.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from oficio.labels import AXES
from tools.synth.places import DEPARTMENT_CAPITALS, DEPARTMENTS, DISTRICTS, PROVINCES


@dataclass(frozen=True)
class Institution:
    id: str
    name: str
    acronym: str | None
    kind: str
    units: tuple[tuple[str, str], ...] = ()  # (unit name, unit acronym)
    axes: tuple[str, ...] = AXES
    city: str = "Lima"
    domain: str = "gob.pe"
    short: str = "la entidad"  # how the body refers to the sender ("este Ministerio")
    aliases: tuple[str, ...] = field(default=())


def _n(id_: str, name: str, acr: str | None, kind: str, units: tuple, axes: tuple,
       short: str, aliases: tuple[str, ...] = ()) -> Institution:
    return Institution(id_, name, acr, kind, units, axes, "Lima", f"{id_}.gob.pe", short,
                       aliases)


G, V, P, T = AXES
NATIONAL: dict[str, Institution] = {i.id: i for i in [
    _n("mimp", "Ministerio de la Mujer y Poblaciones Vulnerables", "MIMP", "ministry",
       (("Dirección General contra la Violencia de Género", "DGCVG"),
        ("Dirección de Asistencia contra la Trata de Personas", "DATP"),
        ("Dirección General de Niñas, Niños y Adolescentes", "DGNNA")),
       (G, V, P), "este Ministerio", ("MIMDES",)),
    _n("mininter", "Ministerio del Interior", "MININTER", "ministry",
       (("Dirección General de Seguridad Democrática", "DGSD"),
        ("Dirección de Derechos Fundamentales", "DDF")), AXES, "este Ministerio"),
    _n("minedu", "Ministerio de Educación", "MINEDU", "ministry",
       (("Dirección General de Educación Básica Regular", "DIGEBR"),
        ("Dirección de Tutoría y Orientación Educativa", "DITOE")), (G, V), "este Sector"),
    _n("mtpe", "Ministerio de Trabajo y Promoción del Empleo", "MTPE", "ministry",
       (("Dirección General de Derechos Fundamentales y Seguridad y Salud en el Trabajo",
         "DGDFSST"),), (G, V, T), "este Ministerio", ("MINTRA",)),
    _n("minsa", "Ministerio de Salud", "MINSA", "ministry",
       (("Dirección General de Intervenciones Estratégicas en Salud Pública", "DGIESP"),),
       (G, V, P), "este Ministerio"),
    _n("minjusdh", "Ministerio de Justicia y Derechos Humanos", "MINJUSDH", "ministry",
       (("Dirección General de Defensa Pública y Acceso a la Justicia", "DGDPAJ"),),
       (G, P, T), "este Ministerio", ("MINJUS",)),
    _n("mincetur", "Ministerio de Comercio Exterior y Turismo", "MINCETUR", "ministry",
       (("Dirección General de Políticas de Desarrollo Turístico", "DGPDT"),), (G, V),
       "este Ministerio"),
    _n("rree", "Ministerio de Relaciones Exteriores", "RREE", "ministry",
       (("Dirección General de Comunidades Peruanas en el Exterior y Asuntos Consulares",
         "DGC"),), (G, P), "este Ministerio", ("MRREE",)),
    _n("mtc", "Ministerio de Transportes y Comunicaciones", "MTC", "ministry",
       (("Dirección General de Políticas y Regulación en Transporte Multimodal", "DGPRTM"),),
       (G, V), "este Ministerio"),
    _n("midis", "Ministerio de Desarrollo e Inclusión Social", "MIDIS", "ministry",
       (("Dirección General de Políticas y Estrategias", "DGPE"),), (G, V), "este Ministerio"),
    _n("mef", "Ministerio de Economía y Finanzas", "MEF", "ministry",
       (("Dirección General de Presupuesto Público", "DGPP"),), (G,), "este Ministerio"),
    _n("mpfn", "Ministerio Público - Fiscalía de la Nación", "MP-FN", "autonomous",
       (("Observatorio de la Criminalidad", "OC"),
        ("Fiscalía Superior Coordinadora de las Fiscalías Especializadas en Delitos de "
         "Trata de Personas", "FSC-FETP")), (G, P, T), "esta institución",
       ("Ministerio Público", "Fiscalía de la Nación")),
    _n("pj", "Poder Judicial", "PJ", "autonomous",
       (("Gerencia General", "GG"), ("Sub Gerencia de Estadística", "SGE")), (T, G),
       "este Poder del Estado"),
    _n("dp", "Defensoría del Pueblo", "DP", "autonomous",
       (("Adjuntía para los Derechos de la Mujer", "ADM"),), (G, V, P), "esta institución"),
    _n("pnp", "Policía Nacional del Perú", "PNP", "police",
       (("Dirección de Investigación Criminal", "DIRNIC"),
        ("Región Policial", "REGPOL")), (V, T), "esta Dirección"),
    _n("pnp-dirctptim", "Dirección contra la Trata de Personas y Tráfico Ilícito de Migrantes",
       "DIRCTPTIM", "police", (), (V, T, P), "esta Dirección"),
    _n("pnp-depintrap", "Departamento de Investigación de Trata de Personas", "DEPINTRAP",
       "police", (), (T,), "este Departamento"),
    _n("migraciones", "Superintendencia Nacional de Migraciones", "MIGRACIONES", "other",
       (("Gerencia de Servicios Migratorios", "GSM"),), (P, T, V), "esta Superintendencia"),
    _n("sunafil", "Superintendencia Nacional de Fiscalización Laboral", "SUNAFIL", "other",
       (("Intendencia Nacional de Supervisión del Sistema Inspectivo", "INSSI"),), (T, V),
       "esta Superintendencia"),
    _n("sutran", "Superintendencia de Transporte Terrestre de Personas, Carga y Mercancías",
       "SUTRAN", "other", (("Gerencia de Supervisión y Fiscalización", "GSF"),), (V, T),
       "esta Superintendencia"),
    _n("inabif", "Programa Integral Nacional para el Bienestar Familiar", "INABIF", "other",
       (("Unidad de Servicios de Protección de Niñas, Niños y Adolescentes", "USPNNA"),),
       (P,), "este Programa"),
    _n("aurora", "Programa Nacional para la Prevención y Erradicación de la Violencia "
       "contra las Mujeres e Integrantes del Grupo Familiar - AURORA", "AURORA", "other",
       (("Unidad de Servicios de Atención y Protección", "USAP"),), (V, P),
       "este Programa", ("PNCVFS",)),
    _n("inei", "Instituto Nacional de Estadística e Informática", "INEI", "other",
       (("Dirección Nacional de Censos y Encuestas", "DNCE"),), (G,), "este Instituto"),
    _n("reniec", "Registro Nacional de Identificación y Estado Civil", "RENIEC", "autonomous",
       (("Gerencia de Restitución de la Identidad y Apoyo Social", "GRIAS"),),
       (P, V), "esta institución"),
    _n("pcm", "Presidencia del Consejo de Ministros", "PCM", "ministry",
       (("Secretaría de Descentralización", "SD"),), (G,), "esta Presidencia"),
]}

# institutions a reply may name besides its sender (partners, referrals)
PARTNER_IDS = ("mininter", "mimp", "mpfn", "pnp", "pnp-dirctptim", "minedu", "mtpe",
               "minsa", "minjusdh", "migraciones", "sunafil", "dp", "pj", "aurora",
               "inabif", "rree", "mincetur", "sutran", "reniec")

SENDER_WEIGHTS = {
    "mimp": 6, "mininter": 6, "minedu": 3, "mtpe": 3, "minsa": 3, "minjusdh": 3,
    "mincetur": 2, "rree": 4, "mtc": 1, "midis": 1, "mef": 1, "mpfn": 6, "pj": 3, "dp": 2,
    "pnp": 3, "pnp-dirctptim": 4, "pnp-depintrap": 2, "migraciones": 3, "sunafil": 2,
    "sutran": 1, "inabif": 2, "aurora": 3, "inei": 1, "reniec": 1, "pcm": 1,
    "gore": 14, "mpro": 12, "mdis": 8,
}

DEPT_NAMES = dict(DEPARTMENTS)


def regional(code: str) -> Institution:
    dept = DEPT_NAMES[code]
    name = "Gobierno Regional del Callao" if code == "07" else f"Gobierno Regional de {dept}"
    return Institution(f"gore:{code}", name, None, "regional_government",
                       (("Gerencia Regional de Desarrollo Social", "GRDS"),
                        ("Gerencia Regional de Planeamiento y Presupuesto", "GRPP")),
                       (G, V, P, T), DEPARTMENT_CAPITALS[code] if code != "15" else "Huacho",
                       f"region{dept.lower().replace(' ', '')}.gob.pe", "este Gobierno Regional")


def provincial(code: str, name: str) -> Institution:
    full = ("Municipalidad Metropolitana de Lima" if code == "1501"
            else f"Municipalidad Provincial de {name}")
    return Institution(f"mpro:{code}", full, "MML" if code == "1501" else None,
                       "provincial_municipality",
                       (("Gerencia de Desarrollo Social", "GDS"),
                        ("Defensoría Municipal del Niño y del Adolescente", "DEMUNA")),
                       (G, V, P, T), name, "muni" + name.lower().replace(" ", "")
                       + ".gob.pe", "esta Municipalidad")


def district(code: str, name: str, city: str) -> Institution:
    return Institution(f"mdis:{code}", f"Municipalidad Distrital de {name}", None,
                       "district_municipality",
                       (("Sub Gerencia de Desarrollo Humano", "SGDH"),
                        ("Defensoría Municipal del Niño y del Adolescente", "DEMUNA")),
                       (G, V, P, T), city,
                       "muni" + name.lower().replace(" ", "") + ".gob.pe",
                       "esta corporación municipal")


PROVINCE_NAMES = {code: name for code, name, _ in PROVINCES}


def pick_sender(rng: random.Random) -> Institution:
    keys = sorted(SENDER_WEIGHTS)
    key = rng.choices(keys, weights=[SENDER_WEIGHTS[k] for k in keys])[0]
    if key == "gore":
        return regional(rng.choice(DEPARTMENTS)[0])
    if key == "mpro":
        code, name, _ = rng.choice(PROVINCES)
        return provincial(code, name)
    if key == "mdis":
        code, name, prov = rng.choice(DISTRICTS)
        city = "Lima" if prov == "1501" else PROVINCE_NAMES.get(prov, name)
        return district(code, name, city)
    return NATIONAL[key]


PARTNERS_BY_AXIS = {
    "governance": ("mininter", "mimp", "mef", "pcm", "dp", "mpfn"),
    "prevention": ("minedu", "mininter", "mtpe", "mincetur", "sutran", "dp", "mimp"),
    "protection": ("mimp", "aurora", "inabif", "minjusdh", "minsa", "rree", "migraciones"),
    "prosecution": ("mpfn", "pnp", "pnp-dirctptim", "sunafil", "mininter", "pj"),
}


def partner(rng: random.Random, exclude: str, axis: str | None = None) -> Institution:
    pool = PARTNERS_BY_AXIS.get(axis, PARTNER_IDS) if axis else PARTNER_IDS
    return NATIONAL[rng.choice([i for i in pool if i != exclude])]
