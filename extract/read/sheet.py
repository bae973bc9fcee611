"""The sheet of paper in a phone photo: found against the darker table it lies on, and
flattened to an upright rectangle at a size Tesseract reads well.

A photo shows the letter tilted, in perspective (its far edge shorter) and small: a sheet
1,000 pixels wide holds letters 12 pixels high. Deskewing alone cannot straighten lines
whose tilt changes along the page, and Tesseract loses most small digits. The sheet is the
largest bright four-sided region of the photo; its corners give the perspective transform.
A sheet is flattened only when the four sides are sure: a region cut by a shadow, or one
that leaves text outside it, keeps the photo as it is (better a tilted page than half a
page).
"""

from __future__ import annotations

import cv2
import numpy as np

_LOOK_SIDE = 600  # pixels: the sheet is looked for on a copy this long
_LEAST_AREA, _MOST_AREA = 0.15, 0.95  # share of the photo a sheet covers
_LEAST_PIECE = 0.03  # bright pieces smaller than this are not part of the sheet
_LEAST_CONTRAST = 40  # grey levels between the sheet and what it lies on
_TEXT_OUTSIDE = 0.02  # share of the text's strokes allowed outside the sheet
# Grey levels a stroke is darker than its surroundings: ink on paper, even in a shadow,
# not the grain of a wooden table, the squares of a cloth or the fibres of felt.
_INK_CONTRAST = 45
# The sheet is taken this much narrower: a strip of the table left along its edges reads as
# a column of ink, and the page is then taken for a sideways one. Margins are wider.
_MARGIN = 0.005
READ_WIDTH = 1800  # pixels across the flattened sheet: about 210 dpi for A4
_SHARPEN, _SHARPEN_SIGMA = 1.0, 3.0  # unsharp mask of the enlarged sheet


def flatten_sheet(gray: np.ndarray) -> np.ndarray | None:
    """The photographed sheet flattened and enlarged, or None when the image is not a
    photo of one sheet on a darker ground (a scan, a crop, a cluttered or shadowed one)."""
    corners = find_sheet(gray)
    if corners is None:
        return None
    top_left, top_right, bottom_right, bottom_left = corners
    width = max(np.linalg.norm(top_right - top_left), np.linalg.norm(bottom_right - bottom_left))
    height = max(np.linalg.norm(bottom_left - top_left),
                 np.linalg.norm(bottom_right - top_right))
    scale = max(1.0, READ_WIDTH / max(width, 1.0))
    out_w, out_h = int(width * scale), int(height * scale)
    target = np.array([[0, 0], [out_w - 1, 0], [out_w - 1, out_h - 1], [0, out_h - 1]],
                      dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(corners, target)
    flat = cv2.warpPerspective(gray, matrix, (out_w, out_h), flags=cv2.INTER_CUBIC,
                               borderValue=255)
    # A photo enlarged this much is soft: bold letters run together and Tesseract reads
    # them as other letters. An unsharp mask gives the strokes back their edges.
    soft = cv2.GaussianBlur(flat, (0, 0), _SHARPEN_SIGMA)
    return cv2.addWeighted(flat, 1 + _SHARPEN, soft, -_SHARPEN, 0)


def find_sheet(gray: np.ndarray) -> np.ndarray | None:
    """The sheet's corners (top left, top right, bottom right, bottom left) in the image's
    pixels, or None."""
    if gray.ndim != 2 or min(gray.shape) < 100:
        return None
    scale = _LOOK_SIDE / max(gray.shape)
    small = cv2.resize(gray, (max(int(gray.shape[1] * scale), 1),
                              max(int(gray.shape[0] * scale), 1)),
                       interpolation=cv2.INTER_AREA)
    blurred = cv2.GaussianBlur(small, (5, 5), 0)
    _, bright = cv2.threshold(blurred, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    # Closed over the text, so the letters do not hole the sheet.
    bright = cv2.morphologyEx(bright, cv2.MORPH_CLOSE, np.ones((15, 15), np.uint8))
    contours, _ = cv2.findContours(bright, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    pieces = [c for c in contours if cv2.contourArea(c) > _LEAST_PIECE * small.size]
    if not pieces:
        return None
    # A shadow across the sheet splits it in bright pieces: the sheet is their hull.
    hull = cv2.convexHull(np.vstack(pieces))
    quad = cv2.approxPolyDP(hull, 0.02 * cv2.arcLength(hull, True), True)
    if len(quad) != 4 or not _LEAST_AREA < cv2.contourArea(quad) / small.size < _MOST_AREA:
        return None
    inside = np.zeros_like(small)
    cv2.fillConvexPoly(inside, quad, 255)
    if not _stands_out(blurred, inside) or _text_outside(small, inside) > _TEXT_OUTSIDE:
        return None
    return _narrowed(_ordered(quad.reshape(4, 2).astype(np.float32))) / scale


def _stands_out(blurred: np.ndarray, inside: np.ndarray) -> bool:
    ground = blurred[inside == 0]
    return ground.size > 0 and float(np.median(blurred[inside > 0])) - float(
        np.median(ground)) >= _LEAST_CONTRAST


def _text_outside(small: np.ndarray, inside: np.ndarray) -> float:
    """Share of the photo's ink strokes (letters, rules) that lie outside the sheet: a
    region cut by a shadow leaves the shadowed part's text outside."""
    strokes = cv2.adaptiveThreshold(small, 255, cv2.ADAPTIVE_THRESH_MEAN_C,
                                    cv2.THRESH_BINARY_INV, 15, _INK_CONTRAST)
    border = cv2.dilate(cv2.Canny(inside, 50, 150), np.ones((25, 25), np.uint8))
    strokes[border > 0] = 0  # the sheet's own edge is not text
    total = np.count_nonzero(strokes)
    return np.count_nonzero(strokes[inside == 0]) / total if total else 1.0


def _ordered(points: np.ndarray) -> np.ndarray:
    """Corners as top left, top right, bottom right, bottom left (for tilts under 45°)."""
    sums, diffs = points.sum(axis=1), np.diff(points, axis=1).ravel()
    return np.array([points[np.argmin(sums)], points[np.argmin(diffs)],
                     points[np.argmax(sums)], points[np.argmax(diffs)]], dtype=np.float32)


def _narrowed(corners: np.ndarray) -> np.ndarray:
    centre = corners.mean(axis=0)
    return (centre + (corners - centre) * (1 - 2 * _MARGIN)).astype(np.float32)
