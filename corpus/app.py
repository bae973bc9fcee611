"""The Typer application every ``oficio`` subcommand registers on, and its error boundary."""

from __future__ import annotations

import sys

import typer
from rich.console import Console
from rich.markup import escape

from oficio.errors import ExitCode, OficioError
from oficio.i18n import _

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
    return typer.Exit(code=int(error.exit_code))


def run_main() -> None:
    """Run the app, turning oficio errors and Ctrl-C into exit codes."""
    try:
        app()
    except OficioError as error:
        raise SystemExit(int(fail(error).exit_code)) from None
    except KeyboardInterrupt:
        err.print(_("interrupted"))
        sys.exit(int(ExitCode.ctrl_c))
