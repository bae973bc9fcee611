"""The sheet of paper in a phone photo: found against the darker table it lies on, and
flattened to an upright rectangle at a size Tesseract reads well.

A photo shows the letter tilted, in perspective (its far edge shorter) and small: a sheet
1,000 pixels wide holds letters 12 pixels high. Deskewing alone cannot straighten lines
whose tilt changes along the page, and Tesseract loses most small digits. The sheet is the
photo's bright region, taken as four sides: the hull of its pieces when that has four, else
the four sides of the largest piece's outline that best cover it (a finger, a pen or the
pile beneath adds sides to the outline); their corners give the perspective transform. A
sheet is flattened only when the four sides are sure: a region cut by a shadow, one that
leaves text outside it or takes in a pale floor is not taken (better a tilted page than
half a page). On a pale ground, where the bright region has no four sides, the sheet is
looked for by its edges (``oficio.extract.read.sheet_edges``); else the photo is read as it is.
"""

from __future__ import annotations

import itertools

import cv2
import numpy as np

from oficio.extract.read.sheet_edges import crossing, edge_quad

_LOOK_SIDE = 600  # pixels: the sheet is looked for on a copy this long
_LEAST_AREA, _MOST_AREA = 0.15, 0.95  # share of the photo a sheet covers
_LEAST_PIECE = 0.03  # bright pieces smaller than this are not part of the sheet
_LEAST_SIDE = 0.04  # share of the outline's length a side of the sheet has at least
_MOST_SIDES = 12  # the outline's long sides tried, four at a time
_LEAST_COVER = 0.9  # share of the bright region and its quadrilateral that both hold
# A corner cut off by the photo's frame lies beyond the outline, by this share of its size
# at most.
_CORNER_OUT = 0.1
_LEAST_FILL = 0.85  # share of the sheet's quadrilateral that is bright
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
    # A shadow across the sheet splits it in bright pieces: the sheet is their hull. When
    # something as bright as paper juts out of the sheet (a hand, a pen, the sheets of a
    # pile), the hull's sides run to its tip: the largest piece's own outline follows the
    # sheet's edges, and the bump adds only short sides to it.
    hull = _outline(cv2.convexHull(np.vstack(pieces)))
    candidates = [hull] if len(hull) == 4 else []
    largest = max(pieces, key=cv2.contourArea)
    region = cv2.drawContours(np.zeros_like(small), [largest], -1, 255, cv2.FILLED)
    candidates.append(_four_sides(_outline(largest), region))
    for quad in candidates:
        if quad is not None and _is_sheet(quad, small, blurred, bright):
            return _narrowed(_ordered(quad.reshape(4, 2).astype(np.float32))) / scale
    # No four sides to the bright region: on a pale ground it runs into the ground. The
    # paper's edges may still show (oficio.extract.read.sheet_edges).
    quad = edge_quad(small)
    if quad is None:
        return None
    return _narrowed(_ordered(quad.reshape(4, 2).astype(np.float32))) / scale


def _is_sheet(quad: np.ndarray, small: np.ndarray, blurred: np.ndarray,
              bright: np.ndarray) -> bool:
    """Whether four sides hold a sheet: of a sheet's size, bright inside (sides that cut
    across a pale floor hold its tiles), standing out from the ground, and no text left
    out."""
    area = cv2.contourArea(quad)
    if not _LEAST_AREA < area / small.size < _MOST_AREA:
        return False
    inside = np.zeros_like(small)
    cv2.fillConvexPoly(inside, quad, 255)
    if np.count_nonzero(bright[inside > 0]) < _LEAST_FILL * np.count_nonzero(inside) or \
            not _stands_out(blurred, inside):
        return False
    return _text_outside(small, inside, bright) <= _TEXT_OUTSIDE


def _outline(contour: np.ndarray) -> np.ndarray:
    return cv2.approxPolyDP(contour, 0.02 * cv2.arcLength(contour, True), True)


def _four_sides(polygon: np.ndarray, region: np.ndarray) -> np.ndarray | None:
    """The sheet's quadrilateral from the outline of its bright region: the four of the
    outline's sides whose lines, met where they cross, best cover the region. A hand, a
    pen, a clip or the sheets of a pile beneath add sides to the outline (a bump, a notch,
    a cut corner); a quadrilateral along a bump's side leaves part of the sheet out, or
    takes in the table."""
    points = polygon.reshape(-1, 2).astype(np.float64)
    if len(points) < 4:
        return None
    sides = [(points[i], points[(i + 1) % len(points)]) for i in range(len(points))]
    perimeter = sum(float(np.linalg.norm(b - a)) for a, b in sides)
    long_sides = [i for i, (a, b) in enumerate(sides)
                  if np.linalg.norm(b - a) >= _LEAST_SIDE * perimeter]
    best, best_cover = None, _LEAST_COVER
    for chosen in itertools.combinations(long_sides[:_MOST_SIDES], 4):
        quad = _quad(sides, chosen, points)
        if quad is None:
            continue
        cover = _cover(quad, region)
        if cover > best_cover:
            best, best_cover = quad, cover
    return best


def _quad(sides: list[tuple[np.ndarray, np.ndarray]], chosen: tuple[int, ...],
          points: np.ndarray) -> np.ndarray | None:
    """Four sides' lines met where they cross, in the outline's order; None when they make
    no sheet (two along the same edge, a corner far beyond the outline)."""
    corners = []
    for first, second in zip(chosen, chosen[1:] + chosen[:1], strict=True):
        corner = crossing(sides[first], sides[second])
        if corner is None:
            return None
        corners.append(corner)
    quad = np.array(corners, dtype=np.float64)
    low, high = points.min(axis=0), points.max(axis=0)
    reach = _CORNER_OUT * (high - low)
    if not cv2.isContourConvex(quad.astype(np.float32).reshape(4, 1, 2)) or np.any(
            (quad < low - reach) | (quad > high + reach)):
        return None
    return np.round(quad).astype(np.int32).reshape(4, 1, 2)


def _cover(quad: np.ndarray, region: np.ndarray) -> float:
    """How well a quadrilateral covers a region: the share both hold of what either holds."""
    inside = cv2.fillConvexPoly(np.zeros_like(region), quad, 255) > 0
    held = region > 0
    union = np.count_nonzero(inside | held)
    return np.count_nonzero(inside & held) / union if union else 0.0


def _stands_out(blurred: np.ndarray, inside: np.ndarray) -> bool:
    ground = blurred[inside == 0]
    return ground.size > 0 and float(np.median(blurred[inside > 0])) - float(
        np.median(ground)) >= _LEAST_CONTRAST


def _text_outside(small: np.ndarray, inside: np.ndarray, bright: np.ndarray) -> float:
    """Share of the photo's ink strokes (letters, rules) that lie outside the sheet: a
    region cut by a shadow leaves the shadowed part's text outside. The edges of the sheet
    and of anything bright on the table (a pen, a finger) are outlines, not text."""
    strokes = cv2.adaptiveThreshold(small, 255, cv2.ADAPTIVE_THRESH_MEAN_C,
                                    cv2.THRESH_BINARY_INV, 15, _INK_CONTRAST)
    edges = cv2.bitwise_or(cv2.Canny(inside, 50, 150), cv2.Canny(bright, 50, 150))
    strokes[cv2.dilate(edges, np.ones((25, 25), np.uint8)) > 0] = 0
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
