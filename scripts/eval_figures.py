"""Precision/recall/F1 of the figure extractors on the bundled annotated set.

Run from the repository root:
    python -m scripts.eval_figures [annotations/bundled/replies.jsonl] [--split heldout]
"""

from __future__ import annotations

import argparse

from oficio.evaluation.figures import KINDS, evaluate_records, read_records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", nargs="?", default="annotations/bundled/replies.jsonl")
    parser.add_argument("--split", choices=["train", "heldout"], default=None)
    args = parser.parse_args()
    scores = evaluate_records(read_records(args.path, args.split))
    print("kind     gold  found  precision  recall  F1     what   year   role")
    for kind in KINDS:
        s = scores[kind]
        attrs = [s.attribute_accuracy(name) for name in ("what", "year", "role")]
        cells = "  ".join("  -  " if a is None else f"{a:.3f}" for a in attrs)
        print(
            f"{kind:8} {s.true_positives + s.false_negatives:5} "
            f"{s.true_positives + s.false_positives:6}  {s.precision:9.3f}  {s.recall:6.3f}  "
            f"{s.f1:.3f}  {cells}"
        )


if __name__ == "__main__":
    main()
