"""Counts with their counted noun, percentages, and numbers that are neither."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from oficio.extract.figures.figure_context import Taken
from tests.extract.figures.figure_helpers import figures_of, of_kind


@pytest.mark.parametrize(
    ("text", "value", "what"),
    [
        ("En el periodo se registraron 725 denuncias por trata.", 725, "denuncia"),
        ("Se capacitó a 148 servidores públicos de la región.", 148, "servidor"),
        ("Se realizaron un total de doce (12) operativos.", 12, "operativo"),
        ("Se identificó a 1 307 presuntas víctimas.", 1307, "víctima"),
        ("Participaron doscientos docentes.", 200, "docente"),
        ("Se realizó un total de veintiún talleres.", 21, "taller"),
        ("Funcionan 3 albergues en la región.", 3, "albergue"),
        ("Se atendió a 1,250 personas.", 1250, "persona"),
        ("Se dictaron 35 capacitaciones.", 35, "capacitación"),
        ("Police registered 48 complaints.", 48, "complaint"),
        ("Se supervisaron 9 Centros de Atención Residencial.", 9, "centro"),
        ("Del total, 125 de las víctimas eran menores de edad.", 125, "víctima"),
    ],
)
def test_counts(text: str, value: int, what: str) -> None:
    language = "en" if text.startswith("Police") else "es"
    found = of_kind(text, "count", language)
    assert [(f.value, f.what) for f in found] == [(value, what)]
    assert text[found[0].start : found[0].end] == found[0].text


def test_number_in_words_and_digits_is_one_count() -> None:
    text = "Se ejecutaron doce (12) operativos en 2018."
    found = figures_of(text)
    assert [(f.kind, f.value, f.year) for f in found] == [("count", 12, 2018)]
    assert found[0].text.startswith("doce")


def test_words_and_digits_that_disagree_are_not_a_count() -> None:
    assert of_kind("Se ejecutaron doce (13) operativos.", "count") == []


@pytest.mark.parametrize(
    "text",
    [
        "En 2018 se informó al despacho.",
        "El plazo es de 10 días hábiles.",
        "OFICIO N° 0456-2018-MIMP/DGCVG remitido a 3 de mayo.",
        "De acuerdo con el artículo 10 de la Ley N° 28950 contra la trata.",
        "El Decreto Supremo N° 017-2017-IN aprueba el plan.",
        "Comunicarse al (01) 626-1600 anexo 1234 o 987 654 321 para consultas.",
        "Con DNI 45678912 y RUC 20131370998 registrados.",
        "Domicilio en Jr. Camaná 616 piso 3 del Cercado.",
        "Página 2 de 3",
        "1. Antecedentes\n2. Análisis",
        "Expediente N° 00123-2018 y Carpeta Fiscal N° 506-2018 en trámite.",
        "Se registró una denuncia.",
        "Indicador 2017 2018 2019 Casos de trata atendidos",  # a heading's years
        "Fecha de consulta 05/12/2022 16:02 Movimientos del expediente",
        "Avance 97.5% 0032 Campañas de prevención en Trujillo",  # a product's code
        "Resultado 1° 2 Sistemas & Redes Perú E.I.R.L.",  # a company's name
        "La ejecución del ejercicio fiscal 2018 de las metas del plan.",
    ],
)
def test_not_counts(text: str) -> None:
    assert of_kind(text, "count") == []


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("El avance fue de 33.67 % del total.", "33.67 %", 33.67),
        ("El avance fue de 33,67% del total.", "33,67%", 33.67),
        ("Se logró el 82% de la meta.", "82%", 82.0),
        ("Se logró el 82 por ciento de la meta.", "82 por ciento", 82.0),
        ("It reached 82 percent of the goal.", "82 percent", 82.0),
        ("Se logró el ochenta por ciento de la meta.", "ochenta por ciento", 80.0),
        # a minus against the number is a fall; a list's dash a space before it is not
        ("Las denuncias variaron en -4,2% frente a 2019.", "-4,2%", -4.2),
        ("- 15% de las víctimas eran extranjeras.", "15%", 15.0),
    ],
)
def test_percentages(text: str, surface: str, value: float) -> None:
    found = figures_of(text, "en" if text.startswith("It") else "es")
    assert [(f.kind, f.text) for f in found] == [("percent", surface)]
    assert found[0].value == pytest.approx(value)


def test_percentage_is_not_also_a_count() -> None:
    found = figures_of("El 45% de las víctimas fueron mujeres.")
    assert [f.kind for f in found] == ["percent"]


def test_digits_with_words_in_parentheses_are_one_count() -> None:
    found = of_kind("Se realizaron 12 (doce) operativos.", "count")
    assert [(f.value, f.what) for f in found] == [(12, "operativo")]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("La Línea 1818 recibió 300 llamadas.", [(300, "llamada")]),
        ("Según el cuadro 2 adjunto, 41 eran menores.", []),
    ],
)
def test_numbers_before_verbs_or_references_are_not_counts(
    text: str, counted: list[tuple[int, str]]
) -> None:
    assert [(f.value, f.what) for f in of_kind(text, "count")] == counted


@pytest.mark.parametrize(
    ("text", "value", "what"),
    [
        ("A total of twenty-eight (28) awareness workshops were held.", 28, "workshop"),
        ("Our consulates assisted 598 Peruvian victims of trafficking.", 598, "victim"),
        ("For 2020, 15 joint operations are scheduled.", 15, "operation"),
        # Spanish nouns kept in an English reply take the Spanish singular
        ("The region held 12 talleres with local authorities.", 12, "taller"),
        ("The office received 7 denuncias in 2019.", 7, "denuncia"),
    ],
)
def test_english_counts_name_the_head_noun(text: str, value: int, what: str) -> None:
    assert [(f.value, f.what) for f in of_kind(text, "count", "en")] == [(value, what)]


def test_elided_nouns_come_from_the_sentence() -> None:
    text = (
        "Se tramitaron 433 carpetas fiscales en 2016, de las cuales 360 fueron formalizadas. "
        "Los albergues acogieron a 609 víctimas, de las cuales ciento cincuenta y uno eran "
        "menores de edad. Se registraron 366 casos; en 109 de ellos se formuló acusación."
    )
    found = [(f.text, f.value, f.what) for f in of_kind(text, "count")]
    assert found == [
        ("433", 433, "carpeta"),
        ("360", 360, "carpeta"),
        ("609", 609, "víctima"),
        ("ciento cincuenta y uno", 151, "menor"),
        ("366", 366, "caso"),
        ("109", 109, "caso"),
    ]


def test_counts_in_a_text_table_take_the_column_noun_and_row_year() -> None:
    text = (
        "Cuadro resumen\n"
        "| Año  | Presuntas víctimas | Operativos |\n"
        "|------|--------------------|------------|\n"
        "| 2017 |              1,176 |         70 |\n"
        "| 2018 |                918 |         75 |\n"
    )
    found = [(f.text, f.value, f.what, f.year) for f in of_kind(text, "count")]
    assert found == [
        ("1,176", 1176, "víctima", 2017),
        ("70", 70, "operativo", 2017),
        ("918", 918, "víctima", 2018),
        ("75", 75, "operativo", 2018),
    ]


def test_year_like_value_in_a_count_column_is_a_count() -> None:
    text = (
        "Actividad                     Actividades   Participantes\n"
        "---------------------------------------------------------\n"
        "Ferias informativas                     9            2033\n"
    )
    found = [(f.text, f.what) for f in of_kind(text, "count")]
    assert found == [("9", "actividad"), ("2033", "participante")]


@pytest.mark.parametrize(
    "text",
    [
        "Law No. 28950 and Supreme Decree No. 017-2017-IN; Article 15 of the TUO.",
        "Call (01) 626-1600 ext. 1234. Page 2 of 3. Section 3.2 of the plan.",
        '"Año del Bicentenario del Perú: 200 años de Independencia"',
        "Las penas superiores a doce años. Llame a la Línea 1818.",
        "Oficio Múltiple N° 12-2018-GRL y Resolución Directoral 1234-2019.",
        "Av. Arequipa 1234, Miraflores; Mz. B Lt. 12. Caso 123-2019.",
    ],
)
def test_more_distractors(text: str) -> None:
    language = "en" if text.startswith(("Law", "Call")) else "es"
    assert figures_of(text, language) == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 4)), max_size=6),
       st.lists(st.tuples(st.integers(0, 45), st.integers(0, 5)), min_size=1, max_size=20))
def test_taken_spans_overlap_as_ranges_do(taken_spans, queries):
    # The figures and institution matchers ask whether a span overlaps any taken so far.
    spans = [SimpleNamespace(start=a, end=a + n) for a, n in taken_spans]
    taken = Taken(50, spans)
    for start, length in queries:
        end = start + length
        assert taken.overlaps(start, end) == any(s.start < end and start < s.end for s in spans)


def test_list_items_that_end_as_sentences_and_name_their_year_are_counts() -> None:
    # "...: 52." ends like a sentence, and "en el año 2020" is the item's year, not a column
    # of years.
    text = (
        "Durante el periodo se registró lo siguiente:\n"
        "- Denuncias recibidas en la sede en el año 2020: 52.\n"
        "- Operativos de control realizados: 17;\n"
        "- Año: 2021\n"
    )
    found = [(f.value, f.what, f.year) for f in figures_of(text) if f.kind == "count"]
    assert found == [(52.0, "denuncia", 2020), (17.0, "operativo", None)]


def test_a_part_of_a_group_counts_the_groups_noun_in_english() -> None:
    found = of_kind("In 2020, 171 of the victims were women.", "count", "en")
    assert [(f.value, f.what) for f in found] == [(171, "victim")]


def test_a_year_above_a_percent_heading_is_no_percentage() -> None:
    # a table's header cell "2019⏎%" (the year's share column), as a text layer gives it
    text = "Meta\n2019\nEjecutada\n2019\n%\nCharlas 40 38 95.0%\n"
    found = [(f.kind, f.value) for f in figures_of(text) if f.kind == "percent"]
    assert found == [("percent", 95.0)]


def test_a_year_beside_a_percent_heading_is_no_percentage() -> None:
    # a header line run together: the last period's year, then the "%" column's heading
    text = "Servicio Mar.–Dic. 2021 2022 % del total\nAtención médica 14 33 41.3%\n"
    found = [(f.kind, f.value) for f in figures_of(text) if f.kind == "percent"]
    assert found == [("percent", 41.3)]
