"""Scoring figures against annotated replies in the bundled-set format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from oficio.evaluation.figures import evaluate_records, read_records

PAGE = "Se ejecutó S/ 1,200.00 y se atendió a 12 víctimas, el 40% del total."


def _record(figures: list[dict], split: str = "train") -> dict:
    return {"id": "r0001", "split": split, "language": "es", "pages": [PAGE],
            "figures": figures}


def _figure(kind: str, text: str, value: float, currency: str | None = None) -> dict:
    start = PAGE.index(text)
    return {"kind": kind, "value": value, "currency": currency, "what": None, "year": None,
            "role": None, "page": 1, "start": start, "end": start + len(text), "text": text}


def test_perfect_gold_scores_one(tmp_path: Path) -> None:
    gold = [
        _figure("money", "S/ 1,200.00", 1200.0, "PEN"),
        _figure("count", "12 víctimas", 12.0),
        _figure("percent", "40%", 40.0),
    ]
    path = tmp_path / "replies.jsonl"
    path.write_text(json.dumps(_record(gold), ensure_ascii=False) + "\n", encoding="utf-8")
    scores = evaluate_records(read_records(path))
    assert [scores[k].f1 for k in ("money", "count", "percent")] == [1.0, 1.0, 1.0]
    assert scores["count"].attribute_accuracy("what") == 0.0  # gold 'what' left empty


def test_wrong_currency_is_a_miss_and_a_false_alarm() -> None:
    gold = [_figure("money", "S/ 1,200.00", 1200.0, "USD")]
    scores = evaluate_records([_record(gold)])
    money = scores["money"]
    assert (money.precision, money.recall) == (0.0, 0.0)
    assert scores["count"].precision == 0.0  # found a count the gold does not hold


def test_split_filter(tmp_path: Path) -> None:
    path = tmp_path / "replies.jsonl"
    lines = [_record([], "train"), {**_record([], "heldout"), "id": "r0002"}]
    path.write_text("\n".join(json.dumps(r) for r in lines) + "\n", encoding="utf-8")
    assert [r["id"] for r in read_records(path, "heldout")] == ["r0002"]
    with pytest.raises(FileNotFoundError):
        list(read_records(tmp_path / "missing.jsonl"))
