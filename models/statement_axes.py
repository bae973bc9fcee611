"""Which PNAT axes one statement of a reply is about, learned from labelled statements.

The whole-letter axis model reads a reply as one bag of words: an axis that one sentence
of a long letter informs on ("37 víctimas fueron derivadas a la UDAVIT" in a letter of
operations, "Apoyo al Hogar de Refugio Temporal" as one row of a budget) weighs too little
against the rest, and the reply loses it, though the guide gives a reply every axis it
informs on. The statement tagger reads each informing statement on its own. It learns from
the statements of the hand-written replies (``annotations/written``), each labelled with
what it does and its axes (docs/training.md).

A reply gains an axis from its statements only where the tagger is sure
(``SURE``), in a statement whose words are the guide's for that axis
(``oficio.models.axis_lexicon``), and only for ``ADDED_AXES``: over the development sets
(blind-v15 to v25, native, 660 replies) governance and prosecution statements so found
were wrong as often as right (docs/cli-models.md).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from oficio.labels import AXES
from oficio.models.axis_lexicon import AXIS_PATTERNS
from oficio.models.features import TextNormalizer, make_sample
from oficio.models.phrases import COMPETENCE
from oficio.textfold import fold, fold_compatible

AXIS_ACTS = ("information", "null_answer")  # the statements whose axes a reply gets
SURE = 0.95
ADDED_AXES = ("prevention", "protection")
# fewer labelled statements with (or without) an axis than this: no tagger is fitted
LEAST_STATEMENTS = 5


def labelled_statements(labels: list[dict[str, Any]]) -> tuple[list[str], np.ndarray]:
    """The texts of the informing statements about trafficking that ``labels`` carry
    (``label["statements"]``), and their axes as a matrix (columns in ``AXES`` order)."""
    texts, rows = [], []
    for label in labels:
        for statement in label.get("statements") or ():
            if statement.get("on_topic") and statement.get("act") in AXIS_ACTS:
                texts.append(statement["text"])
                rows.append([int(axis in (statement.get("axes") or ())) for axis in AXES])
    return texts, np.array(rows, dtype=int).reshape(-1, len(AXES))


class StatementAxes(ClassifierMixin, BaseEstimator):
    """One logistic regression per axis over a statement's words (1-2-grams, numbers and
    years as tokens) and whether the guide's words of each axis occur in it."""

    def __init__(self, C: float = 10.0) -> None:
        self.C = C

    def fit(self, texts: list[str], Y: np.ndarray) -> StatementAxes:
        self.vectorizer_ = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        self.vectorizer_.fit(_normalized(texts))
        features = self._features(texts)
        self.estimators_ = [
            LogisticRegression(C=self.C, class_weight="balanced", max_iter=3000)
            .fit(features, Y[:, column]) for column in range(Y.shape[1])
        ]
        self.classes_ = np.array(AXES)
        return self

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        """Probability of each axis for each text (rows: texts; columns: ``AXES``)."""
        if not texts:
            return np.zeros((0, len(self.estimators_)))
        features = self._features(texts)
        return np.column_stack([e.predict_proba(features)[:, 1] for e in self.estimators_])

    def _features(self, texts: list[str]) -> Any:
        words = self.vectorizer_.transform(_normalized(texts))
        lexicon = [[float(bool(pattern.search(fold_compatible(text))))
                    for pattern in AXIS_PATTERNS.values()] for text in texts]
        return hstack([words, csr_matrix(np.array(lexicon))]).tocsr()


def fit_statement_axes(labels: list[dict[str, Any]], C: float = 10.0) -> StatementAxes | None:
    """A tagger fitted on the labelled statements of ``labels``; None when some axis has
    fewer than ``LEAST_STATEMENTS`` statements with it or without it."""
    texts, matrix = labelled_statements(labels)
    if not texts or min(matrix.sum(axis=0).min(), (1 - matrix).sum(axis=0).min()) < \
            LEAST_STATEMENTS:
        return None
    return StatementAxes(C).fit(texts, matrix)


def sure_axes(tagger: StatementAxes, statements: list[Any]) -> dict[str, tuple[Any, float]]:
    """The ``ADDED_AXES`` some informing statement is surely about, each with the statement
    the tagger is surest of and its probability. ``statements`` are
    ``oficio.models.statements.Statement``: their ``axes`` are the guide's words found."""
    informing = [s for s in statements if s.act in AXIS_ACTS]
    proba = tagger.predict_proba([s.text for s in informing])
    found: dict[str, tuple[Any, float]] = {}
    for column, axis in enumerate(AXES):
        if axis not in ADDED_AXES:
            continue
        for statement, p in zip(informing, proba[:, column], strict=True):
            if p >= SURE and axis in statement.axes and p > found.get(axis, (None, 0.0))[1]:
                found[axis] = (statement, float(p))
    return found


def others_competence(axis: str, statements: list[Any]) -> bool:
    """Whether the reply names ``axis`` only where it says the matter is another body's
    competence ("la fiscalización laboral es competencia de la SUNAFIL"): the guide gives no
    axis for a matter the reply gives no information on."""
    named = [s for s in statements if axis in s.axes]
    return bool(named) and all(COMPETENCE.search(fold(s.text)) for s in named)


def _normalized(texts: list[str]) -> list[str]:
    return TextNormalizer().transform([make_sample(text) for text in texts])
