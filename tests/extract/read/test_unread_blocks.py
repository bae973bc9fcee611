"""Blocks of a scanned page that Tesseract's page layout left unread are read again."""

from __future__ import annotations

import numpy as np

from oficio.extract.facts import extract_facts
from oficio.extract.read.geometry import unread_regions
from oficio.extract.read.loader import load
from tests.conftest import ROOT

SETS = ROOT / "eval"


def test_a_block_the_page_layout_left_unread_is_read_again():
    # A clean 200 dpi scan of a landscape SIAF annex (blind-v9's h926, a development set):
    # Tesseract's automatic page layout read six columns and left out "Girado" and
    # "Avance %" entirely; read again on their own, they join the table's rows.
    figures = [f for f in extract_facts(load(SETS / "blind-v9" / "scanned" / "h926.pdf")).figures
               if f.page == 2]
    assert {95.5, 95.1, 95.4} <= {f.value for f in figures if f.kind == "percent"}
    assert (153063.0, "executed") in {(f.value, f.role) for f in figures if f.kind == "money"}


def test_a_page_whose_ink_was_all_read_has_nothing_to_read_again():
    page = np.full((400, 600), 255, np.uint8)
    page[100:112, 50:300] = 0  # one line of "text", read as three words
    words = [(50, 100, 105, 112), (110, 100, 165, 112), (170, 100, 225, 112),
             (230, 100, 275, 112), (280, 100, 300, 112)]
    assert unread_regions(page, words) == []
    page[200:212, 50:300] = 0  # a second line no word covers
    assert len(unread_regions(page, words)) == 1
