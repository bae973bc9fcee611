"""Scores on an evaluation set: a folder of replies with their gold (``eval/README.md``).

A set is read once (``read_set``: load, OCR where needed, facts) and can then be scored
by several models (``score_set``), as ``oficio train --set`` does to compare the new
model with the active one. Scores:

- figures: money precision and recall, percent and count F1. A predicted figure matches an
  unmatched gold figure of the same page and kind with the same value (within 0.005) and,
  for money, the same currency; offsets are not compared (scans have other offsets), nor
  pages for a Word file (its gold pages are those of a LibreOffice rendering);
- role accuracy over matched money, and over matched money whose gold role is set;
- sender accuracy: a gazetteer entry of the gold sender (by name or acronym; for a unit
  written "Institución - unidad", its institution's too), or no sender where the
  gazetteer has none (a foreign or unknown body);
- reference accuracy: the letter's own number, after folding case, ``N°``/``Nº``, spaces;
- status macro-F1 and per-class F1, F1 per missing kind, axes micro- and macro-F1,
  documents given an axis though off topic, the expected calibration error of the status
  confidence, and the share of statuses that are wrong with a confidence of 0.95 or more.

The classifier gets the requested period the letter states, as ``oficio process`` without
a request registry, or with ``registry`` the gold's, as a registry would give it.
"""

from __future__ import annotations

import dataclasses
import json
import re
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from oficio.errors import OficioError
from oficio.evaluation.scores import MatchCounts
from oficio.extract.institutions.gazetteer import load_gazetteer
from oficio.labels import AXES, MISSING_KINDS, STATUSES
from oficio.models.training import expected_calibration_error
from oficio.textfold import fold

if TYPE_CHECKING:
    from oficio.extract.facts import Facts
    from oficio.extract.read.document import Document
    from oficio.models.registry import LoadedModel

VARIANTS = ("native", "scanned", "photo")


@dataclass
class ReadReply:
    """One reply of a set as oficio read it, beside its gold record."""

    record: dict
    path: Path
    document: Document
    facts: Facts
    error: str | None = None


