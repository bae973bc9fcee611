"""Extraction's time beside OCR's, on scanned replies: issue 18's target is that reading
figures, mentions and the header costs under 3% of what OCR costs for the same pages.

Run from the repository root:
    python bench/extraction_share.py [--set blind-v1] [--documents 20]

Each scanned reply of the set (a development set: nothing here is tuned on it) is loaded
with OCR, then its facts are extracted; the two are timed apart and the share printed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from oficio.extract.facts import extract_facts  # noqa: E402
from oficio.extract.read.loader import load  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", default="blind-v1")
    parser.add_argument("--documents", type=int, default=20)
    args = parser.parse_args()
    folder = ROOT / "eval" / args.set
    records = [json.loads(line) for line in (folder / "gold.jsonl").read_text().splitlines()
               if line.strip()]
    paths = [folder / r["files"]["scanned"] for r in records if r["files"].get("scanned")]
    ocr = extraction = 0.0
    pages = 0
    extract_facts(load(paths[0]))  # loading the language pipelines is not part of the measure
    for path in paths[: args.documents]:
        started = time.perf_counter()
        document = load(path)
        loaded = time.perf_counter()
        extract_facts(document)
        ocr += loaded - started
        extraction += time.perf_counter() - loaded
        pages += len(document.pages)
    print(f"{min(len(paths), args.documents)} scanned replies, {pages} pages ({args.set})")
    print(f"load with OCR: {ocr:.1f} s ({ocr / pages:.2f} s a page)")
    print(f"extraction: {extraction:.2f} s ({extraction / pages * 1000:.0f} ms a page)")
    print(f"extraction / OCR: {100 * extraction / ocr:.1f}% (target under 3%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
