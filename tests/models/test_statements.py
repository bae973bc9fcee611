"""A reply read as statements: what each does, the years it speaks of; and the statements
that decide the status, shown as its evidence."""

from __future__ import annotations

from datetime import date

import pytest

from oficio.extract.read.document import Document, Page
from oficio.models.registry import load_default
from oficio.models.statements import read_statements
from oficio.models.status_rules import deciding, ruled_status

PERIOD_2019 = (date(2019, 1, 1), date(2019, 12, 31))
TABLE_OF_EARLIER_YEARS = (
    "OFICIO N° 310-2020-GRSM/GRDS\nMoyobamba, 3 de febrero de 2020\n\n"
    "Asunto: Acciones de protección a víctimas de trata, año 2019\n\n"
    "Señora\nELENA TORRES\nPresente.-\n\n"
    "En atención a su pedido, la Gerencia Regional remite la información disponible:\n\n"
    "Atención 2017 2018\nVíctimas acogidas en el hogar de refugio 14 19\n"
    "Asesorías legales brindadas 22 31\nRetornos a su lugar de origen 5 8\n\n"
    "Las cifras del año 2019 aún están en proceso de validación.\n\nAtentamente,"
)
ACKNOWLEDGMENT = (
    "CARTA N° 12-2019-MPT/SG\nTrujillo, 5 de junio de 2019\n\nSeñor\nPresente.-\n\n"
    "Acusamos recibo de su solicitud sobre la trata de personas, que se encuentra en trámite "
    "en la Subgerencia de Desarrollo Social; la respuesta se le remitirá oportunamente.\n\n"
    "Atentamente,"
)


def _document(text: str) -> Document:
    return Document("t", "t.txt", "txt", [Page(1, text)])


def test_each_statement_says_what_it_does_and_which_years():
    statements = read_statements(_document(TABLE_OF_EARLIER_YEARS))
    acts = {s.text.split("\n")[0][:30]: (s.act, s.years) for s in statements}
    assert acts["Acciones de protección a vícti"] == ("restatement", (2019,))  # the subject
    # the table's rows take the years of its heading, one figure under each
    assert acts["Víctimas acogidas en el hogar "] == ("information", (2017, 2018))
    assert acts["Retornos a su lugar de origen "] == ("information", (2017, 2018))
    assert acts["Las cifras del año 2019 aún es"] == ("no_information", (2019,))
    # the letter's date line, the salutation and the signature say nothing
    assert not any("Moyobamba" in s.text or "Atentamente" in s.text for s in statements)


def test_the_deciding_statements_are_the_evidence_of_the_status():
    model = load_default()
    prediction = model.model.predict_document(_document(TABLE_OF_EARLIER_YEARS), PERIOD_2019)
    assert prediction.status == "out_of_period"
    shown = [e for e in prediction.evidence if e.label.startswith("statement:")]
    assert shown and all(e.label == "statement:information" for e in shown)
    assert all("2019" not in e.text and any(c.isdigit() for c in e.text) for e in shown)
    # where each sits in the page, for the link to the file
    page = TABLE_OF_EARLIER_YEARS
    assert all(page[e.start:e.end] == e.text for e in shown)


def test_a_missing_reply_shows_the_statement_of_its_kind():
    statements = read_statements(_document(ACKNOWLEDGMENT))
    (first,) = deciding(statements, "missing", PERIOD_2019, "acknowledgment", limit=1)
    assert first.act == "acknowledgment" and first.text.startswith("Acusamos recibo")


@pytest.mark.parametrize("sentence", [
    "En el año 2018 la Oficina de Juventudes no organizó talleres ni ferias sobre la materia.",
    "Durante el semestre no se emitieron resoluciones de protección a favor de víctimas.",
    "Tampoco se asignó una meta presupuestal a la actividad.",
    "No hubo operativos conjuntos con la Fiscalía en dicho periodo.",
    "In 2019 the Consulate did not repatriate any national identified as a victim.",
    "There were no awareness sessions with hotel staff during that year.",
])  # fmt: skip
def test_a_substantive_null_in_other_words_is_a_null_answer(sentence):
    # the guide's "no actions were carried out in 2017": an answer, whatever the verb
    from oficio.models.statements import tag
    from oficio.textfold import fold_compatible as fold

    assert tag(fold(sentence)) == "null_answer"


