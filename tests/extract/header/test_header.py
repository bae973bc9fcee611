"""The header of a reply: who sent it, its reference and date, what it answers."""

from __future__ import annotations

from datetime import date

import pytest

from oficio.extract.header.header_patterns import find_reference
from oficio.extract.header.letter import annotate, find_period, parse_header
from oficio.extract.institutions.component import find_mentions
from oficio.extract.read.document import Document, Page

LETTER = """MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES
"Decenio de la Igualdad de Oportunidades para Mujeres y Hombres"

Lima, 15 de agosto de 2018

OFICIO N° 0456-2018-MIMP/DGCVG

Señora
María Pérez
Directora Ejecutiva
Presente.-

Referencia: Solicitud N° 123-2018 de fecha 01/08/2018

Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita
información sobre las acciones realizadas durante el periodo 2017 - 2018 en coordinación
con el Ministerio del Interior y la Policía Nacional del Perú.
"""
SIGNATURE = """Al respecto, el Ministerio del Interior informó 12 operativos.
Atentamente,

Ana Gómez
Directora General
Ministerio de la Mujer y Poblaciones Vulnerables
c.c.: Ministerio del Interior
"""


def _doc(*pages: str, language: str = "es") -> Document:
    pages_ = [Page(i + 1, t) for i, t in enumerate(pages)]
    return Document("d", "d.pdf", "pdf", pages_, language=language)


def _header(*pages: str, language: str = "es"):
    doc = _doc(*pages, language=language)
    return parse_header(doc, find_mentions(doc, include_units=True))


def test_full_letter():
    header = _header(LETTER, SIGNATURE)
    assert header.sender_id == "mimp"
    assert header.doc_type == "oficio"
    assert header.reference == "OFICIO N° 0456-2018-MIMP/DGCVG"
    assert header.letter_date == date(2018, 8, 15)
    assert header.request_ref == "Solicitud N° 123-2018 de fecha 01/08/2018"
    assert (header.period_start, header.period_end) == (date(2017, 1, 1), date(2018, 12, 31))
    assert {e.where for e in header.evidence} == {"letterhead", "reference", "signature"}
    data = header.to_dict()
    assert data["letter_date"] == "2018-08-15" and data["sender_id"] == "mimp"
    assert data["evidence"][0]["where"] == "letterhead"


def test_sender_mentions_are_marked_and_body_and_copy_mentions_are_not():
    _, mentions = annotate(_doc(LETTER, SIGNATURE))
    senders = [(m.page, m.text) for m in mentions if m.is_sender]
    assert senders == [(1, "MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES"), (1, "MIMP"),
                       (2, "Ministerio de la Mujer y Poblaciones Vulnerables")]  # fmt: skip
    assert all(not m.is_sender for m in mentions if m.institution_id == "mininter")


def test_sender_is_not_the_first_institution_in_the_body():
    body = ("Lima, 3 de setiembre de 2018\nCARTA N° 045-2018-SUNAFIL/INSSI\n\n"
            "El Ministerio de Trabajo y Promoción del Empleo y la Policía Nacional del Perú\n"
            "coordinaron acciones.\nAtentamente,\nJuan Ruiz\nIntendente Nacional\nSUNAFIL\n")
    header = _header(body)
    assert header.sender_id == "sunafil"
    assert header.doc_type == "carta"


def test_fiscalia_signs_for_the_public_ministry():
    # a fiscalía is an office of the Ministerio Público, as a directorate is of a ministry
    body = ("MINISTERIO PÚBLICO\nFISCALÍA PROVINCIAL PENAL DE LIMA\n\nOFICIO N° 88-2018-FPPL\n\n"
            "Se informa que la Policía Nacional del Perú intervino.\n")
    assert _header(body).sender_id == "mpfn"
    body = ("OFICIO N° 88-2018-FPPL\n\nSe informa que la Policía Nacional del Perú intervino."
            "\n\nAtentamente,\n\nJuan Quispe Mamani\nFiscal Provincial\n"
            "Fiscalía Provincial Penal de Lima\n")
    assert _header(body).sender_id == "mpfn"


@pytest.mark.parametrize(("letterhead", "sender"), [
    ("GOBIERNO REGIONAL DE LORETO\nDirección Regional de Salud Loreto", "gore:16-diresa"),
    ("Gobierno Regional de La Libertad\nGerencia Regional de Salud", "gore:13-diresa"),
    ("GOBIERNO REGIONAL PUNO\nDIRECCIÓN REGIONAL DE LA PRODUCCIÓN", "gore:21-direpro"),
    ("GOBIERNO REGIONAL JUNÍN\nDIRECCIÓN REGIONAL DE TRABAJO Y PROMOCIÓN DEL EMPLEO DE JUNÍN",
     "gore:12-drtpe"),
    ("Gobierno Regional del Cusco\nDirección Regional de Educación Cusco", "gore:08-dre"),
])
def test_a_regional_directorate_is_its_own_sender(letterhead, sender):
    body = f"{letterhead}\n\nOFICIO N° 120-2023-GR/DR\n\nSe remite la información solicitada.\n"
    assert _header(body).sender_id == sender


@pytest.mark.parametrize(("letterhead", "sender"), [
    ("POLICÍA NACIONAL DEL PERÚ\nREGIÓN POLICIAL PIURA", "pnp:regpol-20"),
    ("Policía Nacional del Perú\nRegión Policial del Cusco\nSecretaría - Trámite Documentario",
     "pnp:regpol-08"),
    ("Región Policial Madre de Dios", "pnp:regpol-17"),
    ("POLICÍA NACIONAL DEL PERÚ\nDIRECCIÓN NACIONAL DE INVESTIGACIÓN CRIMINAL", "pnp"),
    ("POLICÍA NACIONAL DEL PERÚ\nREGIÓN POLICIAL PUNO\nCOMISARÍA PNP AZÁNGARO", "pnp"),
    ("Policía Nacional del Perú\nRegión Policial del Cusco\nDivisión de Investigación Criminal",
     "pnp"),
])
def test_a_police_region_is_its_own_sender(letterhead, sender):
    # A region of the PNP answers for its department, as a regional directorate does, and
    # its own offices write for it; a unit the gazetteer does not list (a station, a
    # division under the region) stays the PNP's.
    body = f"{letterhead}\n\nOFICIO N° 215-2023-REGPOL/SEC\n\nSe remite lo solicitado.\n"
    assert _header(body).sender_id == sender


