"""``oficio browse``: the workspace's store in Datasette, with oficio's own metadata.

Datasette is an optional extra (``pip install 'oficio[browse]'``). It serves on 127.0.0.1
only (the store holds victims' text), reads the store without writing it, and is given a
metadata file that describes the tables and columns (the meanings of docs/output.md, which
a test keeps them equal to), facets the documents by status, axes, kind of institution and
state, and names the pages' search index for the search box.
"""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from oficio.corpus.store.workspace import Workspace
from oficio.errors import BrowseMissingError
from oficio.labels import AXES

DATABASE = "oficio"  # Datasette names a database after its file: oficio.sqlite
FACETS = ["status", "axes", "sender_kind", "state"]

# Meanings of docs/output.md (its backquotes left out), then the store's own columns.
DOCUMENT_COLUMNS = {
    "doc_id": "stable id of the file's content (sha256 hex, or a prefix of it of at least 16 "
              "chars); for a request with no reply, request:<request_id>",
    "path": "the file's path relative to the corpus root (empty for a request with no reply)",
    "pages": "number of pages",
    "ocr_pages": "number of pages whose text came from OCR",
    "language": "es or en (ISO 639-1)",
    "sender_id": "gazetteer id of the institution that wrote the reply",
    "sender_name": "its canonical name; for a sender the gazetteer lacks (sender_id empty), "
                   "its name as the letter writes it",
    "sender_acronym": "its acronym, empty if none",
    "sender_kind": "ministry, autonomous, police, regional_government, "
                   "provincial_municipality, district_municipality, other",
    "reference": "the reply's own reference line, e.g. OFICIO N° 0456-2018-MIMP/DGCVG",
    "letter_date": "ISO date of the reply",
    "request_id": "the request it answers, when matched to the request registry",
    "period_start": "the requested period (ISO dates), when known",
    "period_end": "the requested period (ISO dates), when known",
    # The store holds the model's labels; the exported tables put an analyst's reviewed
    # label in their place (oficio.corpus.store.effective_labels), so these two say whose they are.
    "axes": "the model's axes, ;-separated, from governance;prevention;protection;"
            "prosecution (the exported tables show the reviewed ones where an analyst "
            "corrected them)",
    **{f"p_{axis}": "probability of each axis"
       for axis in AXES},
    "status": "the model's status: answered, out_of_period or missing (the exported tables "
              "show the reviewed one where an analyst corrected it)",
    "status_confidence": "probability of the predicted status",
    "processing_status": "ok or failed",
    "error": "for a failed file: the error class and a one-line message naming the file and "
             "what to do",
    "model_version": "the classifier version that labelled it",
    "state": "current (a file in its folder holds this content), superseded (the file was "
             "edited) or removed (the file is no longer in its folder)",
    "file_type": "pdf, png, jpeg, tiff, docx, xlsx, odt, ods, txt",
    "error_code": "the code of a failed file's error (E004...): docs/errors.md",
    "stage": "the stage a failed file stopped at: read, extract, classify",
    "warnings": "the document's warnings, each starting with its code (JSON list)",
    "evidence": "the passages the labels were given for (JSON)",
    "missing_kind": "why a missing reply is missing: off_topic, or empty",
}
PAGE_COLUMNS = {
    "doc_id": "the document (documents.doc_id)",
    "number": "1-based page number",
    "method": "where the text came from: text (the PDF's own text), ocr, none",
    "confidence": "OCR pages: Tesseract's mean word confidence, 0 to 1",
    "status": "ok, ocr_timeout, ocr_failed",
    "text": "the page's text (searchable: the box above; accents optional)",
    "tables": "the page's tables, as rows of cells (JSON)",
}
FIGURE_COLUMNS = {
    "kind": "money, count or percent",
    "value": 'the normalized number (float; 2500000.0 for "S/ 2.5 millones")',
    "currency": "PEN or USD for money, empty otherwise",
    "what": "for a count, the counted noun in its base form (denuncia, víctima, servidor); "
            "empty otherwise",
    "year": "the year the figure refers to, when the text says it",
    "role": "for money: allocated, executed or empty",
    "page": "1-based page number",
    "start": "character offsets in that page's text",
    "end": "character offsets in that page's text",
    "text": "the surface string as it appears in the text",
}
MENTION_COLUMNS = {
    "institution_id": "gazetteer id",
    "name": "canonical name, acronym, kind from the gazetteer",
    "acronym": "canonical name, acronym, kind from the gazetteer",
    "kind": "canonical name, acronym, kind from the gazetteer",
    "text": "the surface string",
    "page": "where it is",
    "start": "where it is",
    "end": "where it is",
    "is_sender": "true for the mentions that identify the sender",
}


