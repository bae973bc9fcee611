"""The annual-report tables of a workspace, every number with the documents it came from.

Five tables, built from the output tables of ``corpus.export.collect``:

1. ``replies_by_kind``: replies by institution kind and status, plus late replies;
2. ``axis_coverage``: the share of the replies of each kind that carry each PNAT axis;
3. ``budgets``: money allocated and executed by institution, year and currency;
4. ``counts``: complaints, victims, trainings and shelters counted by institution;
5. ``missing``: the institutions that did not answer.

Each number is a ``Cell`` holding its value and its ``Source`` list (document, page and
figure text), so the CSV gets a ``sources`` column and the HTML page links every number
to the passages behind it. See docs/report.md.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from corpus.export import AXES, DOCUMENT_COLUMNS, FIGURE_COLUMNS, collect
from corpus.spreadsheet import write_csv

STATUSES = ("answered", "out_of_period", "missing")
UNKNOWN_KIND = "unknown"
UNIDENTIFIED = "(sender not identified)"
ROLES = ("allocated", "executed")
# What a count counts (its `what` lemma, compared without case or accents) -> report group.
COUNT_GROUPS: dict[str, tuple[str, ...]] = {
    "complaints": ("denuncia", "denuncias"),
    "victims": ("victima", "victimas", "victim", "victims"),
    "trainings": ("capacitacion", "capacitaciones", "taller", "talleres", "training",
                  "trainings", "workshop", "workshops"),
    "shelters": ("albergue", "albergues", "car", "hogar", "hogares", "shelter", "shelters"),
}


@dataclass(frozen=True)
class Source:
    """Where a number came from: a document (and, for a figure, its page and text)."""

    doc_id: str
    path: str
    page: int | None = None
    text: str = ""

    def key(self) -> str:
        return self.doc_id if self.page is None else f"{self.doc_id}:{self.page}"


@dataclass
class Cell:
    value: object
    sources: list[Source] = field(default_factory=list)


@dataclass
class ReportTable:
    name: str
    title: str
    header: list[str]
    rows: list[list[Cell]]
    note: str = ""

    def values(self) -> list[list[object]]:
        return [[cell.value for cell in row] for row in self.rows]


def build(connection: sqlite3.Connection) -> list[ReportTable]:
    """The five report tables of the workspace store behind ``connection``."""
    tables = {table.name: table for table in collect(connection)}
    documents = [dict(zip(DOCUMENT_COLUMNS, row)) for row in tables["documents"].rows]
    figures = [dict(zip(FIGURE_COLUMNS, row)) for row in tables["figures"].rows]
    by_id = {doc["doc_id"]: doc for doc in documents}
    return [
        replies_by_kind(documents), axis_coverage(documents), budgets(figures, by_id),
        counts(figures, by_id), missing(documents),
    ]


def _kind(doc: dict) -> str:
    return doc.get("sender_kind") or UNKNOWN_KIND


def _institution(doc: dict) -> str:
    return doc.get("sender_name") or UNIDENTIFIED


def _doc_source(doc: dict) -> Source:
    return Source(doc["doc_id"], doc.get("path") or "")


def _figure_source(figure: dict, doc: dict) -> Source:
    return Source(figure["doc_id"], doc.get("path") or "", figure["page"], figure["text"] or "")


def _count_cell(docs: Iterable[dict]) -> Cell:
    sources = [_doc_source(doc) for doc in docs]
    return Cell(len(sources), sources)


def _is_reply(doc: dict) -> bool:
    """A processed reply file (not a registry request with no reply, not a failed file)."""
    return bool(doc.get("path")) and doc.get("processing_status") == "ok"


def replies_by_kind(documents: list[dict]) -> ReportTable:
    rows = []
    for kind in sorted({_kind(doc) for doc in documents}):
        docs = [doc for doc in documents if _kind(doc) == kind]
        row = [Cell(kind), _count_cell(docs)]
        row += [_count_cell(d for d in docs if d.get("status") == s) for s in STATUSES]
        row.append(_count_cell(d for d in docs if d.get("status") not in STATUSES))
        row.append(_count_cell(d for d in docs if d.get("deadline_met") is False))
        rows.append(row)
    return ReportTable(
        "replies_by_kind", "Replies by institution kind and status",
        ["kind", "total", *STATUSES, "unclassified", "late"], rows,
        "One row per reply file, plus one per registry request with no reply (status "
        "missing). unclassified: files that failed to process. late: deadline_met is false "
        "(a reply after its legal term, or a request unanswered past it); lateness is not a "
        "status, so late rows are also counted in a status column.")


def axis_coverage(documents: list[dict]) -> ReportTable:
    replies = [doc for doc in documents if _is_reply(doc)]
    rows = []
    for kind in sorted({_kind(doc) for doc in replies}):
        docs = [doc for doc in replies if _kind(doc) == kind]
        row = [Cell(kind), _count_cell(docs)]
        for axis in AXES:
            carrying = [d for d in docs if axis in (d.get("axes") or "").split(";")]
            share = round(100 * len(carrying) / len(docs), 1)
            row.append(Cell(share, [_doc_source(d) for d in carrying]))
        rows.append(row)
    return ReportTable(
        "axis_coverage", "Coverage of each PNAT axis by institution kind (% of replies)",
        ["kind", "replies", *(f"{axis}_pct" for axis in AXES)], rows,
        "Percent of the processed replies of each kind whose predicted axes include the axis "
        "(a reply can carry several axes). Requests with no reply are not counted.")


def _money_key(figure: dict, doc: dict) -> tuple[str, str, str]:
    year = "" if figure["year"] is None else str(figure["year"])
    return _institution(doc), year, figure["currency"] or ""


def budgets(figures: list[dict], documents: dict[str, dict]) -> ReportTable:
    groups: dict[tuple[str, str, str], dict[str, list[tuple[float, Source]]]] = {}
    for figure in figures:
        if figure["kind"] != "money" or figure["role"] not in ROLES or figure["value"] is None:
            continue
        doc = documents.get(figure["doc_id"], {})
        group = groups.setdefault(_money_key(figure, doc), {role: [] for role in ROLES})
        group[figure["role"]].append((figure["value"], _figure_source(figure, doc)))
    rows = []
    for (institution, year, currency), group in sorted(groups.items()):
        allocated, executed = (_sum_cell(group[role]) for role in ROLES)
        rate = (round(100 * executed.value / allocated.value, 1)
                if allocated.value and executed.sources else None)
        rows.append([Cell(institution), Cell(year), Cell(currency), allocated, executed,
                     Cell(rate, allocated.sources + executed.sources if rate is not None
                          else [])])
    return ReportTable(
        "budgets", "Budgets by institution and year", ["institution", "year", "currency",
                                                        "allocated", "executed",
                                                        "execution_rate_pct"], rows,
        "Sum of the money figures with role allocated or executed, by sender, the year the "
        "text gives (empty when it gives none) and currency (PEN and USD are never added "
        "together). execution_rate_pct = executed / allocated x 100, empty when either is "
        "missing.")


def _sum_cell(items: list[tuple[float, Source]]) -> Cell:
    if not items:
        return Cell(None)
    return Cell(round(sum(value for value, _ in items), 2), [source for _, source in items])


def count_group(what: str | None) -> str | None:
    """The report group (``complaints``...) of a count's ``what`` lemma, or None."""
    if not what:
        return None
    key = "".join(c for c in unicodedata.normalize("NFKD", what.casefold().strip())
                  if not unicodedata.combining(c))
    return next((group for group, lemmas in COUNT_GROUPS.items() if key in lemmas), None)


