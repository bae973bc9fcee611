"""`oficio report`: the report tables on a small hand-built workspace, their CSV files, the
HTML page (escaping, links to sources), and the page as headless Chromium renders it. The
page is the Spanish one, the default (tests/corpus/outputs/test_report_language.py: its
words, and the English page)."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from oficio.cli.main import app
from oficio.corpus.outputs.report import build, count_group
from oficio.corpus.outputs.spreadsheet import read_csv
from oficio.corpus.store.database import connect

CORPUS = Path("/srv/respuestas")  # the folder the replies were read from
EVIL_PATH = "<script>alert(1)</script>.txt"
EVIL_NAME = "Municipalidad <b>Distrital</b> & \"Co\""
DOCS = [
    # doc_id, path, status, kind, name, axes, request_id, letter_date, processing_status,
    # reference
    ("aaaa", "mx/a.pdf", "answered", "ministry", "Ministerio X", "prevention;protection",
     "R1", "2018-01-05", "ok", "OFICIO N° 1-2018-MX"),
    # the same letter photographed: counted once, with both files as sources
    ("eeee", "mx/a_photo.jpg", "answered", "ministry", "Ministerio X", "prevention;protection",
     "R1", "2018-01-05", "ok", "OFICIO  N° 1-2018-mx"),
    ("cccc", "mx/c.pdf", "answered", "ministry", "Ministerio X", "prevention", "R2",
     "2018-03-01", "ok", "OFICIO N° 2-2018-MX"),
    ("bbbb", EVIL_PATH, "missing", "district_municipality", EVIL_NAME, "", None, None, "ok",
     None),
    ("dddd", "broken.pdf", None, None, None, None, None, None, "failed", None),
]
REQUESTS = [("R1", "2018-01-02"), ("R2", "2018-01-02"), ("R3", "2018-01-02")]
FIGURES = [
    # doc_id, kind, value, currency, what, year, role, page, text
    ("aaaa", "money", 1000.0, "PEN", None, 2017, "allocated", 1, "S/ 1 000"),
    ("aaaa", "money", 750.0, "PEN", None, 2017, "executed", 2, "S/ 750"),
    ("aaaa", "money", 50.0, "USD", None, 2017, "allocated", 2, "US$ 50"),
    ("aaaa", "money", 99.0, "PEN", None, 2017, None, 2, "S/ 99"),
    ("aaaa", "count", 3.0, None, "denuncia", 2017, None, 1, "3 denuncias"),
    ("aaaa", "count", 5.0, None, "víctima", 2017, None, 1, "5 víctimas"),
    ("eeee", "money", 1000.0, "PEN", None, 2017, "allocated", 1, "S/ 1 000"),
    ("eeee", "count", 3.0, None, "denuncia", 2017, None, 1, "3 denuncias"),
    ("cccc", "money", 500.0, "PEN", None, 2017, "allocated", 1, "S/ 500"),
    ("cccc", "count", 2.0, None, "Capacitación", 2017, None, 1, "2 capacitaciones"),
    ("cccc", "count", 4.0, None, "taller", 2017, None, 3, "4 talleres"),
    ("cccc", "count", 1.0, None, "albergue", 2017, None, 3, "1 albergue"),
    ("cccc", "count", 9.0, None, "servidor", 2017, None, 3, "9 servidores"),
]


def _insert(connection) -> None:
    for doc_id, path, status, kind, name, axes, request, letter, processing, ref in DOCS:
        connection.execute(
            "INSERT INTO documents (doc_id, path, processing_status, pipeline_version, "
            "processed_at, sender_kind, sender_name, axes, status, request_id, letter_date, "
            "reference) VALUES (?, ?, ?, 'test', '2018-04-01', ?, ?, ?, ?, ?, ?, ?)",
            (doc_id, path, processing, kind, name, axes, status, request, letter, ref))
    for doc_id, path, *_ in DOCS:  # where the files are: the appendix links to them
        connection.execute(
            "INSERT INTO files (corpus, path, doc_id, size, mtime_ns) VALUES (?, ?, ?, 1, 1)",
            (str(CORPUS), path, doc_id))
    for request_id, filed in REQUESTS:
        connection.execute(
            "INSERT INTO requests (request_id, institution_id, institution, filed_on) "
            "VALUES (?, NULL, ?, ?)", (request_id, "Institución <i>sin</i> respuesta", filed))
    for doc_id, kind, value, currency, what, year, role, page, text in FIGURES:
        connection.execute(
            'INSERT INTO figures (doc_id, kind, value, currency, what, year, role, page, start, '
            '"end", text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 1, ?)',
            (doc_id, kind, value, currency, what, year, role, page, text))


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("ws")
    connection = connect(root / "oficio.sqlite")
    _insert(connection)
    connection.close()
    return root


@pytest.fixture(scope="module")
def tables(workspace):
    connection = connect(workspace / "oficio.sqlite")
    try:
        return {table.name: table for table in build(connection)}
    finally:
        connection.close()


def make_report(workspace: Path, out: Path, *options: str) -> Path:
    """``oficio report`` into ``out``: in Spanish, the default, unless ``options`` say."""
    with pytest.MonkeyPatch.context() as patch:  # the suite's OFICIO_LANG=en, and --lang's
        patch.delenv("OFICIO_LANG", raising=False)
        result = CliRunner().invoke(app, [*options, "report", "--workspace", str(workspace),
                                          "--out", str(out), "--title", "Informe <2018>"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def report_dir(workspace, tmp_path_factory) -> Path:
    return make_report(workspace, tmp_path_factory.mktemp("report"))


def _by_first(table) -> dict:
    return {row[0]: dict(zip(table.header, row, strict=True)) for row in table.values()}


def test_replies_by_kind_and_status(tables):
    rows = _by_first(tables["replies_by_kind"])
    assert rows["ministry"] == {"kind": "ministry", "total": 2, "answered": 2,
                                "out_of_period": 0, "missing": 0, "unclassified": 0,
                                "late": 1}  # R2: filed 2 Jan, answered 1 March
    assert rows["district_municipality"]["missing"] == 1
    # the failed file and request R3 (no reply, no gazetteer id) have no kind
    assert rows["unknown"]["total"] == 2
    assert rows["unknown"]["missing"] == 1 and rows["unknown"]["unclassified"] == 1
    assert rows["unknown"]["late"] == 1  # R3's legal term passed long ago


def test_axis_coverage_counts_processed_replies_only(tables):
    rows = _by_first(tables["axis_coverage"])
    assert set(rows) == {"ministry", "district_municipality"}
    assert rows["ministry"]["replies"] == 2
    assert rows["ministry"]["prevention_pct"] == 100.0
    assert rows["ministry"]["protection_pct"] == 50.0
    assert rows["ministry"]["governance_pct"] == 0.0
    assert rows["district_municipality"]["prevention_pct"] == 0.0


def test_budgets_sum_by_institution_year_and_currency(tables):
    rows = {(r[0], r[1], r[2]): r[3:] for r in tables["budgets"].values()}
    assert rows == {("Ministerio X", "2017", "PEN"): [1500.0, 750.0, 50.0],
                    ("Ministerio X", "2017", "USD"): [50.0, None, None]}
    pen = tables["budgets"].rows[0]
    assert {(s.doc_id, s.page, s.text) for s in pen[3].sources} == {
        ("aaaa", 1, "S/ 1 000"), ("eeee", 1, "S/ 1 000"), ("cccc", 1, "S/ 500")}


def test_copies_of_a_letter_count_once_and_are_all_sources(tables):
    ministry = tables["replies_by_kind"].rows[1]
    assert ministry[0].value == "ministry" and ministry[1].value == 2
    assert {s.path for s in ministry[1].sources} == {"mx/a.pdf", "mx/a_photo.jpg", "mx/c.pdf"}
    complaints = tables["counts"].rows[0][1]
    assert complaints.value == 3.0 and {s.doc_id for s in complaints.sources} == {
        "aaaa", "eeee"}


def test_counts_by_group(tables):
    rows = _by_first(tables["counts"])
    assert rows == {"Ministerio X": {"institution": "Ministerio X", "complaints": 3.0,
                                     "victims": 5.0, "trainings": 6.0, "shelters": 1.0}}


def test_count_groups_ignore_case_and_accents():
    assert count_group("Víctima") == "victims" == count_group("victim")
    assert count_group("CAR") == "shelters"
    assert count_group("servidor") is None and count_group(None) is None


def test_missing_lists_registry_and_classified(tables):
    rows = [(r[0], r[2], r[4]) for r in tables["missing"].values()]
    assert rows == [("Institución <i>sin</i> respuesta", "R3", "registry"),
                    (EVIL_NAME, None, "classified")]


def test_csv_files_have_sources(report_dir):
    header, rows = _csv(report_dir / "budgets.csv")
    assert header[-1] == "sources"
    pen = next(row for row in rows if row["currency"] == "PEN")
    assert set(pen["sources"].split(";")) == {"aaaa:1", "eeee:1", "aaaa:2", "cccc:1"}
    header, rows = _csv(report_dir / "missing.csv")
    assert [row["sources"] for row in rows] == ["request:R3", "bbbb"]


def _csv(path: Path) -> tuple[list[str], list[dict]]:
    header, rows, _ = read_csv(path)
    return header, rows


def test_page_escapes_untrusted_text(report_dir):
    page = (report_dir / "report.html").read_text(encoding="utf-8")
    assert "<script" not in page and "<b>" not in page and "<i>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;.txt" in page
    assert "Municipalidad &lt;b&gt;Distrital&lt;/b&gt; &amp; &quot;Co&quot;" in page
    assert "<title>Informe &lt;2018&gt;</title>" in page
    assert "http://" not in page and "https://" not in page


def test_every_linked_number_has_its_appendix_entry(report_dir):
    dom = _parse((report_dir / "report.html").read_text(encoding="utf-8"))
    targets = {href[1:] for href in dom.links}
    assert targets and targets <= dom.ids


def test_missing_store_is_an_error(tmp_path):
    result = CliRunner().invoke(app, ["report", "--workspace", str(tmp_path / "none"),
                                      "--out", str(tmp_path / "out")])
    assert result.exit_code != 0 and "E206" in result.output


class _Dom(HTMLParser):
    """The tables (cell texts), chart bars and links of a report page."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self.columns: dict[str, list[str]] = {}  # a table's column codes (data-column)
        self.sections: dict[str, list[str]] = {}  # a source entry's text, by its id
        self.files: dict[str, list[str]] = {}  # a source entry's links to files
        self.values = 0  # the numbers written beside the bars
        self.bars: dict[str, list[dict]] = {}
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.tags: set[str] = set()
        self.text: list[str] = []
        self._table = self._chart = self._section = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.add(tag)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if attrs.get("href", "").startswith("#"):
            self.links.append(attrs["href"])
        if tag == "section" and attrs.get("id", "").startswith("src-"):
            self._section = attrs["id"]
            self.sections[self._section], self.files[self._section] = [], []
        if tag == "a" and attrs.get("href", "").startswith("file:") and self._section:
            self.files[self._section].append(attrs["href"])
        if tag == "th" and self._table and "data-column" in attrs:
            self.columns.setdefault(self._table, []).append(attrs["data-column"])
        if tag == "text" and attrs.get("class") == "value":
            self.values += 1
        if tag == "table" and "data-table" in attrs:
            self._table = attrs["data-table"]
            self.tables[self._table] = []
        elif tag == "tr" and self._table:
            self.tables[self._table].append([])
        elif tag in ("td", "th") and self._table:
            self._cell = []
        elif tag == "svg" and "data-table" in attrs:
            self._chart = attrs["data-table"]
        elif tag == "rect" and "bar" in attrs.get("class", "").split():
            self.bars.setdefault(self._chart, []).append(attrs)

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.tables[self._table][-1].append("".join(self._cell).strip())
            self._cell = None
        elif tag == "table":
            self._table = None
        elif tag == "section":
            self._section = None

    def handle_data(self, data):
        self.text.append(data)
        if self._section:
            self.sections[self._section].append(data)
        if self._cell is not None:
            self._cell.append(data)


