"""Errors a reply file can cause, one class per cause.

Every class has a stable code (``E0xx``), a process exit code for the command line, and a
one-line message that names the file and says what to do. The library raises them; only
the command line turns them into exit codes.
"""

from __future__ import annotations

import errno
from enum import IntEnum
from pathlib import Path

from oficio.i18n import N_, _


class ExitCode(IntEnum):
    """Exit codes of the ``oficio`` command (documented in docs/cli.md)."""

    ok = 0
    other_error = 1
    bad_args = 2
    input_file = 3
    missing_dependency = 4
    encrypted_pdf = 5
    image_too_large = 6
    ocr_timeout = 7
    documents_failed = 8
    environment = 9
    workspace_busy = 10
    ctrl_c = 130


class OficioError(Exception):
    """Base of every error oficio raises on purpose."""

    code = "E000"
    exit_code = ExitCode.other_error
    hint = ""

    def __init__(self, path: str | Path | None = None, detail: str = "") -> None:
        self.path = str(path) if path is not None else ""
        self.detail = detail
        super().__init__(self.message())

    def what(self) -> str:
        return N_("failed")

    def message(self) -> str:
        # in the language of the process (oficio.i18n); an error not in the catalogs
        # yet reads English in every language
        name = f"{self.path}: " if self.path else ""
        detail = f" ({self.detail})" if self.detail else ""
        hint = f" {_(self.hint)}" if self.hint else ""
        return f"[{self.code}] {name}{_(self.what())}{detail}.{hint}"

    def __reduce__(self):  # keep path and detail across process boundaries
        return (self.__class__, (self.path or None, self.detail))


class InputFileError(OficioError):
    """The file itself cannot be read as a reply."""

    exit_code = ExitCode.input_file


class UnsupportedTypeError(InputFileError):
    code = "E001"
    hint = (
        N_("Supported are PDF, PNG, JPEG, TIFF, DOCX, XLSX and plain text; "
        "convert the file to PDF or remove it from the corpus.")
    )

    def what(self) -> str:
        return N_("this file type is not supported")


class EmptyFileError(InputFileError):
    code = "E002"
    hint = N_("The file has no content: ask the institution to send it again.")

    def what(self) -> str:
        return N_("the file is empty")


class EncryptedFileError(OficioError):
    code = "E003"
    exit_code = ExitCode.encrypted_pdf
    hint = (
        N_("The PDF needs a password to open: ask the institution for an unprotected copy, "
        "or open it with the password and print it to a new PDF.")
    )

    def what(self) -> str:
        return N_("the PDF is password-protected")


class CorruptFileError(InputFileError):
    code = "E004"
    hint = N_("Open it in a viewer to check, or ask the institution to send it again.")

    def what(self) -> str:
        return N_("the file is damaged")


class ZeroPagesError(InputFileError):
    code = "E005"
    hint = N_("The document has no readable page: ask the institution to send it again.")

    def what(self) -> str:
        return N_("the document has no pages")


class ImageTooLargeError(InputFileError):
    code = "E006"
    exit_code = ExitCode.image_too_large
    hint = (
        N_("The image or page is larger than any scan of a letter (a possible decompression "
        "bomb): scan it again at 300 dpi, or raise OFICIO_MAX_PIXELS if you trust the file.")
    )

    def what(self) -> str:
        return N_("the image is too large to process safely")


class PackageTooLargeError(InputFileError):
    """A DOCX or XLSX whose parts inflate past the budget (``PackageLimits``)."""

    code = "E014"
    hint = N_(
        "The Office file inflates to more than any reply holds (a possible zip bomb): save it "
        "again from Word or Excel, or as PDF; raise OFICIO_MAX_OFFICE_MB if you trust the file."
    )

    def what(self) -> str:
        return N_("the Office file is too large to read safely")


class UnsafeXmlError(InputFileError):
    """A DOCX or XLSX part whose XML declares a document type or entities: Word and Excel
    never write one, and entities are how XML bombs ("billion laughs") and reads of the
    machine's own files (XXE) are made."""

    code = "E015"
    hint = N_(
        "Its XML declares entities, which Word and Excel never write (a possible XML bomb): ask "
        "the institution for a copy saved by Word or Excel, or as PDF."
    )

    def what(self) -> str:
        return N_("the Office file holds XML that is not read, for safety")


class OcrTimeoutError(OficioError):
    """Raised by the OCR of one page; the loader marks the page instead of failing."""

    code = "E007"
    exit_code = ExitCode.ocr_timeout
    hint = (
        N_("Tesseract took longer than the page time limit: check the page by eye, "
        "or raise OFICIO_OCR_TIMEOUT.")
    )

    def what(self) -> str:
        return N_("OCR of a page timed out")


class OcrFailedError(OficioError):
    """Tesseract ran but failed on one page; the loader marks the page."""

    code = "E008"
    exit_code = ExitCode.other_error
    hint = N_("Check the page by eye; run 'oficio doctor' to check the Tesseract installation.")

    def what(self) -> str:
        return N_("OCR of a page failed")