@pytest.mark.parametrize(("sentence", "act"), [
    ("La supervisión de los albergues no es función de esta Subprefectura.", "referral"),
    ("Sobre los procesos judiciales, debe dirigirse a la Corte Superior de Justicia.",
     "referral"),
    ("This Mission is not the competent authority for criminal statistics.", "referral"),
    ("Confirmamos la recepción de su pedido, que será atendido por la oficina de estadística.",
     "acknowledgment"),
    ("Pase a: Subgerencia de Programas Sociales.", "acknowledgment"),
    ("Se le pide aclarar si requiere los datos por provincia o por distrito.",
     "clarification"),
    ("La Oficina no lleva registro de las charlas dictadas por terceros.", "no_information"),
    ("Las cifras del último trimestre están siendo consolidadas por la sede central.",
     "no_information"),
    # a victim or a case sent to a service is information, not the request sent on
    ("En 2019 la DEMUNA derivó 5 casos de adolescentes a la Unidad de Protección Especial.",
     "information"),
    # the period's records were never found or put together: no information on it
    ("Revisados los archivos, no se hallaron los informes de las campañas del año 2019.",
     "no_information"),
    ("Por el traslado de la sede, en 2020 no se sistematizó información de los talleres.",
     "no_information"),
    ("Los registros de la oficina zonal no han sido migrados al nuevo sistema.",
     "no_information"),
    # the records are gone or cannot tell the crime apart: no information, unless a figure
    ("Los expedientes de 2018 se extraviaron durante la mudanza de la fiscalía.",
     "no_information"),
    ("El registro de denuncias de ese año no diferenciaba la trata de otros delitos.",
     "no_information"),
    ("El sistema no permite desagregar las atenciones por tipo de violencia.",
     "no_information"),
    ("La consultora no entregó su informe, por lo que no se dispone de los resultados.",
     "no_information"),
    ("Se atendió a 14 víctimas en 2019; el sistema no permite desagregar por edad.",
     "information"),
    # the register is not at hand; the oficio that sent it away is no figure
    ("El libro de registro de 2022 fue remitido a la fiscalía con el Oficio N° 215-2022-"
     "REGPOL, por lo que no se cuenta con dicho registro en esta dependencia.",
     "no_information"),
])  # fmt: skip
def test_what_a_statement_does_in_other_words(sentence, act):
    from oficio.models.statements import tag
    from oficio.textfold import fold_compatible as fold

    assert tag(fold(sentence)) == act


def test_a_statement_about_another_half_of_the_requested_year_is_out_of_period():
    # years alone cannot tell the first half of 2018 from the second half that was asked
    text = ("OFICIO N° 311-2019-GRL/GRDS\nLima, 10 de enero de 2019\nEn relación con su pedido "
            "sobre el segundo semestre de 2018, se informa que en el primer semestre de 2018 "
            "la Gerencia dictó 6 talleres de prevención en colegios de Huaral.")
    period = (date(2018, 7, 1), date(2018, 12, 31))
    statements = read_statements(Document("t", "t.txt", "txt", [Page(1, text)]))
    talleres = next(s for s in statements if "talleres" in s.text)
    assert talleres.years == (2018,) and talleres.when(period) == "out"
    assert talleres.when((date(2018, 1, 1), date(2018, 12, 31))) == "in"


def test_monthly_rows_after_the_requested_semester_make_the_reply_out_of_period():
    # The subject restates January to June; the table gives July to December. The subject
    # sits in a long first passage cut at "ASUNTO :", and the rows name months, not years.
    from oficio.models.status_rules import ruled_status

    text = ("MUNICIPALIDAD PROVINCIAL DE HUAURA\nGerencia de Desarrollo Social\nHuacho, 20 de "
            "enero de 2020\nCARTA N° 031-2020-MPH/GDS\nSeñores\nPresente.-\nASUNTO : Acciones "
            "de prevención de la trata de personas, enero a junio de 2019\nREFERENCIA : "
            "Solicitud N° 5521\nTengo el agrado de dirigirme a ustedes para remitir lo solicitado. "
            "El programa empezó en el segundo semestre, por lo que se informa lo siguiente:\n\n"
            "Agosto 2019    4    120\nOctubre 2019    6    210\nDiciembre 2019    2    75\n")
    period = (date(2019, 1, 1), date(2019, 6, 30))
    statements = read_statements(Document("t", "t.txt", "txt", [Page(1, text)]))
    subject = next(s for s in statements if "enero a junio" in s.text)
    assert subject.act == "restatement"
    assert ruled_status("answered", statements, period) == "out_of_period"


