"""The ``oficio`` command line: each command module registers on ``corpus.app.app``."""

from __future__ import annotations

import corpus.cli_models  # noqa: F401  (registers its commands)
from corpus import cli_extract  # noqa: F401  (registers its commands)
from corpus.app import app, run_main

__all__ = ["app", "main"]


def main() -> None:
    run_main()
