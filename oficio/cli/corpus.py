"""``oficio process`` and ``oficio status``."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table as RichTable

from oficio.cli.app import ExitCode, app, essential, out
from oficio.corpus.batch.pipeline import BatchSettings
from oficio.corpus.batch.reconcile import REMOVED, SUPERSEDED, FolderChanges
from oficio.corpus.batch.run import RunSummary, corpus_folder, process_corpus
from oficio.corpus.outputs.export import export_is_current, export_workspace
from oficio.corpus.outputs.spreadsheet import out_folder
from oficio.corpus.requests.periods import parse_period
from oficio.corpus.store.status import workspace_status
from oficio.corpus.store.workspace import DEFAULT_WORKSPACE, Workspace
from oficio.errors import SKIPPED_FILES, WARNINGS
from oficio.i18n import N_, _, label, ngettext

LISTED = 20  # paths listed per kind of change in a run's summary
WorkspaceOption = Annotated[
    Path, typer.Option("--workspace", "-w", help="Folder of the workspace store.")
]


@app.command()
def process(
    corpus_dir: Annotated[Path, typer.Argument(help="Folder of reply files (searched deeply).")],
    workspace: WorkspaceOption = DEFAULT_WORKSPACE,
    force: Annotated[bool, typer.Option(help="Process again files already done.")] = False,
    jobs: Annotated[int, typer.Option(
        help="Documents read (loaded and OCRed) at once: about a core each.")] = 2,
    dask_address: Annotated[str | None, typer.Option(
        help="Run on a Dask cluster, e.g. tcp://10.0.0.5:8786.")] = None,
    timeout: Annotated[float | None, typer.Option(help="Seconds allowed per document.")] = None,
    memory: Annotated[int | None, typer.Option(help="Megabytes allowed per document.")] = None,
    requests: Annotated[Path | None, typer.Option(
        help="The request registry CSV (see docs/requests.md).")] = None,
    period: Annotated[str | None, typer.Option(
        help="Requested period when neither request nor letter says, e.g. "
             "2017-01-01:2018-06-30.")] = None,
) -> None:
    """Read every reply in a folder into the workspace; files already done are skipped.

    Exit code 8 when any file failed (each is listed with its error; the others are kept).
    """
    given = {"doc_timeout": timeout, "doc_memory_mb": memory, "period": parse_period(period)}
    corpus_folder(corpus_dir)  # a mistyped folder creates no workspace
    ws = Workspace.open(workspace)  # first: its oficio.toml gives the settings' defaults
    settings = BatchSettings(**{k: v for k, v in given.items() if v is not None})
    with _progress() as bar:
        task = bar.add_task(_("documents"), total=None, failed=0, rate="")
        begun = time.perf_counter()

        def on_start(summary: RunSummary) -> None:
            bar.update(task, total=summary.to_process + summary.to_reclassify)

        def step(result, summary: RunSummary) -> None:
            minutes = (time.perf_counter() - begun) / 60
            bar.update(task, advance=1, failed=summary.failed,
                       rate=_("{n} pages/min").format(
                           n=f"{summary.pages / max(minutes, 1e-9):.0f}"))

        summary = process_corpus(corpus_dir, ws, force=force, jobs=jobs,
                                 dask_address=dask_address, settings=settings,
                                 requests=requests, progress=step, on_start=on_start)
    unchanged = export_is_current(ws)  # a killed run may have stored without exporting
    if not unchanged:
        export_workspace(ws, ws.exports, ("csv", "parquet"))
    _print_summary(summary, ws)
    essential((_("Tables (unchanged): {folder}") if unchanged else _("Tables: {folder}")
               ).format(folder=ws.exports))
    if summary.failed or summary.failed_before:  # a resumed run ends as a clean one would
        raise typer.Exit(int(ExitCode.documents_failed))


def _progress() -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TextColumn(_("failed") + " {task.fields[failed]}"), TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(), console=out, transient=True,
    )


def _print_summary(summary: RunSummary, ws: Workspace) -> None:
    out.print(_("{files} files ({unique} distinct): {processed} processed, {failed} failed, "
                "{skipped} already done; {pages} pages ({ocr_pages} by OCR) in {seconds} s."
                ).format(files=summary.files, unique=summary.unique,
                         processed=summary.processed, failed=summary.failed,
                         skipped=summary.skipped, pages=summary.pages,
                         ocr_pages=summary.ocr_pages, seconds=f"{summary.seconds:.1f}"),
              highlight=False)
    if summary.reclassified:
        out.print(reclassified_line(summary.reclassified), highlight=False)
    if summary.retried:
        out.print(_("{count} read again after a failure of the machine, not of the file: "
                    "{files}").format(count=len(summary.retried),
                                       files=_some(summary.retried)), highlight=False)
    failed, failed_before = _("failed"), _("failed in an earlier run")
    for relpath, error in summary.failures:
        essential(f"[red]{failed}[/] {relpath}: {error}")
    for relpath, error in summary.failed_before:
        essential(f"[red]{failed_before}[/] {relpath}: {error}")
    _print_changes(summary.changes)
    for code, relpaths in sorted(summary.warnings.items()):
        what = _(WARNINGS.get(code, UNKNOWN_WARNING))
        count = ngettext("{n} document", "{n} documents", len(relpaths)).format(n=len(relpaths))
        warning = _("warning")
        out.print(f"[yellow]{warning} {code}[/] {count}, {what}: {_some(relpaths)}",
                  highlight=False)
    if summary.not_read:
        count = len(summary.not_read)
        what = ngettext("{n} link or special file not read (a link may lead out of the "
                        "folder; copy the file in instead)",
                        "{n} links or special files not read (a link may lead out of the "
                        "folder; copy the file in instead)", count).format(n=count)
        notice = _("notice")
        out.print(f"[yellow]{notice} {SKIPPED_FILES}[/] {what}: {_some(summary.not_read)}",
                  highlight=False)
    out.print(_("Workspace: {root}  (see 'oficio status', 'oficio export')").format(
        root=ws.root), highlight=False)


def reclassified_line(count: int) -> str:
    """How many replies were relabelled from their stored text."""
    return ngettext("{n} reply reclassified from its stored text (not read again).",
                    "{n} replies reclassified from their stored text (not read again).",
                    count).format(n=count)


def _some(relpaths: list[str], shown: int = 10) -> str:
    more = (_(" and {n} more").format(n=len(relpaths) - shown)
            if len(relpaths) > shown else "")
    return ", ".join(relpaths[:shown]) + more


UNKNOWN_WARNING = N_("see the document's warnings")
# Each kind of change in a folder: its sentence for one file and for n (translated where
# they are shown), and the label of its paths. The documents of files gone whose content
# is at another path stay shown.
CHANGE_WORDS = {
    "changed": (N_("{n} file changed (its new version was read)"),
                N_("{n} files changed (their new version was read)"), N_("changed")),
    "gone": (N_("{n} file is no longer in the folder (left out of the tables)"),
             N_("{n} files are no longer in the folder (left out of the tables)"),
             N_("removed")),
    "kept": (N_("{n} file is gone from its path (its content is still at another)"),
             N_("{n} files are gone from their paths (their content is still at others)"),
             N_("gone, content elsewhere")),
    "restored": (N_("{n} file is back in the folder"), N_("{n} files are back in the folder"),
                 N_("back")),
}


def _print_changes(changes: FolderChanges) -> None:
    """What changed in the folder since its last run, then each path (at most ``LISTED``
    of each kind: a folder moved or emptied by mistake would list them all)."""
    found = {"changed": changes.changed,
             "gone": [path for path in changes.removed if path not in changes.kept],
             "kept": changes.kept, "restored": changes.restored}
    shown = [(CHANGE_WORDS[kind], paths) for kind, paths in found.items() if paths]
    if not shown:
        return
    out.print(", ".join(ngettext(one, many, len(paths)).format(n=len(paths))
                        for (one, many, _label), paths in shown) + ".", highlight=False)
    for (*_words, kind), paths in shown:
        for relpath in paths[:LISTED]:
            out.print(f"[yellow]{_(kind)}[/] {relpath}", highlight=False)
        if len(paths) > LISTED:
            more = _("… and {n} more").format(n=len(paths) - LISTED)
            out.print(f"[yellow]{_(kind)}[/] {more}", highlight=False)


@app.command()
def reclassify(
    workspace: WorkspaceOption = DEFAULT_WORKSPACE,
    everything: Annotated[bool, typer.Option(
        "--all", help="Every stored reply, not only those another model or pipeline "
                      "version labelled.")] = False,
) -> None:
    """Label stored replies again from their stored text, with the active model: no file is
    read again (no OCR). 'oficio process' does it by itself for its folder's replies."""
    from oficio.corpus.batch.reclassify import reclassify_workspace

    Workspace.existing(workspace)  # a workspace never processed: E206, nothing is created
    ws = Workspace.open(workspace)  # a read-only one: E309
    done = reclassify_workspace(ws, everything)
    out.print(reclassified_line(done.done) + f" ({done.seconds:.1f} s)", highlight=False)
    failed = _("failed")
    for relpath, error in done.failed:
        out.print(f"[red]{failed}[/] {relpath}: {error}", highlight=False)
    if not export_is_current(ws):
        export_workspace(ws, ws.exports, ("csv", "parquet"))
        out.print(_("Tables: {folder}").format(folder=ws.exports), highlight=False)
    if done.failed:
        raise typer.Exit(int(ExitCode.documents_failed))


