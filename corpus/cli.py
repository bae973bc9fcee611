"""The ``oficio`` command line: each command module registers on ``corpus.app.app``."""

from __future__ import annotations

import atexit
import importlib.util
import os
import sys
import threading
from typing import NoReturn

from corpus import (  # noqa: F401  (they register their commands)
    cli_corpus,
    cli_extract,
    cli_gazetteer,
    cli_models,
    cli_report,
    cli_review,
    cli_search,
)
from corpus.app import app, run_main

__all__ = ["app", "main"]


def main() -> None:
    _main_as_module()
    try:
        run_main()
    except SystemExit as end:
        _exit_now(end.code)
    _exit_now(0)


def _exit_now(code: object) -> NoReturn:
    """End the process as Python would, minus freeing every object one by one.

    After a batch that freeing (spaCy, scikit-learn, pandas, Prefect) took 1.5 s of one
    core while the system gives the memory back at once. Threads are waited for and exit
    handlers run as in a normal exit; output is flushed.
    """
    if code is not None and not isinstance(code, int):
        sys.stderr.write(f"{code}\n")
        code = 1
    try:
        threading._shutdown()  # type: ignore[attr-defined]  # what Python's own exit does
        atexit._run_exitfuncs()
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(code or 0)


def _main_as_module() -> None:
    """Let document children skip re-running the ``oficio`` launcher script.

    multiprocessing re-imports a main module given by path in every child (about 0.1 s per
    document here); one named ``*.__main__`` is skipped. ``python -m oficio`` is already
    named so; the installed ``oficio`` script is made to look the same.
    """
    main = sys.modules["__main__"]
    if getattr(main, "__spec__", None) is None and hasattr(main, "__file__"):
        main.__spec__ = importlib.util.find_spec("oficio.__main__")
