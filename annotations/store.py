"""The append-only label store: one JSON record per line, never rewritten.

Supersession rules (what a label's current value is):

- records for one document and field are taken in time order (file order breaks ties);
- a newer record from the same voice (same ``source`` and ``annotator``) replaces that
  voice's older one;
- a record with ``decision=True`` supersedes every earlier record for the field.

When the voices still standing disagree, the field is in conflict: :meth:`conflicts`
reports it and :meth:`resolved` leaves it out, so nothing is settled silently. Append a
decision record to settle it.
"""

from __future__ import annotations

import fcntl
import json
import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from oficio.annotations.records import AnnotationRecord

Key = tuple[str, str]


@dataclass(frozen=True)
class Conflict:
    """Labels for one document and field that disagree and that no later label settled."""

    doc_id: str
    field: str
    labels: tuple[AnnotationRecord, ...]

    @property
    def values(self) -> list[Any]:
        return [label.value for label in self.labels]


class AnnotationStore:
    """Labels kept in a JSONL file at ``path`` (created on first write)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.skipped_lines = 0

    def append(self, records: AnnotationRecord | Iterable[AnnotationRecord]) -> int:
        """Append records under an exclusive lock, flushed and fsynced; return how many."""
        batch = [records] if isinstance(records, AnnotationRecord) else list(records)
        if not batch:
            return 0
        self.path.parent.mkdir(parents=True, exist_ok=True)
        payload = "".join(record.to_json() + "\n" for record in batch)
        with open(self.path, "a+b") as handle:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            try:
                if _ends_without_newline(handle):
                    payload = "\n" + payload  # close a crash's partial line; never rewrite it
                handle.write(payload.encode("utf-8"))
                handle.flush()
                os.fsync(handle.fileno())
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        return len(batch)

    def records(self) -> list[AnnotationRecord]:
        """Every readable record in time order; unreadable lines are counted and skipped."""
        self.skipped_lines = 0
        if not self.path.exists():
            return []
        with open(self.path, "rb") as handle:
            fcntl.flock(handle.fileno(), fcntl.LOCK_SH)
            try:
                raw = handle.read()
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        lines = raw.split(b"\n")
        if lines and lines[-1] == b"":
            lines.pop()
        elif lines:
            lines.pop()  # a partial last line from a crash: ignored, left in place
            self.skipped_lines += 1
        found = []
        for line in lines:
            record = self._parse(line)
            if record is not None:
                found.append(record)
        order = sorted(range(len(found)), key=lambda i: (_when(found[i].time), i))
        return [found[i] for i in order]

    def _parse(self, line: bytes) -> AnnotationRecord | None:
        if not line.strip():
            return None
        try:
            record = AnnotationRecord.from_dict(json.loads(line.decode("utf-8")))
            _when(record.time)
            return record
        except (ValueError, KeyError, TypeError):
            self.skipped_lines += 1
            return None

    def standing(self) -> dict[Key, list[AnnotationRecord]]:
        """For each (doc_id, field): the labels not superseded, one per voice."""
        result: dict[Key, dict[tuple[str, str], AnnotationRecord]] = defaultdict(dict)
        for record in self.records():
            voices = result[(record.doc_id, record.field)]
            if record.decision:
                voices.clear()
            voices.pop(record.voice, None)
            voices[record.voice] = record
        return {key: list(voices.values()) for key, voices in result.items()}

    def conflicts(self) -> list[Conflict]:
        """Every document field whose standing labels disagree."""
        found = []
        for (doc_id, field), labels in sorted(self.standing().items()):
            if len({_canonical(label.value) for label in labels}) > 1:
                found.append(Conflict(doc_id, field, tuple(labels)))
        return found

    def resolved(self) -> dict[Key, Any]:
        """The agreed value of every (doc_id, field) that is not in conflict."""
        values = {}
        for key, labels in self.standing().items():
            if len({_canonical(label.value) for label in labels}) == 1:
                values[key] = labels[-1].value
        return values


def _ends_without_newline(handle: Any) -> bool:
    handle.seek(0, os.SEEK_END)
    if handle.tell() == 0:
        return False
    handle.seek(-1, os.SEEK_END)
    return handle.read(1) != b"\n"


def _when(time: str) -> datetime:
    moment = datetime.fromisoformat(time)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.now().astimezone().tzinfo)
    return moment


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)
