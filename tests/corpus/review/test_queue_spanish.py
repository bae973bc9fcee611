"""The review queue in Spanish, the default: its columns, instructions and labels by their
Spanish names, filled in as Excel would save it and imported back; a queue written in one
language imports in the other, and the old English headers still import."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from oficio.corpus.outputs.spreadsheet import column_key
from oficio.corpus.review.queue import GUIDE, HEADER, column_codes
from tests.corpus.review.test_review_queue import _export, _import, _labels, workspace  # noqa: F401

SPANISH_HEADER = ["id del documento", "archivo", "su estado", "sus ejes",
                  "su motivo sin información", "su remitente", "comentario", "enlace"]


def _fill_workbook(path: Path, doc_id: str, values: dict[str, str]) -> None:
    """Type ``values`` (column name -> text) into ``doc_id``'s row, as Excel saves it."""
    book = load_workbook(path)
    sheet = book.worksheets[0]
    header = [cell.value for cell in sheet[1]]
    (row,) = [r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == doc_id]
    for name, text in values.items():
        sheet.cell(row, header.index(name) + 1).value = text
    book.save(path)


def test_the_spanish_queue_round_trips_through_import(workspace, tmp_path, spanish):  # noqa: F811
    ws, ids, _ = workspace
    out = tmp_path / "cola.xlsx"
    _export(ws, out)
    book = load_workbook(out)
    assert book.sheetnames[:2] == ["revisión", "instrucciones"]
    sheet = book["revisión"]
    header = [cell.value for cell in sheet[1]]
    assert header[:len(SPANISH_HEADER)] == SPANISH_HEADER
    statuses = {sheet.cell(r, header.index("estado") + 1).value
                for r in range(2, sheet.max_row + 1)}
    assert statuses == {"respondida", "sin información"}  # by their names, not codes
    axes = {sheet.cell(r, header.index("ejes") + 1).value for r in range(2, sheet.max_row + 1)}
    assert {"prevención", "protección"} <= axes
    guide = " ".join(str(c.value) for c in book["instrucciones"]["A"])
    assert GUIDE == "docs/es/guia-de-etiquetado.md" and GUIDE in guide
    assert "su estado" in guide and "fuera de periodo" in guide

    _fill_workbook(out, ids[0], {"su estado": "fuera de periodo", "sus ejes": "gobernanza; "
                                 "persecución", "comentario": "revisado"})
    result = _import(ws, out)
    assert result.exit_code == 0, result.output
    assert "etiquetas guardadas" in result.output
    labels = _labels(ws)
    assert labels[(ids[0], "status")] == "out_of_period"
    assert labels[(ids[0], "axes")] == ["governance", "prosecution"]


def test_a_spanish_csv_queue_imports_in_english_and_the_other_way(workspace, tmp_path,  # noqa: F811
                                                                  monkeypatch):
    ws, ids, _ = workspace
    monkeypatch.setenv("OFICIO_LANG", "es")
    spanish = tmp_path / "cola.csv"
    header, _, _ = _export(ws, spanish)
    assert header[:3] == ["id_del_documento", "archivo", "su_estado"]  # read as keys
    text = spanish.read_text(encoding="utf-8-sig").splitlines()
    row = next(n for n, line in enumerate(text) if line.startswith(ids[1]))
    cells = text[row].split(",")
    cells[2] = "respondida"
    text[row] = ",".join(cells)
    spanish.write_text("\n".join(text) + "\n", encoding="utf-8")
    monkeypatch.setenv("OFICIO_LANG", "en")
    result = _import(ws, spanish)
    assert result.exit_code == 0, result.output
    assert "stored 1 labels" in result.output
    assert _labels(ws)[(ids[1], "status")] == "answered"

    english = tmp_path / "queue.csv"
    header, _, _ = _export(ws, english)
    assert header[:3] == ["doc_id", "file", "your_status"]  # the old headers: the codes
    monkeypatch.setenv("OFICIO_LANG", "es")
    english.write_text(f"doc_id,your_status\n{ids[2]},fuera de periodo\n", encoding="utf-8")
    result = _import(ws, english)
    assert result.exit_code == 0, result.output
    assert _labels(ws)[(ids[2], "status")] == "out_of_period"


def test_every_column_has_one_name_per_language():
    names = column_codes()
    assert all(names[column_key(code)] == code for code in HEADER)
    assert len(set(names.values())) == len(HEADER)


def test_an_unknown_value_is_told_in_spanish(workspace, tmp_path, spanish):  # noqa: F811
    ws, ids, _ = workspace
    bad = tmp_path / "mal.csv"
    bad.write_text(f"id del documento,su estado\n{ids[0]},contestada\n", encoding="utf-8")
    result = _import(ws, bad)
    assert result.exit_code == 3
    output = " ".join(result.output.split())
    assert ("fila 2, su estado: 'contestada' no es un estado: use respondida, fuera de "
            "periodo, sin información (o answered, out_of_period, missing)") in output
    assert "[E205]" in output and "no se guardó nada" in output


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_export_points_to_the_labeling_guide(workspace, tmp_path, monkeypatch,  # noqa: F811
                                                 lang):
    from oficio.cli.main import app
    from tests.corpus.review.test_review_queue import runner

    ws, _, _ = workspace
    monkeypatch.setenv("OFICIO_LANG", lang)
    result = runner.invoke(app, ["review", "export", "--workspace", str(ws), "--out",
                                 str(tmp_path / "q.csv")])
    assert result.exit_code == 0 and GUIDE in result.output
    assert ("3 respuestas escritas" if lang == "es" else "wrote 3 replies") in result.output
