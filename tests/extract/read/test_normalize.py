"""Text normalization: what the extractors rely on."""

from __future__ import annotations

import unicodedata

from oficio.extract.read.document import Page
from oficio.extract.read.normalize import clean_text, mark_furniture


def test_decomposed_accents_become_composed():
    decomposed = unicodedata.normalize("NFD", "Ministerio de Educación, niñas")
    assert clean_text(decomposed) == "Ministerio de Educación, niñas"


def test_word_split_at_line_end_is_rejoined():
    text = ("Durante el periodo se desarrollaron actividades de sensibiliza-\n"
            "ción en instituciones educativas de la región.")
    assert "sensibilización en instituciones" in clean_text(text)


def test_lines_of_one_paragraph_are_joined_but_short_header_lines_are_not():
    text = ("Señora\nRosa Quispe\nDirectora Ejecutiva\n\n"
            "Tengo el agrado de dirigirme a usted en atención al documento de la\n"
            "referencia, mediante el cual solicita información sobre trata de personas.")
    cleaned = clean_text(text)
    assert cleaned.startswith("Señora\nRosa Quispe\nDirectora Ejecutiva\n\n")
    assert "documento de la referencia, mediante" in cleaned


def test_code_hyphens_are_kept():
    text = ("Se remite el OFICIO N° 0456-2018-MIMP/DGCVG que contiene la información del MIMP-"
            "\nDGCVG.")
    assert "MIMP-\nDGCVG" in clean_text(text)


def test_ligatures_and_odd_spaces_are_plain():
    assert clean_text("e\ufb01ciencia\u00a0y o\ufb03cio") == "eficiencia y officio"


def test_column_spacing_of_text_tables_is_kept():
    table = "Actividad        2017      2018\nTalleres          12        15"
    assert clean_text(table) == table


def test_repeated_header_footer_and_page_numbers_are_marked():
    pages = [
        "GOBIERNO REGIONAL CUSCO\nGerencia Regional\nTexto de la página uno.\nPágina 1 de 3",
        "GOBIERNO REGIONAL CUSCO\nOtro contenido distinto.\nMás texto aquí.\nPágina 2 de 3",
        "GOBIERNO REGIONAL CUSCO\nConclusiones del informe.\nAtentamente\nPágina 3 de 3",
    ]
    marks = mark_furniture(pages)
    for text, page_marks in zip(pages, marks, strict=True):
        kinds = {(m.kind, text[m.start:m.end]) for m in page_marks}
        assert ("header", "GOBIERNO REGIONAL CUSCO") in kinds
        assert any(kind == "page_number" for kind, _ in kinds)
        body = Page(number=1, text=text, marks=page_marks).body_text()
        assert "GOBIERNO" not in body and len(body) == len(text)
    assert not any(m.kind == "header" and pages[0][m.start:m.end] == "Gerencia Regional"
                   for m in marks[0])


def test_single_page_has_no_repeated_header():
    assert mark_furniture(["MINISTERIO PÚBLICO\nTexto.\nFirma"]) == [[]]


def test_an_amount_cut_at_the_line_end_is_joined():
    text = ("Durante 2014 se colocaron paneles informativos y se repartieron volantes, por S/. 7\n"
            "147,75 en dicha estrategia.")
    assert "S/. 7 147,75 en dicha" in clean_text(text)


def test_table_rows_ending_in_amounts_stay_apart():
    rows = ("Talleres de prevención en instituciones educativas 2017   120,500.00   118,240.00\n"
            "2018 Red regional contra la trata de personas y tráfico   45,000.00   39,870.50")
    assert clean_text(rows) == rows


def test_folding_keeps_one_character_per_character():
    from oficio.textfold import fold

    assert fold("Señora ÁNGELA Núñez, DIRECCIÓN") == "senora angela nunez, direccion"
    tricky = "İstanbul Straße ﬁn ΣΑΣ ① \U0001d400 \ud800"  # lower("İ") is two characters: İ → I
    assert len(fold(tricky)) == len(tricky)
    assert fold(tricky).startswith("Istanbul straße ﬁn σασ ①")
    assert fold("plain ascii TEXT") == "plain ascii text"


def test_the_models_folding_keeps_one_character_per_character():
    from oficio.textfold import fold_compatible as fold

    assert fold("Señora ÁNGELA Núñez") == "senora angela nunez"
    # A ligature or a fraction decomposes to several letters: the first one is kept.
    assert fold("Oﬁcio N° 12 ½ año") == "ofcio n° 12 1 ano"
    assert fold("ΣΑΣ ﬁ") == "σασ f"
