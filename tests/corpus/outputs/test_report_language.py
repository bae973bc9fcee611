"""The report speaks the analysts' language: Spanish by default (labels by their Spanish
names, money as in Peru's official documents, every number linked to its file and page),
English with ``--lang en``; its CSV files keep the contract's codes in both. The pages are
the ones tests/corpus/outputs/test_report.py builds, looked at as headless Chromium renders them."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from oficio.corpus.outputs.report import Cell, ReportTable
from oficio.corpus.outputs.report_html import LABEL_CHARS, chart, money_text
from oficio.corpus.outputs.spreadsheet import read_csv
from tests.corpus.outputs.test_report import (  # noqa: F401  (fixtures)
    CHROMIUM,
    CORPUS,
    _parse,
    make_report,
    rendered,
    report_dir,
    workspace,
)

SPANISH_WORDS = ("respondida", "fuera de periodo", "sin información", "gobernanza",
                 "prevención", "protección", "persecución", "ministerio",
                 "municipalidad distrital", "Presupuestos por institución y año",
                 "Fuentes de cada número", "asignado", "ejecutado", "denuncias")


def _browse(page: Path, profile: Path):
    if not CHROMIUM:
        pytest.skip("chromium is not installed (Debian: apt-get install chromium)")
    result = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", "--disable-component-update", "--no-first-run",
         f"--user-data-dir={profile}", "--dump-dom", page.resolve().as_uri()],
        capture_output=True, text=True, timeout=60, check=True)
    return _parse(result.stdout)


def test_the_spanish_report_renders_its_charts_with_spanish_labels(rendered):  # noqa: F811
    text = " ".join(rendered.text)
    for word in SPANISH_WORDS:
        assert word in text, word
    assert set(rendered.bars) == {"replies_by_kind", "axis_coverage", "budgets", "counts"}
    assert all(rendered.bars.values())
    assert "district_municipality" not in text and "out_of_period" not in text


def test_a_numbers_link_opens_its_source_entry_naming_file_and_page(rendered):  # noqa: F811
    assert "#src-budgets-0-3" in rendered.links  # PEN row, allocated
    entry = " ".join(rendered.sections["src-budgets-0-3"])
    assert "mx/a.pdf" in entry and "página 1" in entry and "S/ 1 000" in entry
    assert f"{(CORPUS / 'mx/a.pdf').as_uri()}#page=1" in rendered.files["src-budgets-0-3"]
    # every number with sources links to an entry, and every entry names its files
    targets = {href[1:] for href in rendered.links}
    assert targets <= set(rendered.sections)
    assert all(rendered.files[name] or "registro" in " ".join(rendered.sections[name])
               for name in targets)


def test_money_is_written_as_in_peru_and_empty_bars_carry_no_label(report_dir, rendered):  # noqa: F811
    assert money_text(986597.5, "PEN") == "S/\xa0986,597.50"
    assert "S/\xa01,500.00" in rendered.tables["budgets"][1]
    drawn = [bar for bars in rendered.bars.values() for bar in bars]
    assert any(float(bar["data-value"]) == 0 for bar in drawn)  # not vacuous
    assert rendered.values == sum(float(bar["data-value"]) != 0 for bar in drawn)


def test_a_long_institution_name_wraps_whole_in_the_chart():
    name = ("Municipalidad Distrital de San Juan de Lurigancho de la Provincia de Lima "
            "Metropolitana, Gerencia de la Mujer")
    assert len(name) > 2 * LABEL_CHARS
    table = ReportTable("counts", "Main counts by institution",
                        ["institution", "complaints", "victims", "trainings", "shelters"],
                        [[Cell(name), Cell(3), Cell(0), Cell(0), Cell(0)]])
    svg = chart(table, [0])
    lines = re.findall(r"<tspan[^>]*>([^<]*)</tspan>", svg)
    assert len(lines) >= 3 and " ".join(lines) == name
    assert "…" not in svg


def test_the_csv_files_keep_the_codes(report_dir):  # noqa: F811
    header, rows, _ = read_csv(report_dir / "replies_by_kind.csv")
    assert header[:5] == ["kind", "total", "answered", "out_of_period", "missing"]
    assert {row["kind"] for row in rows} >= {"ministry", "district_municipality"}


def test_the_english_report_with_lang_en(workspace, report_dir, tmp_path):  # noqa: F811
    out = make_report(workspace, tmp_path / "en", "--lang", "en")
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "<html lang=en>" in page and "Budgets by institution and year" in page
    assert "Sources of every number" in page and "Presupuestos" not in page
    dom = _browse(out / "report.html", tmp_path / "profile")
    text = " ".join(dom.text)
    for word in ("out of period", "governance", "district municipality", "allocated"):
        assert word in text, word
    assert "S/\xa01,500.00" in dom.tables["budgets"][1]  # one money convention
    for name in ("replies_by_kind", "budgets", "counts", "missing"):
        assert (out / f"{name}.csv").read_bytes() == (report_dir / f"{name}.csv").read_bytes()
