"""The review queue: one row per reply letter, the most valuable to correct first.

A letter is the report's (``oficio.corpus.outputs.report.letters``: the same sender and reference
line, whatever files hold it); its first copy speaks for it, and the row lists the files of the
other copies, so that a letter scanned, photographed and sent again is checked once.

Order: the documents judged off topic first (the model never read them, and a reply that
is on topic but called off topic has lost all its labels), then by the value of a
correction, ``uncertainty × weight``, highest first.

- ``uncertainty`` is ``1 − margin``. The margin of a reply is the smaller of its status
  margin (``2 * confidence - 1``) and its axis margin (``2 * |p - 0.5|`` of the axis
  closest to 0.5): 0 is a coin toss, 1 certainty. A reply judged off topic counts as
  wholly uncertain (1): the model never read it, so its confidence says nothing. A reply
  whose signals disagree (see ``disagreements``) counts as at least
  ``DISAGREEMENT_UNCERTAINTY``: there the margin alone hides the error.
- ``weight`` is ``1 + log2(1 + F)``, F the reply's money and count figures: every letter
  feeds the report's reply and axis tables (the 1); one with figures feeds the budget and
  count tables too, the more figures the more, with diminishing returns so that one long
  table does not push every other reply down.

Ties (values equal to two decimals): more disagreements first, then by doc id.
"""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from oficio.corpus.batch.reconcile import CURRENT
from oficio.corpus.outputs.report import letters
from oficio.corpus.outputs.spreadsheet import column_key, write_csv, write_xlsx
from oficio.corpus.review.review_row import (
    figures_of,
    link,
    places,
    short_text,
    top_evidence,
    top_figures,
)
from oficio.i18n import N_, _, catalog, label, languages, pgettext
from oficio.labels import AXES, MISSING_KINDS, STATUSES

SHEET, INSTRUCTIONS_SHEET = "review", "instructions"  # their names: pgettext(SHEET_NAME, ...)
# The catalogs' contexts of the queue's column and sheet names. A column's code (below) is
# its English name, which import always accepts; each catalog names it in its language
# (Spanish: "su estado" for your_status), and import accepts those names too.
COLUMN_NAME, SHEET_NAME = "queue column", "sheet"
GUIDE = "docs/es/guia-de-etiquetado.md"  # the labeling guide the instructions point to
# What the analyst fills comes right after what identifies the row, so that it is in
# view without scrolling; what helps decide follows.
ID_COLUMNS = ["doc_id", "file"]
EDIT_COLUMNS = ["your_status", "your_axes", "your_missing_kind", "your_sender", "comment"]
HEADER = (
    ID_COLUMNS
    + EDIT_COLUMNS
    + ["link", "evidence", "status", "missing_kind", "axes", "sender", "reference", "date",
       "amounts", "counts", "copies", "value", "status_confidence"]
    + [f"p_{axis}" for axis in AXES]
    + ["sender_id", "copy_ids"]
)  # fmt: skip
HIGH_AXIS = 0.7
DISAGREEMENT_UNCERTAINTY = 0.5
# what an XLSX link cell shows (the URI is its target)
LINK_TEXT, PAGE_LINK_TEXT = N_("open"), N_("open p. {page}")


def column_name(code: str) -> str:
    """The name a queue column is shown by, in the current language."""
    return pgettext(COLUMN_NAME, code)


def column_codes() -> dict[str, str]:
    """Every accepted name of a queue column (as ``column_key``, in every language) -> its
    code: a queue written in one language imports in any."""
    names = {column_key(code): code for code in HEADER}
    for lang in languages():
        names.update((column_key(catalog(lang).pgettext(COLUMN_NAME, code)), code)
                     for code in HEADER)
    return names


@dataclass
class QueueFilter:
    """Which replies go into the queue (None: any)."""

    limit: int | None = None
    kind: str | None = None  # the sender's gazetteer kind
    status: str | None = None  # the predicted status
    axis: str | None = None  # a predicted axis
    run_id: int | None = None  # the run that processed the reply

    def passes(self, doc: dict[str, Any]) -> bool:
        return ((not self.kind or doc["sender_kind"] == self.kind)
                and (not self.status or doc["status"] == self.status)
                and (not self.axis or self.axis in split_axes(doc["axes"]))
                and (self.run_id is None or doc["run_id"] == self.run_id))  # fmt: skip


