"""The append-only label store and the bundled-set loader."""

from __future__ import annotations

import hashlib
import json
import multiprocessing

import pytest

from oficio.annotations.bundled import load_bundled, reply_doc_id
from oficio.annotations.records import AnnotationRecord
from oficio.annotations.store import AnnotationStore
from tests.conftest import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "replies.jsonl"


def label(
    field: str,
    value,
    source: str = "review:a.csv",
    annotator: str = "ana",
    time: str = "2026-11-01T10:00:00+00:00",
    **kw,
) -> AnnotationRecord:
    return AnnotationRecord("doc1", field, value, source, annotator, time, **kw)


def test_records_survive_a_round_trip(tmp_path):
    store = AnnotationStore(tmp_path / "labels.jsonl")
    store.append([label("status", "answered"), label("axes", ["prosecution", "governance"])])
    records = AnnotationStore(tmp_path / "labels.jsonl").records()
    assert [r.field for r in records] == ["status", "axes"]
    assert records[1].value == ["governance", "prosecution"]
    assert records[0].source == "review:a.csv" and records[0].annotator == "ana"


def test_unknown_labels_are_refused():
    with pytest.raises(ValueError):
        label("status", "partially_answered")
    with pytest.raises(ValueError):
        label("axes", ["prevention", "health"])


def test_a_newer_label_from_the_same_voice_supersedes_the_older(tmp_path):
    store = AnnotationStore(tmp_path / "labels.jsonl")
    store.append(label("status", "missing", time="2026-11-01T10:00:00+00:00"))
    store.append(label("status", "answered", time="2026-11-02T10:00:00+00:00"))
    assert store.resolved()[("doc1", "status")] == "answered"
    assert store.conflicts() == []
    assert len(store.records()) == 2  # nothing deleted


def test_time_not_file_order_decides_which_label_is_newer(tmp_path):
    store = AnnotationStore(tmp_path / "labels.jsonl")
    store.append(label("status", "answered", time="2026-11-05T10:00:00+00:00"))
    store.append(label("status", "missing", time="2026-11-01T10:00:00+00:00"))
    assert store.resolved()[("doc1", "status")] == "answered"


def test_disagreeing_voices_are_reported_not_resolved(tmp_path):
    store = AnnotationStore(tmp_path / "labels.jsonl")
    store.append(label("status", "answered", annotator="ana"))
    store.append(
        label("status", "out_of_period", annotator="luis", time="2026-11-03T10:00:00+00:00")
    )
    store.append(label("axes", ["prevention"], annotator="luis"))
    conflicts = store.conflicts()
    assert [(c.doc_id, c.field) for c in conflicts] == [("doc1", "status")]
    assert sorted(conflicts[0].values) == ["answered", "out_of_period"]
    assert ("doc1", "status") not in store.resolved()
    assert store.resolved()[("doc1", "axes")] == ["prevention"]


def test_a_decision_settles_a_conflict(tmp_path):
    store = AnnotationStore(tmp_path / "labels.jsonl")
    store.append(label("status", "answered", annotator="ana"))
    store.append(label("status", "missing", annotator="luis"))
    store.append(
        label(
            "status", "missing", annotator="jefa", decision=True, time="2026-11-04T10:00:00+00:00"
        )
    )
    assert store.conflicts() == []
    assert store.resolved()[("doc1", "status")] == "missing"


def test_agreeing_voices_are_no_conflict(tmp_path):
    store = AnnotationStore(tmp_path / "labels.jsonl")
    store.append(label("axes", ["prevention", "protection"], annotator="ana"))
    store.append(label("axes", ["protection", "prevention"], annotator="luis"))
    assert store.conflicts() == []


def test_a_partial_last_line_is_ignored_and_never_rewritten(tmp_path):
    path = tmp_path / "labels.jsonl"
    store = AnnotationStore(path)
    store.append(label("status", "answered"))
    with open(path, "ab") as handle:
        handle.write(b'{"doc_id": "doc1", "field": "status", "val')  # a crash mid-write
    before = path.read_bytes()
    assert [r.value for r in store.records()] == ["answered"]
    assert store.skipped_lines == 1
    assert path.read_bytes() == before
    store.append(label("status", "missing", time="2026-11-09T10:00:00+00:00"))
    assert path.read_bytes().startswith(before)
    assert [r.value for r in store.records()] == ["answered", "missing"]


def _append_many(path: str, worker: int) -> None:
    store = AnnotationStore(path)
    for i in range(40):
        store.append(AnnotationRecord(f"d{worker}-{i}", "status", "answered", "cli", str(worker)))


def test_concurrent_appends_from_processes_lose_nothing(tmp_path):
    path = tmp_path / "labels.jsonl"
    processes = [
        multiprocessing.Process(target=_append_many, args=(str(path), w)) for w in range(4)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=30)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 160
    assert all(json.loads(line)["field"] == "status" for line in lines)
    assert len(AnnotationStore(path).records()) == 160


def test_bundled_replies_load_with_their_content_hash():
    replies = load_bundled(FIXTURE)
    first = json.loads(FIXTURE.read_text(encoding="utf-8").splitlines()[0])
    expected = hashlib.sha256("\f".join(first["pages"]).encode("utf-8")).hexdigest()
    assert replies[0].id == first["id"]
    assert replies[0].doc_id == expected == reply_doc_id(first["pages"])
    assert replies[0].status == first["labels"]["status"]
    assert replies[0].axes == sorted(first["labels"]["axes"])


def test_bundled_replies_can_be_read_by_split():
    heldout = load_bundled(FIXTURE, split="heldout")
    everything = load_bundled(FIXTURE)
    assert heldout and all(r.split == "heldout" for r in heldout)
    assert len(heldout) < len(everything)
