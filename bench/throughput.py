"""Pages per second: native pages, and OCR pages beside plain Tesseract on the same images.

    python bench/throughput.py [--rounds 3] [--dpi 200]

Native: every text-layer page of the sample corpus, loaded ``--rounds`` times.
OCR: the scanned PDF samples, loaded by oficio one page at a time (jobs=1), against
``tesseract IMAGE stdout -l spa+eng`` run from the shell on the same pages rendered to PNG
at the same resolution, alternating so both see the same machine load. Targets: OCR path
within 15% of plain Tesseract per page; native pages at least 20 per second.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from oficio.extract.read.loader import load  # noqa: E402
from oficio.extract.read.options import LoadOptions  # noqa: E402
from scripts.render import page_images  # noqa: E402

EXAMPLES = ROOT / "examples"
REPLIES = EXAMPLES / "replies"
NATIVE = ["01_mimp_oficio_native.pdf", "02_gore_cusco_informe_native.pdf"]
SCANNED = ["03_mpfn_carta_scan_300dpi.pdf", "04_mdsjm_carta_scan_200dpi.pdf",
           "10_sjm_bad_ocr_layer.pdf"]


def native_rate(rounds: int) -> tuple[int, float]:
    pages, start = 0, time.perf_counter()
    for _ in range(rounds * 10):
        for name in NATIVE:
            pages += len(load(REPLIES / name).pages)
    return pages, time.perf_counter() - start


def oficio_seconds(name: str, dpi: int, jobs: int = 1) -> tuple[int, float]:
    start = time.perf_counter()
    document = load(REPLIES / name, LoadOptions(dpi=dpi, jobs=jobs))
    return document.ocr_pages, time.perf_counter() - start


def tesseract_seconds(images: list[Path]) -> float:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    start = time.perf_counter()
    for image in images:
        subprocess.run(["tesseract", str(image), "stdout", "-l", "spa+eng"], env=env,
                       check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--dpi", type=int, default=LoadOptions().dpi)
    args = parser.parse_args()
    load(REPLIES / NATIVE[0])  # warm up imports and word tables

    pages, seconds = native_rate(args.rounds)
    print(f"native pages: {pages} in {seconds:.2f} s = {pages / seconds:.1f} pages/s")

    with tempfile.TemporaryDirectory() as tmp:
        images: dict[str, list[Path]] = {}
        for name in SCANNED:
            images[name] = []
            for i, image in enumerate(page_images(REPLIES / name, args.dpi)):
                path = Path(tmp) / f"{name}-{i}.png"
                image.save(path)
                images[name].append(path)
        ours = plain = 0.0
        count = 0
        for _ in range(args.rounds):
            for name in SCANNED:
                plain += tesseract_seconds(images[name])
                pages, seconds = oficio_seconds(name, args.dpi)
                ours += seconds
                count += pages
    print(f"OCR pages at {args.dpi} dpi: {count}")
    print(f"  plain tesseract: {plain / count:.2f} s/page ({count / plain:.2f} pages/s)")
    print(f"  oficio load:     {ours / count:.2f} s/page ({count / ours:.2f} pages/s)")
    print(f"  oficio / plain:  {ours / plain:.2f} (target <= 1.15)")

    multi = "07_gore_cusco_fax.tif"
    one = oficio_seconds(multi, args.dpi, jobs=1)[1]
    two = oficio_seconds(multi, args.dpi, jobs=2)[1]
    print(f"2-page TIFF: jobs=1 {one:.2f} s, jobs=2 {two:.2f} s, speed-up {one / two:.2f}x")


if __name__ == "__main__":
    main()
