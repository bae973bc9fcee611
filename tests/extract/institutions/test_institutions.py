"""Institution mentions as an analyst would check them: right id, right span, no false links."""

from __future__ import annotations

import spacy

from oficio.extract.institutions.component import (
    COMPONENT,
    SPANS_KEY,
    find_mentions,
    mentions_from_texts,
)
from oficio.extract.read.document import Document, Page


def _doc(*pages: str) -> Document:
    return Document("d", "d.pdf", "pdf", [Page(i + 1, t) for i, t in enumerate(pages)])


def _ids(text: str) -> list[str]:
    return [m.institution_id for m in find_mentions(_doc(text))]


def test_longest_most_specific_name_wins():
    text = "Se remitió a la Municipalidad Distrital de San Juan de Miraflores."
    found = find_mentions(_doc(text))
    assert [(m.institution_id, m.text) for m in found] == [
        ("mdis:150133", "Municipalidad Distrital de San Juan de Miraflores")
    ]


def test_case_and_accents_do_not_matter():
    assert _ids("MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES") == ["mimp"]
    assert _ids("el ministerio de educacion y el Ministerio Publico") == ["minedu", "mpfn"]


def test_a_name_broken_across_lines_is_one_mention():
    text = "Ministerio de la Mujer y\nPoblaciones Vulnerables"
    found = find_mentions(_doc(text))
    assert len(found) == 1 and found[0].start == 0 and found[0].end == len(text)


def test_offsets_point_into_the_page_text():
    pages = ("OFICIO N° 12-2018-MININTER/DGSD\nMinisterio del Interior",
             "La Policía Nacional del Perú (PNP) y el Poder Judicial.")  # fmt: skip
    found = find_mentions(_doc(*pages))
    assert {m.page for m in found} == {1, 2}
    for m in found:
        assert pages[m.page - 1][m.start : m.end] == m.text
    assert [m.institution_id for m in found if m.page == 2] == ["pnp", "pnp", "pj"]


def test_acronyms_are_case_sensitive_whole_tokens():
    assert _ids("Según PRODUCE, la pesca creció.") == ["produce"]
    assert _ids("Esta situación produce víctimas; la aurora boreal.") == []
    assert _ids("El MIMPX no existe, ni MINSAL.") == []
    assert _ids("ESTA SITUACIÓN PRODUCE UN INCREMENTO DE CASOS") == []
    assert _ids("Ministro\nPRODUCE") == ["produce"]


def test_acronym_inside_a_reference_code():
    assert _ids("OFICIO N° 0456-2018-MIMP/DGCVG") == ["mimp"]


def test_bare_place_names_are_not_institutions():
    assert _ids("En Cusco, Lima, Miraflores y Puno se realizaron talleres.") == []


def test_regional_government_spellings():
    for text in ("Gobierno Regional Cusco", "GORE Cusco", "GR Cusco",
                 "Gobierno Regional del Cusco", "GOBIERNO REGIONAL DE CUSCO"):  # fmt: skip
        assert _ids(text) == ["gore:08"], text


def test_lima_metropolitan_and_provincial_names():
    assert _ids("la Municipalidad Metropolitana de Lima (MML)") == ["mpro:1501", "mpro:1501"]
    assert _ids("Municipalidad Provincial del Cusco") == ["mpro:0801"]
    assert _ids("Municipalidad Provincial de Chiclayo") == ["mpro:1401"]


def test_shared_district_name_follows_the_places_named_in_the_document():
    lima = _doc("MUNICIPALIDAD DE MIRAFLORES\nMiraflores, 3 de mayo de 2018")
    arequipa = _doc("MUNICIPALIDAD DE MIRAFLORES\nArequipa, 3 de mayo de 2018")
    assert [m.institution_id for m in find_mentions(lima)] == ["mdis:150122"]
    assert [m.institution_id for m in find_mentions(arequipa)] == ["mdis:040110"]


def test_ocr_damaged_names_are_still_found():
    assert _ids("Municipalidad Distrltal de San Juan de Mirafl0res") == ["mdis:150133"]
    assert _ids("coordinación con el Minlsterio del lnterior") == ["mininter"]
    assert _ids("Superintendencia Naclonal de Migraci0nes") == ["migraciones"]


def test_names_that_only_look_like_institutions_are_not_linked():
    assert _ids("Municipalidad Distrital de Springfield y Ministerio de Hacienda") == []
    # a sector word of the regional directorates ("salud") still tells names apart
    assert _ids("Fondo Nacional de la Discapacidad\n\nInstituto Nacional de la Juventud") == []


def test_a_regional_directorate_is_linked_to_its_own_entry():
    assert _ids("según la DIRESA Loreto y la Gerencia Regional de Salud La Libertad") == [
        "gore:16-diresa", "gore:13-diresa"]
    assert _ids("la Dirección Regional de Educación de Cusco") == ["gore:08-dre"]


def test_dp_is_left_out_where_it_may_be_defensa_publica():
    assert _ids("Se coordinó con la DP.") == ["dp"]
    assert _ids("La Defensa Pública (DP) asistió a 12 víctimas.") == []
    both = "La Defensoría del Pueblo y la Defensa Pública; la DP supervisó."
    assert _ids(both) == ["dp", "dp"]
    assert _ids("Defensa Pública. OFICIO N° 45-2018-DP/ADM") == ["dp"]


def test_units_are_left_out_unless_asked_for():
    doc = _doc("La Fiscalía Provincial Penal de Lima y la DGCVG informaron.")
    assert find_mentions(doc) == []
    units = find_mentions(doc, include_units=True)
    assert [(m.institution_id, m.is_unit) for m in units] == [("mpfn", True), ("mimp", True)]