def metadata() -> dict[str, Any]:
    """Datasette's metadata for a workspace store (Datasette 0.65's metadata.json)."""
    tables = {
        "documents": {
            "description": "One row per reply read, and per request with no reply. "
                           "Without state = current: history (docs/output.md).",
            "columns": DOCUMENT_COLUMNS, "facets": FACETS,
        },
        "pages": {
            "description": "The text of every page; the search box finds words in it "
                           "(oficio search does the same from the terminal).",
            "columns": PAGE_COLUMNS, "fts_table": "pages_fts", "fts_pk": "rowid",
        },
        "figures": {"description": "One row per extracted figure.",
                    "columns": {"doc_id": "as above", **FIGURE_COLUMNS}, "facets": ["kind"]},
        "mentions": {"description": "One row per institution mention.",
                     "columns": {"doc_id": "as above", **MENTION_COLUMNS},
                     "facets": ["kind"]},
        "requests": {"description": "The request registry (docs/requests.md)."},
        "runs": {"description": "Each run of oficio process."},
        "files": {"description": "Each file of a processed folder, and its content's doc_id."},
    }
    return {
        "title": "oficio",
        "description": "Respuestas a solicitudes de acceso a la información sobre trata de "
                       "personas / Replies to access-to-information requests on trafficking "
                       "in persons. Read only.",
        "databases": {DATABASE: {"tables": tables}},
    }


def available() -> bool:
    return importlib.util.find_spec("datasette") is not None


def command(ws: Workspace, metadata_path: Path, port: int) -> list[str]:
    """Datasette's command line for ``ws``. Datasette opens the store read-only (mode=ro),
    so it shows what a running batch stores; a workspace whose folder cannot be written is
    opened immutable, as SQLite could not share it otherwise (connect_to_read does the
    same). No download of the whole store: it holds victims' text."""
    opened = [str(ws.database)] if os.access(ws.root, os.W_OK) else ["-i", str(ws.database)]
    return [sys.executable, "-m", "datasette", "serve", *opened,
            "--metadata", str(metadata_path), "--host", "127.0.0.1", "--port", str(port),
            "--setting", "allow_download", "off"]


def serve(ws: Workspace, port: int) -> int:
    """Run Datasette on ``ws`` until it stops (Ctrl-C, or a SIGTERM to this process); its
    exit code. BrowseMissingError (E312) when Datasette is not installed."""
    if not available():
        raise BrowseMissingError()
    with tempfile.TemporaryDirectory(prefix="oficio-browse-") as folder:  # mode 700
        metadata_path = Path(folder) / "metadata.json"
        metadata_path.write_text(json.dumps(metadata(), ensure_ascii=False), encoding="utf-8")
        child = subprocess.Popen(command(ws, metadata_path, port))
        # a SIGTERM stops Datasette too, instead of leaving it serving the store
        previous = signal.signal(signal.SIGTERM, lambda *_: child.terminate())
        try:
            return child.wait()
        except KeyboardInterrupt:  # Ctrl-C reached Datasette too (same process group)
            return child.wait()
        finally:
            signal.signal(signal.SIGTERM, previous)
            if child.poll() is None:
                child.terminate()
                child.wait()
