"""The Prefect flow of a batch: one task per document stage, a bounded window of documents
in flight (so memory stays flat however large the corpus), results stored as they come.

Import it after ``oficio.corpus.batch.prefect_env.configure_prefect``. Tasks keep no results
(``persist_result=False``, no cache): document text never reaches Prefect's storage. The
store task runs in the flow's own process, so the workspace need not be reachable from
Dask workers; on Dask so does the classify task, so the workspace's model never leaves it
either (docs/dask.md).

Everything Prefect sends to a Dask worker must pickle: the task, its arguments, and the
flow run's context, which holds the flow and so its function. The flow's function is
therefore a module-level function without a closure (pickled by name), and what it works
on (the batch, the progress callback with its locks) stays in this process in ``_RUN``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from queue import SimpleQueue
from typing import Any

from prefect import Task, flow, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture
from prefect.results import ResultRecord
from prefect.runtime import task_run
from prefect.states import Failed, State
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from oficio.corpus.batch import stages
from oficio.corpus.batch.cluster import lost
from oficio.corpus.batch.pipeline import BatchSettings, WorkItem
from oficio.corpus.batch.reading import DocResult
from oficio.corpus.batch.retries import ReadInterrupted, interrupted, retry_options
from oficio.corpus.requests.registry import Request
from oficio.corpus.store import records
from oficio.corpus.store.database import connect
from oficio.errors import DaskClusterError, MachineError
from oficio.models.registry import LoadedModel

TASK_OPTIONS = {"persist_result": False, "cache_policy": NO_CACHE, "retries": 0}
Report = Callable[[DocResult], None]


@task(name="read", **TASK_OPTIONS)
def read_task(item: WorkItem, settings: BatchSettings,
              started: Future[DocResult] | None = None) -> DocResult:
    """Read ``item``, or take its reading begun before the flow
    (``oficio.corpus.batch.reading.ReadAhead``).

    A read a failure of the machine interrupted raises (``oficio.corpus.batch.retries``), so that
    Prefect's retries read the document again; a retry reads it anew, not the read begun
    before the flow."""
    attempt = task_run.run_count
    if started is not None and attempt <= 1:
        result = started.result()
    else:
        result = stages.read(item, settings)
    result.attempts = max(attempt, 1)
    if interrupted(result):
        raise ReadInterrupted(result)
    return result


@task(name="extract", **TASK_OPTIONS)
def extract_task(result: DocResult) -> DocResult:
    return stages.extract(result)


@task(name="classify", **TASK_OPTIONS)
def classify_task(result: DocResult, model: LoadedModel, requests: Sequence[Request],
                  settings: BatchSettings) -> DocResult:
    return stages.classify(result, model, requests, settings)


@task(name="store", **TASK_OPTIONS)
def store_task(connection: sqlite3.Connection, result: DocResult, run_id: int) -> None:
    records.save(connection, result, run_id)


@dataclass
class Batch:
    """What every document of a run shares."""

    items: list[WorkItem]
    database: Path
    run_id: int
    settings: BatchSettings
    model: LoadedModel
    requests: Sequence[Request]
    started: dict[str, Future[DocResult]] = field(default_factory=dict)  # read ahead


def task_runner(threads: int, dask_address: str | None):
    if dask_address:
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(address=dask_address)
    return ThreadPoolTaskRunner(max_workers=threads)


def run_batch(batch: Batch, jobs: int, dask_address: str | None, report: Report) -> None:
    """Process the batch's items with Prefect, calling ``report`` as each one is stored.

    ``jobs`` documents are read (loaded and OCRed, the work that takes a core each) at
    once; as many again wait in the later stages, so that a reading slot never waits for
    extraction or classification of the document before it. Prefect's API must be reachable
    (``oficio.corpus.batch.prefect_server.prefect_api``).

    The flow takes no parameters: Prefect would convert every one to JSON and keep it in
    its database before the first document, and the store already records the run. Its
    run is named after the store's run."""
    window = Window(reads=jobs, total=jobs * 2 + 1)
    run = _Run(batch, window, report, dask_address, retried_tasks())
    token = _RUN.set(run)
    try:
        flow(
            name="oficio-process", flow_run_name=f"oficio run {batch.run_id}",
            persist_result=False, log_prints=False,
            task_runner=task_runner(window.total, dask_address),
        )(_process_documents)()
    except Exception:
        if run.lost is not None:  # the flow ended Failed with the cluster's coded error
            raise run.lost from None
        raise
    finally:
        _RUN.reset(token)


@dataclass(frozen=True)
class Tasks:
    """The tasks that meet failures of the machine, with Prefect's retries for them."""

    read: Task
    store: Task


