"""Patterns the hand-made features count, written against accent-free lowercase text."""

from __future__ import annotations

import re

from oficio.extract.header.dates import MONTHS

YEAR = re.compile(r"(?<![\d.,])(19[89]\d|20[0-4]\d)(?!\d|[.,]\d)")
# Years that say when a document was numbered or written, not what the reply is about:
# reference numbers (0456-2018-MIMP, 12-2018/DGCVG), the letter's date line, the PNAT name.
REFERENCE_YEAR = re.compile(
    r"(?<!\d)(?!(?:19|20)\d\d\b)\d{1,6}\s?-\s?(?:19|20)\d\d(?:\s?-\s?[a-z0-9/.]+)*|"
    r"n[°º*?o.]{1,2}\s?\d+\s?/\s?(?:19|20)\d\d|"
    r"(?:plan|pnat)[^\n]{0,80}?20\d\d\s?(?:-|–|al|a)\s?20\d\d"
)
_MONTH = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|setiembre|septiembre|octubre|"
    r"noviembre|diciembre|january|february|march|april|may|june|july|august|september|"
    r"october|november|december)"
)
# "dic.", "sept.": a month cut short (a name of the month the header's dates know that
# starts another of its names), always with its point
_MONTH_CUT = "(?:{})\\.".format("|".join(sorted(
    (short for short, month in MONTHS.items()
     if any(name != short and name.startswith(short) and MONTHS[name] == month
            for name in MONTHS)), key=len, reverse=True)))
# A full date (day, month, year) mostly dates the letter, the request or a document: "11 de
# dic. de 2023", and month first, "febrero 12 de 2024", "March 9, 2023".
FULL_DATE = re.compile(
    rf"\d{{1,2}}\s*(?:de\s+)?(?:{_MONTH}|{_MONTH_CUT})\s*(?:de|del|,)?\s*(?:19|20)\d\d|"
    rf"{_MONTH}\s+\d{{1,2}},?\s*(?:del?\s+)?(?:19|20)\d\d"
    rf"|\d{{1,2}}[/.]\d{{1,2}}[/.](?:19|20)\d\d"
)
LETTER_DATE_LINE = re.compile(
    r"^[^\S\n]*[a-z .]{2,40},[^\S\n]*(?:\d{1,2}[^\S\n]+de[^\S\n]+[a-z]+\.?[^\S\n]+(?:de|del)"
    r"|[a-z]+[^\S\n]+\d{1,2},?(?:[^\S\n]+del?)?)[^\S\n]+(?:(?:19|20)\d\d|2\.0\d\d)[^\S\n]*\.?"
    r"[^\S\n]*$",  # "2.024": a year written with a thousands point
    re.MULTILINE,
)
# The run of digits before "soles" is bounded: unbounded, a long line of numbers with no
# "soles" after them made every digit scan to the line's end (seconds per 10,000 digits).
MONEY = re.compile(r"(?:s/\.?|us\$|\$)\s*\d|\d[\d.,\s]{0,60}(?:soles|nuevos soles|dolares)\b")
PERCENT = re.compile(r"\d[\d.,]*\s*(?:%|por ciento)")
NUMBER = re.compile(r"(?<![\w\-/°º.,])\d{1,3}(?:[.,\s]\d{3})*(?:[.,]\d+)?(?![\w\-/°º])")
SENTENCE_END = re.compile(r"(?<=[.;:!?])\s+|\n\s*\n")

