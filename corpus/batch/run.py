"""``process_corpus``: a folder of replies in, the workspace store brought up to date.

Incremental (a file whose content was already read by this reading version is not read
again; one labelled by another pipeline version or model is relabelled from its stored
text: ``oficio.corpus.batch.reclassify``), reconciled (a path maps to its latest content, and a file
gone from the folder leaves the tables: ``oficio.corpus.batch.reconcile``), resumable (each document
is stored in its own transaction; a killed run loses only the documents in flight), and
exclusive (one run per workspace at a time).
"""

from __future__ import annotations

import gc
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from oficio.corpus.batch.cluster import check_cluster
from oficio.corpus.batch.isolation import start_fork_server
from oficio.corpus.batch.pipeline import PIPELINE_VERSION, BatchSettings, WorkItem, done_ids
from oficio.corpus.batch.prefect_env import configure_prefect
from oficio.corpus.batch.reconcile import FolderChanges, reconcile
from oficio.corpus.batch.scan import CorpusFile, printable, reading_order, scan
from oficio.corpus.store.database import abort_stale_runs, connect, transaction
from oficio.corpus.store.registry_store import load_requests, read_registry, store_requests
from oficio.corpus.store.workspace import RunLock, Workspace
from oficio.errors import CorpusNotFoundError, warning_code


@dataclass
class RunSummary:
    run_id: int = 0
    files: int = 0
    unique: int = 0
    to_process: int = 0
    processed: int = 0
    failed: int = 0
    skipped: int = 0
    # read before, relabelled from their stored pages: a new extraction or model
    to_reclassify: int = 0
    reclassified: int = 0
    pages: int = 0
    ocr_pages: int = 0
    seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)
    # files skipped as done whose document failed in an earlier run: still failed
    failed_before: list[tuple[str, str]] = field(default_factory=list)
    # the folder's paths whose content changed, that went, that came back
    changes: FolderChanges = field(default_factory=FolderChanges)
    # files of this run's documents with a coded warning, by its code (E016 text too long,
    # E017 a PDF line cut, E305 an extractor's bug): a limit met is said, never silent
    warnings: dict[str, list[str]] = field(default_factory=dict)
    # links and special files of the folder, not read (E311), relative to it
    not_read: list[str] = field(default_factory=list)
    # documents read again in this run after a failure of the machine (oficio.corpus.batch.retries)
    retried: list[str] = field(default_factory=list)


Progress = Callable[[Any, RunSummary], None]  # (DocResult, summary)


def corpus_folder(root: Path) -> Path:
    """``root`` as an absolute folder; CorpusNotFoundError (E306) when it is not one."""
    root = Path(root).resolve()
    if not root.is_dir():
        raise CorpusNotFoundError(root)
    return root


def process_corpus(root: Path, workspace: Workspace, *, force: bool = False, jobs: int = 2,
                   dask_address: str | None = None, settings: BatchSettings | None = None,
                   requests: Path | None = None, progress: Progress | None = None,
                   on_start: Callable[[RunSummary], None] | None = None) -> RunSummary:
    """Bring the workspace up to date with the corpus folder (see the module docstring).

    ``requests``: the request registry CSV; it replaces the one stored in the workspace.
    """
    root = corpus_folder(root)
    # A Dask worker on another machine has no such folder: it makes its own (reading.read).
    settings = replace(settings or BatchSettings(),
                       tmp=None if dask_address else str(workspace.tmp))
    registry = read_registry(requests) if requests else None
    start = time.perf_counter()
    with RunLock(workspace):
        _clear(workspace.tmp)  # leftovers of a killed run: nobody else is running now
        connection = connect(workspace.database)
        try:
            if registry is not None:
                store_requests(connection, registry)
            summary = RunSummary(run_id=_start_run(connection, root))
            try:
                not_read: list[Path] = []
                files = scan(root, connection, exclude=workspace.root, skipped=not_read)
                summary.not_read = [printable(p.relative_to(root).as_posix()) for p in not_read]
                with transaction(connection):
                    summary.changes = reconcile(connection, root, files, summary.run_id)
                stale = [] if force else _stale(files, connection, workspace)
                items = _work(files, connection, force, summary, set(stale))
                summary.to_reclassify = len(stale)
                if on_start:
                    on_start(summary)
                if stale:
                    _reclassify(stale, workspace, summary, settings, connection, progress)
                if items:
                    _process(items, workspace, summary, settings, connection,
                             Parallel(jobs, dask_address), progress)
            except BaseException:
                _end_run(connection, summary, "aborted")
                raise
            summary.seconds = time.perf_counter() - start
            _end_run(connection, summary, "finished")
        finally:
            connection.close()
    return summary


def _work(files: list[CorpusFile], connection, force: bool, summary: RunSummary,
          stale: set[str]) -> list[WorkItem]:
    """The files to read; ``stale``: documents read already, to relabel (neither read nor
    skipped; one that failed in a later stage is tried again, not listed as failed)."""
    first: dict[str, CorpusFile] = {}
    for corpus_file in files:
        first.setdefault(corpus_file.doc_id, corpus_file)
    done = set() if force else done_ids(connection)
    items = [WorkItem(str(f.path), f.relpath, f.doc_id)
             for f in reading_order(list(first.values())) if f.doc_id not in done]
    failed = failed_ids(connection, done - stale)
    summary.failed_before = sorted((f.relpath, failed[f.doc_id]) for f in first.values()
                                   if f.doc_id in failed)
    summary.files, summary.unique = len(files), len(first)
    summary.to_process = len(items)
    summary.skipped = len(first) - len(items) - len(stale)
    return items


