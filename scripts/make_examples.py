"""Regenerate the sample corpus in examples/ from the letters in examples/sources/.

    python scripts/make_examples.py

Writes the reply files, ``examples/truth/<file>.txt`` (the text each file was made from,
for measuring OCR error) and ``examples/manifest.json``. Deterministic.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts import render  # noqa: E402

EXAMPLES = ROOT / "examples"
SOURCES = EXAMPLES / "sources"
REPLIES = EXAMPLES / "replies"

BUDGET_TABLE = [
    ["Actividad", "Año", "PIM (S/)", "Devengado (S/)"],
    ["Talleres de prevención", "2017", "120,500.00", "118,240.00"],
    ["Red regional contra la trata", "2017", "45,000.00", "39,870.50"],
]
FOREIGN_TABLE = [["Activity", "2017"], ["Victims assisted", "64"], ["Officers trained", "35"]]
GARBAGE = "Fl qns5 ;a tbe Xrvm ohhq lemt aqp Sofiaw rrtq kljh lpqa Ndhst awe\n" * 12


def source(name: str) -> str:
    return (SOURCES / f"{name}.txt").read_text(encoding="utf-8")


def split(text: str, marker: str) -> list[str]:
    head, tail = text.split(marker, 1)
    return [head.rstrip("\n"), marker + tail]


def build() -> list[dict]:
    mimp, mpfn, sjm = source("mimp_oficio"), source("mpfn_carta"), source("md_miraflores_missing")
    cusco = split(source("gore_cusco_informe"), "II. ANÁLISIS")
    rree = source("rree_letter_en")
    made = [
        _make("01_mimp_oficio_native.pdf", "native PDF, one page", [mimp],
              lambda p: render.native_pdf([mimp], p)),
        _make("02_gore_cusco_informe_native.pdf", "native PDF, two pages, ruled budget table",
              cusco, lambda p: render.native_pdf(cusco, p, tables={1: BUDGET_TABLE})),
        _make("03_mpfn_carta_scan_300dpi.pdf", "scanned image-only PDF, 300 dpi, 1° tilt, JPEG",
              [mpfn], lambda p: render.scanned_pdf([mpfn], p, dpi=300, seed=3, angle=1.0)),
        _make("04_mdsjm_carta_scan_200dpi.pdf", "scanned PDF, 200 dpi, 2.5° tilt, JPEG q50",
              [sjm], lambda p: render.scanned_pdf([sjm], p, dpi=200, seed=4, angle=2.5,
                                                   quality=50)),
        _make("05_mimp_photo.jpg", "phone photo, JPEG, stored sideways with an EXIF rotation",
              [mimp], lambda p: render.photo(mimp, p, seed=5, exif_rotated=True)),
        _make("06_mpfn_photo.png", "photo of a letter, PNG, uneven light", [mpfn],
              lambda p: render.photo(mpfn, p, seed=6)),
        _make("07_gore_cusco_fax.tif", "multi-page black-and-white TIFF (G4), 200 dpi", cusco,
              lambda p: render.tiff(cusco, p, seed=7)),
        _make("08_rree_note_en.docx", "Word document in English, with a table", [rree],
              lambda p: render.docx(rree, p, table=FOREIGN_TABLE)),
        _make("09_mpfn_mixed.pdf", "PDF: page 1 native text, page 2 scanned",
              split(mpfn, "Durante el año 2017"),
              lambda p: render.mixed_pdf(split(mpfn, "Durante el año 2017"), p, scanned={1})),
        _make("10_sjm_bad_ocr_layer.pdf", "scan with a garbage hidden text layer", [sjm],
              lambda p: render.scanned_pdf([sjm], p, dpi=300, seed=10, angle=0.4,
                                           hidden_text=[GARBAGE])),
        _make("11_mimp_upside_down.pdf", "scan fed upside down (180°)", [mimp],
              lambda p: render.scanned_pdf([mimp], p, dpi=300, seed=11, angle=0.3, turn=180)),
        _make("12_rree_note.txt", "plain text e-mail body", [rree],
              lambda p: p.write_text(rree, encoding="utf-8")),
        _make("99_broken.pdf", "broken file: a PDF cut off after its first 600 bytes", [],
              lambda p: p.write_bytes((REPLIES / "01_mimp_oficio_native.pdf").read_bytes()[:600])),
    ]
    return made


def _make(name: str, what: str, pages: list[str], writer) -> dict:
    REPLIES.mkdir(exist_ok=True)
    path = REPLIES / name
    writer(path)
    if pages:
        truth = EXAMPLES / "truth" / f"{name}.txt"
        truth.parent.mkdir(exist_ok=True)
        truth.write_text("\f".join(pages), encoding="utf-8")
    return {"file": name, "what": what, "pages": len(pages)}


def main() -> None:
    manifest = build()
    (EXAMPLES / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    print(f"wrote {len(manifest)} sample files to {REPLIES}")


if __name__ == "__main__":
    main()
