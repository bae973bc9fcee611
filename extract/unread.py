"""Ink that Tesseract's page layout left unread, found so that it can be read again.

Tesseract's automatic page segmentation (``--psm 3``) can leave whole blocks of a page out of
its reading: on a clean 200 dpi scan of a landscape budget annex it read the first six
columns and none of the last two ("Girado", "Avance %"), and a page skewed by 2° can lose
whole paragraphs. The words it read have boxes; ink outside all of them, in runs the size of
letters and lines of text, is a block it skipped. Such a block is read again on its own as
one uniform block of text (``--psm 6``), and its words join the page's by their positions.
A stamp, a logo or a signature is ink too: its reading is kept only for words Tesseract is
sure of.
"""

from __future__ import annotations

from statistics import median

import cv2
import numpy as np

from extract.geometry import ink_mask

MAX_REGIONS = 4  # blocks read again on a page, the largest first
READ_WELL = 0.85  # mean word confidence of the page's reading from which blocks are re-read
MIN_CONFIDENCE = 60  # a word read again is kept from this confidence (0-100)
_LEAST_LINE_WIDTH = 3.0  # a block of text is at least this many letters' heights wide
_LEAST_INK = 0.02  # share of a block's pixels that are ink (a faint smudge is not text)


def unread_regions(gray: np.ndarray, data: dict[str, list]) -> list[tuple[int, int, int, int]]:
    """Boxes (left, top, right, bottom) of the page's blocks of text-like ink that lie
    outside every word Tesseract read, largest first; none when it read no word (nothing
    tells the size of the letters then)."""
    heights = [h for h, text in zip(data.get("height", []), data.get("text", []), strict=False)
               if (text or "").strip() and h > 0]
    if len(heights) < 5:
        return []
    letter = max(int(median(heights)), 4)
    ink = ink_mask(gray)
    covered = np.zeros_like(ink)
    for i, text in enumerate(data["text"]):
        if (text or "").strip():
            left, top = int(data["left"][i]), int(data["top"][i])
            right, bottom = left + int(data["width"][i]), top + int(data["height"][i])
            cv2.rectangle(covered, (left - letter, top - letter // 2),
                          (right + letter, bottom + letter // 2), 255, -1)
    left_over = cv2.bitwise_and(ink, cv2.bitwise_not(covered))
    left_over = cv2.morphologyEx(left_over, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8))
    # letters into words and lines, lines into blocks
    blocks = cv2.dilate(left_over, cv2.getStructuringElement(
        cv2.MORPH_RECT, (2 * letter, 2 * letter)))
    count, _, stats, _ = cv2.connectedComponentsWithStats(blocks)
    found = []
    for x, y, w, h, _area in stats[1:count]:
        if w < _LEAST_LINE_WIDTH * letter or h < letter or h > 0.8 * gray.shape[0]:
            continue
        if np.count_nonzero(left_over[y:y + h, x:x + w]) < _LEAST_INK * w * h:
            continue
        found.append((int(x), int(y), int(x + w), int(y + h)))
    found.sort(key=lambda box: (box[2] - box[0]) * (box[3] - box[1]), reverse=True)
    return found[:MAX_REGIONS]


def shifted(data: dict[str, list], box: tuple[int, int, int, int], block: int
            ) -> dict[str, list]:
    """A region's words (``data`` read from its crop) placed on the page, as block
    ``block``, those read with less than ``MIN_CONFIDENCE`` left out."""
    keep = [i for i, text in enumerate(data.get("text", []))
            if (text or "").strip() and float(data["conf"][i]) >= MIN_CONFIDENCE]
    out: dict[str, list] = {name: [data[name][i] for i in keep] for name in data}
    out["left"] = [v + box[0] for v in out.get("left", [])]
    out["top"] = [v + box[1] for v in out.get("top", [])]
    out["block_num"] = [block + v for v in out.get("block_num", [])]
    return out
