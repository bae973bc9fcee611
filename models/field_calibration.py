"""Status confidence mapped to how often it is right on replies written by other hands.

The status model's probabilities are calibrated by cross-validation on the bundled
replies, which one generator wrote; on replies written by others its confidence between
0.5 and 0.9 is too low (right about 88 times in 100 when it says 0.55 to 0.75). A field
calibration is a monotone map from the model's confidence to the share of right statuses,
fitted with isotonic regression on development sets written blind from the labeling guide
(``bench/field_calibration.py`` fits it and says on which sets). It is bound to the model
version it was fitted for: another model, one a workspace trains, keeps its own
probabilities. Confidences of ``KEEP_FROM`` or more are kept as the model gives them, and
the map gives no more than ``CEILING`` below it: the share of wrong statuses given with
0.95 or more must not grow by a map fitted on few replies.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from sklearn.isotonic import IsotonicRegression

FIELD_CALIBRATION = Path(__file__).with_name("field_calibration.json")
KEEP_FROM = 0.95
CEILING = 0.94


@dataclass(frozen=True)
class FieldCalibration:
    """Knots of the monotone map, for one model version."""

    model_version: str
    x: tuple[float, ...]
    y: tuple[float, ...]

    def apply(self, confidence: float) -> float:
        if confidence >= KEEP_FROM or not self.x:
            return confidence
        return float(min(CEILING, np.interp(confidence, self.x, self.y)))


def fit_field_calibration(model_version: str, confidence: list[float],
                          correct: list[bool]) -> FieldCalibration:
    """The map that best turns ``confidence`` into the share of ``correct`` statuses."""
    isotonic = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip")
    isotonic.fit(confidence, [float(c) for c in correct])
    # Isotonic regression is a staircase; a knot at the middle of each step, joined by
    # straight lines, keeps replies of different confidence apart in the review queue.
    steps: list[tuple[list[float], float]] = []
    for x, y in zip(isotonic.X_thresholds_, isotonic.y_thresholds_, strict=True):
        if steps and steps[-1][1] == y:
            steps[-1][0].append(float(x))
        else:
            steps.append(([float(x)], float(y)))
    return FieldCalibration(model_version,
                            tuple(round((min(xs) + max(xs)) / 2, 4) for xs, _ in steps),
                            tuple(round(y, 4) for _, y in steps))


@cache
def field_calibration(model_version: str) -> FieldCalibration | None:
    """The shipped map for ``model_version``, if one was fitted for it."""
    if not model_version or not FIELD_CALIBRATION.is_file():
        return None
    data = json.loads(FIELD_CALIBRATION.read_text(encoding="utf-8"))
    if data.get("model_version") != model_version:
        return None
    return FieldCalibration(model_version, tuple(data["x"]), tuple(data["y"]))
