"""What runs in a document's child process: loading one file.

Imported by the fork server before any child is forked (``oficio.corpus.batch.isolation.PRELOAD``,
with ``oficio.corpus.batch.child_preload``, which calls ``warm``), so each child starts with the
loader imported and the word tables that judge text layers already in memory. It imports nothing of
the extractors or the models, and neither the loader nor its tables when the batch's own process
imports it (the loader would slow the batch's start).
"""

from __future__ import annotations

import codecs
import tempfile

from oficio.extract.read.language import stop_words, vocabulary
from oficio.extract.read.office import TEXT_ENCODINGS
from oficio.extract.read.options import LoadOptions

CODECS = (*TEXT_ENCODINGS, "utf-16-le")  # text files; PDF text layers (pdfium's UTF-16)


def load_document(path: str, options: LoadOptions, tmp: str | None) -> dict:
    """``load(path).to_dict()``; OCR images go to ``tmp`` (the workspace's private folder)."""
    from oficio.extract.read.loader import load  # already imported in the fork server (``warm``)

    if tmp:
        tempfile.tempdir = tmp
    return load(path, options).to_dict()


def warm() -> None:
    """Load what every child needs, once, in the fork server."""
    import oficio.extract.read.loader  # noqa: F401

    vocabulary()
    for lang in ("es", "en"):  # language detection
        stop_words(lang)
    for encoding in CODECS:  # each codec is a module: imported here, not by every child
        codecs.lookup(encoding)
