"""``oficio gazetteer`` as a user runs it."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from oficio.cli.main import app

runner = CliRunner()


def test_show_prints_the_entry():
    result = runner.invoke(app, ["gazetteer", "show", "mpro:1501"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["name"] == "Municipalidad Metropolitana de Lima"


def test_show_unknown_id_fails():
    assert runner.invoke(app, ["gazetteer", "show", "nope"]).exit_code == 1


def test_find_lists_mentions_as_json(tmp_path):
    letter = tmp_path / "carta.txt"
    letter.write_text("El MIMP y la Municipalidad de Comas.", encoding="utf-8")
    result = runner.invoke(app, ["gazetteer", "find", str(letter), "--json"])
    assert result.exit_code == 0
    ids = [json.loads(line)["institution_id"] for line in result.stdout.splitlines()]
    assert ids == ["mimp", "mdis:150110"]


def test_check_reports_a_bad_alias_file_with_exit_code_2(tmp_path):
    good = tmp_path / "good.csv"
    good.write_text("id,alias\nmimp,Min. Mujer\n", encoding="utf-8")
    assert runner.invoke(app, ["gazetteer", "check", str(good)]).exit_code == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("id,alias\nfalso,Algo\n", encoding="utf-8")
    result = runner.invoke(app, ["gazetteer", "check", str(bad)])
    assert result.exit_code == 2
    assert "line 2" in result.output


def test_check_counts_the_institutions_a_file_adds(tmp_path):
    added = tmp_path / "nuevas.csv"
    added.write_text("id,name,acronym,kind,alias,parent\n"
                     "mdis-ejemplo,Municipalidad de Ejemplo,,district_municipality,,\n",
                     encoding="utf-8")
    result = runner.invoke(app, ["gazetteer", "check", str(added)])
    assert result.exit_code == 0, result.output
    assert "1 institutions" in result.output
