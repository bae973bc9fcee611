"""The features of a reply (``oficio.models.features.build_features``) as direct arithmetic.

The classifier asks each model's ``FeatureUnion`` for the features of one reply and its
passages. For one reply, scikit-learn spends a large share of such a call routing the samples
through the union and its pipelines, checking them at every step and stacking the blocks
through a general sparse path (docs/batch.md, "What each speed-up saves").

``union_features`` computes the same matrix directly for the steps this project uses
(word counts weighted by tf-idf, the hand counts scaled by their largest value). It is a
:class:`oficio.models.shortcut.Shortcut`: checked against scikit-learn on the first call each union
sees; a union with any other step is left to scikit-learn.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable
from functools import reduce
from typing import Any
from weakref import WeakKeyDictionary, ref

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import MaxAbsScaler, normalize

from oficio.models.features import HandFeatures, TextNormalizer
from oficio.models.shortcut import Direct, Shortcut

Step = Callable[[Any], Any]


def _tfidf(vectorizer: TfidfVectorizer) -> Step:
    def transform(texts: list[str]) -> sparse.csr_matrix:
        counts = CountVectorizer.transform(vectorizer, texts).astype(np.float64)
        if vectorizer.sublinear_tf:
            np.log(counts.data, counts.data)
            counts.data += 1.0
        if vectorizer.use_idf:
            counts.data *= vectorizer.idf_[counts.indices]
        return normalize(counts, norm=vectorizer.norm, copy=False) if vectorizer.norm else counts

    return transform


def _max_abs(scaler: MaxAbsScaler) -> Step:
    scale = scaler.scale_
    return lambda rows: rows / scale


def _own(transformer: TextNormalizer | HandFeatures) -> Step:
    return transformer.transform


DIRECT_STEPS: dict[type, Callable[[Any], Step]] = {
    TfidfVectorizer: _tfidf,
    MaxAbsScaler: _max_abs,
    TextNormalizer: _own,
    HandFeatures: _own,
}


def _step(transformer: Any) -> Step | None:
    if isinstance(transformer, Pipeline):
        steps = [_step(step) for _, step in transformer.steps]
        if not steps or None in steps:
            return None
        return lambda X: reduce(lambda value, step: step(value), steps, X)
    make = DIRECT_STEPS.get(type(transformer))
    return make(transformer) if make else None


def direct_union(union: FeatureUnion) -> Direct | None:
    """The direct computation of ``union.transform``, or None when a step is of a kind it
    does not know."""
    weights = union.transformer_weights or {}
    parts = [(_step(transformer), weights.get(name)) for name, transformer in
             union.transformer_list]
    if not parts or any(step is None for step, _ in parts):
        return None

    def transform(samples: list[dict]) -> sparse.csr_matrix:
        blocks = []
        for step, weight in parts:
            block = sparse.csr_matrix(step(samples))
            if weight is not None:
                block.data *= weight
            blocks.append(block)
        return sparse.hstack(blocks, format="csr")

    return transform


_UNION = Shortcut("features", direct_union, lambda union, samples: union.transform(samples))


def union_features(union: FeatureUnion, samples: list[dict]) -> sparse.csr_matrix:
    """``union.transform(samples)``, directly once it has matched scikit-learn."""
    return _UNION(union, samples)


_twins: WeakKeyDictionary[FeatureUnion, tuple[ref, bool]] = WeakKeyDictionary()


def twins(first: FeatureUnion, second: FeatureUnion) -> bool:
    """Whether two fitted unions are one transform: the same parameters and learned state,
    byte for byte. The axis and status models fit their features on the same replies, so
    a reply's features are computed once for both. Unions that
    differ in any way, or that cannot be compared, are computed apart. Answered once per
    pair."""
    known = _twins.get(first)
    if known is not None and known[0]() is second:
        return known[1]
    same = first is second or _same_state(first, second)
    _twins[first] = (ref(second), same)
    return same


def _same_state(first: FeatureUnion, second: FeatureUnion) -> bool:
    try:
        return pickle.dumps(first) == pickle.dumps(second)
    except (pickle.PicklingError, TypeError, AttributeError):  # a step pickle cannot save
        return False