def test_month_rows_under_a_heading_year_speak_of_those_months():
    # "Mes (2021)" heads the table; its rows name months with no year of their own, and its
    # total stands for the months above it: all of the first half, not the second asked.
    from oficio.models.status_rules import ruled_status

    text = ("OFICIO N° 045-2022-DIRESA/DESP\nCajamarca, 14 de febrero de 2022\nSeñora\n"
            "Presente.-\nEn atención a su pedido sobre el segundo semestre de 2021, se remiten "
            "las atenciones consolidadas a la fecha:\n\nMes (2021) Atenciones brindadas\n"
            "Enero 14\nFebrero 9\nMarzo 21\nAbril 17\nTotal 61\n\nAtentamente,")
    period = (date(2021, 7, 1), date(2021, 12, 31))
    statements = read_statements(_document(text))
    rows = [s for s in statements if s.text.split()[0] in ("Enero", "Abril", "Total")]
    assert [s.spans for s in rows] == [
        ((date(2021, 1, 1), date(2021, 1, 31)),), ((date(2021, 4, 1), date(2021, 4, 30)),),
        ((date(2021, 1, 1), date(2021, 4, 30)),)]
    assert not any("Mes (2021)" in s.text for s in statements)  # a heading says nothing
    assert ruled_status("answered", statements, period) == "out_of_period"


def test_a_longer_heading_with_a_wrapped_word_still_heads_its_month_rows():
    # Five words besides its year, its last one wrapped to a line of its own: a heading
    # still, as rows of cells follow it; the rows speak of their months, not of all 2021.
    from oficio.models.status_rules import ruled_status

    text = ("CARTA N° 210-2022-MDC/GDS\nChiclayo, 3 de marzo de 2022\nSeñor\nPresente.-\n"
            "En atención a su pedido sobre el primer semestre de 2021, se remite lo siguiente:"
            "\n\nMes (2021) Charlas de prevención dictadas\nen colegios\nJulio 4 120\n"
            "Agosto 6 210\nTotal 10 330\n\nAtentamente,")
    period = (date(2021, 1, 1), date(2021, 6, 30))
    statements = read_statements(_document(text))
    assert not any("Charlas de prevención" in s.text for s in statements)
    rows = [s for s in statements if s.text.split()[0] in ("Julio", "Agosto", "Total")]
    assert [s.when(period) for s in rows] == ["out", "out", "out"]
    assert ruled_status("answered", statements, period) == "out_of_period"


def test_rows_with_long_labels_take_the_year_of_their_heading():
    text = ("OFICIO N° 077-2022-GRA/GRDS\nArequipa, 9 de febrero de 2022\nSeñora\nPresente.-\n"
            "Se remite la programación aprobada:\n\nActividad Meta 2023 Monto (S/)\n"
            "Talleres de prevención en instituciones educativas rurales 24 36,000.00\n"
            "Asistencia técnica a las redes provinciales de protección 6 12,500.00\n"
            "Total 30 48,500.00\n")
    statements = read_statements(_document(text))
    rows = [s for s in statements if s.text.startswith(("Talleres", "Asistencia"))]
    assert [s.years for s in rows] == [(2023,), (2023,)]


def test_a_subject_running_into_the_first_sentence_is_cut_from_it():
    # The subject (its year on a line of its own) restates; the sentence after it informs.
    text = ("ASUNTO : Prevención de la trata de personas en colegios, años\n2019 y 2020\nTengo a "
            "bien dirigirme a usted para informarle que en 2021 la Gerencia dictó 8 talleres "
            "de prevención en colegios.")
    statements = read_statements(Document("t", "t.txt", "txt", [Page(1, text)]))
    subject = next(s for s in statements if "colegios, años" in s.text)
    assert subject.act == "restatement" and subject.years == (2019, 2020)
    talleres = next(s for s in statements if "8 talleres" in s.text)
    assert talleres.act == "information" and talleres.years == (2021,)


