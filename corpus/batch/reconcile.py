"""The store brought in line with a folder after its scan: a path maps to its latest content.

- A path whose content changed (an edited reply) points to the new content, which the
  batch then processes like any new file.
- A path no longer in the folder keeps its row in ``files``, marked ``removed``. If the
  file comes back, the row is current again, and so is its document, without being read
  again (a document is stored by content, and its content was processed).
- A document is ``current`` while a current file of any folder of the workspace holds its
  content; else ``removed`` while a removed file still holds it; else ``superseded``: the
  paths that held it now hold other content.

A document that is not current stays in the store as history, with its pages, figures and
mentions, and review labels keep pointing to it (they are keyed by its content id); the
tables, the report and the review queue leave it out, and ``oficio export
--include-removed`` shows it. Only the scanned folder's files are compared: a run on one
folder never marks another folder's files removed.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from oficio.corpus.batch.scan import CorpusFile, printable, remember

CURRENT, SUPERSEDED, REMOVED = "current", "superseded", "removed"
STATES = (CURRENT, SUPERSEDED, REMOVED)

# The state a document has, given the files that hold it (files_doc indexes files.doc_id).
_STATE_OF_DOCUMENT = f"""
    CASE
        WHEN EXISTS (SELECT 1 FROM files WHERE files.doc_id = documents.doc_id
                     AND files.state = '{CURRENT}') THEN '{CURRENT}'
        WHEN EXISTS (SELECT 1 FROM files WHERE files.doc_id = documents.doc_id)
            THEN '{REMOVED}'
        ELSE '{SUPERSEDED}'
    END"""


@dataclass
class FolderChanges:
    """What changed in a folder since its last scan (paths relative to it)."""

    changed: list[str] = field(default_factory=list)  # same path, new content
    removed: list[str] = field(default_factory=list)  # no longer in the folder
    restored: list[str] = field(default_factory=list)  # back after being removed
    # of ``removed``, those whose content another current path still holds (a file renamed,
    # moved, or one of two copies deleted): their document stays in the tables
    kept: list[str] = field(default_factory=list)


def reconcile(connection: sqlite3.Connection, root: Path, files: list[CorpusFile],
              run_id: int) -> FolderChanges:
    """Remember ``files`` as the whole content of the folder ``root`` and set every
    document's state. Call it inside one transaction: a run killed here leaves the store
    as it was, or wholly reconciled."""
    corpus = printable(str(root))
    known = {row[0]: (row[1], row[2]) for row in connection.execute(
        "SELECT path, doc_id, state FROM files WHERE corpus = ?", (corpus,))}
    found = {f.relpath: f.doc_id for f in files}
    changes = FolderChanges(
        changed=sorted(path for path, doc_id in found.items()
                       if path in known and known[path][1] == CURRENT
                       and known[path][0] != doc_id),
        removed=sorted(path for path, (_, state) in known.items()
                       if state == CURRENT and path not in found),
        restored=sorted(path for path in found
                        if path in known and known[path][1] == REMOVED),
    )
    remember(connection, root, files, run_id)
    connection.executemany(f"UPDATE files SET state = '{REMOVED}' WHERE corpus = ? AND path = ?",
                           [(corpus, path) for path in changes.removed])
    changes.kept = [path for path in changes.removed if connection.execute(
        f"SELECT 1 FROM files WHERE doc_id = ? AND state = '{CURRENT}' LIMIT 1",
        (known[path][0],)).fetchone()]
    set_document_states(connection)
    return changes


def set_document_states(connection: sqlite3.Connection) -> None:
    """Each stored document's state from the files that hold it (only the rows whose state
    changes are written). Every document is looked at, not only those of the changed
    paths: a store from before states (schema 5) had edited replies whose old content no
    file held any more, and they become ``superseded`` on the first run."""
    connection.execute(f"UPDATE documents SET state = {_STATE_OF_DOCUMENT} "
                       f"WHERE state IS NOT {_STATE_OF_DOCUMENT}")
