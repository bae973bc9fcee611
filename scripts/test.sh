#!/usr/bin/env bash
# Install everything (as scripts/install.sh does), then run the linter and the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
.venv/bin/ruff check .
.venv/bin/python -m pytest -n 2 -q "$@"
