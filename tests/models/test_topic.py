"""A document that is not about trafficking in persons gets no axis and is ``off_topic``."""

from __future__ import annotations

from oficio.extract.read.document import Document, Page
from oficio.models.registry import load_default
from oficio.models.topic import check_topic, without_addressee

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


def _predicted(text: str):
    model = load_default()
    return model.model.predict_document(_document(text), None, model.version)


def test_a_resolution_about_something_else_is_off_topic_with_no_axis():
    prediction = _predicted(RESOLUTION)
    assert prediction.axes == []
    assert prediction.status == "missing"
    assert prediction.missing_kind == "off_topic"
    assert all(p == 0.0 for p in prediction.p.values())


def test_a_reply_in_the_plans_domain_without_naming_the_crime_is_on_topic():
    assert check_topic(PREVENTIVE).about_trafficking is True
    prediction = _predicted(PREVENTIVE)
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
    prediction = _predicted(WATER_NOTICE)
    assert prediction.missing_kind == "off_topic" and prediction.axes == []


# A page on road safety: its victims and "operativos" are not the plan's.
ROAD_SAFETY = (
    "MUNICIPALIDAD PROVINCIAL DE HUANCAYO\nGerencia de Tránsito y Transporte\n\nINFORME N° "
    "045-2020-MPH/GTT\n\nASUNTO: Acciones de seguridad vial del año 2019\n\nSe informa que "
    "durante el año 2019 la Gerencia ejecutó 36 operativos de control de velocidad y de "
    "alcoholemia en las avenidas Ferrocarril, Giráldez y Huancavelica, con apoyo de la Policía "
    "de Tránsito, y se impusieron 1,245 papeletas. Los accidentes de tránsito dejaron 214 "
    "víctimas, de las cuales 19 fallecieron; la mayor parte ocurrió los fines de semana y en "
    "horario nocturno. Se instalaron 48 reductores de velocidad y se pintaron 12 kilómetros de "
    "señalización horizontal frente a colegios y mercados. La campaña de educación vial llegó "
    "a 3,800 escolares de nivel primario y a 420 conductores de mototaxis, que recibieron "
    "charlas sobre el uso del casco y del cinturón de seguridad. El presupuesto ejecutado fue "
    "de S/ 612,300.00, el 94 % de lo programado, con cargo a recursos directamente recaudados "
    "por multas. Para 2020 se ha previsto ampliar los controles a los distritos de El Tambo y "
    "Chilca, adquirir dos etilómetros y renovar los semáforos del centro de la ciudad, en "
    "coordinación con la Dirección Regional de Transportes y Comunicaciones y la Sub Prefectura "
    "provincial. Se adjunta el cuadro de intervenciones por mes y el registro de papeletas "
    "impuestas por tipo de infracción para su conocimiento y fines pertinentes. Asimismo, se "
    "capacitó a 25 inspectores municipales en procedimientos de fiscalización y se atendieron "
    "87 reclamos de vecinos por congestión vehicular en horas punta.\n\n"
    "Atentamente,\n\nING. RAÚL PAREDES SOTO\nGerente de Tránsito y Transporte"
)


def test_a_page_on_other_victims_and_operations_is_off_topic_with_no_axis():
    # A page that never names trafficking or the plan, whatever its victims and
    # "operativos", reports on something else.
    assert check_topic(ROAD_SAFETY).about_trafficking is False
    prediction = _predicted(ROAD_SAFETY)
    assert prediction.axes == [] and prediction.missing_kind == "off_topic"


def test_a_specialised_prosecutor_of_another_crime_does_not_make_a_page_on_topic():
    # Peru has specialised prosecutors for the environment, corruption and drugs too: on a
    # page that never names trafficking, they are one more word of some other domain.
    text = (
        "MINISTERIO PÚBLICO\nFISCALÍA PROVINCIAL ESPECIALIZADA EN MATERIA AMBIENTAL DE "
        "TAMBOPATA\n\nPuerto Maldonado, 4 de mayo de 2021\n\nOFICIO N° 311-2021-MP-FPEMA-"
        "TAMBOPATA\n\nSeñor\nJORGE QUISPE\nPresente.-\n\nTengo el agrado de dirigirme a usted "
        "para informarle que esta Fiscalía Especializada en Materia Ambiental tramitó durante "
        "el año 2020 un total de 58 carpetas fiscales por minería ilegal en la cuenca del río "
        "Madre de Dios, 21 por contaminación de cuerpos de agua con mercurio y 9 por quema de "
        "pastizales en áreas naturales protegidas. En coordinación con la autoridad forestal y "
        "la capitanía de puerto se realizaron inspecciones en dragas y campamentos mineros, se "
        "incautó maquinaria pesada y combustible, y se formularon requerimientos de prisión "
        "preventiva contra los responsables de las concesiones superpuestas a la reserva. "
        "Asimismo, los peritos de la institución tomaron muestras de suelo y de agua en cinco "
        "puntos de monitoreo, cuyos resultados fueron remitidos al organismo de evaluación y "
        "fiscalización ambiental para el cálculo del daño y la reparación civil que "
        "corresponde en cada proceso. Se adjunta el reporte estadístico del sistema de gestión "
        "fiscal con el estado de cada carpeta al cierre del ejercicio, así como la relación "
        "de las audiencias programadas para el primer trimestre del año siguiente ante los "
        "juzgados de investigación preparatoria de la provincia y de las provincias vecinas de "
        "Manu y Tahuamanu, donde también operan frentes extractivos sin autorización vigente."
        "\n\nAtentamente,\n\n"
        "DRA. ELENA SALAS\nFiscal Provincial"
    )
    assert check_topic(text).about_trafficking is False


