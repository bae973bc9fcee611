"""Prefect's settings for a batch, set before Prefect is imported.

Each workspace keeps its own Prefect home (``<workspace>/.prefect``): two batches on two
workspaces never share Prefect's database, and everything a run leaves behind stays in
the workspace. Prefect's temporary local server starts with the batch (no server to set
up); its telemetry, logging to the API and resource metrics are off, and so are the
server's services a one-off batch never uses (schedules, late runs, automations...).

The server does not record task runs or their events either: recording them took over a
quarter of the batch's CPU time (docs/batch.md), and the workspace's store already
records every document. The flow run itself is recorded. To see every task run, point
the batch at a Prefect server of your own (``PREFECT_API_URL``).
"""

from __future__ import annotations

import os

from oficio.corpus.store.workspace import Workspace

SETTINGS = {
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_SERVER_LOGGING_LEVEL": "WARNING",
    "PREFECT_LOGGING_TO_API_ENABLED": "false",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_TELEMETRY_ENABLE_RESOURCE_METRICS": "false",
    "PREFECT_CLOUD_ENABLE_ORCHESTRATION_TELEMETRY": "false",
    # The first start in a new home runs database migrations: long on a busy machine.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
    "PREFECT_RESULTS_PERSIST_BY_DEFAULT": "false",
    # Block types are for storage and credentials kept in the server; a batch uses none.
    # Registering them imported every Prefect integration installed (prefect-dask) and
    # hashed them at each start of the server.
    "PREFECT_API_BLOCKS_REGISTER_ON_START": "false",
    "PREFECT_MEMOIZE_BLOCK_AUTO_REGISTRATION": "false",
}
UNUSED_SERVICES = ("SCHEDULER", "LATE_RUNS", "FOREMAN", "PAUSE_EXPIRATIONS", "REPOSSESSOR",
                   "CANCELLATION_CLEANUP", "TRIGGERS", "DB_VACUUM", "CLEANUP_RECONCILER")
RECORDERS = ("TASK_RUN_RECORDER", "EVENT_PERSISTER")


def configure_prefect(workspace: Workspace) -> None:
    """Point Prefect at the workspace's own home, unless the user chose one."""
    os.environ.setdefault("PREFECT_HOME", str(workspace.root / ".prefect"))
    for name, value in SETTINGS.items():
        os.environ.setdefault(name, value)
    for service in UNUSED_SERVICES + RECORDERS:
        os.environ.setdefault(f"PREFECT_SERVER_SERVICES_{service}_ENABLED", "false")
