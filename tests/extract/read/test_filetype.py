"""Files are typed by their content, whatever their name says."""

from __future__ import annotations

import shutil
import zipfile

import pytest

from oficio.errors import EmptyFileError, UnsupportedTypeError
from oficio.extract.read.filetype import sniff


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("01_mimp_oficio_native.pdf", "pdf"),
        ("05_mimp_photo.jpg", "jpeg"),
        ("06_mpfn_photo.png", "png"),
        ("07_gore_cusco_fax.tif", "tiff"),
        ("08_rree_note_en.docx", "docx"),
        ("12_rree_note.txt", "txt"),
    ],
)
def test_samples_are_typed_by_content(examples, tmp_path, name, expected):
    disguised = tmp_path / "reply.pdf"  # every file named .pdf, whatever it holds
    shutil.copy(examples / name, disguised)
    assert sniff(disguised) == expected


def test_empty_file_is_refused(tmp_path):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(EmptyFileError, match="empty.pdf"):
        sniff(empty)


def test_html_named_pdf_is_unsupported(tmp_path):
    page = tmp_path / "respuesta.pdf"
    page.write_text("<!DOCTYPE html><html><body>Error 404</body></html>")
    with pytest.raises(UnsupportedTypeError, match="respuesta.pdf"):
        sniff(page)


def test_zip_that_is_not_word_is_unsupported(tmp_path):
    archive = tmp_path / "anexos.pdf"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("anexo1.txt", "hola")
    with pytest.raises(UnsupportedTypeError, match="ZIP"):
        sniff(archive)


def test_cp1252_text_is_text(tmp_path):
    note = tmp_path / "nota"
    note.write_bytes("Información sobre víctimas, año 2017".encode("cp1252"))
    assert sniff(note) == "txt"


def test_binary_noise_is_unsupported(tmp_path):
    noise = tmp_path / "foto.jpg"
    noise.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(UnsupportedTypeError):
        sniff(noise)
