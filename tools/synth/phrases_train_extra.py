"""More wordings for the TRAIN split only (Spanish and English), written from the labeling
guide's definitions of each axis to vary what the classifier learns from; the held-out
banks share none of them. :func:`widen` adds them to a bank (topics become lists).
"""

from __future__ import annotations

from typing import Any

ES_AXIS: dict[str, list[str]] = {
"governance": [
    "Durante {y} se instaló la instancia regional de coordinación contra la trata de "
    "personas, integrada por {c:institución} instituciones públicas y privadas.",
    "La red provincial de lucha contra la trata sesionó {c:vez} veces en {y} y aprobó su "
    "plan de trabajo anual.",
    "En lo que concierne a la gestión del plan, se elaboraron {c:reporte} reportes de "
    "cumplimiento de indicadores, que fueron remitidos a {org}.",
    "El concejo aprobó {c:ordenanza} ordenanzas que declaran de interés prioritario la "
    "lucha contra la trata de personas en la provincia durante {y}.",
    "Se suscribió un convenio de cooperación interinstitucional con {org} para compartir "
    "estadísticas sobre trata de personas a partir de {y}.",
    "Para el ejercicio {y}, la actividad presupuestal vinculada a la política nacional "
    "contra la trata contó con un PIA de {m:allocated}.",
    "La base de datos regional de casos de trata fue actualizada y, al cierre de {y}, "
    "contenía {c:caso} casos.",
    "Con el apoyo de {org} se desarrolló una investigación sobre las rutas de la trata en "
    "{place}, cuyos resultados se publicaron en {y}.",
    "El comité de monitoreo del plan local se reunió {c:vez} veces en {y} para revisar el "
    "avance de las metas.",
    "Del presupuesto asignado a la implementación del Plan Nacional, que ascendió a "
    "{m:allocated}, se ejecutó el {p} durante {y}.",
    "En {y} se conformaron {c:mesa} mesas distritales contra la trata, con participación "
    "de {c:municipalidad} municipalidades.",
    "La secretaría técnica consolidó la información de {c:institución} entidades para el "
    "informe anual de avance de la política en {y}.",
],
"prevention": [
    "En {y} se difundieron mensajes preventivos en radios comunitarias de {place}, con una "
    "inversión de {m:executed}.",
    "Se organizaron {c:actividad} actividades de sensibilización dirigidas a adolescentes "
    "de zonas de alto riesgo durante {y}.",
    "Personal de la institución visitó {c:institución} instituciones educativas para alertar"
    " sobre las formas de captación a través de internet.",
    "Un total de {c:participante} participantes asistió a las jornadas de prevención "
    "organizadas junto con {org} en {y}.",
    "Se entregaron trípticos y cartillas informativas a {c:familia} familias de "
    "comunidades rurales de {place}.",
    "La estrategia de comunicación en redes sociales llegó a {c:persona} personas con "
    "mensajes para evitar la trata en {y}.",
    "Se capacitó a {c:conductor} conductores de transporte interprovincial para reconocer "
    "señales de riesgo en pasajeros menores de edad.",
    "En {y}, {c:maestro} maestros de secundaria incorporaron en sus sesiones de tutoría "
    "contenidos sobre trata de personas.",
    "Se promovió la línea 1818 mediante {c:campaña} campañas en mercados y paraderos de "
    "{place}.",
    "Las brigadas juveniles dictaron {c:charla} charlas de concientización sobre ofertas de"
    " trabajo falsas durante {y}.",
    "El {p} de los estudiantes encuestados tras la campaña escolar de {y} reconoció los "
    "riesgos de la trata.",
    "A fin de reducir la vulnerabilidad de jóvenes, se brindó información sobre empleo "
    "seguro a {c:persona} personas en {y}.",
],
"protection": [
    "Las víctimas identificadas fueron derivadas a {c:albergue} albergues especializados, "
    "donde recibieron alimentación y atención de salud en {y}.",
    "Se brindó orientación jurídica y patrocinio legal gratuito a {c:víctima} víctimas "
    "durante {y}.",
    "Un equipo multidisciplinario atendió a {c:adolescente} adolescentes en situación de "
    "desprotección familiar vinculados a casos de trata.",
    "Se otorgó la calidad migratoria humanitaria a {c:persona} personas extranjeras "
    "víctimas de trata en {y}.",
    "Se financiaron con {m:executed} los servicios de acogida temporal y apoyo emocional a "
    "sobrevivientes durante {y}.",
    "{c:sobreviviente} sobrevivientes culminaron su proceso de reinserción familiar con "
    "acompañamiento del equipo técnico.",
    "En {y} se brindaron {c:atención} atenciones de salud física y mental a mujeres "
    "víctimas de explotación.",
    "Los defensores públicos asumieron la defensa de {c:víctima} víctimas de trata en {y}.",
    "Se coordinó el retorno voluntario de {c:connacional} connacionales desde el extranjero,"
    " con un costo de {usd}.",
    "Se elaboró un plan de restitución de derechos para {c:menor} menores de edad víctimas "
    "de trata en {y}.",
    "Los psicólogos de los centros de acogida brindaron {c:sesión} sesiones de terapia a "
    "las residentes en {y}.",
    "El programa de asistencia a víctimas y testigos incorporó a {c:persona} personas "
    "durante {y}.",
],
"prosecution": [
    "En {y} la policía especializada desarticuló bandas dedicadas a la trata en {place} y "
    "puso a {c:detenido} detenidos a disposición de la fiscalía.",
    "Se iniciaron {c:investigación} investigaciones fiscales por trata de personas con "
    "fines de explotación laboral durante {y}.",
    "Como resultado de los allanamientos en {place}, se identificó a {c:imputado} imputados"
    " y se liberó a {c:víctima} víctimas.",
    "El órgano jurisdiccional emitió {c:fallo} fallos condenatorios por trata agravada en "
    "{y}.",
    "Los inspectores de trabajo efectuaron {c:inspección} inspecciones por presunto trabajo"
    " forzoso en {y}.",
    "Las comisarías de la jurisdicción recibieron {c:denuncia} denuncias durante {y}, de "
    "las cuales {c:denuncia} fueron remitidas a la fiscalía.",
    "{c:magistrado} magistrados del distrito judicial participaron en el taller sobre "
    "investigación y juzgamiento del delito de trata.",
    "La fiscalía especializada formalizó investigación preparatoria contra {c:imputado} "
    "imputados en {y}.",
    "Se ejecutaron {c:intervención} intervenciones conjuntas con {org} en locales nocturnos"
    " durante {y}.",
    "Se sancionó a {c:agencia} agencias de empleo por intermediación laboral irregular en "
    "{y}.",
    "El {p} de los casos investigados en {y} concluyó con acusación fiscal.",
    "Se capacitó a {c:agente} agentes policiales en técnicas de entrevista e investigación "
    "de casos de trata durante {y}.",
],
}
ES_NULL: dict[str, list[str]] = {
    "governance": ["Durante {y} la red regional contra la trata no llegó a sesionar."],
    "prevention": ["En {y} no se desarrollaron campañas ni charlas preventivas sobre trata."],
    "protection": ["Durante {y} los servicios de acogida no recibieron víctimas de trata."],
    "prosecution": ["En {y} no se efectuaron operativos ni se abrieron investigaciones por "
                    "trata en la jurisdicción."],
}
ES_PLANS: dict[str, list[str]] = {
    "governance": ["Se prevé instalar en {y} el comité regional de seguimiento del plan, con"
                   " un presupuesto de {m:allocated}."],
    "prevention": ["Para {y} se ha previsto una campaña escolar que llegará a "
                   "{c:estudiante} estudiantes."],
    "protection": ["Se tiene previsto que en {y} entre en funcionamiento un albergue para "
                   "{c:víctima} víctimas."],
    "prosecution": ["Se ha programado para {y} la realización de {c:inspección} inspecciones"
                    " laborales en zonas mineras."],
}
ES_TOPIC: dict[str, list[str]] = {
    "governance": ["la articulación interinstitucional y el seguimiento del plan contra la "
                   "trata", "las mesas y redes de trabajo contra la trata"],
    "prevention": ["las campañas y charlas de sensibilización sobre trata",
                   "la prevención de la captación de víctimas"],
    "protection": ["los albergues y servicios de atención a víctimas",
                   "la asistencia y reintegración de las víctimas de trata"],
    "prosecution": ["las investigaciones fiscales y los operativos contra la trata",
                    "la persecución del delito de trata de personas"],
}

