"""The annual-report tables of a workspace, every number with the documents it came from.

Five tables, built from the output tables of ``oficio.corpus.outputs.export.collect``:

1. ``replies_by_kind``: replies by institution kind and status, plus late replies;
2. ``axis_coverage``: the share of the replies of each kind that carry each PNAT axis;
3. ``budgets``: money allocated and executed by institution, year and currency;
4. ``counts``: complaints, victims, trainings and shelters counted by institution;
5. ``missing``: the institutions that did not answer.

Each number is a ``Cell`` holding its value and its ``Source`` list (document, page and
figure text, and the file's ``file:`` URI), so the CSV gets a ``sources`` column and the
HTML page links every number to the passages behind it. The tables hold the contract's
codes (``answered``, ``district_municipality``); titles and notes are English message ids
the page translates (``oficio.i18n``). See docs/report.md.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from oficio.corpus.outputs.export import AXES, DOCUMENT_COLUMNS, FIGURE_COLUMNS, collect
from oficio.corpus.outputs.spreadsheet import write_csv
from oficio.corpus.review.review_row import Place, link, places_by_doc
from oficio.i18n import N_
from oficio.labels import STATUSES
from oficio.textfold import fold_key

UNKNOWN_KIND = "unknown"
UNIDENTIFIED = N_("(sender not identified)")  # in the CSV as is; the page translates it
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
    uri: str = ""  # the file (file: URI, #page=N for a PDF page); empty when not on disk

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
    note_args: dict[str, object] = field(default_factory=dict)  # the note's {fields}

    def values(self) -> list[list[object]]:
        return [[cell.value for cell in row] for row in self.rows]


def build(connection: sqlite3.Connection) -> list[ReportTable]:
    """The five report tables of the workspace store behind ``connection``."""
    tables = {table.name: table for table in collect(connection)}
    documents = [dict(zip(DOCUMENT_COLUMNS, row, strict=True))
                 for row in tables["documents"].rows]
    figures = [dict(zip(FIGURE_COLUMNS, row, strict=True)) for row in tables["figures"].rows]
    found = letters(documents)
    distinct = letter_figures(found, figures)
    tables = [replies_by_kind(found), axis_coverage(found), budgets(distinct),
              counts(distinct), missing(found)]
    return locate(tables, places_by_doc(connection))


def locate(tables: list[ReportTable], found: dict[str, list[Place]]) -> list[ReportTable]:
    """Give each source the ``file:`` URI of its file (at the page of a figure): the
    page's appendix links every number to the file it came from."""
    for table in tables:
        for row in table.rows:
            for cell in row:
                cell.sources = [_located(source, found.get(source.doc_id, []))
                                for source in cell.sources]
    return tables


def _located(source: Source, held: list[Place]) -> Source:
    place = next((p for p in held if p.shown == source.path), held[0] if held else None)
    return replace(source, uri=link(place, source.page)) if place else source


@dataclass
class Letter:
    """One reply letter and the files that hold it (the same letter scanned, photographed
    or sent twice): the same sender and reference line. The first copy speaks for it."""

    copies: list[dict]

    @property
    def doc(self) -> dict:
        return self.copies[0]

    def sources(self) -> list[Source]:
        return [_doc_source(copy) for copy in self.copies]


def _letter_key(doc: dict) -> tuple[str, ...]:
    sender = doc.get("sender_id") or doc.get("sender_name")
    if doc.get("path") and sender and doc.get("reference"):
        return ("letter", sender, " ".join(doc["reference"].split()).casefold())
    return ("file", doc["doc_id"])


def letters(documents: list[dict]) -> list[Letter]:
    """The documents grouped into letters; a processed copy comes first, then by path."""
    groups: dict[tuple[str, ...], list[dict]] = {}
    for doc in documents:
        groups.setdefault(_letter_key(doc), []).append(doc)
    return [Letter(sorted(copies, key=lambda d: (d.get("processing_status") != "ok",
                                                 d.get("path") or "", d["doc_id"])))
            for copies in groups.values()]


@dataclass
class Figure:
    """A figure of a letter, counted once however many copies of the letter show it."""

    letter: Letter
    row: dict
    sources: list[Source]


def _figure_key(figure: dict) -> tuple:
    return tuple(figure[name] for name in ("kind", "value", "currency", "what", "year", "role"))


