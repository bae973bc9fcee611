"""Page geometry before OCR: skew by projection profile, quarter-turn detection, rotation,
the removal of table rules and shading, and the blocks of ink a reading left out."""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median

import cv2
import numpy as np

_SEARCH_WIDTH = 900  # pixels: the skew search runs on a copy about this wide
_COARSE = np.arange(-6.0, 6.01, 0.5)
_FINE_SPAN, _FINE_STEP = 0.5, 0.1


_SHADING_WINDOWS = 90  # across the page: a window wider than a stroke, narrower than a cell


def ink_mask(gray: np.ndarray) -> np.ndarray:
    """Binary ink mask (ink = 255) of a greyscale page by Otsu's threshold."""
    _, mask = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    return mask


def ink_fraction(gray: np.ndarray) -> float:
    """Share of the page's pixels that are dark ink (0 for a blank page)."""
    if gray.size == 0 or int(gray.max()) - int(gray.min()) < 40:
        return 0.0
    small = _shrink(gray, _SEARCH_WIDTH)
    return float(np.count_nonzero(ink_mask(small))) / small.size


@dataclass(frozen=True)
class Layout:
    """What one look at a page's ink tells: how much ink, which way the lines run, the tilt."""

    ink: float
    vertical: bool
    skew: float


def analyse(gray: np.ndarray) -> Layout:
    """Ink share, quarter-turn and tilt of a page from one shrunken copy of it.

    ``skew`` is the tilt of the rows as they lie; for a sideways page (``vertical``) it
    must be found again once the page is turned upright.
    """
    if gray.size == 0 or int(gray.max()) - int(gray.min()) < 40:
        return Layout(0.0, False, 0.0)
    mask = ink_mask(_shrink(gray, _SEARCH_WIDTH))
    ink = float(np.count_nonzero(mask)) / mask.size
    points = _points(mask)
    if points is None:
        return Layout(ink, False, 0.0)
    # Sideways when the columns' profile is much sharper than the rows', each compared at
    # its best tilt (so a tilted upright page is not taken for a sideways one).
    rows = _search(points, _COARSE)[1]
    cols = _search(points[:, ::-1], _COARSE)[1]
    return Layout(ink, cols > 1.5 * rows, round(_search(points)[0], 2))


def find_skew(gray: np.ndarray) -> float:
    """Angle in degrees (counter-clockwise) by which the page's text lines are tilted.

    Rotating the page by the negative of this angle levels the lines. Searches the angle
    that makes the row profile of the ink sharpest: coarse steps, then fine ones.
    """
    points = _ink_points(gray)
    if points is None:
        return 0.0
    return round(_search(points)[0], 2)


def _ink_points(gray: np.ndarray) -> np.ndarray | None:
    """Coordinates (y, x) of up to 40,000 ink pixels of a shrunken copy of the page."""
    return _points(ink_mask(_shrink(gray, _SEARCH_WIDTH)))


def _points(mask: np.ndarray) -> np.ndarray | None:
    ys, xs = np.nonzero(mask)
    if len(ys) < 50:
        return None
    step = max(1, len(ys) // 40_000)
    return np.stack([ys[::step], xs[::step]], axis=1).astype(np.float64)


def _search(points: np.ndarray, coarse: np.ndarray | None = None) -> tuple[float, float]:
    """Best tilt and its sharpness: coarse steps, then (without ``coarse``) fine ones."""
    angle, score = _best_angle(points, _COARSE if coarse is None else coarse)
    if coarse is None:
        fine = np.arange(angle - _FINE_SPAN, angle + _FINE_SPAN + 1e-9, _FINE_STEP)
        angle, score = _best_angle(points, fine)
    return angle, score


def _best_angle(points: np.ndarray, angles: np.ndarray) -> tuple[float, float]:
    """The tilt whose levelled row profile (a histogram of the points' heights) is sharpest."""
    ys, xs = points[:, 0], points[:, 1]
    scores = []
    for angle in angles:
        theta = np.deg2rad(angle)
        # Rows of the page once turned by -angle (image y grows downwards).
        heights = ys * np.cos(theta) + xs * np.sin(theta)
        profile = np.bincount((heights - heights.min()).astype(np.int64))
        scores.append(_profile_sharpness(profile.astype(np.float64)))
    best = int(np.argmax(scores))
    return float(angles[best]), scores[best]


def rotate(gray: np.ndarray, degrees: float) -> np.ndarray:
    """Rotate counter-clockwise by any angle about the centre, filling with white."""
    if abs(degrees) < 1e-6:
        return gray
    height, width = gray.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), degrees, 1.0)
    return cv2.warpAffine(
        gray, matrix, (width, height), flags=cv2.INTER_LINEAR, borderValue=255
    )


def evenly_lit(gray: np.ndarray) -> np.ndarray:
    """The page divided by its own paper: a photo's shadows and uneven light (and a
    scan's grey paper) become white, so that one threshold fits the whole page. The paper
    is the page with its ink closed over, taken on a small copy: letters are thin, light
    changes slowly."""
    height, width = gray.shape
    scale = min(1.0, 800 / max(height, width))
    small = cv2.resize(gray, (max(int(width * scale), 1), max(int(height * scale), 1)),
                       interpolation=cv2.INTER_AREA)
    paper = cv2.medianBlur(cv2.dilate(small, np.ones((7, 7), np.uint8)), 21)
    paper = cv2.resize(paper, (width, height), interpolation=cv2.INTER_LINEAR)
    return cv2.divide(gray, np.maximum(paper, 1), scale=255)