def test_component_is_registered_by_name_and_streams():
    nlp = spacy.blank("es")
    nlp.add_pipe(COMPONENT)
    texts = ["El Ministerio de Salud informó.", "Sin instituciones.", "La SUNAFIL y el MTPE."]
    docs = list(nlp.pipe(texts))
    assert [[s.kb_id_ for s in d.spans[SPANS_KEY]] for d in docs] == [
        ["minsa"], [], ["sunafil", "mtpe"]]
    assert docs[0].spans[SPANS_KEY][0].label_ == "ministry"
    assert [len(m) for m in mentions_from_texts(texts)] == [1, 0, 2]


def test_english_document_uses_an_english_pipeline():
    doc = _doc("The Ministry replied; see Ministerio de Relaciones Exteriores (RREE).")
    doc.language = "en"
    assert [m.institution_id for m in find_mentions(doc)] == ["rree", "rree"]


def test_mention_scoring_needs_same_page_overlap_and_id():
    from oficio.evaluation.institutions import score_mentions, sender_accuracy
    from oficio.extract.institutions.component import Mention

    gold = [{"institution_id": "mimp", "page": 1, "start": 0, "end": 10},
            {"institution_id": "pnp", "page": 2, "start": 5, "end": 8}]  # fmt: skip

    def mention(id_, page, start, end):
        return Mention(id_, "", "", "", "", page, start, end)

    found = [mention("mimp", 1, 4, 20), mention("pnp", 1, 5, 8), mention("mimp", 1, 2, 3)]
    scores = score_mentions(gold, found)
    assert (scores.true_positives, scores.false_positives, scores.false_negatives) == (1, 2, 1)
    assert scores.precision == 1 / 3 and scores.recall == 1 / 2
    assert sender_accuracy([("mimp", "mimp"), ("pj", None)]) == 0.5


def test_web_and_mail_addresses_are_not_mentions():
    assert _ids("www.migraciones.gob.pe | transparencia@mimp.gob.pe") == []
    assert _ids("La Superintendencia Nacional de Migraciones informó.") == ["migraciones"]


def test_user_aliases_reach_the_component(tmp_path):
    extra = tmp_path / "aliases.csv"
    extra.write_text("id,alias\nmpro:1501,Munilima\n", encoding="utf-8")
    found = find_mentions(_doc("La Munilima respondió."), extra_aliases=extra)
    assert [(m.institution_id, m.text) for m in found] == [("mpro:1501", "Munilima")]
    nlp = spacy.blank("es")
    nlp.add_pipe(COMPONENT, config={"extra_aliases": str(extra)})
    doc = nlp("Según la Munilima")
    assert [s.kb_id_ for s in doc.spans[SPANS_KEY]] == ["mpro:1501"]


def test_a_correctly_spelled_word_is_not_read_as_another_name_word():
    # "Política" is a real word, not an OCR-damaged "Policía": no link to the police.
    text = "Se aprobó la Política Nacional frente a la Trata de Personas y sus formas."
    assert "pnp" not in _ids(text)
    assert _ids("Se aprobó la Politica Nacional frente a la trata.") == []
    # a damaged word that is not a word still links
    assert _ids("Lo informó la Po1icía Nacional del Perú.") == ["pnp"]


def test_national_bodies_by_name_and_acronym():
    assert _ids("el Instituto Geofísico del Perú (IGP) y el SENAMHI") == ["igp", "igp", "senamhi"]
    assert _ids("OFICIO N° 120-2021-OSINERGMIN-GSE") == ["osinergmin"]
    assert _ids("la Academia de la Magistratura - AMAG") == ["amag", "amag"]
    assert _ids("según el MP - FN y la Universidad Nacional Mayor de San Marcos") == [
        "mpfn", "unmsm"]


def test_courts_the_longest_district_name_wins():
    assert _ids("Corte Superior de Justicia de Lima Norte") == ["pj-csj-lima-norte"]
    assert _ids("CORTE SUPERIOR DE JUSTICIA DE LIMA") == ["pj-csj-lima"]


def test_acronyms_that_are_words_or_given_names():
    assert _ids("Atentamente,\nANA MARÍA QUISPE FLORES\nJefa de Oficina") == []
    assert _ids("OFICIO N° 12-2020-ANA/DARH") == ["ana"]
    assert _ids("lo informado por la ANA, la UNE y SERVIR.") == ["ana", "une", "servir"]
    assert _ids("SE DEBE SERVIR A LA CIUDADANÍA QUE LO SOLICITA") == []


def test_an_institution_added_by_the_analyst_is_found(tmp_path):
    extra = tmp_path / "institutions.csv"
    extra.write_text("id,name,acronym,kind\n"
                     "sblm,Sociedad de Beneficencia de Lima Metropolitana,SBLM,other\n",
                     encoding="utf-8")  # fmt: skip
    text = "La Sociedad de Beneficencia de Lima Metropolitana (SBLM) acogió a 3 víctimas."
    found = find_mentions(_doc(text), extra_aliases=extra)
    assert [(m.institution_id, m.kind) for m in found] == [("sblm", "other"), ("sblm", "other")]


def test_a_foreign_region_is_not_read_as_a_damaged_peruvian_one():
    assert _ids("Gobierno Regional del Maule\nGobierno Regional de La\nAraucanía") == []
    assert _ids("Corte Superior de Justicia de Lama") == []  # the generic unit only
    assert _ids("Gobiemo Regional de Cusco") == ["gore:08"]