@pytest.mark.parametrize(("sentence", "axis"), [
    ("La oficina asistió a 4 sesiones de la Red Regional contra la Trata.", "governance"),
    ("Se realizó una intervención conjunta en un local nocturno.", "prosecution"),
    ("La investigación académica sobre captación en redes sociales concluyó.", "governance"),
    ("Se firmaron 12 códigos de conducta con agencias de viaje.", "prevention"),
    ("Se obtuvo una reparación civil de S/ 9,000.00 para la agraviada.", "protection"),
    ("El puesto fronterizo emitió 7 alertas migratorias a la PNP.", "prosecution"),
    ("El juzgado dictó 11 mandatos de prisión preventiva por trata.", "prosecution"),
])  # fmt: skip
def test_a_statement_names_the_axis_its_words_belong_to(sentence, axis):
    # singular forms too ("red", "intervención"): a plural written as "redes?" missed them
    statements = read_statements(Document("t", "t.txt", "txt", [Page(1, sentence)]))
    assert axis in statements[0].axes


def test_pre_trial_detention_is_not_prevention():
    sentence = "El juzgado dictó 11 mandatos de prisión preventiva por trata."
    statements = read_statements(Document("t", "t.txt", "txt", [Page(1, sentence)]))
    assert statements[0].axes == ("prosecution",)


def test_a_year_the_request_covers_in_part_counts_neither_way():
    # The caption's year is all a row has when OCR lost its month (a row read as marks):
    # 2020 may be the months given, not the ones asked.
    from oficio.models.status_rules import ruled_status

    text = ("OFICIO N° 122-2021-MPC/GDS\nCusco, 8 de marzo de 2021\nSeñora\nPresente.-\n"
            "En atención a su pedido sobre el segundo semestre de 2020, se remite el registro "
            "del servicio, que funcionó hasta junio:\n\nAtenciones de la DEMUNA, 2020\n"
            "Enero 12 4\nFebrero 9 3\nMarzo 15 6\n= ~ a 1 1\nTotal semestre 36 13\n\n"
            "Atentamente,")
    statements = read_statements(_document(text))
    garbled = next(s for s in statements if s.text.startswith("="))
    assert garbled.years == (2020,) and not garbled.spans
    assert garbled.when((date(2020, 7, 1), date(2020, 12, 31))) == "unknown"
    assert garbled.when((date(2020, 1, 1), date(2020, 12, 31))) == "in"
    assert ruled_status("answered", statements, (date(2020, 7, 1), date(2020, 12, 31))) == \
        "out_of_period"


@pytest.mark.parametrize("cut_off", [
    "con fecha de corte al 31 de diciembre de 2023",
    "actualizado al 30 de junio de 2023",
])
def test_a_cut_off_date_dates_the_data_it_gives(cut_off):
    # A full date mostly dates a letter or a document; the date a report's data were cut
    # at is the period the reply speaks of: 2023's figures for a 2020 request.
    from oficio.models.status_rules import ruled_status

    text = ("OFICIO N° 0288-2024-UE\nLima, 5 de marzo de 2024\nAsunto : Internos por el delito "
            "de trata de personas\nEn atención a su solicitud sobre la población penitenciaria "
            f"del año 2020, se remite el reporte disponible, {cut_off}:\n\n"
            "Establecimiento    Sentenciados    Procesados\nE.P. Norte    96    41\n"
            "E.P. Sur    58    22\nTotal    154    63\n")
    period = (date(2020, 1, 1), date(2020, 12, 31))
    assert ruled_status("answered", read_statements(_document(text)), period) == \
        "out_of_period"


def test_lines_after_a_lead_in_that_hands_over_another_year_speak_of_that_year():
    # The requested year's records are said to be missing; the lead-in then hands over
    # another year's, and the list under it names no year of its own.
    from oficio.models.status_rules import ruled_status

    text = ("OFICIO N° 077-2023-GRL/GRDS\nIquitos, 9 de mayo de 2023\nSeñor\nPresente.-\n\n"
            "En atención a su solicitud sobre las acciones de prevención del año 2021.\n\n"
            "Al respecto, los informes del año 2021 no fueron digitalizados y permanecen en el "
            "archivo central. A continuación se detalla lo actuado en el año 2022:\n\n"
            "a) se dictaron 14 charlas en colegios de Punchana;\n"
            "b) se distribuyeron 2 300 volantes en el puerto de Masusa;\n"
            "c) el mismo año se realizaron 6 ferias informativas.\n\nAtentamente,")
    statements = read_statements(_document(text))
    listed = [s for s in statements if s.text.startswith(("a)", "b)", "c)"))]
    assert [s.years for s in listed] == [(2022,)] * 3
    assert all(s.act == "information" for s in listed)  # "año se realizaron" is no "no se"
    missing = next(s for s in statements if "digitalizados" in s.text)
    assert missing.act == "no_information"
    period = (date(2021, 1, 1), date(2021, 12, 31))
    assert ruled_status("answered", statements, period) == "out_of_period"
    # the same list handed over as the requested year's answers the request
    asked = text.replace("lo actuado en el año 2022", "lo actuado en el año 2021")
    assert ruled_status("answered", read_statements(_document(asked)), period) == "answered"


