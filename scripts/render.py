"""Render reply texts into the files institutions send: native PDFs, scans, photos, TIFF, DOCX.

Used by ``scripts/make_examples.py`` (the sample corpus) and by the tests, which render the
bundled annotated replies. Everything is deterministic for a given seed.
"""

from __future__ import annotations

import io
import textwrap
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

MARGIN, LEADING, FONT_SIZE, WRAP = 60, 14, 10.5, 92


def native_pdf(pages: list[str], path: Path,
               tables: dict[int, list[list[str]]] | None = None) -> Path:
    """A born-digital PDF with one text page per string; ``tables`` adds a ruled table
    below the text of the page with that (0-based) index."""
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for i, page in enumerate(pages):
        bottom = _draw_text(pdf, page)
        if tables and i in tables:
            _draw_table(pdf, tables[i], bottom - 20)
        pdf.showPage()
    pdf.save()
    return path


def _draw_text(pdf: canvas.Canvas, text: str, mode: int = 0) -> float:
    _, height = A4
    obj = pdf.beginText(MARGIN, height - MARGIN)
    obj.setFont("Helvetica", FONT_SIZE)
    obj.setLeading(LEADING)
    obj.setTextRenderMode(mode)
    for line in text.split("\n"):
        for part in textwrap.wrap(line, WRAP) or [""]:
            obj.textLine(part)
    pdf.drawText(obj)
    return obj.getY()


def _draw_table(pdf: canvas.Canvas, rows: list[list[str]], top: float) -> None:
    width, _ = A4
    col = (width - 2 * MARGIN) / len(rows[0])
    row_height = 18
    pdf.setFont("Helvetica", 9.5)
    for r, row in enumerate(rows):
        y = top - r * row_height
        for c, cell in enumerate(row):
            pdf.rect(MARGIN + c * col, y - row_height, col, row_height)
            pdf.drawString(MARGIN + c * col + 4, y - row_height + 5, cell)


def page_images(pdf_path: Path, dpi: int) -> list[Image.Image]:
    """Render every page of a PDF to a greyscale image."""
    document = pdfium.PdfDocument(str(pdf_path))
    try:
        return [page.render(scale=dpi / 72).to_pil().convert("L") for page in document]
    finally:
        document.close()


def degrade(image: Image.Image, seed: int, angle: float = 0.0, noise: float = 12.0,
            blur: float = 0.6, contrast: float = 1.0) -> Image.Image:
    """Make a clean page look scanned: tilt, blur, grain and lower contrast."""
    rng = np.random.default_rng(seed)
    if angle:
        image = image.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    if blur:
        image = image.filter(ImageFilter.GaussianBlur(blur))
    pixels = np.asarray(image, dtype=np.float32)
    pixels = 255 - (255 - pixels) * contrast
    pixels += rng.normal(0, noise, pixels.shape)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")


def jpeg(image: Image.Image, quality: int) -> Image.Image:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    buffer.seek(0)
    return Image.open(buffer).convert("L")


def scanned_pages(pages: list[str], dpi: int, seed: int, angle: float, quality: int,
                  workdir: Path) -> list[Image.Image]:
    source = native_pdf(pages, workdir / f"_clean_{seed}.pdf")
    images = page_images(source, dpi)
    source.unlink()
    return [
        jpeg(degrade(image, seed + i, angle=angle * (1 if i % 2 == 0 else -0.6)), quality)
        for i, image in enumerate(images)
    ]


def scanned_pdf(pages: list[str], path: Path, dpi: int = 300, seed: int = 0,
                angle: float = 1.0, quality: int = 70, hidden_text: list[str] | None = None,
                turn: int = 0) -> Path:
    """An image-only PDF as a scanner makes it; ``hidden_text`` adds an invisible text
    layer (as a bad OCR program leaves it); ``turn`` rotates the scan by quarter turns."""
    images = scanned_pages(pages, dpi, seed, angle, quality, path.parent)
    images = [image.rotate(turn, expand=True) for image in images] if turn else images
    width, height = A4
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for i, image in enumerate(images):
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=quality)
        buffer.seek(0)
        pdf.drawImage(ImageReader(buffer), 0, 0, width=width, height=height)
        if hidden_text:
            _draw_text(pdf, hidden_text[i % len(hidden_text)], mode=3)
        pdf.showPage()
    pdf.save()
    return path


def mixed_pdf(pages: list[str], path: Path, scanned: set[int], seed: int = 0) -> Path:
    """A PDF whose pages in ``scanned`` (0-based) are images and the others text."""
    width, height = A4
    images = scanned_pages(pages, 300, seed, 0.8, 75, path.parent)
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for i, page in enumerate(pages):
        if i in scanned:
            buffer = io.BytesIO()
            images[i].save(buffer, "JPEG", quality=75)
            buffer.seek(0)
            pdf.drawImage(ImageReader(buffer), 0, 0, width=width, height=height)
        else:
            _draw_text(pdf, page)
        pdf.showPage()
    pdf.save()
    return path


def photo(text: str, path: Path, seed: int = 0, exif_rotated: bool = False) -> Path:
    """A phone photo of a printed letter: tilted, uneven light; JPEG or PNG by the suffix.

    With ``exif_rotated`` the pixels are stored a quarter turn off and an EXIF
    Orientation tag says how to show them upright, as phones do.
    """
    image = scanned_pages([text], 220, seed, 2.0, 90, path.parent)[0]
    pixels = np.asarray(image, dtype=np.float32)
    light = np.linspace(0.82, 1.0, pixels.shape[1], dtype=np.float32)[None, :]
    image = Image.fromarray(np.clip(pixels * light, 0, 255).astype(np.uint8), "L")
    if path.suffix.lower() == ".png":
        image.save(path, "PNG")
        return path
    if exif_rotated:
        exif = Image.Exif()
        exif[0x0112] = 6  # rotate 90 CW to display
        image.transpose(Image.Transpose.ROTATE_90).save(path, "JPEG", quality=88, exif=exif)
    else:
        image.save(path, "JPEG", quality=88)
    return path


def tiff(pages: list[str], path: Path, seed: int = 0) -> Path:
    """A multi-page black-and-white fax-style TIFF (CCITT G4)."""
    images = scanned_pages(pages, 200, seed, 0.5, 85, path.parent)
    bilevel = [image.point(lambda v: 255 if v > 150 else 0).convert("1") for image in images]
    bilevel[0].save(path, save_all=True, append_images=bilevel[1:], compression="group4",
                    dpi=(200, 200))
    return path


def docx(text: str, path: Path, table: list[list[str]] | None = None) -> Path:
    """A Word document: one paragraph per line, and a table when given."""
    from docx import Document as WordDocument

    word = WordDocument()
    for line in text.split("\n"):
        word.add_paragraph(line)
    if table:
        grid = word.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                grid.cell(r, c).text = cell
    word.core_properties.author = "oficio"
    word.save(str(path))
    return path
