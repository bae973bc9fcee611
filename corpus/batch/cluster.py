"""A Dask cluster for ``oficio process --dask-address``: whether it can be reached, has
workers, and what each worker has (checked before a batch, and by ``oficio doctor
--dask-address``).

Workers read the reply files by their path and run the read and extract stages; the batch's
own process (the client) classifies and writes the workspace. So a worker needs the same
oficio as the client (the same stages, or the tables would depend on which worker read a
file), Tesseract with Spanish and English, and the corpus folder at the same path
(docs/dask.md). Errors of ``distributed`` are turned into ``DaskClusterError`` here.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from oficio import settings
from oficio.errors import DaskClusterError

LANGUAGES = ("spa", "eng")


@contextmanager
def connected(address: str) -> Iterator[Any]:
    """A ``distributed.Client`` of the cluster at ``address``, which has a worker at least;
    DaskClusterError if it cannot be reached or has none."""
    from distributed import Client

    try:
        # Seconds to reach the scheduler: distributed retries a refused connection until then.
        client = Client(address, timeout=float(settings.value("dask_timeout")),
                        set_as_default=False)
    except (OSError, TimeoutError, ValueError) as error:  # ValueError: a malformed address
        raise DaskClusterError(address, _reason(error)) from None
    try:
        if not client.scheduler_info().get("workers"):
            raise DaskClusterError(address, "the scheduler has no worker")
        yield client
    finally:
        client.close()


def check_cluster(address: str) -> None:
    """Raise DaskClusterError before a batch starts on a cluster it could not use, or whose
    workers would read differently from this machine (another oficio, no Tesseract): else
    Prefect would wait 30 s and end with a traceback, or the tables would depend on which
    worker read a file. Workers that join during the run are not checked."""
    for worker, facts in sorted(workers(address).items()):
        if fix := unfit(facts):
            raise DaskClusterError(address, f"worker {worker}: {fix}")


def lost(address: str, error: BaseException) -> DaskClusterError | None:
    """The coded error for a batch whose cluster went away during the run (its scheduler
    stopped, the network failed), or None when ``error`` is another one."""
    from distributed.client import FutureCancelledError, FuturesCancelledError
    from distributed.comm.core import CommClosedError

    if not isinstance(error, (FutureCancelledError, FuturesCancelledError, CommClosedError)):
        return None
    return DaskClusterError(address, "the connection to the scheduler was lost during the "
                                     "run; the documents already stored are kept, and the "
                                     "next run reads the others")


def _reason(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__


@dataclass(frozen=True)
class WorkerFacts:
    """What a worker has, as reported by ``worker_facts`` run on it."""

    oficio: str
    pipeline: str
    tesseract: str | None
    languages: tuple[str, ...]
    daemonic: bool  # its processes may not have children: documents are not isolated


def worker_facts() -> WorkerFacts:
    """Run on each worker by ``oficio doctor``: only plain values come back."""
    import multiprocessing

    import oficio
    from oficio.corpus.batch.pipeline import PIPELINE_VERSION
    from oficio.extract.read import tesseract

    return WorkerFacts(oficio.__version__, PIPELINE_VERSION, tesseract.version(),
                       tuple(sorted(tesseract.languages())),
                       multiprocessing.current_process().daemon)


def unfit(facts: WorkerFacts) -> str:
    """What keeps a worker from reading as this machine would, with its fix; "" if
    nothing."""
    import oficio
    from oficio.corpus.batch.pipeline import PIPELINE_VERSION
    from oficio.extract.read.tesseract import APT

    if (facts.oficio, facts.pipeline) != (oficio.__version__, PIPELINE_VERSION):
        return (f"it has oficio {facts.oficio} (pipeline {facts.pipeline}): install oficio "
                f"{oficio.__version__} (pipeline {PIPELINE_VERSION}), the client's, on the "
                f"worker and restart it")
    missing = [code for code in LANGUAGES if code not in facts.languages]
    if facts.tesseract is None or missing:
        return (f"Tesseract {facts.tesseract or 'not found'}, missing {'+'.join(missing)}: "
                f"{APT} on the worker, then restart it")
    return ""


def workers(address: str) -> dict[str, WorkerFacts]:
    """Each worker's facts, by its address."""
    with connected(address) as client:
        try:
            return client.run(worker_facts)
        except Exception as error:  # noqa: BLE001  a worker's error comes back as it was
            # raised there: an older oficio without this module, a broken install
            raise DaskClusterError(address, f"a worker could not run oficio's check: "
                                            f"{_reason(error)}") from None