def without_shading(gray: np.ndarray) -> np.ndarray:
    """The page divided by its paper seen up close: a table's grey header band or shaded
    cells become white around their letters. Tesseract thresholds the whole page at once,
    and on a grey band of a low-resolution scan its letters fall below the threshold with
    the band: the header row is lost, and with it the columns' units and nouns. Strokes are
    narrower than the window, so the window's brightest level is the paper under them."""
    window = max(gray.shape[1] // _SHADING_WINDOWS, 9)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (window, window))
    paper = cv2.morphologyEx(gray, cv2.MORPH_CLOSE, kernel)
    return cv2.divide(gray, np.maximum(paper, 1), scale=255)


def without_rules(gray: np.ndarray) -> np.ndarray:
    """The page with its table rules whitened: thin straight runs of ink, across a
    twenty-fifth of the page's width or down a fortieth of its height, with paper along
    them. Tesseract reads a ruled table's cells as blocks of noise when the rules are left
    in, and no stroke of a letter is that long."""
    height, width = gray.shape
    thick = max(min(height, width) // 150, 5)
    mask = ink_mask(gray)
    across = _flanked_by_paper(_thin(mask, (max(width // 25, 20), 1), (1, thick)), mask)
    down = _flanked_by_paper(_thin(mask, (1, max(height // 40, 20)), (thick, 1)).T, mask.T).T
    rules = cv2.bitwise_or(across, np.ascontiguousarray(down))
    if not rules.any():
        return gray
    clean = gray.copy()
    clean[cv2.dilate(rules, np.ones((3, 3), np.uint8)) > 0] = 255
    return clean


def _thin(mask: np.ndarray, along: tuple[int, int], across: tuple[int, int]) -> np.ndarray:
    """The long runs of ``mask`` in one direction, less what is thick across it: a photo's
    shadow is dark, wide and straight, and whitening it would whiten the text in it."""
    runs = cv2.morphologyEx(mask, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, along))
    wide = cv2.morphologyEx(runs, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, across))
    return cv2.subtract(runs, wide)


_FLANK_INK = 0.5  # share of ink along both sides of a run over which it is a line of letters


def _flanked_by_paper(runs: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """The runs along rows (a transposed page's for columns) with paper along a side. On a
    blurred photo the letters of a line of text melt into one another, and a row of pixels
    through the middle of the line is a run of ink as long as a rule; but a rule has paper
    above or below it, and that row has the rest of the letters on both sides."""
    runs, mask = np.ascontiguousarray(runs), np.ascontiguousarray(mask)
    count, labels = cv2.connectedComponents(runs, connectivity=8)
    if count <= 1:
        return runs
    inside = runs > 0
    ink = mask > 0
    sides = []
    for step in (1, -1):
        neighbour = np.roll(inside, step, axis=0)
        edge = inside & ~neighbour
        beyond = np.roll(ink, step, axis=0)
        edge[0 if step == 1 else -1, :] = False
        total = np.bincount(labels[edge], minlength=count)
        inked = np.bincount(labels[edge & beyond], minlength=count)
        sides.append(inked / np.maximum(total, 1))
    letters = (sides[0] >= _FLANK_INK) & (sides[1] >= _FLANK_INK)
    letters[0] = False
    return np.where(letters[labels], 0, runs).astype(runs.dtype)


def quarter_turn(gray: np.ndarray, degrees: int) -> np.ndarray:
    """Rotate counter-clockwise by 0, 90, 180 or 270 degrees without loss."""
    turns = (degrees // 90) % 4
    return np.ascontiguousarray(np.rot90(gray, turns)) if turns else gray


def _profile_sharpness(profile: np.ndarray) -> float:
    return float(np.sum(np.diff(profile) ** 2))


def _shrink(gray: np.ndarray, width: int) -> np.ndarray:
    if gray.shape[1] <= width:
        return gray
    scale = width / gray.shape[1]
    size = (width, max(1, int(gray.shape[0] * scale)))
    return cv2.resize(gray, size, interpolation=cv2.INTER_AREA)


MAX_UNREAD = 4  # blocks of unread ink returned for a page, the largest first
_LEAST_LINE_WIDTH = 3.0  # a block of text is at least this many letters' heights wide
_LEAST_UNREAD_INK = 0.02  # share of a block's pixels that are ink (a smudge is not text)


def unread_regions(gray: np.ndarray, words: list[tuple[int, int, int, int]]
                   ) -> list[tuple[int, int, int, int]]:
    """Boxes (left, top, right, bottom) of the page's blocks of text-like ink outside every
    word box of ``words`` (a reading's), largest first; none with fewer than five words
    (nothing tells the size of the letters then).

    Tesseract's automatic page layout can leave whole blocks unread: on a clean 200 dpi scan
    of a landscape budget annex it read six columns and none of the last two, and a page
    skewed by 2° can lose whole paragraphs. Ink outside every word read, in runs the size of
    letters and lines, is such a block."""
    if len(words) < 5:
        return []
    letter = max(int(median(bottom - top for _, top, _, bottom in words)), 4)
    ink = ink_mask(gray)
    covered = np.zeros_like(ink)
    for left, top, right, bottom in words:
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
        if np.count_nonzero(left_over[y:y + h, x:x + w]) < _LEAST_UNREAD_INK * w * h:
            continue
        found.append((int(x), int(y), int(x + w), int(y + h)))
    found.sort(key=lambda box: (box[2] - box[0]) * (box[3] - box[1]), reverse=True)
    return found[:MAX_UNREAD]
