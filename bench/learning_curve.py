"""Held-out macro-F1 against the number of training replies.

Trains on growing random subsets of the train split (nested: each subset holds the
smaller ones) and measures on the held-out split. Usage:

    python bench/learning_curve.py [--bundled PATH] [--seed 0] [--sizes 25,50,100]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from annotations.bundled import BUNDLED_PATH, load_bundled  # noqa: E402
from models.errors import TrainingDataError  # noqa: E402
from models.training import build_examples, evaluate_model, fit_model  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundled", type=Path, default=BUNDLED_PATH)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sizes", default="")
    args = parser.parse_args()
    examples = build_examples(load_bundled(args.bundled))
    train = [e for e in examples if e.split == "train"]
    heldout = [e for e in examples if e.split == "heldout"]
    random.Random(args.seed).shuffle(train)
    sizes = [int(s) for s in args.sizes.split(",") if s] or _default_sizes(len(train))
    print(f"held-out replies: {len(heldout)}")
    print(f"{'train':>6} {'axes µF1':>9} {'axes mF1':>9} {'status mF1':>11} {'fit s':>6}")
    for size in sizes:
        started = time.perf_counter()
        try:
            model = fit_model(train[:size])
        except TrainingDataError:
            print(f"{size:>6} too few examples of some label")
            continue
        m = evaluate_model(model, heldout)
        print(
            f"{size:>6} {m['axes_micro_f1']:>9.4f} {m['axes_macro_f1']:>9.4f} "
            f"{m['status_macro_f1']:>11.4f} {time.perf_counter() - started:>6.1f}"
        )


def _default_sizes(total: int) -> list[int]:
    sizes = [s for s in (20, 40, 80, 160, 320, 640, 1280) if s < total]
    return sizes + [total]


if __name__ == "__main__":
    main()
