"""``oficio report``: the annual-report tables as CSV files and one HTML page."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from oficio.cli.app import app, fail, out
from oficio.corpus.outputs.spreadsheet import out_folder
from oficio.corpus.store.database import connect_to_read
from oficio.corpus.store.workspace import DEFAULT_WORKSPACE, Workspace
from oficio.errors import OficioError
from oficio.i18n import _

PAGE_NAME = "report.html"


@app.command()
def report(
    workspace: Annotated[Path, typer.Option(
        "--workspace", "-w", help="Folder of the workspace store.")] = DEFAULT_WORKSPACE,
    out_dir: Annotated[Path, typer.Option(
        "--out", help="Folder to write the CSV tables and report.html in.")] = Path(
        "oficio-report"),
    title: Annotated[str | None, typer.Option(
        "--title", help="The page's title (default: 'oficio report' in the language).")] = None,
) -> None:
    """Write the annual-report tables (CSV) and one self-contained HTML page with charts."""
    try:
        written = make_report(workspace, out_dir, title)
    except OficioError as error:
        raise fail(error) from None
    for path in written:
        out.print(_("wrote {path}").format(path=path), highlight=False)


def make_report(workspace: Path, out_dir: Path, title: str | None = None) -> list[Path]:
    """Build the report of ``workspace`` into ``out_dir``; the files written."""
    # here, not at the top: the report's table units import spaCy, which
    # every other command would pay for at its start
    from oficio.corpus.outputs.report import build, write_tables
    from oficio.corpus.outputs.report_html import write_page

    connection = connect_to_read(Workspace.existing(workspace).database)
    out_folder(out_dir)
    try:
        tables = build(connection)
    finally:
        connection.close()
    written = write_tables(tables, out_dir)
    written.append(write_page(tables, out_dir / PAGE_NAME, title))
    return written