def letter_figures(found: list[Letter], figures: list[dict]) -> list[Figure]:
    """Each letter's figures: a figure its copies repeat counts once (as often as the copy
    that shows it most often), its sources being every copy's occurrence."""
    by_doc: dict[str, list[dict]] = {}
    for figure in figures:
        by_doc.setdefault(figure["doc_id"], []).append(figure)
    distinct = []
    for letter in found:
        slots: dict[tuple, list[list[Source]]] = {}
        for copy in letter.copies:
            seen: dict[tuple, int] = {}
            for figure in by_doc.get(copy["doc_id"], []):
                key = _figure_key(figure)
                index = seen[key] = seen.get(key, -1) + 1
                occurrences = slots.setdefault(key, [])
                if index == len(occurrences):
                    occurrences.append([])
                    distinct.append(Figure(letter, figure, occurrences[index]))
                occurrences[index].append(_figure_source(figure, copy))
    return distinct


def _kind(doc: dict) -> str:
    return doc.get("sender_kind") or UNKNOWN_KIND


def _institution(doc: dict) -> str:
    return doc.get("sender_name") or UNIDENTIFIED


def _doc_source(doc: dict) -> Source:
    return Source(doc["doc_id"], doc.get("path") or "")


def _figure_source(figure: dict, doc: dict) -> Source:
    return Source(figure["doc_id"], doc.get("path") or "", figure["page"], figure["text"] or "")


def _count_cell(found: Iterable[Letter]) -> Cell:
    chosen = list(found)
    return Cell(len(chosen), [source for letter in chosen for source in letter.sources()])


def _is_reply(letter: Letter) -> bool:
    """A processed reply (not a registry request with no reply, not a failed file)."""
    return bool(letter.doc.get("path")) and letter.doc.get("processing_status") == "ok"


def replies_by_kind(found: list[Letter]) -> ReportTable:
    rows = []
    for kind in sorted({_kind(letter.doc) for letter in found}):
        group = [letter for letter in found if _kind(letter.doc) == kind]
        row = [Cell(kind), _count_cell(group)]
        row += [_count_cell(x for x in group if x.doc.get("status") == s) for s in STATUSES]
        row.append(_count_cell(x for x in group if x.doc.get("status") not in STATUSES))
        row.append(_count_cell(x for x in group if x.doc.get("deadline_met") is False))
        rows.append(row)
    return ReportTable(
        "replies_by_kind", N_("Replies by institution kind and status"),
        ["kind", "total", *STATUSES, "unclassified", "late"], rows,
        N_("One row per reply letter (its copies in several files count once), plus one per "
           "registry request with no reply (status missing). The column \u201cunclassified\u201d "
           "counts the files that failed to process; \u201clate\u201d, the replies sent after "
           "their legal term and the requests unanswered past it. Lateness is not a status: "
           "late rows are also counted in a status column."))


def axis_coverage(found: list[Letter]) -> ReportTable:
    replies = [letter for letter in found if _is_reply(letter)]
    rows = []
    for kind in sorted({_kind(letter.doc) for letter in replies}):
        group = [letter for letter in replies if _kind(letter.doc) == kind]
        row = [Cell(kind), _count_cell(group)]
        for axis in AXES:
            carrying = [x for x in group if axis in (x.doc.get("axes") or "").split(";")]
            share = round(100 * len(carrying) / len(group), 1)
            row.append(Cell(share, _count_cell(carrying).sources))
        rows.append(row)
    return ReportTable(
        "axis_coverage", N_("Coverage of each PNAT axis by institution kind (% of replies)"),
        ["kind", "replies", *(f"{axis}_pct" for axis in AXES)], rows,
        N_("Percent of the processed reply letters of each kind whose predicted axes include "
           "the axis (a reply can carry several axes). Requests with no reply are not "
           "counted."))


def _money_key(figure: Figure) -> tuple[str, str, str]:
    year = "" if figure.row["year"] is None else str(figure.row["year"])
    return _institution(figure.letter.doc), year, figure.row["currency"] or ""


