"""The extraction evaluation counts what an analyst would count, native and scanned."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from oficio.evaluation.extraction import (
    RENDER_LINES,
    ExtractionReport,
    evaluate_scanned,
    normalize_reference,
    score_reply,
    visible_gold,
)
from oficio.extract.facts import Facts
from oficio.extract.figures.figure import Figure
from oficio.extract.header.letter import Header
from oficio.extract.institutions.component import Mention
from tests.conftest import ROOT


def _record(pages: list[str], figures=(), mentions=(), **header) -> dict:
    """A gold record: figures as (page, kind, text, value, currency), mentions as
    (page, text, institution_id); offsets found in the page text."""
    record = {"id": "t", "pages": pages, "sender_id": header.get("sender_id"),
              "reference": header.get("reference"), "letter_date": header.get("letter_date"),
              "period_stated": False, "figures": [], "mentions": []}  # fmt: skip
    for page, kind, text, value, currency in figures:
        start = pages[page - 1].index(text)
        record["figures"].append({
            "kind": kind, "value": value, "currency": currency, "page": page, "start": start,
            "end": start + len(text), "text": text, "what": None, "year": None, "role": None,
        })  # fmt: skip
    for page, text, institution_id in mentions:
        start = pages[page - 1].index(text)
        record["mentions"].append({"institution_id": institution_id, "text": text,
                                   "page": page, "start": start, "end": start + len(text),
                                   "is_sender": False})  # fmt: skip
    return record


def _fig(kind, value, currency=None, page=1, start=0, end=1) -> Figure:
    return Figure(kind=kind, value=value, currency=currency, page=page, start=start, end=end)


def _score(record: dict, figures=(), mentions=(), offsets=False) -> ExtractionReport:
    report = ExtractionReport("test")
    score_reply(report, record, Facts(list(figures), list(mentions), Header()), offsets)
    return report


PAGES = ["Se ejecutó S/ 1,500.00 en 2018 y US$ 200 en 2019.", "Se atendieron 12 denuncias."]
GOLD = _record(PAGES, figures=[(1, "money", "S/ 1,500.00", 1500.0, "PEN"),
                               (1, "money", "US$ 200", 200.0, "USD"),
                               (2, "count", "12", 12.0, None)])  # fmt: skip


def test_a_figure_with_the_right_value_on_the_right_page_counts_without_offsets():
    found = [_fig("money", 1500.0, "PEN", start=300, end=310),  # OCR moved the offsets
             _fig("money", 200.0, "USD"), _fig("count", 12.0, page=2)]  # fmt: skip
    report = _score(GOLD, found)
    assert report.sets["money"].true_positives == 2 and report.sets["money"].precision == 1.0
    assert report.sets["count"].recall == 1.0


def test_wrong_currency_or_page_does_not_count():
    found = [_fig("money", 1500.0, "USD"), _fig("money", 200.0, "USD", page=2)]
    report = _score(GOLD, found)
    money = report.sets["money"]
    assert (money.true_positives, money.false_positives, money.false_negatives) == (0, 2, 2)


def test_a_value_off_by_more_than_half_a_cent_does_not_count():
    report = _score(GOLD, [_fig("money", 1500.01, "PEN"), _fig("money", 200.004, "USD")])
    assert report.sets["money"].true_positives == 1


def test_duplicates_are_matched_once():
    gold = _record(["12 denuncias y 12 víctimas."], figures=[(1, "count", "12", 12.0, None)])
    report = _score(gold, [_fig("count", 12.0), _fig("count", 12.0)])
    assert (report.sets["count"].true_positives, report.sets["count"].false_positives) == (1, 1)
    two_gold = _record(["12 denuncias y 12 víctimas."],
                       figures=[(1, "count", "12 denuncias", 12.0, None),
                                (1, "count", "12 víctimas", 12.0, None)])  # fmt: skip
    report = _score(two_gold, [_fig("count", 12.0)])
    assert (report.sets["count"].true_positives, report.sets["count"].false_negatives) == (1, 1)


def test_native_matching_needs_overlapping_spans():
    start = PAGES[1].index("12")
    right = _fig("count", 12.0, page=2, start=start, end=start + 2)
    assert _score(GOLD, [right], offsets=True).sets["count"].true_positives == 1
    elsewhere = _fig("count", 12.0, page=2, start=0, end=2)
    assert _score(GOLD, [elsewhere], offsets=True).sets["count"].true_positives == 0


def test_mentions_match_by_institution_per_page():
    gold = _record(["El MIMP y el Ministerio Público.", "El MIMP."],
                   mentions=[(1, "MIMP", "mimp"), (1, "Ministerio Público", "mpfn"),
                             (2, "MIMP", "mimp")])  # fmt: skip
    found = [Mention("mimp", "", "", "", "MIMP", 1, 90, 94),
             Mention("mininter", "", "", "", "x", 1, 0, 1),
             Mention("mimp", "", "", "", "MIMP", 1, 95, 99)]  # fmt: skip
    mentions = _score(gold, mentions=found).sets["mention"]
    assert (mentions.true_positives, mentions.false_positives, mentions.false_negatives) == (
        1, 2, 2)  # fmt: skip


def test_reference_spellings_of_the_number_sign_are_the_same():
    ref = "OFICIO N° 0456-2018-MIMP/DGCVG"
    for spelling in ("Oficio Nº 0456-2018-MIMP/DGCVG", "OFICIO No. 0456-2018-MIMP/DGCVG",
                     "OFICIO  N°0456-2018-MIMP/DGCVG", "OFICIO N.° 0456-2018-MIMP/DGCVG"):
        assert normalize_reference(spelling) == normalize_reference(ref)
    assert normalize_reference("OFICIO N° 0457-2018-MIMP/DGCVG") != normalize_reference(ref)


def test_text_the_renderer_cuts_off_is_not_scanned_gold():
    lines = [f"Línea {i} sin cifras." for i in range(RENDER_LINES + 6)]
    lines[2] = "Se atendieron 40 denuncias."
    lines[-1] = "Se atendieron 77 denuncias."
    record = _record(["\n".join(lines)], figures=[(1, "count", "40", 40.0, None),
                                                  (1, "count", "77", 77.0, None)])  # fmt: skip
    assert [f["value"] for f in visible_gold(record)["figures"]] == [40.0]


LETTER = """MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES

