"""Read a filled review queue back: validate every label, then store the corrections.

The file may be the XLSX workbook or a CSV file (the format is read from the content:
``oficio.corpus.outputs.spreadsheet_read``), its columns named in any language oficio speaks
(``your_status`` or ``su estado``: ``oficio.corpus.review.queue.column_codes``). Accepted values,
compared without case, accents or extra spaces (``oficio.textfold.fold``): each label's
code, its Spanish name (``oficio.annotations.records.SPANISH_NAMES``) or its name in another
catalog (English: ``out of period``), and a few older synonyms:

- ``your_status``: ``respondida``/``answered``, ``fuera de periodo``/``out_of_period``,
  ``sin información``/``missing`` (also ``atendida``, ``faltante``);
- ``your_axes``: axes separated by ``;`` or ``,``: ``gobernanza``, ``prevención``,
  ``protección`` (also ``atención``), ``persecución`` (also ``fiscalización``) or the codes;
  ``ninguno``/``none`` for a reply on no axis;
- ``your_missing_kind``: why a reply is missing (``acuse de recibo``/``acknowledgment``...);
- ``your_sender``: a gazetteer id (``mimp``), or an institution's name or acronym.

An empty cell is no label. Each label becomes an ``AnnotationRecord`` with source
``review:<file name>``, for the row's reply and for every copy of the letter the row lists
in ``copy_ids``; a label already stored from a file of that name is not stored again.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from oficio.annotations.records import AnnotationRecord
from oficio.annotations.store import AnnotationStore
from oficio.corpus.outputs.spreadsheet_read import read_table
from oficio.corpus.review.queue import column_codes, column_name
from oficio.errors import MissingColumnError
from oficio.extract.institutions.gazetteer import Gazetteer, load_gazetteer
from oficio.i18n import _, catalog, label, languages
from oficio.labels import AXES, MISSING_KINDS, SPANISH_NAMES, STATUSES
from oficio.textfold import fold


@dataclass
class RowError:
    row: int  # the spreadsheet's row number (header: 1)
    column: str
    problem: str

    def __str__(self) -> str:
        return _("row {row}, {column}: {problem}").format(
            row=self.row, column=column_name(self.column), problem=self.problem)


def _key(text: str) -> str:
    """A typed value as a key: no case, no accents, words separated by one space."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(text.strip().lstrip("'"))).split())


def _names(codes: tuple[str, ...], field_name: str, *synonyms: tuple[str, str]
           ) -> dict[str, str]:  # fmt: skip
    """Every accepted spelling of ``codes`` (as ``_key``) -> its code."""
    spanish = SPANISH_NAMES[field_name]
    pairs = [(code, code) for code in codes] + [(spanish[code], code) for code in codes]
    pairs += [(catalog(lang).pgettext(field_name, code), code)
              for lang in languages() for code in codes]
    return {_key(name): code for name, code in [*pairs, *synonyms]}


STATUS_NAMES = _names(
    STATUSES, "status",
    ("atendida", "answered"), ("respondido", "answered"), ("fuera del periodo", "out_of_period"),
    ("faltante", "missing"), ("no responde", "missing"),
)  # fmt: skip
AXIS_NAMES = _names(
    AXES, "axes",
    ("gobernanza institucional", "governance"), ("prevencion y sensibilizacion", "prevention"),
    ("atencion", "protection"), ("reintegracion", "protection"),
    ("atencion y proteccion", "protection"), ("proteccion y reintegracion", "protection"),
    ("fiscalizacion", "prosecution"), ("fiscalizacion y persecucion", "prosecution"),
    ("persecucion del delito", "prosecution"),
)  # fmt: skip
MISSING_KIND_NAMES = _names(MISSING_KINDS, "missing_kind")
NO_AXES = {"none", "ninguno", "ninguna", "no axis", "ningun eje"}
FIELDS = {"your_status": "status", "your_axes": "axes", "your_missing_kind": "missing_kind",
          "your_sender": "sender_id", "comment": "comment"}  # fmt: skip


def accepted(codes: tuple[str, ...], field_name: str) -> str:
    """The values a person may type, names first: ``respondida, ... (or answered, ...)``;
    the names alone where they are the codes (in English)."""
    names = [label(field_name, code) for code in codes]
    if [_key(name) for name in names] == [_key(code) for code in codes]:
        return ", ".join(names)
    return _("{names} (or {codes})").format(names=", ".join(names), codes=", ".join(codes))


@dataclass
class ImportResult:
    labels: list[AnnotationRecord] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    stored: int = 0
    already: int = 0  # labels that the store held already


def parse_status(text: str) -> str:
    status = STATUS_NAMES.get(_key(text))
    if status is None:
        raise ValueError(_("{text!r} is not a status: use {values}").format(
            text=text.strip(), values=accepted(STATUSES, "status")))
    return status


def parse_missing_kind(text: str) -> str:
    kind = MISSING_KIND_NAMES.get(_key(text))
    if kind is None:
        raise ValueError(_("{text!r} is not a kind of missing reply: use {values}").format(
            text=text.strip(), values=accepted(MISSING_KINDS, "missing_kind")))
    return kind


