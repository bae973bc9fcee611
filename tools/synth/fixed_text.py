"""Official fixed lines of Peruvian letterheads (names of the year and of the decade).

These are facts every State letter of a year prints, not templates, so both splits use
them; the template-overlap test exempts exactly these lines.
"""

from __future__ import annotations

YEAR_NAMES = {
    2016: "Año de la Consolidación del Mar de Grau",
    2017: "Año del Buen Servicio al Ciudadano",
    2018: "Año del Diálogo y la Reconciliación Nacional",
    2019: "Año de la Lucha contra la Corrupción y la Impunidad",
    2020: "Año de la Universalización de la Salud",
    2021: "Año del Bicentenario del Perú: 200 años de Independencia",
}
DECADE_2018 = "Decenio de la Igualdad de Oportunidades para Mujeres y Hombres"
DECADE_OLD = "Decenio de las Personas con Discapacidad en el Perú"

# Titles of the laws and decrees a legal-basis section cites (facts, shared by both splits)
LEGAL_BASIS = (
    "Texto Único Ordenado de la Ley N° 27806, Ley de Transparencia y Acceso a la "
    "Información Pública.",
    "Ley N° 28950, Ley contra la Trata de Personas y el Tráfico Ilícito de Migrantes.",
    "Decreto Supremo N° 017-2017-IN, que aprueba el Plan Nacional contra la Trata de "
    "Personas 2017-2021.",
    "Decreto Supremo N° 001-2016-IN, que aprueba el Reglamento de la Ley N° 28950.",
    "Decreto Supremo N° 072-2003-PCM, Reglamento de la Ley de Transparencia.",
)
MEMO_TO = "Oficina de Atención al Ciudadano y Gestión Documentaria"

MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "setiembre", "octubre", "noviembre", "diciembre")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")


def decade(year: int) -> str:
    return DECADE_2018 if year >= 2018 else DECADE_OLD


def official_lines() -> set[str]:
    """Every fixed line, quoted or not, as it may appear in a letterhead."""
    lines = set(YEAR_NAMES.values()) | {DECADE_2018, DECADE_OLD}
    return lines | {f'"{line}"' for line in lines} | {f"“{line}”" for line in lines}
