"""Which figures the scanned evaluation misses or adds, by kind and by where they stand.

Run from the repository root:
    python -m bench.scan_misses [PATH] [--split train] [--first N] [--skip K]
        [--kind all|money|count|percent]

Renders and OCRs replies as ``oficio eval --extraction --scanned`` does (same seeds), and
prints one line per missed gold figure and per false figure: reply id, page, kind, value
and the layout of its line (``pipe table``, ``spaced table`` or ``text``), then the count
per layout. No document text is printed. Diagnose on the training split; the held-out
split is for the final figures only.
"""

from __future__ import annotations

import argparse
import re
import tempfile
from collections import Counter
from pathlib import Path

from oficio.annotations.bundled import BUNDLED_PATH
from oficio.evaluation.extraction import (
    pair_greedy,
    same_figure_value,
    scan_record,
    select_records,
    visible_gold,
)
from oficio.evaluation.figures import gold_figures
from oficio.extract.facts import extract_facts
from oficio.extract.figures.figure import Figure


def layout(page_text: str, start: int) -> str:
    """Where offset ``start`` stands: in a pipe table row, a space-aligned row, or text."""
    line_start = page_text.rfind("\n", 0, start) + 1
    line_end = page_text.find("\n", start)
    line = page_text[line_start : line_end if line_end >= 0 else len(page_text)]
    if "|" in line:
        return "pipe table"
    return "spaced table" if re.search(r"\S {2,}\S", line.strip()) else "text"


def _report(label: str, rid: str, figure: Figure, where: str) -> str:
    return f"{label:5} {rid} p{figure.page} {figure.kind:7} {figure.value:>14,.2f}  {where}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", nargs="?", default=str(BUNDLED_PATH))
    parser.add_argument("--split", default="train")
    parser.add_argument("--first", type=int, default=30, help="replies scanned")
    parser.add_argument("--skip", type=int, default=0, help="replies skipped before them")
    parser.add_argument("--kind", default="all", choices=("all", "money", "count", "percent"))
    args = parser.parse_args()
    from oficio.extract.read.loader import load  # Tesseract and PDF libraries

    records = select_records(args.path, args.split)[args.skip : args.skip + args.first]
    tally: Counter[tuple[str, str, str]] = Counter()
    with tempfile.TemporaryDirectory(prefix="oficio-misses-") as folder:
        for i, record in enumerate(records):
            path = scan_record(record, Path(folder), args.skip + i)
            document = load(path)
            path.unlink()
            gold = visible_gold(record)
            found = extract_facts(document).figures
            _, extra, missed = pair_greedy(found, gold_figures(gold), same_figure_value)
            for figure in missed:
                if args.kind in ("all", figure.kind):
                    where = layout(record["pages"][figure.page - 1], figure.start)
                    tally[figure.kind, "missed", where] += 1
                    print(_report("MISS", record["id"], figure, where))
            for figure in extra:
                if args.kind in ("all", figure.kind):
                    where = layout(document.pages[figure.page - 1].text, figure.start)
                    tally[figure.kind, "false", where] += 1
                    print(_report("FALSE", record["id"], figure, where))
    for (kind, what, where), n in sorted(tally.items()):
        print(f"{kind:7} {what:6} {where:12} {n}")


if __name__ == "__main__":
    main()
