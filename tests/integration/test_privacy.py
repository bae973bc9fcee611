"""After a full run, the personal data in the replies stays in the store and nowhere else.

Replies of the bundled set that name people and give their DNI are rendered as PDFs (one
of them scanned, so OCR runs), processed by the real commands, and every place a run
writes is searched for those names and numbers: the commands' output, Prefect's home,
the system's and the workspace's temporary folders, the exported tables and the redacted
review sheet. The store itself must hold them (otherwise this test would prove nothing).
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.render import native_pdf, scanned_pdf
from tests.conftest import ROOT

BUNDLED = ROOT / "annotations" / "bundled"
DNI = re.compile(rb"DNI\W{0,6}\d{8}")


def people() -> tuple[set[str], list[str]]:
    ids = set((BUNDLED / "person_ids.txt").read_text(encoding="utf-8").split())
    names = [line.strip() for line in (BUNDLED / "persons.txt").read_text(encoding="utf-8")
             .splitlines() if line.strip()]
    return ids, names


def replies_with_people(count: int) -> list[tuple[dict, set[str], set[str]]]:
    ids, names = people()
    chosen = []
    with open(BUNDLED / "replies.jsonl", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            text = "\n".join(record["pages"])
            found_ids = {i for i in ids if i in text}
            found_names = {n for n in names if n in text}
            if found_ids and found_names and record["language"] == "es":
                chosen.append((record, found_ids, found_names))
            if len(chosen) == count:
                break
    return chosen


def oficio(*args: str, env: dict[str, str]) -> bytes:
    run = subprocess.run([sys.executable, "-m", "oficio", *args], cwd=ROOT, env=env,
                         capture_output=True, timeout=900)
    assert run.returncode in (0, 8), run.stderr.decode("utf-8", "replace")
    return run.stdout + run.stderr


def files_under(*folders: Path) -> list[Path]:
    return [p for folder in folders if folder.exists() for p in folder.rglob("*") if p.is_file()]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    root = tmp_path_factory.mktemp("privacy")
    corpus = root / "corpus"
    corpus.mkdir()
    chosen = replies_with_people(5)
    for i, (record, _, _) in enumerate(chosen):
        if i == 0:
            scanned_pdf(record["pages"], corpus / f"{record['id']}_scan.pdf", dpi=200, seed=i)
        else:
            native_pdf(record["pages"], corpus / f"{record['id']}.pdf")
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.7\n")  # a failure is logged too
    systmp = root / "systmp"
    systmp.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_HOME"}  # the workspace's own
    env["TMPDIR"] = str(systmp)
    ws = root / "ws"
    output = oficio("process", str(corpus), "--workspace", str(ws), env=env)
    output += oficio("status", "--workspace", str(ws), env=env)
    output += oficio("export", "--workspace", str(ws), "--out", str(root / "tables"), env=env)
    output += oficio("review", "export", "--workspace", str(ws), "--out",
                     str(root / "review.csv"), env=env)
    secrets = (set().union(*(c[1] for c in chosen)), set().union(*(c[2] for c in chosen)))
    return root, ws, systmp, output, secrets


def leaks(data: bytes, secrets: tuple[set[str], set[str]]) -> list[str]:
    ids, names = secrets
    found = [s for s in ids | names if s.encode("utf-8") in data]
    return found + [m.decode() for m in DNI.findall(data)]


def test_the_store_holds_the_people_this_test_looks_for(run):
    _, ws, _, _, secrets = run
    with sqlite3.connect(ws / "oficio.sqlite") as connection:
        text = connection.execute("SELECT group_concat(text, ' ') FROM pages").fetchone()[0]
    assert sum(i in text for i in secrets[0]) >= 4
    assert sum(n in text for n in secrets[1]) >= 4


def test_no_personal_data_in_what_the_commands_print(run):
    _, _, _, output, secrets = run
    assert leaks(output, secrets) == []


@pytest.mark.parametrize("place", ["ws/.prefect", "ws/tmp", "systmp", "tables", "review.csv",
                                   "ws/export"])
def test_no_personal_data_in(run, place):
    root, _, _, _, secrets = run
    target = root / place
    paths = [target] if target.is_file() else files_under(target)
    if place == "review.csv":
        assert paths, "the review sheet was written"
    found = {str(p.relative_to(root)): leaks(p.read_bytes(), secrets) for p in paths}
    assert {path: hits for path, hits in found.items() if hits} == {}