@pytest.mark.parametrize(("line", "unit"), [
    ("Unidad de Gestión Educativa Local de Maynas", "Unidad de Gestión Educativa Local de Maynas"),
    ("Dirección Regional de Educación Loreto\nUGEL ALTO AMAZONAS", "UGEL ALTO AMAZONAS"),
    ("Red de Salud Datem del Marañón", "Red de Salud Datem del Marañón"),
    ('Unidad Ejecutora 402 – Hospital Santa Gema de Yurimaguas "Año de la Unidad"',
     "Hospital Santa Gema de Yurimaguas"),
])
def test_a_body_a_regional_government_names_under_it_is_the_sender_as_written(line, unit):
    body = (f"GOBIERNO REGIONAL DE LORETO\n{line}\n\nOFICIO N° 31-2023-GRL\n\n"
            "Se remite la información solicitada.\n")
    header = _header(body)
    assert (header.sender_id, header.sender_name) == (None, unit)


def test_a_motto_on_the_bodys_line_does_not_hide_it():
    body = ("GOBIERNO REGIONAL DE LORETO\nRed de Salud Datem del Marañón "
            '"Año de la Unidad, la Paz y el Desarrollo"\n\nOFICIO N° 12-2023-GRL-RSDM\n\n'
            "Se remite la información solicitada.\n")
    header = _header(body)
    assert (header.sender_id, header.sender_name) == (None, "Red de Salud Datem del Marañón")


def test_a_commission_a_ministry_houses_is_the_ministrys():
    body = ("Ministerio de la Producción\nComisión Multisectorial de Pesca Artesanal – Secretaría "
            'Técnica "Año de la Unidad, la Paz y el Desarrollo"\n\nOFICIO N° 9-2023-PRODUCE/CMPA'
            "\n\nSe remite la información solicitada.\n")
    assert _header(body).sender_id == "produce"


def test_an_attached_body_under_its_ministrys_name_is_the_sender():
    body = ("Ministerio de Desarrollo Agrario y Riego\nServicio Nacional de Sanidad Agraria\n\n"
            "OFICIO N° 0045-2023-MIDAGRI-SENASA-DE\n\nSe remite la información solicitada.\n")
    assert _header(body).sender_id == "senasa"


def test_a_regional_governments_own_office_is_the_regional_government():
    body = ("GOBIERNO REGIONAL DE PIURA\nGerencia Regional de Desarrollo Social\n\n"
            "OFICIO N° 45-2023-GRP-GRDS\n\nSe remite la información solicitada.\n")
    assert _header(body).sender_id == "gore:20"


@pytest.mark.parametrize("sign", ["N°", "N*", "N?", "Nº", "No.", "Nro.", "N.°"])
def test_ocr_readings_of_the_number_sign(sign):
    header = _header(f"GOBIERNO REGIONAL DE PIURA\n\nOFICIO MÚLTIPLE {sign} 12-2018-GRP\n")
    written = "N°" if sign in {"N*", "N?"} else sign  # OCR's misreadings of the sign
    assert header.reference == f"OFICIO MÚLTIPLE {written} 12-2018-GRP"
    assert header.sender_id == "gore:20"


@pytest.mark.parametrize(("line", "kind"), [
    ("INFORME N° 003-2018-MTPE/2/15", "informe"),
    ("MEMORANDO N° 22-2018-MINEDU", "memorando"),
    ("NOTA N° 5-2018-RREE", "nota"),
])  # fmt: skip
def test_document_kinds(line, kind):
    assert _header(f"{line}\n").doc_type == kind


def test_english_letter():
    text = ("Ministry of Foreign Affairs\nMinisterio de Relaciones Exteriores\n\n"
            "September 3, 2018\n\nNOTE N° 7-2018\n\nRe: Request N° 45-2018\n\n"
            "Information for the period 2016 - 2017 is attached.\nSincerely,\nRREE\n")
    header = _header(text, language="en")
    assert header.sender_id == "rree"
    assert (header.doc_type, header.reference) == ("nota", "NOTE N° 7-2018")
    assert header.letter_date == date(2018, 9, 3)
    assert header.request_ref == "Request N° 45-2018"
    assert (header.period_start, header.period_end) == (date(2016, 1, 1), date(2017, 12, 31))


@pytest.mark.parametrize(("sentence", "start", "end"), [
    ("solicita información de enero de 2017 a junio de 2018.", date(2017, 1, 1),
     date(2018, 6, 30)),
    ("solicita información del año 2017.", date(2017, 1, 1), date(2017, 12, 31)),
    ("solicita lo actuado en el año 2017.", date(2017, 1, 1), date(2017, 12, 31)),
    ("pidió datos del 01 de enero de 2017 al 30 de junio de 2018.", date(2017, 1, 1),
     date(2018, 6, 30)),
    ("Se registraron 12 casos en el año 2016. Su pedido abarca el periodo 2017-2018.",
     date(2017, 1, 1), date(2018, 12, 31)),
    # the request restated with its months after "período", joined by "a" or a dash
    ("En atención a su solicitud sobre el período enero 2017 a junio 2018, se remite.",
     date(2017, 1, 1), date(2018, 6, 30)),
    ("Su pedido abarca el periodo marzo de 2016 - mayo de 2017.", date(2016, 3, 1),
     date(2017, 5, 31)),
])  # fmt: skip
def test_requested_period(sentence, start, end):
    header = _header(f"Lima, 2 de julio de 2018\nOFICIO N° 1-2018-MINSA\n{sentence}\n")
    assert (header.period_start, header.period_end) == (start, end)
    assert header.letter_date == date(2018, 7, 2)


def test_request_cited_as_expediente_or_carta():
    ref = "Ref.: Carta N° 045-2018-ORG\n"
    assert _header(f"OFICIO N° 1-2018-MINSA\n{ref}").request_ref == "Carta N° 045-2018-ORG"
    exp = "Referencia: Expediente N° 2018-0012345\n"
    assert _header(f"OFICIO N° 1-2018-MINSA\n{exp}").request_ref == "Expediente N° 2018-0012345"


