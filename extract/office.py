"""Word documents and plain text: their text is already text, no OCR."""

from __future__ import annotations

import zipfile
from pathlib import Path

from extract.document import Table
from extract.errors import CorruptFileError

TEXT_ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")


def docx_pages(path: Path) -> list[tuple[str, list[Table]]]:
    """The text of a Word document split at hard page breaks, with its tables as rows."""
    from docx import Document as WordDocument
    from docx.opc.exceptions import PackageNotFoundError

    try:
        word = WordDocument(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise CorruptFileError(path, "the Word file cannot be opened") from error
    pages: list[list[str]] = [[]]
    for paragraph in word.paragraphs:
        if 'w:br w:type="page"' in paragraph._p.xml or 'w:type="page"' in paragraph._p.xml:
            pages.append([])
        pages[-1].append(paragraph.text)
    tables = [Table(rows=[[cell.text for cell in row.cells] for row in table.rows])
              for table in word.tables]
    texts = ["\n".join(lines) for lines in pages]
    # Word tables have no page: keep them on the last page, and their text with them.
    for table in tables:
        texts[-1] += "\n\n" + "\n".join(" | ".join(c or "" for c in row) for row in table.rows)
    result = [(text, []) for text in texts]
    result[-1] = (texts[-1], tables)
    return result


def text_pages(path: Path) -> list[str]:
    """A plain-text file's pages (split at form feeds), decoded from UTF-8 or Windows-1252."""
    data = path.read_bytes()
    for encoding in TEXT_ENCODINGS:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    return text.split("\f")
