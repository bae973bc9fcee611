"""The request registry (a CSV the team keeps) and matching replies to requests.

Format (docs/requests.md): one row per access-to-information request, columns
``request_id``, ``institution_id`` (a gazetteer id) or ``institution`` (a name),
``filed_on``, ``period_start``, ``period_end``, ``axes`` (``;``-separated, optional),
``reference`` (the team's own letter number, optional). Dates are ``2018-07-02``,
``02/07/2018`` or ``2/7/2018`` (always day/month/year); a period bound may be a bare year.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from oficio.corpus.outputs.spreadsheet import read_csv
from oficio.errors import RegistryError
from oficio.labels import AXES, SPANISH_NAMES
from oficio.textfold import fold_key

REQUIRED = ("request_id", "filed_on", "period_start", "period_end")

ID_PATTERN = re.compile(r"^(gore:\d{2}|mpro:\d{4}|mdis:\d{6}|[a-z][a-z0-9]*(-[a-z0-9]+)*)$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$")


@dataclass(frozen=True)
class Request:
    """One request the team filed."""

    request_id: str
    institution_id: str | None
    institution: str | None
    filed_on: date
    period_start: date | None = None
    period_end: date | None = None
    axes: tuple[str, ...] = ()
    reference: str | None = None
    row: int = 0


def parse_date(text: str, *, year_end: bool | None = None) -> date:
    """A date as Peruvians write it: ``2018-07-02``, ``02/07/2018``, ``2/7/2018``,
    ``2/7/18`` (day first). With ``year_end`` set, a bare year ``2017`` is accepted and
    means 31 December (True) or 1 January (False). Raises ValueError saying what is wrong.
    """
    text = text.strip()
    if year_end is not None and re.fullmatch(r"\d{4}", text):
        return date(int(text), 12, 31) if year_end else date(int(text), 1, 1)
    if match := _ISO.match(text):
        year, month, day = (int(part) for part in match.groups())
    elif match := _DMY.match(text):
        day, month, year = (int(part) for part in match.groups())
        year += 2000 if year < 100 else 0
    else:
        raise ValueError(f"{text!r} is not a date (write 2018-07-02 or 02/07/2018)")
    try:
        return date(year, month, day)
    except ValueError:
        if month > 12 and day <= 12:
            raise ValueError(f"{text!r} is not a valid date: it looks month/day/year; "
                             "write day/month/year") from None
        raise ValueError(f"{text!r} is not a valid date") from None


def _axes(text: str) -> tuple[str, ...]:
    names = [fold_key(part) for part in re.split(r"[;,]", text) if part.strip()]
    unknown = [name for name in names if name not in AXIS_NAMES]
    if unknown:
        raise ValueError(f"unknown axis {', '.join(unknown)} (use governance; prevention; "
                         "protection; prosecution)")
    return tuple(dict.fromkeys(AXIS_NAMES[name] for name in names))


# An axis as the registry may write it: its code or its Spanish name, folded ("prevención").
AXIS_NAMES = {**{axis: axis for axis in AXES},
              **{fold_key(name): axis for axis, name in SPANISH_NAMES["axes"].items()}}


def _institution_id(written: str, name: str | None, resolve, known_ids,
                    errors: list[str]) -> str | None:
    """The gazetteer id of a row: the one written, else the name resolved."""
    institution_id = written.lower() or None
    if institution_id and not ID_PATTERN.match(institution_id):
        errors.append(f"institution_id {written!r} is not a gazetteer id "
                      "(e.g. mimp, gore:08, mpro:1501, mdis:150133)")
    elif institution_id and known_ids is not None and institution_id not in known_ids:
        errors.append(f"institution_id {institution_id!r} is not in the gazetteer")
    if institution_id is None and name and resolve is not None:
        institution_id = resolve(name)
        if institution_id is None:
            errors.append(f"institution {name!r} is not in the gazetteer: "
                          "write its institution_id")
    if institution_id is None and name is None:
        errors.append("give institution_id or institution")
    return institution_id


def _row(
    cells: dict[str, str], number: int, resolve, known_ids, problems: list[str]
) -> Request | None:
    """One registry row as a Request, or None with its problems added to ``problems``."""
    errors: list[str] = []

    def value(key: str) -> str:
        return " ".join(cells.get(key, "").split())

    def when(key: str, year_end: bool | None = None) -> date | None:
        try:
            return parse_date(value(key), year_end=year_end) if value(key) else None
        except ValueError as error:
            errors.append(f"{key}: {error}")
            return None

    request_id = value("request_id")
    if not request_id:
        errors.append("request_id is empty")
    institution = value("institution") or None
    institution_id = _institution_id(value("institution_id"), institution, resolve,
                                     known_ids, errors)
    filed_on = when("filed_on")
    if not value("filed_on"):
        errors.append("filed_on is empty")
    start, end = when("period_start", year_end=False), when("period_end", year_end=True)
    if start and end and start > end:
        errors.append(f"period_start {start} is after period_end {end}")
    try:
        axes = _axes(cells.get("axes", ""))
    except ValueError as error:
        errors.append(f"axes: {error}")
        axes = ()
    problems.extend(f"row {number}: {error}" for error in errors)
    if errors or filed_on is None:
        return None
    return Request(request_id, institution_id, institution, filed_on, start, end, axes,
                   value("reference") or None, number)


def read_requests(
    path: str | Path,
    resolve: Callable[[str], str | None] | None = None,
    known_ids: Collection[str] | None = None,
) -> list[Request]:
    """Read and check the registry; raises RegistryError (E204) listing every bad row.

    ``resolve`` links an institution name to a gazetteer id (the gazetteer's lookup);
    without it a row with only a name keeps ``institution_id`` None and can be matched
    by its reference only. ``known_ids`` (the gazetteer's ids), when given, must hold
    every ``institution_id`` written in the file. Excel quirks are handled by
    ``oficio.corpus.outputs.spreadsheet.read_csv``.
    """
    header, rows, numbers = read_csv(path, required=REQUIRED)
    problems: list[str] = []
    if "institution_id" not in header and "institution" not in header:
        problems.append("no column institution_id or institution")
    requests: list[Request] = []
    seen: dict[str, int] = {}
    for cells, number in zip(rows, numbers, strict=True):
        request = _row(cells, number, resolve, known_ids, problems)
        if request is None:
            continue
        if request.request_id in seen:
            problems.append(f"row {number}: request_id {request.request_id!r} repeats "
                            f"row {seen[request.request_id]}")
        seen.setdefault(request.request_id, number)
        requests.append(request)
    if problems:
        raise RegistryError(path, problems=problems)
    return requests


# ---------------------------------------------------------------- matching replies

_NUMBER_WORDS = {"n", "no", "nro", "nros", "nos", "num", "numero"}


@dataclass(frozen=True)
class ReplyFacts:
    """What a reply says that ties it to a request (from its header)."""

    sender_id: str | None = None
    cited_reference: str | None = None  # the reference line as written, or just the number
    letter_date: date | None = None
    period_start: date | None = None
    period_end: date | None = None


@dataclass(frozen=True)
class Match:
    """The request a reply answers, how it was found, and why (or why none was)."""

    request: Request | None
    method: str  # "reference", "institution_date" or "none"
    reason: str
    candidates: tuple[str, ...] = field(default=())  # request ids when ambiguous


def reference_tokens(text: str) -> list[str]:
    """A letter number as comparable tokens: no accents or case, ``N°``, ``Nº``, ``No.``,
    ``Nro.`` dropped, leading zeros dropped: ``Carta N° 045-2018-ACT`` and
    ``CARTA Nro. 45 - 2018 - ACT`` both give ``carta 45 2018 act``."""
    folded = re.sub(r"\bn\s*\.\s*o\b", "no", fold_key(text))  # N.º decomposes to n.o
    tokens = re.findall(r"[a-z]+|[0-9]+", folded)
    kept = []
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if token in _NUMBER_WORDS and following[:1].isdigit():
            continue
        kept.append((token.lstrip("0") or "0") if token.isdigit() else token)
    return kept


def _contains(haystack: list[str], needle: list[str]) -> bool:
    return bool(needle) and f" {' '.join(needle)} " in f" {' '.join(haystack)} "


def _core(tokens: list[str]) -> list[str]:
    """The number part of a reference (from its first digit on): ``45 2018 act``."""
    first = next((index for index, token in enumerate(tokens) if token.isdigit()), None)
    core = tokens[first:] if first is not None else []
    return core if len(core) >= 2 else []


def _by_reference(cited: str, requests: Sequence[Request]) -> list[Request]:
    tokens = reference_tokens(cited)
    full = [request for request in requests
            if _contains(tokens, reference_tokens(request.reference or ""))
            or _contains(tokens, reference_tokens(request.request_id))]
    if full:
        return full
    return [request for request in requests
            if _contains(tokens, _core(reference_tokens(request.reference or "")))]


def _overlaps(request: Request, reply: ReplyFacts) -> bool:
    if reply.period_start is None and reply.period_end is None:
        return True
    start = reply.period_start or reply.period_end
    end = reply.period_end or reply.period_start
    return ((request.period_start or date.min) <= end
            and start <= (request.period_end or date.max))


def _not_after(requests: Iterable[Request], reply: ReplyFacts) -> list[Request]:
    if reply.letter_date is None:
        return list(requests)
    return [request for request in requests if request.filed_on <= reply.letter_date]


def _ids(requests: Iterable[Request]) -> tuple[str, ...]:
    return tuple(request.request_id for request in requests)


def _match_reference(reply: ReplyFacts, requests: Sequence[Request]) -> Match | None:
    found = _not_after(_by_reference(reply.cited_reference or "", requests), reply)
    if len(found) > 1:  # one letter sent to several institutions ("Carta Múltiple")
        found = [request for request in found
                 if request.institution_id == reply.sender_id] or found
    if len(found) > 1:
        found = [request for request in found if _overlaps(request, reply)] or found
    if len(found) == 1:
        return Match(found[0], "reference", "the reply cites the request's reference")
    if len(found) > 1:
        return Match(None, "none", f"the cited reference fits {len(found)} requests and "
                     "neither the sender nor the period tells them apart", _ids(found))
    return None


def _match_institution(reply: ReplyFacts, requests: Sequence[Request]) -> Match:
    sender = reply.sender_id
    to_sender = [request for request in requests if sender and request.institution_id == sender]
    if not to_sender:
        why = "no sender" if not sender else f"no request was sent to {sender}"
        return Match(None, "none", f"no reference matched and {why}")
    earlier = _not_after(to_sender, reply)
    if not earlier:
        return Match(None, "none", f"every request to {sender} was filed after the reply's "
                     f"date {reply.letter_date}")
    in_period = [request for request in earlier if _overlaps(request, reply)] or earlier
    if reply.letter_date is None:
        if len(in_period) == 1:
            return Match(in_period[0], "institution_date",
                         f"the only request to {sender} (the reply has no date)")
        return Match(None, "none", f"{len(in_period)} requests to {sender} and the reply has "
                     "no date", _ids(in_period))
    latest = max(request.filed_on for request in in_period)
    closest = [request for request in in_period if request.filed_on == latest]
    if len(closest) > 1:
        return Match(None, "none", f"{len(closest)} requests to {sender} were filed on "
                     f"{latest}", _ids(closest))
    return Match(closest[0], "institution_date",
                 f"the latest request to {sender} filed on or before the reply's date")


def find_match(reply: ReplyFacts, requests: Sequence[Request]) -> Match:
    """The request a reply answers, with the reason.

    First by a cited reference (the team's letter number or the request id, compared by
    ``reference_tokens``), then by the sender plus the latest filing date on or before the
    reply's date (a reply cannot predate its request). When the reply states a period,
    requests whose period overlaps it are preferred. Two equally good requests give no
    match (``request`` None, ``candidates`` listing them). Pass only the requests still
    unmatched to match a batch one reply at a time.
    """
    if reply.cited_reference:
        match = _match_reference(reply, requests)
        if match is not None:
            return match
    return _match_institution(reply, requests)


def match_reply(reply: ReplyFacts, requests: Sequence[Request]) -> Request | None:
    """The request a reply answers, or None (``find_match`` says why)."""
    return find_match(reply, requests).request


def unanswered(requests: Iterable[Request], matched_ids: Iterable[str]) -> list[Request]:
    """The requests no reply was matched to, oldest first (the ``missing`` rows)."""
    matched = set(matched_ids)
    pending = [request for request in requests if request.request_id not in matched]
    return sorted(pending, key=lambda request: (request.filed_on, request.request_id))
