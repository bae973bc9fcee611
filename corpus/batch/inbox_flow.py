"""The flow ``oficio serve`` deploys: bring a workspace up to date with an inbox folder.

Prefect runs each scheduled run of it in a process of its own, which imports this module;
so it holds the flow alone and imports the batch only when a run starts. A run is an
``oficio process`` of the inbox: files already done are skipped, new ones read, and the
tables of ``WS/export`` written again when the store changed. Its batch is a flow run of
its own (``oficio-process``, named ``oficio run N``), shown inside this one in Prefect's UI.
"""

from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger


@flow(name="oficio-inbox", persist_result=False, log_prints=False)
def process_inbox(inbox: str, workspace: str) -> dict[str, int]:
    """Process the replies of ``inbox`` into ``workspace``; the run's counts (no text of a
    document: Prefect's database and logs never hold one)."""
    from oficio.corpus.batch.run import process_corpus
    from oficio.corpus.outputs.export import export_is_current, export_workspace
    from oficio.corpus.store.workspace import Workspace

    ws = Workspace.open(Path(workspace))
    summary = process_corpus(Path(inbox), ws)
    if not export_is_current(ws):
        export_workspace(ws, ws.exports, ("csv", "parquet"))
    counts = {"run_id": summary.run_id, "files": summary.files,
              "processed": summary.processed, "failed": summary.failed,
              "skipped": summary.skipped, "reclassified": summary.reclassified,
              "retried": len(summary.retried)}
    get_run_logger().info(
        "oficio run %(run_id)s: %(processed)s processed, %(failed)s failed, %(skipped)s "
        "already done, %(reclassified)s reclassified, %(retried)s read again", counts)
    return counts
