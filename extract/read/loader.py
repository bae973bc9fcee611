"""``load(path) -> Document``: any reply file to clean page text, by text layer or by OCR.

Stages: type the file by content → read each page's text layer or image → OCR the pages
that need it (in parallel, ``options.jobs`` Tesseract processes at a time) → normalize
the text → mark running headers, footers and page numbers → detect the language.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import numpy as np

from oficio.errors import (
    LINE_CUT,
    NO_TEXT_READ,
    MissingFileError,
    OcrFailedError,
    OcrTimeoutError,
    warning,
)
from oficio.extract.read import filetype, geometry, image, office, opendocument, pdf, pdf_limits
from oficio.extract.read.document import Document, Page
from oficio.extract.read.language import detect_language, text_quality, words
from oficio.extract.read.layout_tables import layout_tables, with_ruled
from oficio.extract.read.normalize import clean_text, mark_furniture
from oficio.extract.read.ocr import BLANK_INK, ocr_page
from oficio.extract.read.options import LoadOptions

log = logging.getLogger(__name__)

GARBAGE_BELOW = 0.5  # text-layer quality under which the page is OCR'd instead
MIN_WORDS_TO_JUDGE = 5
CHARS_PER_INK = 40_000  # text-layer characters a page holds per unit of ink fraction
INK_DPI = 50

OcrJob = tuple[int, Callable[[], np.ndarray]]


def load(path: str | Path, options: LoadOptions | None = None) -> Document:
    """Load a reply file into a Document (see the module docstring).

    Raises an ``oficio.errors.OficioError`` subclass naming the file when the file
    cannot be read; a page whose OCR times out or fails is marked on the page instead.
    """
    path = Path(path)
    options = options or LoadOptions()
    if not path.is_file():
        raise MissingFileError(path)
    kind = filetype.sniff(path)
    document = Document(doc_id=filetype.file_hash(path), path=str(path), file_type=kind)
    loaders = {filetype.PDF: _load_pdf, filetype.TXT: _load_txt,
               **dict.fromkeys(_OFFICE_READERS, _load_office)}
    loaders.get(kind, _load_image)(path, options, document)
    _finish(document)
    return document


def _load_pdf(path: Path, options: LoadOptions, document: Document) -> None:
    opened = pdf.open_pdf(path)
    document.warnings.extend(opened.warnings)
    try:
        jobs: list[OcrJob] = []
        ruled: list[int] = []
        long_lines: list[int] = []
        for source in pdf.page_sources(opened, path, options.max_pixels):
            if pdf_limits.may_be_cut(source.text):
                long_lines.append(source.number)
            page = Page(number=source.number, text=source.text, method="text")
            page.text_quality = text_quality(source.text)
            if options.tables and source.words:
                page.tables = layout_tables(source.words)
            document.pages.append(page)
            reason = _ocr_reason(source, page.text_quality, opened, options, path)
            if reason == "blank":
                page.method = "none"
            elif reason:
                jobs.append((source.number, _renderer(opened, source.number, options, path)))
            elif source.ruled and options.tables:
                ruled.append(source.number)
        _run_ocr(jobs, document, options)
        for number in pdf_limits.cut_pages(path, opened.data, long_lines):
            document.warnings.append(warning(LINE_CUT, (
                f"page {number}: a line of over {pdf_limits.MAX_STRING:,} characters was cut by "
                "the PDF reader and its end is not read: read that line in the original "
                "file")))
        for number, tables in pdf.extract_tables(path, opened.data, ruled).items():
            page = document.pages[number - 1]
            page.tables = with_ruled(page.tables, tables) if page.tables else tables
    finally:
        opened.document.close()


def _ocr_reason(source: pdf.PdfPageSource, quality: float | None, opened: pdf.OpenedPdf,
                options: LoadOptions, path: Path) -> str:
    """Why a PDF page needs OCR (empty string: its text layer is good)."""
    if options.force_ocr:
        return "forced"
    chars = len(source.text.strip())
    if quality is not None and quality < GARBAGE_BELOW and len(words(source.text)) >= \
            MIN_WORDS_TO_JUDGE:
        return "garbage text layer"
    if chars >= 200 and source.image_coverage < 0.5:
        return ""
    if chars == 0 and source.image_coverage == 0:
        ink = _ink(opened, source.number, options, path)
        return "blank" if ink < BLANK_INK else "no text layer"
    if source.image_coverage == 0:
        return ""
    if chars == 0:
        return "no text layer"  # a blank scan is found blank before Tesseract runs
    ink = _ink(opened, source.number, options, path)
    return "too little text for the ink" if chars < 0.25 * ink * CHARS_PER_INK else ""


def _ink(opened: pdf.OpenedPdf, number: int, options: LoadOptions, path: Path) -> float:
    gray, _ = pdf.render_page(opened, number, INK_DPI, options.max_pixels, path)
    return geometry.ink_fraction(gray)


def _renderer(opened: pdf.OpenedPdf, number: int, options: LoadOptions,
              path: Path) -> Callable[[], np.ndarray]:
    return lambda: pdf.page_image(opened, number, options.dpi, options.max_pixels, path)


def _load_image(path: Path, options: LoadOptions, document: Document) -> None:
    frames = image.count_frames(path, options.max_pixels)
    document.pages = [Page(number=i + 1, method="ocr") for i in range(frames)]
    iterator = image.image_pages(path, options.max_pixels)
    _run_ocr(((i + 1, lambda: next(iterator)) for i in range(frames)), document, options)


def _load_office(path: Path, options: LoadOptions, document: Document) -> None:
    reader = _OFFICE_READERS[document.file_type]
    for i, (text, tables) in enumerate(reader(path, options.package)):
        document.pages.append(Page(number=i + 1, text=text, method="text",
                                   tables=tables if options.tables else []))


_OFFICE_READERS = {filetype.DOCX: office.docx_pages, filetype.XLSX: office.xlsx_pages,
                   filetype.ODT: opendocument.odt_pages, filetype.ODS: opendocument.ods_pages}


def _load_txt(path: Path, options: LoadOptions, document: Document) -> None:
    for i, text in enumerate(office.text_pages(path)):
        document.pages.append(Page(number=i + 1, text=text, method="text"))


def _run_ocr(jobs: Iterable[OcrJob], document: Document, options: LoadOptions) -> None:
    """OCR pages ``options.jobs`` at a time. Images are made in this thread (PDFium is not
    thread-safe) and at most ``jobs + 1`` wait in memory."""
    pending: dict[int, Future] = {}
    with ThreadPoolExecutor(max_workers=max(1, options.jobs)) as pool:
        for number, make_image in jobs:
            while len(pending) > options.jobs:
                _collect(pending, document, min(pending), options.tables)
            label = f"{document.path} page {number}"
            pending[number] = pool.submit(
                ocr_page, make_image(), options.languages, options.ocr_timeout, label
            )
        while pending:
            _collect(pending, document, min(pending), options.tables)


def _collect(pending: dict[int, Future], document: Document, wait_for: int,
             tables: bool) -> None:
    page = document.pages[wait_for - 1]
    future = pending.pop(wait_for)
    page.method = "ocr"
    try:
        result = future.result()
    except OcrTimeoutError as error:
        page.status, page.error, page.text = "ocr_timeout", str(error), ""
        page.error_code = error.code
        return
    except OcrFailedError as error:  # OcrInterruptedError too: its code says to redo it
        page.status, page.error, page.text = "ocr_failed", str(error), ""
        page.error_code = error.code
        return
    if result.blank:
        page.method = "none"
        return
    page.text, page.confidence = result.text, result.confidence
    page.rotation, page.skew = result.rotation, result.skew
    page.tables = result.tables if tables else []
    if not result.text.strip():
        # ink on the page and no word read: the page is not known to be empty
        document.warnings.append(warning(NO_TEXT_READ, (
            f"page {page.number}: OCR read no word on it, though it is not blank: read it by "
            "hand, or photograph it again flat, in even light, filling the frame")))


def _finish(document: Document) -> None:
    for page in document.pages:
        page.text = clean_text(page.text)
    for page, marks in zip(document.pages, mark_furniture([p.text for p in document.pages]),
                           strict=True):
        page.marks = marks
    document.language = detect_language(document.text)
    for page in document.failed_pages:
        document.warnings.append(f"page {page.number}: {page.status.replace('_', ' ')}")