# A short report on a flood: its victims, "operativos", minors and shelter are not the plan's.
FLOOD = (
    "MUNICIPALIDAD DISTRITAL DE CHACLACAYO\nOficina de Gestión del Riesgo de Desastres\n\n"
    "INFORME N° 031-2022-MDCH/OGRD\n\nLas lluvias del 14 de febrero activaron la quebrada "
    "Huascata: se registraron 46 familias damnificadas y 3 víctimas con lesiones leves, "
    "atendidas en el centro de salud. Se realizaron 5 operativos de limpieza de cauces con "
    "maquinaria pesada y se entregaron 120 kits de abrigo y alimentos a los menores de edad "
    "y adultos mayores del albergue temporal. Se coordina con el INDECI la evaluación de las "
    "viviendas afectadas.\n\nIng. Pablo Ruiz\nJefe de la Oficina"
)


def test_a_short_report_on_other_victims_and_operations_is_off_topic():
    # Under a page, words any public body uses about other matters do not decide: the topic
    # model, learned from hand-written replies on other matters, does.
    assert check_topic(FLOOD).about_trafficking is None
    prediction = _predicted(FLOOD)
    assert prediction.missing_kind == "off_topic" and prediction.axes == []


# What Tesseract makes of a phone photo of a table of cases: broken words among marks.
GARBLED = (
    "—— | = aee Dlrecclon Reglonal eee —— .. DIRECCI0N REG1ONAL — =| | — Cuadro N? 3 —- ee\n"
    "a —— | Provlncla | Casos | Atendldas | Derlvadas | — == aaa mmm\n"
    "l| Huamanga 14 l 9 — = ; Huanta 6 | 4 —— == Vllcashuaman 2 1 eee\n"
    "— La Mar 3 2 | = Cangallo 5 | 3 — aes eSs — Lucanas 4 | 2 Parlnacochas 1 0\n"
    "mm =| Total 28 18 —— ; | Fuente: reglstro lnstltuclonal — . —— | 2a eee\n"
    "Elaboraclon proplo Observaclones ——— Sucre Huancasancos Vlctor Fajardo —— lll\n"
    "Nota los casos atendldos lncluyen derlvaclones —— rrr sss ttt www\n"
)


def test_a_garbled_reading_is_not_judged_off_topic():
    # Too few legible words to tell what the document is about: the models' answer stands
    # and its low confidence sends it to review, where an analyst reads the photo.
    check = check_topic(GARBLED, read_by_ocr=True)
    assert check.about_trafficking is None and not check.judged
    model = load_default()
    photo = Document("t", "t.jpg", "image", [Page(1, GARBLED, method="ocr")])
    prediction = model.model.predict_document(photo, None, model.version)
    assert prediction.missing_kind != "off_topic"
    assert prediction.status_confidence <= 0.5


def test_a_photo_ocr_found_no_text_on_is_never_sure_of_its_status():
    # Tesseract read no word of the sheet: whatever the models make of an empty text, the
    # reply is not known to say there is no information, and goes to the front of review.
    model = load_default()
    photo = Document("t", "t.jpg", "image", [Page(1, "", method="ocr")])
    assert model.model.predict_document(photo, None, model.version).status_confidence <= 0.5
    # a letter with a text layer is read as written, however short
    short = Document("t", "t.pdf", "pdf", [Page(1, "Acusamos recibo de su solicitud.")])
    assert model.model.predict_document(short, None, model.version).status_confidence > 0.5


