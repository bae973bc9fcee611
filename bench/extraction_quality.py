"""Extraction quality on the bundled held-out split: native text and rendered scans.

Run from the repository root:
    python -m bench.extraction_quality [PATH] [--split heldout] [--native N] [--scanned N]
        [--seed S] [--json]

Prints the same table as ``oficio eval --extraction --scanned N``: all held-out replies
natively and the first 30 rendered as seeded scans and OCR'd (about 1.5 s a page).
"""

from __future__ import annotations

import argparse
import json

from rich.console import Console

from oficio.annotations.bundled import BUNDLED_PATH
from oficio.evaluation.extraction import evaluate_native, evaluate_scanned, select_records
from oficio.evaluation.table import extraction_table, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", nargs="?", default=str(BUNDLED_PATH))
    parser.add_argument("--split", default="heldout")
    parser.add_argument("--native", type=int, default=None, help="replies evaluated natively")
    parser.add_argument("--scanned", type=int, default=30, help="replies scanned and OCR'd")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()
    records = select_records(args.path, args.split)
    native = evaluate_native(records[: args.native])
    scanned = evaluate_scanned(records[: args.scanned], seed=args.seed) if args.scanned else None
    if args.json:
        reports = [r.to_dict() for r in (native, scanned) if r is not None]
        print(json.dumps(reports, indent=1))
        return
    console = Console(width=120)
    console.print(extraction_table(native, scanned))
    for report in (native, scanned):
        if report is not None:
            console.print(summary(report))


if __name__ == "__main__":
    main()
