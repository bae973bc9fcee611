"""Limits a PDF must pass before PDFium parses its pages: a page count, and the inflated
size of each page's content streams (a 1 MB stream can inflate to 1 GiB and PDFium would
hold all of it; checked here with zlib in bounded memory, before PDFium sees the page).
And one limit of PDFium's that cannot be lifted, only told: the length of a string.
"""

from __future__ import annotations

import io
import logging
import zlib
from pathlib import Path

import pikepdf

from oficio.errors import ContentBombError, TooManyPagesError

log = logging.getLogger(__name__)

MAX_PAGES = 2_000  # more than any reply; 3,000 pages would take over an hour of OCR
MAX_CONTENT_BYTES = 64 << 20  # a typed page's content is under 1 MB; 60,000 operations 0.4 MB
CHECK_ABOVE = 32 << 10  # deflate inflates at most ~1,032x: smaller streams stay under the limit
CHUNK = 1 << 20
# PDFium keeps the first 32,767 bytes of a string in a page's content and drops the rest
# (its content parser's limit): a line of text typed as one string loses its end.
MAX_STRING = 32_767
CUT_LINE = MAX_STRING // 2  # the shortest line a cut leaves (CID fonts: 2 bytes a character)
TEXT_SHOWING = "Tj TJ ' \""


def check_page_count(pages: int, path: Path) -> None:
    if pages > MAX_PAGES:
        raise TooManyPagesError(path, f"{pages:,} pages")


def check_contents(path: Path, data: bytes | None) -> None:
    """Raise ContentBombError when a page's content streams inflate past the limit.

    Only Flate streams of over ``CHECK_ABOVE`` bytes are inflated (and only up to the
    limit). A file pikepdf cannot read is left to PDFium, which has already opened it.
    """
    try:
        with pikepdf.open(io.BytesIO(data) if data else path) as pdf:
            for number, page in enumerate(pdf.pages, start=1):
                if _content_size(page) > MAX_CONTENT_BYTES:
                    raise ContentBombError(
                        path, f"page {number} inflates to over {MAX_CONTENT_BYTES >> 20} MB")
    except (pikepdf.PdfError, ValueError, RecursionError, OSError, zlib.error) as error:
        log.info("content size not checked (%s)", type(error).__name__)


def _content_size(page: pikepdf.Page) -> int:
    contents = page.obj.get("/Contents")
    streams = contents if isinstance(contents, pikepdf.Array) else [contents]
    total = 0
    for stream in streams:
        if not isinstance(stream, pikepdf.Stream):
            continue
        total += _inflated_size(stream, MAX_CONTENT_BYTES - total)
        if total > MAX_CONTENT_BYTES:
            break
    return total


def _inflated_size(stream: pikepdf.Stream, limit: int) -> int:
    """The stream's decoded size, counted up to just past ``limit``."""
    raw = stream.read_raw_bytes()
    filters = stream.get("/Filter")
    first = filters[0] if isinstance(filters, pikepdf.Array) and len(filters) else filters
    if len(raw) <= CHECK_ABOVE or first != pikepdf.Name.FlateDecode:
        return len(raw)
    inflater = zlib.decompressobj()
    pending, size = raw, 0
    while pending and size <= limit:
        size += len(inflater.decompress(pending, CHUNK))
        pending = inflater.unconsumed_tail
    return size


def may_be_cut(text: str) -> bool:
    """Whether a page's text holds a line long enough to be a string PDFium cut."""
    return any(len(line) >= CUT_LINE for line in text.splitlines())


def cut_pages(path: Path, data: bytes | None, numbers: list[int]) -> list[int]:
    """Of pages ``numbers``, those whose content shows a string of over ``MAX_STRING`` bytes
    (PDFium reads only its start). Only pages with a line of ``CUT_LINE`` characters are
    asked about, so the content of ordinary pages is never parsed twice."""
    cut = []
    try:
        with pikepdf.open(io.BytesIO(data) if data else path) as pdf:
            for number in numbers:
                operations = pikepdf.parse_content_stream(pdf.pages[number - 1], TEXT_SHOWING)
                if any(_longest_string(operands) > MAX_STRING for operands, _ in operations):
                    cut.append(number)
    except (pikepdf.PdfError, ValueError, RecursionError, OSError, IndexError) as error:
        log.info("cut text not checked (%s)", type(error).__name__)
    return cut


def _longest_string(operands: list) -> int:
    longest = 0
    for operand in operands:
        if isinstance(operand, pikepdf.String):
            longest = max(longest, len(bytes(operand)))
        elif isinstance(operand, pikepdf.Array):  # TJ: strings between kerning numbers
            longest = max(longest, _longest_string(list(operand)))
    return longest
