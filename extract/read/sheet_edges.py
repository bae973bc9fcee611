"""The sheet of a phone photo found by its edges, where its brightness does not set it apart.

``oficio.extract.read.sheet`` finds the sheet as the photo's bright region. On a pale ground
(floor tiles, a light desk, beige cloth, a newspaper) the region runs into the ground and
has no four sides. The paper's edges are still there: straight steps from the paper to a
ground a little darker. The page is first closed over its dark strokes (the letters, the
newspaper's print, the tiles' joints), so that only such steps are left as edges; their
long straight runs are paired into top and bottom, left and right, and the largest
quadrilateral they make is the sheet when every side of it has the paper inside and a
darker ground outside, it has a page's proportions, and no side runs on past a corner (a
shadow or a table's rule across the sheet makes a corner where the sheet's own edge goes on).
"""

from __future__ import annotations

import itertools

import cv2
import numpy as np

_CLOSE = 9  # pixels (on the 600-pixel copy): wider than a letter's stroke or a tile's joint
_LEAST_LINE = 0.2  # of the copy's shorter side: a straight run at least this long
_MOST_LINES = 10  # the longest runs of each direction kept
_LEAST_APART = 0.3  # of the copy's side: top and bottom (left and right) at least this apart
_LEAST_AREA, _MOST_AREA = 0.15, 0.97  # share of the photo the sheet covers
# Grey levels the paper just inside a side is brighter than the ground just outside it.
_LEAST_STEP = 12
_STEP_OFFSET = 5  # pixels either side of a side where paper and ground are looked at
# Height over width of a page seen in perspective: a portrait A4 or letter page (1.41,
# 1.29), or a landscape one, which fills more of the photo when it is one.
_PORTRAIT = (1.1, 1.9)
_LANDSCAPE = (0.52, 0.9)
_LEAST_LANDSCAPE_AREA = 0.35
_RUN_ON = (0.04, 0.12)  # of a side's length past its corner where its edge must stop
_RUN_ON_SHARE = 0.7  # of the points there on an edge: the side goes on


def edge_quad(small: np.ndarray) -> np.ndarray | None:
    """The sheet's quadrilateral (4 × 1 × 2 integer corners on ``small``, in the order of
    its sides) found from its edges, or None."""
    paper = cv2.medianBlur(cv2.morphologyEx(small, cv2.MORPH_CLOSE,
                                            np.ones((_CLOSE, _CLOSE), np.uint8)), 5)
    edges = cv2.Canny(paper, 20, 60)
    across, down = _straight_runs(edges)
    height, width = small.shape
    best, best_area = None, 0.0
    for top, bottom in itertools.combinations(across, 2):
        if abs(_middle(top)[1] - _middle(bottom)[1]) < _LEAST_APART * height:
            continue
        for left, right in itertools.combinations(down, 2):
            if abs(_middle(left)[0] - _middle(right)[0]) < _LEAST_APART * width:
                continue
            quad = _corners(top, bottom, left, right, small.shape)
            if quad is None:
                continue
            area = cv2.contourArea(quad.astype(np.float32)) / small.size
            if area > best_area and _is_page(quad, area, paper, edges):
                best, best_area = quad, area
    return None if best is None else np.round(best).astype(np.int32).reshape(4, 1, 2)


def crossing(one: tuple[np.ndarray, np.ndarray], other: tuple[np.ndarray, np.ndarray]
             ) -> np.ndarray | None:
    """Where the lines through two sides cross; None for sides nearly parallel."""
    (a, b), (c, d) = one, other
    r, s = b - a, d - c
    across = r[0] * s[1] - r[1] * s[0]
    if abs(across) < 0.5 * np.linalg.norm(r) * np.linalg.norm(s):  # under 30 degrees apart
        return None
    t = ((c - a)[0] * s[1] - (c - a)[1] * s[0]) / across
    return a + t * r


Run = tuple[np.ndarray, np.ndarray]


def _straight_runs(edges: np.ndarray) -> tuple[list[Run], list[Run]]:
    """The longest straight runs of edge, lying (within 35°) across and down the photo."""
    found = cv2.HoughLinesP(edges, 1, np.pi / 360, threshold=50,
                            minLineLength=int(_LEAST_LINE * min(edges.shape)), maxLineGap=8)
    across: list[tuple[float, Run]] = []
    down: list[tuple[float, Run]] = []
    for x1, y1, x2, y2 in ([] if found is None else found.reshape(-1, 4).astype(np.float64)):
        run = (np.array([x1, y1]), np.array([x2, y2]))
        angle = np.degrees(np.arctan2(y2 - y1, x2 - x1)) % 180
        length = float(np.hypot(x2 - x1, y2 - y1))
        if angle < 35 or angle > 145:
            across.append((length, run))
        elif 55 < angle < 125:
            down.append((length, run))
    return ([run for _, run in sorted(across, key=lambda item: -item[0])[:_MOST_LINES]],
            [run for _, run in sorted(down, key=lambda item: -item[0])[:_MOST_LINES]])


