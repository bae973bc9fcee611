"""The label record: one human (or bundled) decision about one field of one reply."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

AXES = ("governance", "prevention", "protection", "prosecution")
STATUSES = ("answered", "out_of_period", "missing")
CLASS_FIELDS = ("axes", "status")
# Why a reply is missing: the kinds of the bundled set, ``off_topic`` (no word of the
# subject: the model never read it) and ``no_reply`` (a registry request with no reply).
MISSING_KINDS = ("no_information", "not_competent_referred", "not_competent", "acknowledgment",
                 "clarification", "denied_exception", "off_topic", "no_reply")

# The Spanish name of every label code: the one home of these names, shown to analysts in
# the review queue and the report (``oficio.i18n.label``) and accepted back (with the
# codes) wherever a person types a label. ``sender_kind``: the gazetteer's institution kinds
# (``extract.gazetteer.KINDS``), and ``unknown`` for a sender not identified.
SPANISH_NAMES: dict[str, dict[str, str]] = {
    "status": {"answered": "respondida", "out_of_period": "fuera de periodo",
               "missing": "sin información"},
    "axes": {"governance": "gobernanza", "prevention": "prevención",
             "protection": "protección", "prosecution": "persecución"},
    "missing_kind": {
        "no_information": "sin información disponible",
        "not_competent_referred": "no competente, derivó",
        "not_competent": "no competente",
        "acknowledgment": "acuse de recibo",
        "clarification": "pide aclaración",
        "denied_exception": "denegada por excepción",
        "off_topic": "no trata el tema",
        "no_reply": "sin respuesta",
    },
    "sender_kind": {
        "ministry": "ministerio",
        "autonomous": "organismo autónomo",
        "police": "policía",
        "regional_government": "gobierno regional",
        "provincial_municipality": "municipalidad provincial",
        "district_municipality": "municipalidad distrital",
        "other": "otra institución",
        "unknown": "tipo no identificado",
    },
    # a file's state in its folder (``corpus.reconcile.STATES``)
    "state": {"current": "vigente", "superseded": "reemplazado", "removed": "ya no está"},
}  # fmt: skip


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
