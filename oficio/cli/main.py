"""The ``oficio`` command line: each command module registers on ``oficio.cli.app.app``."""

from __future__ import annotations

import atexit
import importlib.metadata
import importlib.util
import logging
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from oficio import settings
from oficio.cli import (  # noqa: F401  (they register their commands on the app)
    corpus,
    extract,
    gazetteer,
    models,
    report,
    review,
    search,
    serve,
    settings_command,
)
from oficio.cli.app import app, out, run_main

__all__ = ["app", "main"]
LOGGED = ("oficio",)  # oficio's own loggers only: every module logs under oficio.


def _version(shown: bool) -> None:
    if shown:
        out.print(f"oficio {importlib.metadata.version('oficio')}", highlight=False)
        raise typer.Exit()


@app.callback()
def options(
    version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True,
        help="Print the version of oficio and exit.")] = False,
    quiet: Annotated[bool, typer.Option(
        "--quiet", "-q", help="Print only errors and the final line.")] = False,
    verbose: Annotated[bool, typer.Option(
        "--verbose", "-v", help="Print debug detail on stderr (never a document's text).")
    ] = False,
    config: Annotated[Path | None, typer.Option(
        "--config", help="Settings file to use instead of the workspace's oficio.toml "
                         "(see docs/settings.md).")] = None,
    lang: Annotated[str | None, typer.Option(
        "--lang", help="Language of the messages, the report and the review queue: es "
                       "(default) or en; the setting lang.")] = None,
) -> None:
    """Read government replies to access-to-information requests into data."""
    out.quiet = quiet
    if verbose:
        _debug_to_stderr()
    if lang is not None:
        # the command line wins over the environment and any settings file; set in the
        # environment, it reaches the processes a batch starts too
        os.environ[settings.BY_KEY["lang"].env] = lang
    if config is not None:
        settings.use_file(config, given=True)
    settings.check_environment()  # a bad value stops the command now, not a batch half-way


def _debug_to_stderr() -> None:
    """Debug records of oficio's own modules on stderr. Third-party loggers stay at their
    level: some log what they read, and a document's text must never reach a log."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s: %(message)s"))
    for name in LOGGED:
        logger = logging.getLogger(name)
        logger.setLevel(logging.DEBUG)
        logger.addHandler(handler)


def main() -> None:
    _main_as_module()
    status = [1]  # Python prints an unexpected error's traceback and ends with 1
    atexit.register(_end_without_freeing, status)
    try:
        run_main()
    except SystemExit as end:
        # None is success; a message instead of a number is printed by Python, status 1
        code = end.code
        status[0] = 0 if code is None else code if isinstance(code, int) else 1
        raise
    status[0] = 0


def _end_without_freeing(status: list[int]) -> None:
    """End the process once a normal exit has done everything but free every object one
    by one, which the system does at once.

    Exit handlers run last registered, first run, after Python has waited for the
    program's threads. This one is registered when the command starts: every handler the
    command's libraries register later (multiprocessing's, temporary folders') has run
    when it runs. Only logging's was registered before (at its import): it is called here.
    The freeing skipped is a quarter of ``oficio extract`` on one reply (docs/batch.md,
    "What each speed-up saves").
    """
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe or stream: nothing left to write
            pass
    os._exit(status[0])


def _main_as_module() -> None:
    """Let document children skip re-running the ``oficio`` launcher script.

    multiprocessing re-imports a main module given by path in every child; one named
    ``*.__main__`` is skipped. ``python -m oficio`` is already named so; the installed
    ``oficio`` script is made to look the same.
    """
    main = sys.modules["__main__"]
    if getattr(main, "__spec__", None) is None and hasattr(main, "__file__"):
        main.__spec__ = importlib.util.find_spec("oficio.__main__")
