"""Fit, check and write the field calibration of the bundled model's status confidence.

    python bench/field_calibration.py                 # print the leave-one-set-out check
    python bench/field_calibration.py --write         # and write models/field_calibration.json
    python bench/field_calibration.py --outcomes o.json  # keep (or reuse) the sets' outcomes

The status model's confidence is mapped to the share of right statuses on development
sets: blind sets written from the labeling guide by other hands, whose errors have been
read (``eval/README.md``), never a set still blind. Each set's replies are read (OCR for
scans), labelled by the bundled model without the map, and compared with the gold. The
check fits the map on every set but one and scores the one left out (expected calibration
error, and the share of wrong statuses given with 0.95 or more), before and after: the
figures a new blind set can be expected to show. The map written is fitted on all of them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from oficio.evaluation.sets import read_set
from oficio.models.field_calibration import (
    FIELD_CALIBRATION,
    FieldCalibration,
    fit_field_calibration,
)
from oficio.models.registry import load_default
from oficio.models.training import expected_calibration_error

ROOT = Path(__file__).resolve().parents[1]
# Development sets only: each was measured blind once, then its errors were read.
DEV_SETS = [f"blind-v{n}:native" for n in range(15, 26)] + \
    [f"blind-v{n}:scanned" for n in range(21, 26)]


def outcomes(spec: str) -> tuple[list[float], list[bool]]:
    """The model's raw status confidence on each reply of a set, and whether it was right."""
    name, variant = spec.split(":")
    model = load_default()
    confidence, correct = [], []
    for reply in read_set(ROOT / "eval" / name, variant):
        header = reply.facts.header
        period = (header.period_start, header.period_end) \
            if header.period_start and header.period_end else None
        prediction = model.model.predict_document(reply.document, period, model.version,
                                                  field_calibrated=False)
        confidence.append(prediction.status_confidence)
        correct.append(prediction.status == reply.record["status"])
    return confidence, correct


def wrong_share(confidence: list[float], correct: list[bool]) -> float:
    wrong = sum(1 for c, ok in zip(confidence, correct, strict=True) if c >= 0.95 and not ok)
    return round(wrong / max(len(correct), 1), 3)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", action="append", help="SET:VARIANT (default: DEV_SETS)")
    parser.add_argument("--write", action="store_true", help=f"write {FIELD_CALIBRATION.name}")
    parser.add_argument("--outcomes", type=Path,
                        help="keep the sets' outcomes in this JSON file and read them from it "
                             "when it exists (reading the scans takes most of the time)")
    args = parser.parse_args()
    specs = args.set or DEV_SETS
    version = load_default().version
    if args.outcomes and args.outcomes.is_file():
        found = {k: tuple(v) for k, v in
                 json.loads(args.outcomes.read_text(encoding="utf-8")).items()}
    else:
        found = {spec: outcomes(spec) for spec in specs}
        if args.outcomes:
            args.outcomes.write_text(json.dumps(found), encoding="utf-8")
    for spec, (confidence, correct) in found.items():
        rest_c = [c for other, (cs, _) in found.items() if other != spec for c in cs]
        rest_ok = [k for other, (_, ks) in found.items() if other != spec for k in ks]
        field = fit_field_calibration(version, rest_c, rest_ok)
        mapped = [field.apply(c) for c in confidence]
        print(json.dumps({"set": spec, "replies": len(correct),
                          "ece": expected_calibration_error(correct, confidence),
                          "ece_mapped": expected_calibration_error(correct, mapped),
                          "wrong_at_0.95": wrong_share(confidence, correct),
                          "wrong_at_0.95_mapped": wrong_share(mapped, correct)}))
    every_c = [c for cs, _ in found.values() for c in cs]
    every_ok = [k for _, ks in found.values() for k in ks]
    if args.write:
        field: FieldCalibration = fit_field_calibration(version, every_c, every_ok)
        FIELD_CALIBRATION.write_text(json.dumps({
            "model_version": version, "fitted_on": specs, "replies": len(every_c),
            "x": field.x, "y": field.y}, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
