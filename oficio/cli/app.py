"""The Typer application every ``oficio`` subcommand registers on, and its error boundary."""

from __future__ import annotations

import sys
from enum import IntEnum

import typer
from rich.console import Console
from rich.markup import escape

from oficio import errors
from oficio.errors import OficioError
from oficio.i18n import _


class ExitCode(IntEnum):
    """Exit codes of the ``oficio`` command (documented in docs/cli.md)."""

    ok = 0
    other_error = 1
    bad_args = 2
    input_file = 3
    missing_dependency = 4
    encrypted_pdf = 5
    image_too_large = 6
    ocr_timeout = 7
    documents_failed = 8
    environment = 9
    workspace_busy = 10
    ctrl_c = 130


# The exit code of each kind of error; an error takes the code of its nearest class here.
EXIT_CODES: dict[type[OficioError], ExitCode] = {
    OficioError: ExitCode.other_error,
    errors.InputFileError: ExitCode.input_file,
    errors.EncryptedFileError: ExitCode.encrypted_pdf,
    errors.ImageTooLargeError: ExitCode.image_too_large,
    errors.OcrTimeoutError: ExitCode.ocr_timeout,
    errors.TesseractMissingError: ExitCode.missing_dependency,
    errors.BrowseMissingError: ExitCode.missing_dependency,
    errors.NoRendererError: ExitCode.missing_dependency,
    errors.ConfigError: ExitCode.bad_args,
    errors.SearchQueryError: ExitCode.bad_args,
    errors.BadPeriodError: ExitCode.bad_args,
    errors.GazetteerFileError: ExitCode.bad_args,
    errors.OutFolderMissingError: ExitCode.bad_args,
    errors.OutIsFileError: ExitCode.bad_args,
    errors.TrainingDataError: ExitCode.bad_args,
    errors.RegistryError: ExitCode.input_file,
    errors.ReviewFileError: ExitCode.input_file,
    errors.SpreadsheetError: ExitCode.input_file,
    errors.DiskFullError: ExitCode.environment,
    errors.MachineError: ExitCode.environment,
    errors.DaskClusterError: ExitCode.environment,
    errors.PrefectServerError: ExitCode.environment,
    errors.WorkspaceReadOnlyError: ExitCode.environment,
    errors.WorkspaceBusyError: ExitCode.workspace_busy,
}


def exit_code(error: OficioError) -> ExitCode:
    """The exit code of an error: that of the nearest of its classes in ``EXIT_CODES``."""
    return next(EXIT_CODES[cls] for cls in type(error).__mro__ if cls in EXIT_CODES)


app = typer.Typer(
    name="oficio",
    help="Read government replies to access-to-information requests into data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


def essential(text: str) -> None:
    """Print a line ``-q`` keeps (it silences ``out`` otherwise): a command's last line,
    where the result is, and the files that failed, so that a quiet run in a script still
    says both."""
    quiet, out.quiet = out.quiet, False
    try:
        out.print(text, highlight=False)
    finally:
        out.quiet = quiet


def fail(error: OficioError) -> typer.Exit:
    """Print an oficio error for a person and return the Exit to raise."""
    # escaped: a message may quote what the user typed ("[E210] ... «[trata»")
    err.print(f"[bold red]error[/]: {escape(str(error))}", markup=True, highlight=False)
    return typer.Exit(code=int(exit_code(error)))


def run_main() -> None:
    """Run the app, turning oficio errors and Ctrl-C into exit codes."""
    try:
        app()
    except OficioError as error:
        raise SystemExit(fail(error).exit_code) from None
    except KeyboardInterrupt:
        err.print(_("interrupted"))
        sys.exit(int(ExitCode.ctrl_c))
