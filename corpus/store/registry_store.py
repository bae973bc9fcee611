"""The request registry inside the workspace store: a copy of the team's CSV, so that exports
and later runs know the requests (the CSV itself is only read, never written)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from oficio.corpus.requests.registry import Request, read_requests
from oficio.corpus.store.database import transaction
from oficio.extract.institutions.gazetteer import load_gazetteer


def resolve_institution(name: str) -> str | None:
    """The gazetteer id of an institution written by name, or None."""
    from oficio.extract.institutions.component import (
        mentions_from_texts,  # spaCy: only when names are given
    )

    found = mentions_from_texts([name])[0]
    return found[0].institution_id if found else None


def read_registry(path: Path) -> list[Request]:
    """Read the team's registry CSV, linking names to the gazetteer."""
    gazetteer = load_gazetteer()
    return read_requests(path, resolve=resolve_institution,
                         known_ids={item.id for item in gazetteer})


def store_requests(connection: sqlite3.Connection, requests: Sequence[Request]) -> None:
    """Replace the workspace's copy of the registry."""
    with transaction(connection):
        connection.execute("DELETE FROM requests")
        connection.executemany(
            "INSERT INTO requests (request_id, institution_id, institution, filed_on, "
            "period_start, period_end, axes, reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(r.request_id, r.institution_id, r.institution, r.filed_on.isoformat(),
              _iso(r.period_start), _iso(r.period_end), ";".join(r.axes), r.reference)
             for r in requests],
        )


def load_requests(connection: sqlite3.Connection) -> list[Request]:
    rows = connection.execute(
        "SELECT request_id, institution_id, institution, filed_on, period_start, period_end, "
        "axes, reference FROM requests ORDER BY request_id")
    return [Request(row[0], row[1], row[2], date.fromisoformat(row[3]), _date(row[4]),
                    _date(row[5]), tuple(filter(None, (row[6] or "").split(";"))), row[7])
            for row in rows]


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None
