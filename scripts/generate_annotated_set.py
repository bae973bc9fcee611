"""Write the bundled annotated set of synthetic replies (annotations/bundled/).

Usage: python scripts/generate_annotated_set.py [--seed 27806] [--count 400] [--out DIR]
The same seed and count always give byte-identical files.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.synth.generate import (  # noqa: E402
    DEFAULT_COUNT,
    DEFAULT_SEED,
    generate,
    write_set,
)
from tools.synth.stats import counts_block, replace_counts  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed")
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT, help="number of replies")
    parser.add_argument("--out", type=Path, default=ROOT / "annotations" / "bundled",
                        help="output folder")
    parser.add_argument("--stats", action="store_true",
                        help="also print the label counts and rewrite them in the README")
    args = parser.parse_args(argv)
    written = write_set(args.out, args.seed, args.count)
    sys.stdout.write(f"wrote {written} replies to {args.out}\n")
    if args.stats:
        records, _, _ = generate(args.seed, args.count)
        readme = args.out / "README.md"
        if readme.exists():
            readme.write_text(replace_counts(readme.read_text(encoding="utf-8"), records),
                              encoding="utf-8")
        sys.stdout.write(counts_block(records) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
