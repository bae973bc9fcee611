"""Calibrated probabilities of one reply as array arithmetic.

A batch asks each fitted ``CalibratedClassifierCV`` (a logistic regression and its
sigmoid calibrators, ``ensemble=False``) for the probabilities of one row at a time. For
one row, scikit-learn's input checks and label encoding are most of the cost (measured
in docs/batch.md, "What each speed-up saves").

``calibrated_proba`` computes the same numbers directly: the regression's scores, then
``1 / (1 + exp(a * score + b))`` per class, then, for three classes or more, the row
normalized to sum to 1. It is a :class:`oficio.models.shortcut.Shortcut`: checked against
scikit-learn on the first rows each model sees.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.special import expit
from sklearn.calibration import CalibratedClassifierCV

from oficio.models.shortcut import Direct, Shortcut


@dataclass(frozen=True)
class SigmoidLinear:
    """A fitted non-ensemble sigmoid calibration, as arrays."""

    coef: np.ndarray  # (scores, features)
    intercept: np.ndarray  # (scores,)
    a: np.ndarray  # (scores,)
    b: np.ndarray  # (scores,)
    columns: np.ndarray  # the probability column of each score
    n_classes: int

    @classmethod
    def of(cls, calibrated: CalibratedClassifierCV) -> SigmoidLinear | None:
        """The arrays, or None when the model is not of that kind."""
        pairs = getattr(calibrated, "calibrated_classifiers_", [])
        if len(pairs) != 1 or getattr(calibrated, "method", None) != "sigmoid":
            return None
        pair = pairs[0]
        estimator, calibrators = pair.estimator, pair.calibrators
        if not all(hasattr(c, "a_") and hasattr(c, "b_") for c in calibrators):
            return None
        classes = list(calibrated.classes_)
        columns = [classes.index(c) for c in estimator.classes_]
        if len(classes) == 2:
            columns = [1]
        return cls(
            coef=np.asarray(estimator.coef_, dtype=float),
            intercept=np.asarray(estimator.intercept_, dtype=float),
            a=np.array([c.a_ for c in calibrators], dtype=float),
            b=np.array([c.b_ for c in calibrators], dtype=float),
            columns=np.array(columns[: len(calibrators)]),
            n_classes=len(classes),
        )

    def predict_proba(self, X) -> np.ndarray:
        scores = np.asarray(X @ self.coef.T) + self.intercept
        calibrated = expit(-(scores * self.a + self.b))
        proba = np.zeros((scores.shape[0], self.n_classes))
        proba[:, self.columns] = calibrated
        if self.n_classes == 2:
            proba[:, 0] = 1.0 - proba[:, 1]
            return proba
        total = proba.sum(axis=1, keepdims=True)
        uniform = np.full_like(proba, 1 / self.n_classes)
        return np.divide(proba, total, out=uniform, where=total != 0)


def _direct(calibrated: CalibratedClassifierCV) -> Direct | None:
    linear = SigmoidLinear.of(calibrated)
    return linear.predict_proba if linear else None


_CALIBRATED = Shortcut("calibrated probabilities", _direct,
                       lambda calibrated, X: calibrated.predict_proba(X))


def calibrated_proba(calibrated: CalibratedClassifierCV, X) -> np.ndarray:
    """``calibrated.predict_proba(X)``, directly once it has matched scikit-learn."""
    return _CALIBRATED(calibrated, X)
