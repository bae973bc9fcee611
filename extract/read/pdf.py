"""PDF pages: the text layer (pypdfium2), ruled tables (pdfplumber), and page images for OCR.

pypdfium2 reads the text layer 90x faster than pdfplumber and renders pages; pikepdf
repairs damaged files and opens empty-password encryption. pypdfium2 is not thread-safe,
so everything here runs in the calling thread.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np
import pikepdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from oficio.errors import (
    CorruptFileError,
    EncryptedFileError,
    ImageTooLargeError,
    InputFileError,
    ZeroPagesError,
)
from oficio.extract.read import pdf_limits
from oficio.extract.read.document import Table
from oficio.extract.read.layout_headers import stacked_header
from oficio.extract.read.layout_lines import NUMBER, Word

log = logging.getLogger(__name__)

MAX_SIDE = 32_000  # Tesseract refuses images wider or taller than 32,767 pixels
MIN_OCR_DPI = 70


@dataclass
class PdfPageSource:
    """What the loader needs of one PDF page before it decides on OCR."""

    number: int
    text: str
    image_coverage: float  # share of the page area covered by images
    ruled: bool  # has enough line or rectangle objects to hold a ruled table
    size: tuple[float, float]  # points
    words: list[Word] = field(default_factory=list)  # with positions, on pages with figures


@dataclass
class OpenedPdf:
    document: pdfium.PdfDocument
    warnings: list[str] = field(default_factory=list)
    data: bytes | None = None  # the repaired bytes, when pikepdf repaired the file


def open_pdf(path: Path) -> OpenedPdf:
    """Open a PDF, repairing it with pikepdf when PDFium cannot read it as it is."""
    try:
        opened = OpenedPdf(pdfium.PdfDocument(str(path)))
    except pdfium.PdfiumError as error:
        opened = _repair(path, error)
    try:
        if len(opened.document) == 0:
            raise ZeroPagesError(path)
        pdf_limits.check_page_count(len(opened.document), path)
        pdf_limits.check_contents(path, opened.data)
    except InputFileError:
        opened.document.close()
        raise
    return opened


def _page(opened: OpenedPdf, number: int, path: Path) -> pdfium.PdfPage:
    """Page ``number`` (1-based); a page PDFium cannot load (e.g. in a page tree that
    contains itself) is a damaged file."""
    try:
        return opened.document[number - 1]
    except pdfium.PdfiumError as error:
        raise CorruptFileError(path, f"page {number} cannot be loaded") from error


def _repair(path: Path, cause: Exception) -> OpenedPdf:
    try:
        with pikepdf.open(path, password="") as damaged:
            if len(damaged.pages) == 0:
                raise ZeroPagesError(path)
            buffer = io.BytesIO()
            damaged.save(buffer)
    except pikepdf.PasswordError as error:
        raise EncryptedFileError(path) from error
    except ZeroPagesError:
        raise
    except (pikepdf.PdfError, ValueError, RecursionError, OSError) as error:
        raise CorruptFileError(path, "not repairable") from error
    data = buffer.getvalue()
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise CorruptFileError(path, "not readable after repair") from error
    log.info("repaired a damaged PDF (%s)", type(cause).__name__)
    return OpenedPdf(document, ["the PDF was damaged and has been repaired"], data)


def page_sources(opened: OpenedPdf, path: Path, max_pixels: int) -> Iterator[PdfPageSource]:
    """Each page's text layer and layout facts, in order."""
    for index in range(len(opened.document)):
        page = _page(opened, index + 1, path)
        try:
            yield _describe(page, index + 1, path, max_pixels)
        finally:
            page.close()


def _describe(page: pdfium.PdfPage, number: int, path: Path, max_pixels: int) -> PdfPageSource:
    textpage = page.get_textpage()
    try:
        # PDFium gives a hyphen that ends a line as U+FFFE and joins the lines: the "-" is
        # put back, one character for one, so that offsets still match the characters.
        text = textpage.get_text_range().replace("\ufffe", "-")
        words = page_words(page, textpage, text) if _has_numbers(text) else []
    finally:
        textpage.close()
    width, height = page.get_size()
    area = max(width * height, 1.0)
    covered, paths = 0.0, 0
    for obj in page.get_objects(max_depth=2):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            _check_image(obj, path, number, max_pixels)
            left, bottom, right, top = obj.get_bounds()
            covered += max(0.0, right - left) * max(0.0, top - bottom)
        elif obj.type == pdfium_c.FPDF_PAGEOBJ_PATH:
            paths += 1
    return PdfPageSource(number, text, min(covered / area, 1.0), paths >= 4, (width, height),
                         words)


def _has_numbers(text: str, least: int = 2) -> bool:
    """Whether the text holds enough numbers to hold a table, two for a one-column one
    (words are only needed then)."""
    return sum(1 for token in text.split() if NUMBER.match(token)) >= least


def page_words(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, text: str) -> list[Word]:
    """The page's words with their boxes, as the page is shown (its rotation applied).

    Built from character boxes: a text run in the PDF may hold the end of one table cell
    and the start of the next, so runs are not words.
    """
    width, height = page.get_size()
    rotation = page.get_rotation()
    words: list[Word] = []
    chars: list[tuple[str, float, float, float, float]] = []
    for i, char in enumerate(text[: textpage.count_chars()]):
        if char.isspace():
            _flush(chars, words)
            continue
        left, bottom, right, top = textpage.get_charbox(i)
        box = _shown(left, bottom, right, top, width, height, rotation)
        if chars and _breaks(chars, box):
            _flush(chars, words)
        chars.append((char, *box))
    _flush(chars, words)
    return words