def without_parts(figures: list[Figure]) -> list[Figure]:
    """The money figures to add up: where a letter's table column (same role, year and
    currency) has a total row, its total only, else its subtotals only, else every row;
    a budget report's "TOTAL PLIEGO" would otherwise be added to the rows it sums."""
    # imported here: table units import spaCy, which the review queue and every command
    # that imports this module for its letters would otherwise load at its start
    from oficio.extract.figures.table_labels import total_level

    columns: dict[tuple, list[Figure]] = {}
    kept: list[Figure] = []
    for figure in figures:
        row = figure.row
        if not row.get("row_label"):
            kept.append(figure)
            continue
        key = (id(figure.letter), row["role"], row.get("column_header"), row["year"],
               row["currency"])
        columns.setdefault(key, []).append(figure)
    for column in columns.values():
        top = max(total_level(f.row["row_label"]) for f in column)
        kept += [f for f in column if total_level(f.row["row_label"]) == top]
    return kept


def budgets(figures: list[Figure]) -> ReportTable:
    groups: dict[tuple[str, str, str], dict[str, list[Figure]]] = {}
    for figure in without_parts(figures):
        row = figure.row
        if row["kind"] != "money" or row["role"] not in ROLES or row["value"] is None:
            continue
        group = groups.setdefault(_money_key(figure), {role: [] for role in ROLES})
        group[row["role"]].append(figure)
    rows = []
    for (institution, year, currency), group in sorted(groups.items()):
        allocated, executed = (_sum_cell(group[role]) for role in ROLES)
        rate = (round(100 * executed.value / allocated.value, 1)
                if allocated.value and executed.sources else None)
        rows.append([Cell(institution), Cell(year), Cell(currency), allocated, executed,
                     Cell(rate, allocated.sources + executed.sources if rate is not None
                          else [])])
    return ReportTable(
        "budgets", N_("Budgets by institution and year"),
        ["institution", "year", "currency", "allocated", "executed", "execution_rate_pct"],
        rows,
        N_("Sum of the money figures with role allocated or executed, by sender, the year the "
           "text gives (empty when it gives none) and currency (PEN and USD are never added "
           "together); a figure repeated by copies of the same letter counts once, and of a "
           "table column with a total row only the total counts (else its subtotals). "
           "Execution rate = executed / allocated x 100, empty when either is missing."))


def _sum_cell(figures: list[Figure]) -> Cell:
    if not figures:
        return Cell(None)
    return Cell(round(sum(figure.row["value"] for figure in figures), 2),
                [source for figure in figures for source in figure.sources])


def count_group(what: str | None) -> str | None:
    """The report group (``complaints``...) of a count's ``what`` lemma, or None."""
    if not what:
        return None
    key = fold_key(what)
    return next((group for group, lemmas in COUNT_GROUPS.items() if key in lemmas), None)


def counts(figures: list[Figure]) -> ReportTable:
    groups: dict[str, dict[str, list[Figure]]] = {}
    for figure in figures:
        row = figure.row
        group = count_group(row["what"]) if row["kind"] == "count" else None
        if group is None or row["value"] is None:
            continue
        per_group = groups.setdefault(_institution(figure.letter.doc),
                                      {name: [] for name in COUNT_GROUPS})
        per_group[group].append(figure)
    rows = []
    for institution, per_group in sorted(groups.items()):
        cells = [_sum_cell(per_group[name]) for name in COUNT_GROUPS]
        rows.append([Cell(institution)] + [Cell(0) if c.value is None else c for c in cells])
    return ReportTable(
        "counts", N_("Main counts by institution"), ["institution", *COUNT_GROUPS], rows,
        N_("Sum of the count figures whose counted noun is in each group: {groups} (compared "
           "without case or accents); a figure repeated by copies of the same letter counts "
           "once."), {"groups": COUNT_GROUPS})


def missing(found: list[Letter]) -> ReportTable:
    rows = []
    for letter in found:
        doc = letter.doc
        if doc.get("status") != "missing":
            continue
        origin = "classified" if doc.get("path") else "registry"
        rows.append([Cell(_institution(doc)), Cell(_kind(doc)), Cell(doc.get("request_id")),
                     Cell(doc.get("filed_on")), Cell(origin, letter.sources())])
    rows.sort(key=lambda row: (str(row[0].value), str(row[2].value)))
    return ReportTable(
        "missing", N_("Institutions that did not answer"),
        ["institution", "kind", "request_id", "filed_on", "origin"], rows,
        N_("registry: a request in the registry with no reply on file; classified: a reply "
           "letter classified as missing (it does not give the information asked for)."))


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
