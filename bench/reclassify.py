"""Relabelling stored replies from their stored text: seconds for 1,000 of them.

    python bench/reclassify.py [--replies 1000] [--keep WS]

The sample replies of ``examples/replies`` (native PDFs, scans, photos, a Word file, a
text file) are processed once with the real ``oficio process``; then their stored rows
(documents and pages) are copied under new content ids until the store holds
``--replies`` replies, a mix of those kinds and lengths. ``oficio reclassify --all`` then
relabels every one of them from its stored pages (model loading included), as a new
model's first run does. The figures are its wall and CPU time, measured around the real
command line, and the machine's load: on a shared machine the wall time depends on it.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from review_round import oficio  # the real command, as bench/review_round.py runs it

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "examples" / "replies"


def copy_rows(database: Path, replies: int) -> int:
    """Copy the stored ok replies under new ids until there are ``replies``; how many."""
    connection = sqlite3.connect(database)
    try:
        originals = [row[0] for row in connection.execute(
            "SELECT doc_id FROM documents WHERE processing_status = 'ok' ORDER BY path")]
        doc_columns = [row[1] for row in connection.execute("PRAGMA table_info(documents)")]
        page_columns = [row[1] for row in connection.execute("PRAGMA table_info(pages)")]
        count = len(originals)
        with connection:
            while count < replies:
                source = originals[count % len(originals)]
                new = hashlib.sha256(f"copy {count}".encode()).hexdigest()
                _copy(connection, "documents", doc_columns, source, new,
                      {"path": f"'copy/{count}-' || path"})
                _copy(connection, "pages", page_columns, source, new)
                count += 1
        return count
    finally:
        connection.close()


def _copy(connection: sqlite3.Connection, table: str, columns: list[str], source: str,
          new: str, changed: dict[str, str] | None = None) -> None:
    chosen = [("?" if c == "doc_id" else (changed or {}).get(c, f'"{c}"')) for c in columns]
    names = ", ".join(f'"{c}"' for c in columns)
    connection.execute(f"INSERT INTO {table} ({names}) SELECT {', '.join(chosen)} "
                       f"FROM {table} WHERE doc_id = ?", (new, source))


def _children_cpu() -> float:
    """CPU seconds (user and system) of the finished child processes: on a shared machine,
    the wall time says as much about the others' load as about this command."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replies", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="Build the workspace here and keep it.")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="oficio-reclassify-"))
    corpus, workspace = base / "corpus", base / "ws"
    try:
        corpus.mkdir(parents=True, exist_ok=True)
        for sample in SAMPLES.iterdir():
            if sample.name != "99_broken.pdf":
                shutil.copy(sample, corpus / sample.name)
        oficio("process", str(corpus), "--workspace", str(workspace))
        stored = copy_rows(workspace / "oficio.sqlite", args.replies)
        cpu_before = _children_cpu()
        start = time.perf_counter()
        said = oficio("reclassify", "--workspace", str(workspace), "--all")
        seconds = time.perf_counter() - start
        cpu = _children_cpu() - cpu_before
        print(said.strip())
        print(f"{stored} stored replies reclassified in {seconds:.1f} s wall, {cpu:.1f} s CPU "
              f"({1000 * seconds / stored:.1f} ms each, start-up, model loading and export "
              f"included); load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