@dataclass
class QueueItem:
    """One letter of the queue, with what orders it."""

    row: dict[str, Any]
    margin: float
    disagreements: list[str] = field(default_factory=list)
    weight: float = 1.0
    off_topic: bool = False
    page: int | None = None  # the page of the evidence shown, which the link opens

    @property
    def uncertainty(self) -> float:
        if self.off_topic:
            return 1.0
        floor = DISAGREEMENT_UNCERTAINTY if self.disagreements else 0.0
        return max(1.0 - self.margin, floor)

    @property
    def value(self) -> float:
        """What correcting this row is worth: uncertainty × weight (module docstring)."""
        return self.uncertainty * self.weight

    @property
    def sort_key(self) -> tuple[bool, float, int, str]:
        return (not self.off_topic, -round(self.value, 2), -len(self.disagreements),
                self.row["doc_id"])


def weight(figure_count: int) -> float:
    """How much of the report a reply feeds: 1, plus more for each money or count figure."""
    return 1.0 + math.log2(1 + figure_count)


def margin(doc: sqlite3.Row | dict[str, Any]) -> float:
    """How sure the model is of its weakest label: 0 (a coin toss) to 1 (certain)."""
    values = []
    if doc["status_confidence"] is not None:
        values.append(max(0.0, 2 * doc["status_confidence"] - 1))
    values += [2 * abs(doc[f"p_{axis}"] - 0.5) for axis in AXES if doc[f"p_{axis}"] is not None]
    return min(values) if values else 0.0


def disagreements(doc: sqlite3.Row | dict[str, Any], figure_count: int) -> list[str]:
    """Where the axis and status signals of a reply contradict each other."""
    axes = split_axes(doc["axes"])
    high = [a for a in AXES if (doc[f"p_{a}"] or 0.0) >= HIGH_AXIS]
    found = []
    if doc["status"] is None:
        found.append("no status predicted")
    if doc["status"] == "missing" and high and figure_count:
        found.append("missing, but high axis probabilities and figures")
    if doc["status"] == "missing" and axes:
        found.append("missing, but axes predicted")
    if doc["status"] == "answered" and not axes:
        found.append("answered, but no axis")
    return found


def split_axes(text: str | None) -> list[str]:
    return [a for a in (text or "").split(";") if a]


def queue(connection: sqlite3.Connection, chosen: QueueFilter, redact: bool = True
          ) -> list[QueueItem]:  # fmt: skip
    """The letters whose first copy passes ``chosen``, most valuable to correct first."""
    items = []
    for letter in letters(_documents(connection)):
        if chosen.passes(letter.doc):
            items.append(_item(connection, letter.copies, redact))
    items.sort(key=lambda item: item.sort_key)
    return items[: chosen.limit] if chosen.limit is not None else items


def _documents(connection: sqlite3.Connection) -> list[dict[str, Any]]:
    # only current replies: one no longer in its folder (edited or deleted) is not checked
    return [dict(row) for row in connection.execute(
        "SELECT * FROM documents WHERE processing_status = 'ok' "
        f"AND state = '{CURRENT}' ORDER BY doc_id")]  # fmt: skip


def _item(connection: sqlite3.Connection, copies: list[dict[str, Any]], redact: bool
          ) -> QueueItem:  # fmt: skip
    doc = copies[0]
    figures = figures_of(connection, doc["doc_id"])
    counted = [f for f in figures if f["kind"] in ("money", "count") and f["value"] is not None]
    found = [place for copy in copies for place in places(connection, copy["doc_id"])]
    evidence = top_evidence(doc)
    page = evidence.get("page") if evidence else None
    row: dict[str, Any] = {
        "doc_id": doc["doc_id"],
        "file": found[0].shown if found else doc["path"],
        "link": link(found[0] if found else None, page),
        "evidence": short_text(str(evidence.get("text", "")), redact) if evidence else "",
        # the model's labels by their names, as the analyst types them back
        "status": label("status", doc["status"]),
        "missing_kind": label("missing_kind", doc["missing_kind"]),
        "axes": "; ".join(label("axes", axis) for axis in split_axes(doc["axes"])),
        "sender": doc["sender_name"],
        "reference": doc["reference"],
        "date": doc["letter_date"],
        "amounts": top_figures(figures, "money"),
        "counts": top_figures(figures, "count"),
        "copies": "; ".join(place.shown for place in found[1:]),
        "status_confidence": doc["status_confidence"],
        "sender_id": doc["sender_id"],
        "copy_ids": "; ".join(copy["doc_id"] for copy in copies[1:]),
    }
    for axis in AXES:
        row[f"p_{axis}"] = doc[f"p_{axis}"]
    item = QueueItem(row, margin(doc), disagreements(doc, len(figures)), weight(len(counted)),
                     doc["missing_kind"] == "off_topic", page)  # fmt: skip
    row["value"] = round(item.value, 2)
    return item