def gold_records(folder: Path) -> list[dict]:
    lines = (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def file_of(folder: Path, record: dict, variant: str, docs: Path | None = None) -> Path | None:
    """The reply's file of that variant, under ``docs`` when the set's files live apart."""
    relative = record.get("files", {}).get(variant)
    if not relative:
        return None
    path = (docs or folder) / relative
    return path if path.exists() else None


def read_set(folder: Path, variant: str, docs: Path | None = None) -> list[ReadReply]:
    """Load every reply of the set that has this variant, and extract its facts; a file
    oficio cannot read scores as one with nothing in it."""
    from oficio.extract.facts import extract_facts
    from oficio.extract.read.document import Document
    from oficio.extract.read.loader import load

    read = []
    for record in gold_records(folder):
        path = file_of(folder, record, variant, docs)
        if path is None:
            continue
        error = None
        try:
            document = load(path)
        except OficioError as failure:
            error = failure.code
            document = Document(record["id"], str(path), "unreadable")
        read.append(ReadReply(record, path, document, extract_facts(document), error))
    return read


def score_set(read: list[ReadReply], model: LoadedModel, variant: str = "native",
              registry: bool = False) -> dict[str, Any]:
    """Figures, header and labels of ``read`` against the gold, with ``model``'s labels."""
    started = time.perf_counter()
    figures: Counter = Counter()
    rows = []
    for reply in read:
        figures.update(_figure_counts(reply, variant))
        rows.append(_row(reply, model, registry))
    out: dict[str, Any] = {"documents": len(rows), "unreadable": [
        f"{r.record['id']}: {r.error}" for r in read if r.error]}
    for kind in ("money", "percent", "count"):
        p, r, f = _scores(figures[f"match_{kind}"], figures[f"gold_{kind}"],
                          figures[f"pred_{kind}"])
        out[kind] = {"gold": figures[f"gold_{kind}"], "predicted": figures[f"pred_{kind}"],
                     "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}
    out["role_accuracy"] = _share(figures["role_ok"], figures["role_all"])
    out["role_accuracy_where_set"] = _share(figures["role_set_ok"], figures["role_set"])
    out["sender_accuracy"] = _share(sum(r["sender_ok"] for r in rows), len(rows))
    out["reference_accuracy"] = _share(sum(r["reference_ok"] for r in rows), len(rows))
    if rows:
        out.update(classification(rows))
    out["seconds"] = round(time.perf_counter() - started, 1)
    return out


def _figure_counts(reply: ReadReply, variant: str) -> Counter:
    gold = reply.record.get("figures", [])
    predicted = reply.facts.figures
    if variant == "photo" and reply.record.get("photo_page"):
        gold = [dict(g, page=1) for g in gold if g["page"] == reply.record["photo_page"]]
    if reply.path.suffix.lower() == ".docx":
        # A Word file has no pages of its own: the gold's are LibreOffice's rendering.
        gold = [dict(g, page=1) for g in gold]
        predicted = [dataclasses.replace(p, page=1) for p in predicted]
    return match_figures(gold, predicted)


def _row(reply: ReadReply, model: LoadedModel, registry: bool) -> dict:
    record, header = reply.record, reply.facts.header
    period = (header.period_start, header.period_end) \
        if header.period_start and header.period_end else None
    if registry:
        period = gold_period(record)
    prediction = model.model.predict_document(reply.document, period, model.version)
    return {
        "id": record["id"],
        "sender_ok": sender_right(header.sender_id, record),
        "reference_ok": fold_reference(header.reference) == fold_reference(record.get("reference")),
        "status": (record["status"], prediction.status, prediction.status_confidence),
        "axes": (set(record.get("axes", [])), set(prediction.axes)),
        "on_topic": record.get("on_topic", True),
        "missing_kind": (record.get("missing_kind"), prediction.missing_kind),
    }


def gold_period(record: dict) -> tuple[date, date] | None:
    start, end = record.get("period_start"), record.get("period_end")
    return (date.fromisoformat(start), date.fromisoformat(end)) if start and end else None


def fold_reference(text: str | None) -> str:
    if not text:
        return ""
    text = re.sub(r"n\s*[°º.o]\s*", "n ", fold(text))
    return re.sub(r"[\s.]+", "", text)


def sender_right(predicted: str | None, gold: dict) -> bool:
    """Right when the sender is an entry of the gold sender (by name or acronym; for a unit
    written "Institución - unidad", the institution's or the unit's own, or none when the
    gazetteer lacks the unit); or none where there is none."""

    sender = gold.get("sender") or {}
    name = sender.get("name") or ""
    parts = name.split(" - ")
    names = {fold(n) for n in (name, parts[0], parts[-1], sender.get("acronym")) if n}
    expected = _entries_named(names)
    if predicted is None and len(parts) > 1 and not _entries_named({fold(parts[-1])}):
        return True  # a unit the gazetteer lacks is reported as written, not as its parent
    return predicted in expected if expected else predicted is None


def _entries_named(names: set[str]) -> set[str]:
    """The ids of the gazetteer entries one of ``names`` (folded) names."""
    return {entry.id for entry in load_gazetteer()
            if names & {fold(k) for k in (entry.name, entry.acronym, *entry.aliases) if k}}


def match_figures(gold: list[dict], predicted: list) -> Counter:
    """Counts of matched, gold and predicted figures per kind, and role agreement."""
    counts: Counter = Counter()
    pool: dict[tuple, list[dict]] = {}
    for g in gold:
        pool.setdefault((g["page"], g["kind"]), []).append(g)
        counts[f"gold_{g['kind']}"] += 1
    for p in predicted:
        counts[f"pred_{p.kind}"] += 1
        for g in pool.get((p.page, p.kind), []):
            same_currency = p.kind != "money" or (g.get("currency") or "PEN") == p.currency
            if abs(g["value"] - p.value) <= 0.005 and same_currency:
                pool[(p.page, p.kind)].remove(g)
                counts[f"match_{p.kind}"] += 1
                if p.kind == "money":
                    counts["role_all"] += 1
                    counts["role_ok"] += (g.get("role") or None) == (p.role or None)
                    if g.get("role"):
                        counts["role_set"] += 1
                        counts["role_set_ok"] += g["role"] == p.role
                break
    return counts


def classification(rows: list[dict]) -> dict[str, Any]:
    """Status, missing kind and axes scores, calibration and confident errors."""
    gold = [r["status"][0] for r in rows]
    predicted = [r["status"][1] for r in rows]
    per_class = {s: round(_label_f1(gold, predicted, s), 3) for s in STATUSES}
    present = [s for s in STATUSES if s in gold]
    gold_kind = [r["missing_kind"][0] for r in rows]
    predicted_kind = [r["missing_kind"][1] for r in rows]
    per_kind = {k: round(_label_f1(gold_kind, predicted_kind, k), 3) for k in MISSING_KINDS
                if k in gold_kind or k in predicted_kind}
    per_axis = {a: round(_label_f1([a in g for g, _ in (r["axes"] for r in rows)],
                                   [a in p for _, p in (r["axes"] for r in rows)], True), 3)
                for a in AXES}
    tp = sum(len(g & p) for g, p in (r["axes"] for r in rows))
    n_gold = sum(len(g) for g, _ in (r["axes"] for r in rows))
    n_pred = sum(len(p) for _, p in (r["axes"] for r in rows))
    confident_wrong = sum(1 for g, p, c in (r["status"] for r in rows) if g != p and c >= 0.95)
    off = [r for r in rows if not r["on_topic"]]
    return {
        "status_macro_f1": round(sum(per_class[s] for s in present) / len(present), 3),
        "status_f1": per_class,
        "missing_kind_f1": per_kind,
        "axes_micro_f1": round(_scores(tp, n_gold, n_pred)[2], 3),
        "axes_macro_f1": round(sum(per_axis.values()) / len(per_axis), 3),
        "axes_f1": per_axis,
        "off_topic_with_axes": f"{sum(1 for r in off if r['axes'][1])}/{len(off)}",
        "calibration_error": expected_calibration_error(
            [g == p for g, p, _ in (r["status"] for r in rows)], [c for *_, c in
                                                                  (r["status"] for r in rows)]),
        "wrong_at_0.95": _share(confident_wrong, len(rows)),
    }


def _label_f1(gold: list, predicted: list, label: object) -> float:
    tp = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
    return _scores(tp, gold.count(label), predicted.count(label))[2]


def _scores(matched: int, gold: int, predicted: int) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``matched`` found items among ``predicted``, of ``gold``."""
    counts = MatchCounts(matched, predicted - matched, gold - matched)
    return counts.precision, counts.recall, counts.f1


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None
