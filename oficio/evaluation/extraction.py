"""Quality of the whole extraction (``extract_facts``) on annotated replies, native and scanned.

Two modes over records of the bundled format (``annotations/bundled/replies.jsonl``):

- **native**: the gold page texts as a ``Document``. A predicted figure matches a gold one
  as in ``figures_eval`` (same kind and page, overlapping spans, value within 0.005, same
  currency); a mention matches by page, overlapping span and institution id.
- **scanned**: each reply is rendered as an image-only PDF (``scripts.render.scanned_pdf``,
  seeded: 200-300 dpi, a small tilt, JPEG noise), loaded with ``oficio.extract.read.loader.load``
  (so it is OCR'd) and then extracted. OCR text has other offsets, so matching ignores them: per
  page, a figure matches an unmatched gold figure of the same kind, value and currency; a mention
  matches by institution id. Gold items on the part of a page the renderer cuts off (text longer
  than one A4 page) are left out of the scanned gold.

Both modes score the sender, the reference (after normalizing ``N°``/``Nº``/``No.`` and
spaces), the letter date and, on replies whose text states it, the requested period; and
the share of matched figures with the right ``year``, ``role`` and (counts) ``what``.
"""

from __future__ import annotations

import random
import re
import tempfile
import textwrap
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

from oficio.errors import NoRendererError
from oficio.evaluation.figures import (
    VALUE_TOLERANCE,
    document_from_record,
    gold_figures,
    read_records,
)
from oficio.evaluation.scores import MatchCounts
from oficio.extract.facts import Facts, extract_facts
from oficio.extract.figures.figure import Figure
from oficio.extract.institutions.component import Mention

FIGURE_KINDS = ("money", "count", "percent")
SET_FIELDS = (*FIGURE_KINDS, "mention")
VALUE_FIELDS = ("sender", "reference", "letter_date", "period")
ATTRIBUTES = ("year", "role", "what")
SCAN_LOSS = 0.05  # the issue allows scans to score at most 5 points lower

# Rendering as scripts/render.py lays a page out: wrapped at 92 characters, 14 pt leading,
# starting 60 pt below the top of an A4 page (842 pt); lines below the page are lost.
RENDER_WRAP = 92
RENDER_LINES = 54


@dataclass(frozen=True)
class Target:
    """One target of the issue: ``metric`` of ``field`` at least ``value`` (native)."""

    field: str
    metric: str  # "precision", "recall", "f1" or "accuracy"
    value: float

    def scanned(self) -> float:
        return self.value - SCAN_LOSS


TARGETS = (
    Target("money", "precision", 0.98),
    Target("money", "recall", 0.95),
    Target("count", "f1", 0.90),
    Target("percent", "f1", 0.97),
    Target("sender", "accuracy", 0.95),
)


@dataclass
class SetScore(MatchCounts):
    """Matches of one kind of found item (figures of a kind, or mentions)."""

    @property
    def support(self) -> int:
        return self.true_positives + self.false_negatives


@dataclass
class ExtractionReport:
    """Scores of one mode over a set of replies."""

    mode: str  # "native" or "scanned"
    replies: int = 0
    pages: int = 0
    seconds: float = 0.0
    sets: dict[str, SetScore] = field(default_factory=lambda: {k: SetScore() for k in SET_FIELDS})
    correct: dict[str, int] = field(default_factory=dict)
    asked: dict[str, int] = field(default_factory=dict)

    def tally(self, name: str, right: bool) -> None:
        self.asked[name] = self.asked.get(name, 0) + 1
        self.correct[name] = self.correct.get(name, 0) + int(right)

    def accuracy(self, name: str) -> float | None:
        """Share right of a header field or figure attribute (None: nothing scored)."""
        asked = self.asked.get(name, 0)
        return self.correct.get(name, 0) / asked if asked else None

    def metric(self, name: str, metric: str) -> float | None:
        if metric == "accuracy":
            return self.accuracy(name)
        return getattr(self.sets[name], metric)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"mode": self.mode, "replies": self.replies, "pages": self.pages,
                                "seconds": round(self.seconds, 1)}  # fmt: skip
        for name, score in self.sets.items():
            data[name] = {"precision": score.precision, "recall": score.recall, "f1": score.f1,
                          "support": score.support}  # fmt: skip
        for name in (*VALUE_FIELDS, *ATTRIBUTES):
            data[name] = {"accuracy": self.accuracy(name), "support": self.asked.get(name, 0)}
        return data


T = TypeVar("T")
G = TypeVar("G")


def pair_greedy(
    predicted: Sequence[T], gold: Sequence[G], same: Callable[[T, G], bool]
) -> tuple[list[tuple[T, G]], list[T], list[G]]:
    """One-to-one matching: each gold item takes the first unmatched predicted item that is
    ``same``. Returns the pairs, the unmatched predicted and the unmatched gold items."""
    left = list(predicted)
    pairs: list[tuple[T, G]] = []
    missed: list[G] = []
    for truth in gold:
        hit = next((p for p in left if same(p, truth)), None)
        if hit is None:
            missed.append(truth)
        else:
            left.remove(hit)
            pairs.append((hit, truth))
    return pairs, left, missed


def same_figure_value(predicted: Figure, gold: Figure) -> bool:
    """Same kind, page, value (within 0.005) and currency; offsets not compared."""
    return (
        predicted.kind == gold.kind
        and predicted.page == gold.page
        and abs(predicted.value - gold.value) <= VALUE_TOLERANCE
        and (predicted.currency or None) == (gold.currency or None)
    )


