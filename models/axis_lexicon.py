"""Words that signal each PNAT axis (from the labeling guide), on accent-free lowercase text.

Stems rather than phrases, so that wordings never seen in training still count.
"""

from __future__ import annotations

import re

AXIS_TERMS: dict[str, tuple[str, ...]] = {
    "governance": (
        r"mesas?\b",
        r"redes? (?:local|regional|provincial|distrital|contra|de lucha)",
        r"comision(?:es)? (?:multisectorial|regional|permanente)",
        r"comites?\b",
        r"ordenanzas?",
        r"plan(?:es)? (?:regional|local|provincial|nacional|operativo)",
        r"alinead",
        r"\bpnat\b",
        r"presupuest[^.\n]{0,120}(?:pnat|plan (?:nacional|regional))|"
        r"(?:pnat|plan nacional)[^.\n]{0,120}presupuest",
        r"\breta\b",
        r"sistra",
        r"sistemas? de (?:informacion|registro|seguimiento|monitoreo)",
        r"seguimiento",
        r"monitoreo",
        r"articulacion",
        r"gobernanza",
        r"gestion del conocimiento",
        r"diagnostico",
        r"estudios? (?:sobre|de investigacion|diagnostic)",
        r"instrumentos? de gestion",
        r"metas\b",
        r"working group",
        r"network",
        r"ordinance",
        r"monitoring",
        r"budget[^.\n]{0,80}(?:national plan|pnat)",
        r"national plan",
        r"information system",
        r"commission",
        r"committee",
        r"research",
    ),
    "prevention": (
        r"prevencion",
        r"prevenir",
        r"preventiv",
        r"sensibiliz",
        r"campanas?",
        r"charlas?",
        r"talleres",
        r"taller\b",
        r"ferias?",
        r"colegios?",
        r"instituciones educativas",
        r"escolar",
        r"estudiantes",
        r"alumn",
        r"docentes",
        r"maestr[oa]s",
        r"padres de familia",
        r"linea 1818",
        r"\b1818\b",
        r"afiches",
        r"volantes",
        r"spots?",
        r"difusion",
        r"informativ",
        r"comunicacional",
        r"comunicadores",
        r"condiciones laborales",
        r"derechos laborales",
        r"ofertas? de (?:empleo|trabajo)",
        r"enganos",
        r"orient",
        r"awareness",
        r"prevent",
        r"campaign",
        r"workshop",
        r"talks?\b",
        r"schools?",
        r"fairs?",
        r"teachers",
        r"students",
        r"hotline",
        r"leaflet",
        r"poster",
    ),
    "protection": (
        r"albergues?",
        r"\bcar\b",
        r"centros? de atencion residencial",
        r"\bcem\b",
        r"centros? emergencia mujer",
        r"hogar(?:es)? de refugio",
        r"\bupe\b",
        r"unidad(?:es)? de proteccion especial",
        r"proteccion",
        r"atencion(?:es)? (?:psicologica|"
        r"legal|medica|social|integral)",
        r"atenciones",
        r"asistencia",
        r"psicolog",
        r"defensa publica",
        r"defensores? public",
        r"reintegracion",
        r"reinsercion",
        r"repatria",
        r"migratori",
        r"testigos",
        r"acogi",
        r"(?:victimas?|personas|menores|adolescentes|casos) (?:\w+ )?atendid",
        r"atencion (?:a|de) (?:las )?victimas",
        r"servicios? de atencion",
        r"restitucion",
        r"victimas atendidas",
        r"salud mental",
        r"shelter",
        r"assistance",
        r"reintegration",
        r"repatriat",
        r"protection",
        r"counsel",
        r"psycholog",
        r"care\b",
        r"assisted",
        r"migratory",
    ),
    "prosecution": (
        r"denuncias?",
        r"fiscal(?:ia|ias|es)\b",
        r"fiscal (?:provincial|superior|penal|especializ)",
        r"fiscalizacion laboral",
        r"carpetas?",
        r"investigacion(?:es)? (?:preliminar|fiscal|"
        r"policial|penal)",
        r"operativos?",
        r"rescat",
        r"detenid",
        r"detencion",
        r"captur",
        r"sentencias?",
        r"condena",
        r"jueces",
        r"\bjuez",
        r"judicial",
        r"policia",
        r"policiales",
        r"tecnicas de investigacion",
        r"dirintrap",
        r"inspecci",
        r"sunafil",
        r"procesos? penal",
        r"imputad",
        r"acusacion",
        r"formaliz",
        r"delito",
        r"persecucion",
        r"intervenci",
        r"complaints?",
        r"prosecut",
        r"criminal investigation",
        r"operations?",
        r"rescue",
        r"arrest",
        r"convict",
        r"sentenc",
        r"inspection",
        r"police",
        r"judge",
    ),
}
AXIS_PATTERNS = {axis: re.compile("|".join(terms)) for axis, terms in AXIS_TERMS.items()}

# The name of an institution or office ("Dirección de Asistencia contra la Trata",
# "Programa Nacional para la Prevención ...", "Poder Judicial", "Ministry of the Interior"):
# its words say who acts or is referred to, not what the reply informs about. Matched on
# the original text (names are written in title case, activities in lower case).
_HEAD = (
    r"Ministerio|Direcci[oó]n|Subdirecci[oó]n|Oficina|Sub ?[Gg]erencia|Gerencia|"
    r"Superintendencia|Poder|Procuradur[ií]a|Defensor[ií]a|Programa|Divisi[oó]n|Jefatura|"
    r"Secretar[ií]a|Polic[ií]a Nacional|Fiscal[ií]a de la Naci[oó]n|Ministerio P[uú]blico|"
    r"Ministry|Directorate|Office|Department|National Police|Public Prosecutor"
)
_NAME_WORD = (
    r"(?:[-–]|[A-ZÁÉÍÓÚÑ][\w'’-]*,?|de|del|la|las|los|y|e|contra|para|en|a|of|the|and|for"
    r"|against)"
)
OFFICE_NAME = re.compile(
    rf"\b(?:{_HEAD})(?:[^\S\n]+{_NAME_WORD})*[^\S\n]+[A-ZÁÉÍÓÚÑ][\w'’-]*|\bPoder Judicial\b"
)


def mask_office_names(text: str) -> str:
    """``text`` with every institution or office name blanked out (same length)."""
    return OFFICE_NAME.sub(lambda m: " " * len(m.group(0)), text)
REQUEST_UNIT = re.compile(r"solicit|pedido|requer|request|asked for|peticion")
