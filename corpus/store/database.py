"""The workspace store: one SQLite file in WAL mode, schema versioned with migrations.

A document's results are written in one transaction, so a run killed at any moment
leaves each document either wholly stored or not at all. Browse it with any SQLite tool:
``sqlite3 oficio-workspace/oficio.sqlite '.tables'``.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from oficio.errors import DiskFullError, WorkspaceReadOnlyError

__all__ = ["DiskFullError", "abort_stale_runs", "as_json", "connect", "connect_to_read",
           "from_json", "migrate", "transaction"]

FULL_BELOW = 1 << 20  # bytes free under which a disk I/O error is taken for a full disk
# How the search index cuts text into words: "explotacion" finds "explotación", as analysts
# type it, and the other way round.
SEARCH_TOKENIZER = "unicode61 remove_diacritics 2"

MIGRATIONS: list[str] = [
    # 1: the first schema
    """
    CREATE TABLE runs (
        run_id INTEGER PRIMARY KEY AUTOINCREMENT,
        started_at TEXT NOT NULL, finished_at TEXT, corpus TEXT NOT NULL,
        pipeline_version TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'running',
        seen INTEGER DEFAULT 0, processed INTEGER DEFAULT 0, failed INTEGER DEFAULT 0,
        skipped INTEGER DEFAULT 0
    );
    CREATE TABLE files (
        corpus TEXT NOT NULL, path TEXT NOT NULL, doc_id TEXT NOT NULL,
        size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, last_run INTEGER,
        PRIMARY KEY (corpus, path)
    );
    CREATE INDEX files_doc ON files(doc_id);
    CREATE TABLE documents (
        doc_id TEXT PRIMARY KEY, path TEXT, file_type TEXT, pages INTEGER,
        ocr_pages INTEGER, language TEXT, processing_status TEXT NOT NULL,
        error TEXT, error_code TEXT, stage TEXT, warnings TEXT,
        pipeline_version TEXT NOT NULL, run_id INTEGER, processed_at TEXT NOT NULL,
        seconds REAL,
        sender_id TEXT, sender_name TEXT, sender_acronym TEXT, sender_kind TEXT,
        sender_evidence TEXT, reference TEXT, letter_date TEXT, request_ref TEXT,
        letter_period_start TEXT, letter_period_end TEXT,
        axes TEXT, p_governance REAL, p_prevention REAL, p_protection REAL,
        p_prosecution REAL, status TEXT, status_confidence REAL, model_version TEXT,
        evidence TEXT
    );
    CREATE TABLE figures (
        doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        kind TEXT NOT NULL, value REAL, currency TEXT, what TEXT, year INTEGER, role TEXT,
        page INTEGER, start INTEGER, "end" INTEGER, text TEXT
    );
    CREATE INDEX figures_doc ON figures(doc_id);
    CREATE TABLE mentions (
        doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        institution_id TEXT NOT NULL, name TEXT, acronym TEXT, kind TEXT, text TEXT,
        page INTEGER, start INTEGER, "end" INTEGER, is_sender INTEGER
    );
    CREATE INDEX mentions_doc ON mentions(doc_id);
    CREATE TABLE pages (
        doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        number INTEGER NOT NULL, method TEXT, confidence REAL, text_quality REAL,
        rotation INTEGER, skew REAL, status TEXT, error TEXT, text TEXT,
        tables TEXT, marks TEXT,
        PRIMARY KEY (doc_id, number)
    );
    """,
    # 2: the request registry, and each reply's request and requested period
    """
    CREATE TABLE requests (
        request_id TEXT PRIMARY KEY, institution_id TEXT, institution TEXT,
        filed_on TEXT NOT NULL, period_start TEXT, period_end TEXT, axes TEXT, reference TEXT
    );
    ALTER TABLE documents ADD COLUMN request_id TEXT;
    ALTER TABLE documents ADD COLUMN period_start TEXT;
    ALTER TABLE documents ADD COLUMN period_end TEXT;
    ALTER TABLE documents ADD COLUMN period_source TEXT;
    ALTER TABLE documents ADD COLUMN match_reason TEXT
    """,
    # 3: why a reply is missing (off_topic)
    "ALTER TABLE documents ADD COLUMN missing_kind TEXT",
    # 4: where a table's figure stands (its row and column) and where its unit was stated
    """
    ALTER TABLE figures ADD COLUMN row_label TEXT;
    ALTER TABLE figures ADD COLUMN column_header TEXT;
    ALTER TABLE figures ADD COLUMN unit_source TEXT
    """,
    # 5: the code of a page's OCR failure, so that failures of the machine are redone
    """
    ALTER TABLE pages ADD COLUMN error_code TEXT
    """,
    # 6: a path maps to its latest content. A file no longer in its folder keeps its row,
    # marked removed (it may come back); a document that no file in a folder holds any more
    # is kept as history, marked superseded (its path now holds other content) or removed;
    # each run records how many of its folder's files changed, went and came back
    """
    ALTER TABLE files ADD COLUMN state TEXT NOT NULL DEFAULT 'current';
    ALTER TABLE documents ADD COLUMN state TEXT NOT NULL DEFAULT 'current';
    ALTER TABLE runs ADD COLUMN changed INTEGER DEFAULT 0;
    ALTER TABLE runs ADD COLUMN removed INTEGER DEFAULT 0;
    ALTER TABLE runs ADD COLUMN restored INTEGER DEFAULT 0
    """,
    # 7: full-text search over the pages' text (``oficio search``, Datasette's search box).
    # The index holds no copy of the text (content="pages": snippets are read from pages),
    # and triggers keep it in step with every write to pages, in the writer's transaction:
    # a document saved again, or deleted (its pages go by ON DELETE CASCADE), leaves it.
    # The last statement indexes the pages a workspace already holds.
    f"""
    CREATE VIRTUAL TABLE pages_fts USING fts5(
        text, content="pages", content_rowid="rowid",
        tokenize="{SEARCH_TOKENIZER}"
    );
    CREATE TRIGGER pages_fts_insert AFTER INSERT ON pages BEGIN
        INSERT INTO pages_fts (rowid, text) VALUES (new.rowid, new.text);
    END;
    CREATE TRIGGER pages_fts_delete AFTER DELETE ON pages BEGIN
        INSERT INTO pages_fts (pages_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
    END;
    CREATE TRIGGER pages_fts_update AFTER UPDATE OF text ON pages BEGIN
        INSERT INTO pages_fts (pages_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
        INSERT INTO pages_fts (rowid, text) VALUES (new.rowid, new.text);
    END;
    INSERT INTO pages_fts (pages_fts) VALUES ('rebuild')
    """,
    # 8: the version of the reading stage apart from that of extraction and classification
    # (pipeline_version), so that a new extraction, classifier or model relabels a stored
    # reply from its stored pages instead of reading (OCR) it again. The documents stored
    # so far were read by the reading of their pipeline version.
    """
    ALTER TABLE documents ADD COLUMN read_version TEXT;
    UPDATE documents SET read_version = pipeline_version
    """,
]


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating, mode 600, and migrating as needed) the store at ``path``."""
    try:
        if not Path(path).exists():  # SQLite would create it readable by everyone
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        connection = sqlite3.connect(path, timeout=60, isolation_level=None)
        connection.row_factory = sqlite3.Row
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("PRAGMA busy_timeout=60000")
    except sqlite3.OperationalError as error:
        raise _environment(error, path) from error
    except OSError as error:
        raise _os_environment(error, path) from error
    migrate(connection)
    return connection


def connect_to_read(path: Path) -> sqlite3.Connection:
    """Open the store at ``path`` only to read it: nothing is created, migrated or
    written, so a store on a read-only disk can be read. When SQLite cannot create the
    files its shared reading needs beside the store (a read-only folder), the store is
    read as immutable: nothing can write to it there either."""
    uri = Path(path).resolve().as_uri()
    for mode in ("?mode=ro", "?mode=ro&immutable=1"):
        try:
            connection = sqlite3.connect(uri + mode, uri=True, timeout=60,
                                         isolation_level=None)
            connection.row_factory = sqlite3.Row
            connection.execute("PRAGMA busy_timeout=60000")
            connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            return connection
        except sqlite3.OperationalError as error:
            last = error
    raise _environment(last, path) from last


def _environment(error: sqlite3.OperationalError, path: Path) -> Exception:
    """DiskFullError when the store's disk is (nearly) full, WorkspaceReadOnlyError when it
    cannot be written, else the error itself."""

    message = str(error)
    nearly_full = shutil.disk_usage(Path(path).parent).free < FULL_BELOW
    if "full" in message or ("I/O" in message and nearly_full):
        return DiskFullError(path, message)
    if "readonly" in message or "read-only" in message:
        return WorkspaceReadOnlyError(Path(path).parent, message)
    return error


def _os_environment(error: OSError, path: Path) -> Exception:

    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(path, error.strerror or "")
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return WorkspaceReadOnlyError(Path(path).parent, error.strerror or "")
    return error


def has_page_index(connection: sqlite3.Connection) -> bool:
    """Whether ``pages_fts`` names a search index on this connection: the store's own
    (migration 7), or one that temporary_page_index made earlier."""
    try:
        connection.execute("SELECT rowid FROM pages_fts LIMIT 0")
    except sqlite3.OperationalError as error:
        if "no such table" in str(error):
            return False
        raise
    return True


def temporary_page_index(connection: sqlite3.Connection) -> None:
    """Index the pages of a store from before migration 7, opened only to read, in memory
    for this connection: ``pages_fts`` then names it, as it would the store's own."""
    connection.execute("ATTACH DATABASE ':memory:' AS search")
    connection.execute(f"CREATE VIRTUAL TABLE search.pages_fts USING fts5(text, "
                       f"tokenize='{SEARCH_TOKENIZER}')")
    connection.execute("INSERT INTO search.pages_fts (rowid, text) "
                       "SELECT rowid, text FROM main.pages")


def schema_version(connection: sqlite3.Connection) -> int:
    return connection.execute("PRAGMA user_version").fetchone()[0]


def migrate(connection: sqlite3.Connection) -> None:
    """Apply the migrations the file has not had yet, each in its own transaction."""
    for number, script in enumerate(MIGRATIONS, start=1):
        if schema_version(connection) >= number:
            continue
        with transaction(connection):
            if schema_version(connection) >= number:  # another process got there first
                continue
            for statement in statements(script):
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version={number}")


def statements(script: str) -> Iterator[str]:
    """The statements of ``script``, whole: a trigger's body holds semicolons of its own.
    (``executescript`` would commit the migration's transaction first.)"""
    pending = ""
    for part in script.split(";"):
        pending += part + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                yield pending
            pending = ""
    if pending.strip(" \n;"):
        yield pending


@contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One transaction; a full disk becomes DiskFullError (the batch stops, nothing is
    marked failed), anything else is re-raised after the rollback."""
    try:
        connection.execute("BEGIN IMMEDIATE")
        try:
            yield connection
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
    except sqlite3.OperationalError as error:
        path = connection.execute("PRAGMA database_list").fetchone()[2]
        raise _environment(error, Path(path)) from error


def abort_stale_runs(connection: sqlite3.Connection) -> None:
    """Mark aborted the runs still marked running (killed runs); call it only with the run
    lock free or held by this process."""
    connection.execute("UPDATE runs SET status = 'aborted' WHERE status = 'running'")


def as_json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def from_json(text: str | None) -> Any:
    return None if text is None else json.loads(text)
