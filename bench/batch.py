"""The batch, end to end: documents and pages per minute with 1 and 2 workers, beside plain
Tesseract on the same scanned pages; peak memory; an unchanged re-run.

    python bench/batch.py [--native 140] [--scanned 60] [--rerun 1000]

The corpus is made from the bundled annotated replies: ``--native`` born-digital PDFs and
``--scanned`` scanned image PDFs (200 dpi, tilted, JPEG), then ``--rerun`` plain-text
replies for the unchanged re-run. Targets (issue 5): the whole pipeline within 20% of plain
Tesseract's time on the scanned pages; 2 workers at least 1.8 times 1 worker; an
unchanged re-run of 1,000 documents under 5 seconds; memory flat as the corpus grows.

One worker also runs confined to one core. Unconfined, a one-worker batch does its own work
(extraction, classification, Prefect) on the second core, beside the worker; confined, it
shows what two cores give over one.

All runs share one Prefect home. A one-document batch creates it first and is timed with it
(a new workspace's first run creates Prefect's database), then timed again: the fixed cost
of starting a batch. The runs timed after it do not pay for creating the database.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.process_tree import tree_rss  # noqa: E402
from scripts.render import native_pdf, page_images, scanned_pdf  # noqa: E402

BUNDLED = ROOT / "annotations" / "bundled" / "replies.jsonl"


def make_corpus(folder: Path, native: int, scanned: int) -> list[Path]:
    replies = [json.loads(line) for line in BUNDLED.read_text(encoding="utf-8").splitlines()]
    folder.mkdir(parents=True)
    scans = []
    for i, reply in enumerate(replies[: native + scanned]):
        if i < native:
            native_pdf(reply["pages"], folder / f"{reply['id']}.pdf")
        else:
            path = folder / f"{reply['id']}_scan.pdf"
            scanned_pdf(reply["pages"], path, dpi=200, seed=i, angle=0.8, quality=70)
            scans.append(path)
    return scans


def busy_seconds() -> float:
    """CPU seconds the whole machine has spent busy since boot (all cores, /proc/stat)."""
    with open("/proc/stat", encoding="ascii") as stat:
        ticks = [int(value) for value in stat.readline().split()[1:]]
    return (sum(ticks) - ticks[3] - ticks[4]) / os.sysconf("SC_CLK_TCK")  # minus idle, iowait


def run(corpus: Path, workspace: Path, jobs: int, cores: set[int] | None = None
        ) -> tuple[float, int, float]:
    """Seconds, peak memory (bytes, the whole process tree) and cores kept busy on average
    (machine-wide, so run it on an idle machine) of one oficio process, on ``cores`` only
    when given (its children inherit the affinity)."""
    start, busy = time.perf_counter(), busy_seconds()
    process = subprocess.Popen(
        [sys.executable, "-m", "oficio", "process", str(corpus), "--workspace", str(workspace),
         "--jobs", str(jobs)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        preexec_fn=(lambda: os.sched_setaffinity(0, cores)) if cores else None)  # noqa: PLW1509
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_rss(process.pid))
        time.sleep(0.2)
    seconds = time.perf_counter() - start
    return seconds, peak, (busy_seconds() - busy) / seconds


def plain_tesseract(scans: list[Path], workdir: Path) -> tuple[float, int]:
    images = []
    for scan in scans:
        for i, image in enumerate(page_images(scan, 200)):
            path = workdir / f"{scan.stem}-{i}.png"
            image.save(path)
            images.append(path)
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    start = time.perf_counter()
    for image in images:
        subprocess.run(["tesseract", str(image), "stdout", "-l", "spa+eng"], env=env,
                       check=True, capture_output=True)
    return time.perf_counter() - start, len(images)


def counts(workspace: Path) -> tuple[int, int]:
    import sqlite3

    with sqlite3.connect(workspace / "oficio.sqlite") as connection:
        documents, pages = connection.execute(
            "SELECT COUNT(*), COALESCE(SUM(pages), 0) FROM documents").fetchone()
    return documents, pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--native", type=int, default=140)
    parser.add_argument("--scanned", type=int, default=60)
    parser.add_argument("--rerun", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        os.environ.setdefault("PREFECT_HOME", str(tmp / "prefect"))
        scans = make_corpus(tmp / "corpus", args.native, args.scanned)
        plain, scanned_pages = plain_tesseract(scans, tmp)
        print(f"plain tesseract: {scanned_pages} scanned pages in {plain:.1f} s "
              f"({plain / scanned_pages:.2f} s/page)")
        print_startup(tmp, scans[0])
        timed = {jobs: timed_run(tmp, jobs) for jobs in (1, 2)}
        one_core = timed_run(tmp, 1, cores={min(os.sched_getaffinity(0))})
        print(f"2 workers / 1 worker: {timed[1] / timed[2]:.3f} (target 1.8); "
              f"2 workers on 2 cores / 1 worker on 1 core: {one_core / timed[2]:.3f}")
        seconds, _, _ = run(tmp / "corpus", tmp / "ws2", 2)
        print(f"unchanged re-run of {counts(tmp / 'ws2')[0]} documents: {seconds:.2f} s")
        if args.rerun:
            rerun_corpus(tmp, args.rerun)


def timed_run(tmp: Path, jobs: int, cores: set[int] | None = None) -> float:
    """Process the corpus in a new workspace and print its figures; its seconds."""
    workspace = tmp / f"ws{jobs}{'_pinned' if cores else ''}"
    seconds, peak, busy = run(tmp / "corpus", workspace, jobs, cores)
    documents, pages = counts(workspace)
    where = f" on {len(cores)} core(s)" if cores else ""
    print(f"oficio process, {jobs} worker(s){where}: {documents} documents, {pages} pages in "
          f"{seconds:.1f} s = {documents / seconds * 60:.0f} documents/min, "
          f"{pages / seconds * 60:.0f} pages/min; peak memory {peak / 2**20:.0f} MiB; "
          f"{busy:.2f} cores busy on average")
    return seconds


def print_startup(tmp: Path, sample: Path) -> None:
    """Time a one-document batch twice: with a new Prefect home (a new workspace's first
    run creates Prefect's database) and again; the timed runs after it share that home."""
    folder = tmp / "one"
    folder.mkdir()
    (folder / sample.name).write_bytes(sample.read_bytes())
    for number, label in enumerate(("new workspace", "Prefect home ready")):
        seconds, _, _ = run(folder, tmp / f"ws_one_{number}", 1)
        print(f"one scanned document, {label}: {seconds:.1f} s")


def rerun_corpus(tmp: Path, size: int) -> None:
    replies = [json.loads(line) for line in BUNDLED.read_text(encoding="utf-8").splitlines()]
    folder = tmp / "texts"
    folder.mkdir()
    for i in range(size):
        reply = replies[i % len(replies)]
        text = "\f".join(reply["pages"]) + f"\n\nCopia {i}"
        (folder / f"reply_{i:05d}.txt").write_text(text, encoding="utf-8")
    first, peak, _ = run(folder, tmp / "ws_texts", 2)
    again, _, _ = run(folder, tmp / "ws_texts", 2)
    print(f"{size} text replies: first run {first:.1f} s (peak {peak / 2**20:.0f} MiB), "
          f"unchanged re-run {again:.2f} s (target < 5 s)")


if __name__ == "__main__":
    main()
