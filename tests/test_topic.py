"""A document that is not about trafficking in persons gets no axis and is ``off_topic``."""

from __future__ import annotations

from extract.document import Document, Page
from models.registry import load_default
from models.topic import check_topic

# A resolution about something else entirely, long enough to judge.
RESOLUTION = (
    "RESOLUCIÓN DE GERENCIA MUNICIPAL N° 214-2021-GM/MDLV\n\nLa Victoria, 9 de agosto de 2021"
    "\n\nVISTO: El informe de la Subgerencia de Logística sobre el mantenimiento de los "
    "vehículos de la flota municipal, y CONSIDERANDO: Que es necesario aprobar el plan anual "
    "de mantenimiento preventivo y correctivo de las unidades de limpieza pública, serenazgo y "
    "parques; que la Oficina de Presupuesto ha certificado el crédito presupuestario por "
    "S/ 184,500.00 con cargo a recursos determinados; que el área usuaria ha presentado los "
    "términos de referencia y el cronograma de trabajo por trimestre; SE RESUELVE: Artículo "
    "Primero.- Aprobar el plan anual de mantenimiento de la flota vehicular del año fiscal "
    "2021. Artículo Segundo.- Encargar a la Subgerencia de Logística su ejecución y a la "
    "Oficina de Tecnologías de la Información su publicación en el portal institucional."
    "\n\nRegístrese, comuníquese y cúmplase."
)
# A reply that answers the request without naming the crime, as many do.
PREVENTIVE = (
    "MUNICIPALIDAD PROVINCIAL DE HUAMANGA\n\nAyacucho, 12 de marzo de 2018\n\nOFICIO N° "
    "088-2018-MPH/GDS\n\nSeñora\nLUCÍA ROJAS\nPresente.-\n\nEn atención a su pedido, la "
    "Gerencia de Desarrollo Social informa que en 2017 se dictaron 14 charlas preventivas en "
    "colegios secundarios y se capacitó a 60 conductores de transporte interprovincial para "
    "identificar señales de riesgo en pasajeros que viajan solos.\n\nAtentamente,\n\nMARCO "
    "TITO\nGerente de Desarrollo Social"
)


def _document(text: str) -> Document:
    return Document("t", "t.txt", "txt", [Page(1, text)])


def test_a_resolution_about_something_else_is_off_topic_with_no_axis():
    model = load_default()
    prediction = model.model.predict_document(_document(RESOLUTION), None, model.version)
    assert prediction.axes == []
    assert prediction.status == "missing"
    assert prediction.missing_kind == "off_topic"
    assert all(p == 0.0 for p in prediction.p.values())


def test_a_reply_in_the_plans_domain_without_naming_the_crime_is_on_topic():
    assert check_topic(PREVENTIVE).about_trafficking is True
    model = load_default()
    prediction = model.model.predict_document(_document(PREVENTIVE), None, model.version)
    # "la Gerencia ... informa que" opens the answer after the restated request: its
    # figures are information, so the reply is not missing
    assert prediction.status == "answered" and prediction.missing_kind is None
    assert "prevention" in prediction.axes


def test_the_verb_trata_is_not_the_crime_but_the_noun_is():
    assert not check_topic("Se trata de un informe sobre el mantenimiento. " * 20).about_trafficking
    assert check_topic("Acciones contra la trata de personas en 2017.").about_trafficking


def test_too_little_text_is_not_judged():
    assert check_topic("Lima, 3 de mayo de 2019. Atentamente.").about_trafficking is None


WATER_NOTICE = (
    "MUNICIPALIDAD DISTRITAL DE SANTA ANITA\nComunicado N° 014-2019-MDSA/GSP\n\nSe comunica "
    "a los vecinos de las urbanizaciones Los Ficus y Cultura Peruana que el jueves 21 se "
    "suspenderá el servicio de agua potable de 08:00 a 17:00 horas por el cambio de "
    "tuberías. Se recomienda almacenar agua.\n\nGerencia de Servicios Públicos"
)


def test_a_short_notice_about_something_else_is_off_topic_with_no_axis():
    # Under 60 words the topic check cannot judge; the model learned such notices from
    # the hand-written off-topic examples.
    assert check_topic(WATER_NOTICE).about_trafficking is None
    model = load_default()
    prediction = model.model.predict_document(_document(WATER_NOTICE), None, model.version)
    assert prediction.missing_kind == "off_topic" and prediction.axes == []
