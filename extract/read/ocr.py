"""OCR of one page image with the system's Tesseract (run by extract/read/tesseract.py).

The page is levelled (deskew) and turned upright before OCR. Tesseract gets an
uncompressed file path, not a PIL image (re-encoding images is 1.5x slower), and
runs single-threaded: pages run in parallel instead (see docs/ocr.md for the figures).
"""

from __future__ import annotations

import errno
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np

from oficio.errors import DiskFullError, OcrFailedError, OcrInterruptedError
from oficio.extract.read import geometry, sheet, tesseract
from oficio.extract.read.document import Table
from oficio.extract.read.layout_lines import Word
from oficio.extract.read.layout_tables import layout_tables

# Tesseract's own OpenMP threads make it 2.8x slower on 2 cores when pages run in parallel.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

BLANK_INK = 0.001  # share of dark pixels under which a page is blank
RETRY_BELOW = 0.60  # mean word confidence under which orientation is checked
MAX_GAP = 40  # spaces at most between two words of a line
REREAD_FROM = 0.85  # mean word confidence of a reading from which unread blocks are re-read
REREAD_CONFIDENCE = 60  # a word read again is kept from this confidence (0-100)
_OSD_ROTATE = re.compile(r"Rotate:\s*(\d+)")
_OSD_CONF = re.compile(r"Orientation confidence:\s*([\d.]+)")


@dataclass
class OcrResult:
    text: str
    confidence: float | None
    words: int
    rotation: int = 0
    skew: float = 0.0
    blank: bool = False
    tables: list[Table] = field(default_factory=list)  # rebuilt from the words' boxes


def ocr_page(gray: np.ndarray, languages: str, timeout: float, label: str) -> OcrResult:
    """OCR a greyscale page: deskew, fix quarter turns, read; retry upright if unsure.

    ``label`` names the file and page in errors (never the text).
    """
    # A phone photo's sheet is cut from the table it lies on and flattened first: its
    # perspective bends the lines no deskew can straighten, and its letters are too small.
    flat = sheet.flatten_sheet(gray)
    if flat is not None:
        gray = flat
    # Shadows and uneven light first: to the line profiles that find the page's turn and
    # tilt, and to Tesseract's threshold, a photo's shadow is a block of ink.
    gray = geometry.evenly_lit(gray)
    if flat is None:
        gray = geometry.without_shading(gray)
    layout = geometry.analyse(gray)
    if layout.ink < BLANK_INK:
        return OcrResult(text="", confidence=None, words=0, blank=True)
    with tempfile.TemporaryDirectory(prefix="oficio-ocr-") as workdir:
        rotation, skew, osd = 0, layout.skew, 0
        upright = gray
        if layout.vertical:
            osd = _osd_rotation(gray, workdir, timeout, label)
            rotation = osd or 90
            gray, skew = _turned(upright, rotation)
        gray = geometry.rotate(gray, -skew)
        result = _read(gray, languages, timeout, label, workdir)
        guessed = bool(rotation and not osd and (result.confidence or 0) < RETRY_BELOW)
        if guessed:
            # OSD could not tell which way a sideways page lies and 90° was a guess: a
            # page turned the other way reads upside down, so the other quarter turn is
            # read too and the better reading kept.
            other, other_skew = _turned(upright, 270)
            other = geometry.rotate(other, -other_skew)
            retry = _read(other, languages, timeout, label, workdir)
            if (retry.confidence or 0) > (result.confidence or 0):
                rotation, skew, gray, result = 270, other_skew, other, retry
        if rotation and ((result.confidence or 0) < RETRY_BELOW or guessed):
            # A page is turned only when the turned reading is better than the upright one:
            # a clean upright table can look sideways to the line profile, and OSD then
            # guesses a turn with little text to go on (columns of figures read sideways
            # may even pass the threshold).
            as_is = _read(geometry.rotate(upright, -layout.skew), languages, timeout, label,
                          workdir)
            if (as_is.confidence or 0) >= (result.confidence or 0):  # a tie: not better
                return _with(as_is, 0, layout.skew)
        if result.confidence is not None and result.confidence >= RETRY_BELOW:
            return _with(result, rotation, skew)
        turn = _osd_rotation(gray, workdir, timeout, label)
        if not turn and not rotation:
            # OSD cannot always tell an upside-down page once cleaned (a grey scan's, turned
            # in the feeder): the half turn is read too, and kept only if it reads better.
            turn = 180
        if turn:
            retry = _read(geometry.quarter_turn(gray, turn), languages, timeout, label, workdir)
            if _reads_better(retry, result):
                return _with(retry, (rotation + turn) % 360, skew)
        return _with(result, rotation, skew)


