"""Measure mentions and headers on an annotated set, by split, with a small speed bench.

Run from the repository root:
``python scripts/eval_institutions.py annotations/bundled/replies.jsonl [--errors] [--ocr]``

``--ocr`` repeats the measure on page texts corrupted with same-length OCR confusions
(i/l/1, o/0, e/c, a/o, N° -> N*) at 1% and 3% of letters, seeded, so the gold offsets hold.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

from oficio.evaluation.institutions import Report, document_of, evaluate
from oficio.extract.institutions.component import find_mentions

FIELDS = ["sender", "doc_type", "reference", "letter_date", "request_ref", "period", "no_period"]


def show(name: str, report: Report) -> None:
    m, s = report.mentions, report.sender_flags
    print(f"== {name}: {report.replies} replies, {report.seconds:.1f} s")
    print(f"mentions  P {m.precision:.3f}  R {m.recall:.3f}  "
          f"(tp {m.true_positives}, fp {m.false_positives}, fn {m.false_negatives})")
    print(f"is_sender on matched mentions  P {s.precision:.3f}  R {s.recall:.3f}")
    for field in FIELDS:
        if report.asked.get(field):
            print(f"{field:12} {report.accuracy(field):.3f}  "
                  f"({report.correct.get(field, 0)}/{report.asked[field]})")


def bench(records: list[dict]) -> None:
    documents = [document_of(r) for r in records]
    find_mentions(documents[0])  # build the pipeline first
    started = time.perf_counter()
    count = sum(len(find_mentions(d)) for d in documents)
    seconds = time.perf_counter() - started
    pages = sum(len(d.pages) for d in documents)
    print(f"bench: {count} mentions, {pages} pages in {seconds:.2f} s: "
          f"{count / seconds:.0f} mentions/s, {pages / seconds:.0f} pages/s")


SAME_LENGTH = {"i": "l", "l": "1", "o": "0", "e": "c", "a": "o", "I": "l", "O": "0",
               "°": "*", "s": "5", "n": "u", "u": "v"}  # fmt: skip


def corrupted(records: list[dict], rate: float) -> list[dict]:
    rng = random.Random(27806)
    out = []
    for record in records:
        pages = ["".join(SAME_LENGTH[c] if c in SAME_LENGTH and rng.random() < rate else c
                         for c in page) for page in record["pages"]]  # fmt: skip
        out.append({**record, "pages": pages})
    return out


def main(argv: list[str]) -> None:
    path = Path(argv[0])
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    for split in sorted({r.get("split", "") for r in records}):
        show(split or "all", evaluate(r for r in records if r.get("split", "") == split))
    report = evaluate(records)
    show("all", report)
    if "--errors" in argv:
        for reply_id, gold, found in report.wrong_senders:
            print(f"wrong sender {reply_id}: gold {gold}, found {found}")
    bench(records)
    if "--ocr" in argv:
        for rate in (0.01, 0.03):
            show(f"OCR-like noise {rate:.0%} of letters, all", evaluate(corrupted(records, rate)))


if __name__ == "__main__":
    main(sys.argv[1:])
