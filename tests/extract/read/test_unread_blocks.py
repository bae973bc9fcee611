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


def test_a_line_read_again_is_put_back_where_it_stands_on_the_page():
    # Words read again were appended after the signature: a table's header cells, skipped
    # by the page layout, no longer headed their rows, which lost their years.
    from oficio.extract.read.ocr import _REREAD_BLOCKS, _assemble

    again = _REREAD_BLOCKS
    read = [  # (block, paragraph, line, left, top, word)
        (1, 1, 1, 50, 100, "Indicador"),
        (1, 2, 1, 50, 140, "Casos"), (1, 2, 1, 400, 140, "11"), (1, 2, 1, 500, 140, "14"),
        (1, 2, 2, 50, 170, "Charlas"), (1, 2, 2, 400, 170, "26"), (1, 2, 2, 500, 170, "31"),
        (2, 1, 1, 50, 300, "Atentamente,"),
        # level with a line, its label read twice
        (again, 1, 1, 52, 101, "Indicador"), (again, 1, 1, 400, 101, "2021"),
        (again, 1, 1, 500, 101, "2022"),
        (again + 1, 1, 1, 700, 156, "SELLO"),  # a stamp in the margin, between two rows
        (again + 2, 1, 1, 10, 171, "9"),  # a seal's rim, level with a row but in front of it
    ]
    data = {"block_num": [], "par_num": [], "line_num": [], "left": [], "top": [],
            "width": [], "height": [], "text": [], "conf": []}
    for block, par, line, left, top, word in read:
        for name, value in (("block_num", block), ("par_num", par), ("line_num", line),
                            ("left", left), ("top", top), ("width", 10 * len(word)),
                            ("height", 12), ("text", word), ("conf", 90)):
            data[name].append(value)
    lines = [line.split() for line in _assemble(data).text.splitlines() if line.strip()]
    assert lines == [["Indicador", "2021", "2022"], ["Casos", "11", "14"],
                     ["Charlas", "26", "31"], ["SELLO"], ["9"], ["Atentamente,"]]