def _parse(page: str) -> _Dom:
    dom = _Dom()
    dom.feed(page)
    return dom


def _number(text: str) -> float | None:
    """A number as the page writes it: "1,500", "12.5", money as "S/ 1,500.00"."""
    return float(re.sub(r"[^0-9.\-]", "", text.replace("S/", ""))) if text else None


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def rendered(report_dir, tmp_path_factory) -> _Dom:
    if not CHROMIUM:
        pytest.skip("chromium is not installed (Debian: apt-get install chromium)")
    profile = tmp_path_factory.mktemp("chromium-profile")
    page = (report_dir / "report.html").resolve().as_uri()
    result = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", "--disable-component-update", "--no-first-run",
         f"--user-data-dir={profile}", "--dump-dom", page],
        capture_output=True, text=True, timeout=60, check=True)
    return _parse(result.stdout)


NUMERIC = {"replies_by_kind": 1, "axis_coverage": 1, "budgets": 3, "counts": 1}


@pytest.mark.parametrize("name", sorted(NUMERIC))
def test_browser_shows_the_csv_numbers(rendered, report_dir, name):
    header, rows = _csv(report_dir / f"{name}.csv")
    shown = rendered.tables[name]
    assert rendered.columns[name] == header[:-1]  # shown by their names, the CSV's codes
    assert len(shown) - 1 == len(rows)
    for cells, row in zip(shown[1:], rows, strict=True):
        for column, text in zip(header[NUMERIC[name]:-1], cells[NUMERIC[name]:], strict=True):
            expected = row[column]
            assert _number(text) == (float(expected) if expected not in ("", None) else None)