PHRASES: dict[str, tuple[str, ...]] = {
    "refusal": (
        r"no (?:se )?(?:cuenta|contamos|dispone|disponemos|tiene|tenemos|posee) con (?:la )?"
        r"informacion",
        r"no (?:se )?(?:cuenta|dispone) con (?:datos|registros)",
        r"no existe(?:n)? (?:informacion|registros?|datos)",
        r"no (?:obra|obran) (?:en|informacion)",
        r"no se ha podido ubicar",
        r"no (?:se )?(?:genera|produce|elabora|sistematiza)\b",
        r"carece(?:mos)? de (?:informacion|registros)",
        r"no (?:se )?(?:ha |han )?(?:encontrad[oa]s?|ubicad[oa]s?|ubico|encontro|hallo|"
        r"ubicaron|encontraron|hallaron|localizaron) (?:los |las )?(?:reportes|registros|"
        r"informes|documentos|archivos|expedientes|datos|informacion)",
        r"no (?:se )?(?:ha |han )?(?:encontrad[oa]|ubicad[oa]|ubico|encontro|hallo)",
        r"no (?:esta|estamos) obligad[oa]s? a (?:crear|producir|elaborar|generar)",
        r"articulo 13\b",
        r"(?:do|does) not (?:have|hold|keep|possess)|no (?:information|records) (?:is|are|was|were)"
        r" (?:available|held|found)",
        # the records are not there, or not yet: "no tiene en su poder las actas", "no lleva
        # registro", "está siendo procesada", "still being compiled"
        r"no (?:tiene|tienen|tenemos) en (?:su|nuestro) poder|no (?:se )?(?:lleva|llevan|llevamos|"
        r"registra|registran) (?:un |ningun )?(?:registro|estadistica|atenciones)",
        r"no (?:se )?(?:cuenta|cuentan|contamos) con (?:mas |un |una )?(?:registros?|reportes?|"
        r"archivos?|datos|estadisticas?|cifras)|no (?:tienen|tiene|tenemos) archivos",
        r"(?:esta|estan|se encuentra|se encuentran) (?:siendo )?(?:procesad|consolidad|validad|"
        r"elaborad|en (?:proceso de )?(?:consolidacion|validacion|elaboracion))",
        r"no (?:siendo|es|fue) posible (?:reconstruir|ubicar|recuperar|atender)",
        r"keeps? no records?|(?:still|currently) being (?:compiled|processed|consolidated|"
        r"validated)",
    ),
    "referral": (
        r"no (?:es|somos|resulta) competente",
        r"no (?:es|son) de (?:nuestra|su) competencia",
        r"fuera del ambito de (?:nuestra|su) competencia",
        # the request sent on, not a case or a victim referred to a service
        r"(?:solicitud|pedido|requerimiento|expediente|consulta|carta|letter)\b[^.;]{0,80}?"
        r"(?:derivad[oa]|remitid[oa]|trasladad[oa]|reencausad[oa]|encausad[oa])",
        r"(?:se (?:ha )?|hemos |he )(?:derivado|derivo|remitido|remitio|trasladado|traslado|"
        r"reencausado)(?: (?:su|la|el) (?:solicitud|pedido|requerimiento|expediente))? "
        r"(?:a|al|ante)\b",
        r"art(?:iculo|\.)? 15-?a",
        r"entidad competente",
        r"no (?:le )?corresponde a (?:esta|nuestra|la presente)",
        r"(?:es|son|sera) de (?:competencia|responsabilidad) de",
        r"not (?:competent|responsible)|(?:forwarded|referred|transferred|redirected) (?:your|the)"
        r" (?:request|application)|(?:forwarded|referred) to",
        # another body holds it: "no es función de esta Comisaría", "carece de competencias",
        # "debe dirigirse al Poder Judicial", "we are not the competent body"
        r"no (?:es|son|forma parte de) (?:de )?(?:sus|nuestras|la|las)? ?(?:funcion|funciones|"
        r"competencia)|no (?:es|son) (?:competencia|funcion) (?:de|municipal|regional)",
        r"(?:carece|carecen|no cuenta con|no tiene|no tienen) (?:de )?(?:competencias?|funciones)",
        r"no corresponde(?:n)? (?:a (?:la |este |esta )?(?:competencia|sector|entidad|despacho)|"
        r"atender)",
        r"(?:debe|puede|deberia|podra) (?:dirigirse|dirigir su (?:solicitud|pedido)|consultar)|"
        r"a quien(?:es)? puede dirigirse|sugerimos (?:requerir|solicitar|consultar)",
        r"(?:esta|estan) a cargo de|derivese|"
        r"la (?:posee|producen|tiene|administra) (?:la|el|dicho)",
        r"competent (?:body|authority|institution)|no mandate|not bound by",
    ),
    "acknowledgment": (
        r"acus[oa] (?:de )?recibo",
        r"(?:se encuentra|esta|encuentra) en (?:tramite|proceso|evaluacion)",
        r"(?:hemos|ha) recibido su solicitud",
        r"en cuanto se cuente con",
        r"se (?:le )?(?:remitira|hara llegar|comunicara) (?:oportunamente|en breve|a la brevedad)",
        r"prorroga|plazo adicional",
        r"ha sido (?:registrad[oa]|recibid[oa])",
        r"acknowledg\w* (?:receipt|your)|(?:is|are) being processed|will be (?:sent|provided)"
        r" (?:to you )?(?:shortly|in due course|as soon)|extension",
        # the request has arrived and is on its way: "confirmo la recepción", "pase a:",
        # "no constituye la respuesta", "le será notificado", "which we received today"
        r"(?:confirm\w*|acusamos) (?:la )?recepcion|recepcion de su (?:correo|solicitud|pedido)",
        r"^\s*(?:pase a|destino|para su atencion)\s*:|no constituye (?:la )?respuesta",
        r"(?:le )?sera notificad[oa]|codigo de (?:verificacion|seguimiento)|hacer (?:el )?"
        r"seguimiento",
        r"(?:which|that) we received|(?:has been|was) (?:shared|passed) with|will be in touch",
    ),
    "clarification": (
        r"subsan(?:ar|e|arse)",
        r"precis(?:ar|e) (?:su|la|el|los|las|que)",
        r"aclar(?:ar|e) (?:su|la|el)",
        r"(?:se )?(?:tendra|dara) por no presentada",
        r"plazo de (?:dos|2) dias",
        r"observacion(?:es)? a su solicitud",
        r"(?:sirvase|favor de|le (?:pedimos|pido|solicitamos)|se le pide) (?:precisar|indicar|"
        r"aclarar|especificar|corregir|reformular)",
        r"reformul(?:ar|e) su (?:pedido|solicitud)",
        r"especifi(?:car|que)|indicar con (?:mayor )?(?:precision|detalle)|no es clar[oa]",
        r"(?:please )?(?:clarify|specify)|more (?:specific|precise)|(?:be )?(?:archived|deemed)"
        r" (?:withdrawn|not submitted)",
    ),
    "denial": (
        r"excepci(?:on|ones)",
        r"se deniega|denegad[oa]|denegar",
        r"(?:informacion|documentacion) (?:confidencial|reservada|secreta)",
        r"articulos? (?:15|16|17)\b",
        r"secreto (?:de las comunicaciones|bancario|tributario)|reserva de (?:la )?investigacion",
        r"datos personales|intimidad personal",
        r"exception|confidential|classified|(?:request|access) (?:is|was) (?:denied|refused)",
    ),
    "null_answer": (
        r"no se (?:registraron|registro|realizaron|realizo|reportaron|reporto|presentaron|"
        r"ejecutaron|ejecuto)",
        r"no se han (?:registrado|realizado|reportado|presentado)",
        r"no (?:se )?(?:ha|han|hemos) (?:desarrollado|realizado|ejecutado|registrado|"
        r"asignado|destinado|programado|implementado|efectuado|atendido)",
        r"(?:cero|ningun[oa]?) (?:casos?|denuncias?|victimas?|actividad(?:es)?|accion(?:es)?)",
        r"no (?:cases|complaints|victims|activities|actions) (?:were|have been)"
        r"|(?:were|was) not (?:carried out|registered|recorded|reported)",
        # any verb in the past, denied: "no se emitieron alertas", "la DEMUNA no organizó
        # actividades", "no se brindó atención", "tampoco se contó con", "no hubo"
        r"\bno se (?!cuenta\b|tiene\b)[a-z]{3,}(?:aron|ieron)\b",
        r"\b(?:no|tampoco) se [a-z]{3,}(?:o|io)\b (?!informacion|registro alguno de la)",
        r"\bno (?!solo\b|obstante\b|tengo\b|cuento\b)[a-z]{4,}(?:o|aron|ieron)\b"
        r"(?: ni [a-z]+)? (?:ningun|ni\b|actividad|acciones|charlas|campanas|talleres|casos|"
        r"proyectos|recursos|presupuesto|carpetas|procesos|denuncias|medidas|alertas|"
        r"ordenes|operativos|sesiones|capacitaciones|a (?:ninguna?|victimas))",
        r"\bno hubo\b|\bno (?:ha|han) sido (?:creada?s?|aprobada?s?|conformada?s?|instalada?s?)",
        r"\bdid not (?!receive|have the|hold|keep)[a-z]+|\bnor did\b|\bthere (?:was|were) no\b"
        r"|\bno (?:funds|projects?|training|grants?) (?:was|were)\b",
    ),
    "future": (
        r"se (?:tiene )?(?:programad[oa]|proyectad[oa]|prevista?)",
        r"(?:se )?(?:realizara|ejecutara|implementara)n?",
        r"plan(?:es)? (?:para|de trabajo) (?:el|del)? ?(?:ano|periodo)? ?20",
        r"(?:is|are) (?:planned|scheduled|programmed)|will be (?:carried out|implemented|held)",
    ),
}
# The guide's line between the two kinds of "not competent": a reply that says where it
# sent the request (derivó, remitió, trasladó a...; Art. 15-A of the transparency rules).
FORWARDED = re.compile(
    r"(?:derivad[oa]s?|derivo|deriva(?:mos)?|remitid[oa]s?|remitio|trasladad[oa]s?|traslado|"
    r"reencausad[oa]|encausad[oa]|reencausamos|canalizad[oa]|cursad[oa]) (?:a|al|ante|hacia)\b|"
    r"art(?:iculo|\.)? 15-?a\b|(?:forwarded|referred|transferred|redirected|sent)\b[^.]{0,40}"
    r"\bto\b"
)
# The guide's "a request with no reply on file", as a third party records it: a transparency
# tribunal's "silencio administrativo negativo", a registry's "no registra respuesta".
NO_REPLY = re.compile(
    r"\bsilencio administrativo|\bdenegatoria ficta|\bpendiente\W+sin respuesta|"
    r"\bno (?:existe|obra|consta|registra|figura)n? (?:\w+ ){0,2}respuesta|"
    r"\b(?:sin|al no) (?:haber )?(?:obtenido|recibido|emitido) (?:\w+ )?respuesta|"
    r"\bno (?:ha|han|habria|hubo) (?:dado|emitido|brindado|remitido) (?:\w+ )?respuesta|"
    r"\b(?:no|never) (?:received|got) (?:a |any )?(?:reply|response|answer)")
