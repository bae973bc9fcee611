"""Accuracy on documents the generator did not make: the real-dev gold and the blind sets.

    python bench/evaluation_sets.py                    # every set found
    python bench/evaluation_sets.py --set real-dev     # one set
    python bench/evaluation_sets.py --set blind-v1 --variant scanned --json out.json
    python bench/evaluation_sets.py --set blind-v2 --variant native --registry

A set is a folder under ``eval/`` holding ``gold.jsonl`` (format: ``eval/README.md``). Its
files are read from the folder itself, except real-dev's, which are read from
``../shared/real-dev/docs/`` (they may not be redistributed) and skipped when absent.

Each document is loaded (OCR where needed), its facts extracted and its labels predicted
by the bundled model with the requested period the letter states, as ``oficio process``
does without a request registry (``--registry``: the gold's requested period, as a
registry of the requests would give it). ``oficio eval --set FOLDER`` prints the same
scores for a workspace's active model. Printed per set and variant (the scores are
``oficio.evaluation.sets``'s):

- figures: money precision and recall, percent and count F1. A predicted figure matches an
  unmatched gold figure of the same page and kind with the same value (within 0.005) and,
  for money, the same currency; offsets are not compared (scans have other offsets), nor
  pages for a Word file (its gold pages are those of a LibreOffice rendering);
- role accuracy over matched money, and over matched money whose gold role is set;
- sender accuracy: a gazetteer entry of the gold sender (looked up by name or acronym; for
  a unit written "Institución - unidad", its institution's or the unit's own), or no
  sender where the gazetteer has none (a foreign or unknown body);
- reference accuracy: the letter's own number, compared after folding case, ``N°``/``Nº``
  and spaces;
- status macro-F1 and per-class F1, F1 per missing kind, axes micro- and macro-F1,
  documents given an axis though off topic, expected calibration error of the status
  confidence, and the share of wrong statuses given with a confidence of 0.95 or more.

This script is for measuring: nothing it prints may be turned into rules or training text
(see eval/README.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from oficio.evaluation.sets import VARIANTS, read_set, score_set

ROOT = Path(__file__).resolve().parents[1]
SETS = ROOT / "eval"
REAL_DEV_DOCS = ROOT.parent / "shared" / "real-dev" / "docs"


def evaluate(name: str, variant: str, registry: bool = False) -> dict | None:
    from oficio.models.registry import load_default

    docs = REAL_DEV_DOCS if name == "real-dev" else None
    read = read_set(SETS / name, variant, docs)
    if not read:
        return None
    return {"set": name, "variant": variant,
            **score_set(read, load_default(), variant, registry)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", action="append", help="a folder under eval/ (default: all)")
    parser.add_argument("--variant", action="append",
                        help="native, scanned or photo (default: every variant present)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument("--registry", action="store_true",
                        help="give the classifier the requested period of the gold, as a "
                             "request registry would (default: the period the letter states)")
    args = parser.parse_args()
    names = args.set or sorted(p.name for p in SETS.iterdir() if (p / "gold.jsonl").exists())
    results = []
    for name in names:
        for variant in args.variant or VARIANTS:
            result = evaluate(name, variant, args.registry)
            if result is None:
                continue
            results.append(result)
            print(json.dumps(result, ensure_ascii=False))
            sys.stdout.flush()
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
