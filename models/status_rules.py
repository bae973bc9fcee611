"""The guide's rules over a reply's statements: the status they give over the model's
guess, the missing kind they give over the kind model's, and the statements that decide a
status (its evidence).

The labeling guide decides a reply's status from what its statements do
(``oficio.models.statements``): one that gives information for the requested period makes
it ``answered`` (a substantive null answer too); information only for other periods makes
it ``out_of_period``; a reply none of whose statements informs is ``missing``.
"""

from __future__ import annotations

from oficio.labels import Period
from oficio.models.phrases import COMPETENCE, FORWARDED, INTERNAL_OFFICE, NO_FUNCTIONS, NO_REPLY
from oficio.models.statements import MISSING_ACTS, Statement

# The acts a missing reply's statements do, by its missing kind.
KIND_ACTS = {"no_information": ("no_information",), "denied_exception": ("denial",),
             "clarification": ("clarification",), "acknowledgment": ("acknowledgment",),
             "not_competent": ("referral",), "not_competent_referred": ("referral",)}


def deciding(statements: list[Statement], status: str, period: Period | None,
             missing_kind: str | None = None, limit: int = 2) -> list[Statement]:
    """The statements that make the reply what its status says, best first: information
    for the requested period (or of no stated year) for ``answered``; information only
    for other years for ``out_of_period``; for ``missing``, those that do what its kind
    says (any missing act without a kind)."""
    if status == "answered":
        found = [s for s in statements if s.act in ("information", "null_answer")
                 and s.when(period) in ("in", "none", "unknown")]
        found.sort(key=lambda s: s.when(period) != "in")
    elif status == "out_of_period":
        found = [s for s in statements if s.act in ("information", "null_answer")
                 and s.when(period) == "out"]
    else:
        acts = KIND_ACTS.get(missing_kind or "", MISSING_ACTS)
        found = [s for s in statements if s.act in acts]
    return found[:limit]


def ruled_status(status: str, statements: list[Statement], period: Period | None) -> str:
    """The status the guide's rules give a reply the model calls ``status``: a substantive
    null answer is ``answered``; information only on other periods is ``out_of_period``;
    a reply of which no statement informs is ``missing``."""
    if status == "missing" and substantive_null(statements, period):
        return "answered"
    if status == "answered" and only_other_periods(statements, period):
        return "out_of_period"
    if status == "out_of_period" and no_other_period(statements, period):
        return "answered"
    if status != "missing" and not any(s.act in ("information", "null_answer")
                                       for s in statements):
        return "missing"  # nothing in it informs: a letter about the request, not an answer
    return status


_TO_OFFICE = 150  # characters after "remitida a" that name where it went


def ruled_kind(kind: str, folded: str) -> str:
    """The missing kind the guide's rules give a reply (lower case, accents folded) the
    model calls ``kind``: one that records a request left unanswered is ``no_reply``; one
    that passed it to an office of its own, to be answered there, only acknowledges it; one
    that says the matter is not among its functions is ``not_competent``, and
    ``not_competent_referred`` when it says it sent the request to another body."""
    if NO_REPLY.search(folded):
        return "no_reply"
    sent = FORWARDED.search(folded)
    if kind in ("not_competent", "not_competent_referred") and sent is not None \
            and INTERNAL_OFFICE.search(folded, sent.start(), sent.end() + _TO_OFFICE) \
            and not COMPETENCE.search(folded):
        return "acknowledgment"
    if kind == "no_information" and NO_FUNCTIONS.search(folded):
        kind = "not_competent"
    if kind == "not_competent" and FORWARDED.search(folded):
        return "not_competent_referred"
    return kind


def only_other_periods(statements: list[Statement], period: Period | None) -> bool:
    """True when, for a known requested period, the statements that inform name only other
    years or months (those that name none do not count either way)."""
    if period is None:
        return False
    when = {s.when(period) for s in statements if s.act in ("information", "null_answer")}
    return "out" in when and "in" not in when


def no_other_period(statements: list[Statement], period: Period | None) -> bool:
    """True when, for a known requested period, some statement informs on it (by its years
    or naming it, "durante el periodo solicitado") and none names a year or month outside
    it (nor one the request covers in part): nothing then refers to another period, which
    ``out_of_period`` needs."""
    if period is None:
        return False
    when = {s.when(period) for s in statements if s.act in ("information", "null_answer")}
    return "in" in when and not when & {"out", "unknown"}


def substantive_null(statements: list[Statement], period: Period | None) -> bool:
    """True when the reply says nothing was done (a substantive null answer) for the
    requested period, or with no other year, and no statement makes it missing: the guide
    calls such a reply ``answered``, though it gives no figure."""
    nulls = [s for s in statements if s.act == "null_answer"
             and s.when(period) in ("in", "none", "unknown")]
    return bool(nulls) and not any(s.act in MISSING_ACTS for s in statements)
