"""Settings of the loader, each with an environment variable (documented in docs/settings.md)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def _env_float(name: str, default: float) -> float:
    value = os.environ.get(name, "").strip()
    return float(value) if value else default


def _default_jobs() -> int:
    return _env_int("OFICIO_JOBS", os.cpu_count() or 1)


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
    """

    languages: str = field(default_factory=lambda: os.environ.get("OFICIO_OCR_LANG", "spa+eng"))
    dpi: int = field(default_factory=lambda: _env_int("OFICIO_OCR_DPI", 200))
    ocr_timeout: float = field(default_factory=lambda: _env_float("OFICIO_OCR_TIMEOUT", 120.0))
    jobs: int = field(default_factory=_default_jobs)
    max_pixels: int = field(default_factory=lambda: _env_int("OFICIO_MAX_PIXELS", 100_000_000))
    force_ocr: bool = False
    tables: bool = True
