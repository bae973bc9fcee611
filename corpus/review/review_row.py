"""What one row of the review queue shows: the link to the file and page, the short
evidence, the largest figures and the other files of the same letter.

Everything here leaves the workspace in a spreadsheet, so passages are redacted
(``oficio.corpus.outputs.redact``) before they are cut: a cut first could split a DNI or a name so
that the redaction no longer recognizes it. File paths are shown as the analyst named them and
nothing is added to them.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from oficio.corpus.batch.reconcile import CURRENT
from oficio.corpus.outputs.redact import redact as redact_text

EVIDENCE_CHARS = 120
TOP_FIGURES = 3
ELLIPSIS = "…"


@dataclass(frozen=True)
class Place:
    """Where a document's content is now: an absolute path, and the path as the analyst
    sees it (relative to the corpus folder)."""

    absolute: Path
    shown: str


def places(connection: sqlite3.Connection, doc_id: str) -> list[Place]:
    """The current files holding ``doc_id``'s content, by folder and path."""
    rows = connection.execute(
        f"SELECT corpus, path FROM files WHERE doc_id = ? AND state = '{CURRENT}' "
        "ORDER BY corpus, path", (doc_id,)).fetchall()  # fmt: skip
    return [Place(Path(corpus) / path, path) for corpus, path in rows]


def places_by_doc(connection: sqlite3.Connection) -> dict[str, list[Place]]:
    """``places`` of every document at once (the report locates all its sources)."""
    found: dict[str, list[Place]] = {}
    for corpus, path, doc_id in connection.execute(
            f"SELECT corpus, path, doc_id FROM files WHERE state = '{CURRENT}' "
            "ORDER BY corpus, path"):  # fmt: skip
        found.setdefault(doc_id, []).append(Place(Path(corpus) / path, path))
    return found


def link(place: Place | None, page: int | None) -> str:
    """A ``file:`` URI of the file, with ``#page=N`` for a PDF (which PDF viewers follow;
    another kind of file would take the anchor for a bookmark it does not have)."""
    if place is None:
        return ""
    uri = place.absolute.as_uri()
    if page and place.absolute.suffix.lower() == ".pdf":
        uri += f"#page={page}"
    return uri


def top_evidence(doc: sqlite3.Row) -> dict[str, Any] | None:
    """The first statement that decides the status (``oficio.models.statements``), where the
    model names one; else the best-scoring passage behind the predicted status or a
    predicted axis (the status's first when scores tie); any passage when none has one."""
    evidence = json.loads(doc["evidence"] or "[]")
    statements = [item for item in evidence if str(item.get("label")).startswith("statement:")]
    if statements:
        return statements[0]
    wanted = [f"status:{doc['status']}", *(a for a in (doc["axes"] or "").split(";") if a)]
    chosen = [item for item in evidence if item.get("label") in wanted] or evidence
    if not chosen:
        return None
    rank = {label: index for index, label in enumerate(wanted)}
    return max(chosen, key=lambda item: (item.get("score") or 0.0,
                                         -rank.get(item.get("label"), len(wanted))))


def short_text(text: str, redact: bool, limit: int = EVIDENCE_CHARS) -> str:
    """``text`` redacted, on one line, cut at a word to at most ``limit`` characters."""
    # redact first: line breaks tell names apart, and a cut could split what it masks
    line = " ".join((redact_text(text) if redact else text).split())
    if len(line) <= limit:
        return line
    cut = line[: limit - len(ELLIPSIS)]
    if " " in cut[limit // 2:]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip() + ELLIPSIS


def top_figures(figures: Sequence[sqlite3.Row], kind: str) -> str:
    """The largest figures of one kind as short text: ``PEN 1,250,000 (2018); ...``."""
    chosen = sorted((f for f in figures if f["kind"] == kind and f["value"] is not None),
                    key=lambda f: -f["value"])[:TOP_FIGURES]  # fmt: skip
    return "; ".join(_figure_text(f) for f in chosen)


def _figure_text(figure: sqlite3.Row) -> str:
    value = figure["value"]
    number = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    parts = [f"{figure['currency']} {number}" if figure["currency"] else number]
    if figure["what"]:
        parts.append(str(figure["what"]))
    if figure["year"]:
        parts.append(f"({figure['year']})")
    return " ".join(parts)


def figures_of(connection: sqlite3.Connection, doc_id: str) -> list[sqlite3.Row]:
    return connection.execute(
        "SELECT kind, value, currency, what, year, text FROM figures WHERE doc_id = ?", (doc_id,)
    ).fetchall()