@app.command()
def status(workspace: WorkspaceOption = DEFAULT_WORKSPACE) -> None:
    """What the workspace holds: documents by processing status, and failures with errors."""
    report = workspace_status(Workspace.existing(workspace))
    table = RichTable(title=_("documents in {root}").format(root=report.root))
    table.add_column(_("processing status"))
    table.add_column(_("documents"), justify="right")
    for name, count in report.by_status.items():
        table.add_row(label("processing", name), str(count))
    out.print(table)
    for line in report.labels.items():
        out.print(_status_line(*line), highlight=False)
    if report.reviewed:
        out.print(_("with reviewed labels: {n} (the labels above count them as reviewed)"
                    ).format(n=report.reviewed), highlight=False)
    if report.history:
        counts = ", ".join(f"{report.history.get(state, 0)} {label('state', state)}"
                           for state in (SUPERSEDED, REMOVED))
        out.print(_("no longer in the folder (history, left out of the tables): {counts}"
                    ).format(counts=counts), highlight=False)
    failed = _("failed")
    for relpath, error in report.failures:
        out.print(f"[red]{failed}[/] {relpath}: {error}", highlight=False)
    out.print(_("last run: {run}").format(run=_run_line(report.last_run)), highlight=False)


STATUS_TITLES = {"status": N_("reply status"), "axes": N_("axes")}


