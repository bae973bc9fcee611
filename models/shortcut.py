"""Direct computations on the batch's hot path, trusted only once they match scikit-learn.

A batch asks its fitted models about one reply at a time. For one reply, scikit-learn's
general machinery (input checks, routing through every step of a pipeline, output
wrappers) costs as much as the arithmetic. A :class:`Shortcut` does the same arithmetic
directly for the kinds of model it knows. It checks itself against scikit-learn on the
first input each model sees, and keeps using scikit-learn for that model when the two
differ or the direct path fails (another scikit-learn version, another kind of model): it
can be faster but never wrong.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar
from weakref import WeakKeyDictionary

import numpy as np
from scipy import sparse

log = logging.getLogger(__name__)
TOLERANCE = 1e-9  # direct and scikit-learn's sums differ only by rounding
Model = TypeVar("Model")
Direct = Callable[[Any], Any]


class Shortcut(Generic[Model]):
    """``general(model, X)``, computed by ``direct(model)(X)`` once the two agreed.

    ``direct(model)`` returns the direct computation for that model, or None when it does
    not know the model's kind.
    """

    def __init__(self, what: str, direct: Callable[[Model], Direct | None],
                 general: Callable[[Model, Any], Any]) -> None:
        self.what, self.direct, self.general = what, direct, general
        self._checked: WeakKeyDictionary[Model, Direct | None] = WeakKeyDictionary()

    def __call__(self, model: Model, X: Any) -> Any:
        if model in self._checked:
            direct = self._checked[model]
            return direct(X) if direct else self.general(model, X)
        expected = self.general(model, X)
        self._checked[model] = self._check(model, X, expected)
        return expected

    def _check(self, model: Model, X: Any, expected: Any) -> Direct | None:
        direct = self.direct(model)
        if direct is None:
            return None
        try:
            agrees = same(direct(X), expected)
        except Exception:  # any failure of the direct path means: use scikit-learn
            log.warning("direct %s failed; using scikit-learn's", self.what, exc_info=True)
            return None
        if not agrees:
            log.warning("direct %s differ from scikit-learn's; using scikit-learn's", self.what)
            return None
        return direct


def same(mine: Any, theirs: Any) -> bool:
    """Same shape, same kind (dense or sparse) and the same numbers up to rounding."""
    if sparse.issparse(mine) != sparse.issparse(theirs) or mine.shape != theirs.shape:
        return False
    if sparse.issparse(mine):
        difference = abs(mine - theirs)
        return difference.nnz == 0 or bool(difference.max() <= TOLERANCE)
    return bool(np.allclose(mine, theirs, rtol=0, atol=TOLERANCE))
