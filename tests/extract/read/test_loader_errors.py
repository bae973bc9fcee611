"""Every failure a file can cause has its own error, naming the file and what to do."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from oficio.errors import (
    CorruptFileError,
    EmptyFileError,
    EncryptedFileError,
    ImageTooLargeError,
    MissingFileError,
    TesseractMissingError,
    UnsupportedTypeError,
    ZeroPagesError,
)
from oficio.extract.read.loader import load
from oficio.extract.read.options import LoadOptions


def _check(error: pytest.ExceptionInfo, path: Path) -> None:
    message = str(error.value)
    assert str(path) in message
    assert message.startswith(f"[{error.value.code}]")
    assert error.value.hint and error.value.hint in message


def test_empty_file(tmp_path):
    path = tmp_path / "oficio.pdf"
    path.write_bytes(b"")
    with pytest.raises(EmptyFileError) as error:
        load(path)
    _check(error, path)


def test_missing_file(tmp_path):
    with pytest.raises(MissingFileError):
        load(tmp_path / "nowhere.pdf")


def test_unsupported_type(tmp_path):
    path = tmp_path / "respuesta.pdf"
    path.write_text("<html><body>Su solicitud fue recibida</body></html>")
    with pytest.raises(UnsupportedTypeError) as error:
        load(path)
    _check(error, path)


def test_truncated_pdf_is_corrupt(examples):
    path = examples / "99_broken.pdf"
    with pytest.raises(CorruptFileError) as error:
        load(path)
    _check(error, path)


def test_broken_xref_is_repaired(examples, tmp_path):
    data = (examples / "01_mimp_oficio_native.pdf").read_bytes()
    start = data.rindex(b"startxref")
    path = tmp_path / "broken_xref.pdf"
    path.write_bytes(data[:start] + b"startxref\n999999\n%%EOF\n")
    document = load(path)
    assert "Trata de Personas" in document.text


def test_header_then_eof_is_corrupt(tmp_path):
    path = tmp_path / "cut.pdf"
    path.write_bytes(b"%PDF-1.7\n%%EOF\n")
    with pytest.raises((CorruptFileError, ZeroPagesError)) as error:
        load(path)
    _check(error, path)


def _encrypt(source: Path, target: Path, user: str, owner: str, extract: bool) -> Path:
    with pikepdf.open(source) as pdf:
        permissions = pikepdf.Permissions(extract=extract)
        pdf.save(target, encryption=pikepdf.Encryption(user=user, owner=owner,
                                                       allow=permissions))
    return target


def test_user_password_pdf_is_encrypted(examples, tmp_path):
    path = _encrypt(examples / "01_mimp_oficio_native.pdf", tmp_path / "clave.pdf",
                    user="secreto", owner="dueño", extract=True)
    with pytest.raises(EncryptedFileError) as error:
        load(path)
    _check(error, path)


def test_owner_password_only_pdf_is_read(examples, tmp_path):
    # Policy: an owner password that forbids copying does not stop reading a reply to a
    # public-information request; the empty user password opens it.
    path = _encrypt(examples / "01_mimp_oficio_native.pdf", tmp_path / "restringido.pdf",
                    user="", owner="dueño", extract=False)
    assert "Trata de Personas" in load(path).text


def test_zero_pages(tmp_path):
    path = tmp_path / "vacio.pdf"
    pikepdf.new().save(path)
    with pytest.raises(ZeroPagesError) as error:
        load(path)
    _check(error, path)


def test_image_over_the_pixel_limit(tmp_path):
    path = tmp_path / "bomba.png"
    Image.new("1", (12_000, 12_000), 1).save(path)  # 144 million pixels, 18 KB on disk
    with pytest.raises(ImageTooLargeError) as error:
        load(path)
    _check(error, path)


def test_pdf_holding_a_huge_image(tmp_path):
    buffer = io.BytesIO()
    Image.new("L", (3000, 3000), 255).save(buffer, "PNG")
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    path = tmp_path / "grande.pdf"
    pdf = canvas.Canvas(str(path))
    buffer.seek(0)
    pdf.drawImage(ImageReader(buffer), 0, 0, width=500, height=500)
    pdf.save()
    with pytest.raises(ImageTooLargeError) as error:
        load(path, LoadOptions(max_pixels=4_000_000))
    _check(error, path)


def test_truncated_jpeg_is_corrupt(examples, tmp_path):
    path = tmp_path / "foto.jpg"
    path.write_bytes((examples / "05_mimp_photo.jpg").read_bytes()[:5000])
    with pytest.raises(CorruptFileError) as error:
        load(path)
    _check(error, path)


def test_ocr_timeout_marks_the_page(examples, tmp_path):
    document = load(examples / "09_mpfn_mixed.pdf", LoadOptions(ocr_timeout=0.05))
    text_page, scanned = document.pages
    assert text_page.status == "ok" and "MINISTERIO" in text_page.text
    assert scanned.status == "ocr_timeout"
    assert scanned.text == ""
    assert "09_mpfn_mixed.pdf page 2" in scanned.error
    assert document.warnings == ["page 2: ocr timeout"]


def test_missing_language_data(examples):
    with pytest.raises(TesseractMissingError):
        load(examples / "06_mpfn_photo.png", LoadOptions(languages="xyz"))


def test_missing_tesseract(examples, monkeypatch, tmp_path):
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    with pytest.raises(TesseractMissingError):
        load(examples / "06_mpfn_photo.png")


def test_originals_are_never_modified(examples, tmp_path):
    copy = tmp_path / "original.pdf"
    shutil.copy(examples / "10_sjm_bad_ocr_layer.pdf", copy)
    before = copy.read_bytes()
    load(copy)
    assert copy.read_bytes() == before
