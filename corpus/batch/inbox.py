"""``oficio serve``: a Prefect deployment that processes an inbox folder on a schedule.

For teams that receive replies over weeks: replies dropped into the inbox are read into
the workspace at the next run, every ``every``. Prefect's own ``flow.serve`` creates the
deployment (``oficio-inbox/inbox``, with an interval schedule) and runs each of its
scheduled runs in a process of its own (``oficio.corpus.batch.inbox_flow``).

Unless ``PREFECT_API_URL`` names a Prefect server of the user's, the workspace's own
Prefect server runs for as long as the command, with its UI, its scheduler (which makes
the scheduled runs) and the recording of task runs and logs, which a one-off batch turns
off (``oficio.corpus.batch.prefect_env``): a deployment's value is in being watched.

Stopping (Ctrl-C, SIGTERM) pauses the deployment's schedule, cancels a run in progress
(Prefect's runner stops its process; the documents stored are kept, the next run does the
others) and stops the server; a run still marked running in the store is then marked
aborted, as ``oficio status`` would, once no process holds the workspace.
"""

from __future__ import annotations

import logging
import os
import signal
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from datetime import timedelta
from pathlib import Path

from oficio.corpus.batch.prefect_env import configure_prefect
from oficio.corpus.batch.prefect_home import announced, seed_home
from oficio.corpus.batch.prefect_server import (
    PORT_IN_USE,
    check_room,
    launch,
    prefect_home,
    startup_timeout,
    stop,
    wait_healthy,
)
from oficio.corpus.batch.run import corpus_folder
from oficio.corpus.store.status import mark_stale_runs
from oficio.corpus.store.workspace import Workspace, idle
from oficio.errors import PrefectServerError

DEPLOYMENT = "inbox"
OBSERVERS = ("prefect.FlowRunCancellingObserver", "prefect.FlowRunSuspendingObserver")
STOPPED_WITHIN = 60.0  # seconds for a cancelled run's process to let go of the workspace
# A deployment's server does what a batch's leaves off: it schedules runs, marks late
# ones, records task runs and their events and keeps the runs' logs, for its UI.
SERVE_SETTINGS = {
    "PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED": "true",
    "PREFECT_SERVER_SERVICES_LATE_RUNS_ENABLED": "true",
    "PREFECT_SERVER_SERVICES_CANCELLATION_CLEANUP_ENABLED": "true",
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_ENABLED": "true",
    "PREFECT_SERVER_SERVICES_EVENT_PERSISTER_ENABLED": "true",
    "PREFECT_LOGGING_TO_API_ENABLED": "true",
}


def serve_inbox(inbox: Path, workspace: Workspace, every: timedelta, port: int,
                on_ready: Callable[[str | None], None]) -> None:
    """Serve the deployment until stopped; ``on_ready`` gets the UI's address once the
    server answers (None when the user's own server is used)."""
    inbox = corpus_folder(inbox)
    # set, not defaulted: a schedule needs its services, whatever a batch run earlier in
    # this environment switched off (configure_prefect turns them off for a batch)
    os.environ.update(SERVE_SETTINGS)
    configure_prefect(workspace)
    server = None
    previous = signal.getsignal(signal.SIGINT)
    try:
        announce: AbstractContextManager = nullcontext()
        if not os.environ.get("PREFECT_API_URL"):
            server = _start_server(workspace.root, port)
            os.environ["PREFECT_API_URL"] = f"http://127.0.0.1:{port}/api"
            announce = announced(prefect_home(os.environ), os.environ["PREFECT_API_URL"])
        on_ready(f"http://127.0.0.1:{port}" if server else None)
        from oficio.corpus.batch.inbox_flow import process_inbox

        # Ctrl-C takes the path of a SIGTERM, which Prefect's runner stops on in an orderly
        # way (it cancels its run, pauses the schedule). Raised as a KeyboardInterrupt in
        # its event loop, with the whole process group signalled at once, the stop hung
        # past two minutes in two full test runs, where the SIGTERM path never did.
        signal.signal(signal.SIGINT, _as_sigterm)
        with announce:
            process_inbox.serve(
                name=DEPLOYMENT, interval=every, limit=1, print_starting_message=False,
                parameters={"inbox": str(inbox), "workspace": str(workspace.root)},
                description=f"oficio process {inbox} --workspace {workspace.root}")
    finally:
        signal.signal(signal.SIGINT, previous)
        if server is not None:
            # The runner's observers, still listening to the server as it stops, would
            # each print a traceback of the closed connection.
            for name in OBSERVERS:
                logging.getLogger(name).setLevel(logging.ERROR)
            stop(server)
        _close_runs(workspace)


def _as_sigterm(signum: int, frame: object) -> None:
    os.kill(os.getpid(), signal.SIGTERM)


def _start_server(root: Path, port: int):
    """The workspace's Prefect server with its UI on ``port``, dying with this process."""
    check_room(root, prefect_home(os.environ))
    seed_home(prefect_home(os.environ))
    env = {**os.environ, "PREFECT_UI_ENABLED": "true", "PREFECT_SERVER_API_HOST": "127.0.0.1",
           "PREFECT_SERVER_API_PORT": str(port)}
    process, url, log = launch(env, port)
    limit = startup_timeout(180.0)
    status = wait_healthy(process, url, time.monotonic() + limit)
    if status is None:
        return process
    stop(process)
    if status == PORT_IN_USE:
        raise PrefectServerError(root, f"port {port} is in use: choose another with --port")
    raise PrefectServerError(root, f"exit status {status}: {log().strip()[-300:]}")


def _close_runs(workspace: Workspace) -> None:
    """Mark aborted a run the stop left marked running, once its process let go of the
    workspace (a cancelled run's process may take a moment to end)."""
    end = time.monotonic() + STOPPED_WITHIN
    while time.monotonic() < end:
        with idle(workspace) as nobody_running:
            if nobody_running:
                break
        time.sleep(0.2)
    if workspace.database.exists():
        mark_stale_runs(workspace)
