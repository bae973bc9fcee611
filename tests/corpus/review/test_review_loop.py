"""The review loop closes (issue 20): an imported correction is what the tables, ``oficio
status`` and the report show, and a new model relabels the stored replies from their
stored text, without reading them again. Real files, a real store and the real ``oficio``
command in a subprocess."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from oficio.i18n import label
from tests.conftest import EXAMPLES, ROOT
from tests.corpus.batch.test_reconcile import process, table, write_reply
from tests.integration.test_reliability import oficio, rows

FIXTURE = ROOT / "tests" / "fixtures" / "replies.jsonl"


def review_file(path: Path, doc_id: str, status: str) -> Path:
    path.write_text(f"doc_id,your_status\n{doc_id},{status}\n", encoding="utf-8")
    return path


def other_status(status: str) -> tuple[str, str]:
    """A status other than ``status``, as the analyst writes it and as it is stored."""
    return ("fuera de periodo", "out_of_period") if status != "out_of_period" else (
        "respondida", "answered")


def test_an_imported_correction_is_what_the_tables_status_and_report_show(tmp_path):
    """After `review import` the tables, `status` and the report still showed the model's
    label: the correction changed nothing an analyst sees."""
    corpus, workspace = tmp_path / "corpus", tmp_path / "ws"
    write_reply(corpus / "mimp.txt", "250,000")
    process(corpus, workspace)
    (before,) = table(workspace / "export" / "documents.csv")
    written, wanted = other_status(before["status"])
    report_before = table_of_report(workspace, tmp_path / "rep1")

    imported = oficio("review", "import", str(review_file(
        tmp_path / "review.csv", before["doc_id"], written)), "--workspace", str(workspace))
    assert imported.returncode == 0, imported.stdout + imported.stderr

    summary = process(corpus, workspace)  # the export of the run is rewritten, not kept
    assert "Tables (unchanged)" not in summary
    (after,) = table(workspace / "export" / "documents.csv")
    assert after["status"] == wanted
    assert after["label_source"] == "reviewed"
    assert after["model_status"] == before["status"]
    assert after["axes"] == before["axes"] == after["model_axes"]

    exported = oficio("export", "--workspace", str(workspace), "--format", "xlsx",
                      "--out", str(tmp_path / "xlsx"))
    assert exported.returncode == 0, exported.stderr
    import pandas as pd

    sheet = pd.read_excel(tmp_path / "xlsx" / "oficio.xlsx", sheet_name="documents")
    assert list(sheet["status"]) == [wanted] and list(sheet["label_source"]) == ["reviewed"]
    parquet = pd.read_parquet(workspace / "export" / "documents.parquet")
    assert list(parquet["status"]) == [wanted]

    status = oficio("status", "--workspace", str(workspace))
    assert f"reply status: {label('status', wanted)} 1" in status.stdout  # by its name
    assert "with reviewed labels: 1" in status.stdout

    report_after = table_of_report(workspace, tmp_path / "rep2")
    assert report_before[before["status"]] == "1" and report_before[wanted] == "0"
    assert report_after[wanted] == "1" and report_after[before["status"]] == "0"


def table_of_report(workspace: Path, out: Path) -> dict[str, str]:
    result = oficio("report", "--workspace", str(workspace), "--out", str(out))
    assert result.returncode == 0, result.stderr
    (row,) = table(out / "replies_by_kind.csv")
    return row


def test_reclassify_relabels_the_whole_workspace_on_demand(tmp_path):
    corpus, workspace = tmp_path / "corpus", tmp_path / "ws"
    write_reply(corpus / "mimp.txt", "250,000")
    process(corpus, workspace)
    database = workspace / "oficio.sqlite"
    figures = rows(database, "SELECT * FROM figures")

    nothing = oficio("reclassify", "--workspace", str(workspace))
    assert nothing.returncode == 0, nothing.stderr
    assert "0 replies reclassified" in nothing.stdout

    every = oficio("--lang", "es", "reclassify", "--workspace", str(workspace), "--all")
    assert every.returncode == 0, every.stderr
    assert "1 respuesta reclasificada" in every.stdout
    assert rows(database, "SELECT * FROM figures") == figures  # same text, same facts

    absent = oficio("reclassify", "--workspace", str(tmp_path / "none"))
    assert absent.returncode != 0 and not (tmp_path / "none").exists()


def test_a_stored_reply_is_rebuilt_as_reading_left_it(tmp_path):
    """Relabelling reads the document from the store: every field reading gave comes back
    (text, method, confidence, rotation, tables, marks), and extraction's own warnings are
    dropped, to be added again if they still hold."""
    from oficio.corpus.batch.reading import DocResult
    from oficio.corpus.batch.reclassify import stale_ids, stored_result
    from oficio.corpus.store.database import connect
    from oficio.corpus.store.records import save
    from oficio.extract.read.document import Document, Mark, Page
    from oficio.extract.read.document import Table as PageTable

    pages = [Page(1, "OFICIO N° 12\nS/ 1,200.00", "ocr", 0.87, 0.5, 90, 1.5,
                  tables=[PageTable([["Año", "Monto"], ["2018", "1,200"]], (1.0, 2.0, 3.0, 4.0),
                                    "En soles", "layout")],
                  marks=[Mark("header", 0, 11)]),
             Page(2, "", "none", status="ocr_failed", error="timeout", error_code="E007")]
    document = Document("a" * 64, "scan.pdf", "pdf", pages, "es",
                        ["E017: a line cut", "E305: the figures were not extracted"])
    connection = connect(tmp_path / "oficio.sqlite")
    save(connection, DocResult("a" * 64, "scan.pdf", document=document), run_id=1)

    rebuilt = stored_result(connection, "a" * 64).document
    assert rebuilt.pages == document.pages
    assert (rebuilt.file_type, rebuilt.language) == ("pdf", "es")
    assert rebuilt.warnings == ["E017: a line cut"]
    assert stale_ids(connection, "any model") == ["a" * 64]  # no model labelled it
    connection.close()


def test_which_stored_replies_are_stale(tmp_path):
    """Another pipeline version or model: relabelled. A reply failed in a later stage: only
    for a new pipeline (the same code fails the same way). Failed while read, or read by
    another reading version: never (the next run reads it)."""
    from oficio.corpus.batch.pipeline import PIPELINE_VERSION, READ_VERSION
    from oficio.corpus.batch.reclassify import stale_ids
    from oficio.corpus.store.database import connect

    connection = connect(tmp_path / "oficio.sqlite")
    rows_ = {  # doc_id: (read, pipeline, model, processing_status, stage)
        "current": (READ_VERSION, PIPELINE_VERSION, "m2", "ok", None),
        "old-model": (READ_VERSION, PIPELINE_VERSION, "m1", "ok", None),
        "old-pipeline": (READ_VERSION, "0", "m2", "ok", None),
        "old-reading": ("0", "0", "m1", "ok", None),
        "failed-classify": (READ_VERSION, PIPELINE_VERSION, None, "failed", "classify"),
        "failed-extract-old": (READ_VERSION, "0", None, "failed", "extract"),
        "failed-read": (READ_VERSION, "0", None, "failed", "read"),
    }
    for doc_id, (read, pipeline, model, status, stage) in rows_.items():
        connection.execute(
            "INSERT INTO documents (doc_id, path, read_version, pipeline_version, "
            "model_version, processing_status, stage, processed_at) VALUES (?,?,?,?,?,?,?,?)",
            (doc_id, doc_id, read, pipeline, model, status, stage, "2026-12-06"))
    assert stale_ids(connection, "m2") == ["failed-extract-old", "old-model", "old-pipeline"]
    assert stale_ids(connection, "m2", among={"old-model", "current"}) == ["old-model"]
    assert stale_ids(connection, "m2", everything=True) == [
        "current", "failed-classify", "failed-extract-old", "old-model", "old-pipeline"]
    connection.close()


def test_a_reviewed_sender_is_the_sender_the_tables_show(tmp_path):
    """`your_sender` was stored by `review import`, and nothing an analyst sees changed."""
    corpus, workspace = tmp_path / "corpus", tmp_path / "ws"
    write_reply(corpus / "mimp.txt", "250,000")
    process(corpus, workspace)
    (before,) = table(workspace / "export" / "documents.csv")
    review = tmp_path / "review.csv"
    review.write_text(f"doc_id,your_sender\n{before['doc_id']},Defensoría del Pueblo\n",
                      encoding="utf-8")
    imported = oficio("review", "import", str(review), "--workspace", str(workspace))
    assert imported.returncode == 0, imported.stdout + imported.stderr

    process(corpus, workspace)
    (after,) = table(workspace / "export" / "documents.csv")
    assert (after["sender_id"], after["sender_name"], after["sender_kind"]) == (
        "dp", "Defensoría del Pueblo", "autonomous")
    assert after["read_sender_id"] == before["sender_id"] != "dp"
    assert after["label_source"] == "reviewed" and after["status"] == before["status"]


def test_one_round_process_review_in_excel_import_train_and_relabel(tmp_path):
    """Issue 20's scripted round, as an analyst runs it in Spanish: process, export the
    queue as XLSX, fill it as Excel saves it, import it, see the tables, `status` and the
    report change, train, and see the new model's labels reach the processed replies
    without any file read again (before, a new model's labels reached processed replies
    only through --force, which redid all the OCR)."""
    from openpyxl import load_workbook

    corpus, workspace, bin_dir = tmp_path / "corpus", tmp_path / "ws", tmp_path / "bin"
    write_reply(corpus / "mimp.txt", "250,000")
    shutil.copy(EXAMPLES / "replies" / "06_mpfn_photo.png", corpus / "foto.png")  # OCR
    spanish = {**os.environ, "OFICIO_LANG": "es"}
    first = oficio("process", str(corpus), "--workspace", str(workspace), env=spanish)
    assert first.returncode == 0, first.stdout + first.stderr
    (before,) = [d for d in table(workspace / "export" / "documents.csv")
                 if d["path"] == "mimp.txt"]
    written, wanted = other_status(before["status"])
    report_before = replies_by_kind(workspace, tmp_path / "rep1")

    queue = tmp_path / "cola.xlsx"
    exported = oficio("review", "export", "--workspace", str(workspace), "--out", str(queue),
                      env=spanish)
    assert exported.returncode == 0, exported.stdout + exported.stderr
    book = load_workbook(queue)
    sheet = book["revisión"]
    header = [cell.value for cell in sheet[1]]
    (row,) = [r for r in range(2, sheet.max_row + 1)
              if sheet.cell(r, 1).value == before["doc_id"]]
    sheet.cell(row, header.index("su estado") + 1).value = written
    book.save(queue)
    imported = oficio("review", "import", str(queue), "--workspace", str(workspace),
                      env=spanish)
    assert imported.returncode == 0, imported.stdout + imported.stderr

    again = oficio("process", str(corpus), "--workspace", str(workspace), env=spanish)
    assert again.returncode == 0, again.stdout + again.stderr
    (after,) = [d for d in table(workspace / "export" / "documents.csv")
                if d["path"] == "mimp.txt"]
    assert (after["status"], after["label_source"]) == (wanted, "reviewed")
    status = oficio("status", "--workspace", str(workspace))
    assert "with reviewed labels: 1" in status.stdout
    report_after = replies_by_kind(workspace, tmp_path / "rep2")
    assert report_after[wanted] == report_before[wanted] + 1

    database = workspace / "oficio.sqlite"
    pages = rows(database, "SELECT * FROM pages ORDER BY doc_id, number")
    # the fixture's 120 replies in place of the shipped set: what is checked is where the
    # new model's labels go, not how good it is
    trained = oficio("train", "--workspace", str(workspace), "--activate", "--bundled",
                     str(FIXTURE), env=spanish)
    assert trained.returncode == 0, trained.stdout + trained.stderr
    (new_model,) = (p.name for p in (workspace / "models").iterdir() if p.is_dir())

    bin_dir.mkdir()  # a Tesseract that fails at once: any OCR would leave its mark
    broken = bin_dir / "tesseract"
    broken.write_text(f"#!/bin/sh\ntouch {tmp_path / 'ocr-ran'}\nexit 1\n")
    broken.chmod(0o755)
    env = {**spanish, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    relabelled = oficio("process", str(corpus), "--workspace", str(workspace), env=env)
    assert relabelled.returncode == 0, relabelled.stdout + relabelled.stderr
    assert "0 procesados" in relabelled.stdout
    assert "2 respuestas reclasificadas" in relabelled.stdout
    assert "Tablas (sin cambios)" not in relabelled.stdout
    assert not (tmp_path / "ocr-ran").exists()
    assert rows(database, "SELECT * FROM pages ORDER BY doc_id, number") == pages
    shown = {d["path"]: d for d in table(workspace / "export" / "documents.csv")}
    assert {d["model_version"] for d in shown.values()} == {new_model}
    assert shown["mimp.txt"]["status"] == wanted  # the correction outlives the new model
    assert shown["foto.png"]["label_source"] == "model"

    third = oficio("process", str(corpus), "--workspace", str(workspace), env=env)
    assert "reclasific" not in third.stdout and "2 ya hechos" in third.stdout


def replies_by_kind(workspace: Path, out: Path) -> dict[str, int]:
    """The report's replies of each status, over every kind of institution."""
    result = oficio("report", "--workspace", str(workspace), "--out", str(out))
    assert result.returncode == 0, result.stderr
    rows = table(out / "replies_by_kind.csv")
    return {s: sum(int(r[s]) for r in rows) for s in ("answered", "out_of_period", "missing")}