def _status_line(field: str, counts: dict[str, int]) -> str:
    """``reply status: answered 3, missing 1``, labels by their names (``oficio.i18n``)."""
    return f"{_(STATUS_TITLES[field])}: " + ", ".join(
        f"{label(field, code)} {count}" for code, count in counts.items())


def _run_line(run: dict | None) -> str:
    if run is None:
        return _("never")
    return _("#{run_id} started {started_at}, {status}: {processed} processed, {failed} "
             "failed, {skipped} already done; files changed {changed}, removed {removed}, "
             "back {restored}").format(**{**run, "status": label("run", str(run["status"]))})


@app.command()
def export(
    workspace: WorkspaceOption = DEFAULT_WORKSPACE,
    out_dir: Annotated[Path, typer.Option("--out", help="Folder to write the tables in.")] = Path(
        "oficio-export"),
    format: Annotated[str, typer.Option(
        "--format", help="csv (with Parquet beside it) or xlsx (one workbook).")] = "csv",
    include_removed: Annotated[bool, typer.Option(
        "--include-removed", help="Also the documents no longer in their folder: edited "
        "(superseded) or deleted (removed); see the state column.")] = False,
) -> None:
    """Write the tables (documents, figures, mentions) of the workspace for spreadsheets."""
    formats = {"csv": ("csv", "parquet"), "xlsx": ("xlsx",)}.get(format)
    if formats is None:
        raise typer.BadParameter(_("choose csv or xlsx"), param_hint="--format")
    written = export_workspace(Workspace.existing(workspace), out_folder(out_dir), formats,
                               include_removed)
    for path in written[:-1]:
        out.print(_("wrote {path}").format(path=path), highlight=False)
    essential(_("wrote {path}").format(path=written[-1]))