def parse_axes(text: str) -> list[str]:
    if _key(text) in NO_AXES:
        return []
    axes = set()
    for part in re.split(r"[;,]", text):
        if not part.strip():
            continue
        axis = AXIS_NAMES.get(_key(part))
        if axis is None:
            raise ValueError(_("{text!r} is not an axis: use {values}, or {none}").format(
                text=part.strip(), values=accepted(AXES, "axes"), none=_("none")))
        axes.add(axis)
    return sorted(axes)


def parse_sender(text: str, gazetteer: Gazetteer) -> str:
    wanted = text.strip()
    if wanted in gazetteer:
        return wanted
    folded = _key(wanted)
    found = {item.id for item in gazetteer
             if folded in (_key(item.name), _key(item.acronym), *map(_key, item.aliases))}
    if len(found) == 1:
        return found.pop()
    if found:
        raise ValueError(_("{text!r} names {n} institutions: use the id ({ids})").format(
            text=wanted, n=len(found), ids=", ".join(sorted(found)[:4])))
    raise ValueError(_("{text!r} is not a gazetteer id or institution name").format(
        text=wanted))


def read_review(path: Path, known_docs: set[str], annotator: str = "",
                gazetteer: Gazetteer | None = None) -> ImportResult:  # fmt: skip
    """Every label of the file, and every problem with its row number."""
    header, rows, numbers = _by_code(path, *read_table(path))
    result = ImportResult()
    if not any(column in header for column in FIELDS):
        names = ", ".join(column_name(c) for c in FIELDS if c != "comment")
        result.errors.append(RowError(1, _("header"), _("none of the columns {names}").format(
            names=names)))
        return result
    gazetteer = gazetteer or load_gazetteer()
    source = f"review:{path.name}"
    seen: dict[str, int] = {}
    for row, number in zip(rows, numbers, strict=True):
        doc_id = row.get("doc_id", "").strip().lower()
        if not doc_id:
            result.errors.append(RowError(number, "doc_id", _("empty")))
            continue
        if doc_id not in known_docs:
            result.errors.append(RowError(number, "doc_id", _(
                "{id}... is not in the workspace").format(id=doc_id[:16])))
            continue
        if doc_id in seen:
            result.errors.append(RowError(number, "doc_id", _("also on row {row}").format(
                row=seen[doc_id])))
            continue
        seen[doc_id] = number
        labels = _row_labels(row, number, doc_id, source, annotator, gazetteer, result.errors)
        result.labels += labels
        # the letter's other copies get the same labels: the analyst judged the letter
        copies = [c for c in re.split(r"[;,\s]+", row.get("copy_ids", "").lower())
                  if c in known_docs and c != doc_id]  # fmt: skip
        result.labels += [replace(label, doc_id=copy) for copy in copies for label in labels]
    return result


def _by_code(path: Path, header: list[str], rows: list[dict[str, str]], numbers: list[int]
             ) -> tuple[list[str], list[dict[str, str]], list[int]]:  # fmt: skip
    """The table with its columns keyed by their codes, whatever language named them."""
    codes = column_codes()
    header = [codes.get(key, key) for key in header]
    if "doc_id" not in header:
        raise MissingColumnError(path, _("no column {name}").format(name=column_name("doc_id")))
    return header, [{codes.get(k, k): v for k, v in row.items()} for row in rows], numbers


def _row_labels(
    row: dict[str, str], number: int, doc_id: str, source: str, annotator: str,
    gazetteer: Gazetteer, errors: list[RowError],
) -> list[AnnotationRecord]:  # fmt: skip
    labels, problems = [], []
    for column, name in FIELDS.items():
        text = row.get(column, "").strip()
        if not text:
            continue
        try:
            value = _parse(name, text, gazetteer)
        except ValueError as error:
            problems.append(RowError(number, column, str(error)))
            continue
        labels.append(AnnotationRecord(doc_id, name, value, source, annotator))
    errors += problems
    return [] if problems else labels


def _parse(name: str, text: str, gazetteer: Gazetteer) -> object:
    if name == "status":
        return parse_status(text)
    if name == "axes":
        return parse_axes(text)
    if name == "missing_kind":
        return parse_missing_kind(text)
    if name == "sender_id":
        return parse_sender(text, gazetteer)
    return text


def store_labels(result: ImportResult, store: AnnotationStore, partial: bool) -> ImportResult:
    """Append the new labels; nothing at all when the file has errors, unless ``partial``."""
    if result.errors and not partial:
        return result
    held = {_identity(r) for r in store.records()}
    new = [label for label in result.labels if _identity(label) not in held]
    result.already = len(result.labels) - len(new)
    result.stored = store.append(new)
    return result


def _identity(record: AnnotationRecord) -> tuple[str, str, str, str]:
    value = json.dumps(record.value, sort_keys=True, ensure_ascii=False)
    return (record.doc_id, record.field, value, record.source)
