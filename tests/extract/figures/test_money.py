"""Money amounts: value, currency, span, year and role; and numbers that are not money."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from oficio.evaluation.figures import KindScore, matches, score_figures
from oficio.extract.facts import extract_facts
from oficio.extract.figures.find import find_figures
from oficio.extract.read.document import Document, Mark, Page, Table
from tests.extract.figures.figure_helpers import figures_of, of_kind
from tests.extract.figures.number_words import spanish
from tests.extract.figures.test_numbers import STYLES


@pytest.mark.parametrize(
    ("text", "surface", "value", "currency"),
    [
        ("El monto es S/ 1,030,908.00 en total.", "S/ 1,030,908.00", 1030908.0, "PEN"),
        ("El monto es S/. 568 820,00 en total.", "S/. 568 820,00", 568820.0, "PEN"),
        ("El monto es S / 8 231 751,70 en total.", "S / 8 231 751,70", 8231751.70, "PEN"),
        ("El monto es S/1.030.908,00 en total.", "S/1.030.908,00", 1030908.0, "PEN"),
        ("Se transfirió S/ 2, 963, 328 al pliego.", "S/ 2, 963, 328", 2963328.0, "PEN"),
        ("Se transfirió S/ 1 ,030,908 al pliego.", "S/ 1 ,030,908", 1030908.0, "PEN"),
        ("Se transfirió S/.986,597 al pliego.", "S/.986,597", 986597.0, "PEN"),
        ("Se asignó S/ 2.5 millones al plan.", "S/ 2.5 millones", 2_500_000.0, "PEN"),
        ("Se asignó 16,350 soles al taller.", "16,350 soles", 16350.0, "PEN"),
        ("Costó 3 000 nuevos soles.", "3 000 nuevos soles", 3000.0, "PEN"),
        ("Donó US$ 25,000.00 al albergue.", "US$ 25,000.00", 25000.0, "USD"),
        ("Donó USD 1,500 al albergue.", "USD 1,500", 1500.0, "USD"),
        ("Donó $ 1,500 al albergue.", "$ 1,500", 1500.0, "USD"),
        ("Donó 40 000 dólares al albergue.", "40 000 dólares", 40000.0, "USD"),
        ("Se programó S/ 74K para el taller.", "S/ 74K", 74000.0, "PEN"),
        ("The fund gave US$ 12.5K to the shelter.", "US$ 12.5K", 12500.0, "USD"),
        ("Se ejecutó S/ 3,6 mill. en el plan.", "S/ 3,6 mill.", 3_600_000.0, "PEN"),
        # "M" glued to a decimal number: millions
        ("Se asignó S/ 1.3M al plan.", "S/ 1.3M", 1_300_000.0, "PEN"),
        # a million and its thousands spoken: "1 millón 250 mil"
        ("Se asignó S/ 1 millón 250 mil al plan.", "S/ 1 millón 250 mil", 1_250_000.0, "PEN"),
        ("The programme had US$ 1.05M for 2023.", "US$ 1.05M", 1_050_000.0, "USD"),
        # the units spoken after the thousands, the cents as a fraction
        ("Se ejecutó S/ 245 mil 800 en talleres.", "S/ 245 mil 800", 245_800.0, "PEN"),
        ("Se gastó S/ 148 320 y 50/100 en total.", "S/ 148 320 y 50/100", 148_320.5, "PEN"),
        ("Costo del curso: soles 14,250.00 en total.", "soles 14,250.00", 14250.0, "PEN"),
        ("contó con un PIM de S/ 2 614\n805,50 en el año", "S/ 2 614\n805,50", 2614805.5, "PEN"),
        ("con un PIM de S/ 21 millones 85 mil en total", "S/ 21 millones 85 mil", 21_085_000.0,
         "PEN"),
        (
            "La suma de dos millones quinientos mil y 00/100 soles fue asignada.",
            "dos millones quinientos mil y 00/100 soles",
            2_500_000.0,
            "PEN",
        ),
        ("It received two million five hundred thousand dollars.",
         "two million five hundred thousand dollars", 2_500_000.0, "USD"),
    ],
)
def test_money_amounts(text: str, surface: str, value: float, currency: str) -> None:
    found = of_kind(text, "money")
    assert [(f.text, f.currency) for f in found] == [(surface, currency)]
    assert found[0].value == pytest.approx(value)
    assert text[found[0].start : found[0].end] == surface


@pytest.mark.parametrize(
    ("text", "surface", "value", "currency"),
    [
        ("The Union granted EUR 730,500 to the shelter network.", "EUR 730,500", 730500.0, "EUR"),
        ("Aportó € 64.200,00 para las campañas.", "€ 64.200,00", 64200.0, "EUR"),
        ("Se recibieron 318 000 euros de la cooperación.", "318 000 euros", 318000.0, "EUR"),
        ("Ottawa committed CAD 1.7 million to the project.", "CAD 1.7 million", 1_700_000.0,
         "CAD"),
        ("Aportó C$ 52,000 al programa.", "C$ 52,000", 52000.0, "CAD"),
        ("Donó 90 000 dólares canadienses al albergue.", "90 000 dólares canadienses",
         90000.0, "CAD"),
        ("Each fellow receives KRW 1,150,000 a month.", "KRW 1,150,000", 1_150_000.0, "KRW"),
        ("The grant was GBP 41,000 in total.", "GBP 41,000", 41000.0, "GBP"),
        ("La beca asciende a 2 300 000 yenes.", "2 300 000 yenes", 2_300_000.0, "JPY"),
    ],
)
def test_other_currencies_keep_their_own_code(text: str, surface: str, value: float,
                                              currency: str) -> None:
    # A funder's euros or an embassy's won read as dollars would be wrong, left out lost.
    found = of_kind(text, "money")
    assert [(f.text, f.currency) for f in found] == [(surface, currency)]
    assert found[0].value == pytest.approx(value)


@pytest.mark.parametrize("text", [
    "Cuadro 4. Gasto por región (en millones de soles)",
    "Table 2. Funding by donor (in millions of dollars)",
    "Montos expresados en miles de soles.",
])
def test_a_scale_word_alone_states_a_unit_not_an_amount(text: str) -> None:
    assert of_kind(text, "money") == []


def test_a_thousand_soles_in_words_is_still_an_amount() -> None:
    assert [f.value for f in of_kind("Cada taller costó mil soles.", "money")] == [1000.0]


def test_comma_decimal_document_reads_lone_comma_as_decimal() -> None:
    text = "El PIM fue S/ 1.030.908,00 y el costo unitario S/ 16,35 por persona."
    values = [f.value for f in of_kind(text, "money")]
    assert values == [pytest.approx(1030908.0), pytest.approx(16.35)]


@pytest.mark.parametrize("text, value", [
    # a European donor's amount in a letter that writes its own soles "156,800.00"
    ("Se ejecutó S/ 149,215.60. La Unión Europea aportó € 40.000 para la campaña.", 40000.0),
    # and the reverse: "16,350" in a letter of "1.030.908,00"
    ("El PIM fue S/ 1.030.908,00 y el costo por persona S/ 16,350 en total.", 16350.0),
])
def test_an_amount_never_has_three_decimals(text: str, value: float) -> None:
    assert of_kind(text, "money")[-1].value == pytest.approx(value)


def test_year_and_role_from_the_sentence() -> None:
    text = (
        "En el año 2018 el presupuesto asignado (PIM) fue de S/ 1,030,908.00, de los cuales "
        "se ejecutó S/ 568,820.00. Para 2019 se programó S/ 2.5 millones."
    )
    found = [(f.value, f.year, f.role) for f in of_kind(text, "money")]
    assert found == [
        (1030908.0, 2018, "allocated"),
        (568820.0, 2018, "executed"),
        (2_500_000.0, 2019, "allocated"),
    ]


@pytest.mark.parametrize("text", [
    "El consejo acordó asignar S/ 42 000,00 al plan distrital contra la trata.",
    "La universidad financió el estudio con un monto financiado de S/ 42 000,00.",
    "The study received funding of USD 42,000 from the regional fund.",
])  # fmt: skip
def test_money_set_aside_in_other_words_is_allocated(text: str) -> None:
    assert [f.role for f in of_kind(text, "money")] == ["allocated"]


def test_role_after_the_amount() -> None:
    text = "Se destinaron S/ 80,000.00 que fueron devengados en su totalidad."
    assert [f.role for f in of_kind(text, "money")] == ["executed"]


def test_no_role_or_year_when_the_text_gives_none() -> None:
    found = of_kind("Se adquirieron materiales por S/ 4,500.00 para las charlas.", "money")
    assert [(f.year, f.role) for f in found] == [(None, None)]


def test_table_lines_take_the_year_of_their_column() -> None:
    text = (
        "Cuadro 1. Presupuesto del programa\n"
        "Concepto            2017               2018\n"
        "PIM                 S/ 1,030,908.00    S/ 2,963,328.00\n"
    )
    found = [(f.value, f.year, f.role) for f in of_kind(text, "money")]
    assert found == [(1030908.0, 2017, "allocated"), (2963328.0, 2018, "allocated")]


def test_table_cells_give_year_and_role_from_headers() -> None:
    text = "Resumen\nAño Ejecutado\n2018 S/ 500.00\n"
    table = Table(rows=[["Año", "Ejecutado"], ["2018", "S/ 500.00"]])
    found = [f for f in figures_of(text, tables=[table]) if f.kind == "money"]
    assert [(f.value, f.year, f.role) for f in found] == [(500.0, 2018, "executed")]


@pytest.mark.parametrize(
    "text",
    [
        "OFICIO N° 0456-2018-MIMP/DGCVG",
        "De conformidad con la Ley N° 28950 y su reglamento.",
        "Aprobado por D.S. N° 017-2017-IN el 5 de junio.",
        "Según el Decreto Supremo N° 001-2016-IN, artículo 10 y Art. 5.",
        "Mediante R.M. N° 0488-2017-IN se aprobó el protocolo.",
        "Llamar al (01) 626-1600 anexo 1234 o al 987654321.",
        "Identificado con DNI N° 45678912 y RUC 20131370998.",
        "Sito en Jr. Camaná 616, Cercado de Lima, y Av. Abancay N° 491.",
        "Página 2 de 3",
        "Expediente N° 2018-0012345 y Carpeta Fiscal N° 506-2018.",
        "Lima, 15 de agosto de 2018",
    ],
)
def test_distractors_are_not_figures(text: str) -> None:
    assert figures_of(text) == []


def test_page_number_marks_are_skipped_and_offsets_stay_valid() -> None:
    text = "Se ejecutó S/ 1,200.00 en talleres.\n2 de 3"
    page = Page(number=2, text=text, marks=[Mark("page_number", 36, 42)])
    from oficio.extract.read.document import Document

    found = find_figures(Document("d", "d", "text", pages=[page]))
    assert [(f.page, text[f.start : f.end]) for f in found] == [(2, "S/ 1,200.00")]


@settings(max_examples=60, deadline=None)
@given(
    integer=st.integers(min_value=1, max_value=99_999_999),
    cents=st.integers(min_value=0, max_value=99),
    style=st.sampled_from(sorted(STYLES)),
    sign=st.sampled_from(["S/ ", "S/.", "S/. ", "S/"]),
)
def test_any_written_amount_is_found_with_its_value(
    integer: int, cents: int, style: str, sign: str
) -> None:
    written = f"{sign}{STYLES[style](integer, cents)}"
    found = of_kind(f"El monto asignado es {written} para el plan.", "money")
    assert [f.text for f in found] == [written]
    assert found[0].value == pytest.approx(integer + cents / 100)


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1, max_value=99_999_999))
def test_any_amount_in_words_is_found(integer: int) -> None:
    text = f"Se asignó la suma de {spanish(integer)} y 00/100 soles al programa."
    found = of_kind(text, "money")
    assert [f.value for f in found] == [integer]


def test_scoring_counts_matches_per_kind() -> None:
    gold = figures_of("Se ejecutó S/ 1,200.00 y se atendió a 12 víctimas.")
    assert len(gold) == 2
    wrong_value = [gold[0].__class__(**{**gold[0].to_dict(), "value": 1300.0})]
    scores = score_figures([(wrong_value, gold)])
    money: KindScore = scores["money"]
    assert (money.true_positives, money.false_positives, money.false_negatives) == (0, 1, 1)
    assert scores["count"].recall == 0.0
    assert matches(gold[1], gold[1])
    assert score_figures([(gold, gold)])["money"].f1 == 1.0


def test_an_amount_restated_in_words_or_digits_is_one_amount() -> None:
    # As "doce (12) operativos" is one count; twice, the budget table summed it twice.
    text = (
        "El PIM para el año 2018 asciende a S/ 2 350 000,00 (dos millones trescientos "
        "cincuenta mil y 00/100 soles), habiéndose ejecutado S/ 1 120 450,35. Para el taller "
        "se destinaron cuarenta mil soles (S/ 40 000) del mismo pliego."
    )
    found = [(f.text, f.year, f.role) for f in of_kind(text, "money")]
    assert found == [
        ("S/ 2 350 000,00", 2018, "allocated"),
        ("S/ 1 120 450,35", 2018, "executed"),
        ("cuarenta mil soles", None, None),
    ]


def test_bare_numbers_under_currency_headers_are_money() -> None:
    text = (
        "A continuación se detalla la información solicitada:\n"
        "N°   Actividad                       PIM (S/)     Avance %   Devengado (S/)\n"
        "---------------------------------------------------------------------------\n"
        "1    Elaboración del plan regional   374,054.00       58.7         6,156.79\n"
        "2    Seguimiento del PNAT 2018       375,229.23       72.5        10,000.00\n"
    )
    found = [(f.kind, f.text, f.value, f.currency, f.role) for f in figures_of(text)]
    assert found == [
        ("money", "374,054.00", 374054.0, "PEN", "allocated"),
        ("percent", "58.7", 58.7, None, None),
        ("money", "6,156.79", 6156.79, "PEN", "executed"),
        ("money", "375,229.23", 375229.23, "PEN", "allocated"),
        ("percent", "72.5", 72.5, None, None),
        ("money", "10,000.00", 10000.0, "PEN", "executed"),
    ]


def test_ocr_split_single_group_after_a_currency_sign() -> None:
    found = of_kind("Se asignó un monto de S/ 641, 965 en el año fiscal 2018.", "money")
    assert [(f.text, f.value, f.year) for f in found] == [("S/ 641, 965", 641965.0, 2018)]


def test_labelled_lines_read_like_table_cells() -> None:
    text = (
        "Se presenta el cuadro resumen:\n"
        "- PIM (S/) (2019): 558,861.00\n"
        "- Devengado (S/) (2019): 521,805.00\n"
        "- Avance % (2019): 89.4%\n"
        "- Denuncias (2019): 880\n"
        "- DNI: 45678912\n"
    )
    found = [(f.kind, f.text, f.value, f.year, f.role, f.what) for f in figures_of(text)]
    assert found == [
        ("money", "558,861.00", 558861.0, 2019, "allocated", None),
        ("money", "521,805.00", 521805.0, 2019, "executed", None),
        ("percent", "89.4%", 89.4, 2019, None, None),
        ("count", "880", 880.0, 2019, None, "denuncia"),
    ]


def test_a_bare_budget_word_gives_no_role() -> None:
    found = of_kind("Con un presupuesto de S/ 2 950 se produjeron afiches.", "money")
    assert [(f.value, f.role) for f in found] == [(2950.0, None)]


@pytest.mark.parametrize(
    ("text", "language", "roles"),
    [
        ("Se asignaron S/ 100.00 y se ejecutaron S/ 50.00.", "es", ["allocated", "executed"]),
        ("The opening budget was S/ 100.00; S/ 50.00 were spent.", "en",
         ["allocated", "executed"]),
        ("With a budget of S/ 100.00 posters were printed.", "en", [None]),
        # the verbs' other forms: a gerund and the preterite
        ("Se asignó S/ 900.00, ejecutándose S/ 870.50 al cierre.", "es",
         ["allocated", "executed"]),
        ("En el semestre se devengó S/ 4 310,00 en pasajes.", "es", ["executed"]),
        # what a thing cost says no stage of a budget (as the bundled gold labels it)
        ("El costo del traslado de las familias fue de S/ 1 260,00.", "es", [None]),
    ],
)
def test_role_verbs(text: str, language: str, roles: list[str | None]) -> None:
    assert [f.role for f in of_kind(text, "money", language)] == roles


def _money(text: str) -> list[tuple[float, int | None, str | None]]:
    return [(f.value, f.year, f.role) for f in of_kind(text, "money")]


def test_ocr_table_with_run_together_header_and_cells() -> None:
    # as OCR leaves a space-aligned table: narrow gaps became one space, rule lost
    text = (
        "Cuadro 2\n"
        "N° Actividad          Asignado (S/) Avance % Ejecutado (S/)\n"
        "\n"
        "1   Talleres de capacitación    812 450,00    64,2%    3 120,00\n"
        "2 Campaña radial     45 310,00    71,5 1902 334,10\n"
        "\n"
        "3 Supervisión de albergues        20417,36   88,1%   305 221,90\n"
    )
    found = [(f.value, f.role) for f in of_kind(text, "money")]
    assert found == [
        (812450.0, "allocated"), (3120.0, "executed"),
        (45310.0, "allocated"), (1902334.10, "executed"),
        (20417.36, "allocated"), (305221.90, "executed"),
    ]  # fmt: skip
    assert [f.value for f in of_kind(text, "percent")] == [64.2, 71.5, 88.1]


def test_ocr_table_with_the_year_run_into_the_first_amount() -> None:
    text = (
        "Resumen por año:\n"
        "Año PIA (S/)    Ejecutado (S/) Avance %\n"
        "2019 5230118,00   640275,00   12,2%\n"
        "2020   88410,00    301555,00   29,3%\n"
    )
    assert _money(text) == [
        (5230118.0, 2019, "allocated"), (640275.0, 2019, "executed"),
        (88410.0, 2020, "allocated"), (301555.0, 2020, "executed"),
    ]  # fmt: skip


def test_ocr_pipe_table_with_a_misread_rule_and_brackets_for_pipes() -> None:
    text = (
        "| Año | PIA (S/) | Ejecutado (S/) | Avance % | aa — Sn |\n"
        "ppe oeo |\n"
        "\n"
        "|2019| 9 415,20| 1207 880,35]   12,8%|\n"
        "\n"
        "| 2020 | 610 004,00 | 2 331 905,00 | 44,0% |\n"
    )
    assert _money(text) == [
        (9415.2, 2019, "allocated"), (1207880.35, 2019, "executed"),
        (610004.0, 2020, "allocated"), (2331905.0, 2020, "executed"),
    ]  # fmt: skip


def test_ocr_cells_that_could_be_two_values_give_no_amount() -> None:
    # "2019 480,00" is a year and S/ 480,00, or S/ 2 019 480,00: the row does not say
    text = (
        "Año PIA (S/)    Ejecutado (S/) Avance %\n"
        "2019 480,00   640275,00\n"
        "2020   88410,00    301555,00 29,3%\n"
    )
    values = [value for value, _, _ in _money(text)]
    assert 2019480.0 not in values and 480.0 not in values
    assert 640275.0 not in values  # its column is unknown: the header names two
    # the next row fits the header once cut: "301555,00 29,3%" is two cells
    assert (301555.0, 2020, "executed") in _money(text)


def test_a_header_naming_its_year_in_a_cell_heads_an_unruled_table() -> None:
    text = (
        "Actividad (2019)        Fecha        Ejecutado (S/)\n"
        "Campaña radial          03/05/2019   45 310,00\n"
        "Taller regional         11/09/2019   7 205,40\n"
    )
    assert _money(text) == [(45310.0, 2019, "executed"), (7205.4, 2019, "executed")]


def test_ocr_pipe_table_whose_rule_was_read_as_a_short_word() -> None:
    text = (
        "| Año | Ejecutado (S/) | PIA (S/) |\n"
        "Jarrow A\n"
        "\n"
        "| 2019 |     6,204.90 | 884,310.12 |\n"
    )
    assert _money(text) == [(6204.9, 2019, "executed"), (884310.12, 2019, "allocated")]


def test_a_sentence_under_a_pipe_header_is_not_skipped_as_a_rule() -> None:
    text = (
        "| Año | Ejecutado (S/) | PIA (S/) |\n"
        "Los montos de la tabla siguiente son referenciales\n"
        "| 2019 |     6,204.90 | 884,310.12 |\n"
    )
    assert (6204.9, 2019, "executed") not in _money(text)


def test_ocr_pipe_row_that_lost_a_pipe_gives_nothing_for_its_cells() -> None:
    # "1035 | 482" read as one cell: which column holds what is unknown
    text = (
        "| N° | Año | Talleres | Participantes |\n"
        "|----|-----|----------|---------------|\n"
        "| 1 | 2019 |      8 |      214 |\n"
        "| 2 | 2020 |    10351482]\n"
    )
    counts = [(f.value, f.what) for f in of_kind(text, "count")]
    assert counts == [(8.0, "taller"), (214.0, "participante")]


def test_ocr_pipe_row_whose_lost_pipe_left_a_run_of_spaces() -> None:
    text = (
        "| Año | Talleres | Participantes | Ejecutado (S/) |\n"
        "|-----|----------|---------------|----------------|\n"
        "| 2019 |     4         96 |     12,300.00 |\n"
    )
    assert [(f.value, f.what) for f in of_kind(text, "count")] == [
        (4.0, "taller"), (96.0, "participante"),
    ]  # fmt: skip
    assert _money(text) == [(12300.0, 2019, "executed")]


def test_ocr_header_cells_that_are_a_misread_rule_are_dropped() -> None:
    dashes = (
        "| Año | PIA (S/) | Avance % | rana —— > (AA [|\n"
        "\n"
        "| 2019 | 15,620.00 | 41.5% |\n"
    )
    assert _money(dashes) == [(15620.0, 2019, "allocated")]
    no_words = (
        "| Año | PIA (S/) | Avance % | ora Ppa ea ea |\n"
        "\n"
        "| 2019 | 15,620.00 | 41.5% |\n"
        "| 2020 | 8,004.50 | 12.0% |\n"
    )
    assert _money(no_words) == [(15620.0, 2019, "allocated"), (8004.5, 2020, "allocated")]
    lower_case = no_words.replace("ora Ppa ea ea", "rre oae geen crear")
    assert _money(lower_case) == _money(no_words)


def test_a_real_last_column_is_kept_when_every_row_left_a_cell_empty() -> None:
    # the middle column is empty in every row: dropping "Ejecutado (S/)" would shift cells
    text = (
        "| Año | PIA (S/) | Avance % | Ejecutado (S/) |\n"
        "\n"
        "| 2019 | 15,620.00 |  | 6,480.00 |\n"
        "| 2020 | 8,004.50 |  | 1,250.00 |\n"
    )
    assert of_kind(text, "percent") == []  # 6,480.00 is no progress percentage
    assert _money(text) == []  # a pipe row that does not fit its header gives nothing


def test_a_page_of_over_a_million_characters_is_read_to_its_end():
    # spaCy refuses texts over 1,000,000 characters unless told otherwise; one page of a
    # long text reply can hold more (up to oficio.extract.read.document.MAX_TEXT).
    filler = "Se informa que la entidad coordinó acciones con otras instituciones.\n" * 15_000
    text = filler + "Se asignó S/ 12,500.00 al programa de prevención."
    assert len(text) > 1_000_000
    document = Document(doc_id="long", path="long.txt", file_type="text",
                        pages=[Page(number=1, text=text)], language="es")
    money = [f for f in extract_facts(document).figures if f.kind == "money"]
    assert [(f.value, f.currency) for f in money] == [(12500.0, "PEN")]


def test_english_contributions_are_allocated_and_payments_executed() -> None:
    text = ("The Fund's contribution to the shelters was US$ 310,000 for three years. "
            "Payments in 2020 reached US$ 97,500.")
    found = [(f.value, f.role) for f in of_kind(text, "money", "en")]
    assert found == [(310000.0, "allocated"), (97500.0, "executed")]


def test_ocr_reading_of_the_dollar_sign_as_an_s_is_still_dollars() -> None:
    found = of_kind("Se pagó USS 2,640.00 por los pasajes de retorno.", "money")
    assert [(f.text, f.value, f.currency) for f in found] == [("USS 2,640.00", 2640.0, "USD")]


def test_ocr_readings_of_a_dollar_sign_in_its_own_column_are_dollars() -> None:
    # A scan of a table whose "US$" stands in a narrow column before each amount: OCR
    # reads it in lower case or with an "S" for the "$", a column's gap from the amount.
    text = ("Traslado de connacionales us$        7,350.00\n"
            "Hospedaje temporal uss        4,120.50\n"
            "Gastos notariales USS        980.00")
    found = [(f.value, f.currency) for f in of_kind(text, "money")]
    assert found == [(7350.0, "USD"), (4120.5, "USD"), (980.0, "USD")]


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # a label ending in a colon names the amount after it; a semicolon closes the clause
        ("Monto programado: S/ 75,000.00; monto devengado: S/ 61,300.00.",
         ["allocated", "executed"]),
        # amounts listed after one stage word share it; the percent's word is the percent's
        ("El PIM ascendió a S/ 3,2 millones en 2020 y a S/ 3,9 millones en 2021, con un "
         "avance del 94 %.", ["allocated", "allocated"]),
        # certificación and compromiso are the stage between the other two
        ("Se certificó S/ 48 000,00, de los cuales se devengaron S/ 41 500,00.",
         ["committed", "executed"]),
        ("Se comprometieron S/ 12 000 para la campaña de verano.", ["committed"]),
        # a word right after an amount is that amount's, not the next one's
        ("S/ 6 500 pagados en pasajes y S/ 2 000 programados para el segundo semestre.",
         ["executed", "allocated"]),
        # a verb just before the next amount opens it
        ("Del monto de S/ 30 000 solo se ejecutaron S/ 21 000.", [None, "executed"]),
    ],
)
def test_role_of_each_amount_of_a_sentence(text: str, roles: list[str | None]) -> None:
    assert [f.role for f in of_kind(text, "money")] == roles


def test_an_amount_of_zero_soles_is_an_amount() -> None:
    # A substantive null answer states its budget as nothing: the report shows S/ 0.00.
    found = of_kind("En el año 2022 el monto asignado a estas acciones fue de S/ 0.00.", "money")
    assert [(f.value, f.role, f.text) for f in found] == [(0.0, "allocated", "S/ 0.00")]


@pytest.mark.parametrize(("text", "values"), [
    ("Costo total de la campaña: 12 480,00 S/ en materiales.", [12480.0]),
    ("Campaña Fecha Participantes Costo\nLima sin trata 23/09 1 850 12 480,00 S/\n"
     "Total 7 080 36 770,90 S/\n", [12480.0, 36770.9]),
    ("Se atendieron 1 850 S/ 12 480,00", [12480.0]),  # the sign is the next amount's
])
def test_the_sign_of_soles_written_after_the_amount(text, values) -> None:
    found = of_kind(text, "money")
    assert [(f.value, f.currency) for f in found] == [(v, "PEN") for v in values]


@pytest.mark.parametrize(("text", "roles"), [
    # a value given to goods is no budget stage, whatever the sentence did before it
    ("En el año 2022 se ejecutaron 1 846 operativos, con mercancía incautada valorizada en "
     "US$ 38,2 millones.", [None]),
    ("Para estas actividades se destinó un presupuesto de S/ 27,300.00, del que se ejecutó "
     "S/ 25,912.80.", ["allocated", "executed"]),
    ("Se aprobó el financiamiento de tres proyectos por un monto total de S/ 84 500,00; al 30 de "
     "junio se había certificado S/ 62 000,00.", ["allocated", "committed"]),
    # a stage word a clause on opens the next amount, not the agreement's total
    ("Se firmó un convenio de S/ 1 200 000 para el periodo 2022-2026, cuya ejecución en el "
     "año 2024 ascendió a S/ 310 450,00.", [None, "executed"]),
])
def test_roles_said_by_other_budget_words(text, roles) -> None:
    assert [f.role for f in of_kind(text, "money")] == roles


@pytest.mark.parametrize("text, roles", [
    # each item of a list paid for in brackets is of the stage its sentence names
    ("En 2019 se ejecutaron tres acciones: la edición de cartillas (S/ 4,200.00), la difusión "
     "radial (S/ 6,900.00) y un taller regional (S/ 11,350.00).",
     ["executed", "executed", "executed"]),
    # a list of one stage by year, the items apart by semicolons
    ("Gasto devengado de la actividad: 2019 S/ 31,500.00; 2020 S/ 28,740.00.",
     ["executed", "executed"]),
    # an estimated value is no budget's estimate
    ("El valor estimado de la mercadería incautada asciende a S/ 1,2 millones.", [None]),
])
def test_the_role_of_amounts_in_lists_and_of_values(text: str, roles: list) -> None:
    assert [f.role for f in of_kind(text, "money")] == roles


@pytest.mark.parametrize("text, values", [
    # an apostrophe after the millions, then the amount's own thousands separator
    ("El PIM fue de S/ 2'315,400.00 y el devengado de S/ 2'108,950.30.", [2315400.0, 2108950.3]),
    ("Se asignaron S/ 3'120.500,00 al programa.", [3120500.0]),
    # the acute accent and the prime, typed for the apostrophe
    ("Se programó S/ 4´310,250.00 y se ejecutó S/ 3′998,120.75.", [4310250.0, 3998120.75]),
    # soles written after the amount, a comma after the sign
    ("Se contó con 215.300,00 S/, de los cuales se gastó 198.040,10 S/.", [215300.0, 198040.1]),
])
def test_amounts_written_with_a_millions_mark_or_the_sign_after(text: str, values: list) -> None:
    assert [f.value for f in of_kind(text, "money")] == [pytest.approx(v) for v in values]


@pytest.mark.parametrize("text", ["Montos en soles 2023 según el cuadro.",
                                  "El kilómetro 18K de la vía.", "Recorrió 18 km.",
                                  "Se cercaron 2.5M de hectáreas.", "Se recorrió 1.5 m."])
def test_scale_abbreviations_and_a_leading_currency_word_need_an_amount(text: str) -> None:
    assert of_kind(text, "money") == []


def test_the_same_amount_in_two_cells_of_a_row_is_two_amounts() -> None:
    text = "Presupuesto programado   S/ 26K   S/ 26K   S/ 15K"
    assert [f.value for f in of_kind(text, "money")] == [26000.0, 26000.0, 15000.0]