@pytest.mark.parametrize("text, model_kind, kind", [
    # a tribunal records that the body never answered: no reply on file
    ("RESOLUCIÓN N° 0311-2022-TTAIP\nVISTO el recurso de apelación contra la denegatoria por "
     "silencio administrativo negativo de la solicitud presentada a la Municipalidad Distrital "
     "de Ate sobre la trata de personas en 2021.", "denied_exception", "no_reply"),
    ("CONSTANCIA\nSe deja constancia de que el pedido N° 4410 sobre trata de personas no "
     "registra ninguna respuesta en el sistema de trámite.", "acknowledgment", "no_reply"),
    # passed to an office of the same body, the answer to follow: an acknowledgment
    ("CARTA N° 88-2022-MDSJL/SG\nSu pedido sobre la trata de personas ha sido derivado a la "
     "Subgerencia de Programas Sociales de esta Municipalidad, que le hará llegar la "
     "información en el plazo de ley.", "not_competent_referred", "acknowledgment"),
    # sent to another body, which holds the information: a referral still
    ("CARTA N° 90-2022-MDSJL/SG\nLa información no obra en poder de esta Municipalidad; su "
     "pedido ha sido derivado al Ministerio Público por ser de su competencia.",
     "not_competent", "not_competent_referred"),
    # the matter is not among its functions: not competent, though it also holds nothing
    ("OFICIO N° 41-2021-OSIPTEL\nEl organismo no tiene asignadas funciones relacionadas con "
     "la trata de personas; por ello no posee la información solicitada.",
     "no_information", "not_competent"),
    ("La entidad no integra la comisión multisectorial ni tiene a su cargo acciones del plan "
     "nacional; no cuenta con la información.", "no_information", "not_competent"),
])
def test_the_guides_rules_give_the_missing_kind(text, model_kind, kind):
    from oficio.models.status_rules import ruled_kind
    from oficio.textfold import fold_compatible

    assert ruled_kind(model_kind, fold_compatible(text)) == kind


def test_a_lead_in_whose_office_hands_over_another_year_dates_the_rows_under_it():
    from oficio.models.status_rules import ruled_status

    text = ("CARTA N° 015-2023-MDC/GDS\nCarabayllo, 2 de marzo de 2023\nSeñora\nPresente.-\n\n"
            "En atención a su solicitud sobre las acciones del año 2021.\n\n"
            "La Subgerencia de la Mujer no conserva las actas de 2021 y remite la información "
            "del primer semestre de 2022:\n\n"
            "- Talleres con adolescentes: 9, con 310 participantes.\n"
            "- Visitas a hospedajes: 14.\n\nAtentamente,")
    statements = read_statements(_document(text))
    assert ruled_status("answered", statements, (date(2021, 1, 1), date(2021, 12, 31))) == \
        "out_of_period"


def test_a_heading_with_a_year_dates_the_paragraph_under_it():
    # The requested year's reports are withheld; the reply gives results under a heading
    # of another year, and targets under a heading of a later one.
    from oficio.models.status_rules import ruled_status

    text = ("OFICIO N° 210-2023-DRE/DGP\nAyacucho, 4 de abril de 2023\nSeñora\nPresente.-\n\n"
            "Me dirijo a usted en atención al expediente de la referencia, sobre las acciones de "
            "prevención desarrolladas en las escuelas durante el año 2021.\n\n"
            "El informe anual de 2021 forma parte de una auditoría en curso, por lo que no puede "
            "ser difundido hasta su conclusión.\n\n"
            "Resultados 2019\n\n"
            "Se dictaron 28 sesiones de tutoría sobre captación en redes sociales.\n\n"
            "Metas 2024\n\n"
            "Se prevé capacitar a 300 docentes tutores de secundaria.\n\nAtentamente,")
    statements = read_statements(_document(text))
    opening = next(s for s in statements if "en atención al expediente" in s.text)
    assert opening.act == "restatement"
    withheld = next(s for s in statements if "auditoría" in s.text)
    assert withheld.act == "no_information"
    sessions = next(s for s in statements if "28 sesiones" in s.text)
    assert sessions.years == (2019,)
    period = (date(2021, 1, 1), date(2021, 12, 31))
    assert ruled_status("answered", statements, period) == "out_of_period"


