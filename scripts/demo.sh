#!/usr/bin/env bash
# The quick start: install everything, then run the main job on the sample corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
status=0
.venv/bin/oficio process examples/replies --workspace out/workspace \
  --requests examples/requests.csv || status=$?
# Exit code 8 means some files failed: examples/replies/99_broken.pdf is broken on purpose.
if [ "$status" -ne 0 ] && [ "$status" -ne 8 ]; then exit "$status"; fi
.venv/bin/oficio status --workspace out/workspace
echo
echo "Las tablas (documents, figures, mentions) están en out/workspace/export/, en CSV y Parquet."
