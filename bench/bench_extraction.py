"""Words per second of ``find_figures`` over the bundled annotated set's text.

Run from the repository root:
    python -m bench.bench_extraction [annotations/bundled/replies.jsonl] [--repeat N]
"""

from __future__ import annotations

import argparse
import time

from oficio.evaluation.figures import document_from_record, read_records
from oficio.extract.figures.find import find_figures
from oficio.extract.figures.nlp import make_nlp


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", nargs="?", default="annotations/bundled/replies.jsonl")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    documents = [document_from_record(r) for r in read_records(args.path)]
    words = sum(len(page.text.split()) for d in documents for page in d.pages)
    for lang in {d.language for d in documents}:
        make_nlp(lang)  # pipeline construction is not part of the measure
    best = float("inf")
    figures = 0
    for _ in range(args.repeat):
        started = time.perf_counter()
        figures = sum(len(find_figures(d)) for d in documents)
        best = min(best, time.perf_counter() - started)
    print(f"{len(documents)} replies, {words} words, {figures} figures")
    print(f"find_figures: {best:.3f} s, {words / best:,.0f} words/s (best of {args.repeat})")


if __name__ == "__main__":
    main()