def test_a_requested_period_does_not_make_a_document_on_topic():
    # The registry gives every reply its request's period, documents on other matters
    # included: the topic is the text's alone.
    from datetime import date

    model = load_default()
    prediction = model.model.predict_document(
        _document(FLOOD), (date(2022, 1, 1), date(2022, 6, 30)), model.version)
    assert prediction.missing_kind == "off_topic" and prediction.axes == []


def test_a_short_reply_on_another_traffic_is_off_topic():
    drugs = ("Se informa que en 2022 el programa de desarrollo alternativo contra el "
             "narcotráfico atendió a 9 300 familias en el VRAEM.")
    assert check_topic(drugs).about_trafficking is False
    timber = "Operativos contra el tráfico ilegal de madera en Ucayali: 41 en 2021."
    assert check_topic(timber).about_trafficking is False
    # crimes the Penal Code calls "tráfico" that have nothing to do with persons
    peddling = ("La Procuraduría se constituyó en actor civil en 48 procesos por tráfico de "
                "influencias durante 2022.")
    assert check_topic(peddling).about_trafficking is False
    land = "Denuncias por tráfico de terrenos en la provincia: 17 en 2022."
    assert check_topic(land).about_trafficking is False
    both = "Operativos contra el tráfico ilícito de drogas y la trata de personas en 2021."
    assert check_topic(both).about_trafficking is True


def test_a_suspected_trafficking_case_names_the_crime():
    assert check_topic("Casos de presunta trata atendidos en 2023: 14.").about_trafficking


# A reply on market stalls, sent to someone whose title names trafficking: the title is
# the asker's, not what the document says.
STALLS_TO_A_NETWORK = (
    "MUNICIPALIDAD DISTRITAL DE LA ESPERANZA\nSubgerencia de Comercialización\n\n"
    "CARTA N° 031-2025-MDLE/SGC\nLa Esperanza, 3 de marzo de 2025\n\n"
    "Señora\nRosa Elvira Campos Díaz\nPresidenta de la Mesa Provincial contra la Trata de "
    "Personas\nPresente.-\n\nAsunto: Puestos del mercado Santa Rosa, 2024\n\n"
    "Se informa que en 2024 se adjudicaron 214 puestos del mercado Santa Rosa y se "
    "renovaron 96 licencias de funcionamiento de bodegas.\n\nAtentamente,\n\n"
    "CPC. MARIO ROJAS\nSubgerente de Comercialización"
)


def test_the_askers_title_does_not_make_a_reply_about_trafficking():
    assert check_topic(STALLS_TO_A_NETWORK).about_trafficking is not True
    prediction = _predicted(STALLS_TO_A_NETWORK)
    assert prediction.missing_kind == "off_topic" and prediction.axes == []
    # the signer's title is the sender's: a prosecutor's office of the crime stays on topic
    signed = ("OFICIO N° 12-2025-MP-FN\n\nSeñor\nJosé Paz\nPresente.-\n\nSe remite lo "
              "solicitado.\n\nAtentamente,\n\nDra. Ana Ruiz\nFiscal Provincial de la Fiscalía "
              "Especializada en Delitos de Trata de Personas de Tumbes")
    assert check_topic(signed).about_trafficking is True


def test_the_askers_title_is_left_out_as_ocr_reads_the_block_too():
    # A scan's reading: blank lines between the block's lines, and the subject's label run
    # onto the title's line, whose subject is still read.
    scanned = STALLS_TO_A_NETWORK.replace("Señora\nRosa", "Señora\n\nRosa").replace(
        "Díaz\nPresidenta", "Díaz\n\nPresidenta").replace(
        "Personas\nPresente.-\n\nAsunto:", "Personas   Asunto:")
    assert "\n\nPresidenta" in scanned and "Personas   Asunto:" in scanned
    assert check_topic(scanned, read_by_ocr=True).about_trafficking is not True
    assert "Puestos del mercado" in without_addressee(scanned)


def test_an_english_greeting_is_followed_by_the_letters_body_not_the_addressee():
    # "Dear …," greets the addressee named above it; the lines under it are the answer.
    letter = ("UNIVERSIDAD NACIONAL DEL ALTIPLANO\nInternational Relations Office\n"
              "Reference: OFICIO N° 77-2024-ORI-UNA\nAddressed to: Ms Ana Soto Paz\n"
              "Re: Request No. 0912-2024\n\nDear Ms Soto,\n"
              "Thank you for your request. Our office ran two workshops on the prevention of\n"
              "trafficking in persons for 140 students in 2023.\nKind regards,\nLuis Mamani\n")
    assert "trafficking in persons" in without_addressee(letter)
    assert check_topic(letter).about_trafficking is True
