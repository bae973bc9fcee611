"""``oficio settings``: the effective value of every setting, and where it came from."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from oficio import settings
from oficio.cli.app import app, out
from oficio.corpus.store.workspace import DEFAULT_WORKSPACE


@app.command("settings")
def show_settings(
    workspace: Annotated[Path, typer.Option(
        "--workspace", "-w", help="Workspace whose oficio.toml is read.")] = DEFAULT_WORKSPACE,
) -> None:
    """Every setting: its value and its source (environment, settings file or default)."""
    settings.use_workspace(workspace.resolve())  # read only: the folder need not exist
    # one line per setting, as oficio.toml writes it: a line can be copied into the file,
    # and a long path is never cut as a table column would cut it
    for setting, text, source in settings.effective():
        out.print(f"{setting.key} = {text}  # {setting.env}; {source}", highlight=False,
                  markup=False)