def _middle(run: Run) -> np.ndarray:
    return (run[0] + run[1]) / 2


def _corners(top: Run, bottom: Run, left: Run, right: Run,
             shape: tuple[int, ...]) -> np.ndarray | None:
    """Top left, top right, bottom right, bottom left where the four runs' lines cross;
    None when they make no convex quadrilateral within the photo."""
    if _middle(top)[1] > _middle(bottom)[1]:
        top, bottom = bottom, top
    if _middle(left)[0] > _middle(right)[0]:
        left, right = right, left
    corners = [crossing(top, left), crossing(top, right), crossing(bottom, right),
               crossing(bottom, left)]
    if any(corner is None for corner in corners):
        return None
    quad = np.array(corners, dtype=np.float64)
    height, width = shape
    reach = 0.05 * np.array([width, height])
    if np.any(quad < -reach) or np.any(quad > np.array([width, height]) + reach):
        return None
    return quad if cv2.isContourConvex(quad.astype(np.float32).reshape(4, 1, 2)) else None


def _is_page(quad: np.ndarray, area: float, paper: np.ndarray, edges: np.ndarray) -> bool:
    """Whether a quadrilateral is the sheet: of a sheet's size and proportions, paper inside
    each side and a darker ground outside it, and no side running on past a corner."""
    if not _LEAST_AREA < area < _MOST_AREA:
        return False
    wide = (np.linalg.norm(quad[1] - quad[0]) + np.linalg.norm(quad[2] - quad[3])) / 2
    tall = (np.linalg.norm(quad[3] - quad[0]) + np.linalg.norm(quad[2] - quad[1])) / 2
    ratio = tall / max(wide, 1.0)
    if not (_PORTRAIT[0] <= ratio <= _PORTRAIT[1] or (
            _LANDSCAPE[0] <= ratio <= _LANDSCAPE[1] and area >= _LEAST_LANDSCAPE_AREA)):
        return False
    centre = quad.mean(axis=0)
    for start, end in zip(quad, np.roll(quad, -1, axis=0), strict=True):
        middle = (start + end) / 2
        inward = (centre - middle) / max(float(np.linalg.norm(centre - middle)), 1.0)
        if _step(paper, start, end, inward) < _LEAST_STEP:
            return False
    return not _runs_on(quad, edges)


def _step(paper: np.ndarray, start: np.ndarray, end: np.ndarray, inward: np.ndarray) -> float:
    """How much brighter the paper is just inside a side than the ground just outside it
    (the median along the side); a side outside the photo has no ground and fails."""
    height, width = paper.shape
    steps = []
    for t in np.linspace(0.1, 0.9, 15):
        point = start + t * (end - start)
        inner, outer = point + inward * _STEP_OFFSET, point - inward * _STEP_OFFSET
        if not (0 <= outer[0] < width and 0 <= outer[1] < height):
            return -1.0
        if 0 <= inner[0] < width and 0 <= inner[1] < height:
            steps.append(float(paper[int(inner[1]), int(inner[0])])
                         - float(paper[int(outer[1]), int(outer[0])]))
    return float(np.median(steps)) if steps else -1.0


def _runs_on(quad: np.ndarray, edges: np.ndarray) -> bool:
    """Whether a side's edge goes on past one of its corners: that corner is where a shadow
    or a rule crosses the sheet, not the sheet's own."""
    height, width = edges.shape
    wide = cv2.dilate(edges, np.ones((5, 5), np.uint8))
    for k, corner in enumerate(quad):
        for other in (quad[(k + 1) % 4], quad[(k - 1) % 4]):
            points = [corner + (corner - other) * t for t in np.linspace(*_RUN_ON, 9)]
            inside = [p for p in points if 0 <= p[0] < width and 0 <= p[1] < height]
            hits = sum(wide[int(p[1]), int(p[0])] > 0 for p in inside)
            if len(inside) >= 5 and hits > _RUN_ON_SHARE * len(inside):
                return True
    return False
