"""``oficio extract`` and ``oficio doctor``."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table as RichTable

from oficio.cli.app import ExitCode, app, err, out
from oficio.corpus.outputs.doctor import run_checks, store_privacy, worker_checks
from oficio.errors import OcrTimeoutError
from oficio.extract.read.document import Document
from oficio.extract.read.options import LoadOptions
from oficio.i18n import N_, _

# How a page's text was read (Page.method), translated where it is shown
METHODS = {"text": N_("text layer"), "ocr": N_("OCR"), "none": N_("blank page")}


@app.command()
def extract(
    file: Annotated[Path, typer.Argument(help="The reply: PDF, PNG, JPEG, TIFF, DOCX or TXT.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    lang: Annotated[str | None, typer.Option(help="Tesseract languages, e.g. spa+eng.")] = None,
    dpi: Annotated[int | None, typer.Option(help="Resolution for OCR of PDF pages.")] = None,
    jobs: Annotated[int | None, typer.Option(help="Pages to OCR at once.")] = None,
    timeout: Annotated[float | None, typer.Option(help="Seconds allowed per OCR page.")] = None,
    force_ocr: Annotated[bool, typer.Option(help="OCR every page, even with text.")] = False,
) -> None:
    """Print a reply's pages, and for each page whether its text came from OCR.

    Exit code 7 when the OCR of a page timed out or failed (the page is shown as such).
    """
    from oficio.extract.read.loader import load  # spaCy's word tables: only for this command

    options = _options(lang, dpi, jobs, timeout, force_ocr)
    document = load(file, options)
    if as_json:
        typer.echo(document.to_json(indent=2))
    else:
        _print_document(document)
    if document.failed_pages:
        numbers = ", ".join(str(page.number) for page in document.failed_pages)
        error = OcrTimeoutError(file, _("pages {numbers} have no text").format(numbers=numbers))
        warning = _("warning")
        err.print(f"[bold yellow]{warning}[/]: {error}", highlight=False)
        raise typer.Exit(int(ExitCode.ocr_timeout))


def _options(lang: str | None, dpi: int | None, jobs: int | None, timeout: float | None,
             force_ocr: bool) -> LoadOptions:
    given = {"languages": lang, "dpi": dpi, "jobs": jobs, "ocr_timeout": timeout}
    changes = {key: value for key, value in given.items() if value is not None}
    return replace(LoadOptions(force_ocr=force_ocr), **changes)


def _print_document(document: Document) -> None:
    out.print(f"[bold]{document.path}[/]  " + _(
        "{kind}, {pages} page(s), {ocr} by OCR, language {language}").format(
        kind=document.file_type.upper(), pages=len(document.pages), ocr=document.ocr_pages,
        language=document.language), highlight=False)
    note = _("note")
    for warning in document.warnings:
        out.print(f"[yellow]{note}[/]: {warning}", highlight=False)
    for page in document.pages:
        out.rule(_("page {n} · {how}").format(n=page.number, how=_describe(page)))
        out.print(page.text, markup=False, highlight=False)
        for i, table in enumerate(page.tables, start=1):
            rows = _("table {n}: {rows} rows").format(n=i, rows=len(table.rows))
            out.print(f"[dim]{rows}[/]")


def _describe(page) -> str:
    parts = [_(METHODS[page.method])]
    if page.confidence is not None:
        parts.append(_("confidence {n}").format(n=f"{page.confidence:.0%}"))
    if page.rotation:
        parts.append(_("turned {n}°").format(n=page.rotation))
    if abs(page.skew) >= 0.1:
        parts.append(_("deskewed {n}°").format(n=f"{page.skew:+.1f}"))
    if page.status != "ok":
        parts.append(page.status.replace("_", " ").upper())
    return ", ".join(parts)


@app.command()
def doctor(
    workspace: Annotated[Path, typer.Option(
        "--workspace", help="Also check that this workspace's store is private.")] = Path(
        "oficio-workspace"),
    dask_address: Annotated[str | None, typer.Option(
        help="Also check each worker of this Dask cluster, e.g. tcp://10.0.0.5:8786.")] = None,
) -> None:
    """Check Tesseract and its Spanish and English data, and say how to fix what is missing;
    warn when a workspace's store can be read by other users; check a Dask cluster's
    workers."""
    checks = run_checks()
    if dask_address:
        checks.extend(worker_checks(dask_address))
    if (workspace / "oficio.sqlite").is_file():
        checks.append(store_privacy(workspace.resolve()))
    table = RichTable(title="oficio doctor", show_lines=False)
    for column in (_("check"), _("found"), _("status")):
        table.add_column(column)
    warning, missing, fix = _("WARNING"), _("MISSING"), _("fix")
    for check in checks:
        mark = "[green]ok[/]" if check.ok else (
            f"[bold yellow]{warning}[/]" if check.warning else f"[bold red]{missing}[/]")
        table.add_row(check.name, check.found, mark)
    out.print(table)
    for check in checks:
        if not check.ok:
            out.print(f"[bold red]{fix}[/] {check.name}: {check.fix}", highlight=False)
    failed = [check for check in checks if not check.ok and not check.warning]
    if failed:
        raise typer.Exit(int(ExitCode.missing_dependency))
    out.print(_("Everything oficio needs is installed."))