def _stale(files: list[CorpusFile], connection, workspace: Workspace) -> list[str]:
    """The folder's replies read before whose later stages are out of date: another
    pipeline version, or another model than the active one (``oficio.corpus.batch.reclassify``)."""
    from oficio.corpus.batch.reclassify import stale_ids
    from oficio.models.active import labelling_version

    return stale_ids(connection, labelling_version(workspace.root),
                     among={f.doc_id for f in files})


def _reclassify(doc_ids: list[str], workspace: Workspace, summary: RunSummary,
                settings: BatchSettings, connection, progress: Progress | None) -> None:
    """Relabel ``doc_ids`` from their stored pages, in this process: nothing is read."""
    from oficio.corpus.batch.reclassify import reclassify
    from oficio.models.registry import ModelRegistry

    model = ModelRegistry(workspace.root).load_active()
    done = reclassify(connection, doc_ids, summary.run_id, model, settings,
                      (lambda result: progress(result, summary)) if progress else None)
    summary.reclassified += done.done
    summary.failed += len(done.failed)
    summary.failures += done.failed


@dataclass
class Parallel:
    jobs: int
    dask_address: str | None


def _process(items: list[WorkItem], workspace: Workspace, summary: RunSummary,
             settings: BatchSettings, connection, parallel: Parallel,
             progress: Progress | None) -> None:
    """Run the flow over ``items``. Prefect's server, the document fork server and this
    process's imports start together: each takes seconds, and they use different cores.
    Documents start being read as soon as the fork server is up (``ReadAhead``)."""
    configure_prefect(workspace)
    from oficio.corpus.batch.prefect_server import prefect_api
    from oficio.corpus.batch.reading import ReadAhead

    local = not parallel.dask_address  # on Dask, the workers run the stages themselves
    if parallel.dask_address:
        check_cluster(parallel.dask_address)  # a coded error now, not Prefect's in 30 s
    with prefect_api(workspace.root) as ready:
        if local:
            start_fork_server()
        ahead = ReadAhead(items, settings, parallel.jobs if local else 0)
        try:
            batch = _prepare(items, workspace, summary.run_id, settings, connection, local)
            ready()
        finally:
            started = ahead.stop()
        batch.started = started
        _run(batch, summary, parallel, progress)


def _prepare(items: list[WorkItem], workspace: Workspace, run_id: int, settings: BatchSettings,
             connection, local: bool):
    """The batch, its model loaded and, when this machine runs the stages, the extractors'
    pipelines built before the first document."""
    with _collector_paused():
        batch = _batch(items, workspace, run_id, settings, connection)
        if local:
            from oficio.extract.facts import warm

            warm()
    return batch


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while the batch imports its libraries and loads its
    models, then everything loaded set aside (``gc.freeze``), so that collections during
    the run look only at what documents allocate. The collector scanned the models and
    libraries several times per batch (docs/batch.md)."""
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def _batch(items: list[WorkItem], workspace: Workspace, run_id: int, settings: BatchSettings,
           connection):
    from oficio.corpus.batch.flow import (
        Batch,  # imports Prefect and the models: only when there is work
    )
    from oficio.models.registry import ModelRegistry

    model = ModelRegistry(workspace.root).load_active()
    return Batch(items, workspace.database, run_id, settings, model, load_requests(connection))


def _run(batch, summary: RunSummary, parallel: Parallel, progress: Progress | None) -> None:
    from oficio.corpus.batch.flow import run_batch

    def report(result) -> None:
        if result.attempts > 1:
            summary.retried.append(result.relpath)
        if result.ok:
            summary.processed += 1
            summary.pages += len(result.document.pages)
            summary.ocr_pages += result.document.ocr_pages
            for code in {warning_code(line) for line in result.document.warnings} - {None}:
                summary.warnings.setdefault(code, []).append(result.relpath)
        else:
            summary.failed += 1
            summary.failures.append((result.relpath, result.error or ""))
        if progress:
            progress(result, summary)

    run_batch(batch, parallel.jobs, parallel.dask_address, report)


def failed_ids(connection, among: set[str]) -> dict[str, str]:
    """The documents of ``among`` stored as failed, with their errors."""
    rows = connection.execute(
        "SELECT doc_id, error FROM documents WHERE processing_status = 'failed'")
    return {row[0]: row[1] or "" for row in rows if row[0] in among}


def _start_run(connection, root: Path) -> int:
    """A new run; runs still marked running are stale (this process holds the lock, so
    no other run is alive: they were killed) and are marked aborted."""
    with transaction(connection):
        abort_stale_runs(connection)
        cursor = connection.execute(
            "INSERT INTO runs (started_at, corpus, pipeline_version) VALUES (?, ?, ?)",
            (_now(), printable(str(root)), PIPELINE_VERSION),
        )
    return int(cursor.lastrowid)


def _end_run(connection, summary: RunSummary, status: str) -> None:
    """Record how the run ended; an aborted run whose store cannot be written (a full
    disk) stays running, and the next start or ``oficio status`` marks it aborted."""
    try:
        with transaction(connection):
            connection.execute(
                "UPDATE runs SET finished_at = ?, status = ?, seen = ?, processed = ?, "
                "failed = ?, skipped = ?, changed = ?, removed = ?, restored = ? "
                "WHERE run_id = ?",
                (_now(), status, summary.files, summary.processed, summary.failed,
                 summary.skipped, len(summary.changes.changed), len(summary.changes.removed),
                 len(summary.changes.restored), summary.run_id),
            )
    except Exception:
        if status == "finished":
            raise


def _clear(folder: Path) -> None:
    for leftover in folder.iterdir():
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