def test_animals_rescued_are_not_words_of_trafficking_in_persons():
    from oficio.models.topic import check_topic

    text = ("Durante 2022 se realizaron 14 operativos contra la crianza informal y se rescataron "
            "96 perros y 31 gatos, que fueron entregados a albergues.")
    assert check_topic(text).about_trafficking is not True
    people = "Durante 2022 se rescataron 31 presuntas víctimas en bares de la zona minera."
    assert check_topic(people).about_trafficking is True


def test_what_a_request_asked_after_its_number_and_a_colon_restates_it():
    # A sheet's title: the request's number, a colon, then what it asked for and its year.
    from oficio.models.status_rules import ruled_status

    text = ("DIRECCIÓN DE ESTADÍSTICA\nRespuesta a la solicitud de información N° 0455-2023: "
            "denuncias por trata de personas registradas por la fiscalía provincial, año 2022\n\n"
            "Fiscalía  2020  2021\nLima Centro  41  52\nCallao  17  23\nTotal  58  75\n\n"
            "Las cifras de 2022 están en proceso de validación.")
    statements = read_statements(_document(text))
    asked = next(s for s in statements if s.text.startswith("denuncias por trata"))
    assert asked.act == "restatement"
    assert ruled_status("answered", statements, (date(2022, 1, 1), date(2022, 12, 31))) == \
        "out_of_period"


def test_a_status_the_guides_rules_give_over_the_model_is_given_with_their_confidence():
    # The model takes this substantive null answer for a missing reply; the guide's rules
    # make it answered. Such rulings were right 52 times in 53 on the development sets:
    # at even odds (0.5), the review queue and the calibration error took them for guesses.
    text = ("CARTA N° 112-2023-MPH/SG\nHuaraz, 10 de abril de 2023\n\n"
            "Asunto: Información sobre trata de personas, periodo 2022\n\n"
            "En el periodo solicitado no se ejecutaron actividades contra la trata de personas "
            "ni se asignó presupuesto, al no contar con plan local.\n\nAtentamente,")
    model = load_default()
    prediction = model.model.predict_document(_document(text),
                                              (date(2022, 1, 1), date(2022, 12, 31)))
    assert max(prediction.status_p, key=prediction.status_p.get) == "missing"
    assert prediction.status == "answered"
    assert prediction.status_confidence == 0.9


def test_a_stray_point_read_by_ocr_does_not_cut_the_restated_request():
    # OCR reads a speck as a point ("durante el. año 2022"): cut there, the request's year
    # read as information for the requested year, and a reply that gives only 2019 was
    # called answered.
    from oficio.models.status_rules import ruled_status

    text = ("Asunto: Acciones de prevención en turismo\n\n"
            "Me dirijo a usted en atención a su solicitud, por la cual requiere las acciones "
            "desarrolladas por esta Dirección durante el. año 2022 para prevenir la trata.\n\n"
            "Las cifras de dicho periodo aún no han sido validadas. Se remiten los resultados "
            "del año 2019: se realizaron 14 talleres con 386 participantes.")
    statements = read_statements(_document(text))
    asked = next(s for s in statements if s.text.startswith("Me dirijo"))
    assert asked.act == "restatement" and "2022 para prevenir" in asked.text
    period = (date(2022, 1, 1), date(2022, 12, 31))
    assert ruled_status("answered", statements, period) == "out_of_period"


@pytest.mark.parametrize("line", ["Moquegua, febrero 12 de 2024", "Lima, 11 de dic. de 2023",
                                  "Tacna, 9 de enero de 2.025"])
def test_a_date_line_month_first_or_cut_short_says_nothing(line):
    text = f"OFICIO N° 0098-2024-GRM/GRDS\n{line}\n\nSe remite el plan de trabajo del año 2024."
    statements = read_statements(_document(text))
    assert [s.text for s in statements] == ["Se remite el plan de trabajo del año 2024."]