CHARTED = {"replies_by_kind": ("answered", "out_of_period", "missing", "late"),
           "axis_coverage": ("governance_pct", "prevention_pct", "protection_pct",
                             "prosecution_pct"),
           "budgets": ("allocated", "executed"),
           "counts": ("complaints", "victims", "trainings", "shelters")}


@pytest.mark.parametrize("name", sorted(CHARTED))
def test_browser_draws_one_bar_per_row_and_series(rendered, report_dir, name):
    _, rows = _csv(report_dir / f"{name}.csv")
    drawn = rendered.bars[name]
    assert len(drawn) == len(rows) * len(CHARTED[name])
    expected = sorted(float(row[series] or 0) for row in rows for series in CHARTED[name])
    assert sorted(float(bar["data-value"]) for bar in drawn) == expected
    assert all(float(bar["width"]) >= 0 for bar in drawn)


def test_browser_shows_the_evil_file_name_as_text(rendered):
    assert "script" not in rendered.tags and "b" not in rendered.tags
    assert EVIL_PATH in rendered.text and EVIL_NAME in rendered.text


def test_page_reads_well(report_dir, tmp_path):
    """A screenshot renders (look at it with an image viewer when changing the page)."""
    if not CHROMIUM:
        pytest.skip("chromium is not installed (Debian: apt-get install chromium)")
    shot = tmp_path / "report.png"
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", "--disable-component-update", "--no-first-run",
         f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1100,2000",
         f"--screenshot={shot}", (report_dir / "report.html").resolve().as_uri()],
        capture_output=True, timeout=60, check=True)
    assert shot.stat().st_size > 10_000


