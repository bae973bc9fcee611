"""Phone photos: pages OCR'd through uneven light and shadows."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from oficio.extract.facts import extract_facts
from oficio.extract.read.loader import load
from tests.conftest import ROOT


def _shadowed_photo(path: Path) -> Path:
    """A phone photo of a letter: light falling from one side and a hand's shadow."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image

    pdf_path = path.with_suffix(".pdf")
    pdf = canvas.Canvas(str(pdf_path), pagesize=A4)
    width, height = A4
    pdf.setFont("Helvetica", 11)
    lines = ["Informe de actividades contra la trata de personas, año 2019",
             "Se realizaron 14 talleres de prevención con 620 estudiantes.",
             "El presupuesto asignado fue de S/ 185,400.00 y se ejecutó S/ 176,920.50.",
             "Se atendió a 23 víctimas en el hogar de refugio temporal.",
             "La campaña en terminales terrestres costó S/ 42,310.00."]
    for i, line in enumerate(lines):
        pdf.drawString(60, height - 120 - 22 * i, line)
    pdf.save()
    doc = pdfium.PdfDocument(str(pdf_path))
    image = doc[0].render(scale=150 / 72, grayscale=True).to_pil().convert("L")
    doc.close()
    pixels = np.asarray(image, dtype=np.float32)
    h, w = pixels.shape
    light = np.linspace(1.0, 0.45, w)[None, :] * np.ones((h, 1))
    light[:, int(0.55 * w):int(0.75 * w)] *= 0.55  # a hand's shadow across the lines
    pixels = pixels * light + np.random.default_rng(3).normal(0, 6, pixels.shape)
    Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).save(path, quality=70)
    return path


def test_a_photo_in_uneven_light_with_a_shadow_is_read(tmp_path):
    # Without evening the light, the shadow's band looked like a sideways page of ink.
    figures = extract_facts(load(_shadowed_photo(tmp_path / "foto.jpg"))).figures
    assert {f.value for f in figures if f.kind == "money"} == {185400.0, 176920.5, 42310.0}


def _letter_pdf(path: Path, lines: list[str], size: float = 9) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    _, height = A4
    pdf.setFont("Helvetica", size)
    for i, line in enumerate(lines):
        pdf.drawString(60, height - 90 - (size + 6) * i, line)
    pdf.save()
    return path


