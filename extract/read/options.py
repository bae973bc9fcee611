"""Options of the loader; their defaults are settings (``oficio.settings``: oficio.toml or
an environment variable, documented in docs/settings.md)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from oficio.settings import value


def _default_jobs() -> int:
    return value("jobs") or os.cpu_count() or 1


@dataclass(frozen=True)
class PackageLimits:
    """Budgets for reading an Office file (DOCX, XLSX, ODT, ODS), a ZIP of parts
    (``oficio.extract.read.package``).

    total_bytes: the uncompressed size of all parts together, and the largest file accepted
        (OFICIO_MAX_OFFICE_MB, default 512). Word and openpyxl hold every part they use in
        memory; a 300-page report with a scanned image per page is under 300 MB.
    xml_part_bytes: the uncompressed size of one XML part (64 MB). Its parsed tree takes
        about 13 times its size: 64 MB is 20 times the text of 300 pages of tables (3.3 MB),
        and about 850 MB once parsed.
    max_ratio: how many times a part over ``ratio_above`` bytes may grow when inflated
        (200). Word's XML grows 6 to 35 times; deflate can reach 1,032.
    ratio_above: parts smaller than this (1 MB) are not held to ``max_ratio``: a small part
        of repeated empty cells may compress far better, and cannot hurt.
    max_parts: members of the ZIP (10,000); Word writes a few dozen, plus one per image.
    """

    total_bytes: int = field(default_factory=lambda: value("max_office_mb") << 20)
    xml_part_bytes: int = 64 << 20
    max_ratio: float = 200.0
    ratio_above: int = 1 << 20
    max_parts: int = 10_000


@dataclass(frozen=True)
class LoadOptions:
    """How to load a reply.

    languages: Tesseract languages, ``+``-joined (OFICIO_OCR_LANG, default ``spa+eng``).
    dpi: resolution at which PDF pages are rendered for OCR (OFICIO_OCR_DPI, default 200).
    ocr_timeout: seconds allowed for the OCR of one page (OFICIO_OCR_TIMEOUT, default 120).
    jobs: pages OCR'd at once (OFICIO_JOBS, default: the number of cores).
    max_pixels: largest image or rendered page accepted (OFICIO_MAX_PIXELS, default 100 M).
    force_ocr: OCR every page even when its text layer is good.
    tables: keep tables as rows: found by the positions of words (text layer or OCR),
        else ruled (pdfplumber).
    package: budgets for Office files (see ``PackageLimits``).
    """

    languages: str = field(default_factory=lambda: value("ocr_lang"))
    dpi: int = field(default_factory=lambda: value("ocr_dpi"))
    ocr_timeout: float = field(default_factory=lambda: value("ocr_timeout"))
    jobs: int = field(default_factory=_default_jobs)
    max_pixels: int = field(default_factory=lambda: value("max_pixels"))
    force_ocr: bool = False
    tables: bool = True
    package: PackageLimits = field(default_factory=PackageLimits)
