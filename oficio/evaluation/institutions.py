"""Evaluation of mentions and headers against annotated replies (annotations/bundled format).

A predicted mention is right when a gold mention has the same page, an overlapping span and
the same institution id (each gold mention is matched once). Header fields are compared
after folding case and spaces; the period only on replies whose text states it.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from oficio.evaluation.scores import MatchCounts
from oficio.extract.header.letter import Header, annotate
from oficio.extract.institutions.component import Mention
from oficio.extract.read.document import Document, Page


@dataclass
class MentionScores(MatchCounts):
    empty = 0.0

    def add(self, other: MentionScores) -> None:
        self.true_positives += other.true_positives
        self.false_positives += other.false_positives
        self.false_negatives += other.false_negatives


@dataclass
class Report:
    replies: int = 0
    mentions: MentionScores = field(default_factory=MentionScores)
    sender_flags: MentionScores = field(default_factory=MentionScores)  # is_sender on matches
    correct: dict[str, int] = field(default_factory=dict)  # field -> right answers
    asked: dict[str, int] = field(default_factory=dict)  # field -> replies scored
    wrong_senders: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    seconds: float = 0.0

    def accuracy(self, name: str) -> float:
        return self.correct.get(name, 0) / self.asked[name] if self.asked.get(name) else 0.0

    def tally(self, name: str, right: bool) -> None:
        self.asked[name] = self.asked.get(name, 0) + 1
        self.correct[name] = self.correct.get(name, 0) + int(right)


def score_mentions(gold: list[dict], predicted: list[Mention]) -> MentionScores:
    """Same page, overlapping span, same id; greedy one-to-one in text order."""
    return _match(gold, predicted)[0]


def _match(gold: list[dict], predicted: list[Mention]) -> tuple[MentionScores, list]:
    used: set[int] = set()
    pairs = []
    for mention in predicted:
        for i, item in enumerate(gold):
            if i not in used and _same(item, mention):
                used.add(i)
                pairs.append((item, mention))
                break
    scores = MentionScores(len(pairs), len(predicted) - len(pairs), len(gold) - len(pairs))
    return scores, pairs


def _same(item: dict, mention: Mention) -> bool:
    return (
        item["page"] == mention.page
        and item["institution_id"] == mention.institution_id
        and item["start"] < mention.end
        and mention.start < item["end"]
    )


def sender_accuracy(pairs: Iterable[tuple[str | None, str | None]]) -> float:
    """Share of (gold, predicted) sender pairs that agree."""
    items = list(pairs)
    return sum(g == p for g, p in items) / len(items) if items else 0.0


def document_of(record: dict) -> Document:
    pages = [Page(i + 1, text) for i, text in enumerate(record["pages"])]
    return Document(record["id"], record["id"], "txt", pages, language=record.get("language", "es"))


def evaluate(records: Iterable[dict]) -> Report:
    report = Report()
    started = time.perf_counter()
    for record in records:
        header, mentions = annotate(document_of(record))
        _score_record(report, record, header, mentions)
    report.seconds = time.perf_counter() - started
    return report


def _score_record(report: Report, record: dict, header: Header, mentions: list[Mention]) -> None:
    report.replies += 1
    scores, pairs = _match(record.get("mentions", []), mentions)
    report.mentions.add(scores)
    flags = MentionScores()
    for gold, found in pairs:
        flags.true_positives += gold["is_sender"] and found.is_sender
        flags.false_positives += found.is_sender and not gold["is_sender"]
        flags.false_negatives += gold["is_sender"] and not found.is_sender
    report.sender_flags.add(flags)
    report.tally("sender", header.sender_id == record.get("sender_id"))
    if header.sender_id != record.get("sender_id"):
        report.wrong_senders.append((record["id"], record.get("sender_id"), header.sender_id))
    report.tally("doc_type", header.doc_type == record.get("doc_type"))
    report.tally("reference", _norm(header.reference) == _norm(record.get("reference")))
    found_date = header.letter_date.isoformat() if header.letter_date else None
    report.tally("letter_date", found_date == record.get("letter_date"))
    report.tally("request_ref", _norm(header.request_ref) == _norm(record.get("request_ref")))
    period = tuple(d.isoformat() if d else None for d in (header.period_start, header.period_end))
    if record.get("period_stated"):
        report.tally("period", period == (record.get("period_start"), record.get("period_end")))
    else:
        report.tally("no_period", period == (None, None))


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip().lower()
