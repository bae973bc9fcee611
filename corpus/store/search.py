"""Full-text search over the pages of the stored replies (``oficio search``).

The index is the store's ``pages_fts`` (migration 7), kept in step with ``pages`` by
triggers, so every document the batch saves is searchable once its transaction commits.
Hits are ranked with bm25 (the best first) and come with a snippet of the page around the
words found. Snippets are the replies' own text, victims' names included: they are
returned to the caller, which shows them to the analyst, and never logged.

A store from before migration 7 that this command may not migrate (it only reads: a
read-only workspace, or one not processed since) is searched through a temporary index
built in memory from its pages, for the length of the search.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field

from oficio.corpus.batch.reconcile import CURRENT
from oficio.corpus.outputs.spreadsheet import column_key
from oficio.corpus.review.review_import import AXIS_NAMES, STATUS_NAMES
from oficio.corpus.store.database import has_page_index, temporary_page_index
from oficio.errors import SearchQueryError

# The highlighted words of a snippet are wrapped in these (characters no reply's text
# holds), then shown as the caller likes: terminal colours, or [brackets].
OPEN, CLOSE = "\x02", "\x03"
ELLIPSIS = "…"
SNIPPET_TOKENS = 24  # words around the hit; about two lines of a terminal
DEFAULT_LIMIT = 20

# What SQLite says when a MATCH expression cannot be parsed (the query's fault, not the
# store's): unbalanced quotes, a bare operator, "word:" read as a column name.
_QUERY_ERRORS = ("fts5:", "unterminated string", "no such column", "unknown special query")


@dataclass(frozen=True)
class Filters:
    """Which documents a search looks in; None is any."""

    institution: str | None = None  # a sender's gazetteer id, acronym or part of its name
    axis: str | None = None  # an axis code (governance...)
    status: str | None = None  # a status code (answered...)
    include_removed: bool = False  # also superseded and removed documents
    limit: int = DEFAULT_LIMIT


@dataclass(frozen=True)
class Hit:
    doc_id: str
    path: str | None
    page: int
    score: float  # bm25: lower is better
    snippet: str  # highlighted words between OPEN and CLOSE
    sender_id: str | None
    sender_name: str | None
    status: str | None
    axes: list[str] = field(default_factory=list)
    state: str = CURRENT

    def parts(self) -> list[tuple[str, bool]]:
        """The snippet as (text, highlighted) pieces, in order."""
        pieces = re.split(f"({OPEN}[^{CLOSE}]*{CLOSE})", self.snippet)
        return [(piece.strip(OPEN + CLOSE), piece.startswith(OPEN))
                for piece in pieces if piece]

    def marked(self, before: str = "[", after: str = "]") -> str:
        """The snippet with its highlighted words between ``before`` and ``after``."""
        return "".join(f"{before}{text}{after}" if hit else text for text, hit in self.parts())

    def as_dict(self) -> dict:
        return {"path": self.path, "page": self.page, "snippet": self.marked(),
                "score": round(self.score, 4), "doc_id": self.doc_id,
                "sender_id": self.sender_id, "sender_name": self.sender_name,
                "status": self.status, "axes": self.axes, "state": self.state}


def axis_code(name: str) -> str:
    """``gobernanza``, ``Prevención``, ``protection``... as its axis code; ValueError if
    none."""
    code = AXIS_NAMES.get(column_key(name).replace("_", " "))
    if code is None:
        raise ValueError(name)
    return code


def status_code(name: str) -> str:
    """``respondida``, ``fuera de periodo``, ``sin información``, ``answered``... as its
    status code; ValueError if none."""
    code = STATUS_NAMES.get(column_key(name).replace("_", " ")) or STATUS_NAMES.get(
        column_key(name))
    if code is None:
        raise ValueError(name)
    return code


def search(connection: sqlite3.Connection, query: str,
           filters: Filters | None = None) -> list[Hit]:
    """The pages that match ``query`` (FTS5 syntax: words, "phrases", AND, OR, NOT,
    prefix*), best first. SearchQueryError (E211) when SQLite cannot read the query."""
    filters = filters or Filters()
    if not has_page_index(connection):
        temporary_page_index(connection)
    where, params = _where(filters)
    sql = f"""
        SELECT d.doc_id, d.path, p.number, bm25(pages_fts) AS score,
               snippet(pages_fts, 0, ?, ?, ?, ?) AS snippet, d.sender_id, d.sender_name,
               d.status, d.axes, d.state
        FROM pages_fts
        JOIN pages AS p ON p.rowid = pages_fts.rowid
        JOIN documents AS d ON d.doc_id = p.doc_id
        WHERE pages_fts MATCH ? {where}
        ORDER BY score, d.path, p.number
        LIMIT ?"""
    try:
        rows = connection.execute(
            sql, (OPEN, CLOSE, ELLIPSIS, SNIPPET_TOKENS, query, *params, filters.limit)
        ).fetchall()
    except sqlite3.OperationalError as error:
        if str(error).startswith(_QUERY_ERRORS):
            raise SearchQueryError(None, f"«{query}»: {error}") from None
        raise
    return [Hit(doc_id=row[0], path=row[1], page=row[2], score=row[3],
                snippet=" ".join(row[4].split()), sender_id=row[5], sender_name=row[6],
                status=row[7], axes=[a for a in (row[8] or "").split(";") if a],
                state=row[9]) for row in rows]


def _where(filters: Filters) -> tuple[str, list]:
    clauses, params = [], []
    if not filters.include_removed:
        clauses.append("d.state = ?")
        params.append(CURRENT)
    if filters.institution:
        # an id or acronym exactly, an id's family (gore: every gore:NN), or a part of the
        # name (LIKE ignores ASCII case)
        pattern = re.sub(r"([%_\\])", r"\\\1", filters.institution)
        clauses.append("(lower(d.sender_id) = lower(?) OR lower(d.sender_acronym) = lower(?)"
                       " OR d.sender_id LIKE ? ESCAPE '\\' OR d.sender_name LIKE ? ESCAPE '\\')")
        params += [filters.institution, filters.institution, f"{pattern}:%", f"%{pattern}%"]
    if filters.axis:
        clauses.append("(';' || d.axes || ';') LIKE ?")
        params.append(f"%;{filters.axis};%")
    if filters.status:
        clauses.append("d.status = ?")
        params.append(filters.status)
    return "".join(f" AND {clause}" for clause in clauses), params