def retried_tasks() -> Tasks:
    """Reading and storing, tried again on a failure of the machine
    (``oficio.corpus.batch.retries``) as often as the ``retries`` setting says at the start of the
    run."""
    options = retry_options()
    return Tasks(read_task.with_options(**options), store_task.with_options(**options))


@dataclass
class _Run:
    batch: Batch
    window: Window
    report: Report
    dask_address: str | None  # the stages run on this cluster's workers
    tasks: Tasks
    lost: DaskClusterError | None = None  # the cluster went away during the run


# The run of this process's flow. A context variable, not the flow function's closure: the
# closure would be pickled with every task sent to Dask (the progress bar's lock cannot be).
_RUN: ContextVar[_Run] = ContextVar("oficio_run")


def _process_documents() -> State | None:
    """The flow's function (see the module docstring for why it takes nothing).

    A cluster lost during the run ends the flow run Failed with the coded error's message:
    raised here, Prefect would log its traceback before oficio's one-line error."""
    run = _RUN.get()
    try:
        _process(run.batch, run.window, run.report, bool(run.dask_address), run.tasks)
    except Exception as error:
        if not run.dask_address or (coded := lost(run.dask_address, error)) is None:
            raise
        run.lost = coded
        return Failed(message=str(coded))
    return None


def _as_is(value: Any) -> Any:
    return value


@dataclass(frozen=True)
class Window:
    """Documents in flight: ``reads`` of them in the read stage, ``total`` in all stages
    (a bound, so memory stays flat however large the corpus)."""

    reads: int
    total: int

    def admits(self, pending: dict[PrefectFuture, tuple[str, WorkItem]]) -> bool:
        reading = sum(stage == "read" for stage, _ in pending.values())
        return reading < self.reads and len(pending) < self.total


def _value(future: PrefectFuture) -> Any:
    """What a finished task returned.

    ``future.result()`` hands a coroutine to Prefect's event-loop thread and waits for it,
    even for a value held in memory, three times per document, in the batch's own
    process. A task that completed with its value in memory (results are not persisted)
    gives it here directly; anything else goes through ``future.result()``, which raises
    the task's error if it failed."""
    future.wait()
    state = future.state
    if state.is_completed() and isinstance(state.data, ResultRecord):
        return state.data.result
    return future.result()


def _process(batch: Batch, window: Window, report: Report, remote: bool, tasks: Tasks
             ) -> None:
    """Keep the window of documents in flight; move each to its next stage as it finishes.

    Each task argument goes through ``arg``: ``quote`` on this machine, so that Prefect does
    not walk every field of every document looking for futures (a sixth of the batch's own
    process's CPU; docs/batch.md). Dask rebuilds tuples, quotes included,
    so there arguments submitted go as they are.

    On Dask, classify runs here, like store: the model (600 kB pickled) is not sent with
    every document, and a model trained in the workspace needs no copy on the workers.
    It takes milliseconds a document; reading takes the seconds."""
    arg: Callable[[Any], Any] = _as_is if remote else quote
    connection = connect(batch.database)
    queue = list(reversed(batch.items))
    pending: dict[PrefectFuture, tuple[str, WorkItem]] = {}
    finished: SimpleQueue[PrefectFuture] = SimpleQueue()

    def track(future: PrefectFuture, stage: str, item: WorkItem) -> None:
        pending[future] = (stage, item)
        future.add_done_callback(finished.put)

    try:
        while queue or pending:
            while queue and window.admits(pending):
                item = queue.pop()
                started = batch.started.pop(item.doc_id, None)
                track(tasks.read.submit(arg(item), arg(batch.settings), arg(started)),
                      "read", item)
            future = finished.get()
            stage, item = pending.pop(future)
            result = _value(future) if stage != "read" else _read(future, item, tasks)
            if stage == "read":
                track(extract_task.submit(arg(result)), "extract", item)
            elif stage == "extract" and not remote:
                track(classify_task.submit(arg(result), arg(batch.model), arg(batch.requests),
                                           arg(batch.settings)), "classify", item)
            else:
                if stage == "extract":
                    result = classify_task(quote(result), quote(batch.model),
                                           quote(batch.requests), quote(batch.settings))
                tasks.store(quote(connection), quote(result), batch.run_id)
                report(result)
    finally:
        try:
            for future in pending:
                future.wait()  # raises on Dask when the scheduler is gone
        finally:
            connection.close()


def _read(future: PrefectFuture, item: WorkItem, tasks: Tasks) -> DocResult:
    """A read task's document. Once its retries are spent, a read the machine interrupted
    goes on as it is (its marked pages are read again by the next run), and one the
    machine stopped is recorded as failed with E314 (read again by the next run too)."""
    try:
        return _value(future)
    except ReadInterrupted as spent:
        return spent.result
    except MachineError as error:
        result = DocResult(item.doc_id, item.relpath, attempts=tasks.read.retries + 1)
        result.fail(error, "read")
        return result
