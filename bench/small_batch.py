"""What a small batch costs beside the work it does (issue 21's targets).

    python bench/small_batch.py [--repeat 3]

Two figures, each the median of ``--repeat`` runs of the real ``oficio`` command:

- a new workspace, one native PDF: the seconds of ``oficio process`` (target: at most 4 s
  of fixed cost over ``oficio extract`` on the same file);
- one new text reply added to a ready workspace: ``oficio process`` over ``oficio extract``
  on that reply (target: at most 3 times; longer-term goal 1.5 times).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "examples" / "replies"


def _seconds(*args: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "oficio", *args], check=False, capture_output=True)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    native = SAMPLES / "01_mimp_oficio_native.pdf"
    reply = SAMPLES / "12_rree_note.txt"
    new_ws, extract_pdf, added, extract_txt = [], [], [], []
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory(prefix="oficio-small-") as tmp:
            folder = Path(tmp) / "replies"
            folder.mkdir()
            shutil.copy(native, folder)
            new_ws.append(_seconds("process", str(folder), "--workspace", f"{tmp}/ws"))
            extract_pdf.append(_seconds("extract", str(native)))
            shutil.copy(reply, folder)
            added.append(_seconds("process", str(folder), "--workspace", f"{tmp}/ws"))
            extract_txt.append(_seconds("extract", str(reply)))
    first, pdf = statistics.median(new_ws), statistics.median(extract_pdf)
    more, txt = statistics.median(added), statistics.median(extract_txt)
    print(f"new workspace, one native PDF: process {first:.1f} s, extract {pdf:.1f} s, "
          f"fixed cost {first - pdf:.1f} s (target at most 4 s)")
    print(f"one text reply added: process {more:.1f} s, extract {txt:.1f} s, "
          f"ratio {more / txt:.1f} (target at most 3)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
