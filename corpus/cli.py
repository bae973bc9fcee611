"""The ``oficio`` command line: each command module registers on ``corpus.app.app``."""

from __future__ import annotations

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
    run_main()
