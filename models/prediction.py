"""What the classifiers say about one reply, and why (plain dataclasses)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Passage:
    """A span of one page's text: ``page`` is 1-based, offsets index ``Page.text``."""

    page: int
    start: int
    end: int
    text: str


@dataclass
class Evidence:
    """A passage that supports a label: ``label`` is an axis name or ``status:<value>``.

    ``score`` is the passage's weight under the label's linear model (higher: stronger).
    """

    label: str
    page: int
    start: int
    end: int
    score: float
    text: str


@dataclass
class Prediction:
    """Axes (with a probability for each), status (with its probability) and evidence.

    ``missing_kind`` says why a ``missing`` reply is missing: ``off_topic`` for a document
    that is not about trafficking in persons (``oficio.models.topic``), else the kind model's
    answer (None for a model trained without one, and for a reply that is not missing).
    """

    axes: list[str]
    p: dict[str, float]
    status: str
    status_confidence: float
    status_p: dict[str, float] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)
    model_version: str = ""
    missing_kind: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