def test_letter_without_any_header_information():
    header = _header("Se adjunta la información solicitada.\n")
    assert header.sender_id is None and header.reference is None and header.letter_date is None


EMAIL = """De: Transparencia <transparencia@mef.gob.pe>
Enviado el: 10 de junio de 2020 8:12
Para: contacto@ong.org.pe
Asunto: RE: Pedido Ley 27806

Estimada señora:

En 2019, este Ministerio coordinó con el Ministerio de la Mujer y Poblaciones Vulnerables
lo solicitado respecto del año 2019.

Cordialmente,

Juan Pérez
Ministerio de Economía y Finanzas
"""


def test_email_sender_comes_from_domain_and_signature_not_the_body():
    header = _header(EMAIL)
    assert header.sender_id == "mef"
    assert (header.doc_type, header.reference) == ("email", "RE: Pedido Ley 27806")
    assert header.letter_date == date(2020, 6, 10)
    assert (header.period_start, header.period_end) == (date(2019, 1, 1), date(2019, 12, 31))


def test_attached_report_reference_and_signature_also_identify_the_sender():
    cover = ("POLICÍA NACIONAL DEL PERÚ\n\nLima, 03/03/2018\n\nOFICIO N° 417-2018-DIRNIC-PNP\n\n"
             "Se remite el informe.\nAtentamente,\n\nGeneral PNP - Director\n"
             "Policía Nacional del Perú\n")  # fmt: skip
    report = "INFORME Nº 1243-2018-DIRNIC-PNP\n\nSe coordinó con el Ministerio Público.\n"
    _, mentions = annotate(_doc(cover, report))
    flags = [(m.page, m.text, m.is_sender) for m in mentions]
    assert (2, "PNP", True) in flags and (2, "Ministerio Público", False) in flags
    assert all(flag for page, text, flag in flags if page == 1)


def test_date_on_a_fecha_line_and_a_note_dated_at_its_end():
    memo = "MEMORANDO N° 5-2020-INABIF\nA\t: Oficina\nFECHA\t: Lima, 15 de mayo de 2020\n"
    assert _header(memo).letter_date == date(2020, 5, 15)
    note = ("MINISTERIO DE RELACIONES EXTERIORES\n\nNota RE (DGC) N° 5-11/142\n\n"
            "El Ministerio saluda atentamente y, sobre el periodo del 1 de enero de 2017 al "
            "31 de diciembre de 2017, informa.\n\nLima, 19 de setiembre de 2018\n")  # fmt: skip
    header = _header(note)
    assert header.reference == "Nota RE (DGC) N° 5-11/142" and header.doc_type == "nota"
    assert header.letter_date == date(2018, 9, 19)


def test_ocr_damaged_header_words():
    header = _header("0FICI0 N* 12-2018-MINSA\nLima, l5 de ag0sto de 2O18\n")
    assert header.doc_type == "oficio" and header.letter_date == date(2018, 8, 15)


def test_a_superior_court_signs_for_itself_and_a_fiscal_district_for_mp_fn():
    court = ("PODER JUDICIAL DEL PERÚ\nCORTE SUPERIOR DE JUSTICIA DE LIMA NORTE\n\n"
             "OFICIO N° 310-2019-P-CSJLN/PJ\n\nSe remite lo solicitado.\n")
    assert _header(court).sender_id == "pj-csj-lima-norte"
    fiscal = ("PRESIDENCIA DE LA JUNTA DE FISCALES SUPERIORES DEL DISTRITO FISCAL DE PIURA\n\n"
              "OFICIO N° 77-2019-MP-FN-PJFSPIURA\n\nLa Policía Nacional del Perú informó.\n")
    assert _header(fiscal).sender_id == "mpfn"


def test_an_analysts_institution_with_a_parent_beats_the_parent(tmp_path, monkeypatch):
    extra = tmp_path / "institutions.csv"
    extra.write_text("id,name,kind,parent\n"
                     "aqp-trata,Unidad de Trata de Personas de Arequipa,police,pnp\n",
                     encoding="utf-8")  # fmt: skip
    monkeypatch.setenv("OFICIO_INSTITUTIONS", str(extra))
    body = ("POLICÍA NACIONAL DEL PERÚ\nUnidad de Trata de Personas de Arequipa\n\n"
            "OFICIO N° 40-2019-REGPOL-AQP\n\nSe informa lo solicitado.\n")
    doc = _doc(body)
    mentions = find_mentions(doc, extra_aliases=extra, include_units=True)
    assert parse_header(doc, mentions).sender_id == "aqp-trata"


def test_an_unknown_institution_is_reported_by_its_name_not_replaced():
    body = ("SOCIEDAD DE BENEFICENCIA DE CHUPACA\n\nOFICIO N° 45-2019-SBCH/GG\n\n"
            "Señora\nDirectora\nPresente.-\n\nEn coordinación con el Ministerio de la Mujer y\n"
            "Poblaciones Vulnerables y el Ministerio del Interior se atendió a 4 personas.\n"
            "Atentamente,\n\nRosa Quispe\nGerente General\n")
    header = _header(body)
    assert header.sender_id is None
    assert header.sender_name == "SOCIEDAD DE BENEFICENCIA DE CHUPACA"


def test_a_prosecutors_office_the_gazetteer_lacks_is_not_its_ministerio_publico():
    # "Fiscalía Provincial" opens the name and Tacna ends it: neither is the office.
    body = ("MINISTERIO PÚBLICO\nFISCALÍA DE LA NACIÓN\n"
            "FISCALÍA PROVINCIAL ESPECIALIZADA EN DELITOS DE TRATA DE PERSONAS DE TACNA\n\n"
            "OFICIO N° 188-2023-MP-FN-FPETP-TACNA\n\nSe informa lo solicitado.\n")
    header = _header(body)
    assert header.sender_id is None
    assert header.sender_name == ("FISCALÍA PROVINCIAL ESPECIALIZADA EN DELITOS DE TRATA DE "
                                  "PERSONAS DE TACNA")