def same_figure_span(predicted: Figure, gold: Figure) -> bool:
    """As ``same_figure_value`` and the spans overlap."""
    overlap = predicted.start < gold.end and gold.start < predicted.end
    return overlap and same_figure_value(predicted, gold)


def same_mention_id(predicted: Mention, gold: dict) -> bool:
    return predicted.page == gold["page"] and predicted.institution_id == gold["institution_id"]


def same_mention_span(predicted: Mention, gold: dict) -> bool:
    overlap = predicted.start < gold["end"] and gold["start"] < predicted.end
    return overlap and same_mention_id(predicted, gold)


def normalize_reference(text: str | None) -> str:
    """Case, spaces and the number sign folded: 'Oficio Nº 12' == 'OFICIO N° 12' == 'No. 12'."""
    folded = re.sub(r"\s+", " ", (text or "").lower()).strip()
    folded = re.sub(r"\bn(?:ro|o)?\s*[.°º˚]+\s*", "n° ", folded)
    return folded.rstrip(" .,;:")


def score_reply(report: ExtractionReport, record: dict, facts: Facts, offsets: bool) -> None:
    """Add one reply's extraction to ``report``; ``offsets`` says whether spans must overlap."""
    report.replies += 1
    report.pages += len(record["pages"])
    same_fig = same_figure_span if offsets else same_figure_value
    pairs, extra, missed = pair_greedy(facts.figures, gold_figures(record), same_fig)
    for kind in FIGURE_KINDS:
        score = report.sets[kind]
        score.true_positives += sum(g.kind == kind for _, g in pairs)
        score.false_positives += sum(p.kind == kind for p in extra)
        score.false_negatives += sum(g.kind == kind for g in missed)
    for found, truth in pairs:
        report.tally("year", found.year == truth.year)
        report.tally("role", found.role == truth.role)
        if truth.kind == "count":
            report.tally("what", found.what == truth.what)
    same_mention = same_mention_span if offsets else same_mention_id
    matched, extra_m, missed_m = pair_greedy(facts.mentions, record.get("mentions", []),
                                             same_mention)  # fmt: skip
    mentions = report.sets["mention"]
    mentions.true_positives += len(matched)
    mentions.false_positives += len(extra_m)
    mentions.false_negatives += len(missed_m)
    _score_header(report, record, facts)


def _score_header(report: ExtractionReport, record: dict, facts: Facts) -> None:
    header = facts.header
    report.tally("sender", header.sender_id == record.get("sender_id"))
    reference = normalize_reference(header.reference)
    report.tally("reference", reference == normalize_reference(record.get("reference")))
    found_date = header.letter_date.isoformat() if header.letter_date else None
    report.tally("letter_date", found_date == record.get("letter_date"))
    if record.get("period_stated"):
        found = tuple(d.isoformat() if d else None for d in (header.period_start,
                                                              header.period_end))  # fmt: skip
        report.tally("period", found == (record.get("period_start"), record.get("period_end")))


def select_records(path: str | Path, split: str | None = None,
                   limit: int | None = None) -> list[dict]:  # fmt: skip
    """The first ``limit`` replies (all when None) of ``split`` (all when None) in id order."""
    return list(islice(read_records(path, split), limit))


def evaluate_native(records: Iterable[dict]) -> ExtractionReport:
    """``extract_facts`` over each record's page texts, matched with offsets."""
    report = ExtractionReport("native")
    started = time.perf_counter()
    for record in records:
        score_reply(report, record, extract_facts(document_from_record(record)), offsets=True)
    report.seconds = time.perf_counter() - started
    return report


def evaluate_scanned(records: Iterable[dict], seed: int = 0) -> ExtractionReport:
    """Render each record as a seeded scan, OCR it with the loader, extract, match by value."""
    from oficio.extract.read.loader import load  # the loader pulls in Tesseract and PDF libraries

    report = ExtractionReport("scanned")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="oficio-scan-") as folder:
        for i, record in enumerate(records):
            path = scan_record(record, Path(folder), seed + i)
            facts = extract_facts(load(path))
            path.unlink()
            score_reply(report, visible_gold(record), facts, offsets=False)
    report.seconds = time.perf_counter() - started
    return report


def scan_record(record: dict, folder: Path, seed: int) -> Path:
    """An image-only PDF of the record's pages: 200-300 dpi, tilt up to 1.2°, JPEG 55-85."""
    try:
        from scripts.render import scanned_pdf
    except ImportError as error:
        raise NoRendererError(detail=str(error)) from None
    rng = random.Random(seed)
    path = folder / f"{record['id']}.pdf"
    return scanned_pdf(record["pages"], path, dpi=rng.choice((200, 250, 300)), seed=seed,
                       angle=rng.uniform(-1.2, 1.2), quality=rng.randint(55, 85))  # fmt: skip


def visible_length(text: str) -> int:
    """How many leading characters of a page the renderer draws on its one A4 page."""
    drawn, offset = 0, 0
    for line in text.split("\n"):
        drawn += max(1, len(textwrap.wrap(line, RENDER_WRAP)))
        if drawn > RENDER_LINES:
            return offset
        offset += len(line) + 1
    return len(text)


def visible_gold(record: dict) -> dict:
    """The record with gold figures and mentions kept only where the rendered scan shows them."""
    limits = [visible_length(text) for text in record["pages"]]
    shown = [limit == len(text) for limit, text in zip(limits, record["pages"], strict=True)]
    if all(shown):
        return record
    return {**record, "figures": _shown(record.get("figures", []), limits),
            "mentions": _shown(record.get("mentions", []), limits)}  # fmt: skip


def _shown(items: list[dict], limits: list[int]) -> list[dict]:
    return [item for item in items if item["end"] <= limits[item["page"] - 1]]
