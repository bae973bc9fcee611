"""The output tables: the contract's columns, missing rows for unanswered requests, deadlines,
spreadsheet safety, typed Parquet."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from oficio.corpus.batch.run import process_corpus
from oficio.corpus.outputs.export import export_workspace
from oficio.corpus.store.workspace import Workspace
from tests.conftest import EXAMPLES

CONTRACT = {
    "documents": ["doc_id", "path", "pages", "ocr_pages", "language", "sender_id",
                  "sender_name", "sender_acronym", "sender_kind", "reference", "letter_date",
                  "request_id", "period_start", "period_end", "axes", "p_governance",
                  "p_prevention", "p_protection", "p_prosecution", "status",
                  "status_confidence", "deadline_met", "working_days_to_reply",
                  "processing_status", "error", "model_version"],
    "figures": ["doc_id", "kind", "value", "currency", "what", "year", "role", "page", "start",
                "end", "text"],
    "mentions": ["doc_id", "institution_id", "name", "acronym", "kind", "text", "page", "start",
                 "end", "is_sender"],
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    root = tmp_path_factory.mktemp("export")
    corpus = root / "corpus"
    corpus.mkdir()
    for name in ["01_mimp_oficio_native.pdf", "02_gore_cusco_informe_native.pdf",
                 "99_broken.pdf"]:
        shutil.copy(EXAMPLES / "replies" / name, corpus / name)
    shutil.copy(EXAMPLES / "replies" / "12_rree_note.txt", corpus / "=HYPERLINK(1).txt")
    workspace = Workspace.open(root / "ws")
    process_corpus(corpus, workspace, requests=EXAMPLES / "requests.csv")
    out = root / "out"
    export_workspace(workspace, out, ("csv", "parquet"))
    return out


def read(out, name):
    return pd.read_csv(out / f"{name}.csv", encoding="utf-8-sig", dtype=str,
                       keep_default_na=False)


@pytest.mark.parametrize("name", CONTRACT)
def test_contract_columns_in_csv_and_parquet(exported, name):
    raw = (exported / f"{name}.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert list(read(exported, name).columns[:len(CONTRACT[name])]) == CONTRACT[name]
    assert list(pd.read_parquet(exported / f"{name}.parquet").columns[
        :len(CONTRACT[name])]) == CONTRACT[name]


def test_documents_hold_facts_labels_and_deadlines(exported):
    documents = read(exported, "documents").set_index("path")
    mimp = documents.loc["01_mimp_oficio_native.pdf"]
    assert mimp["sender_id"] == "mimp" and mimp["sender_kind"] == "ministry"
    assert mimp["reference"] == "OFICIO N° 0456-2018-MIMP/DGCVG"
    assert mimp["letter_date"] == "2018-08-15"
    assert mimp["request_id"] == "ACT-2018-001"  # the letter cites the team's Carta N° 045
    assert mimp["status"] == "answered"
    # Filed 2018-07-02, answered 2018-08-15: well over 10 working days.
    assert mimp["deadline_met"] == "false" and int(mimp["working_days_to_reply"]) > 10
    assert documents.loc["99_broken.pdf", "processing_status"] == "failed"
    assert "E004" in documents.loc["99_broken.pdf", "error"]


def test_unanswered_requests_become_missing_rows(exported):
    documents = read(exported, "documents")
    missing = documents[documents["doc_id"].str.startswith("request:")]
    assert "request:ACT-2018-006" in set(missing["doc_id"])  # MININTER never answered
    assert set(missing["status"]) == {"missing"}
    assert set(missing["path"]) == {""}


def test_cells_that_look_like_formulas_are_neutralized(exported):
    raw = (exported / "documents.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK(1).txt" in raw
    assert ",=HYPERLINK" not in raw


def test_figures_and_mentions_point_into_page_text(exported):
    figures = read(exported, "figures")
    budget = figures[(figures["kind"] == "money") & (figures["text"] == "S/ 1,030,908.00")]
    assert len(budget) == 1
    assert float(budget.iloc[0]["value"]) == 1030908.0
    assert budget.iloc[0]["role"] == "allocated" and budget.iloc[0]["year"] == "2017"
    mentions = read(exported, "mentions")
    assert "true" in set(mentions[mentions["institution_id"] == "mimp"]["is_sender"])


def test_parquet_types(exported):
    documents = pd.read_parquet(exported / "documents.parquet")
    assert str(documents["pages"].dtype) == "Int64"
    assert str(documents["deadline_met"].dtype) == "boolean"
    assert documents["p_governance"].dtype == "float64"
    figures = pd.read_parquet(exported / "figures.parquet")
    assert figures["value"].dtype == "float64"


def test_an_interrupted_export_is_not_taken_for_a_finished_one(exported, tmp_path):
    from oficio.corpus.outputs.export import is_complete

    assert is_complete(exported) and not list(exported.glob(".partial-*"))
    out = tmp_path / "out"
    shutil.copytree(exported, out)
    # What a kill in the middle of an export leaves: a half-written file, no marker.
    (out / ".partial-mentions.csv").write_text("doc_id,institu", encoding="utf-8")
    (out / ".complete").unlink()
    assert not is_complete(out)
    workspace = Workspace(exported.parent / "ws")
    export_workspace(workspace, out, ("csv",))
    assert is_complete(out) and not list(out.glob(".partial-*"))
    assert read(out, "mentions").equals(read(exported, "mentions"))
