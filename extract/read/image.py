"""Image files (PNG, JPEG, TIFF of one or many frames) as greyscale pages for OCR.

Pillow's decompression-bomb warning is an error here, and the pixel limit is the
loader's ``max_pixels``: an image file cannot make the process allocate more than that.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from oficio.errors import CorruptFileError, ImageTooLargeError, ZeroPagesError

MAX_SIDE = 32_000  # Tesseract refuses wider or taller images
MIN_WIDTH = 2000  # a letter narrower than this (a low-resolution photo) is enlarged for OCR
MAX_FRAMES = 2_000


@contextmanager
def _guarded(max_pixels: int) -> Iterator[None]:
    previous = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = max_pixels
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            yield
    finally:
        Image.MAX_IMAGE_PIXELS = previous


def image_pages(path: Path, max_pixels: int) -> Iterator[np.ndarray]:
    """Each frame of an image file, upright (EXIF orientation applied), in greyscale."""
    with _guarded(max_pixels):
        try:
            with Image.open(path) as image:
                frames = getattr(image, "n_frames", 1)
                if frames > MAX_FRAMES:
                    raise ImageTooLargeError(path, f"{frames} frames")
                for index in range(frames):
                    image.seek(index)
                    yield _upright_grey(image, path)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
            raise ImageTooLargeError(path, "over the pixel limit") from error
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
            raise CorruptFileError(path, f"the image cannot be decoded: {error}") from error


def count_frames(path: Path, max_pixels: int) -> int:
    with _guarded(max_pixels):
        try:
            with Image.open(path) as image:
                frames = getattr(image, "n_frames", 1)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
            raise ImageTooLargeError(path, "over the pixel limit") from error
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
            raise CorruptFileError(path, f"the image cannot be decoded: {error}") from error
    if frames < 1:
        raise ZeroPagesError(path)
    return frames


def _upright_grey(image: Image.Image, path: Path) -> np.ndarray:
    width, height = image.size
    if max(width, height) > MAX_SIDE:
        raise ImageTooLargeError(path, f"{width}x{height} pixels")
    frame = ImageOps.exif_transpose(image) or image
    frame.load()
    grey = frame.convert("L")
    if grey.width < MIN_WIDTH:
        factor = min(3.0, MIN_WIDTH / max(grey.width, 1))
        grey = grey.resize((int(grey.width * factor), int(grey.height * factor)),
                           Image.Resampling.LANCZOS)
    return np.asarray(grey, dtype=np.uint8).copy()