def test_a_victims_assistance_unit_and_a_special_project_write_for_themselves():
    udavit = ("MINISTERIO PÚBLICO – FISCALÍA DE LA NACIÓN\nUnidad Distrital de Asistencia a "
              "Víctimas y Testigos – Puno\n\nOFICIO N° 176-2022-MP-FN-UDAVIT-PUNO\n\n"
              "Se remite la información de las asistencias.\n")
    header = _header(udavit)
    assert header.sender_id is None
    assert header.sender_name.startswith("Unidad Distrital de Asistencia a Víctimas")
    project = ("PROYECTO ESPECIAL BINACIONAL LAGO TITICACA\nOficina de Planeamiento y "
               "Presupuesto\nMIDAGRI\nREPORTE N° 041-2022-MIDAGRI-PEBLT/OPP\n\nEjecución "
               "presupuestal de proyectos de inversión.\n")
    header = _header(project)
    assert (header.sender_id, header.sender_name) == (
        None, "PROYECTO ESPECIAL BINACIONAL LAGO TITICACA")


def test_our_reference_without_a_colon_is_the_letters_own_number():
    letter = ("PROMPERÚ\nGeneral Secretariat\nOur reference LETTER N° 0087-2022-PROMPERU/SG\n"
              "Date December 2nd, 2022\nYour reference Request N° 2022-0942\n\nWe forwarded "
              "your request by Oficio N° 0312-2022-PROMPERU/SG.\n")
    assert find_reference(letter).text == "LETTER N° 0087-2022-PROMPERU/SG"


def test_a_table_header_row_under_the_letterhead_is_no_institution():
    body = ("PODER JUDICIAL DEL PERÚ – GERENCIA GENERAL\n"
            "Expedientes por trata de personas según Corte Superior de Justicia – Año 2023\n"
            "Corte Superior de Justicia  Ingresados  Resueltos  Sentencias  Pendientes\n"
            "Lima  9  4  2  5\n")
    assert _header(body).sender_id == "pj"


def test_an_unknown_attached_body_is_not_replaced_by_its_ministry():
    body = ("Ministerio de Desarrollo e Inclusión Social\nPrograma Nacional de Apoyo Directo\n"
            "\"Año de la Lucha contra la Corrupción\"\n\nOFICIO N° 100-2019-MIDIS/PNADP\n\n"
            "Se remite lo solicitado.\n")
    header = _header(body)
    assert (header.sender_id, header.sender_name) == (None,
                                                      "Programa Nacional de Apoyo Directo")


def test_a_municipal_office_in_the_letterhead_is_the_municipality():
    body = ("Municipalidad Provincial de Huaral\nDefensoría Municipal del Niño y del Adolescente\n"
            "\nOFICIO N° 77-2018-DEMUNA\n\nSe informa lo solicitado.\n")
    header = _header(body)
    assert header.sender_id == "mpro:1506"
    assert header.sender_name == "Municipalidad Provincial de Huaral"


def test_a_foreign_ministry_is_not_its_peruvian_namesake():
    body = ("REPÚBLICA DE BOLIVIA\nMINISTERIO DE DEFENSA\n\nNOTA N° 12/2019\n\n"
            "La Paz, 3 de mayo de 2019\n\nSe informa al Ministerio de Relaciones Exteriores\n"
            "del Perú lo siguiente.\n")
    header = _header(body)
    assert header.sender_id is None and header.sender_name == "MINISTERIO DE DEFENSA"
    chile = ("GOBIERNO DE CHILE\nMINISTERIO\nDEL INTERIOR Y\nSEGURIDAD PÚBLICA\n\n"
             "ORD. N° 1520\n\nSe remite copia al Ministerio del Interior del Perú.\n")
    header = _header(chile)
    assert header.sender_id is None
    assert header.sender_name == "MINISTERIO DEL INTERIOR Y SEGURIDAD PÚBLICA"


def test_a_control_report_is_the_auditors_not_the_audited_bodys():
    body = ("CONTRALORÍA GENERAL DE LA REPÚBLICA\n"
            "ÓRGANO DE CONTROL INSTITUCIONAL DE LA MUNICIPALIDAD DISTRITAL DE ATE\n\n"
            "La Municipalidad Distrital de Ate no sustentó el gasto de S/ 12 000.\n"
            "Atentamente,\nJefe del OCI de la Municipalidad Distrital de Ate\n")
    header = _header(body)
    assert header.sender_id == "cgr"
    assert header.sender_name == "Contraloría General de la República"


def test_the_letters_own_number_not_the_reports_it_cites():
    body = ("GOBIERNO REGIONAL DE LORETO\n\nSeñora\nDirectora\nPresente.-\n\n"
            "Tengo el agrado de dirigirme a usted en atención al\n"
            "Informe N° 0071-2021-GRL-GRDS/SGPV de la Subgerencia, y remitirle lo pedido.\n"
            "Informe N° 0072-2021-GRL-GRDS y el Informe Legal N° 9-2021-GRL-ORAJ, y;\n\n"
            "OFICIO N° 318-2021-GRL-GRDS\n")
    header = _header(body)
    assert header.reference == "OFICIO N° 318-2021-GRL-GRDS"
    assert header.doc_type == "oficio"


def test_a_title_over_several_lines_and_a_resolution():
    body = ("UNIVERSIDAD NACIONAL DE SAN AGUSTÍN DE AREQUIPA\n\nRESOLUCIÓN DE\n"
            "CONSEJO UNIVERSITARIO\n\nN° 0412-2019\n\nArequipa, 3 de julio de 2019\n\nVISTOS:\n"
            "Informe N° 88-2019-OPP y el Informe Legal N° 12-2019-OAJ, y;\n")
    header = _header(body)
    assert header.reference == "RESOLUCIÓN DE CONSEJO UNIVERSITARIO N° 0412-2019"
    assert header.doc_type == "resolucion" and header.sender_id == "unsa"
    acta = _header("ACTA N° 004-2021-CSST\nSESIÓN ORDINARIA\n\nSiendo las 10:00 horas ...\n")
    assert (acta.reference, acta.doc_type) == ("ACTA N° 004-2021-CSST", "acta")


