"""Full-text search (issue 21, item 3): the store's index kept in step by the batch,
``oficio search`` on a workspace that the real ``oficio process`` made from plain-text
replies, and ``oficio browse`` (Datasette) on it, looked at in headless Chromium."""

from __future__ import annotations

import json
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from io import StringIO
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from oficio.cli.main import app
from oficio.corpus.batch.reading import DocResult
from oficio.corpus.outputs.browse import DOCUMENT_COLUMNS, metadata
from oficio.corpus.store import database as store
from oficio.corpus.store.database import connect, connect_to_read
from oficio.corpus.store.records import save
from oficio.corpus.store.search import Hit, search
from oficio.errors import BrowseMissingError
from oficio.extract.read.loader import load
from oficio.labels import SPANISH_NAMES
from tests.conftest import ROOT
from tests.integration.test_reliability import oficio, rows

HEADER = """{sender}

Lima, 12 de marzo de 2019

OFICIO N° {reference}

Asunto: Solicitud de acceso a la información pública

"""
REPLIES = {
    # four times "explotación laboral" on its second page: the best hit, though its name
    # sorts after the other's
    "respuesta_mimp.txt": HEADER.format(
        sender="MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES",
        reference="0456-2019-MIMP/DGCVG")
    + "Durante 2018 los Centros de Atención Residencial acogieron a 35 víctimas de trata de "
      "personas, que recibieron atención psicológica, legal y social.\n\f"
      "En 2018 se atendieron 12 casos de explotación laboral de adolescentes en la minería "
      "ilegal. La explotación laboral en talleres textiles y la explotación laboral doméstica "
      "siguen siendo las formas de explotación laboral más frecuentes.\n\fAtentamente,\n",
    # once, among other words: a lesser hit
    "pnp.txt": HEADER.format(sender="POLICÍA NACIONAL DEL PERÚ\nDIRECCIÓN CONTRA LA TRATA DE "
                                    "PERSONAS Y TRÁFICO ILÍCITO DE MIGRANTES",
                             reference="123-2019-DIRNIC-PNP/DIRCTPTIM")
    + "En 2018 se registraron 210 denuncias por trata de personas, de las cuales la mayoría "
      "corresponde a explotación sexual y una parte menor a explotación laboral en la "
      "agricultura. Se realizaron 45 operativos policiales.\n\fAtentamente,\n",
    "gore.txt": HEADER.format(sender="GOBIERNO REGIONAL DEL CUSCO",
                              reference="077-2019-GR CUSCO/GRDS")
    + "La Gerencia Regional de Desarrollo Social realizó en 2018 campañas de sensibilización "
      "y prevención de la trata de personas en 14 instituciones educativas.\n\f"
      "Participaron 2300 estudiantes y docentes.\n\fAtentamente,\n",
    # deleted from the folder after the first run: history, found only when asked for
    "gone.txt": HEADER.format(sender="MINISTERIO DEL INTERIOR", reference="999-2019-IN")
    + "Se informa sobre la trata de personas con fines de mendicidad forzada en 2018.\n",
}


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("search")
    corpus, ws = root / "replies", root / "ws"
    corpus.mkdir()
    for name, text in REPLIES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    for _ in range(2):  # the second run finds gone.txt gone
        result = oficio("process", str(corpus), "--workspace", str(ws))
        assert result.returncode == 0, result.stdout + result.stderr
        (corpus / "gone.txt").unlink(missing_ok=True)
    return ws


