"""Labelled examples from annotations, cross-validation and held-out evaluation."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support
from sklearn.model_selection import StratifiedKFold

from oficio.annotations.bundled import BundledReply
from oficio.annotations.store import AnnotationStore
from oficio.errors import TrainingDataError
from oficio.labels import AXES, MISSING_KINDS, STATUSES
from oficio.models.classifier import Label, ReplyClassifier
from oficio.models.features import Sample, make_sample


@dataclass
class Example:
    """One labelled reply: its content hash, split, model input and labels (``axes`` None:
    the reply teaches and scores the status only)."""

    doc_id: str
    split: str
    sample: Sample
    axes: list[str] | None
    status: str
    missing_kind: str | None = None
    # a hand-written reply's labelled statements (docs/training.md); the tagger of
    # statement axes learns from them
    statements: list[dict[str, Any]] = field(default_factory=list)

    @property
    def label(self) -> Label:
        return {"axes": self.axes, "status": self.status, "missing_kind": self.missing_kind,
                "statements": self.statements}


def build_examples(
    replies: list[BundledReply], store: AnnotationStore | None = None
) -> list[Example]:
    """Examples from bundled replies, with the store's settled labels replacing theirs.

    A label in the store that is in conflict is not used (the bundled label stays);
    replies keep their split, so a corrected held-out reply stays held out.
    """
    settled = store.resolved() if store is not None else {}
    examples = []
    for reply in replies:
        doc_id = reply.doc_id
        axes = settled.get((doc_id, "axes"), reply.axes if reply.learn_axes else None)
        status = settled.get((doc_id, "status"), reply.status)
        kind = settled.get((doc_id, "missing_kind"), reply.missing_kind)
        examples.append(
            Example(
                doc_id, reply.split, make_sample(reply.text, reply.period),
                sorted(axes) if axes is not None else None, status,
                kind if status == "missing" else None, reply.statements,
            )
        )
    if not examples:
        raise TrainingDataError(detail="no labelled replies")
    return examples


def data_hash(examples: list[Example]) -> str:
    """sha256 over the sorted (doc id, split, labels, period, and the labelled statements
    of a reply that has them) of the examples."""
    rows = sorted(
        json.dumps(
            [e.doc_id, e.split, e.axes, e.status, e.sample["period_start"], e.sample["period_end"]]
            + ([e.statements] if e.statements else []), sort_keys=True
        )
        for e in examples
    )
    return hashlib.sha256("\n".join(rows).encode("utf-8")).hexdigest()


def label_counts(examples: list[Example]) -> dict[str, dict[str, int]]:
    axes = Counter(a for e in examples for a in e.axes or [])
    return {
        "replies": {"total": len(examples)},
        "axes": {a: axes.get(a, 0) for a in AXES},
        "status": {s: sum(1 for e in examples if e.status == s) for s in STATUSES},
    }


def evaluate(truth: list[Label], predicted: list[Label]) -> dict[str, Any]:
    """Per-label precision/recall/F1, axis micro/macro-F1 (over the replies whose axes are
    labelled), status macro-F1 and confusion."""
    axed = [(t, p) for t, p in zip(truth, predicted, strict=True) if t["axes"] is not None]
    shape = (-1, len(AXES))  # an empty list stays a matrix of the axes' columns
    true_axes = np.array([[int(a in t["axes"]) for a in AXES] for t, _ in axed]).reshape(shape)
    pred_axes = np.array([[int(a in p["axes"]) for a in AXES] for _, p in axed]).reshape(shape)
    true_status = [t["status"] for t in truth]
    pred_status = [p["status"] for p in predicted]
    return {
        "n": len(truth),
        "axes": _per_label(true_axes, pred_axes, list(AXES)),
        "axes_micro_f1": _round(f1_score(true_axes, pred_axes, average="micro", zero_division=0)),
        "axes_macro_f1": _round(f1_score(true_axes, pred_axes, average="macro", zero_division=0)),
        "status": _per_label(true_status, pred_status, list(STATUSES)),
        "status_macro_f1": _round(
            f1_score(
                true_status, pred_status, labels=list(STATUSES), average="macro", zero_division=0
            )
        ),
        "status_confusion": confusion_matrix(
            true_status, pred_status, labels=list(STATUSES)
        ).tolist(),
        "missing_kind": missing_kind_scores(truth, predicted),
    }


def missing_kind_scores(truth: list[Label], predicted: list[Label]) -> dict[str, dict]:
    """Precision, recall and F1 of each missing kind over all replies (a reply that is not
    ``missing`` has no kind), for the kinds the truth or the predictions hold."""
    true_kind = [t.get("missing_kind") or "-" for t in truth]
    pred_kind = [p.get("missing_kind") or "-" for p in predicted]
    kinds = [k for k in MISSING_KINDS if k in true_kind or k in pred_kind]
    return _per_label(true_kind, pred_kind, kinds) if kinds else {}


def _per_label(truth: Any, predicted: Any, labels: list[str]) -> dict[str, dict[str, float]]:
    if isinstance(truth, np.ndarray):
        p, r, f, s = precision_recall_fscore_support(truth, predicted, zero_division=0)
    else:
        p, r, f, s = precision_recall_fscore_support(
            truth, predicted, labels=labels, zero_division=0
        )
    return {
        label: {
            "precision": _round(p[i]),
            "recall": _round(r[i]),
            "f1": _round(f[i]),
            "support": int(s[i]),
        }
        for i, label in enumerate(labels)
    }


def _round(value: float) -> float:
    return round(float(value), 4)


def fit_model(examples: list[Example], **params: Any) -> ReplyClassifier:
    return ReplyClassifier(**params).fit([e.sample for e in examples], [e.label for e in examples])


def cross_validate(
    examples: list[Example], seed: int = 0, folds: int = 5, **params: Any
) -> dict[str, Any]:
    """Metrics of out-of-fold predictions (folds stratified by status, shuffled by seed)."""
    statuses = [e.status for e in examples]
    folds = min(folds, min(Counter(statuses).values()))
    if folds < 2:
        raise TrainingDataError(detail="too few replies of some status to cross-validate")
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    predicted: list[Label | None] = [None] * len(examples)
    for train_idx, test_idx in splitter.split(np.zeros(len(examples)), statuses):
        model = fit_model([examples[i] for i in train_idx], **params)
        for i, label in zip(
            test_idx, model.predict([examples[i].sample for i in test_idx]), strict=True
        ):
            predicted[i] = label
    metrics = evaluate([e.label for e in examples], [p for p in predicted if p is not None])
    metrics["folds"] = folds
    return metrics


def evaluate_model(model: ReplyClassifier, examples: list[Example]) -> dict[str, Any]:
    """``evaluate``'s scores, and how far the status confidence can be trusted."""
    samples = [e.sample for e in examples]
    predicted = model.predict(samples)
    metrics = evaluate([e.label for e in examples], predicted)
    # the confidence the prediction of a document gives (before the field calibration): a
    # status the guide's rules give, or the topic check's, has its own
    confidence = [float(p["confidence"]) for p in predicted]
    correct = [e.status == p["status"] for e, p in zip(examples, predicted, strict=True)]
    metrics["calibration_error"] = expected_calibration_error(correct, confidence)
    metrics["wrong_at_0.95"] = _round(
        sum(1 for c, p in zip(correct, confidence, strict=True) if not c and p >= 0.95)
        / max(len(correct), 1))
    return metrics


def expected_calibration_error(correct: list[bool], confidence: list[float],
                               bins: int = 10) -> float:
    """Mean |accuracy - confidence| over ten confidence bins, weighted by their size."""
    error = 0.0
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        inside = [i for i, c in enumerate(confidence) if low < c <= high or (b == 0 and c == 0)]
        if inside:
            accuracy = sum(correct[i] for i in inside) / len(inside)
            mean = sum(confidence[i] for i in inside) / len(inside)
            error += len(inside) / len(confidence) * abs(accuracy - mean)
    return round(error, 3)


def score(metrics: dict[str, Any]) -> float:
    """The one number models are compared by: mean of axis micro-F1 and status macro-F1."""
    return round((metrics["axes_micro_f1"] + metrics["status_macro_f1"]) / 2, 4)