def test_a_number_stamped_apart_from_its_title_and_ocr_signs():
    body = ("MINISTERIO DE SALUD\n\n1187,\n\nANT.: Su carta de fecha 2 de mayo.\n\n"
            "CIRCULAR N°\n\nMAT.: Lo que indica.\n\nLIMA, 08 JUL. 2019\n")
    header = _header(body)
    assert (header.reference, header.doc_type) == ("CIRCULAR N° 1187", "circular")
    assert header.letter_date == date(2019, 7, 8)
    ocr = _header("REPUBLICA DE CHILE\nMINISTERIO DE HACIENDA\n\nORD. (GAB)N?    88\n\n"
                  "SANTIAGO, 31 DIC. 2019\n")
    assert (ocr.reference, ocr.doc_type) == ("ORD. (GAB)N° 88", "ordinario")
    assert ocr.letter_date == date(2019, 12, 31) and ocr.sender_id is None


def test_a_number_alone_at_the_top_whose_title_is_an_image():
    header = _header("Exp. 1203-2020\n\nN° 051-IGP/2020\n\nLima, 2 de marzo de 2020\n\n"
                     "VISTOS:\nEl Informe N° 12-2020-IGP/OPP\n")
    assert header.reference == "N° 051-IGP/2020"


def test_an_ocr_damaged_letterhead_is_still_its_known_sender():
    body = ("Gobierno Regional de Puuo\n\nOFICIO N° 71-2018-GRP/GRDS\n\nSe remite lo pedido.\n"
            "Atentamente,\nGobierno Regional de Puno\n")
    assert _header(body).sender_id == "gore:21"
    demuna = ("Municipa1idad Distrital de Ventauilla\n"
              "Defensoría Municipal del Niño y del Adolescente\n\n"
              "OFICIO N° 5-2018-DEMUNA\n\nAtentamente,\nMunicipalidad Distrital de Ventanilla\n")
    assert _header(demuna).sender_id == "mdis:070106"


@pytest.mark.parametrize(("line", "day"), [
    ("SANTIAGO, 08 JUL. 2009", date(2009, 7, 8)),
    ("Lima, 31 DIC. 2019", date(2019, 12, 31)),
    ("SANTIAGO,\n08 JUL 2009", date(2009, 7, 8)),
    ("FECHA: 31 DIC. 2019", date(2019, 12, 31)),
])  # fmt: skip
def test_dates_from_stamps_and_abbreviated_months(line, day):
    header = _header(f"MINISTERIO DE CULTURA\n\nOFICIO N° 5-2019-MC\n\n{line}\n\nSeñor\n")
    assert header.letter_date == day


def test_a_control_report_cover_and_its_last_paragraph_name_the_audited_body():
    cover = ("CONTRALORÍA GENERAL DE LA REPÚBLICA\nGERENCIA REGIONAL DE CONTROL DE JUNÍN\n\n"
             "INFORME DE CONTROL ESPECÍFICO N° 012-2021-2-0456-SCE\n\n"
             "SERVICIO DE CONTROL ESPECÍFICO A HECHOS CON PRESUNTA IRREGULARIDAD\n"
             "MUNICIPALIDAD DISTRITAL DE EL TAMBO\nHUANCAYO - JUNÍN\n")
    last = ("La Municipalidad Distrital de El Tambo no acreditó la entrega de los bienes.\n"
            "Los funcionarios de la Municipalidad Distrital de El Tambo deberán responder.\n\n"
            "Huancayo, 3 de mayo de 2021\n\nJefe de Comisión\n")
    header = _header(cover, last)
    assert header.sender_id == "cgr"
    assert header.reference == "INFORME DE CONTROL ESPECÍFICO N° 012-2021-2-0456-SCE"


@pytest.mark.parametrize("line", [
    "CONVOCATORIA CAS N° 021-2022-MDSJL", "PROCESO CAS N° 045-2023-EF/43.03",
    "ADJUDICACIÓN SIMPLIFICADA N° 018-2022-MDLO/CS-1", "CONSTANCIA N° 2023-004417",
    "FORMATO DE RESPUESTA N° 0145-2023-MDT/OTAIP",
])  # fmt: skip
def test_the_number_of_a_job_call_a_purchase_a_receipt_or_a_form_is_its_reference(line):
    text = f"MUNICIPALIDAD DISTRITAL DE SAN JUAN DE LURIGANCHO\n{line}\nObjeto de la convocatoria\n"
    assert find_reference(text).text == line


def test_a_reference_under_a_motto_without_quotes_is_the_letters_own():
    body = ("MINISTERIO DE CULTURA\n"
            "Decenio de la igualdad de oportunidades para mujeres y hombres\n"
            "OFICIO N° 88-2019-MC/SG\n\nSeñor\n")
    assert _header(body).reference == "OFICIO N° 88-2019-MC/SG"


def test_the_addressees_institution_is_not_the_letterhead():
    body = ("PODER JUDICIAL DEL PERÚ\n\nSeñora\nLucía Ramos\nInvestigadora\n"
            "Instituto de Estudios Andinos Sur\nPresente.-\n\nSe remite lo solicitado.\n"
            "Atentamente,\nPoder Judicial\n")
    header = _header(body)
    assert header.sender_id == "pj" and header.sender_name == "Poder Judicial"


def test_a_period_written_as_dates_after_a_colon_is_the_requested_period():
    from datetime import date

    from oficio.extract.header.periods import find_period

    text = ("Referencia: Solicitud N° 2019-0456 (período: 01/03/2016 - 31/12/2017)\n"
            "En atención a la solicitud de la referencia, se informa que en el año 2014 se "
            "registraron 9 casos.")
    assert find_period(text)[:2] == (date(2016, 3, 1), date(2017, 12, 31))


@pytest.mark.parametrize(("text", "period"), [
    ("Asunto: Respuesta sobre acciones contra la trata, periodo 2018\nSe informa", (2018, 2018)),
    ("ASUNTO : Presupuesto contra la trata (periodo consultado: 2019)\n", (2019, 2019)),
    ("Subject: Request on victims assisted abroad,\n2017\nRef.: Request 12", (2017, 2017)),
    ("Asunto: Acciones 2016 - 2017 contra la trata de personas\n", (2016, 2017)),
    ("Asunto: Remite Informe N° 045-2018-MIMP/DGCVG\nSe informa", None),  # a number's year
    ("Asunto: Atención a su solicitud de fecha 12 de marzo de 2019\n", None),  # a date
    # the label in a table's cell, with no colon: the years given after it are not the period
    ("ASUNTO Información sobre inspecciones de trabajo forzoso – año 2023\nSe remite lo que "
     "obra en nuestros archivos respecto de los años 2020 y 2021.", (2023, 2023)),
    ("ASUNTO | Acciones contra la trata de personas 2022\nSe informa", (2022, 2022)),
])  # fmt: skip
def test_the_subject_line_names_the_requested_period(text, period):
    found = find_period(text)
    if period is None:
        assert found is None
    else:
        assert (found[0].year, found[1].year) == period