def _reads_better(turned: OcrResult, kept: OcrResult) -> bool:
    """A turned reading is better when its words are read with more confidence and it reads
    at least half as many: a quarter turn that reads a dozen words of a letterhead a little
    more surely is not a better reading of an upright photo whose hundred words are blurred."""
    return (turned.confidence or 0) > (kept.confidence or 0) and turned.words * 2 >= kept.words


def _turned(gray: np.ndarray, rotation: int) -> tuple[np.ndarray, float]:
    """The page turned by a quarter turn, and the tilt of its rows once turned."""
    turned = geometry.quarter_turn(gray, rotation)
    return turned, geometry.find_skew(turned)


def _with(result: OcrResult, rotation: int, skew: float) -> OcrResult:
    result.rotation, result.skew = rotation, skew
    return result


def _read(gray: np.ndarray, languages: str, timeout: float, label: str, workdir: str) -> OcrResult:
    clean = geometry.without_rules(gray)
    path = _write(clean, workdir)
    data = tesseract.image_to_data(path, languages, 3, timeout, label)
    if _column_garbage(data):
        # Tesseract's page layout can take a table's columns of small numbers for blocks of
        # text and read each down the page as one word of capitals ("NPRPNARPHARP..."): the
        # page is read again as one block of lines, which keeps each row's cells together.
        again = tesseract.image_to_data(path, languages, 6, timeout, label)
        if not _column_garbage(again):
            data = again
    # Blocks the page layout left unread (geometry.unread_regions) are read again on their
    # own as uniform text, on a page read well otherwise: on a blurred photo the ink left
    # over is mostly noise, and a stamp or a signature is ink too (hence the confidence).
    confidences = [float(c) for c in data.get("conf", []) if float(c) >= 0]
    if not confidences or sum(confidences) / len(confidences) < 100 * REREAD_FROM:
        return _assemble(data)
    boxes = geometry.unread_regions(clean, tesseract.word_boxes(data))
    for n, (left, top, right, bottom) in enumerate(boxes):
        crop = _write(np.ascontiguousarray(clean[top:bottom, left:right]), workdir)
        again = tesseract.image_to_data(crop, languages, 6, timeout, label)
        data = _joined_data(data, tesseract.placed(again, left, top, _REREAD_BLOCKS * (n + 1),
                                                   REREAD_CONFIDENCE))
    return _assemble(data)


_REREAD_BLOCKS = 10_000  # block numbers of the words read again start here (one run each)
_GARBAGE_LETTERS = 12  # letters of a column of digits read as one word


def _column_garbage(data: dict[str, list]) -> bool:
    """Whether a reading holds a column of numbers read down as one word: a dozen capitals
    or more with hardly a vowel, which no word or acronym is."""
    for text in data.get("text", []):
        word = str(text).strip()
        if len(word) >= _GARBAGE_LETTERS and word.isalpha() and word.isupper() and \
                sum(c in "AEIOU" for c in word) <= len(word) / 5:
            return True
    return False


def _joined_data(first: dict[str, list], second: dict[str, list]) -> dict[str, list]:
    return {name: list(first[name]) + list(second.get(name, [])) for name in first}


def _osd_rotation(gray: np.ndarray, workdir: str, timeout: float, label: str) -> int:
    """Quarter turns (counter-clockwise degrees) Tesseract's OSD says make the page upright."""
    path = _write(gray, workdir)
    try:
        osd = tesseract.image_to_osd(path, timeout, label)
    except OcrInterruptedError:
        raise  # the machine's fault, not the page's: the page is marked and redone
    except OcrFailedError:
        return 0  # too little text to tell: keep the page as it is
    rotate, confidence = _OSD_ROTATE.search(osd), _OSD_CONF.search(osd)
    if not rotate or not confidence or float(confidence.group(1)) < 1.0:
        return 0
    # OSD's "Rotate" is clockwise; quarter_turn turns counter-clockwise.
    return (360 - int(rotate.group(1))) % 360


def _write(gray: np.ndarray, workdir: str) -> str:
    """Write an uncompressed PGM (cheap to write, read by Leptonica) and return its path.

    The write is Python's, not OpenCV's (whose ``imwrite`` only answers False), so that a
    full disk is told apart: it stops the batch (DiskFullError) instead of leaving the page
    without text; any other failure to write is the machine's, not the file's
    (OcrInterruptedError: the page is read again by the next run)."""
    path = str(Path(workdir) / "page.pgm")
    encoded, data = cv2.imencode(".pgm", gray)
    if not encoded:
        raise OcrFailedError(detail="could not encode the page image for Tesseract")
    try:
        with open(path, "wb") as handle:
            handle.write(data.tobytes())
    except OSError as error:
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFullError(workdir, "writing a page image for OCR") from error
        raise OcrInterruptedError(detail=f"could not write the page image: {error.strerror}"
                                  ) from error
    return path


