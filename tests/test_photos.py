"""Phone photos: pages OCR'd through uneven light and shadows."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extract.facts import extract_facts
from extract.loader import load


def _shadowed_photo(path: Path) -> Path:
    """A phone photo of a letter: light falling from one side and a hand's shadow."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image

    pdf_path = path.with_suffix(".pdf")
    pdf = canvas.Canvas(str(pdf_path), pagesize=A4)
    width, height = A4
    pdf.setFont("Helvetica", 11)
    lines = ["Informe de actividades contra la trata de personas, año 2019",
             "Se realizaron 14 talleres de prevención con 620 estudiantes.",
             "El presupuesto asignado fue de S/ 185,400.00 y se ejecutó S/ 176,920.50.",
             "Se atendió a 23 víctimas en el hogar de refugio temporal.",
             "La campaña en terminales terrestres costó S/ 42,310.00."]
    for i, line in enumerate(lines):
        pdf.drawString(60, height - 120 - 22 * i, line)
    pdf.save()
    doc = pdfium.PdfDocument(str(pdf_path))
    image = doc[0].render(scale=150 / 72, grayscale=True).to_pil().convert("L")
    doc.close()
    pixels = np.asarray(image, dtype=np.float32)
    h, w = pixels.shape
    light = np.linspace(1.0, 0.45, w)[None, :] * np.ones((h, 1))
    light[:, int(0.55 * w):int(0.75 * w)] *= 0.55  # a hand's shadow across the lines
    pixels = pixels * light + np.random.default_rng(3).normal(0, 6, pixels.shape)
    Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).save(path, quality=70)
    return path


def test_a_photo_in_uneven_light_with_a_shadow_is_read(tmp_path):
    # Without evening the light, the shadow's band looked like a sideways page of ink.
    figures = extract_facts(load(_shadowed_photo(tmp_path / "foto.jpg"))).figures
    assert {f.value for f in figures if f.kind == "money"} == {185400.0, 176920.5, 42310.0}