@pytest.mark.parametrize(("text", "period"), [
    ("Con relación a lo pedido sobre los albergues de julio a diciembre de 2019, se indica que "
     "en 2018 funcionaron dos.", ((2019, 7, 1), (2019, 12, 31))),
    ("Ref.: Pedido de datos de capacitaciones, II semestre 2016\nEn 2015 se dictaron 4 "
     "cursos.", ((2016, 7, 1), (2016, 12, 31))),
    ("Atendiendo su solicitud sobre el primer semestre del año 2020, la unidad informa que "
     "en 2021 se programan 3 ferias.", ((2020, 1, 1), (2020, 6, 30))),
    ("Your request asked for the assistance given during March-August 2018. In 2017 the "
     "office assisted 6 people.", ((2018, 3, 1), (2018, 8, 31))),
    ("Sobre su consulta acerca de las mesas de trabajo en 2017-2018: la mesa se instaló en "
     "2019.", ((2017, 1, 1), (2018, 12, 31))),
    ("Ref.: Solicitud sobre sentencias por trata, año 2015\nEn los años 2013 y 2014 se "
     "dictaron 3 sentencias.", ((2015, 1, 1), (2015, 12, 31))),
    # OCR's "afios" for "años"
    ("Ref.: Solicitud sobre albergues, afios 2016 y 2017\nEn 2015 funcionaron dos.",
     ((2016, 1, 1), (2017, 12, 31))),
    # "requiere", the stem of "requerir" changed
    ("Me dirijo a usted en atención a la solicitud de la referencia, mediante. la cual requiere "
     "información sobre la Comisión Regional durante el año 2023.", ((2023, 1, 1), (2023, 12, 31))),
    # in brackets after the subject, as months and years or as two dates
    ("Asunto : Datos sobre la trata de personas (marzo 2021 – febrero 2023)\nRef. : Carta 8",
     ((2021, 3, 1), (2023, 2, 28))),
    ("Asunto : Datos sobre la trata de personas (1 de marzo de 2021 al 28 de febrero de\n"
     "2023)\nEn 2024 se dictaron 5 talleres.", ((2021, 3, 1), (2023, 2, 28))),
    # after a comma on the subject line, and as the police write dates ("01MAR2021")
    ("ASUNTO : Datos sobre trata de personas, abril 2020 – marzo 2022\nREF. : Carta 8",
     ((2020, 4, 1), (2022, 3, 31))),
    ("ASUNTO : Remite datos de trata de personas (periodo 01ABR2020 – 31MAR2022)\nREF. : x",
     ((2020, 4, 1), (2022, 3, 31))),
    # after a dash, and with the dash between the months read by OCR as "—" or "~"
    ("ASUNTO : Trata de personas — abril 2020 a marzo 2022\nSe informa", ((2020, 4, 1),
                                                                        (2022, 3, 31))),
    ("ASUNTO : Datos de trata de personas, periodo abril 2020 ~ marzo 2022\n",
     ((2020, 4, 1), (2022, 3, 31))),
    # two dotted dates with a dash between, on the subject's wrapped second line
    ("ASUNTO: Información sobre acciones frente a la\ntrata de personas (01.10.2020 – "
     "30.09.2022)\nREF.: Expediente N° 2022-19874", ((2020, 10, 1), (2022, 9, 30))),
    # opening the subject's second line, after a comma or a dash that ends the first
    ("ASUNTO: Acciones frente a la trata de personas,\n01.10.2020 – 30.09.2022\n"
     "REFERENCIA: Solicitud N° 0309-2022", ((2020, 10, 1), (2022, 9, 30))),
    ("Asunto Acciones contra la trata de personas –\nOCTUBRE 2020 – SETIEMBRE 2022\n"
     "Referencia Solicitud N° 0391-2022", ((2020, 10, 1), (2022, 9, 30))),
    # two dates that share their year
    ("Mediante el cual solicita información durante el periodo comprendido entre el 1 de "
     "enero y el 31 de diciembre de 2023.", ((2023, 1, 1), (2023, 12, 31))),
    # the year of the letter's date, "del año 2023", is no period; the subject's is, though
    # OCR read its label apart and its dashes as "—"
    ("Asunto\n\nReferencia\n\nCajamarca, 25 de enero del año 2023\n\nAcciones contra la "
     "trata de personas —\nOCTUBRE 2020 — SETIEMBRE 2022\nSolicitud N° 0391-2022-GR.CAJ",
     ((2020, 10, 1), (2022, 9, 30))),
    # the period of the information given, in a sentence that does not speak of the request
    ("Entre enero y junio de 2018 se realizaron 9 charlas en colegios.", None),
    # nor in the body's first line under a reference line
    ("Ref. : Carta S/N de fecha 12.08.2024\nEn atención a su carta, se detallan las licencias "
     "otorgadas en el primer semestre de 2024:", None),
])  # fmt: skip
def test_the_requested_period_restated_in_many_forms(text, period):
    found = find_period(text)
    if period is None:
        assert found is None
    else:
        assert found[:2] == (date(*period[0]), date(*period[1]))


