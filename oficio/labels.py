"""The labels vocabulary: the one home of the axes, the statuses, the missing kinds, the
requested period's type and the Spanish name of every label code (labeling-guide.md).
Every module that names a label imports it from here; ``tests/oficio/test_layout.py`` fails when
one is defined anywhere else."""

from __future__ import annotations

from datetime import date

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
# (``oficio.extract.institutions.gazetteer.KINDS``), and ``unknown`` for a sender not identified.
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
    # a file's state in its folder (``oficio.corpus.batch.reconcile.STATES``)
    "state": {"current": "vigente", "superseded": "reemplazado", "removed": "ya no está"},
    # whether a document was read (the store's ``documents.status``) and how a run ended
    # (``runs.status``)
    "processing": {"ok": "procesado", "failed": "falló"},
    "run": {"running": "en curso", "finished": "terminada", "aborted": "interrumpida"},
}  # fmt: skip

# The kinds the classifier learns from text: ``off_topic`` is the topic gate's decision,
# and a ``no_reply`` has no text.
LEARNED_KINDS = tuple(k for k in MISSING_KINDS if k not in ("off_topic", "no_reply"))

Period = tuple[date, date]  # a requested period: first and last day, both included
