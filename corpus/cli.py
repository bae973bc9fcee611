"""The ``oficio`` command line: each command module registers on ``corpus.app.app``."""

from __future__ import annotations

from corpus import (
    cli_extract,  # noqa: F401  (registers its commands)
    cli_gazetteer,  # noqa: F401  (registers its commands)
)
from corpus.app import app, run_main

__all__ = ["app", "main"]


def main() -> None:
    run_main()
