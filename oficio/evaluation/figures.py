"""Precision, recall and F1 of the figure extractors against annotated replies.

A predicted figure matches a gold figure of the same kind when they are on the same
page, their spans overlap, their values differ by at most 0.005 and their currencies
agree. Matching is one-to-one. Among matched pairs, the share with the same ``what``,
``year`` and ``role`` is reported too. Reads the bundled set's JSON-lines format
(``annotations/bundled/replies.jsonl``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from oficio.evaluation.scores import MatchCounts
from oficio.extract.figures.figure import Figure
from oficio.extract.figures.find import find_figures
from oficio.extract.read.document import Document, Page

KINDS = ("money", "count", "percent")
VALUE_TOLERANCE = 0.005


@dataclass
class KindScore(MatchCounts):
    """Counts and scores for one figure kind."""

    kind: str = ""
    attribute_hits: dict[str, int] = field(default_factory=dict)

    def attribute_accuracy(self, name: str) -> float | None:
        """Share of matched figures whose ``name`` (what/year/role) equals the gold's."""
        if not self.true_positives:
            return None
        return self.attribute_hits.get(name, 0) / self.true_positives


def matches(predicted: Figure, gold: Figure) -> bool:
    """Same kind and page, overlapping spans, values within 0.005, same currency."""
    return (
        predicted.kind == gold.kind
        and predicted.page == gold.page
        and predicted.start < gold.end
        and gold.start < predicted.end
        and abs(predicted.value - gold.value) <= VALUE_TOLERANCE
        and (predicted.currency or None) == (gold.currency or None)
    )


def score_document(
    predicted: list[Figure], gold: list[Figure], scores: dict[str, KindScore]
) -> list[tuple[Figure | None, Figure | None]]:
    """Add one document's matches to ``scores``; return (predicted, gold) pairs, None-padded."""
    unmatched = list(predicted)
    pairs: list[tuple[Figure | None, Figure | None]] = []
    for truth in gold:
        hit = next((p for p in unmatched if matches(p, truth)), None)
        score = scores.setdefault(truth.kind, KindScore(kind=truth.kind))
        if hit is None:
            score.false_negatives += 1
            pairs.append((None, truth))
            continue
        unmatched.remove(hit)
        score.true_positives += 1
        for name in ("what", "year", "role"):
            same = getattr(hit, name) == getattr(truth, name)
            score.attribute_hits[name] = score.attribute_hits.get(name, 0) + int(same)
        pairs.append((hit, truth))
    for extra in unmatched:
        scores.setdefault(extra.kind, KindScore(kind=extra.kind)).false_positives += 1
        pairs.append((extra, None))
    return pairs


def score_figures(documents: Iterable[tuple[list[Figure], list[Figure]]]) -> dict[str, KindScore]:
    """Scores per kind over (predicted, gold) figure lists, one pair per document."""
    scores = {kind: KindScore(kind=kind) for kind in KINDS}
    for predicted, gold in documents:
        score_document(predicted, gold, scores)
    return scores


def read_records(path: str | Path, split: str | None = None) -> Iterator[dict]:
    """The replies of a bundled-set file, optionally only one split."""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                if split is None or record.get("split") == split:
                    yield record


def document_from_record(record: dict) -> Document:
    """A ``Document`` of the record's page texts (native text, no tables)."""
    pages = [Page(number=i, text=text) for i, text in enumerate(record["pages"], start=1)]
    return Document(
        doc_id=record["id"], path=record["id"], file_type="text", pages=pages,
        language=record.get("language", "es"),
    )


def gold_figures(record: dict) -> list[Figure]:
    """The record's annotated figures."""
    keys = ("kind", "value", "currency", "what", "year", "role", "page", "start", "end", "text")
    return [Figure(**{key: item.get(key) for key in keys}) for item in record.get("figures", [])]


def evaluate_records(records: Iterable[dict]) -> dict[str, KindScore]:
    """Run ``find_figures`` over each record's text and score it against its gold."""
    return score_figures(
        (find_figures(document_from_record(record)), gold_figures(record)) for record in records
    )
