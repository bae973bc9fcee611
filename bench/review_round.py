"""The analyst's loop, scripted: process new replies, export the review queue, correct it,
import it, retrain, and compare the model before and after on replies nobody reviewed.

    python bench/review_round.py [--reviewed 50]

The bundled held-out split plays the new replies (wording the default model never saw):
its first ``--reviewed`` replies are processed as text files, reviewed (the "analyst"
fills the queue with their gold labels) and imported; the rest are never reviewed and
measure the model before and after `oficio train`. Every step is the real command line.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "annotations" / "bundled" / "replies.jsonl"


def oficio(*args: str) -> str:
    # in English: this script reads the output and fills the queue's columns by their
    # codes, which are their English names (Spanish is the default)
    result = subprocess.run([sys.executable, "-m", "oficio", "--lang", "en", *args], cwd=ROOT,
                            capture_output=True, text=True)
    if result.returncode not in (0, 8):
        raise SystemExit(f"oficio {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def evaluate(gold: Path, workspace: Path) -> str:
    text = oficio("eval", str(gold), "--workspace", str(workspace))
    keep = [line for line in text.splitlines() if re.search(r"micro|macro|model ", line)]
    return "\n".join(keep)


def fill_queue(queue: Path, labels: dict[str, dict]) -> int:
    with queue.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        gold = labels[Path(row["file"]).stem]
        row["your_status"] = gold["status"]
        row["your_axes"] = ";".join(gold["axes"])
    with queue.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reviewed", type=int, default=50)
    args = parser.parse_args()
    replies = [json.loads(line) for line in BUNDLED.read_text(encoding="utf-8").splitlines()]
    heldout = [r for r in replies if r["split"] == "heldout"]
    reviewed, unseen = heldout[: args.reviewed], heldout[args.reviewed :]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        os.environ.setdefault("PREFECT_HOME", str(tmp / "prefect"))
        corpus, workspace = tmp / "corpus", tmp / "ws"
        corpus.mkdir()
        for reply in reviewed:
            (corpus / f"{reply['id']}.txt").write_text("\f".join(reply["pages"]), "utf-8")
        gold = tmp / "unseen.jsonl"
        gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in unseen))
        print(f"before review ({len(unseen)} unseen held-out replies):")
        print(evaluate(gold, workspace))
        oficio("process", str(corpus), "--workspace", str(workspace))
        queue = tmp / "queue.csv"
        oficio("review", "export", "--workspace", str(workspace), "--out", str(queue))
        corrected = fill_queue(queue, {r["id"]: r["labels"] for r in reviewed})
        print(oficio("review", "import", str(queue), "--workspace", str(workspace)).strip())
        print(f"{corrected} replies reviewed; training ...")
        oficio("train", "--workspace", str(workspace), "--activate")
        print(f"after review and `oficio train` ({len(unseen)} unseen held-out replies):")
        print(evaluate(gold, workspace))


if __name__ == "__main__":
    main()
