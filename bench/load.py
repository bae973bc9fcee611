"""Load: a generated corpus of thousands of replies, 10% of them bad files, end to end.

    python bench/load.py [--count 10000] [--bad 0.10] [--scanned 0.03] [--jobs 2] [--hostile]

Prints, for each tenth of the corpus, the documents per minute in that tenth and the
memory of the whole process tree (oficio, its Prefect server, fork server and children)
at its end; then checks that every file ended in exactly one status (done + failed =
distinct inputs). Targets (issue 7): throughput steady from the first tenth to the last,
memory flat. The corpus comes from scripts/make_load_corpus.py; CI runs a few hundred
files of it (tests/integration/test_load.py), never the 10,000.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.process_tree import tree_rss  # noqa: E402
from scripts.make_load_corpus import make  # noqa: E402


def stored(database: Path) -> int:
    if not database.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=1) as connection:
            return connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return -1


def watch(corpus: Path, workspace: Path, jobs: int, count: int) -> list[tuple[int, float, int]]:
    """Run the batch; (documents stored, seconds, tree memory) at each tenth."""
    command = [sys.executable, "-m", "oficio", "process", str(corpus), "--workspace",
               str(workspace), "--jobs", str(jobs)]
    began = time.perf_counter()
    run = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
    marks, step, peak = [], max(count // 10, 1), 0
    while run.poll() is None:
        done = stored(workspace / "oficio.sqlite")
        peak = max(peak, tree_rss(run.pid))
        while done >= (len(marks) + 1) * step and len(marks) < 10:
            marks.append(((len(marks) + 1) * step, time.perf_counter() - began, peak))
            peak = 0
        time.sleep(1)
    marks.append((stored(workspace / "oficio.sqlite"), time.perf_counter() - began, peak))
    return marks


def report(marks: list[tuple[int, float, int]], database: Path) -> None:
    """A line per tenth: its throughput, memory, and the median seconds one document of
    each common kind took in it (flat if nothing slows down as the store grows)."""
    medians = kind_medians(database, [docs for docs, _, _ in marks])
    print(f"{'documents':>10} {'seconds':>8} {'docs/min in slice':>18} {'peak MiB':>9} "
          f"{'median s/doc: native PDF':>25} {'text':>6} {'scanned':>8}")
    previous_docs, previous_time = 0, 0.0
    for (docs, seconds, peak), (native, text, scanned) in zip(marks, medians, strict=True):
        rate = (docs - previous_docs) / max(seconds - previous_time, 1e-9) * 60
        print(f"{docs:>10} {seconds:>8.0f} {rate:>18.0f} {peak / 2**20:>9.0f} "
              f"{native:>25.3f} {text:>6.3f} {scanned:>8.2f}")
        previous_docs, previous_time = docs, seconds


def kind_medians(database: Path, bounds: list[int]) -> list[tuple[float, float, float]]:
    """Per slice of stored documents (in the order they were stored), the median seconds of
    a born-digital PDF, a text file and a scanned PDF that were read."""
    with sqlite3.connect(database) as connection:
        rows = connection.execute("SELECT file_type, ocr_pages, seconds, processing_status "
                                  "FROM documents ORDER BY rowid").fetchall()
    kinds = (lambda t, o: t == "pdf" and not o, lambda t, o: t == "txt",
             lambda t, o: t == "pdf" and o)
    medians, start = [], 0
    for bound in bounds:
        part = [row for row in rows[start:bound] if row[3] == "ok"]
        medians.append(tuple(_median([s for t, o, s, _ in part if kind(t, o)])
                             for kind in kinds))
        start = bound
    return medians


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def check(corpus: Path, workspace: Path, manifest: dict[str, str]) -> None:
    with sqlite3.connect(workspace / "oficio.sqlite") as connection:
        files = dict(connection.execute("SELECT path, doc_id FROM files"))
        statuses = dict(connection.execute("SELECT doc_id, processing_status FROM documents"))
        repeated = connection.execute("SELECT COUNT(*) - COUNT(DISTINCT doc_id) "
                                      "FROM documents").fetchone()[0]
    unrecorded = [p for p in manifest if statuses.get(files.get(p, "")) is None]
    by_status: dict[str, int] = {}
    for status in statuses.values():
        by_status[status] = by_status.get(status, 0) + 1
    bad_ok = sum(statuses.get(files.get(p, "")) == "ok" for p, v in manifest.items()
                 if v == "bad")
    print(f"files {len(manifest)}, documents {len(statuses)} {by_status}, "
          f"files without a status {len(unrecorded)}, duplicated rows {repeated}, "
          f"bad files read anyway (repaired or typed by content) {bad_ok}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--bad", type=float, default=0.10)
    parser.add_argument("--scanned", type=float, default=0.03)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--hostile", action="store_true", help="include tests/hostile once")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="oficio-load-") as folder:
        corpus, workspace = Path(folder) / "corpus", Path(folder) / "ws"
        began = time.perf_counter()
        manifest = make(corpus, args.count, args.bad, args.scanned, args.hostile)
        print(f"corpus: {len(manifest)} files made in {time.perf_counter() - began:.0f} s")
        marks = watch(corpus, workspace, args.jobs, len(manifest))
        report(marks, workspace / "oficio.sqlite")
        check(corpus, workspace, manifest)


if __name__ == "__main__":
    main()
