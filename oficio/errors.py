"""Errors a reply file can cause, one class per cause.

Every class has a stable code (``E0xx``: the table of codes is docs/errors.md) and a
one-line message that names the file and says what to do. The library raises them; only
the command line turns them into exit codes (``oficio.cli.app.EXIT_CODES``).
"""

from __future__ import annotations

import errno
from collections.abc import Sequence
from pathlib import Path

from oficio.i18n import N_, _, ngettext


class OficioError(Exception):
    """Base of every error oficio raises on purpose."""

    code = "E000"
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



class UnsupportedTypeError(InputFileError):
    code = "E001"
    hint = (
        N_("Supported are PDF, PNG, JPEG, TIFF, DOCX, XLSX, ODT, ODS and plain text; "
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
    hint = (
        N_("Tesseract took longer than the page time limit: check the page by eye, "
        "or raise OFICIO_OCR_TIMEOUT.")
    )

    def what(self) -> str:
        return N_("OCR of a page timed out")


class OcrFailedError(OficioError):
    """Tesseract ran but failed on one page; the loader marks the page."""

    code = "E008"
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
    hint = N_(
        "Fix or remove that key; every setting is listed in docs/settings.md."
    )

    def what(self) -> str:
        return N_("invalid setting")


class SearchQueryError(OficioError):
    """A search query that SQLite's full-text search cannot read (``oficio search``)."""

    code = "E211"
    hint = N_(
        "Close the quotes; quote words with hyphens, dots or colons (\"017-2017\", \"D.S.\"); "
        "AND, OR, NOT and NEAR go in capitals between words (docs/search.md)."
    )

    def what(self) -> str:
        return N_("the search query cannot be read")


class BrowseMissingError(OficioError):
    """``oficio browse`` without Datasette installed (an optional extra)."""

    code = "E312"
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
NO_TEXT_READ = "E018"
# oficio.corpus.batch.isolation.UnexpectedError's code: a bug, one extractor's
EXTRACTOR_FAILED = "E305"
SKIPPED_FILES = "E311"
WARNINGS = {  # translated where they are shown
    EXTRACTOR_FAILED: N_("an extractor failed (a bug in oficio): its facts are missing, the "
                         "others' are kept"),
    TEXT_TOO_LONG: N_("the text is too long for facts: no figures, institutions or header"),
    LINE_CUT: N_("a line of a PDF's text was cut by the PDF reader at 32,767 characters"),
    NO_TEXT_READ: N_("OCR read no word on a page that is not blank"),
    SKIPPED_FILES: N_("links and special files in the corpus folder were not read"),
}


def warning(code: str, detail: str) -> str:
    """A warning line: its code, then what happened and what to do."""
    return f"{code}: {detail}"


def warning_code(line: str) -> str | None:
    """The code a warning line starts with (``E305: ...``), or None for an uncoded one."""
    code, colon, _ = line.partition(":")
    return code if colon and len(code) == 4 and code[0] == "E" and code[1:].isdigit() else None


class ModelError(OficioError):
    """Base of the model errors."""

    code = "E100"


class UntrustedModelError(ModelError):
    code = "E101"
    hint = (
        N_("The model file holds object types oficio does not load, so it was refused: "
        "retrain with 'oficio train', or delete this model version.")
    )

    def what(self) -> str:
        return N_("the model file holds types that are not allowed")


class ModelFileError(ModelError):
    code = "E102"
    hint = (
        N_("Only skops files written by 'oficio train' are loaded (never pickle or joblib): "
        "retrain with 'oficio train', or delete this model version.")
    )

    def what(self) -> str:
        return N_("this is not a readable skops model file")


class NoModelError(ModelError):
    code = "E103"
    hint = N_("Train one with 'oficio train', or reinstall oficio to get its default model.")

    def what(self) -> str:
        return N_("no model is available")


class TrainingDataError(ModelError):
    code = "E104"
    hint = N_("Check the annotations file: every reply needs pages, axes and a status.")

    def what(self) -> str:
        return N_("the labelled data cannot be used")


class ModelHashError(ModelError):
    code = "E108"
    hint = (
        N_("The model file is not the one 'oficio train' wrote (its sha256 differs from the one "
        "recorded in metadata.json): it was changed or damaged. Retrain with 'oficio train', "
        "or delete this model version.")
    )

    def what(self) -> str:
        return N_("the model file does not match its recorded hash")


class TooManyPagesError(InputFileError):
    code = "E011"
    hint = N_("No reply has that many pages: split the file or remove it.")

    def what(self) -> str:
        return N_("the document has too many pages")


class ContentBombError(InputFileError):
    code = "E012"
    hint = (
        N_("A page's drawing instructions inflate to more than any letter needs (a possible "
        "decompression bomb): print the file to a new PDF, or remove it.")
    )

    def what(self) -> str:
        return N_("a page's content is too large to process safely")


class GazetteerFileError(OficioError):
    """A user alias file cannot be read or names an institution the gazetteer lacks."""

    code = "E030"
    hint = (
        N_("Each line of an alias file needs a gazetteer id and an alias "
        "(CSV with header id,alias, or JSONL objects with keys id and alias); "
        "a new institution needs a new id, its name and its kind "
        "(CSV header id,name,acronym,kind,alias,parent); "
        "see extract/data/gazetteer.jsonl for the ids.")
    )

    def what(self) -> str:
        return N_("bad alias file")


class UnknownInstitutionError(GazetteerFileError):
    code = "E031"

    def what(self) -> str:
        return N_("the alias file names an institution id the gazetteer does not have")


class NoRendererError(OficioError):
    code = "E107"
    hint = N_("Run the scanned evaluation from a source checkout of oficio (it uses scripts/).")

    def what(self) -> str:
        return N_("the scan renderer (scripts.render) is not available")


class CorpusNotFoundError(InputFileError):
    code = "E306"
    hint = N_("Nothing was created: give the folder that holds the reply files.")

    def what(self) -> str:
        return N_("no such folder")


class NotAnEvaluationSetError(InputFileError):
    code = "E109"
    hint = N_("Give a folder holding gold.jsonl and the replies' files, in the format of "
              "eval/README.md (for example eval/blind-v2).")

    def what(self) -> str:
        return N_("not an evaluation set: it has no gold.jsonl")


class NoSuchFileError(InputFileError):
    code = "E106"
    hint = N_("Check the path.")

    def what(self) -> str:
        return N_("the file does not exist")


class DaskClusterError(OficioError):
    """The Dask cluster of ``--dask-address`` cannot be used: the path is the address."""

    code = "E313"
    hint = N_("Start it (see docs/dask.md: 'dask scheduler', then 'dask worker ADDRESS' on "
              "each machine) or check the address and the firewall, then run 'oficio doctor "
              "--dask-address ADDRESS'. Without --dask-address the batch runs on this "
              "machine.")

    def what(self) -> str:
        return N_("the Dask cluster cannot be used")


class DocumentTimeoutError(OficioError):
    code = "E302"
    hint = N_("The file took longer than the time allowed per document (OFICIO_DOC_TIMEOUT).")

    def what(self) -> str:
        return N_("processing the file took too long")


class DocumentMemoryError(OficioError):
    code = "E303"
    hint = N_("The file needed more memory than allowed per document (OFICIO_DOC_MEMORY_MB).")

    def what(self) -> str:
        return N_("processing the file ran out of memory")


class DocumentCrashedError(OficioError):
    code = "E304"
    hint = N_("A library crashed on this file: check it in a viewer and report it if it opens.")

    def what(self) -> str:
        return N_("processing the file crashed")


class UnexpectedError(OficioError):
    code = "E305"
    hint = N_("This is a bug in oficio or a library: please report it with the error class.")

    def what(self) -> str:
        return N_("an unexpected error occurred")


class BadPeriodError(OficioError):
    code = "E105"
    hint = N_("Write the period as START:END in ISO dates, e.g. 2017-01-01:2018-06-30.")

    def what(self) -> str:
        return N_("the period is not valid")


class PrefectServerError(OficioError):
    code = "E308"
    hint = (N_("Prefect's local server did not start: run the batch again; if it fails again, "
            "delete the workspace's .prefect folder (it holds no results) and retry."))

    def what(self) -> str:
        return N_("the batch's Prefect server did not start")


class RegistryError(OficioError):
    """The registry has rows that cannot be used; ``problems`` lists every one."""

    code = "E204"
    hint = N_("Fix these rows in the registry and save it again.")

    def __init__(self, path=None, detail: str = "", problems: Sequence[str] = ()) -> None:
        self.problems = list(problems) or ([detail] if detail else [])
        super().__init__(path, detail or "; ".join(self.problems))

    def what(self) -> str:
        return ngettext("the request registry has {n} problem",
                        "the request registry has {n} problems", len(self.problems)
                        ).format(n=len(self.problems))


class ReviewFileError(OficioError):
    code = "E205"
    hint = N_("Fix the rows listed (or pass --partial to store the rows without errors).")

    def what(self) -> str:
        return N_("rows of the review file cannot be used")



class SpreadsheetError(OficioError):
    """A CSV file from a spreadsheet cannot be used."""



class EmptySpreadsheetError(SpreadsheetError):
    code = "E201"
    hint = N_("Save the sheet again with its header row, as CSV.")

    def what(self) -> str:
        return N_("the file has no header row")


class BinarySpreadsheetError(SpreadsheetError):
    code = "E202"
    hint = N_("In Excel or LibreOffice use File > Save As > 'CSV UTF-8 (comma delimited)'.")

    def what(self) -> str:
        return N_("the file is not a CSV text file")


class MissingColumnError(SpreadsheetError):
    code = "E203"
    hint = N_("Add the column (its name in the header row) or restore the header row.")

    def what(self) -> str:
        return N_("a required column is missing")


class CellTooLongError(SpreadsheetError):
    code = "E207"
    hint = (
        N_("No spreadsheet cell holds that much (Excel: 32,767 characters); usually a quote "
        "left open joins the rest of the file into one cell. Fix that row in the "
        "spreadsheet and save again as 'CSV UTF-8'.")
    )

    def what(self) -> str:
        return N_("a cell is longer than 131,072 characters")


class OutIsFileError(OficioError):
    code = "E208"
    hint = N_("--out names a folder to write the tables in: give a new or existing folder.")

    def what(self) -> str:
        return N_("--out is a file, not a folder")


class OutFolderMissingError(OficioError):
    code = "E209"
    hint = N_("Create the folder first, or give --out a path in an existing folder.")

    def what(self) -> str:
        return N_("the folder of --out does not exist")


class UnreadableWorkbookError(SpreadsheetError):
    code = "E212"
    hint = N_("Open the file in Excel or LibreOffice and save it again as .xlsx (or as CSV UTF-8).")

    def what(self) -> str:
        return N_("the Excel workbook cannot be read")


class WorkspaceBusyError(OficioError):
    code = "E301"
    hint = N_("Another 'oficio process' is running on this workspace: wait for it to finish.")

    def what(self) -> str:
        return N_("the workspace is in use")


class NoWorkspaceStoreError(InputFileError):
    code = "E206"
    hint = N_("Run `oficio process CORPUS --workspace WS` first, or check --workspace.")

    def what(self) -> str:
        return N_("the workspace has no store")


class WorkspaceReadOnlyError(OficioError):
    code = "E309"
    hint = (
        N_("This command writes to the workspace, which cannot be written (a read-only disk, "
        "or no permission): copy the workspace to a writable folder, or fix its "
        "permissions. Reading commands (oficio status, oficio export --out, oficio report, "
        "oficio search) work on it as it is.")
    )

    def what(self) -> str:
        return N_("the workspace cannot be written")


class WorkspaceIsFileError(InputFileError):
    code = "E310"
    hint = N_("Give --workspace a folder (a new one is created), not a file.")

    def what(self) -> str:
        return N_("the workspace path is a file, not a folder")