OFICIO N° 0456-2018-MIMP/DGCVG

Lima, 15 de agosto de 2018

Señora
Ana Torres
Presente.-

Asunto: Solicitud de acceso a la información pública

En atención a su solicitud, se informa que en 2017 los Centros Emergencia Mujer
atendieron 325 casos de trata de personas y se ejecutó S/ 45,800.00 en campañas.

Atentamente,

Directora General
Ministerio de la Mujer y Poblaciones Vulnerables"""


def test_end_to_end_scanned_evaluation_of_two_short_replies():
    second = LETTER.replace("325 casos", "48 casos").replace("S/ 45,800.00", "S/ 9,120.50")
    records = []
    for text, count, money, amount in ((LETTER, "325", "S/ 45,800.00", 45800.0),
                                       (second, "48", "S/ 9,120.50", 9120.5)):  # fmt: skip
        record = _record([text], figures=[(1, "count", count, float(count), None),
                                          (1, "money", money, amount, "PEN")],
                         sender_id="mimp", reference="OFICIO N° 0456-2018-MIMP/DGCVG",
                         letter_date="2018-08-15")  # fmt: skip
        records.append(record)
    report = evaluate_scanned(records, seed=3)
    assert report.replies == 2 and report.mode == "scanned"
    assert report.sets["money"].recall == 1.0 and report.sets["money"].precision == 1.0
    assert report.sets["count"].recall == 1.0
    assert report.accuracy("sender") == 1.0
    assert report.accuracy("reference") == 1.0
    assert report.accuracy("letter_date") == 1.0


def test_cli_prints_the_extraction_table_without_a_model(tmp_path):
    gold = tmp_path / "gold.jsonl"
    record = _record(["Se atendieron 12 denuncias."], figures=[(1, "count", "12", 12.0, None)])
    gold.write_text(json.dumps({**record, "split": "heldout"}) + "\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "oficio", "eval", str(gold), "--extraction",
         "--workspace", str(tmp_path / "none")],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
        env={**os.environ, "COLUMNS": "120"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Extraction quality: 1 replies native" in result.stdout
    assert "≥ 0.98" in result.stdout  # the money precision target