def write_queue(items: list[QueueItem], out: Path, fmt: str = "csv") -> int:
    """Write the queue as CSV or XLSX, its columns named in the current language; return
    the row count. The workbook has the instructions on a second sheet, dropdowns (the
    labels' names first, codes too: import takes both) and real hyperlink cells."""
    header = [column_name(code) for code in HEADER]
    rows = [[item.row.get(column) for column in HEADER] for item in items]
    if fmt != "xlsx":
        return write_csv(out, header, rows)
    sheet = pgettext(SHEET_NAME, SHEET)
    status = [label("status", s) for s in STATUSES]
    kinds = [label("missing_kind", kind) for kind in MISSING_KINDS]
    write_xlsx(out, {sheet: (header, rows),
                     pgettext(SHEET_NAME, INSTRUCTIONS_SHEET): (
                         [_("How to fill this queue")], [[line] for line in instructions()])},
               dropdowns={(sheet, column_name("your_status")): _choices(status, STATUSES),
                          (sheet, column_name("your_missing_kind")): _choices(kinds,
                                                                               MISSING_KINDS)},
               )  # fmt: skip
    _add_links(out, sheet, items)
    return len(rows)


def _choices(names: list[str], codes: tuple[str, ...]) -> list[str]:
    """A dropdown's values: the names, then the codes (once: an English name may be one)."""
    return list(dict.fromkeys([*names, *codes]))


def instructions() -> list[str]:
    """The lines of the instructions sheet, in the current language."""
    names = {code: column_name(code) for code in HEADER}

    def values(field: str, codes: tuple[str, ...]) -> str:
        return ", ".join(label(field, code) for code in codes)

    return [
        _("One row per reply letter, the most valuable to correct first."),
        _("Fill in {status}, {axes}, {kind} or {sender} only where the model is wrong; an "
          "empty cell keeps the model's label.").format(
            status=names["your_status"], axes=names["your_axes"],
            kind=names["your_missing_kind"], sender=names["your_sender"]),
        _("{column}: {values}.").format(column=names["your_status"],
                                        values=values("status", STATUSES)),
        _("{column}: one or more of {values}, separated by ';'; {none} for a reply on no "
          "axis.").format(column=names["your_axes"], values=values("axes", AXES),
                          none=_("none")),
        _("{column}: why a reply gives no information: {values}.").format(
            column=names["your_missing_kind"], values=values("missing_kind", MISSING_KINDS)),
        _("{column}: the sender's gazetteer id, name or acronym.").format(
            column=names["your_sender"]),
        _("{link} opens the file at the page of the evidence; {copies} lists the other "
          "files of the same letter, which get the same labels.").format(
            link=names["link"], copies=names["copies"]),
        _("Labeling guide: {guide}").format(guide=GUIDE),
        _("Then run: oficio review import FILE"),
    ]


def _add_links(out: Path, sheet_name: str, items: list[QueueItem]) -> None:
    """Make each link cell a hyperlink (``write_xlsx`` writes values only)."""
    from openpyxl import load_workbook

    with open(out, "rb") as handle:  # a handle: openpyxl refuses a name not ending .xlsx
        book = load_workbook(handle)
    sheet = book[sheet_name]
    column = HEADER.index("link") + 1
    for number, item in enumerate(items, start=2):
        target = item.row["link"]
        if not target:
            continue
        cell = sheet.cell(row=number, column=column)
        cell.value = _(PAGE_LINK_TEXT).format(page=item.page) if "#page=" in target \
            else _(LINK_TEXT)
        cell.hyperlink = target
        cell.style = "Hyperlink"
    book.save(out)
