"""The ``oficio`` command line: each command module registers on ``corpus.app.app``."""

from __future__ import annotations

import importlib.util
import sys

from corpus import (  # noqa: F401  (they register their commands)
    cli_corpus,
    cli_extract,
    cli_gazetteer,
    cli_models,
    cli_report,
    cli_review,
)
from corpus.app import app, run_main

__all__ = ["app", "main"]


def main() -> None:
    _main_as_module()
    run_main()


def _main_as_module() -> None:
    """Let document children skip re-running the ``oficio`` launcher script.

    multiprocessing re-imports a main module given by path in every child (about 0.1 s per
    document here); one named ``*.__main__`` is skipped. ``python -m oficio`` is already
    named so; the installed ``oficio`` script is made to look the same.
    """
    main = sys.modules["__main__"]
    if getattr(main, "__spec__", None) is None and hasattr(main, "__file__"):
        main.__spec__ = importlib.util.find_spec("oficio.__main__")
