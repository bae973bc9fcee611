"""Train a model version: cross-validate, fit on the train split, measure on held-out,
and describe it all in the metadata stored beside the model."""

from __future__ import annotations

import platform
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from oficio.errors import TrainingDataError
from oficio.models.classifier import ReplyClassifier
from oficio.models.training import (
    Example,
    cross_validate,
    data_hash,
    evaluate_model,
    fit_model,
    label_counts,
)

LIBRARIES = ("scikit-learn", "skops", "numpy", "scipy")


@dataclass
class TrainingResult:
    model: ReplyClassifier
    metadata: dict[str, Any]


def train_release(
    examples: list[Example], seed: int = 0, cv_folds: int = 5, **params: Any
) -> TrainingResult:
    """Fit on the ``train`` examples; metrics: CV on them, and the ``heldout`` examples."""
    train = [e for e in examples if e.split == "train"]
    heldout = [e for e in examples if e.split == "heldout"]
    if not train:
        raise TrainingDataError(detail="no replies in the train split")
    cv = cross_validate(train, seed=seed, folds=cv_folds, **params)
    model = fit_model(train, **params)
    metadata = {
        "version": "",
        "created": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "seed": seed,
        "params": model.get_params(),
        "training_data_hash": data_hash(train),
        "heldout_data_hash": data_hash(heldout) if heldout else None,
        "label_counts": {
            "train": label_counts(train),
            "heldout": label_counts(heldout) if heldout else None,
        },
        "metrics": {"cv": cv, "heldout": evaluate_model(model, heldout) if heldout else None},
        "libraries": library_versions(),
    }
    return TrainingResult(model, metadata)


def library_versions() -> dict[str, str]:
    found = {"python": platform.python_version()}
    for name in LIBRARIES:
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = "unknown"
    return found
