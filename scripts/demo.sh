#!/usr/bin/env bash
# The quick start: install everything, then read the bundled sample corpus (examples/).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
mkdir -p out/examples
ok=0; failed=0
for file in examples/replies/*; do
  name=$(basename "$file")
  if .venv/bin/oficio extract --json "$file" > "out/examples/$name.json" 2> "out/examples/$name.err"; then
    ok=$((ok + 1))
  else
    failed=$((failed + 1)); rm -f "out/examples/$name.json"
    echo "failed: $(tail -n 1 "out/examples/$name.err")"
  fi
done
echo "Read $((ok + failed)) sample files: $ok read, $failed failed (99_broken.pdf is broken on purpose)."
echo "The text of each file, page by page, is in out/examples/<file>.json"