def found(ws: Path, *args: str) -> list[dict]:
    """The hits of ``oficio search ARGS --json``, run in this process (a subprocess costs
    1.5 s of start-up; the tests of messages and exit codes run the real command)."""
    result = CliRunner().invoke(app, ["search", *args, "--workspace", str(ws), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_hits_are_ranked_by_bm25_the_page_that_says_it_most_first(workspace):
    hits = found(workspace, "explotación laboral")
    assert [(hit["path"], hit["page"]) for hit in hits] == [("respuesta_mimp.txt", 2),
                                                            ("pnp.txt", 1)]
    assert hits[0]["score"] < hits[1]["score"] < 0  # bm25: lower is better


def test_accents_and_case_are_optional(workspace):
    assert found(workspace, "EXPLOTACION laboral") == found(workspace, "explotación laboral")


def test_the_snippet_shows_the_words_found_between_brackets(workspace):
    hit = found(workspace, "explotacion laboral")[1]
    assert "una parte menor a [explotación] [laboral] en la agricultura" in hit["snippet"]
    assert "\x02" not in hit["snippet"] and "\n" not in hit["snippet"]
    table = oficio("--lang", "es", "search", "explotacion laboral", "--workspace", str(workspace))
    assert table.returncode == 0
    assert "1. respuesta_mimp.txt, p. 2 — Ministerio de la Mujer" in table.stdout
    assert "2. pnp.txt, p. 1" in table.stdout and "2 páginas" in table.stdout
    ((status, axes),) = rows(workspace / "oficio.sqlite", "SELECT status, axes FROM "
                             "documents WHERE path = 'respuesta_mimp.txt'")
    first = table.stdout.splitlines()[0]  # the labels in Spanish
    assert first.endswith(f"— {SPANISH_NAMES['status'][status]}; "
                          + ", ".join(SPANISH_NAMES["axes"][axis] for axis in axes.split(";")))
    english = oficio("search", "explotacion laboral", "--workspace", str(workspace))
    assert "2 pages" in english.stdout  # --lang en, as the suite runs (tests/conftest.py)
    assert "[explotación] [laboral] de adolescentes" in table.stdout  # not a terminal


def test_on_a_terminal_the_words_found_are_coloured_not_bracketed(monkeypatch):
    from oficio.cli import search as cli_search

    monkeypatch.setattr(cli_search, "out", Console(file=StringIO(), force_terminal=True))
    hit = Hit("d", "a.txt", 1, -1.0, "la \x02explotación\x03 laboral", None, None, None)
    text = cli_search._snippet(hit)
    assert text.plain == "   la explotación laboral"
    (span,) = text.spans
    assert text.plain[span.start:span.end] == "explotación"
    assert span.style == cli_search.HIGHLIGHT


def _paths(hits: list[dict]) -> set[str]:
    return {hit["path"] for hit in hits}


def test_filters_by_institution_axis_and_status(workspace):
    labels = {path: (status, axes) for path, status, axes in rows(
        workspace / "oficio.sqlite", "SELECT path, status, axes FROM documents "
        "WHERE state = 'current'")}
    assert _paths(found(workspace, "trata")) == {"respuesta_mimp.txt", "pnp.txt",
                                                 "gore.txt"}
    assert _paths(found(workspace, "trata", "--institution", "mimp")) == {
        "respuesta_mimp.txt"}
    for cusco in ("regional del cusco", "gore:08", "gore"):
        assert _paths(found(workspace, "trata", "--institution", cusco)) == {"gore.txt"}
    for spanish, code in (("Protección", "protection"), ("prevencion", "prevention"),
                          ("persecución", "prosecution"), ("gobernanza", "governance")):
        expected = {path for path, (_, axes) in labels.items() if code in axes.split(";")}
        assert _paths(found(workspace, "trata", "--axis", spanish)) == expected
        assert _paths(found(workspace, "trata", "--axis", code)) == expected
    for spanish, code in (("respondida", "answered"), ("sin información", "missing"),
                          ("fuera de periodo", "out_of_period")):
        expected = {path for path, (status, _) in labels.items() if status == code}
        assert _paths(found(workspace, "trata", "--status", spanish)) == expected
    assert {status for status, _ in labels.values()} & {"answered", "missing"}  # not vacuous


def test_no_hit_says_so_in_the_language(workspace):
    assert found(workspace, "narcotráfico") == []
    assert found(workspace, "explotación laboral", "--institution", "cusco") == []
    result = oficio("--lang", "es", "search", "narcotráfico", "--workspace", str(workspace))
    assert result.returncode == 0
    assert result.stdout.strip() == "Sin resultados para «narcotráfico»."
    result = oficio("--lang", "en", "search", "narcotráfico", "--workspace", str(workspace))
    assert result.stdout.strip() == "No results for «narcotráfico»."


def test_limit_and_removed_documents(workspace):
    assert len(found(workspace, "trata", "--limit", "1")) == 1
    assert found(workspace, "mendicidad") == []
    (hit,) = found(workspace, "mendicidad", "--include-removed")
    assert (hit["path"], hit["state"]) == ("gone.txt", "removed")


@pytest.mark.parametrize("query", ['"explotación laboral', "trata-de-personas", "AND trata",
                                   "D.S. 017"])
def test_a_query_sqlite_cannot_read_is_error_e210_not_a_traceback(workspace, query):
    result = oficio("--lang", "es", "search", query, "--workspace", str(workspace))
    assert result.returncode == 2
    assert "[E211] la búsqueda no se puede leer" in result.stderr
    assert "Traceback" not in result.stderr and not result.stdout


def test_an_unknown_axis_or_status_is_a_usage_error(workspace):
    for option in ("--axis", "--status"):
        result = oficio("search", "trata", option, "salud", "--workspace", str(workspace))
        assert result.returncode == 2 and "salud" in result.stderr


# The index kept in step by the store, without the command line


def _saved(tmp_path: Path, connection: sqlite3.Connection, text: str) -> None:
    reply = tmp_path / "reply.txt"
    reply.write_text(text, encoding="utf-8")
    save(connection, DocResult("doc1", "reply.txt", document=load(reply)), run_id=1)


def _indexed(connection: sqlite3.Connection, query: str) -> list[tuple[str, int]]:
    return [(hit.path, hit.page) for hit in search(connection, query)]


def test_a_document_saved_again_or_deleted_leaves_the_index(tmp_path):
    connection = connect(tmp_path / "oficio.sqlite")
    _saved(tmp_path, connection, "Casos de explotación laboral.\fOtra página.")
    assert _indexed(connection, "explotacion") == [("reply.txt", 1)]
    _saved(tmp_path, connection, "Primera página.\fCasos de mendicidad forzada.")
    assert _indexed(connection, "explotacion") == []
    assert _indexed(connection, "mendicidad") == [("reply.txt", 2)]
    with store.transaction(connection):
        connection.execute("DELETE FROM documents WHERE doc_id = 'doc1'")
    assert _indexed(connection, "mendicidad") == []
    # FTS5 compares its index with the pages: nothing stale is left in it
    connection.execute("INSERT INTO pages_fts (pages_fts, rank) VALUES ('integrity-check', 1)")
    connection.close()


def test_a_workspace_from_before_the_index_is_searchable(tmp_path, monkeypatch):
    database = tmp_path / "oficio.sqlite"
    with monkeypatch.context() as patch:
        patch.setattr(store, "MIGRATIONS", store.MIGRATIONS[:6])
        old = connect(database)
        old.execute("INSERT INTO documents (doc_id, path, processing_status, pipeline_version, "
                    "processed_at) VALUES ('doc1', 'reply.txt', 'ok', '4', '2026-01-01')")
        old.execute("INSERT INTO pages (doc_id, number, text) VALUES ('doc1', 1, "
                    "'Casos de explotación laboral.')")
        old.close()
    copy = tmp_path / "copy.sqlite"
    shutil.copy(database, copy)
    reading = connect_to_read(copy)  # only read: not migrated, searched all the same
    assert store.schema_version(reading) == 6
    assert _indexed(reading, "explotacion") == [("reply.txt", 1)]
    assert _indexed(reading, "laboral") == [("reply.txt", 1)]  # its index is made once
    reading.close()
    migrated = connect(database)  # the migration indexes the pages already stored
    assert store.schema_version(migrated) == len(store.MIGRATIONS)
    assert rows(database, "SELECT rowid FROM pages_fts WHERE pages_fts MATCH 'explotacion'")
    assert _indexed(migrated, "explotacion") == [("reply.txt", 1)]
    migrated.close()


# oficio browse: Datasette on the workspace, looked at in a real browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _meanings() -> dict[tuple[str, str], str]:
    """docs/output.md's meaning of each column of documents, figures and mentions."""
    text = (ROOT / "docs" / "output.md").read_text(encoding="utf-8")
    meanings = {}
    for section in text.split("\n## ")[1:4]:
        table = section.split(".csv", 1)[0]
        for names, meaning in re.findall(r"^\| ([a-z_, ]+) \| (.+) \|$", section, re.M):
            for name in names.split(", "):
                if name != "column":
                    meanings[(table, name)] = meaning.replace("`", "")
    return meanings


MODEL_LABELS = {("documents", "status"), ("documents", "axes")}


def test_datasette_metadata_gives_the_meanings_of_output_md():
    tables = metadata()["databases"]["oficio"]["tables"]
    store_columns = {table: {row[1] for row in rows_of(table)} for table in tables}
    described = 0
    for (table, column), meaning in _meanings().items():
        if (table, column) in MODEL_LABELS:  # the store's are the model's, not the tables'
            assert "model's" in tables[table]["columns"][column], (table, column)
        elif column in store_columns[table]:
            assert tables[table]["columns"][column] == meaning, (table, column)
            described += 1
    assert described >= 40
    for table, info in tables.items():  # every description names a column of the store
        assert set(info.get("columns", {})) <= store_columns[table], table


def rows_of(table: str) -> list[tuple]:
    connection = sqlite3.connect(":memory:")
    for script in store.MIGRATIONS:
        for statement in store.statements(script):
            connection.execute(statement)
    return connection.execute(f"PRAGMA table_info({table})").fetchall()


def test_browse_without_datasette_is_e312(monkeypatch, workspace):
    from oficio.corpus.outputs import browse

    monkeypatch.setattr(browse, "available", lambda: False)
    result = CliRunner().invoke(app, ["browse", "--workspace", str(workspace)])
    assert isinstance(result.exception, BrowseMissingError)
    assert "pip install 'oficio[browse]'" in str(result.exception)
    assert result.stdout == ""  # no address of a server that will not start


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def datasette(workspace):
    """``oficio browse`` running on the workspace; its address."""
    pytest.importorskip("datasette", reason="pip install 'oficio[browse]'")
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "oficio", "browse", "--workspace",
                               str(workspace), "--port", str(port)], cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    address = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(f"{address}/-/versions.json", timeout=2).close()
                break
            except OSError:
                assert server.poll() is None, "oficio browse ended"
                time.sleep(0.5)
        yield address
    finally:
        server.terminate()  # oficio browse stops its Datasette
        server.wait(timeout=30)


def _dom(address: str, tmp_path: Path) -> str:
    if not CHROMIUM:
        pytest.skip("chromium is not installed (Debian: apt-get install chromium)")
    result = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", "--disable-component-update", "--no-first-run",
         f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", address],
        capture_output=True, text=True, timeout=60, check=True)
    return result.stdout