# A request passed to an office of the same body, to be answered there: an acknowledgment,
# not a referral to another body ("remitida a la Gerencia ... de esta Municipalidad").
INTERNAL_OFFICE = re.compile(
    r"\b(?:de|a|en) (?:esta|nuestra|la presente|la misma) (?:municipalidad|entidad|institucion|"
    r"corte|direccion|gerencia|universidad|sede|dependencia)\b|\bunidad(?:es)? organicas?\b")
# A body that says the matter is not among its functions: not competent, whatever it
# adds about holding no information ("no tiene asignadas funciones vinculadas a ...").
NO_FUNCTIONS = re.compile(
    r"\bno (?:tiene|tenemos|cuenta con) (?:asignadas |atribuidas )?(?:funciones|competencias?|"
    r"atribuciones) (?:vinculadas|relacionadas|referidas|en materia|sobre|respecto)|"
    r"\b(?:no|ni) (?:tiene|tenemos) a (?:su|nuestro) cargo\b|"
    r"\bno (?:es|somos|resulta) (?:la entidad )?competentes?\b|"
    r"\bno es de (?:su|nuestra) competencia|"
    r"\bfuera de (?:sus|nuestras) (?:funciones|competencias)|"
    r"\b(?:has|have) no (?:functions|competence|mandate)\b")
COMPETENCE = re.compile(r"\bcompeten|\bno (?:es|somos) (?:la )?(?:entidad|instancia)|"
                        r"\bnot (?:competent|responsible)")
# Each phrase opens a word: "no se realizaron" is not in "el mismo año se realizaron", which
# folds to "ano se realizaron".
COMPILED = {name: re.compile("|".join(f"(?:\\b(?:{p}))" for p in pats))
            for name, pats in PHRASES.items()}