class OcrInterruptedError(OcrFailedError):
    """Tesseract was stopped, or its page image could not be written, by a cause outside the
    file (a signal, the workspace's folder): the page is kept, marked, and read again by the
    next run."""

    code = "E013"
    hint = N_(
        "The cause was the machine, not the file: the next 'oficio process' reads the page again. "
        "If it happens again, run 'oficio doctor'."
    )

    def what(self) -> str:
        return N_("OCR of a page was interrupted by a cause outside the file")


class DiskFullError(OficioError):
    """A write failed, or would fail, for lack of space (the store, an OCR page image, the
    tables, Prefect's database): the command stops. The path names the file or folder."""

    code = "E307"
    exit_code = ExitCode.environment
    hint = N_(
        "Free some space on that disk, then run the same command again: what was finished is kept "
        "(stored documents, tables written before)."
    )

    def what(self) -> str:
        return N_("the disk is full")


class MachineError(OficioError):
    """Reading a document in a batch failed on the machine, not the file: an OSError
    creating its temporary folder or starting its child process (too many open files or
    processes). The batch tries it again (``retries``); still failing, the document is
    recorded with this code and the next run reads it again."""

    code = "E314"
    exit_code = ExitCode.environment
    hint = N_("The cause was the machine, not the file: the next 'oficio process' reads it "
              "again. If it happens again, run 'oficio doctor'.")

    def what(self) -> str:
        return N_("reading failed for a cause outside the file")


FULL_DISK_ERRNOS = (errno.ENOSPC, errno.EDQUOT)
# Some libraries keep only the words: pyarrow's errors, SQLite's through SQLAlchemy, the
# log of Prefect's server.
FULL_DISK_WORDS = ("no space left on device", "database or disk is full",
                   "disk quota exceeded")


def is_disk_full(error: BaseException | str) -> bool:
    """Whether ``error`` (an exception, or a log's text) says that a disk or a quota is
    full."""
    if isinstance(error, OSError) and error.errno in FULL_DISK_ERRNOS:
        return True
    text = str(error).lower()
    return any(words in text for words in FULL_DISK_WORDS)


class TesseractMissingError(OficioError):
    code = "E009"
    exit_code = ExitCode.missing_dependency
    hint = (
        N_("Install it with: apt-get install tesseract-ocr tesseract-ocr-spa tesseract-ocr-eng "
        "(then run 'oficio doctor').")
    )

    def what(self) -> str:
        return N_("Tesseract OCR, or its language data, is not installed")


class MissingFileError(InputFileError):
    code = "E010"
    hint = N_("Check the path; a folder is processed with 'oficio process'.")

    def what(self) -> str:
        return N_("no such file")


class ConfigError(OficioError, ValueError):
    """A setting cannot be used: a settings file (``oficio.toml``) that is not TOML, holds
    an unknown key or a bad value, or an ``OFICIO_*`` variable with a bad value. The path
    names the file or the variable; the detail, the key and what it must be. A ValueError
    too: library code that read a setting raised one before."""

    code = "E210"
    exit_code = ExitCode.bad_args
    hint = N_(
        "Fix or remove that key; every setting is listed in docs/settings.md."
    )

    def what(self) -> str:
        return N_("invalid setting")


class SearchQueryError(OficioError):
    """A search query that SQLite's full-text search cannot read (``oficio search``)."""

    code = "E211"
    exit_code = ExitCode.bad_args
    hint = N_(
        "Close the quotes; quote words with hyphens, dots or colons (\"017-2017\", \"D.S.\"); "
        "AND, OR, NOT and NEAR go in capitals between words (docs/search.md)."
    )

    def what(self) -> str:
        return N_("the search query cannot be read")


class BrowseMissingError(OficioError):
    """``oficio browse`` without Datasette installed (an optional extra)."""

    code = "E312"
    exit_code = ExitCode.missing_dependency
    hint = N_(
        "Install it with: pip install 'oficio[browse]' (or scripts/install.sh), then run 'oficio "
        "browse' again."
    )

    def what(self) -> str:
        return N_("Datasette is not installed")


# Warnings: a limit met or a part skipped, said on the document (``Document.warnings``, the
# store's ``documents.warnings``) or in a run's summary, never silently. Each is a line
# that starts with its code; the run summary counts them by code (docs/errors.md).
TEXT_TOO_LONG = "E016"
LINE_CUT = "E017"
EXTRACTOR_FAILED = "E305"  # corpus.isolation.UnexpectedError's code: a bug, one extractor's
SKIPPED_FILES = "E311"
WARNINGS = {  # translated where they are shown
    EXTRACTOR_FAILED: N_("an extractor failed (a bug in oficio): its facts are missing, the "
                         "others' are kept"),
    TEXT_TOO_LONG: N_("the text is too long for facts: no figures, institutions or header"),
    LINE_CUT: N_("a line of a PDF's text was cut by the PDF reader at 32,767 characters"),
    SKIPPED_FILES: N_("links and special files in the corpus folder were not read"),
}


def warning(code: str, detail: str) -> str:
    """A warning line: its code, then what happened and what to do."""
    return f"{code}: {detail}"


def warning_code(line: str) -> str | None:
    """The code a warning line starts with (``E305: ...``), or None for an uncoded one."""
    code, colon, _ = line.partition(":")
    return code if colon and len(code) == 4 and code[0] == "E" and code[1:].isdigit() else None
