"""Find the files of a corpus and their content ids, hashing only what changed.

A file's id is the sha256 of its bytes; the store remembers (size, mtime) per path, so an
unchanged corpus of thousands of files is checked without reading them again. Renamed
and duplicated files are recognized by content.
"""

from __future__ import annotations

import os
import sqlite3
from collections import deque
from dataclasses import dataclass
from pathlib import Path

from oficio.extract.read.filetype import file_hash

SKIP_NAMES = {"Thumbs.db", "desktop.ini", ".DS_Store"}


@dataclass(frozen=True)
class CorpusFile:
    path: Path  # absolute
    relpath: str  # relative to the corpus root, as shown to the user (``printable``)
    doc_id: str
    size: int
    mtime_ns: int


def printable(name: str) -> str:
    """A file name as stored and shown: bytes that are not UTF-8 (kept by Python as lone
    surrogates, which neither SQLite nor a terminal takes) written as ``\\xff``."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def list_files(root: Path, exclude: Path | None = None,
               skipped: list[Path] | None = None) -> list[Path]:
    """Every regular file under ``root`` (not following links), sorted; hidden ones and
    anything inside ``exclude`` (the workspace, if it lies in the corpus) left out.

    Links (to files or folders) and special files (FIFOs, sockets, devices) are not read:
    a link may lead out of the corpus, a FIFO blocks its reader. They are added to
    ``skipped``, when given, for the run to say so (E311)."""
    found: list[Path] = []
    for folder, dirs, names in os.walk(root, followlinks=False):
        here = Path(folder)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and (exclude is None or (here / d).resolve() != exclude))
        if skipped is not None:  # os.walk lists a link to a folder with the folders
            skipped.extend(here / d for d in dirs if (here / d).is_symlink())
        for name in sorted(names):
            path = here / name
            if name.startswith((".", "~$")) or name in SKIP_NAMES:
                continue
            if path.is_file() and not path.is_symlink():
                found.append(path)
            elif skipped is not None and (path.is_symlink() or path.exists()):
                skipped.append(path)  # not one deleted since os.walk listed it
    return found


def scan(root: Path, connection: sqlite3.Connection, exclude: Path | None = None,
         skipped: list[Path] | None = None) -> list[CorpusFile]:
    """The corpus files with their ids, from the store's memory where size and mtime match
    (links and special files go to ``skipped``: see ``list_files``)."""
    corpus = printable(str(root))
    known = {
        row["path"]: row
        for row in connection.execute(
            "SELECT path, doc_id, size, mtime_ns FROM files WHERE corpus = ?", (corpus,)
        )
    }
    files = []
    for path in list_files(root, exclude, skipped):
        relpath = printable(path.relative_to(root).as_posix())
        stat = path.stat()
        row = known.get(relpath)
        if row and row["size"] == stat.st_size and row["mtime_ns"] == stat.st_mtime_ns:
            doc_id = row["doc_id"]
        else:
            doc_id = file_hash(path)
        files.append(CorpusFile(path, relpath, doc_id, stat.st_size, stat.st_mtime_ns))
    return files


def remember(connection: sqlite3.Connection, root: Path, files: list[CorpusFile],
             run_id: int) -> None:
    """Record each file's path, id, size and mtime for the next scan; a file found is
    current (a file that was removed and is back, too: see ``oficio.corpus.batch.reconcile``)."""
    corpus = printable(str(root))
    connection.executemany(
        "INSERT INTO files (corpus, path, doc_id, size, mtime_ns, last_run) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (corpus, path) DO UPDATE SET "
        "doc_id = excluded.doc_id, size = excluded.size, mtime_ns = excluded.mtime_ns, "
        "last_run = excluded.last_run, state = 'current'",
        [(corpus, f.relpath, f.doc_id, f.size, f.mtime_ns, run_id) for f in files],
    )


def reading_order(files: list[CorpusFile]) -> list[CorpusFile]:
    """The order in which to read ``files``: the largest first, then the rest spread so that
    size (the proxy for the work a file takes: scans are large) accumulates evenly along the
    run. Each large scan is followed by small files that keep the other stages and the other
    workers busy while it is OCRed, and the run does not end on one long file alone."""
    by_size = deque(sorted(files, key=lambda f: (-f.size, f.relpath)))
    total = sum(f.size for f in files)
    order: list[CorpusFile] = []
    taken = 0
    while by_size:
        due = total * (len(order) + 1) / len(files)
        chosen = by_size.popleft() if taken < due else by_size.pop()
        taken += chosen.size
        order.append(chosen)
    return order