def _shown(left: float, bottom: float, right: float, top: float, width: float, height: float,
           rotation: int) -> tuple[float, float, float, float]:
    """(x0, top, x1, bottom) from the top left of the page as shown, for a box in PDF space."""
    if rotation == 90:
        return bottom, left, top, right
    if rotation == 180:
        return width - right, bottom, width - left, top
    if rotation == 270:
        return height - top, width - right, height - bottom, width - left
    return left, height - top, right, height - bottom


def _breaks(chars: list[tuple[str, float, float, float, float]],
            box: tuple[float, float, float, float]) -> bool:
    """Whether a character at ``box`` starts a new word after ``chars`` (no space between:
    a wide gap, a step back, or no vertical overlap, as from one table cell to the next)."""
    top, bottom = min(c[2] for c in chars), max(c[4] for c in chars)
    size = max(bottom - top, 1.0)
    gap = box[0] - chars[-1][3]
    return gap > 0.8 * size or gap < -size or box[1] > bottom or box[3] < top


def _flush(chars: list[tuple[str, float, float, float, float]], words: list[Word]) -> None:
    if chars:
        words.append(Word("".join(c[0] for c in chars), min(c[1] for c in chars),
                          min(c[2] for c in chars), max(c[3] for c in chars),
                          max(c[4] for c in chars)))
        chars.clear()


def _check_image(obj: pdfium.PdfImage, path: Path, number: int, max_pixels: int) -> None:
    try:
        width, height = obj.get_px_size()
    except pdfium.PdfiumError:
        return
    if width * height > max_pixels:
        raise ImageTooLargeError(path, f"page {number} holds a {width}x{height} image")


def page_image(opened: OpenedPdf, number: int, dpi: int, max_pixels: int,
               path: Path) -> np.ndarray:
    """The greyscale image of a page for OCR at about ``dpi``.

    A scanned page (one upright image covering the page) gives its own image, scaled
    down if finer than needed: 6x cheaper than rendering it again. Others are rendered.
    """
    page = _page(opened, number, path)
    try:
        scan = _embedded_scan(page, dpi)
    finally:
        page.close()
    return scan if scan is not None else render_page(opened, number, dpi, max_pixels, path)[0]


def _embedded_scan(page: pdfium.PdfPage, dpi: int) -> np.ndarray | None:
    if page.get_rotation() != 0:
        return None
    images = list(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2))
    if len(images) != 1:
        return None
    width, height = page.get_size()
    a, b, c, d, _, _ = images[0].get_matrix().get()
    if b or c or a < 0.95 * width or d < 0.95 * height:
        return None
    try:
        bitmap = images[0].get_bitmap(render=False)
        pixels = bitmap.to_numpy()
    except pdfium.PdfiumError:
        return None
    gray = _to_gray(pixels)
    native_dpi = gray.shape[1] / (a / 72)
    if native_dpi > dpi * 1.15:
        size = (round(gray.shape[1] * dpi / native_dpi), round(gray.shape[0] * dpi / native_dpi))
        gray = cv2.resize(gray, size, interpolation=cv2.INTER_AREA)
    return np.ascontiguousarray(gray)


def _to_gray(pixels: np.ndarray) -> np.ndarray:
    if pixels.ndim == 2:
        return pixels
    if pixels.shape[2] == 1:
        return pixels[..., 0]
    code = cv2.COLOR_BGRA2GRAY if pixels.shape[2] == 4 else cv2.COLOR_BGR2GRAY
    return cv2.cvtColor(pixels, code)


def render_page(opened: OpenedPdf, number: int, dpi: int, max_pixels: int,
                path: Path) -> tuple[np.ndarray, int]:
    """Render a page to greyscale at ``dpi`` (lowered for huge pages); return it and the dpi."""
    page = _page(opened, number, path)
    try:
        width, height = page.get_size()
        fitted = _fitting_dpi(width, height, dpi, max_pixels)
        if fitted < dpi and fitted < MIN_OCR_DPI:
            raise ImageTooLargeError(path, f"page {number} is {width:.0f}x{height:.0f} points")
        dpi = fitted
        bitmap = page.render(scale=dpi / 72, grayscale=True)
        try:
            pixels = bitmap.to_numpy()
            pixels = pixels[..., 0] if pixels.ndim == 3 else pixels
            return np.ascontiguousarray(pixels).copy(), dpi
        finally:
            bitmap.close()
    finally:
        page.close()


def _fitting_dpi(width: float, height: float, dpi: int, max_pixels: int) -> int:
    scale = dpi / 72
    pixels = width * scale * height * scale
    if pixels > max_pixels:
        dpi = int(dpi * (max_pixels / pixels) ** 0.5)
    longest = max(width, height) * dpi / 72
    if longest > MAX_SIDE:
        dpi = int(dpi * MAX_SIDE / longest)
    return dpi


def extract_tables(path: Path, data: bytes | None, numbers: list[int]) -> dict[int, list[Table]]:
    """Ruled tables of the given pages, as rows (pdfplumber); empty where none or on error."""
    if not numbers:
        return {}
    import pdfplumber  # imported here: 0.3 s, and only pages with rules need it

    found: dict[int, list[Table]] = {}
    try:
        with pdfplumber.open(io.BytesIO(data) if data else path) as pdf:
            for number in numbers:
                page = pdf.pages[number - 1]
                found[number] = [
                    Table(rows=stacked_header(table.extract()), bbox=tuple(table.bbox))
                    for table in page.find_tables()
                ]
    except Exception as error:  # noqa: BLE001  tables are a bonus: never fail the document
        log.warning("tables skipped (%s)", type(error).__name__)
    return found
