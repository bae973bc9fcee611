"""Page geometry: the tilt and the quarter turn of real rendered pages."""

from __future__ import annotations

import pytest

from oficio.extract.read import geometry, pdf
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def page():
    path = EXAMPLES / "replies" / "01_mimp_oficio_native.pdf"
    opened = pdf.open_pdf(path)
    try:
        return pdf.render_page(opened, 1, 150, 10**8, path)[0]
    finally:
        opened.document.close()


@pytest.mark.parametrize("tilt", [-4.0, -1.5, 0.0, 2.2, 5.0])
def test_tilt_is_measured(page, tilt):
    layout = geometry.analyse(geometry.rotate(page, tilt))
    assert layout.skew == pytest.approx(tilt, abs=0.3)
    assert not layout.vertical


@pytest.mark.parametrize("turn", [90, 270])
def test_sideways_page_is_seen(page, turn):
    assert geometry.analyse(geometry.quarter_turn(page, turn)).vertical


def test_blank_page_has_no_ink():
    import numpy as np

    layout = geometry.analyse(np.full((1000, 800), 255, dtype=np.uint8))
    assert layout.ink == 0.0 and not layout.vertical


def test_the_letters_of_a_blurred_photo_are_not_taken_for_rules():
    # Out of focus, the letters of a line melt together: a row of pixels through the line
    # is a run of ink as long as a rule, with the rest of the letters above and below it
    # (whitening it cut a third of the text away). A rule has paper along it.
    import cv2
    import numpy as np

    page = np.full((600, 1200), 255, np.uint8)
    for row in range(6):
        cv2.putText(page, "la informacion consolidada que se presenta a continuacion sobre",
                    (40, 60 + 30 * row), cv2.FONT_HERSHEY_SIMPLEX, 0.62, 0, 2, cv2.LINE_AA)
    cv2.line(page, (40, 400), (1150, 400), 0, 2)
    text, rule = slice(0, 300), slice(380, 420)
    for blurred in (cv2.GaussianBlur(page, (0, 0), 1.3), cv2.GaussianBlur(page, (0, 0), 0.8)):
        clean = geometry.without_rules(blurred)
        assert np.count_nonzero(clean[text] < 160) >= 0.97 * np.count_nonzero(
            blurred[text] < 160)
    assert np.count_nonzero(clean[rule] < 160) == 0  # the sharp photo's rule is whitened
