"""Accuracy on documents the generator did not make: the real-dev gold and the blind sets.

    python bench/evaluation_sets.py                    # every set found
    python bench/evaluation_sets.py --set real-dev     # one set
    python bench/evaluation_sets.py --set blind-v1 --variant scanned --json out.json
    python bench/evaluation_sets.py --set blind-v2 --variant native --registry

A set is a folder under ``eval/`` holding ``gold.jsonl`` (format: ``eval/README.md``). Its
files are read from the folder itself, except real-dev's, which are read from
``../shared/real-dev/docs/`` (they may not be redistributed) and skipped when absent.

Each document is loaded (OCR where needed), its facts extracted and its labels predicted
by the bundled model with the requested period the letter states, as ``oficio process``
does without a request registry (``--registry``: the gold's requested period, as a
registry of the requests would give it). Printed per set and variant:

- figures: money precision and recall, percent and count F1. A predicted figure matches an
  unmatched gold figure of the same page and kind with the same value (within 0.005) and,
  for money, the same currency; offsets are not compared (scans have other offsets), nor
  pages for a Word file (its gold pages are those of a LibreOffice rendering);
- role accuracy over matched money, and over matched money whose gold role is set;
- sender accuracy: a gazetteer entry of the gold sender (looked up by name or acronym; for
  a unit written "Institución - unidad", its institution's too), or no sender where the
  gazetteer has none (a foreign or unknown body);
- reference accuracy: the letter's own number, compared after folding case, ``N°``/``Nº``
  and spaces;
- status macro-F1, axes micro-F1, documents given an axis though off topic, expected
  calibration error of the status confidence, and the share of wrong statuses given with a
  confidence of 0.95 or more.

This script is for measuring: nothing it prints may be turned into rules or training text
(see eval/README.md).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = ROOT / "eval"
REAL_DEV_DOCS = ROOT.parent / "shared" / "real-dev" / "docs"
STATUSES = ("answered", "out_of_period", "missing")
AXES = ("governance", "prevention", "protection", "prosecution")


def gold_records(name: str) -> list[dict]:
    path = SETS / name / "gold.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def file_of(name: str, record: dict, variant: str) -> Path | None:
    relative = record.get("files", {}).get(variant)
    if not relative:
        return None
    base = REAL_DEV_DOCS if name == "real-dev" else SETS / name
    path = base / relative
    return path if path.exists() else None


def fold_reference(text: str | None) -> str:
    from extract.textfold import fold

    if not text:
        return ""
    text = fold(text)
    text = re.sub(r"n\s*[°º.o]\s*", "n ", text)
    return re.sub(r"[\s.]+", "", text)


def expected_senders(gold: dict) -> set[str]:
    """The gazetteer ids a right sender may have: the gold sender's entry (looked up by name
    or acronym) and, for a unit written "Institución - unidad" (blind-v3), its
    institution's; empty when the gazetteer has no such body (then no sender is right)."""
    from extract.gazetteer import load_gazetteer
    from extract.textfold import fold

    sender = gold.get("sender") or {}
    name = sender.get("name") or ""
    names = {fold(n) for n in (name, name.split(" - ")[0], sender.get("acronym")) if n}
    return {entry.id for entry in load_gazetteer()
            if names & {fold(k) for k in (entry.name, entry.acronym, *entry.aliases) if k}}


def sender_right(predicted: str | None, gold: dict) -> bool:
    expected = expected_senders(gold)
    return predicted in expected if expected else predicted is None


def match_figures(gold: list[dict], predicted: list) -> dict:
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


def _f1(matched: int, gold: int, predicted: int) -> tuple[float, float, float]:
    precision = matched / predicted if predicted else 1.0
    recall = matched / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def evaluate(name: str, variant: str, registry: bool = False) -> dict | None:
    from extract.document import Document
    from extract.errors import OficioError
    from extract.facts import extract_facts
    from extract.loader import load
    from models.registry import load_default

    model = load_default()
    failed: list[str] = []
    figures: Counter = Counter()
    rows = []
    started = time.perf_counter()
    for record in gold_records(name):
        path = file_of(name, record, variant)
        if path is None:
            continue
        try:
            document = load(path)
        except OficioError as error:  # a file oficio cannot read scores as one with nothing
            failed.append(f"{record['id']}: {error.code}")
            document = Document(record["id"], str(path), "unreadable")
        facts = extract_facts(document)
        # The requested period as a batch without a request registry settles it: the
        # letter's restatement of the request, else none.
        header = facts.header
        period = (header.period_start, header.period_end) \
            if header.period_start and header.period_end else None
        if registry:  # the request registry's period: the one the gold says was asked
            period = _gold_period(record)
        prediction = model.model.predict_document(document, period, model.version)
        gold_figures = record.get("figures", [])
        predicted = facts.figures
        if variant == "photo" and record.get("photo_page"):
            gold_figures = [dict(g, page=1) for g in gold_figures
                            if g["page"] == record["photo_page"]]
        if path.suffix.lower() == ".docx":
            # A Word file has no pages of its own: the gold's are LibreOffice's rendering.
            gold_figures = [dict(g, page=1) for g in gold_figures]
            predicted = [dataclasses.replace(p, page=1) for p in predicted]
        figures.update(match_figures(gold_figures, predicted))
        rows.append({
            "id": record["id"],
            "sender_ok": sender_right(facts.header.sender_id, record),
            "reference_ok": fold_reference(facts.header.reference)
            == fold_reference(record.get("reference")),
            "status": (record["status"], prediction.status, prediction.status_confidence),
            "axes": (set(record.get("axes", [])), set(prediction.axes)),
            "on_topic": record.get("on_topic", True),
            "missing_kind": (record.get("missing_kind"), getattr(prediction, "missing_kind", None)),
        })
    if not rows:
        return None
    result = summarize(name, variant, figures, rows, time.perf_counter() - started)
    result["unreadable"] = failed
    return result


