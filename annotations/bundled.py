"""The bundled annotated set: replies with their pages, labels and extracted facts."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

BUNDLED_PATH = Path(__file__).parent / "bundled" / "replies.jsonl"
# Replies written by hand from the labeling guide alone, by writers who saw neither the
# generator nor any evaluation set: training wording the generator never produces. Each
# writer's replies are one file (``replies.jsonl``, ``replies-2.jsonl``, ...).
WRITTEN_DIR = Path(__file__).parent / "written"
# Written files whose axis labels the axes model leaves out, their statuses kept: with
# them it gave fewer axes on the development sets while the statuses improved (measured in
# annotations/written/README-4.md).
AXES_NOT_LEARNED = frozenset({"replies-4.jsonl"})


def reply_doc_id(pages: list[str]) -> str:
    """The content hash of a bundled reply: sha256 of its pages joined by form feeds."""
    return hashlib.sha256("\f".join(pages).encode("utf-8")).hexdigest()


@dataclass
class BundledReply:
    """One reply of the bundled set (see docs: the bundled set's file format)."""

    id: str
    split: str
    pages: list[str]
    axes: list[str]
    status: str
    language: str = "es"
    sender_id: str | None = None
    doc_type: str | None = None
    reference: str | None = None
    letter_date: str | None = None
    request_ref: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    period_stated: bool = False
    missing_kind: str | None = None
    figures: list[dict[str, Any]] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    # what each statement does, its years, axes and topic (see docs/training.md)
    statements: list[dict[str, Any]] = field(default_factory=list)
    # False: the axes model does not learn this reply's axes (its status it does)
    learn_axes: bool = True

    @property
    def doc_id(self) -> str:
        return reply_doc_id(self.pages)

    @property
    def text(self) -> str:
        return "\f".join(self.pages)

    @property
    def period(self) -> tuple[date, date] | None:
        if not self.period_start or not self.period_end:
            return None
        return date.fromisoformat(self.period_start), date.fromisoformat(self.period_end)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BundledReply:
        labels = data.get("labels") or {}
        return cls(
            id=data["id"],
            split=data.get("split", "train"),
            pages=list(data["pages"]),
            axes=sorted(labels.get("axes") or []),
            status=labels["status"],
            language=data.get("language", "es"),
            sender_id=data.get("sender_id"),
            doc_type=data.get("doc_type"),
            reference=data.get("reference"),
            letter_date=data.get("letter_date"),
            request_ref=data.get("request_ref"),
            period_start=data.get("period_start"),
            period_end=data.get("period_end"),
            period_stated=bool(data.get("period_stated", False)),
            missing_kind=data.get("missing_kind"),
            figures=list(data.get("figures") or []),
            mentions=list(data.get("mentions") or []),
            statements=list(data.get("statements") or []),
        )


def load_bundled(path: str | Path | None = None, split: str | None = None) -> list[BundledReply]:
    """Read the bundled set (default: the one shipped in the package), optionally one split."""
    source = Path(path) if path is not None else BUNDLED_PATH
    replies = []
    with open(source, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                replies.append(BundledReply.from_dict(json.loads(line)))
    if split is not None:
        replies = [reply for reply in replies if reply.split == split]
    return replies


def training_replies(bundled: str | Path | None = None) -> list[BundledReply]:
    """The replies models learn from: the bundled set (or the file given instead) and, with
    the bundled set, the hand-written replies (all in the train split)."""
    replies = load_bundled(bundled)
    if bundled is None:
        replies += [reply for reply in written_replies() if reply.split == "train"]
    return replies


def written_replies() -> list[BundledReply]:
    """Every hand-written reply, file by file in name order."""
    return [replace(reply, learn_axes=path.name not in AXES_NOT_LEARNED)
            for path in sorted(WRITTEN_DIR.glob("replies*.jsonl"))
            for reply in load_bundled(path)]
