"""Hostile Office files (DOCX, XLSX): ZIP packages built byte by byte, so that a part's
compressed data, its declared sizes and its XML can each be made to lie or to explode.

Each maker writes one file; ``MAKERS`` names them for ``make_files``.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOC_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
BOOK_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
PARAGRAPH = "<w:p><w:r><w:t>Informe sobre trata de personas: 45 talleres.</w:t></w:r></w:p>"
LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
              for i in range(1, 10))
    + "]>"
)


@dataclass
class Part:
    """One member of the package: its raw deflate data, CRC and sizes (which may lie)."""

    name: str
    data: bytes
    crc: int
    size: int
    declared_size: int | None = None  # the size written in the headers, if not ``size``


def _part(name: str, content: bytes) -> Part:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return Part(name, packer.compress(content) + packer.flush(), zlib.crc32(content),
                len(content))


def _repeated_part(name: str, head: bytes, block: bytes, times: int, tail: bytes) -> Part:
    """A part of ``head + block * times + tail`` compressed without ever holding it: the
    block is compressed once after a full flush (which makes it independent of what came
    before) and its compressed bytes are repeated."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = packer.compress(head) + packer.flush(zlib.Z_FULL_FLUSH)
    packed_block = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    last = packer.compress(tail) + packer.flush()
    crc = zlib.crc32(head)
    for _ in range(times):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(tail, crc)
    return Part(name, first + packed_block * times + last, crc,
                len(head) + len(block) * times + len(tail))


def _zip(parts: Iterable[Part]) -> bytes:
    """A ZIP archive of already-deflated parts, with the sizes each part declares."""
    out, central = bytearray(), bytearray()
    count = 0
    for part in parts:
        name = part.name.encode()
        size = part.size if part.declared_size is None else part.declared_size
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, part.crc,
                           len(part.data), size, len(name), 0) + name + part.data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21,
                               part.crc, len(part.data), size, len(name), 0, 0, 0, 0, 0,
                               offset) + name
        count += 1
    start = len(out)
    out += central + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(central),
                                 start, 0)
    return bytes(out)


def _content_types(main: str, main_type: str, more: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/{main}" ContentType="{main_type}"/>{more}</Types>'
    ).encode()


def _rels(*targets: tuple[str, str]) -> bytes:
    items = "".join(f'<Relationship Id="rId{i}" Type="{REL}/{kind}" Target="{target}"/>'
                    for i, (kind, target) in enumerate(targets, start=1))
    return (f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PACKAGE_REL}">'
            f"{items}</Relationships>").encode()


def _word(document: Part, declared_size: int | None = None) -> bytes:
    document.declared_size = declared_size
    return _zip([_part("[Content_Types].xml", _content_types("word/document.xml", DOC_TYPE)),
                 _part("_rels/.rels", _rels(("officeDocument", "word/document.xml"))),
                 document])


def _body(paragraphs: str, before: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{before}'
            f'<w:document xmlns:w="{W}"><w:body>{paragraphs}</w:body></w:document>').encode()


# ---------------------------------------------------------------- makers

def plain_docx(path: Path) -> None:
    """A small honest Word document made the same way, to show the builder makes real ones."""
    path.write_bytes(_word(_part("word/document.xml", _body(PARAGRAPH * 3))))


def docx_bomb_1_5gb(path: Path) -> None:
    """About 1.5 MB that inflates to 1.5 GiB of paragraphs (the campaign's was 4.3 MB)."""
    block = PARAGRAPH.encode() * ((16 << 20) // len(PARAGRAPH))
    head, tail = _body("").split(b"</w:body>")
    document = _repeated_part("word/document.xml", head, block, 96, b"</w:body>" + tail)
    path.write_bytes(_word(document))


def docx_bomb_lying_size(path: Path) -> None:
    """The same kind of bomb (256 MiB) whose headers claim 4 KB."""
    block = PARAGRAPH.encode() * ((16 << 20) // len(PARAGRAPH))
    head, tail = _body("").split(b"</w:body>")
    document = _repeated_part("word/document.xml", head, block, 16, b"</w:body>" + tail)
    path.write_bytes(_word(document, declared_size=4096))


def docx_billion_laughs(path: Path) -> None:
    document = _body("<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>", before=LAUGHS)
    path.write_bytes(_word(_part("word/document.xml", document)))


def docx_external_entity(path: Path) -> None:
    """An entity that names a file of the machine (XXE): it must never be read."""
    before = '<!DOCTYPE d [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
    document = _body("<w:p><w:r><w:t>&secret;</w:t></w:r></w:p>", before=before)
    path.write_bytes(_word(_part("word/document.xml", document)))


def docx_truncated_xml(path: Path) -> None:
    whole = _body(PARAGRAPH * 40)
    path.write_bytes(_word(_part("word/document.xml", whole[: len(whole) // 2])))


def _workbook(sheet: bytes) -> bytes:
    book = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.'
            'openxmlformats.org/spreadsheetml/2006/main" xmlns:r="' + REL + '"><sheets>'
            '<sheet name="Hoja1" sheetId="1" r:id="rId1"/></sheets></workbook>').encode()
    more = f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{SHEET_TYPE}"/>'
    return _zip([_part("[Content_Types].xml", _content_types("xl/workbook.xml", BOOK_TYPE, more)),
                 _part("_rels/.rels", _rels(("officeDocument", "xl/workbook.xml"))),
                 _part("xl/workbook.xml", book),
                 _part("xl/_rels/workbook.xml.rels", _rels(("worksheet", "worksheets/sheet1.xml"))),
                 _part("xl/worksheets/sheet1.xml", sheet)])


def xlsx_billion_laughs(path: Path) -> None:
    sheet = ('<?xml version="1.0" encoding="UTF-8"?>' + LAUGHS +
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
             "</sheetData></worksheet>").encode()
    path.write_bytes(_workbook(sheet))


def zip_members(path: Path) -> list[zipfile.ZipInfo]:
    """The members as Python's zipfile reads them (for tests of the builder itself)."""
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as archive:
        return archive.infolist()


MAKERS: dict[str, Callable[[Path], None]] = {
    "plain.docx": plain_docx,
    "bomb_1_5gib.docx": docx_bomb_1_5gb,
    "bomb_lying_size.docx": docx_bomb_lying_size,
    "billion_laughs.docx": docx_billion_laughs,
    "external_entity.docx": docx_external_entity,
    "truncated_xml.docx": docx_truncated_xml,
    "billion_laughs.xlsx": xlsx_billion_laughs,
}
