"""The review queue as an analyst works in it (issue 20, item 4): an XLSX round trip, the
format read from the content, fill-in columns first, one row per letter, links to the
file and page, short redacted evidence, rows by the value of a correction, and labels
typed as codes or Spanish names."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from oficio.annotations.bundled import load_bundled
from oficio.annotations.store import AnnotationStore
from oficio.cli.main import app
from oficio.corpus.outputs.spreadsheet_read import is_workbook, read_table
from tests.corpus.review.review_workspace import make_workspace

runner = CliRunner()
REPLIES = load_bundled()


def _pred(status, conf, axes, evidence=None, **p):
    probs = {"governance": 0.05, "prevention": 0.05, "protection": 0.05, "prosecution": 0.05}
    probs.update({a: 0.95 for a in axes})
    probs.update(p)
    found = {"status": status, "status_confidence": conf, "axes": axes, "p": probs}
    return dict(found, evidence=evidence) if evidence else found


def _files(ws: Path, corpus: Path, paths: dict[str, str]) -> None:
    """Record ``paths`` (relative path -> doc id) as current files of ``corpus``."""
    connection = sqlite3.connect(ws / "oficio.sqlite")
    connection.executemany(
        "INSERT INTO files (corpus, path, doc_id, size, mtime_ns, state) "
        "VALUES (?, ?, ?, 1, 1, 'current')",
        [(str(corpus), path, doc_id) for path, doc_id in paths.items()])  # fmt: skip
    connection.commit()
    connection.close()


def _sql(ws: Path, sql: str, params=()) -> None:
    connection = sqlite3.connect(ws / "oficio.sqlite")
    connection.execute(sql, params)
    connection.commit()
    connection.close()


@pytest.fixture()
def workspace(tmp_path):
    rows = [
        (REPLIES[0], _pred("answered", 0.60, ["prevention"])),
        (REPLIES[1], _pred("missing", 0.70, [])),
        (REPLIES[2], _pred("answered", 0.99, ["protection"])),
    ]
    ws = tmp_path / "ws"
    ids = make_workspace(ws, rows)
    corpus = tmp_path / "corpus"
    _files(ws, corpus, {f"replies/r{n}.pdf": doc_id for n, doc_id in enumerate(ids)})
    return ws, ids, corpus


def _export(ws: Path, out: Path, *extra: str):
    result = runner.invoke(app, ["review", "export", "--workspace", str(ws), "--out", str(out),
                                 *extra])  # fmt: skip
    assert result.exit_code == 0, result.output
    return read_table(out)


def _import(ws: Path, path: Path, *extra: str):
    return runner.invoke(app, ["review", "import", str(path), "--workspace", str(ws), *extra])


def _labels(ws: Path):
    records = AnnotationStore(ws / "annotations.jsonl").records()
    return {(r.doc_id, r.field): r.value for r in records}


def test_scripted_xlsx_round_stores_the_corrections(workspace, tmp_path):
    """Export as XLSX (no --format: the name says it), edit with openpyxl as Excel saves,
    import, and the label store holds the corrections, typed in Spanish or as codes."""
    from openpyxl import load_workbook

    ws, ids, _ = workspace
    out = tmp_path / "cola.xlsx"
    _export(ws, out)
    assert is_workbook(out)
    book = load_workbook(out)
    sheet = book["review"]
    header = [cell.value for cell in sheet[1]]
    by_id = {sheet.cell(row=r, column=1).value: r for r in range(2, sheet.max_row + 1)}

    def put(doc_id: str, column: str, value: str) -> None:
        sheet.cell(row=by_id[doc_id], column=header.index(column) + 1).value = value

    put(ids[0], "your_status", "Fuera de Período")
    put(ids[0], "your_axes", "Prevención; PERSECUCIÓN")
    put(ids[1], "your_missing_kind", "acuse de recibo")
    put(ids[1], "comment", "solo acuse de recibo, año 2019")
    put(ids[2], "your_status", "answered")
    put(ids[2], "your_axes", "ninguno")
    book.save(out)

    result = _import(ws, out, "--annotator", "ana")
    assert result.exit_code == 0, result.output
    assert _labels(ws) == {
        (ids[0], "status"): "out_of_period",
        (ids[0], "axes"): ["prevention", "prosecution"],
        (ids[1], "missing_kind"): "acknowledgment",
        (ids[1], "comment"): "solo acuse de recibo, año 2019",
        (ids[2], "status"): "answered",
        (ids[2], "axes"): [],
    }
    assert {r.source for r in AnnotationStore(ws / "annotations.jsonl").records()} \
        == {"review:cola.xlsx"}  # fmt: skip


def test_the_format_is_read_from_the_content_not_the_name(workspace, tmp_path):
    ws, ids, _ = workspace
    as_csv = tmp_path / "q.xlsx"
    _export(ws, as_csv, "--format", "csv")  # CSV text under an .xlsx name
    assert not is_workbook(as_csv)
    book = tmp_path / "book.csv"
    _export(ws, book, "--format", "xlsx")  # a workbook under a .csv name
    assert is_workbook(book)
    for path in (as_csv, book):
        header, rows, _ = read_table(path)
        assert header[:2] == ["doc_id", "file"] and len(rows) == 3
        assert _import(ws, path).exit_code == 0


def test_fill_in_columns_come_right_after_the_id_and_file(workspace, tmp_path):
    ws, _, _ = workspace
    header, _, _ = _export(ws, tmp_path / "q.csv")
    assert header[:7] == ["doc_id", "file", "your_status", "your_axes", "your_missing_kind",
                          "your_sender", "comment"]  # fmt: skip


def test_one_row_per_letter_listing_its_copies(workspace, tmp_path):
    """A letter sent twice (another scan: other bytes, same sender and reference) and kept
    in two folders (the same bytes): one row; a label on it goes to every copy."""
    ws, ids, corpus = workspace
    connection = sqlite3.connect(ws / "oficio.sqlite")
    sender, reference = connection.execute(
        "SELECT sender_id, reference FROM documents WHERE doc_id = ?", (ids[0],)).fetchone()
    connection.close()
    # another bundled reply lends the rescan its text; it gets the letter's header
    other = make_workspace(ws, [(REPLIES[3], _pred("answered", 0.9, ["prevention"]))])[0]
    _sql(ws, "UPDATE documents SET sender_id = ?, reference = ? WHERE doc_id = ?",
         (sender, reference, other))
    _files(ws, corpus, {"escaneos/r0-bis.pdf": other, "copia/r0.pdf": ids[0]})
    _, rows, _ = _export(ws, tmp_path / "q.csv")
    assert len(rows) == 3
    row = next(r for r in rows if ids[0] in (r["doc_id"], r["copy_ids"]))
    assert row["doc_id"] in (ids[0], other)
    assert set(row["copies"].split("; ")) | {row["file"]} \
        == {"replies/r0.pdf", "copia/r0.pdf", "escaneos/r0-bis.pdf"}  # fmt: skip
    row["your_status"] = "sin información"
    from tests.corpus.review.test_review import _write

    _write(tmp_path / "done.csv", list(rows[0]), [row])
    assert _import(ws, tmp_path / "done.csv").exit_code == 0
    assert _labels(ws) == {(ids[0], "status"): "missing", (other, "status"): "missing"}


def test_each_row_links_to_its_file_and_page_with_short_redacted_evidence(workspace, tmp_path):
    from openpyxl import load_workbook

    ws, ids, corpus = workspace
    text = ("En atención a su solicitud, la víctima identificada con DNI N° 44556677 fue "
            "atendida por el Centro de Emergencia Mujer de la provincia de Lima durante el "
            "año 2018, según el informe técnico adjunto al presente oficio.")
    evidence = [{"label": "status:answered", "page": 3, "start": 0, "end": len(text),
                 "score": 2.0, "text": text},
                {"label": "prevention", "page": 1, "start": 0, "end": 5, "score": 0.5,
                 "text": "Otra"}]  # fmt: skip
    _sql(ws, "UPDATE documents SET evidence = ? WHERE doc_id = ?", (json.dumps(evidence), ids[0]))
    _, rows, _ = _export(ws, tmp_path / "q.csv")
    row = next(r for r in rows if r["doc_id"] == ids[0])
    uri = (corpus / "replies" / "r0.pdf").as_uri() + "#page=3"
    assert row["link"] == uri and row["link"].startswith("file:///")
    assert len(row["evidence"]) <= 120 and row["evidence"].endswith("…")
    assert "44556677" not in row["evidence"] and "[DNI]" in row["evidence"]
    assert not any(column.startswith("evidence_") for column in rows[0])

    _export(ws, tmp_path / "q.xlsx")
    sheet = load_workbook(tmp_path / "q.xlsx")["review"]
    header = [cell.value for cell in sheet[1]]
    place = next(r for r in range(2, sheet.max_row + 1)
                 if sheet.cell(row=r, column=1).value == ids[0])  # fmt: skip
    cell = sheet.cell(row=place, column=header.index("link") + 1)
    assert cell.hyperlink is not None and cell.hyperlink.target == uri
    # "abrir p. 3" in Spanish (tests/corpus/review/test_queue_spanish.py)
    assert cell.value == "open p. 3"


def test_rows_go_by_the_value_of_a_correction(tmp_path):
    """As uncertain: a reply with figures for the report before one with none; a sure
    reply with many figures after an unsure one without."""
    rows = [
        (REPLIES[0], _pred("missing", 0.70, [])),  # margin .4, no figures
        (REPLIES[1], _pred("answered", 0.70, ["prevention"])),  # margin .4, six figures
        (REPLIES[2], _pred("answered", 0.98, ["protection"])),  # margin .9, six figures
        (REPLIES[3], _pred("answered", 0.55, ["protection"])),  # margin .1, no figures
    ]
    ws = tmp_path / "ws"
    ids = make_workspace(ws, rows)
    for doc_id in (ids[0], ids[3]):
        _sql(ws, "DELETE FROM figures WHERE doc_id = ?", (doc_id,))
    _, queued, _ = _export(ws, tmp_path / "q.csv")
    assert [ids.index(r["doc_id"]) for r in queued] == [1, 3, 0, 2]
    values = [float(r["value"]) for r in queued]
    assert values == sorted(values, reverse=True)
    assert values[2] == pytest.approx(0.6)  # uncertainty .6 x weight 1


def test_an_unknown_value_names_row_and_column_and_lists_the_values(workspace, tmp_path):
    ws, ids, _ = workspace
    header, rows, _ = _export(ws, tmp_path / "q.csv")
    from tests.corpus.review.test_review import _write

    rows[1]["your_status"] = "contestada"
    rows[2]["your_missing_kind"] = "perdida"
    _write(tmp_path / "bad.csv", header, rows)
    result = _import(ws, tmp_path / "bad.csv")
    assert result.exit_code == 3 and "E205" in result.output
    output = " ".join(result.output.split())
    assert ("row 3, your_status: 'contestada' is not a status: use answered, out of period, "
            "missing") in output  # in Spanish: tests/corpus/review/test_queue_spanish.py
    assert "row 4, your_missing_kind: 'perdida'" in output and "acknowledgment" in output
    assert _labels(ws) == {}


def test_a_queue_in_the_old_layout_still_imports(workspace, tmp_path):
    """Queues already in analysts' hands: evidence columns, fill-in columns at the end."""
    from tests.corpus.review.test_review import _write

    ws, ids, _ = workspace
    old = ["doc_id", "file", "sender_id", "sender", "status", "evidence_status",
           "evidence_prevention", "amounts", "counts", "your_status", "your_axes",
           "your_sender", "comment"]  # fmt: skip
    _write(tmp_path / "vieja.csv", old, [{"doc_id": ids[0], "your_status": "Respondida",
                                          "your_axes": "protección"}])  # fmt: skip
    assert _import(ws, tmp_path / "vieja.csv").exit_code == 0
    assert _labels(ws) == {(ids[0], "status"): "answered", (ids[0], "axes"): ["protection"]}
