"""Tell a file's type by its content (magic bytes), never by its extension."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

from oficio.errors import EmptyFileError, UnsupportedTypeError

PDF, PNG, JPEG, TIFF, DOCX, XLSX, TXT = "pdf", "png", "jpeg", "tiff", "docx", "xlsx", "txt"
ODT, ODS = "odt", "ods"
_OPENDOCUMENT = {b"application/vnd.oasis.opendocument.text": ODT,
                 b"application/vnd.oasis.opendocument.spreadsheet": ODS}

_MAGIC: list[tuple[bytes, str]] = [
    (b"\x89PNG\r\n\x1a\n", PNG),
    (b"\xff\xd8\xff", JPEG),
    (b"II*\x00", TIFF),
    (b"MM\x00*", TIFF),
]


def sniff(path: Path) -> str:
    """Return the file's type (``pdf``, ``png``, ``jpeg``, ``tiff``, ``docx``, ``xlsx``,
    ``odt``, ``ods``, ``txt``).

    Raises EmptyFileError for an empty file and UnsupportedTypeError for anything else.
    """
    with path.open("rb") as handle:
        head = handle.read(8192)
    if not head:
        raise EmptyFileError(path)
    # A ZIP first: one that stores a PDF uncompressed has "%PDF-" in its first kilobyte.
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(path)
    # PDF readers accept the header anywhere in the first kilobyte.
    if b"%PDF-" in head[:1024]:
        return PDF
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if _looks_like_text(head):
        return TXT
    raise UnsupportedTypeError(path, "unrecognized content")


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            # An OpenDocument file names its kind in its first part, stored uncompressed.
            mimetype = archive.read("mimetype")[:100].strip() if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, RuntimeError) as error:
        raise UnsupportedTypeError(path, "a damaged ZIP archive") from error
    if "word/document.xml" in names:
        return DOCX
    if "xl/workbook.xml" in names:
        return XLSX
    if mimetype in _OPENDOCUMENT and "content.xml" in names:
        return _OPENDOCUMENT[mimetype]
    raise UnsupportedTypeError(path, "a ZIP archive, neither a text document nor a "
                                     "spreadsheet")


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    lowered = head[:512].lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml")):
        return False
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 4:  # not just a multibyte char cut at the end
            text = head.decode("cp1252", errors="replace")
        else:
            text = head[: error.start].decode("utf-8")
    printable = sum(ch.isprintable() or ch in "\n\r\t\f" for ch in text)
    return printable / max(len(text), 1) > 0.95


def file_hash(path: Path) -> str:
    """The file's content id: the sha256 of its bytes, in hex."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