def test_a_request_restated_over_wrapped_lines_is_one_restatement():
    # The letter's lines are cut where the page ends them; cut there, the request's topic
    # on the second line ("prevención de la trata ...") read as information given.
    text = ("OFICIO N° 0311-2025-GRT/GRDS\nTacna, 9 de enero de 2025\n"
            "ASUNTO : Situación de su pedido\n"
            "Me dirijo a usted con relación a su solicitud, que pide las actividades de\n"
            "prevención de la trata de personas y la asistencia a sus víctimas realizadas en\n"
            "la provincia de Candarave durante el año 2024.\n"
            "El pedido fue trasladado a la Municipalidad Provincial de Candarave con Oficio N° "
            "0290-2025-GRT/GRDS; dicha comuna no ha remitido respuesta hasta la fecha.\n"
            "Atentamente,")
    statements = read_statements(_document(text))
    asked = next(s for s in statements if s.text.startswith("Me dirijo"))
    assert asked.act == "restatement" and asked.text.endswith("durante el año 2024.")
    assert not [s for s in statements if s.act in ("information", "null_answer")]


def test_a_reply_of_which_nothing_informs_is_not_answered():
    # A model that reads the topic words of the restated request may call it answered; no
    # statement of the letter gives information, so by the guide it is missing: the body
    # the request was forwarded to never replied.
    from oficio.models.status_rules import ruled_kind, ruled_status
    from oficio.textfold import fold_compatible

    text = ("OFICIO N° 0311-2025-GRT/GRDS\nTacna, 9 de enero de 2.025\n\n"
            "ASUNTO : Situación de su pedido\n\n"
            "Me dirijo a usted con relación a su solicitud, que pide las actividades de\n"
            "prevención de la trata de personas y la asistencia a sus víctimas realizadas en\n"
            "la provincia de Candarave durante el año 2024.\n"
            "El pedido fue trasladado a la Municipalidad Provincial de Candarave con Oficio N° "
            "0290-2025-GRT/GRDS; dicha comuna no ha remitido respuesta hasta la fecha, por lo "
            "que puede reiterarle su pedido.\n\nAtentamente,")
    statements = read_statements(_document(text))
    period = (date(2024, 1, 1), date(2024, 12, 31))
    assert ruled_status("answered", statements, period) == "missing"
    # nor is it out of period: no statement gives information of any year
    assert ruled_status("out_of_period", statements, period) == "missing"
    assert ruled_kind("not_competent_referred", fold_compatible(text)) == "no_reply"


def test_a_date_with_the_word_year_and_the_addressee_on_its_line_gives_nothing():
    # The day of a date is no figure: with the addressee's label on the date's line (a
    # two-column letterhead read line by line) it read as information of that year.
    text = ("CARTA N° 041-2025-MPH/SG\nHuanta, 14 de marzo del año 2025 SEÑORA :\n"
            "Rosa Quispe Lapa\n\nASUNTO : Precisión de su pedido\n\n"
            "Su solicitud sobre la trata de personas del año 2024 no indica la oficina de la que "
            "requiere la información; sírvase precisarla en el plazo de dos días hábiles.")
    statements = read_statements(_document(text))
    dated = next(s for s in statements if "marzo" in s.text)
    assert dated.act != "information" and dated.years == ()


@pytest.mark.parametrize("dated", [
    "OFICIO N° 0119-2025-MDSA/GDH Sullana, 3 del mes de marzo de 2025",
    "CARTA N° 0042-2025-UNSA Arequipa, 2025, marzo 3",
    "Firmado digitalmente. Fecha: 2025/03/03 11:42:07",
    "OFICIO N° 0077-2025-GRL Iquitos, 03-03-2025",
    "OFICIO N° 0210-2025-CSJLA-PJ Lima, 03-MAR-2025",
    "Tacna, a los 3 días del mes de marzo de 2025",
])  # fmt: skip
def test_the_letters_own_date_in_other_styles_is_no_information_of_its_year(dated):
    # Read as a statement of 2025, a date beside the letter's number made a reply on the
    # requested years out of period.
    text = (f"{dated}\n\nEn el periodo comprendido entre el 1 de enero de 2023 y el 31 de "
            "diciembre de 2024 se brindaron 18 charlas sobre trata de personas.")
    statements = read_statements(_document(text))
    period = (date(2023, 1, 1), date(2024, 12, 31))
    assert [s.when(period) for s in statements if s.act == "information"] == ["in"]
    assert ruled_status("out_of_period", statements, period) == "answered"


