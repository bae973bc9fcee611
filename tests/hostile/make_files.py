"""Hostile reply files, each made by a small function (nothing is downloaded).

``make_all(folder)`` writes every file and returns {name: path}. Names are relative to
the folder; a few are deliberately awkward (``..`` and backslashes, a newline, decomposed
accents, 300 characters in a nested folder). Run as a script to write them to a folder.
"""

from __future__ import annotations

import io
import random
import sys
import unicodedata
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pikepdf
from PIL import Image
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from scripts import render  # noqa: E402
from tests.hostile.office_files import MAKERS as OFFICE_MAKERS  # noqa: E402

LETTER = (
    "OFICIO N° 123-2018-MIMP/DGCVG\n"
    "Lima, 12 de marzo de 2018\n"
    "Señor Director: en atención a su solicitud de acceso a la información pública sobre "
    "trata de personas, remitimos el informe con las acciones de prevención realizadas "
    "durante el año 2017, que comprenden 45 talleres y una inversión de S/ 120 000.\n"
    "Atentamente,\nDirección General contra la Violencia de Género"
)
GARBAGE = "~#¤ lrn0 ,,ii ;;; qqq ¦¦ 0o0o ]]]] wvw ~~ ¨¨ ^^ ¬ ll1l ,.,. ¤¤"
Maker = Callable[[Path], None]


# ---------------------------------------------------------------- helpers

def _native(path: Path, text: str = LETTER) -> None:
    render.native_pdf([text], path)


