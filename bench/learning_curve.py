"""Status and axes F1 against the number of labelled training replies.

Trains on growing random subsets of the train split (the bundled train replies and the
replies written from the guide; nested: each subset holds the smaller ones) and measures
each model on the bundled held-out split and on evaluation sets read from their native
files (default: the development sets blind-v1 and blind-v2, with the period the letter
states). Usage:

    python bench/learning_curve.py [--seed 0] [--sizes 50,100,200] [--set eval/blind-v2]

The held-out split comes from the generator of the bundled train replies; the sets do
not, so their curve is the one that says whether more labelled replies of the generator's
kind would help on replies written by others.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from oficio.annotations.bundled import training_replies
from oficio.errors import TrainingDataError
from oficio.evaluation.sets import read_set, score_set
from oficio.models.registry import LoadedModel
from oficio.models.training import build_examples, evaluate_model, fit_model

ROOT = Path(__file__).resolve().parents[1]
DEVELOPMENT_SETS = (ROOT / "eval" / "blind-v1", ROOT / "eval" / "blind-v2")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sizes", default="")
    parser.add_argument("--set", action="append", type=Path,
                        help="an evaluation set folder (default: eval/blind-v1, eval/blind-v2)")
    args = parser.parse_args()
    examples = build_examples(training_replies())
    train = [e for e in examples if e.split == "train"]
    heldout = [e for e in examples if e.split == "heldout"]
    random.Random(args.seed).shuffle(train)
    sizes = [int(s) for s in args.sizes.split(",") if s] or _default_sizes(len(train))
    sets = {folder.name: read_set(folder, "native") for folder in args.set or DEVELOPMENT_SETS}
    columns = ["held-out"] + list(sets)
    print(f"train replies: {len(train)}; held-out: {len(heldout)}; "
          + "; ".join(f"{name}: {len(read)}" for name, read in sets.items()))
    print("status macro-F1 / axes micro-F1 on " + ", ".join(columns))
    print(f"{'train':>6} " + " ".join(f"{c:>15}" for c in columns) + f" {'fit s':>6}")
    for size in sizes:
        started = time.perf_counter()
        try:
            model = fit_model(train[:size])
        except TrainingDataError:
            print(f"{size:>6} too few examples of some label")
            continue
        fitted = time.perf_counter() - started
        m = evaluate_model(model, heldout)
        cells = [f"{m['status_macro_f1']:.3f} / {m['axes_micro_f1']:.3f}"]
        loaded = LoadedModel(model, {"version": f"curve-{size}"}, "bench")
        for read in sets.values():
            s = score_set(read, loaded)
            cells.append(f"{s['status_macro_f1']:.3f} / {s['axes_micro_f1']:.3f}")
        print(f"{size:>6} " + " ".join(f"{c:>15}" for c in cells) + f" {fitted:>6.1f}")


def _default_sizes(total: int) -> list[int]:
    sizes = [s for s in (30, 60, 120, 240) if s < total]
    return sizes + [total]


if __name__ == "__main__":
    main()