def counts(figures: list[dict], documents: dict[str, dict]) -> ReportTable:
    groups: dict[str, dict[str, list[tuple[float, Source]]]] = {}
    for figure in figures:
        group = count_group(figure["what"]) if figure["kind"] == "count" else None
        if group is None or figure["value"] is None:
            continue
        doc = documents.get(figure["doc_id"], {})
        per_group = groups.setdefault(_institution(doc), {name: [] for name in COUNT_GROUPS})
        per_group[group].append((figure["value"], _figure_source(figure, doc)))
    rows = []
    for institution, per_group in sorted(groups.items()):
        row = [Cell(institution)]
        for name in COUNT_GROUPS:
            cell = _sum_cell(per_group[name])
            row.append(Cell(0, []) if cell.value is None else cell)
        rows.append(row)
    return ReportTable(
        "counts", "Main counts by institution", ["institution", *COUNT_GROUPS], rows,
        "Sum of the count figures whose counted noun (what) is in each group: "
        + "; ".join(f"{name}: {', '.join(lemmas)}" for name, lemmas in COUNT_GROUPS.items())
        + " (compared without case or accents).")


def missing(documents: list[dict]) -> ReportTable:
    rows = []
    for doc in documents:
        if doc.get("status") != "missing":
            continue
        origin = "classified" if doc.get("path") else "registry"
        rows.append([Cell(_institution(doc)), Cell(_kind(doc)), Cell(doc.get("request_id")),
                     Cell(doc.get("filed_on")), Cell(origin, [_doc_source(doc)])])
    rows.sort(key=lambda row: (str(row[0].value), str(row[2].value)))
    return ReportTable(
        "missing", "Institutions that did not answer",
        ["institution", "kind", "request_id", "filed_on", "origin"], rows,
        "registry: a request in the registry with no reply on file; classified: a reply "
        "file classified as missing (it does not give the information asked for).")


def csv_rows(table: ReportTable) -> tuple[list[str], list[list[object]]]:
    """The table's header and rows with a final ``sources`` column (``doc_id:page;...``)."""
    rows = []
    for row in table.rows:
        keys = dict.fromkeys(source.key() for cell in row for source in cell.sources)
        rows.append([cell.value for cell in row] + [";".join(keys)])
    return [*table.header, "sources"], rows


def write_tables(tables: list[ReportTable], out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for table in tables:
        written.append(out / f"{table.name}.csv")
        write_csv(written[-1], *csv_rows(table))
    return written