def test_a_budget_number_links_to_its_figures(report_dir):
    page = (report_dir / "report.html").read_text(encoding="utf-8")
    assert 'href="#src-budgets-0-3"' in page  # PEN row, allocated
    entry = page[page.index('<section id="src-budgets-0-3">'):]
    entry = entry[:entry.index("</section>")]
    assert "asignado = S/\xa01,500.00" in entry  # a no-break space: one line
    for place in ("<code>mx/a.pdf</code></a>, página 1: “S/ 1 000”",
                  "<code>mx/a_photo.jpg</code></a>, página 1: “S/ 1 000”",
                  "<code>mx/c.pdf</code></a>, página 1: “S/ 500”"):
        assert place in entry
    assert f'href="{(CORPUS / "mx/a.pdf").as_uri()}#page=1"' in entry  # opens the page
    assert "S/ 750" not in entry and "S/ 99" not in entry


def test_a_budget_reports_total_rows_are_not_added_to_the_rows_they_sum(tmp_path):
    # A SIAF page: two genéricas, "TOTAL PLIEGO" under them; read, stored and reported as
    # `oficio process` and `oficio report` do.
    from oficio.corpus.batch.reading import DocResult
    from oficio.corpus.batch.stages import extract
    from oficio.corpus.store.records import save
    from oficio.extract.read.loader import load
    from tests.extract.figures.test_table_units import _siaf_like

    result = extract(DocResult("siaf", "siaf.pdf", document=load(_siaf_like(tmp_path / "s.pdf"))))
    connection = connect(tmp_path / "oficio.sqlite")
    save(connection, result, run_id=1)
    budgets = {table.name: table for table in build(connection)}["budgets"]
    connection.close()
    (row,) = budgets.values()
    assert row[1:5] == ["2019", "PEN", 1554500.0, 907345.67]