@pytest.mark.parametrize("cut_off", ["con corte al 31.12.2024", "actualizado al 30/06/2024"])
def test_a_cut_off_date_written_with_points_or_slashes_dates_the_data(cut_off):
    # Such a date's year follows a point or a slash: reading it as a cut-off's year failed,
    # and the reply could not be classified at all.
    text = f"Se registraron 12 denuncias por trata de personas, {cut_off}."
    statements = read_statements(_document(text))
    assert [(s.act, s.years) for s in statements] == [("information", (2024,))]


def test_a_null_answer_for_the_requested_period_named_as_such_is_answered():
    # "durante el periodo solicitado" names no year, but it is the request's period: a reply
    # whose only statement says nothing was done then informs on it, and none of its
    # statements speaks of another period, which out_of_period needs.
    from oficio.models.status_rules import ruled_status

    text = ("OFICIO N° 045-2025-MDP/A\nPichari, 3 de marzo de 2025\n\n"
            "ASUNTO: Respuesta a su solicitud\n\n"
            "Me dirijo a usted en atención a su solicitud sobre las acciones contra la trata "
            "de personas de los años 2023 y 2024.\n\n"
            "Al respecto, le informo que durante el periodo solicitado esta Municipalidad no "
            "realizó campañas de prevención ni destinó presupuesto a la atención de víctimas."
            "\n\nAtentamente,")
    statements = read_statements(_document(text))
    period = (date(2023, 1, 1), date(2024, 12, 31))
    null = next(s for s in statements if s.text.startswith("Al respecto"))
    assert null.act == "null_answer" and null.when(period) == "in"
    assert ruled_status("out_of_period", statements, period) == "answered"


@pytest.mark.parametrize("text", [
    "Dear Ms Salas,\nIn reply to your request, during 2022 the bureau trained 64 labour "
    "inspectors on forced labour and trafficking in persons.",
    "En respuesta a su solicitud, durante el 2022 la oficina capacitó a 64 inspectores en "
    "trata de personas con fines de explotación laboral.",
])  # fmt: skip
def test_an_answer_after_a_lead_in_that_names_the_request_informs(text):
    # "In reply to your request," and the answer after the comma, with no verb of informing:
    # the whole sentence read as the request restated, and the reply as missing.
    statements = read_statements(_document(text))
    assert "information" in [s.act for s in statements]
    period = (date(2022, 1, 1), date(2022, 12, 31))
    assert ruled_status("answered", statements, period) == "answered"


def test_an_english_date_in_the_letters_opening_gives_no_statement_its_year():
    # "January 17th, 2023": the letter's date, run into the addressee's lines
    letter = ("Our reference OFICIO N° 184-2023-PRODUCE\nDate January 17th, 2023 To Ms. HELEN "
              "MARSH Research Fellow, Centre for Migration Studies\nSubject Information on "
              "prevention of trafficking in persons\nDuring the period from 1 October 2020 "
              "through 30 September 2022, the Directorate held 26 awareness workshops.")
    period = (date(2020, 10, 1), date(2022, 9, 30))
    statements = read_statements(_document(letter))
    assert not any(2023 in s.years for s in statements)
    assert all(s.when(period) != "out" for s in statements)


def test_a_column_of_months_before_the_requested_period_is_out_of_it():
    # The heading wraps: "Enero – setiembre" over "2020"; the request starts in October 2020.
    letter = ("Me dirijo a usted en atención a su solicitud sobre el periodo del 1 de octubre "
              "de 2020 al 30 de setiembre de 2022.\n\nSolo se cuenta con la información "
              "siguiente:\n\nAcción 2019 Enero – setiembre\n2020\n"
              "Charlas preventivas 26 4\nCasos atendidos por la DEMUNA 11 3\n")
    period = (date(2020, 10, 1), date(2022, 9, 30))
    rows = [s for s in read_statements(_document(letter))
            if s.text.startswith(("Charlas", "Casos"))]
    assert len(rows) == 2 and all(s.years == (2019, 2020) for s in rows)
    assert all(s.when(period) == "out" for s in rows)