@pytest.mark.parametrize(("read", "meant"), [
    ("OFICIO N° 0455-2019-SUNAFILIINII", "OFICIO N° 0455-2019-SUNAFIL/INII"),  # "/" as "I"
    ("OFICIO N° 412-2019-INEVDTDIS", "OFICIO N° 412-2019-INEI/DTDIS"),  # "I/" as "V"
    ("OFICIO N° 0318-2019-VRIPIUNSA", "OFICIO N° 0318-2019-VRIP/UNSA"),  # "/" before one
    ("OFICIO N° 000619-2018/IN/DGSD |", "OFICIO N° 000619-2018/IN/DGSD"),  # a rule as "|"
    ("OFICIO N° 0312-2019-MIMP/DGCVG", "OFICIO N° 0312-2019-MIMP/DGCVG"),  # already right
    # "/" as "I" before a unit's acronym (consonants), whatever the acronyms are
    ("CARTA N° 114-2020-GDEIMPHZ", "CARTA N° 114-2020-GDE/MPHZ"),
    ("OFICIO N° 733-2021-GR.LAMB/IGRSA", "OFICIO N° 733-2021-GR.LAMB/GRSA"),  # "/" as "/I"
    ("OFICIO N° 150-2020-JUS/VMIDGJC", "OFICIO N° 150-2020-JUS/VM/DGJC"),
    # an "I" that is a word's or a known acronym's letter stays
    ("OFICIO N° 061-2019-REGPOL-PIU/DIVINCRI-DEPINTRAT", None),
    ("OFICIO N° 218-2020-VIVIENDA/OGA", None),
    ("OFICIO N° 1411-2019-DGIESP/MINSA", None),
    ("OFICIO N° 332-2021-MP-FN-PJFSAREQUIPA", None),
])  # fmt: skip
def test_a_reference_read_by_ocr_has_its_slashes_back(read, meant):
    from oficio.extract.read.document import Page

    text = f"MINISTERIO\n\n{read}\n\nLima, 3 de mayo de 2019\n\nSeñora\nPresente.-\nSe informa."
    scanned = Document("s", "s.pdf", "pdf", [Page(1, text, method="ocr")])
    assert parse_header(scanned, []).reference == (meant or read)
    typed = Document("t", "t.pdf", "pdf", [Page(1, text)])  # a text layer is as written
    assert parse_header(typed, []).reference == read


@pytest.mark.parametrize("line", [
    "HOJA DE ENVÍO N° 041-2020-REGPOL-CUSCO/SEC",
    "HOJA DE TRÁMITE N° 2021-0007731",
    "MEMORÁNDUM MÚLTIPLE N° 012-2020-GRA/GRDS",
    "REPORTE N° 007-2021-GRA/GRPPAT-SGP",
    "COMUNICADO N° 005-2019-MDSA/GSP",
    "OFFICIAL LETTER N° 112-2020-MRE/DGC",
    "RESOLUCIÓN DE LA GERENCIA DE ADMINISTRACIÓN N° 0031-2020-MPH/GA",
    "ACTA DE SESIÓN ORDINARIA DE CONCEJO N° 009-2019-MDV",
    "OFICIO N° D000417-2021-MIMP-DGCVG",  # the e-government system's numbers start with D
])  # fmt: skip
def test_more_kinds_of_documents_have_their_own_number_read(line):
    text = f"MUNICIPALIDAD\n\n{line}\n\nLima, 3 de mayo de 2021\n\nSe comunica lo siguiente."
    assert parse_header(Document("d", "d.pdf", "pdf", [Page(1, text)]), []).reference == line


def test_a_courts_presidencia_signs_for_the_court():
    # "Presidencia" under the court's name is its office, not an unknown institution.
    header = _header("PODER JUDICIAL DEL PERÚ\nCORTE SUPERIOR DE JUSTICIA DEL CALLAO\n"
                     "Presidencia\nCallao, 3 de marzo de 2020\nOFICIO N° 120-2020-P-CSJCL-PJ\n"
                     "Señores\nPresente.-\nSe remite lo solicitado.\nAtentamente,\n"
                     "Juez Superior Presidente")
    assert header.sender_id == "pj-csj-callao"


def test_a_universitys_tagline_is_not_another_institution():
    header = _header("UNIVERSIDAD NACIONAL DE SAN AGUSTÍN DE AREQUIPA\n"
                     "Universidad del Sur, ORGULLO DE AREQUIPA\nArequipa, 4 de mayo de 2021\n"
                     "OFICIO N° 210-2021-R-UNSA\nSeñores\nPresente.-\nSe remite lo solicitado.")
    assert header.sender_id == "unsa"


def test_a_ministrys_programme_is_the_sender_of_its_own_letterhead():
    header = _header("MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES\nPrograma Integral Nacional "
                     "para el Bienestar Familiar\nLima, 2 de junio de 2019\n"
                     "OFICIO N° 300-2019-MIMP-INABIF-DE\nSeñora\nPresente.-\n"
                     "Se remite lo solicitado.\nAtentamente,\nDirectora Ejecutiva")
    assert header.sender_id == "inabif"


@pytest.mark.parametrize(("line", "own"), [
    # the number at the left margin, the place and date at the right, on one line
    ("OFICIO N° 0318-2024-GRA/GG-GRDS        Ayacucho, veintiséis de febrero de 2024",
     "OFICIO N° 0318-2024-GRA/GG-GRDS"),
    ("OFICIO N° 0318-2024-GRA/GG-GRDS Ayacucho, 26 de febrero de 2.024",
     "OFICIO N° 0318-2024-GRA/GG-GRDS"),
    ("OFICIO N° 187-2024-DIRNIC PNP/DIRCTPTIM-SEC Lima, 09FEB2024",
     "OFICIO N° 187-2024-DIRNIC PNP/DIRCTPTIM-SEC"),
    ("CARTA N° 0093-2024-UNI/SG-UTAIP Rímac, 2024-02-21", "CARTA N° 0093-2024-UNI/SG-UTAIP"),
    ("OFICIO N° 0421-2024-MDSMP/GDH San Martín de Porres, 16.05.24",
     "OFICIO N° 0421-2024-MDSMP/GDH"),
    # the foreign ministry's oficio, its name cut short
    ("OF. RE (DGC) N° 2-10-B/118", "OF. RE (DGC) N° 2-10-B/118"),
])  # fmt: skip
def test_the_letters_own_number_stops_before_its_place_and_date(line, own):
    # Set on one line, the date was taken into the number ("… -SEC Lima, 09FEB2024"), or its
    # words ("de febrero de") made the line a sentence that cites a document: no number.
    text = f"MUNICIPALIDAD\n{line}\nSeñora\nPresente.-\n\nSe remite la información."
    found = find_reference(text)
    assert found is not None and found.text == own
    assert text[found.start:found.end] == own


