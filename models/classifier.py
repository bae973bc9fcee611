"""The reply classifier: four calibrated binary axis models, a 3-class status model and,
for a reply found ``missing``, a model of why it is missing."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.linear_model import LogisticRegression
from sklearn.multioutput import MultiOutputClassifier
from sklearn.pipeline import Pipeline
from threadpoolctl import threadpool_limits

from oficio.errors import TrainingDataError
from oficio.extract.read.document import Document, text_document
from oficio.labels import AXES, LEARNED_KINDS
from oficio.models.calibration import calibrated_proba
from oficio.models.features import (
    Period,
    Sample,
    build_features,
    make_sample,
    requested_axes,
    sample_period,
)
from oficio.models.field_calibration import field_calibration
from oficio.models.passages import split_passages
from oficio.models.prediction import Evidence, Prediction
from oficio.models.statement_axes import fit_statement_axes, others_competence, sure_axes
from oficio.models.statements import read_statements
from oficio.models.status_rules import deciding, ruled_kind, ruled_status
from oficio.models.topic import OFF_TOPIC_CONFIDENCE, check_topic, without_addressee
from oficio.models.union import twins, union_features
from oficio.textfold import fold_compatible

# {"axes": [...], "status": "...", "missing_kind": "..." or None, and, for a hand-written
# reply, "statements": [{"text", "act", "axes", "on_topic", ...}] (docs/training.md)}
Label = dict[str, Any]
# A status the guide's rules give over the model's guess was right on 52 of the 53 such
# replies of the development sets (blind-v8 to v21, native; docs/cli-models.md); at the
# even odds it had, it made a fifth of their calibration error. It stays under 0.95: a
# ruled reply is never counted as sure.
RULED_CONFIDENCE = 0.9
# An OCR reading too garbled or too short to tell what the document is about (a phone
# photo Tesseract could barely read, a sheet it found no text on) gives no status to be
# sure of: of the 14 such readings among the development sets' scans and photos (blind-v23
# to v25), 3 got the right status, 3 of the wrong ones with 0.95 or more. Capped at even
# odds, such a reply heads the review queue.
UNREAD_CONFIDENCE = 0.5


class ReplyClassifier(ClassifierMixin, BaseEstimator):
    """Fit on samples (see ``oficio.models.features.make_sample``) and labels
    ``{"axes": [...], "status": ...}``; predict axes, status and evidence for a Document.

    ``C_axes``/``C_status`` are the inverse regularization of the logistic regressions;
    ``calibration_folds`` the folds CalibratedClassifierCV uses; ``evidence_per_label``
    how many passages back each predicted label; ``hand_weight`` the weight of the
    hand-made counts beside the words (0.5 chosen by 5-fold CV on the train split among
    0.5, 1 and 2; ``C_axes`` 10 kept, CV ties 3 and beats 30). With ``missing_axes_from_request`` a
    reply predicted ``missing`` takes the axes its restated request names (the guide's
    rule for such replies) instead of the axis models' answer, which learns what a reply
    informs about and so guesses poorly when nothing is informed. With ``statement_axes``
    a reply also gets the axes its statements are surely about
    (``oficio.models.statement_axes``), learned from the labelled statements of the
    hand-written replies.
    """

    def __init__(
        self,
        C_axes: float = 10.0,
        C_status: float = 10.0,
        calibration_folds: int = 3,
        evidence_per_label: int = 2,
        hand_weight: float = 0.5,
        missing_axes_from_request: bool = True,
        statement_axes: bool = True,
    ) -> None:
        self.statement_axes = statement_axes
        self.hand_weight = hand_weight
        self.missing_axes_from_request = missing_axes_from_request
        self.C_axes = C_axes
        self.C_status = C_status
        self.calibration_folds = calibration_folds
        self.evidence_per_label = evidence_per_label

    def fit(self, X: list[Sample], y: list[Label]) -> ReplyClassifier:
        # One BLAS thread: on small problems more threads only fight (20x slower measured
        # on 2 busy cores).
        with threadpool_limits(limits=1):
            return self._fit(X, y)

    def _fit(self, X: list[Sample], y: list[Label]) -> ReplyClassifier:
        axes_matrix = np.array([[int(a in (label["axes"] or [])) for a in AXES] for label in y])
        statuses = np.array([label["status"] for label in y])
        # The status model learns why a reply about trafficking is missing; a document about
        # something else is the topic gate's (below): taught as "missing" it made the status
        # model call short replies without the crime's name missing.
        on_topic = np.array([label.get("missing_kind") != "off_topic" for label in y])
        self.axes_ = list(AXES)
        # Likewise the axes: a document on something else has none because it is off topic,
        # not because its words ("charlas", "operativos") belong to no axis. A label whose
        # axes are None teaches the status only.
        on_topic_X = [x for x, keep in zip(X, on_topic, strict=True) if keep]
        axed = on_topic & np.array([label["axes"] is not None for label in y])
        self.axes_model_ = Pipeline(
            [
                ("features", build_features(self.hand_weight)),
                ("clf", MultiOutputClassifier(
                    self._calibrated(self.C_axes, axes_matrix[axed]))),
            ]
        ).fit([x for x, keep in zip(X, axed, strict=True) if keep], axes_matrix[axed])
        self.status_model_ = Pipeline(
            [
                ("features", build_features(self.hand_weight)),
                ("clf", self._calibrated(self.C_status, statuses)),
            ]
        ).fit(on_topic_X, statuses[on_topic])
        self.classes_ = np.array(self.status_model_.classes_)
        self.kind_model_ = self._kind_model(X, y)
        self.topic_model_ = self._topic_model(X, ~on_topic)
        self.statement_axes_ = fit_statement_axes(y) if self.statement_axes else None
        return self

    def _topic_model(self, X: list[Sample], off_topic: np.ndarray) -> Pipeline | None:
        """Whether a text too short for the topic check is about something else, learned
        from the off-topic replies (None with fewer than 2, as for models trained before)."""
        if off_topic.sum() < 2 or (~off_topic).sum() < 2:
            return None
        base = LogisticRegression(C=self.C_status, class_weight="balanced", max_iter=5000)
        # The text alone: documents on other matters answer no request, so their samples
        # carry no period, and a model shown periods learned that having one is the topic.
        # Learned from the whole texts: left without their addressees, the hand-written
        # documents on other matters taught it less (three of them then read as on topic
        # on the development sets); the addressee is left out only of what it judges.
        return Pipeline([("features", build_features(self.hand_weight)), ("clf", base)]).fit(
            [make_sample(x["text"]) for x in X], off_topic.astype(int))

    def _off_topic_p(self, sample: Sample, read_by_ocr: bool = False) -> float:
        """How likely the sample is about something else than trafficking: the topic check's
        word for a text long enough to judge, the topic model's for a shorter one."""
        check = check_topic(sample["text"], read_by_ocr)
        if check.about_trafficking is not None:
            return 0.0 if check.about_trafficking else OFF_TOPIC_CONFIDENCE
        topic_model = getattr(self, "topic_model_", None)
        if topic_model is None or not check.judged:
            return 0.0
        return float(topic_model.predict_proba([_text_only(sample)])[0, 1])

    def _kind_model(self, X: list[Sample], y: list[Label]) -> Pipeline | None:
        """Why a reply is missing, learned from the missing replies whose kind is labelled;
        None when too few are (each learned kind needs 2), as for models trained before."""
        pairs = [(x, label["missing_kind"]) for x, label in zip(X, y, strict=True)
                 if label["status"] == "missing" and label.get("missing_kind") in LEARNED_KINDS]
        counts = Counter(kind for _, kind in pairs)
        if len(counts) < 2 or min(counts.values()) < 2:
            return None
        base = LogisticRegression(C=self.C_status, class_weight="balanced", max_iter=5000)
        return Pipeline([("features", build_features(self.hand_weight)), ("clf", base)]).fit(
            [x for x, _ in pairs], [kind for _, kind in pairs])

    def predict_missing_kind(self, X: list[Sample]) -> list[str | None]:
        """The likeliest reason each sample is missing (None without a kind model).

        The guide's rules then overrule the model (``ruled_kind``)."""
        kind_model = getattr(self, "kind_model_", None)
        if kind_model is None or not X:
            return [None] * len(X)
        return [ruled_kind(str(kind), fold_compatible(sample["text"]))
                for sample, kind in zip(X, kind_model.predict(X), strict=True)]

    def _calibrated(self, C: float, targets: np.ndarray) -> CalibratedClassifierCV:
        columns = targets.T if targets.ndim == 2 else [targets]
        smallest = min(min(Counter(column.tolist()).values()) for column in columns)
        if any(len(set(column.tolist())) < 2 for column in columns) or smallest < 2:
            raise TrainingDataError(
                detail="every axis and status needs at least 2 examples with and 2 without it"
            )
        solver = "liblinear" if targets.ndim == 2 else "lbfgs"  # liblinear: fast, binary only
        base = LogisticRegression(C=C, class_weight="balanced", solver=solver, max_iter=5000)
        folds = min(self.calibration_folds, smallest)
        return CalibratedClassifierCV(base, method="sigmoid", cv=folds, ensemble=False)

    def predict_axes_proba(self, X: list[Sample]) -> np.ndarray:
        """Probability of each axis (columns in ``AXES`` order)."""
        per_axis = self.axes_model_.predict_proba(X)
        return np.column_stack([proba[:, 1] for proba in per_axis])

    def predict_proba(self, X: list[Sample]) -> np.ndarray:
        """Status probabilities, columns in ``classes_`` order."""
        return self.status_model_.predict_proba(X)

    def predict(self, X: list[Sample]) -> list[Label]:
        axes_p = self.predict_axes_proba(X)
        status_p = self.predict_proba(X)
        labels = []
        for sample, row, srow in zip(X, axes_p, status_p, strict=True):
            off_topic = self._off_topic_p(sample)
            if off_topic >= 0.5:
                labels.append({"axes": [], "status": "missing", "missing_kind": "off_topic",
                               "confidence": off_topic})
                continue
            guess = str(self.classes_[int(np.argmax(srow))])
            statements = read_statements(text_document(sample["text"]))
            status = ruled_status(guess, statements, sample_period(sample))
            confidence = float(srow[list(self.classes_).index(status)])
            if status != guess:
                confidence = max(confidence, RULED_CONFIDENCE)
            axes = self._axes(sample, row, status)
            if status != "missing":
                axes = sorted({*axes, *self._statement_axes(statements)}, key=AXES.index)
                axes = [a for a in axes if not others_competence(a, statements)]
            labels.append({"axes": axes, "status": status, "missing_kind": None,
                           "confidence": confidence})
        missing = [i for i, label in enumerate(labels)
                   if label["status"] == "missing" and label["missing_kind"] is None]
        for i, kind in zip(missing, self.predict_missing_kind([X[i] for i in missing]),
                           strict=True):
            labels[i]["missing_kind"] = kind
        return labels

    def _axes(self, sample: Sample, proba: np.ndarray, status: str) -> list[str]:
        if status == "missing" and self.missing_axes_from_request:
            return requested_axes(sample["text"])
        return [a for a, p in zip(self.axes_, proba, strict=True) if p >= 0.5]

    def _statement_axes(self, statements: list) -> dict[str, tuple]:
        """The axes the reply's statements are surely about, each with its statement and
        probability (none from a model trained without a statement tagger)."""
        tagger = getattr(self, "statement_axes_", None)
        return sure_axes(tagger, statements) if tagger is not None else {}

    def predict_document(
        self, document: Document, period: Period | None = None, model_version: str = "",
        field_calibrated: bool = True,
    ) -> Prediction:
        """Labels, probabilities and supporting passages for one reply.

        The status confidence is mapped by the field calibration shipped for
        ``model_version`` (``oficio.models.field_calibration``), and is at most
        ``UNREAD_CONFIDENCE`` for an OCR reading too poor to judge; with
        ``field_calibrated`` false it is the model's own, as ``status_p`` always is."""
        prediction = self._predict_document(document, period, model_version)
        if not field_calibrated:
            return prediction
        field = field_calibration(model_version)
        confidence = prediction.status_confidence
        if field is not None:
            confidence = round(field.apply(confidence), 4)
        if document.ocr_pages and not check_topic(document.text, read_by_ocr=True).judged:
            confidence = min(confidence, UNREAD_CONFIDENCE)
        return replace(prediction, status_confidence=confidence)

    def _predict_document(
        self, document: Document, period: Period | None, model_version: str
    ) -> Prediction:
        """The model's labels, probabilities and supporting passages for one reply.

        Each model computes the features of the whole text and of its passages in one call:
        computing them apart took twice as long, most of it the calls themselves.
        """
        whole = make_sample(document.text, period)
        off_topic = self._off_topic_p(whole, document.ocr_pages > 0)
        if off_topic >= 0.5:
            return self._off_topic(model_version, off_topic)
        passages = split_passages(document)
        samples = [whole]
        samples += [make_sample(p.text, period) for p in passages]
        axis_union = self.axes_model_.named_steps["features"]
        status_union = self.status_model_.named_steps["features"]
        axis_features = union_features(axis_union, samples)
        status_features = (axis_features if twins(axis_union, status_union)
                           else union_features(status_union, samples))
        per_axis = self.axes_model_.named_steps["clf"].estimators_
        axes_p = np.array([calibrated_proba(c, axis_features[:1])[0, 1] for c in per_axis])
        status_p = calibrated_proba(self.status_model_.named_steps["clf"],
                                    status_features[:1])[0]
        best = int(np.argmax(status_p))
        status = str(self.classes_[best])
        confidence = float(status_p[best])
        statements = read_statements(document)
        ruled = ruled_status(status, statements, period)
        if ruled != status:
            # the guide's rules over the statements overrule the model's guess, with the
            # confidence their record earns them (RULED_CONFIDENCE)
            status = ruled
            confidence = max(float(status_p[list(self.classes_).index(status)]),
                             RULED_CONFIDENCE)
        axes = self._axes(samples[0], axes_p, status)
        if status != "missing":
            axes = [a for a in axes if not others_competence(a, statements)]
        evidence = []
        if passages:
            evidence = self._evidence(passages, axis_features[1:], status_features[1:], axes,
                                      status)
        if status != "missing":
            # an axis the whole letter's words missed, that one of its statements gives: its
            # probability is the statement's, so that ``p`` and the axes agree
            for axis, (statement, p) in self._statement_axes(statements).items():
                if axis not in axes and not others_competence(axis, statements):
                    evidence.append(Evidence(axis, statement.page, statement.start,
                                             statement.end, round(p, 4), statement.text))
                    axes.append(axis)
                    axes_p[self.axes_.index(axis)] = p
            axes.sort(key=AXES.index)
        kind = self.predict_missing_kind(samples[:1])[0] if status == "missing" else None
        if kind is not None and passages:
            evidence += self._kind_evidence(kind, samples[1:], passages)
        # the statements that make the reply what its status says, by the guide's rules
        evidence += [Evidence(f"statement:{s.act}", s.page, s.start, s.end, 1.0, s.text)
                     for s in deciding(statements, status, period, kind)]
        return Prediction(
            axes=axes,
            p={a: round(float(p), 4) for a, p in zip(self.axes_, axes_p, strict=True)},
            status=status,
            status_confidence=round(confidence, 4),
            status_p={
                str(c): round(float(p), 4) for c, p in zip(self.classes_, status_p, strict=True)
            },
            evidence=evidence,
            model_version=model_version,
            missing_kind=kind,
        )

    def _off_topic(self, model_version: str, confidence: float) -> Prediction:
        """A document not about trafficking: ``missing``, no axis, the models not asked."""
        confidence = round(confidence, 4)
        rest = (1 - confidence) / max(len(self.classes_) - 1, 1)
        return Prediction(
            axes=[],
            p={a: 0.0 for a in self.axes_},
            status="missing",
            status_confidence=confidence,
            status_p={str(c): confidence if c == "missing" else round(rest, 4)
                      for c in self.classes_},
            model_version=model_version,
            missing_kind="off_topic",
        )

    def _evidence(self, passages: list, axis_features, status_features, axes: list[str],
                  status: str) -> list[Evidence]:
        """The passages that weigh most for each given axis and for the status."""
        found = []
        for axis in axes:
            weights = _base(
                self.axes_model_.named_steps["clf"].estimators_[self.axes_.index(axis)]
            ).coef_[0]
            found += self._top(f"{axis}", axis_features @ weights, passages)
        coef = _base(self.status_model_.named_steps["clf"]).coef_
        row = list(self.classes_).index(status)
        relative = coef[row] - coef.mean(axis=0) if coef.shape[0] > 1 else coef[0]
        found += self._top(f"status:{status}", status_features @ relative, passages)
        return found

    def _kind_evidence(self, kind: str, samples: list[Sample], passages: list) -> list[Evidence]:
        """The passages that weigh most for the predicted missing kind."""
        union = self.kind_model_.named_steps["features"]
        clf = self.kind_model_.named_steps["clf"]
        if kind not in clf.classes_:
            return []  # a kind the guide's rules gave: its statements are the evidence
        coef = clf.coef_
        if coef.shape[0] == 1:  # two kinds: one row, for the second
            weights = coef[0] if kind == clf.classes_[1] else -coef[0]
        else:
            row = list(clf.classes_).index(kind)
            weights = coef[row] - coef.mean(axis=0)
        return self._top(f"missing_kind:{kind}", union_features(union, samples) @ weights,
                         passages)

    def _top(self, label: str, scores: np.ndarray, passages: list) -> list[Evidence]:
        scores = np.asarray(scores).ravel()
        order = np.argsort(-scores, kind="stable")[: self.evidence_per_label]
        return [
            Evidence(
                label,
                passages[i].page,
                passages[i].start,
                passages[i].end,
                round(float(scores[i]), 4),
                passages[i].text,
            )
            for i in order
            if scores[i] > 0
        ]


def _base(calibrated: CalibratedClassifierCV) -> LogisticRegression:
    """The logistic regression fitted on all the data inside a non-ensemble calibration."""
    return calibrated.calibrated_classifiers_[0].estimator


def _text_only(sample: Sample) -> Sample:
    """The sample without its requested period and its addressee: what the topic model
    judges (``oficio.models.topic.without_addressee``). The lines under an English "Dear
    …," are left out too: so its judgement was measured, and judged with them an English
    reply of the bundled held-out that names no term of the crime went off topic."""
    return make_sample(without_addressee(sample["text"], greeting_opens_block=True))
