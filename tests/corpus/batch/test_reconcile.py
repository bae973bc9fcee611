"""The workspace follows its folder (issue 23): a path maps to its latest content, and a file
gone from the folder leaves the tables. Real files, a real store and the real ``oficio``
command in a subprocess."""

from __future__ import annotations

import csv
import os
import shutil
from pathlib import Path

from tests.conftest import EXAMPLES
from tests.integration.test_reliability import oficio, rows

MIMP = """MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES

Lima, 12 de marzo de 2019

OFICIO N° 0456-2019-MIMP/DGCVG

Señora
María Quispe

Asunto: Solicitud de acceso a la información pública

Tengo el agrado de dirigirme a usted en atención a su solicitud sobre la trata de personas.
El presupuesto asignado en 2018 a la prevención de la trata de personas fue de S/ {amount}.
Durante 2018 se registraron 40 denuncias por trata de personas.

Atentamente,
"""


def write_reply(path: Path, amount: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(MIMP.format(amount=amount), encoding="utf-8")


def table(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def process(corpus: Path, workspace: Path) -> str:
    result = oficio("process", str(corpus), "--workspace", str(workspace))
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def money(export: Path) -> list[float]:
    return sorted(float(f["value"]) for f in table(export / "figures.csv")
                  if f["kind"] == "money")


def test_an_edited_reply_counts_once_with_its_new_value(tmp_path):
    """The same path with new content was kept twice: the report's budget said 510,000
    for 260,000. The old content stays in the store, marked superseded."""
    corpus, workspace = tmp_path / "corpus", tmp_path / "ws"
    reply = corpus / "mimp.txt"
    write_reply(reply, "250,000")
    process(corpus, workspace)

    write_reply(reply, "260,000")  # same size: only the modification time tells
    stat = reply.stat()
    os.utime(reply, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    summary = process(corpus, workspace)

    export = workspace / "export"
    assert money(export) == [260000.0]
    assert [d["path"] for d in table(export / "documents.csv")] == ["mimp.txt"]
    report = oficio("report", "--workspace", str(workspace), "--out", str(tmp_path / "rep"))
    assert report.returncode == 0, report.stderr
    budgets = table(tmp_path / "rep" / "budgets.csv")
    assert [float(b["allocated"]) for b in budgets] == [260000.0]
    queue = oficio("review", "export", "--workspace", str(workspace),
                   "--out", str(tmp_path / "queue.csv"))
    assert queue.returncode == 0, queue.stderr
    assert len(table(tmp_path / "queue.csv")) == 1
    # the old content is history, not lost: its row and figures are still in the store
    database = workspace / "oficio.sqlite"
    assert sorted(r[0] for r in rows(database, "SELECT state FROM documents")) == [
        "current", "superseded"]
    assert rows(database, "SELECT COUNT(*) FROM figures WHERE kind = 'money'") == [(2,)]
    assert "1 file changed (its new version was read)" in summary  # English: the suite's
    assert "1 processed" in summary
    status = oficio("status", "--workspace", str(workspace))
    assert "1 superseded, 0 removed" in status.stdout
    assert "files changed 1, removed 0" in status.stdout


def test_a_deleted_reply_leaves_the_tables_and_the_report_unless_asked_for(tmp_path):
    """A deleted reply stayed in every table; now it is marked removed and shown only by
    ``oficio export --include-removed``."""
    corpus, workspace = tmp_path / "corpus", tmp_path / "ws"
    write_reply(corpus / "mimp.txt", "250,000")
    shutil.copy(EXAMPLES / "replies" / "12_rree_note.txt", corpus / "rree.txt")
    process(corpus, workspace)
    assert money(workspace / "export") == [15000.0, 250000.0]

    (corpus / "mimp.txt").unlink()
    summary = process(corpus, workspace)

    export = workspace / "export"
    assert [d["path"] for d in table(export / "documents.csv")] == ["rree.txt"]
    assert money(export) == [15000.0]
    report = oficio("report", "--workspace", str(workspace), "--out", str(tmp_path / "rep"))
    assert report.returncode == 0, report.stderr
    budgets = table(tmp_path / "rep" / "budgets.csv")
    assert [b["currency"] for b in budgets] == ["USD"]

    everything = tmp_path / "everything"
    shown = oficio("export", "--workspace", str(workspace), "--out", str(everything),
                   "--include-removed")
    assert shown.returncode == 0, shown.stderr
    states = {d["path"]: d["state"] for d in table(everything / "documents.csv")}
    assert states == {"mimp.txt": "removed", "rree.txt": "current"}
    assert money(everything) == [15000.0, 250000.0]
    assert "1 file is no longer in the folder" in summary
    assert "mimp.txt" in summary
    status = oficio("status", "--workspace", str(workspace))
    assert "0 superseded, 1 removed" in status.stdout


def test_a_restored_file_is_current_again_without_being_read_again(tmp_path):
    corpus, workspace, aside = tmp_path / "corpus", tmp_path / "ws", tmp_path / "aside"
    write_reply(corpus / "sub" / "mimp.txt", "250,000")
    shutil.copy(EXAMPLES / "replies" / "12_rree_note.txt", corpus / "rree.txt")
    process(corpus, workspace)
    aside.mkdir()
    shutil.move(corpus / "sub" / "mimp.txt", aside / "mimp.txt")
    process(corpus, workspace)
    assert money(workspace / "export") == [15000.0]

    shutil.move(aside / "mimp.txt", corpus / "sub" / "mimp.txt")
    summary = process(corpus, workspace)
    documents = table(workspace / "export" / "documents.csv")
    assert {d["path"]: d["state"] for d in documents} == {"sub/mimp.txt": "current",
                                                          "rree.txt": "current"}
    assert money(workspace / "export") == [15000.0, 250000.0]
    assert "0 processed" in summary and "2 already done" in summary
    assert "1 file is back in the folder" in summary


def test_a_content_still_at_another_path_stays_when_one_copy_is_deleted(tmp_path):
    """The same reply at two paths is one document; deleting one copy keeps it, shown at
    the path that is left."""
    corpus, workspace = tmp_path / "corpus", tmp_path / "ws"
    write_reply(corpus / "a" / "mimp.txt", "250,000")
    (corpus / "b").mkdir()
    shutil.copy(corpus / "a" / "mimp.txt", corpus / "b" / "copia.txt")
    process(corpus, workspace)
    (documents,) = table(workspace / "export" / "documents.csv")
    assert (documents["path"], documents["also_at"]) == ("a/mimp.txt", "b/copia.txt")

    (corpus / "a" / "mimp.txt").unlink()
    summary = process(corpus, workspace)
    (documents,) = table(workspace / "export" / "documents.csv")
    assert (documents["path"], documents["also_at"]) == ("b/copia.txt", "")
    assert documents["state"] == "current"
    assert money(workspace / "export") == [250000.0]
    assert "1 file is gone from its path (its content is still at another)" in summary


def test_processing_another_folder_leaves_the_first_ones_files_alone(tmp_path):
    """A workspace can hold several folders: a run on one compares only its own files."""
    first, second, workspace = tmp_path / "first", tmp_path / "second", tmp_path / "ws"
    write_reply(first / "mimp.txt", "250,000")
    second.mkdir()
    shutil.copy(EXAMPLES / "replies" / "12_rree_note.txt", second / "rree.txt")
    process(first, workspace)
    summary = process(second, workspace)
    assert "removed" not in summary and "no longer in the folder" not in summary
    assert sorted(d["path"] for d in table(workspace / "export" / "documents.csv")) == [
        "mimp.txt", "rree.txt"]
    assert money(workspace / "export") == [15000.0, 250000.0]
