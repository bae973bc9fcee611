"""Fuzzing the parts that read untrusted text: the normalizer, the number, money and date
parsers, the whole extraction of one page, and the import of analysts' CSV files.

Text is drawn from an alphabet weighted towards what breaks parsers (digits, separators,
currency signs, month names, odd spaces and line breaks, ligatures, combining accents,
control characters). The only exceptions allowed are the project's own errors; every
offset a parser returns must point at the text it claims. (bench/fuzz.py runs the same
targets under atheris, coverage-guided, for as long as you like.)
"""

from __future__ import annotations

import math
import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oficio.corpus.outputs.spreadsheet import read_csv
from oficio.corpus.requests.registry import read_requests
from oficio.corpus.review.review_import import read_review
from oficio.errors import OficioError
from oficio.extract.facts import extract_facts
from oficio.extract.figures.numbers import parse_amount, parse_digits, words_to_number
from oficio.extract.header.dates import find_dates, parse_date
from oficio.extract.read.document import Document, Page
from oficio.extract.read.normalize import clean_text

PIECES = [
    "S/", "S/.", "US$", "soles", "nuevos soles", "millones", "mil", "%", "por ciento",
    "N°", "Nº", "Ley", "D.S.", "OFICIO", "denuncias", "víctimas", "de agosto de", "Lima,",
    "enero", "dic.", "2018", "1,030,908.00", "568 820,00", "8.231.751,70", "12", "doce (12)",
    "Ministerio del Interior", "Municipalidad Distrital de San Juan de Miraflores", "PNP",
    "MIMP", "DNI", "RUC", "\u00a0", "\u2009", "\u00ad", "\ufb01", "e\u0301", "\r\n", "\r",
    "\x0c", "\x00", "³", "½", "٣",
    "\t", "\n", "\n\n", "-\n", "  ", "|", ";", ",", ".", "/", "(", ")",
]
CHARS = st.characters(codec="utf-8", exclude_categories=("Cs",))
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(alphabet=string.digits, max_size=9),
                          st.text(alphabet=CHARS, max_size=6)), max_size=40).map("".join)
FUZZ = settings(max_examples=300, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@FUZZ
@given(TEXT)
def test_the_normalizer_takes_any_text(text):
    cleaned = clean_text(text)
    assert not any(c in cleaned for c in "\r\x00\x0c\u00ad")
    assert clean_text(cleaned) == cleaned  # idempotent


@FUZZ
@given(TEXT, st.sampled_from([None, ",", "."]))
def test_number_parsers_take_any_text(text, hint):
    for value in (parse_digits(text, hint), parse_amount(text, hint), words_to_number(text)):
        assert value is None or (math.isfinite(value) and value >= 0)


@FUZZ
@given(TEXT)
def test_date_parsers_take_any_text(text):
    for match in find_dates(text):
        assert 0 <= match.start < match.end <= len(text)
        assert parse_date(text[match.start:match.end]) == match.value
    parse_date(text)


@FUZZ
@given(st.lists(TEXT, min_size=1, max_size=3))
def test_extraction_takes_any_page_and_points_into_it(texts):
    pages = [Page(number=i, text=clean_text(t)) for i, t in enumerate(texts, 1)]
    facts = extract_facts(Document(doc_id="f", path="f.txt", file_type="text", pages=pages,
                                   language="es"))
    for item in [*facts.figures, *facts.mentions]:
        assert pages[item.page - 1].text[item.start:item.end] == item.text
    for figure in facts.figures:
        assert math.isfinite(figure.value) and figure.value >= 0


CSV_BYTES = st.one_of(
    st.binary(max_size=300),
    st.lists(st.sampled_from(["doc_id", "your_status", "your_axes", "your_sender", "request_id",
                              "institution", "date_filed", "period", ";", ",", "\t", "\"",
                              "\r\n", "\n", "answered", "missing", "prevención", "2018-13-40",
                              "\ufeff", "=cmd|'/c calc'!A1", "\xff\xfe", "abc123"]),
             max_size=40).map(lambda parts: "".join(parts).encode("utf-8", "surrogatepass")),
    st.lists(TEXT, max_size=6).map(lambda cells: ";".join(cells).encode("cp1252", "replace")),
)


@FUZZ
@given(CSV_BYTES)
def test_csv_import_takes_any_file(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("csv") / "reviewed.csv"
    path.write_bytes(data)
    for read in (lambda: read_csv(path), lambda: read_review(path, {"abc123"}),
                 lambda: read_requests(path)):
        try:
            read()
        except OficioError:
            pass
    assert path.read_bytes() == data  # the analyst's file is never changed