def _gold_period(record: dict) -> tuple | None:
    from datetime import date

    start, end = record.get("period_start"), record.get("period_end")
    return (date.fromisoformat(start), date.fromisoformat(end)) if start and end else None


def summarize(name: str, variant: str, figures: Counter, rows: list[dict],
              seconds: float) -> dict:
    out: dict = {"set": name, "variant": variant, "documents": len(rows),
                 "seconds": round(seconds, 1)}
    for kind in ("money", "percent", "count"):
        p, r, f = _f1(figures[f"match_{kind}"], figures[f"gold_{kind}"], figures[f"pred_{kind}"])
        out[kind] = {"gold": figures[f"gold_{kind}"], "predicted": figures[f"pred_{kind}"],
                     "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}
    out["role_accuracy"] = _share(figures["role_ok"], figures["role_all"])
    out["role_accuracy_where_set"] = _share(figures["role_set_ok"], figures["role_set"])
    out["sender_accuracy"] = _share(sum(r["sender_ok"] for r in rows), len(rows))
    out["reference_accuracy"] = _share(sum(r["reference_ok"] for r in rows), len(rows))
    out.update(classification(rows))
    return out


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def classification(rows: list[dict]) -> dict:
    gold = [r["status"][0] for r in rows]
    predicted = [r["status"][1] for r in rows]
    per_class = {}
    for status in STATUSES:
        tp = sum(g == p == status for g, p in zip(gold, predicted, strict=True))
        per_class[status] = round(_f1(tp, gold.count(status), predicted.count(status))[2], 3)
    present = [s for s in STATUSES if s in gold]
    tp = sum(len(g & p) for g, p in (r["axes"] for r in rows))
    n_gold = sum(len(g) for g, _ in (r["axes"] for r in rows))
    n_pred = sum(len(p) for _, p in (r["axes"] for r in rows))
    confident_wrong = sum(1 for g, p, c in (r["status"] for r in rows) if g != p and c >= 0.95)
    off = [r for r in rows if not r["on_topic"]]
    kinds = [r["missing_kind"] for r in rows if r["missing_kind"][0] == "off_topic"
             or r["missing_kind"][1] == "off_topic"]
    off_tp = sum(1 for g, p in kinds if g == p == "off_topic")
    return {
        "status_macro_f1": round(sum(per_class[s] for s in present) / len(present), 3),
        "status_f1": per_class,
        "axes_micro_f1": round(_f1(tp, n_gold, n_pred)[2], 3),
        "off_topic_with_axes": f"{sum(1 for r in off if r['axes'][1])} of {len(off)}",
        "off_topic_f1": round(_f1(off_tp, sum(1 for g, _ in kinds if g == "off_topic"),
                                  sum(1 for _, p in kinds if p == "off_topic"))[2], 3),
        "calibration_error": expected_calibration_error(rows),
        "wrong_at_0.95": _share(confident_wrong, len(rows)),
    }


def expected_calibration_error(rows: list[dict], bins: int = 10) -> float:
    """Mean |accuracy - confidence| over confidence bins, weighted by their size."""
    total, error = len(rows), 0.0
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        inside = [r for r in rows
                  if low < r["status"][2] <= high or (b == 0 and r["status"][2] == 0)]
        if inside:
            accuracy = sum(r["status"][0] == r["status"][1] for r in inside) / len(inside)
            confidence = sum(r["status"][2] for r in inside) / len(inside)
            error += len(inside) / total * abs(accuracy - confidence)
    return round(error, 3)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", action="append", help="a folder under eval/ (default: all)")
    parser.add_argument("--variant", action="append",
                        help="native, scanned or photo (default: every variant present)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument("--registry", action="store_true",
                        help="give the classifier the requested period of the gold, as a "
                             "request registry would (default: the period the letter states)")
    args = parser.parse_args()
    names = args.set or sorted(p.name for p in SETS.iterdir() if (p / "gold.jsonl").exists())
    results = []
    for name in names:
        for variant in args.variant or ("native", "scanned", "photo"):
            result = evaluate(name, variant, args.registry)
            if result is None:
                continue
            results.append(result)
            print(json.dumps(result, ensure_ascii=False))
            sys.stdout.flush()
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