def _photo_on_table(pdf_path: Path, path: Path, corners: list[tuple[float, float]],
                    table: int = 95, grain: float = 0.0, newsprint: bool = False) -> Path:
    """The PDF's page photographed lying on a brown table: seen in perspective (``corners``
    are where the sheet's corners fall, as shares of a 1200 x 1600 photo), small, soft and
    saved as JPEG."""
    import cv2
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image

    doc = pdfium.PdfDocument(str(pdf_path))
    page = np.asarray(doc[0].render(scale=150 / 72, grayscale=True).to_pil().convert("L"))
    doc.close()
    h, w = page.shape
    size = (1200, 1600)
    target = np.float32([(x * size[0], y * size[1]) for x, y in corners])
    matrix = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), target)
    photo = cv2.warpPerspective(page, matrix, size, flags=cv2.INTER_AREA, borderValue=0)
    inside = cv2.warpPerspective(np.full_like(page, 255), matrix, size, borderValue=0)
    rows, cols = np.mgrid[0 : size[1], 0 : size[0]]
    # the table, in grey (brown by default), with the grain of wood when asked
    ground = table + grain * np.sin(cols / 9.0 + 3 * np.sin(rows / 60.0))
    if newsprint:  # a newspaper under the sheet: lines of dark print, dashes of words
        words = np.random.default_rng(7).integers(0, 2, (size[1] // 14 + 1, size[0] // 24 + 1))
        ground = np.where((rows % 14 < 5) & (words[rows // 14, cols // 24] == 1)
                          & (cols % 24 < 19), 70, ground)
    photo = np.where(inside > 128, photo, ground).astype(np.float32)
    photo = cv2.GaussianBlur(photo, (0, 0), 0.8) + np.random.default_rng(5).normal(0, 4,
                                                                                   photo.shape)
    Image.fromarray(np.clip(photo, 0, 255).astype(np.uint8)).save(path, quality=80)
    return path


BUDGET_LINES = [
    "GOBIERNO REGIONAL DE PRUEBA - Gerencia Regional de Desarrollo Social",
    "OFICIO N° 118-2019-GR/GRDS",
    "Asunto: acciones contra la trata de personas, año 2018",
    "Ejecución del presupuesto de la actividad de prevención, año 2018 (en soles)",
    "Actividad                              PIM                Devengado",
    "Talleres en colegios              214,500.00          198,760.40",
    "Campaña en terminales             87,300.00            85,115.25",
    "Capacitación a serenos            46,900.00            41,208.90",
    "Se capacitó a 312 serenos y se realizaron 27 talleres en colegios.",
]


def test_a_photo_in_perspective_is_flattened_before_it_is_read(tmp_path):
    # The sheet tilted 9° and seen from below: its far edge shorter and its lines bent,
    # in letters 10 pixels high. Deskewing cannot straighten such lines; the sheet is cut
    # from the table, flattened and enlarged before OCR.
    pdf = _letter_pdf(tmp_path / "carta.pdf", BUDGET_LINES)
    photo = _photo_on_table(pdf, tmp_path / "foto.jpg",
                            [(0.16, 0.14), (0.84, 0.07), (0.90, 0.92), (0.10, 0.88)])
    figures = extract_facts(load(photo)).figures
    money = {f.value for f in figures if f.kind == "money"}
    assert money == {214500.0, 198760.4, 87300.0, 85115.25, 46900.0, 41208.9}
    assert {f.value for f in figures if f.kind == "count"} >= {312.0, 27.0}



def test_a_photo_whose_sheet_cannot_be_cut_out_is_still_enlarged(tmp_path):
    # On a pale table the sheet does not stand out enough to be cut out; the photo is then
    # read whole, enlarged so that its letters are not too small for Tesseract.
    from oficio.extract.read.image import image_pages
    from oficio.extract.read.sheet import find_sheet

    pdf = _letter_pdf(tmp_path / "carta.pdf", BUDGET_LINES)
    photo = _photo_on_table(pdf, tmp_path / "foto.jpg",
                            [(0.2, 0.14), (0.8, 0.14), (0.8, 0.86), (0.2, 0.86)], table=215)
    assert find_sheet(next(image_pages(photo, 10**9))) is None
    money = {f.value for f in extract_facts(load(photo)).figures if f.kind == "money"}
    assert money == {214500.0, 198760.4, 87300.0, 85115.25, 46900.0, 41208.9}


def test_a_photo_on_a_wooden_table_is_flattened_too(tmp_path):
    # The grain of the wood is dark strokes outside the sheet, as the text of a sheet cut
    # short by a shadow would be; only strokes as dark against their surroundings as ink
    # count as text left outside.
    from oficio.extract.read.image import image_pages
    from oficio.extract.read.sheet import find_sheet

    pdf = _letter_pdf(tmp_path / "carta.pdf", BUDGET_LINES)
    photo = _photo_on_table(pdf, tmp_path / "foto.jpg",
                            [(0.16, 0.14), (0.84, 0.07), (0.90, 0.92), (0.10, 0.88)],
                            table=110, grain=25)
    assert find_sheet(next(image_pages(photo, 10**9))) is not None
    money = {f.value for f in extract_facts(load(photo)).figures if f.kind == "money"}
    assert money == {214500.0, 198760.4, 87300.0, 85115.25, 46900.0, 41208.9}


def _with_pen(path: Path) -> Path:
    """A pale pen lying across the sheet's left edge, from the table into the margin."""
    import cv2
    import numpy as np

    photo = cv2.imread(str(path), cv2.IMREAD_GRAYSCALE)
    pen = np.array([(40, 700), (330, 760), (322, 800), (32, 740)], np.int32)
    cv2.fillConvexPoly(photo, pen, 235)
    cv2.imwrite(str(path), photo, [cv2.IMWRITE_JPEG_QUALITY, 80])
    return path


def test_a_photo_with_a_pen_across_the_sheets_edge_is_flattened(tmp_path):
    # The pen is as bright as paper: the bright region's outline gains a bump and has more
    # than four sides. The sheet is its four longest sides, met where they cross.
    pdf = _letter_pdf(tmp_path / "carta.pdf", BUDGET_LINES)
    corners = [(0.16, 0.14), (0.84, 0.07), (0.90, 0.92), (0.10, 0.88)]
    photo = _with_pen(_photo_on_table(pdf, tmp_path / "foto.jpg", corners))
    _assert_flattened(photo, corners)


def test_a_photo_on_a_newspaper_is_flattened_by_the_sheets_edges(tmp_path):
    # Under the sheet, a newspaper: as pale as the paper between its lines, so the bright
    # region runs into it and has no four sides, and its print is text outside the sheet.
    # The paper's edges still show once the print is closed over.
    pdf = _letter_pdf(tmp_path / "carta.pdf", BUDGET_LINES)
    corners = [(0.18, 0.12), (0.83, 0.08), (0.88, 0.91), (0.12, 0.88)]
    photo = _photo_on_table(pdf, tmp_path / "foto.jpg", corners, table=215, newsprint=True)
    _assert_flattened(photo, corners)


@pytest.mark.parametrize(("reply", "ground"), [("blind-v22/photo/z026.jpg", "newsprint"),
                                               ("blind-v21/photo/y034.jpg", "floor tiles")])
def test_a_sheet_on_a_pale_ground_is_found_in_a_real_photo(reply, ground):
    # Development sets' photos (their errors were read): the sheet on a newspaper and on
    # pale floor tiles, left unflattened until its edges were looked for.
    import cv2

    from oficio.extract.read.sheet import find_sheet

    gray = cv2.imread(str(ROOT / "eval" / reply), cv2.IMREAD_GRAYSCALE)
    found = find_sheet(gray)
    assert found is not None, ground
    area = cv2.contourArea(found.astype("float32")) / gray.size
    assert 0.4 < area < 0.8


def _assert_flattened(photo: Path, corners: list[tuple[float, float]]) -> None:
    """The sheet is found where it lies (within 2% of the photo's size) and its amounts read."""
    from oficio.extract.read.image import image_pages
    from oficio.extract.read.sheet import find_sheet

    gray = next(image_pages(photo, 10**9))
    found = find_sheet(gray)
    assert found is not None
    height, width = gray.shape
    assert all(abs(fx / width - x) < 0.02 and abs(fy / height - y) < 0.02
               for (fx, fy), (x, y) in zip(found.tolist(), corners, strict=True))
    money = {f.value for f in extract_facts(load(photo)).figures if f.kind == "money"}
    assert money == {214500.0, 198760.4, 87300.0, 85115.25, 46900.0, 41208.9}
