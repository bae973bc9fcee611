"""The label record: one human (or bundled) decision about one field of one reply."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from oficio.labels import AXES, STATUSES


def utc_now() -> str:
    """The current time as an ISO 8601 string in UTC (seconds precision)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class AnnotationRecord:
    """One label: ``value`` of ``field`` for the reply whose content hash is ``doc_id``.

    ``field`` is ``axes`` (value: a sorted list of axis names), ``status`` (one of
    ``STATUSES``) or an extraction field (any JSON value). ``source`` says where the label
    came from (``bundled``, ``review:<file>``, ``cli``); ``annotator`` who gave it.
    ``decision`` marks a record that settles the field: it supersedes every earlier label
    for the same document and field, whoever gave them.
    """

    doc_id: str
    field: str
    value: Any
    source: str
    annotator: str = ""
    time: str = field(default_factory=utc_now)
    decision: bool = False

    def __post_init__(self) -> None:
        if not self.doc_id or not self.field:
            raise ValueError("an annotation needs a doc_id and a field")
        if self.field == "axes":
            axes = sorted(set(self.value))
            unknown = [a for a in axes if a not in AXES]
            if unknown:
                raise ValueError(f"unknown axes: {unknown}")
            object.__setattr__(self, "value", axes)
        if self.field == "status" and self.value not in STATUSES:
            raise ValueError(f"unknown status: {self.value!r}")

    @property
    def voice(self) -> tuple[str, str]:
        """Who speaks through this record: a newer record of the same voice replaces it."""
        return (self.source, self.annotator)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AnnotationRecord:
        return cls(
            doc_id=data["doc_id"],
            field=data["field"],
            value=data["value"],
            source=data["source"],
            annotator=data.get("annotator", ""),
            time=data["time"],
            decision=bool(data.get("decision", False)),
        )