@pytest.mark.parametrize(("letterhead", "sender"), [
    # a national institute whose name holds a shorter one's (Instituto Nacional de Salud)
    ("INSTITUTO NACIONAL DE SALUD MENTAL\n«Honorio Delgado – Hideyo Noguchi»\nDirección General",
     "insm"),
    # the provincial municipality of Santa calls itself "del Santa"
    ("MUNICIPALIDAD PROVINCIAL DEL SANTA\nSecretaría General", "mpro:0218"),
])  # fmt: skip
def test_bodies_the_gazetteer_names_as_they_name_themselves(letterhead, sender):
    header = _header(f"{letterhead}\nOFICIO N° 000146-2024-DG\nLima, 27 de febrero de 2024\n"
                     "Señora\nPresente.-\n\nSe informa el número de atenciones.\n\nAtentamente,")
    assert header.sender_id == sender


@pytest.mark.parametrize(("line", "own"), [
    # OCR joins the addressee column to the number's, a column's gap apart
    ("Señor                                   OFICIO N° 0415-2023-GRSM/GRDS",
     "OFICIO N° 0415-2023-GRSM/GRDS"),
    # a form's grid: the label, a colon, then the number
    ("N.°          : CARTA N° 0071-2023-MDSJL/GDS", "CARTA N° 0071-2023-MDSJL/GDS"),
    # the edges of the box around the number, read as marks
    ("¡OFICIO N° 0266-2023-DIRESA-AYAC/DG!", "OFICIO N° 0266-2023-DIRESA-AYAC/DG"),
])  # fmt: skip
def test_a_scans_own_number_after_a_column_a_label_or_a_box_edge(line, own):
    # On scans these lines gave no reference at all: the number did not open its line.
    from oficio.extract.read.document import Page

    text = f"GOBIERNO REGIONAL\n\n{line}\nLima, 4 de marzo de 2024\n\nSe remite lo solicitado."
    scanned = Document("s", "s.pdf", "pdf", [Page(1, text, method="ocr")])
    assert parse_header(scanned, []).reference == own


def test_a_number_in_the_column_after_a_reference_label_is_cited_not_own():
    text = ("MUNICIPALIDAD DISTRITAL\n\nReferencia        Oficio N° 0112-2023-MML/GDS\n\n"
            "Se remite la información solicitada.")
    assert find_reference(text) is None


def test_a_month_in_the_letters_date_is_not_the_period_after_a_range_of_months():
    # "a los nueve días del mes de mayo de 2025" has no day number before its month: once
    # a range of months had been read in the letter, its month was taken as a period too,
    # and, standing first, as the requested one.
    text = ("OFICIO N° 077-2025-GRH/GRDS\nHuánuco, a los nueve días del mes de mayo de 2025\n"
            "ASUNTO: Talleres de prevención\nEn atención a su solicitud, referida al periodo "
            "de marzo de 2023 a noviembre de 2024, le informo que se realizaron 6 talleres.")
    assert find_period(text)[:2] == (date(2023, 3, 1), date(2024, 11, 30))


@pytest.mark.parametrize("line", ["DOCUMENTO OFICIO N° 0311-2025-GRL/GRDS",
                                  "DOCUMENTO:   OFICIO N° 0311-2025-GRL/GRDS",
                                  "Documento        OFICIO N° 0311-2025-GRL/GRDS"])
def test_the_letters_own_number_after_a_forms_document_label(line):
    # A letter set as a form: labels in a column ("DOCUMENTO", "FECHA", "DIRIGIDO A"), the
    # values beside them. The label before the number hid it.
    text = (f"GOBIERNO REGIONAL DE LORETO\n{line}\nFECHA Iquitos, 4 de abril de 2025\n"
            "DIRIGIDO A Señora\nAna Ríos\n\nSe remite la información solicitada.")
    found = find_reference(text)
    assert found is not None and found.text == "OFICIO N° 0311-2025-GRL/GRDS"


def test_a_blank_line_ocr_sets_inside_the_restated_request_does_not_cut_it():
    # Tesseract read the sentence's two lines as two paragraphs: the period, on the second,
    # was cut from the words of the request on the first.
    text = ("OFICIO N° 052-2025-UNAMAD/VRI\nPuerto Maldonado, 3 de abril de 2025\n\n"
            "Me dirijo a usted en atención a su solicitud sobre los talleres dictados\n\n"
            "por la universidad entre marzo de 2022 y febrero de 2024, al respecto:\n\n"
            "Se dictaron 4 talleres.")
    assert find_period(text)[:2] == (date(2022, 3, 1), date(2024, 2, 29))


@pytest.mark.parametrize(("letterhead", "sender"), [
    ("G O B I E R N O  R E G I O N A L  D E  L O R E T O\nGerencia Regional de Desarrollo Social",
     "gore:16"),
    ("M U N I C I P A L I D A D  P R O V I N C I A L  D E  T A M B O P A T A\n"
     "S E C R E T A R Í A  G E N E R A L", "mpro:1701"),
    # a body under the region the gazetteer lacks: no sender, not the region
    ("G O B I E R N O  R E G I O N A L  D E  L O R E T O\n"
     "U N I D A D  D E  G E S T I Ó N  E D U C A T I V A  L O C A L  N A U T A", None),
])  # fmt: skip
def test_a_letterhead_in_spaced_capitals_names_its_body(letterhead, sender):
    # The text layer keeps a space between every two letters: no name is found in it.
    header = _header(f"{letterhead}\nOFICIO N° 000146-2025-GRDS\nIquitos, 27 de febrero de 2025\n"
                     "Señora\nPresente.-\n\nSe informa el número de atenciones.\n\nAtentamente,")
    assert header.sender_id == sender


@pytest.mark.parametrize(("head", "own"), [
    ("Our ref.: NOTA N° 0212-2025-OIM/LIM", "NOTA N° 0212-2025-OIM/LIM"),
    ("Our reference: OIM/LIM/2025/0415", "OIM/LIM/2025/0415"),
])  # fmt: skip
def test_the_number_after_our_ref_is_the_letters_own(head, own):
    # An English letter labels its own number "Our ref.:" (and the other's "Your ref.:"):
    # without a label it knew, the letter had no reference.
    text = (f"International Organization for Migration\nLima Office\nYour ref.: Carta 17-2025\n"
            f"{head}\nDate: 4 March 2025\nSubject: Request for information\n\nDear Sir,\n")
    assert find_reference(text).text == own
