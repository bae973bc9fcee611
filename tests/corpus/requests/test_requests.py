"""The request registry: reading it as Excel leaves it, checking it, matching replies."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date

import pytest

from oficio.corpus.requests.registry import (
    ReplyFacts,
    Request,
    find_match,
    match_reply,
    parse_date,
    read_requests,
    reference_tokens,
    unanswered,
)
from oficio.errors import MissingColumnError, OficioError, RegistryError
from tests.conftest import EXAMPLES

REGISTRY = EXAMPLES / "requests.csv"


@pytest.fixture(scope="module")
def registry() -> list[Request]:
    return read_requests(REGISTRY)


def by_id(requests, request_id):
    return next(request for request in requests if request.request_id == request_id)


def test_example_registry_reads(registry):
    assert [request.request_id for request in registry] == [f"ACT-2018-00{n}" for n in
                                                            range(1, 9)]
    mpfn = by_id(registry, "ACT-2018-002")
    assert mpfn.institution_id == "mpfn"
    assert mpfn.filed_on == date(2018, 7, 2)  # written 02/07/2018, day first
    assert (mpfn.period_start, mpfn.period_end) == (date(2017, 1, 1), date(2017, 12, 31))
    assert by_id(registry, "ACT-2018-004").filed_on == date(2018, 8, 14)  # 14/8/2018
    assert by_id(registry, "ACT-2018-001").axes == ("governance", "prevention", "protection")
    assert by_id(registry, "ACT-2018-001").reference == "Carta N° 045-2018-ACT"
    assert by_id(registry, "ACT-2018-007").reference is None
    puno = by_id(registry, "ACT-2018-008")
    assert puno.institution_id is None and puno.institution == "Gobierno Regional de Puno"
    assert puno.row == 9


def test_names_are_linked_by_the_given_resolver():
    names = {"gobierno regional de puno": "gore:21"}
    requests = read_requests(REGISTRY, resolve=lambda name: names.get(name.lower()))
    assert by_id(requests, "ACT-2018-008").institution_id == "gore:21"
    with pytest.raises(RegistryError, match="Gobierno Regional de Puno"):
        read_requests(REGISTRY, resolve=lambda name: None)


def test_ids_are_checked_against_the_gazetteer_when_given():
    known = {"mimp", "mpfn", "gore:08", "rree", "mdis:150133", "mininter"}
    with pytest.raises(RegistryError) as caught:
        read_requests(REGISTRY, known_ids=known)
    assert caught.value.problems == ["row 8: institution_id 'mpro:1501' is not in the gazetteer"]


def test_registry_saved_by_spanish_excel_reads_the_same(tmp_path, registry):
    records = list(csv.reader(io.StringIO(REGISTRY.read_text(encoding="utf-8"))))
    records[0] = ["Request ID", "Institution ID", " INSTITUTION ", "Filed on", "Period start",
                  "Period end", "Axes", "Reference"]
    order = [7, 0, 1, 2, 3, 4, 5, 6]  # reference moved first
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerows([[record[index] for index in order] + ["nota"] for record in records])
    path = tmp_path / "solicitudes.csv"
    path.write_bytes(out.getvalue().encode("cp1252") + b";;;;;;;;\r\n")
    assert read_requests(path) == registry


def test_every_bad_row_is_reported_with_its_number(tmp_path):
    path = tmp_path / "requests.csv"
    path.write_text(
        "request_id,institution_id,institution,filed_on,period_start,period_end,axes\n"
        "R1,mimp,,31/02/2018,2017,2017,\n"
        "R2,mimp,,7/25/2018,2017,2017,\n"
        "R3,,,2018-07-02,2017,2017,\n"
        "R4,Gore 08,,2018-07-02,2017,2017,trata\n"
        "R5,minsa,,2018-07-02,2018,2017,prevención\n"
        "R6,minsa,,2018-07-02,2017,2017,\n"
        "R6,minsa,,,2017,2017,\n"
        ",minsa,,2018-07-02,2017,2017,\n",
        encoding="utf-8")
    with pytest.raises(RegistryError) as caught:
        read_requests(path)
    problems = caught.value.problems
    expected = [("row 2:", "filed_on", "not a valid date"), ("row 3:", "filed_on", "month/day"),
                ("row 4:", "institution_id or institution"), ("row 5:", "Gore 08"),
                ("row 5:", "unknown axis trata"), ("row 6:", "after period_end"),
                ("row 8:", "filed_on is empty"), ("row 9:", "request_id is empty")]
    assert len(problems) == len(expected), problems
    for problem, parts in zip(problems, expected, strict=True):
        assert all(part in problem for part in parts), (problem, parts)
    assert isinstance(caught.value, OficioError) and caught.value.code == "E204"
    assert "requests.csv" in str(caught.value)


def test_repeated_request_id_is_an_error(tmp_path):
    path = tmp_path / "requests.csv"
    path.write_text("request_id,institution_id,filed_on,period_start,period_end\n"
                    "R1,mimp,2018-07-02,2017,2017\nR1,minsa,2018-07-03,2017,2017\n",
                    encoding="utf-8")
    with pytest.raises(RegistryError, match="row 3: request_id 'R1' repeats row 2"):
        read_requests(path)


def test_missing_column_is_named(tmp_path):
    path = tmp_path / "requests.csv"
    path.write_text("request_id,institution_id,period_start,period_end\nR1,mimp,2017,2017\n",
                    encoding="utf-8")
    with pytest.raises(MissingColumnError, match="filed_on"):
        read_requests(path)


@pytest.mark.parametrize("text", ["2018-07-02", "02/07/2018", "2/7/2018", "2/7/18",
                                  "02-07-2018", "2.7.2018", "2018-07-02 00:00:00"])
def test_dates_day_first(text):
    assert parse_date(text) == date(2018, 7, 2)


@pytest.mark.parametrize("text", ["julio 2018", "2018", "", "32/01/2018"])
def test_not_dates(text):
    with pytest.raises(ValueError):
        parse_date(text)


def test_reference_spellings_are_the_same():
    spellings = ["Carta N° 045-2018-ACT", "CARTA Nº 45-2018-ACT", "Carta No. 045 - 2018 - ACT",
                 "carta nro.045-2018-act", "Carta N.º 045-2018-ACT", "Carta Nº045-2018-ACT"]
    assert {" ".join(reference_tokens(text)) for text in spellings} == {"carta 45 2018 act"}


def test_match_by_cited_reference(registry):
    reply = ReplyFacts("mimp", "Referencia: Carta N° 045-2018-ACT (Expediente N° 2018-0031245)",
                       date(2018, 8, 15))
    match = find_match(reply, registry)
    assert match.request.request_id == "ACT-2018-001" and match.method == "reference"
    # a forwarded request answered by another body still matches by its reference
    forwarded = ReplyFacts("pnp", "su Carta Nº 72-2018-ACT", date(2018, 10, 5))
    assert match_reply(forwarded, registry).request_id == "ACT-2018-006"
    # the number alone, without the document type
    bare = ReplyFacts(None, "el documento N° 045-2018-ACT", date(2018, 8, 15))
    assert match_reply(bare, registry).request_id == "ACT-2018-001"


def test_one_letter_to_several_institutions_is_told_apart_by_sender():
    circular = [Request(f"R-{institution}", institution, None, date(2018, 7, 2),
                        reference="Carta Múltiple N° 003-2018-ACT")
                for institution in ("minsa", "minedu")]
    reply = ReplyFacts("minedu", "Carta Múltiple Nº 003-2018-ACT", date(2018, 7, 16))
    assert match_reply(reply, circular).request_id == "R-minedu"
    forwarded = find_match(replace(reply, sender_id="pnp"), circular)
    assert forwarded.request is None and set(forwarded.candidates) == {"R-minsa", "R-minedu"}


def test_reference_of_a_later_request_is_not_taken(registry):
    early = ReplyFacts("mininter", "Carta N° 072-2018-ACT", date(2018, 9, 20))
    match = find_match(early, registry)
    assert match.request is None
    assert "filed after" in match.reason


def test_match_by_institution_and_date(registry):
    mpfn = ReplyFacts("mpfn", "Solicitud de acceso a la información pública de fecha 02 de "
                      "julio de 2018", date(2018, 7, 20))
    match = find_match(mpfn, registry)
    assert match.request.request_id == "ACT-2018-002" and match.method == "institution_date"


def make(request_id, filed_on, start=2017, end=2017, institution="mimp"):
    return Request(request_id, institution, None, filed_on, date(start, 1, 1), date(end, 12, 31))


def test_closest_earlier_filing_wins_and_a_reply_cannot_predate_its_request():
    requests = [make("MARCH", date(2018, 3, 1)), make("JULY", date(2018, 7, 2))]
    assert match_reply(ReplyFacts("mimp", None, date(2018, 8, 15)), requests).request_id == (
        "JULY")
    assert match_reply(ReplyFacts("mimp", None, date(2018, 5, 10)), requests).request_id == (
        "MARCH")
    match = find_match(ReplyFacts("mimp", None, date(2018, 2, 1)), requests)
    assert match.request is None and "filed after" in match.reason


def test_ties_are_ambiguous_unless_the_period_decides():
    requests = [make("P2017", date(2018, 7, 2)), make("P2018", date(2018, 7, 2), 2018, 2018)]
    tie = find_match(ReplyFacts("mimp", None, date(2018, 8, 15)), requests)
    assert tie.request is None and set(tie.candidates) == {"P2017", "P2018"}
    assert "2018-07-02" in tie.reason
    by_period = ReplyFacts("mimp", None, date(2018, 8, 15), date(2018, 1, 1), date(2018, 6, 30))
    assert match_reply(by_period, requests).request_id == "P2018"


def test_undated_reply_matches_only_a_single_request():
    one = [make("ONLY", date(2018, 7, 2))]
    assert match_reply(ReplyFacts("mimp"), one).request_id == "ONLY"
    two = one + [make("OTHER", date(2018, 9, 2))]
    match = find_match(ReplyFacts("mimp"), two)
    assert match.request is None and "no date" in match.reason


def test_no_match_says_why(registry):
    assert "no request was sent to minsa" in find_match(ReplyFacts("minsa"), registry).reason
    assert "no sender" in find_match(ReplyFacts(None, "Oficio N° 9-2018"), registry).reason


def test_unanswered_requests_oldest_first(registry):
    pending = unanswered(registry, {"ACT-2018-001", "ACT-2018-002", "ACT-2018-006"})
    assert [request.request_id for request in pending] == [
        "ACT-2018-004", "ACT-2018-003", "ACT-2018-005", "ACT-2018-007", "ACT-2018-008"]
