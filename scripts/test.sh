#!/usr/bin/env bash
# Install everything (as scripts/install.sh does), then run the linter and the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
.venv/bin/ruff check .
# Three workers on two cores: the slow tests mostly wait on processes of their own (a batch's
# Prefect server, its document children, Tesseract, kills and restarts), and a third worker
# runs while they wait.
.venv/bin/python -m pytest -n 3 -q "$@"