EN_AXIS: dict[str, list[str]] = {
"governance": [
    "The regional task force against trafficking held {c:meeting} meetings in {y} and "
    "adopted its annual work plan.",
    "Progress reports on the indicators of the National Plan were submitted to {org} in "
    "{y}.",
    "A study on trafficking routes in {place} was commissioned in {y} at a cost of "
    "{m:executed}.",
    "Data on {c:case} cases were entered into the national trafficking information system "
    "during {y}.",
],
"prevention": [
    "Radio spots and social media messages warning about false job offers reached "
    "{c:person} people in {y}.",
    "{c:student} students took part in school activities on the risks of trafficking "
    "during {y}.",
    "Awareness sessions were organised for {c:participant} participants in border "
    "communities in {y}.",
    "Leaflets on safe migration were handed out to {c:traveller} travellers at airports.",
],
"protection": [
    "{c:survivor} survivors received medical care and psychological counselling in {y}.",
    "Temporary accommodation was provided to {c:victim} victims while their return home was"
    " arranged.",
    "In {y}, {c:permit} humanitarian residence permits were granted to foreign victims.",
    "Legal aid was given to {c:victim} victims by public defenders in {y}.",
],
"prosecution": [
    "In {y}, {c:arrest} arrests were made during raids on nightclubs in {place}.",
    "Prosecutors opened {c:investigation} criminal investigations for trafficking in {y}.",
    "In {y}, {c:case} trafficking cases reached trial and ended in convictions.",
    "{c:raid} raids were conducted jointly with {org} in mining areas during {y}.",
],
}
EN_TOPIC: dict[str, list[str]] = {
    "governance": ["the coordination and monitoring of the National Plan"],
    "prevention": ["awareness campaigns on trafficking"],
    "protection": ["shelters and support services for victims"],
    "prosecution": ["police operations and prosecutions for trafficking"],
}


def widen(bank: dict[str, Any], axis: dict[str, list[str]], topic: dict[str, list[str]],
          null: dict[str, list[str]] | None = None,
          plans: dict[str, list[str]] | None = None) -> dict[str, Any]:
    """``bank`` with the extra axis, null-answer and plan sentences and topic wordings."""
    for key, extra in (("axis", axis), ("null", null or {}), ("plans", plans or {})):
        for name, sentences in extra.items():
            bank[key][name] = [*bank[key][name], *sentences]
    for name, wordings in topic.items():
        bank["topic"][name] = [bank["topic"][name], *wordings]
    return bank
