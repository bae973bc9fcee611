"""Precision, recall and F1 from match counts: shared by the extraction evaluations."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class MatchCounts:
    """True and false positives and false negatives of one kind of found item.

    ``empty`` is the precision (recall) given when nothing was found (nothing was to find).
    """

    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    empty = 1.0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else self.empty

    @property
    def recall(self) -> float:
        gold = self.true_positives + self.false_negatives
        return self.true_positives / gold if gold else self.empty

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0
