"""Character error rate of oficio's OCR on the scanned samples, at one or more resolutions.

    python bench/ocr_accuracy.py [--dpi 200 --dpi 300]

CER = Levenshtein distance between the OCR text and the text the sample was made from,
divided by the length of that text, whitespace runs folded to one space. Target: under
3% on 200-300 dpi scans of typed letters. PDF scans are rendered at each --dpi; image
files are read at their own resolution.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

from rapidfuzz.distance import Levenshtein

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from oficio.extract.read.loader import load  # noqa: E402
from oficio.extract.read.options import LoadOptions  # noqa: E402

EXAMPLES = ROOT / "examples"
REPLIES = EXAMPLES / "replies"


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\f", " ")).strip()


def scanned_samples() -> list[Path]:
    manifest = json.loads((EXAMPLES / "manifest.json").read_text(encoding="utf-8"))
    names = [entry["file"] for entry in manifest if entry["pages"]]
    return [REPLIES / name for name in names if not name.endswith((".docx", ".txt"))]


def measure(path: Path, dpi: int) -> tuple[float, int, float, float]:
    """CER, OCR pages, seconds, mean confidence of one file at one dpi."""
    expected = squash((EXAMPLES / "truth" / f"{path.name}.txt").read_text(encoding="utf-8"))
    start = time.perf_counter()
    document = load(path, LoadOptions(dpi=dpi, jobs=1))
    seconds = time.perf_counter() - start
    if not document.ocr_pages:
        return -1.0, 0, seconds, 0.0
    ocr_text = [p.text for p in document.pages]
    cer = Levenshtein.distance(squash("\f".join(ocr_text)), expected) / len(expected)
    confidences = [p.confidence for p in document.pages if p.confidence is not None]
    return cer, document.ocr_pages, seconds, sum(confidences) / len(confidences)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dpi", type=int, action="append", help="resolution(s) to compare")
    args = parser.parse_args()
    resolutions = args.dpi or [200, 300]
    load(REPLIES / "06_mpfn_photo.png")  # warm up: imports and word tables, not measured
    print(f"{'file':38s} {'dpi':>4s} {'pages':>5s} {'CER':>7s} {'conf':>5s} {'s/page':>7s}")
    for dpi in resolutions:
        errors, chars_weight, total_pages, total_seconds = [], 0, 0, 0.0
        for path in scanned_samples():
            cer, pages, seconds, confidence = measure(path, dpi)
            if pages == 0:
                continue
            length = len(squash((EXAMPLES / "truth" / f"{path.name}.txt").read_text()))
            errors.append(cer * length)
            chars_weight += length
            total_pages += pages
            total_seconds += seconds
            print(f"{path.name:38s} {dpi:4d} {pages:5d} {cer:7.2%} {confidence:5.2f} "
                  f"{seconds / pages:7.2f}")
        print(f"{'ALL (weighted by length)':38s} {dpi:4d} {total_pages:5d} "
              f"{sum(errors) / chars_weight:7.2%} {'':5s} {total_seconds / total_pages:7.2f}")
        print()


if __name__ == "__main__":
    main()
