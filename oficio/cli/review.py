"""``oficio review export`` and ``oficio review import``: the human review round."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from oficio.annotations.store import AnnotationStore
from oficio.cli.app import app, err, fail, out
from oficio.corpus.outputs.spreadsheet import out_file
from oficio.corpus.review.queue import GUIDE, QueueFilter, queue, write_queue
from oficio.corpus.review.review_import import read_review, store_labels
from oficio.corpus.store.database import connect_to_read
from oficio.corpus.store.workspace import Workspace
from oficio.errors import OficioError, ReviewFileError
from oficio.i18n import _, ngettext
from oficio.labels import AXES, STATUSES

review_app = typer.Typer(help="Review predicted labels in a spreadsheet.", no_args_is_help=True)
app.add_typer(review_app, name="review")

WORKSPACE = typer.Option(Path("oficio-workspace"), "--workspace", help="The workspace folder.")
LABELS_NAME = "annotations.jsonl"


def _store_path(workspace: Path) -> Path:
    return Workspace.existing(workspace).database


@review_app.command("export")
def export(
    out_path: Annotated[Path, typer.Option("--out", help="The file to write (CSV or XLSX).")],
    workspace: Path = WORKSPACE,
    fmt: str | None = typer.Option(None, "--format",
                                   help="csv or xlsx (default: from the --out extension)."),
    limit: int | None = typer.Option(None, "--limit", help="At most this many replies."),
    kind: str | None = typer.Option(None, "--kind", help="Only senders of this gazetteer kind."),
    status: str | None = typer.Option(None, "--status", help="Only this predicted status."),
    axis: str | None = typer.Option(None, "--axis", help="Only replies with this predicted axis."),
    run_id: int | None = typer.Option(None, "--run", help="Only replies processed by this run."),
    redact: bool = typer.Option(True, "--redact/--no-redact",
                                help="Mask personal data in the passages (default: on)."),
) -> None:
    """Write the review queue: one row per reply letter, most valuable to correct first."""
    try:
        _export(workspace, out_path, fmt, QueueFilter(limit, kind, status, axis, run_id), redact)
    except OficioError as error:
        raise fail(error) from None


def _export(workspace: Path, out_path: Path, fmt: str | None, chosen: QueueFilter,
            redact: bool) -> None:  # fmt: skip
    # without --format the name says it: a queue.xlsx holding CSV text would not open
    fmt = fmt or ("xlsx" if out_path.suffix.lower() == ".xlsx" else "csv")
    if fmt not in ("csv", "xlsx"):
        raise typer.BadParameter("csv or xlsx", param_hint="--format")
    if chosen.status and chosen.status not in STATUSES:
        raise typer.BadParameter(", ".join(STATUSES), param_hint="--status")
    if chosen.axis and chosen.axis not in AXES:
        raise typer.BadParameter(", ".join(AXES), param_hint="--axis")
    out_file(out_path)
    connection = connect_to_read(_store_path(workspace))
    try:
        items = queue(connection, chosen, redact)
    finally:
        connection.close()
    count = write_queue(items, out_path, fmt)
    wrote = ngettext("wrote {n} reply to {path}", "wrote {n} replies to {path}", count)
    out.print(wrote.format(n=count, path=out_path) + ("" if redact else _(" (NOT redacted)")),
              highlight=False)
    out.print(_("How to label: {guide}").format(guide=GUIDE), highlight=False)


@review_app.command("import")
def import_(
    file: Annotated[Path, typer.Argument(help="The filled review file (XLSX or CSV).")],
    workspace: Path = WORKSPACE,
    partial: bool = typer.Option(False, "--partial",
                                 help="Store the rows without errors even if others have some."),
    annotator: str = typer.Option("", "--annotator", help="Who reviewed (kept with each label)."),
) -> None:
    """Validate a filled review file and store its labels in WS/annotations.jsonl."""
    try:
        _import(file, workspace, partial, annotator)
    except OficioError as error:
        raise fail(error) from None


def _import(file: Path, workspace: Path, partial: bool, annotator: str) -> None:
    if not file.is_file():
        raise ReviewFileError(file, _("the file does not exist"))
    Workspace.existing(workspace).writable()  # the labels are stored in the workspace
    connection = connect_to_read(_store_path(workspace))
    try:
        known = {row[0] for row in connection.execute("SELECT doc_id FROM documents")}
    finally:
        connection.close()
    result = read_review(file, known, annotator)
    for problem in result.errors:
        err.print(str(problem), highlight=False)
    if result.errors and not partial:
        raise ReviewFileError(file, ngettext(
            "{n} problem; nothing was stored", "{n} problems; nothing was stored",
            len(result.errors)).format(n=len(result.errors)))
    store_labels(result, AnnotationStore(workspace / LABELS_NAME), partial)
    out.print(_("stored {stored} labels ({already} were stored already, {problems} problems)"
                ).format(stored=result.stored, already=result.already,
                         problems=len(result.errors)), highlight=False)