def _assemble(data: dict[str, list]) -> OcrResult:
    """Rebuild text from Tesseract's words: lines joined by newlines, paragraphs by blank
    lines, and wide gaps between words (table columns) kept as runs of spaces."""
    lines: dict[tuple[int, int, int], list[tuple[int, int, str]]] = {}
    rows: dict[tuple[int, int, int], tuple[int, int]] = {}  # a line's top and bottom
    confidences: list[float] = []
    boxes: list[Word] = []
    for i, word in enumerate(data["text"]):
        word = (word or "").strip()
        if not word:
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        left, top = int(data["left"][i]), int(data["top"][i])
        width, height = int(data["width"][i]), int(data["height"][i])
        lines.setdefault(key, []).append((left, width, word))
        low, high = rows.get(key, (top, top + height))
        rows[key] = (min(low, top), max(high, top + height))
        boxes.append(Word(word, left, top, left + width, top + height))
        conf = float(data["conf"][i])
        if conf >= 0:
            confidences.append(conf)
    parts: list[str] = []
    previous_par: tuple[int, int] | None = None
    for (block, par, _line), words in _in_place(lines, rows):
        if previous_par is not None:
            parts.append("\n\n" if (block, par) != previous_par else "\n")
        parts.append(_spaced(words))
        previous_par = (block, par)
    mean = sum(confidences) / len(confidences) / 100 if confidences else None
    return OcrResult(text="".join(parts), confidence=mean, words=len(confidences),
                     tables=layout_tables(boxes))


def _in_place(lines: dict[tuple[int, int, int], list[tuple[int, int, str]]],
              rows: dict[tuple[int, int, int], tuple[int, int]]
              ) -> list[tuple[tuple[int, int, int], list[tuple[int, int, str]]]]:
    """The lines in reading order: Tesseract's order for the page's own reading, and the
    lines of a region read again put back where they stand. One level with a line of the
    page's reading, and not all in front of it, joins it, word by word from the left ("Corte
    Super" and "ior de Justicia de Lima Norte"; a table's label and the cells the layout
    skipped); another (a seal read again in the margin) stands before
    the first paragraph that starts below it (a table's header row between two rules heads
    its rows, not the signature; a stamp read again in a margin cuts no sentence)."""
    ordered = [(key, list(words)) for key, words in lines.items() if key[0] < _REREAD_BLOCKS]
    starts = [i for i, (key, _) in enumerate(ordered)
              if i == 0 or key[:2] != ordered[i - 1][0][:2]]
    placed: dict[int, list] = {}
    for key in sorted((k for k in lines if k[0] >= _REREAD_BLOCKS), key=lambda k: rows[k]):
        # not words all in front of the line: a stamp or a seal read again in the margin
        level = next((words for other, words in ordered if _level(rows[other], rows[key])
                      and max(left + width for left, width, _ in lines[key]) > min(words)[0]),
                     None)
        if level is not None:  # a word of the region read twice is kept once
            level.extend(w for w in lines[key] if not any(_over(w, seen) for seen in level))
            level.sort()
            continue
        at = next((i for i in starts if rows[ordered[i][0]][0] > rows[key][0]), len(ordered))
        placed.setdefault(at, []).append((key, lines[key]))
    out = []
    for i, line in enumerate(ordered):
        out += [*placed.get(i, []), line]
    return out + placed.get(len(ordered), [])


def _over(word: tuple[int, int, str], other: tuple[int, int, str]) -> bool:
    """Whether two words (left, width, text) of one line stand mostly on the same place."""
    overlap = min(word[0] + word[1], other[0] + other[1]) - max(word[0], other[0])
    return overlap > 0.5 * min(word[1], other[1])


def _level(row: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether two lines (top, bottom) share most of their height: one row of the page."""
    overlap = min(row[1], other[1]) - max(row[0], other[0])
    return overlap > 0.6 * min(row[1] - row[0], other[1] - other[0])


def _spaced(words: list[tuple[int, int, str]]) -> str:
    """One line's words, with as many spaces as the gap between two words is wide when the
    gap is wider than two characters (the columns of a table typed with spaces)."""
    char_width = sum(w for _, w, _ in words) / max(sum(len(t) for _, _, t in words), 1)
    out = words[0][2]
    for (left, width, _), (next_left, _, text) in zip(words, words[1:], strict=False):
        gap = next_left - (left + width)
        spaces = round(gap / char_width) if char_width and gap > 2.5 * char_width else 1
        out += " " * min(max(spaces, 1), MAX_GAP) + text
    return out
