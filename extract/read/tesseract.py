"""The system's ``tesseract`` command, run with a hard time limit.

Every call (reading a page, orientation detection, version and language checks) has a time
limit; when it passes, Tesseract is killed, so a Tesseract that hangs cannot hang a batch.
Tesseract stays in its caller's process group: when a batch kills a document's child for
running over its own time, the child's Tesseract goes with it. pytesseract is not used
here: it asks ``tesseract --version`` with no time limit before every read, and exits the
interpreter when the answer does not parse.
"""

from __future__ import annotations

import shutil
import signal
import subprocess

from oficio.errors import (
    OcrFailedError,
    OcrInterruptedError,
    OcrTimeoutError,
    TesseractMissingError,
)

COMMAND = "tesseract"
# How Debian installs Tesseract with the languages oficio reads (doctor and Dask workers).
APT = "apt-get install -y tesseract-ocr tesseract-ocr-spa tesseract-ocr-eng"
# Signals that stop a Tesseract from outside (a person, the system's out-of-memory killer, a
# shutdown), not because of the page: the page is read again by the next run.
OUTSIDE_SIGNALS = {signal.SIGKILL, signal.SIGTERM, signal.SIGINT, signal.SIGHUP}
CHECK_TIMEOUT = 20.0  # seconds for --version and --list-langs
TSV_INTEGERS = ("level", "page_num", "block_num", "par_num", "line_num", "word_num",
                "left", "top", "width", "height")


def image_to_data(path: str, languages: str, psm: int, timeout: float, label: str
                  ) -> dict[str, list]:
    """Tesseract's words for the image at ``path``, as columns of its TSV output."""
    out = run([path, "stdout", "-l", languages, "--psm", str(psm), "tsv"], timeout, label)
    return parse_tsv(out)


def image_to_osd(path: str, timeout: float, label: str) -> str:
    """Tesseract's orientation and script report for the image at ``path``."""
    return run([path, "stdout", "--psm", "0"], timeout, label)


def parse_tsv(text: str) -> dict[str, list]:
    lines = text.splitlines()
    if not lines:
        return {name: [] for name in (*TSV_INTEGERS, "conf", "text")}
    header = lines[0].split("\t")
    columns: dict[str, list] = {name: [] for name in header}
    for line in lines[1:]:
        cells = line.split("\t")
        if len(cells) < len(header):
            cells += [""] * (len(header) - len(cells))
        for name, cell in zip(header, cells, strict=False):
            columns[name].append(_cell(name, cell))
    return columns


def word_boxes(data: dict[str, list]) -> list[tuple[int, int, int, int]]:
    """The (left, top, right, bottom) box of every word with text in ``data``."""
    return [(int(data["left"][i]), int(data["top"][i]),
             int(data["left"][i]) + int(data["width"][i]),
             int(data["top"][i]) + int(data["height"][i]))
            for i, text in enumerate(data.get("text", [])) if (text or "").strip()]


def placed(data: dict[str, list], left: int, top: int, block: int, least_confidence: float
           ) -> dict[str, list]:
    """The words of ``data`` read from a crop whose corner is at (``left``, ``top``) of the
    page, as the page's block ``block`` onwards, those read with less than
    ``least_confidence`` (0-100) left out."""
    keep = [i for i, text in enumerate(data.get("text", []))
            if (text or "").strip() and float(data["conf"][i]) >= least_confidence]
    out: dict[str, list] = {name: [data[name][i] for i in keep] for name in data}
    out["left"] = [v + left for v in out.get("left", [])]
    out["top"] = [v + top for v in out.get("top", [])]
    out["block_num"] = [block + v for v in out.get("block_num", [])]
    return out


def _cell(name: str, cell: str) -> object:
    if name in TSV_INTEGERS:
        return int(cell) if cell.lstrip("-").isdigit() else 0
    if name == "conf":
        try:
            return float(cell)
        except ValueError:
            return -1.0
    return cell


def run(arguments: list[str], timeout: float, label: str = "") -> str:
    """Run ``tesseract`` with ``arguments``; its standard output, decoded.

    Raises TesseractMissingError, OcrTimeoutError or OcrFailedError.
    """
    try:
        process = subprocess.Popen(
            [COMMAND, *arguments], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
    except OSError as error:
        raise TesseractMissingError() from error
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired as error:
        _kill(process)
        raise OcrTimeoutError(label, f"over {timeout:g} s") from error
    except BaseException:
        _kill(process)
        raise
    if process.returncode != 0:
        _raise_failure(err.decode("utf-8", "replace"), process.returncode, label)
    return out.decode("utf-8", "replace")


def _kill(process: subprocess.Popen) -> None:
    process.kill()
    process.communicate()


def _raise_failure(message: str, status: int, label: str) -> None:
    if "Failed loading language" in message or "Error opening data file" in message:
        raise TesseractMissingError(detail="language data missing")
    if status < 0 and -status in OUTSIDE_SIGNALS:
        raise OcrInterruptedError(label, f"Tesseract stopped by {signal.Signals(-status).name}")
    raise OcrFailedError(label, f"Tesseract exit status {status}")


def version() -> str | None:
    """Tesseract's version (``5.3.0``), or None when it is missing or does not answer."""
    if shutil.which(COMMAND) is None:
        return None
    try:
        out = run(["--version"], CHECK_TIMEOUT)
    except (TesseractMissingError, OcrFailedError, OcrTimeoutError):
        return None
    first = out.strip().splitlines()[0] if out.strip() else ""
    words = first.split()
    return words[-1].lstrip("v").split("-")[0] if len(words) >= 2 else None


def languages() -> list[str]:
    """The language data Tesseract finds (``eng``, ``osd``, ``spa``, ...)."""
    try:
        out = run(["--list-langs"], CHECK_TIMEOUT)
    except (TesseractMissingError, OcrFailedError, OcrTimeoutError):
        return []
    return sorted(line.strip() for line in out.splitlines()[1:] if line.strip())
