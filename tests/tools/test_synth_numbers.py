"""The generator's number writing and span bookkeeping, checked against Spanish usage."""

from __future__ import annotations

import pytest

from tools.synth.builder import Ment, Named, ReplyBuilder
from tools.synth.numbers import decimal, group, words_en, words_es


@pytest.mark.parametrize(("n", "feminine", "apocope", "expected"), [
    (12, False, False, "doce"),
    (21, False, False, "veintiuno"),
    (21, True, False, "veintiuna"),
    (200, False, False, "doscientos"),
    (200, True, False, "doscientas"),
    (100, False, False, "cien"),
    (101, False, False, "ciento uno"),
    (1307, False, False, "mil trescientos siete"),
    (21_000, False, False, "veintiún mil"),
    (31_000, False, False, "treinta y un mil"),
    (1_000_000, False, True, "un millón"),
    (2_500_000, False, True, "dos millones quinientos mil"),
    (16_350, False, False, "dieciséis mil trescientos cincuenta"),
])
def test_spanish_words(n, feminine, apocope, expected):
    assert words_es(n, feminine, apocope) == expected


def test_english_words():
    assert words_en(12) == "twelve"
    assert words_en(45) == "forty-five"
    assert words_en(230) == "two hundred and thirty"


def test_peruvian_number_styles():
    assert decimal(1030908.0, ",", ".") == "1,030,908.00"
    assert decimal(568820.0, " ", ",") == "568 820,00"
    assert decimal(8231751.7, " ", ",") == "8 231 751,70"
    assert decimal(1030908.0, ".", ",") == "1.030.908,00"
    assert group(1307, " ") == "1 307"


def test_articles_contract_before_mentions_and_spans_stay_exact():
    b = ReplyBuilder()
    b.add("Se derivó a ", Ment("Ministerio Público", "mpfn", False, "el"),
          " y a ", Ment("Policía Nacional del Perú", "pnp", False, "la"),
          "; copia de ", Named("Colectivo Ruta Libre", "el"), ".")
    text = b.page_texts()[0]
    assert text == ("Se derivó al Ministerio Público y a la Policía Nacional del Perú; "
                    "copia del Colectivo Ruta Libre.")
    for m in b.mentions:
        assert text[m["start"]:m["end"]] == m["text"]
