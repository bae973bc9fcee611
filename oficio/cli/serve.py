"""``oficio serve``: process an inbox folder on a schedule, as a Prefect deployment."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import Annotated

import typer

from oficio.cli.app import app, essential, out
from oficio.cli.corpus import WorkspaceOption
from oficio.corpus.batch.run import corpus_folder
from oficio.corpus.store.workspace import DEFAULT_WORKSPACE, Workspace
from oficio.i18n import _

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_every(text: str) -> timedelta:
    """``90s``, ``15m``, ``1h``, ``1d`` or a number of seconds, as a time between runs."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", text.lower())
    seconds = float(match[1]) * UNITS[match[2] or "s"] if match else 0.0
    if seconds <= 0:
        raise typer.BadParameter(_("{text}: write e.g. 30s, 15m, 1h or 1d").format(
            text=repr(text)), param_hint="--every")
    return timedelta(seconds=seconds)


@app.command()
def serve(
    inbox: Annotated[Path, typer.Argument(help="Folder where new replies are dropped.")],
    workspace: WorkspaceOption = DEFAULT_WORKSPACE,
    every: Annotated[str, typer.Option(
        help="Time between two runs: 30s, 15m, 1h, 1d.")] = "1h",
    port: Annotated[int, typer.Option(
        help="Port of the workspace's Prefect server and its UI.")] = 4200,
) -> None:
    """Process INBOX into the workspace now and every --every, as a Prefect deployment
    (oficio-inbox/inbox) shown in Prefect's UI, until stopped with Ctrl-C (docs/batch.md)."""
    from oficio.corpus.batch.inbox import serve_inbox

    interval = parse_every(every)
    corpus_folder(inbox)  # a mistyped folder creates no workspace
    ws = Workspace.open(workspace)

    def ready(ui: str | None) -> None:
        where = _("; Prefect's UI: {url}").format(url=f"{ui}/deployments") if ui else ""
        out.print(_("Serving {inbox} into {workspace} every {every}{where}. Ctrl-C stops.")
                  .format(inbox=inbox, workspace=ws.root, every=every, where=where),
                  highlight=False)

    serve_inbox(inbox, ws, interval, port, ready)
    essential(_("Stopped. Tables: {folder}").format(folder=ws.exports))
