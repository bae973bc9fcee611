"""The Prefect flow of a batch: one task per document stage, a bounded window of documents
in flight (so memory stays flat however large the corpus), results stored as they come.

Import it after ``corpus.prefect_env.configure_prefect``. Tasks keep no results
(``persist_result=False``, no cache): document text never reaches Prefect's storage. The
store task runs in the flow's own process, so the workspace need not be reachable from
Dask workers.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture, as_completed
from prefect.task_runners import ThreadPoolTaskRunner

from corpus import stages
from corpus.stages import BatchSettings, DocResult, WorkItem
from corpus.store import connect

TASK_OPTIONS = {"persist_result": False, "cache_policy": NO_CACHE, "retries": 0}
Report = Callable[[DocResult], None]


@task(name="read", **TASK_OPTIONS)
def read_task(item: WorkItem, settings: BatchSettings) -> DocResult:
    return stages.read(item, settings)


@task(name="store", **TASK_OPTIONS)
def store_task(connection: sqlite3.Connection, result: DocResult, run_id: int) -> None:
    stages.save(connection, result, run_id)


def task_runner(jobs: int, dask_address: str | None):
    if dask_address:
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(address=dask_address)
    return ThreadPoolTaskRunner(max_workers=jobs)


def run_batch(items: list[WorkItem], database: Path, run_id: int, settings: BatchSettings,
              jobs: int, dask_address: str | None, report: Report) -> None:
    """Process ``items`` with Prefect, calling ``report`` as each document is stored."""
    batch = flow(
        name="oficio-process", persist_result=False, log_prints=False,
        task_runner=task_runner(jobs, dask_address), validate_parameters=False,
    )(_batch)
    batch(items, str(database), run_id, settings, max(2, jobs * 2), report)


def _batch(items: list[WorkItem], database: str, run_id: int, settings: BatchSettings,
           window: int, report: Report) -> None:
    connection = connect(Path(database))
    queue = list(reversed(items))
    pending: list[PrefectFuture] = []
    try:
        while queue or pending:
            while queue and len(pending) < window:
                pending.append(read_task.submit(queue.pop(), settings))
            finished = next(as_completed(pending))
            pending.remove(finished)
            result = finished.result()
            store_task(connection, result, run_id)
            report(result)
    finally:
        for future in pending:
            future.wait()
        connection.close()
