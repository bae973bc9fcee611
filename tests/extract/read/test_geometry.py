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
