"""How much personal data ``oficio.corpus.outputs.redact`` hides: recall and precision on written
examples.

    python bench/redaction.py                      # the dev set
    python bench/redaction.py --set test --json out.json
    python bench/redaction.py --dir /elsewhere/eval/redaction --set dev
    python bench/redaction.py --misses             # dev only: each miss and false mask

A set is ``eval/redaction/<set>.jsonl`` (format: ``eval/redaction/README.md``): one passage
a line, ``{"id", "text", "spans": [{"start", "end", "kind", "text"}]}``, gold kinds ``dni``,
``ce`` (carné de extranjería, PTP/CPP), ``passport``, ``name``, ``phone``, ``email``;
passages without spans are negatives. Printed per gold kind:

- recall, strict: a gold span is hidden when masks cover every one of its characters
  (spaces and punctuation at its edges aside). A span left partly readable may still give
  the person away ("[NOMBRE] Choque"), so this is the figure that counts;
- recall, ≥80 %: at least 80 % of its characters covered (a mask that stops one letter
  short, or leaves a check digit); shown to tell near misses from misses;
- kind confusion: the mask that covers most of each gold span (``document`` for a
  passport is right: one ``[DOCUMENTO]`` mask hides carnés, permits and passports).
  The mask's kind need not match for recall: a passport masked as ``[DNI]`` is hidden.

Per mask kind, precision: masks that touch no gold span are false positives (a mask that
runs past its gold span is not: the extra characters are counted as ``spill``). The
negatives' false masks are counted apart, as the passages an analyst reads without any
personal data in them.

This script is for measuring: nothing in the sets may be copied into rules or word lists,
and the test set is scored once, in aggregate, after tuning (see eval/redaction/README.md).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = ROOT / "eval" / "redaction"
GOLD_KINDS = ("dni", "ce", "passport", "name", "phone", "email")
EDGE = " \t\n.,;:()\"'«»"


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]  # fmt: skip


def core(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the spaces and punctuation at its edges."""
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return start, end


def misses(records: list[dict]) -> None:
    """Print each gold span not wholly masked and each mask touching no gold span (dev)."""
    from oficio.corpus.outputs.redact import find_personal_data

    for record in records:
        text, spans = record["text"], record.get("spans") or []
        masks = find_personal_data(text)
        for span in spans:
            start, end = core(text, span["start"], span["end"])
            chars = [i for i in range(start, end) if not text[i].isspace()]
            if not all(any(m.start <= i < m.end for m in masks) for i in chars):
                line = text[max(0, start - 50) : end + 20].replace("\n", "⏎")
                print(f"MISS {record['id']} {span['kind']:<8} {span['text']!r:<30} …{line}…")
        for m in masks:
            if not any(s["start"] < m.end and m.start < s["end"] for s in spans):
                line = text[max(0, m.start - 50) : m.end + 20].replace("\n", "⏎")
                print(f"FALSE {record['id']} {m.kind:<8} {text[m.start:m.end]!r:<30} …{line}…")


def score(records: list[dict]) -> dict:
    from oficio.corpus.outputs.redact import find_personal_data

    gold: Counter = Counter()
    strict: Counter = Counter()
    loose: Counter = Counter()
    confusion: dict[str, Counter] = defaultdict(Counter)
    predicted: Counter = Counter()
    false_positive: Counter = Counter()
    spill = negatives = negative_masks = negatives_masked = 0
    for record in records:
        text, spans = record["text"], record.get("spans") or []
        masks = find_personal_data(text)
        masked = [False] * len(text)
        for m in masks:
            masked[m.start : m.end] = [True] * (m.end - m.start)
        if not spans:
            negatives += 1
            negative_masks += len(masks)
            negatives_masked += bool(masks)
        in_gold = [False] * len(text)
        for span in spans:
            start, end = core(text, span["start"], span["end"])
            in_gold[span["start"] : span["end"]] = [True] * (span["end"] - span["start"])
            kind = span["kind"]
            gold[kind] += 1
            chars = [i for i in range(start, end) if not text[i].isspace()]
            covered = sum(masked[i] for i in chars) / len(chars) if chars else 1.0
            strict[kind] += covered == 1.0
            loose[kind] += covered >= 0.8
            best = max(masks, key=lambda m: min(m.end, end) - max(m.start, start), default=None)
            hit = best is not None and min(best.end, end) > max(best.start, start)
            confusion[kind][best.kind if hit else "missed"] += 1
        for m in masks:
            predicted[m.kind] += 1
            outside = sum(not in_gold[i] and not text[i].isspace() for i in range(m.start, m.end))
            if not any(in_gold[m.start : m.end]):
                false_positive[m.kind] += 1
            else:
                spill += outside
    kinds = [k for k in GOLD_KINDS if gold[k]] + sorted(set(gold) - set(GOLD_KINDS))
    return {
        "records": len(records),
        "negatives": negatives,
        "negative_masks": negative_masks,
        "negatives_masked": negatives_masked,
        "recall": {k: {"gold": gold[k], "strict": _share(strict[k], gold[k]),
                       "covered_80": _share(loose[k], gold[k]),
                       "missed_strict": gold[k] - strict[k]} for k in kinds},  # fmt: skip
        "confusion": {k: dict(confusion[k].most_common()) for k in kinds},
        "precision": {k: {"masks": predicted[k], "false_positive": false_positive[k],
                          "precision": _share(predicted[k] - false_positive[k], predicted[k])}
                      for k in sorted(predicted)},  # fmt: skip
        "spill_chars": spill,
    }


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _pct(value: float | None) -> str:
    return "   -  " if value is None else f"{100 * value:5.1f}%"


def report(name: str, result: dict) -> None:
    print(f"== {name}: {result['records']} passages, {result['negatives']} without personal"
          f" data ({result['seconds']:.1f} s)")  # fmt: skip
    print(f"  {'gold kind':<10} {'spans':>5} {'strict':>7} {'≥80%':>7} {'missed':>6}  masked as")
    for kind, row in result["recall"].items():
        confusion = ", ".join(f"{k} {v}" for k, v in result["confusion"][kind].items())
        print(f"  {kind:<10} {row['gold']:>5} {_pct(row['strict']):>7} "
              f"{_pct(row['covered_80']):>7} {row['missed_strict']:>6}  {confusion}")  # fmt: skip
    print(f"  {'mask kind':<10} {'masks':>5} {'false':>7} {'precision':>9}")
    for kind, row in result["precision"].items():
        print(f"  {kind:<10} {row['masks']:>5} {row['false_positive']:>7} "
              f"{_pct(row['precision']):>9}")  # fmt: skip
    print(f"  negatives: {result['negative_masks']} false masks in "
          f"{result['negatives_masked']} of {result['negatives']} passages; "
          f"characters masked past a gold span: {result['spill_chars']}")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", default="dev", help="dev (default) or test")
    parser.add_argument("--dir", type=Path, default=SETS, help="folder holding <set>.jsonl")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument("--misses", action="store_true", help="print each miss (dev only)")
    args = parser.parse_args()
    path = args.dir / f"{args.set}.jsonl"
    if not path.exists():
        print(f"no such set: {path}", file=sys.stderr)
        return 2
    if args.misses:
        if args.set != "dev":
            print("--misses shows texts: dev only (the test set is scored blind)", file=sys.stderr)
            return 2
        misses(load(path))
        return 0
    started = time.perf_counter()
    result = score(load(path))
    result["seconds"] = time.perf_counter() - started
    report(args.set, result)
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