def test_datasette_serves_oficios_metadata(datasette):
    with urllib.request.urlopen(f"{datasette}/-/metadata.json", timeout=10) as response:
        served = json.load(response)
    assert served == json.loads(json.dumps(metadata()))
    with urllib.request.urlopen(f"{datasette}/-/settings.json", timeout=10) as response:
        assert json.load(response)["allow_download"] is False


def test_the_browser_shows_the_documents_facets(datasette, tmp_path):
    page = _dom(f"{datasette}/oficio/documents", tmp_path)
    for column in ("status", "axes", "sender_kind", "state"):
        assert f'id="facet-{column}"' in page, column
    facet = page[page.index('id="facet-sender_kind"'):]
    assert "regional_government" in facet[:facet.index("</ul>")]
    assert DOCUMENT_COLUMNS["sender_kind"] in page  # a column's meaning, on the page


def test_the_browsers_search_box_finds_pages(datasette, tmp_path):
    form = _dom(f"{datasette}/oficio/pages", tmp_path)
    assert 'name="_search"' in form  # the box, which submits ?_search=...
    page = _dom(f"{datasette}/oficio/pages?_search=explotacion+laboral", tmp_path)
    assert "2 rows" in page and "where search matches" in page
    assert page.count("explotación laboral") >= 2
    assert "Atentamente" not in page  # the other pages are not shown