def _native_bytes(text: str = LETTER) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    obj = pdf.beginText(60, 780)
    obj.setFont("Helvetica", 10.5)
    for line in text.split("\n"):
        obj.textLine(line[:90])
    pdf.drawText(obj)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def raw_pdf(objects: list[bytes], root: int = 1, xref: bool = True) -> bytes:
    """A PDF from object bodies numbered 1..n, with a correct xref table unless told."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    start = len(out)
    if xref:
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\n" % (len(objects) + 1, root)
    out += b"startxref\n%d\n%%%%EOF\n" % start
    return bytes(out)


def _stream(content: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(content), extra) + content + b"\nendstream"


CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _one_page(content: bytes, page_extra: bytes = b"", more: list[bytes] | None = None,
              box: bytes = b"[0 0 595 842]") -> bytes:
    """Catalog 1, Pages 2, Page 3, content 4, font 5, then ``more`` from 6 on."""
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox " + box +
            b" /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R " + page_extra + b">>")
    return raw_pdf([CATALOG, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page,
                    _stream(content), FONT] + (more or []))


TEXT = b"BT /F1 12 Tf 72 720 Td (Oficio sobre trata de personas) Tj ET"


# ---------------------------------------------------------------- not PDFs

def empty(path: Path) -> None:
    path.write_bytes(b"")


def png_named_pdf(path: Path) -> None:
    render.photo(LETTER, path.with_suffix(".tmp.png"), seed=3)
    path.with_suffix(".tmp.png").rename(path)


def html_named_pdf(path: Path) -> None:
    path.write_text("<!DOCTYPE html>\n<html><body><h1>404 Not Found</h1></body></html>\n")


def zip_named_pdf(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("oficio.pdf", _native_bytes())


# ---------------------------------------------------------------- damaged PDFs

def header_then_eof(path: Path) -> None:
    path.write_bytes(b"%PDF-1.7\n%%EOF\n")


def truncated_pdf(path: Path) -> None:
    data = _native_bytes()
    path.write_bytes(data[: len(data) // 2])


def broken_startxref(path: Path) -> None:
    data = _native_bytes()
    head, _, _ = data.rpartition(b"startxref")
    path.write_bytes(head + b"startxref\n999999\n%%EOF\n")


def missing_xref(path: Path) -> None:
    data = _native_bytes("Oficio sin tabla xref\n" + LETTER)
    start, end = data.rindex(b"\nxref"), data.rindex(b"trailer")
    path.write_bytes(data[:start + 1] + data[end:])


def _encrypt(path: Path, user: str, extract: bool) -> None:
    with pikepdf.open(io.BytesIO(_native_bytes())) as pdf:
        permissions = pikepdf.Permissions(extract=extract, print_lowres=False,
                                          print_highres=False, modify_other=False)
        pdf.save(path, encryption=pikepdf.Encryption(user=user, owner="dueño-secreto",
                                                     allow=permissions))


def user_password(path: Path) -> None:
    _encrypt(path, user="clave", extract=True)


def owner_password_no_extract(path: Path) -> None:
    _encrypt(path, user="", extract=False)


# ---------------------------------------------------------------- structural traps

def self_form_xobject(path: Path) -> None:
    form = _stream(b"q /X1 Do Q " + TEXT,
                   b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] "
                   b"/Resources << /XObject << /X1 6 0 R >> /Font << /F1 5 0 R >> >> ")
    path.write_bytes(_one_page(b"/X1 Do", more=[form]).replace(
        b"/Font << /F1 5 0 R >> >> /Contents",
        b"/Font << /F1 5 0 R >> /XObject << /X1 6 0 R >> >> /Contents"))


def page_tree_loop(path: Path) -> None:
    pages = b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>"
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"
    path.write_bytes(raw_pdf([CATALOG, pages, page, _stream(TEXT)]))


def page_tree_only_itself(path: Path) -> None:
    pages = b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"
    path.write_bytes(raw_pdf([CATALOG, pages]))


def nested_arrays(path: Path) -> None:
    depth = 50_000
    deep = b"[" * depth + b"]" * depth
    path.write_bytes(_one_page(TEXT, page_extra=b"/Deep 6 0 R ", more=[deep]))


def length_loop(path: Path) -> None:
    loop = b"<< /Length 4 0 R >>\nstream\n" + TEXT + b"\nendstream"
    data = _one_page(TEXT)
    path.write_bytes(data.replace(_stream(TEXT), loop))


def inflate_bomb(path: Path) -> None:
    """A content stream of about 1 MB that inflates to 1 GiB of spaces."""
    packer = zlib.compressobj(9)
    block = b" " * (1 << 24)
    parts = [packer.compress(block) for _ in range(64)]
    packed = b"".join(parts) + packer.flush()
    page = _one_page(TEXT).replace(_stream(TEXT), _stream(packed, b"/Filter /FlateDecode "))
    path.write_bytes(page)


def image_claims_60000_square(path: Path) -> None:
    image = _stream(b"\xff" * 100, b"/Type /XObject /Subtype /Image /Width 60000 /Height 60000 "
                                   b"/ColorSpace /DeviceGray /BitsPerComponent 8 ")
    content = b"q 595 0 0 842 0 0 cm /Im1 Do Q"
    path.write_bytes(_one_page(content, more=[image]).replace(
        b"/Font << /F1 5 0 R >> >> /Contents",
        b"/Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> /Contents"))


def page_14400_square(path: Path) -> None:
    content = b"BT /F1 200 Tf 720 13000 Td (Oficio sobre trata de personas) Tj ET"
    path.write_bytes(_one_page(content, box=b"[0 0 14400 14400]"))


def many_text_operations(path: Path) -> None:
    ops = b"".join(b"(x) Tj " for _ in range(60_000))
    path.write_bytes(_one_page(b"BT /F1 1 Tf 72 720 Td " + ops + b"ET"))


def blank_pages_3000(path: Path) -> None:
    pdf = pikepdf.new()
    for _ in range(3000):
        pdf.add_blank_page(page_size=(595, 842))
    pdf.save(path)


def inline_image_without_end(path: Path) -> None:
    content = b"q 100 0 0 100 72 600 cm BI /W 10 /H 10 /BPC 8 /CS /G ID " + bytes(range(100))
    path.write_bytes(_one_page(content + b" Q " + TEXT))


def bad_ocr_layer(path: Path) -> None:
    render.scanned_pdf([LETTER], path, dpi=200, seed=10, angle=0.4, hidden_text=[GARBAGE])


def active_content(path: Path) -> None:
    """JavaScript on open, a launch action and an embedded file: none may run or be read."""
    marker = path.parent / "LAUNCHED"
    with pikepdf.open(io.BytesIO(_native_bytes())) as pdf:
        js = pikepdf.Dictionary(S=pikepdf.Name.JavaScript,
                                JS=pikepdf.String(f"app.launchURL('file://{marker}');"))
        pdf.Root.OpenAction = pdf.make_indirect(js)
        launch = pikepdf.Dictionary(S=pikepdf.Name.Launch,
                                    F=pikepdf.String(f"/bin/touch {marker}"))
        annot = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link,
                                   Rect=[0, 0, 595, 842], A=launch)
        pdf.pages[0].Annots = pdf.make_indirect(pikepdf.Array([annot]))
        pdf.attachments["run_me.sh"] = pikepdf.AttachedFileSpec(
            pdf, f"#!/bin/sh\ntouch {marker}\n".encode())
        pdf.save(path)


# ---------------------------------------------------------------- images

def _blank_png(path: Path, side: int) -> None:
    Image.new("1", (side, side), 1).save(path, "PNG", optimize=False)


def png_bomb_10000(path: Path) -> None:
    _blank_png(path, 10_000)


def png_bomb_20000(path: Path) -> None:
    _blank_png(path, 20_000)


def truncated_jpeg(path: Path) -> None:
    whole = path.with_suffix(".whole.jpg")
    render.photo(LETTER, whole, seed=5)
    data = whole.read_bytes()
    whole.unlink()
    path.write_bytes(data[: len(data) // 2])


def random_bytes_jpg(path: Path) -> None:
    rng = random.Random(27806)
    path.write_bytes(bytes(rng.randrange(256) for _ in range(50_000)))


def wider_than_32767(path: Path) -> None:
    Image.new("L", (33_000, 40), 255).save(path, "PNG")


def tiff_500_frames(path: Path) -> None:
    frames = [Image.new("1", (200, 100), 1) for _ in range(500)]
    frames[0].save(path, save_all=True, append_images=frames[1:], compression="group4")


def exif_rotated_photo(path: Path) -> None:
    render.photo(LETTER, path, seed=6, exif_rotated=True)


def dpi_30(path: Path) -> None:
    source = path.with_name(".dpi30_source.pdf")
    _native(source)
    image = render.page_images(source, 30)[0]
    source.unlink()
    image.save(path, "PNG", dpi=(30, 30))


# ---------------------------------------------------------------- names

def _named(text: str) -> Maker:
    return lambda path: _native(path, f"{text}\n{LETTER}")


LONG_DIR = "carpeta_" + "x" * 142
LONG_NAME = "oficio_" + "y" * 138 + ".pdf"  # with the folder and "/": 300 characters
SLASHES = "x..\\..\\windows\\system32\\..oficio.pdf"  # "../" cannot be in a name
DECOMPOSED = unicodedata.normalize("NFD", "informe_año_Perú_Dirección.pdf")

MAKERS: dict[str, Maker] = {
    "empty.pdf": empty,
    "png_named.pdf": png_named_pdf,
    "html_named.pdf": html_named_pdf,
    "zip_named.pdf": zip_named_pdf,
    "header_then_eof.pdf": header_then_eof,
    "truncated.pdf": truncated_pdf,
    "broken_startxref.pdf": broken_startxref,
    "missing_xref.pdf": missing_xref,
    "user_password.pdf": user_password,
    "owner_password_no_extract.pdf": owner_password_no_extract,
    "self_form_xobject.pdf": self_form_xobject,
    "page_tree_loop.pdf": page_tree_loop,
    "page_tree_only_itself.pdf": page_tree_only_itself,
    "nested_arrays_50000.pdf": nested_arrays,
    "length_loop.pdf": length_loop,
    "inflate_bomb_1gib.pdf": inflate_bomb,
    "image_60000_square.pdf": image_claims_60000_square,
    "page_14400_points.pdf": page_14400_square,
    "text_ops_60000.pdf": many_text_operations,
    "blank_pages_3000.pdf": blank_pages_3000,
    "inline_image_no_end.pdf": inline_image_without_end,
    "bad_ocr_layer.pdf": bad_ocr_layer,
    "javascript_launch_attachment.pdf": active_content,
    "png_bomb_10000.png": png_bomb_10000,
    "png_bomb_20000.png": png_bomb_20000,
    "truncated.jpg": truncated_jpeg,
    "random_bytes.jpg": random_bytes_jpg,
    "wide_33000.png": wider_than_32767,
    "frames_500.tif": tiff_500_frames,
    "exif_rotated.jpg": exif_rotated_photo,
    "dpi_30.png": dpi_30,
    SLASHES: _named("nombre con barras"),
    "oficio\ncon salto.pdf": _named("nombre con salto de línea"),
    DECOMPOSED: _named("nombre con tildes descompuestas"),
    f"{LONG_DIR}/{LONG_NAME}": _named("nombre de 300 caracteres"),
    "same_a.pdf": _named("el mismo archivo dos veces"),
    **OFFICE_MAKERS,
}
DUPLICATES = {"same_b.pdf": "same_a.pdf"}


def make_all(folder: Path) -> dict[str, Path]:
    """Write every hostile file into ``folder``; return {name: path}."""
    folder.mkdir(parents=True, exist_ok=True)
    made: dict[str, Path] = {}
    for name, maker in MAKERS.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        maker(path)
        made[name] = path
    for name, original in DUPLICATES.items():
        (folder / name).write_bytes(made[original].read_bytes())
        made[name] = folder / name
    return made


if __name__ == "__main__":
    for made_name, made_path in make_all(Path(sys.argv[1])).items():
        sys.stdout.write(f"{made_path.stat().st_size:>12}  {made_name!r}\n")
