"""Office packages (DOCX, XLSX, ODT, ODS): the ZIP of parts checked before Word's, Excel's
or the OpenDocument reader sees it.

python-docx and openpyxl inflate every part they use into memory and parse its XML, so a
4 MB file that inflates to 1.5 GB took 7.5 GB, and a part that declares entities ("billion
laughs") or is cut short raised the XML parser's own error. ``checked_package`` reads the
file once into memory and, before any reader parses it:

- refuses it (E014) when a part's declared size, the parts' total or a part's compression
  ratio is over the budget (``PackageLimits``); zipfile then holds each part to its declared
  size while inflating (a part that inflates further fails its CRC: E004);
- streams every XML part through expat in chunks, counting what it inflates, with the
  document type refused at its first byte (E015): no entity is ever declared, so none is
  expanded or fetched; XML that is not well formed (cut short) is a damaged file (E004).

The readers then parse the same bytes, which passed.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from xml.parsers import expat

from oficio.errors import CorruptFileError, PackageTooLargeError, UnsafeXmlError
from oficio.extract.read.options import PackageLimits

CHUNK = 1 << 20
CONTENT_TYPES = "[Content_Types].xml"
XML_SUFFIXES = (".xml", ".rels", ".vml")


class _Refused(Exception):
    """Raised inside expat's handlers to stop at a document type declaration."""


def checked_package(path: Path, limits: PackageLimits) -> bytes:
    """The file's bytes, once its parts are within ``limits`` and its XML is safe.

    Raises PackageTooLargeError (E014), UnsafeXmlError (E015) or CorruptFileError (E004).
    """
    size = path.stat().st_size
    if size > limits.total_bytes:
        raise PackageTooLargeError(path, f"the file is {_mb(size)}, over {_mb(limits.total_bytes)}")
    data = path.read_bytes()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            _check_sizes(path, members, limits)
            xml_types = _xml_types(path, archive, limits)
            inflated = 0
            for member in members:
                if member.filename != CONTENT_TYPES and _is_xml(member.filename, xml_types):
                    inflated += _check_xml(path, archive, member, limits, inflated)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError,
            OSError) as error:  # RuntimeError: an encrypted part
        raise CorruptFileError(path, f"the Office package cannot be read: {error}") from error
    return data


def _check_sizes(path: Path, members: list[zipfile.ZipInfo], limits: PackageLimits) -> None:
    """Refuse by the sizes the headers declare, before anything is inflated."""
    if len(members) > limits.max_parts:
        raise PackageTooLargeError(path, f"{len(members):,} parts, over {limits.max_parts:,}")
    total = sum(member.file_size for member in members)
    if total > limits.total_bytes:
        raise PackageTooLargeError(path, f"its parts inflate to {_mb(total)}, "
                                         f"over {_mb(limits.total_bytes)}")
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > limits.ratio_above and ratio > limits.max_ratio:
            raise PackageTooLargeError(path, f"part {member.filename} inflates {ratio:,.0f} "
                                             f"times, over {limits.max_ratio:,.0f}")


def _xml_types(path: Path, archive: zipfile.ZipFile, limits: PackageLimits) -> dict[str, str]:
    """Content types by extension (``.png``) and by part name (``word/document.xml``), from
    the package's ``[Content_Types].xml``: a part is parsed as XML by its type, whatever its
    name, so its type decides what is checked."""
    types: dict[str, str] = {}

    def start(tag: str, attributes: dict[str, str]) -> None:
        kind = attributes.get("ContentType", "")
        if tag.endswith("Default") and "Extension" in attributes:
            types["." + attributes["Extension"].lower()] = kind
        elif tag.endswith("Override") and "PartName" in attributes:
            types[attributes["PartName"].lstrip("/")] = kind

    try:
        member = archive.getinfo(CONTENT_TYPES)
    except KeyError:
        return types  # the readers will find the package damaged
    _check_xml(path, archive, member, limits, 0, start)
    return types


def _is_xml(name: str, types: dict[str, str]) -> bool:
    suffix = name[name.rfind("."):].lower() if "." in name.rsplit("/", 1)[-1] else ""
    kind = types.get(name) or types.get(suffix, "")
    return name.lower().endswith(XML_SUFFIXES) or kind.endswith(("+xml", "/xml"))


def _check_xml(path: Path, archive: zipfile.ZipFile, member: zipfile.ZipInfo,
               limits: PackageLimits, inflated_before: int,
               on_start: Callable[[str, dict[str, str]], None] | None = None) -> int:
    """Stream one part through a hardened expat parser; return the bytes it inflated to.

    The count is kept here as well as by zipfile: the budget holds whatever the headers say.
    """
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse
    parser.ExternalEntityRefHandler = _refuse
    if on_start is not None:
        parser.StartElementHandler = on_start
    budget = min(limits.xml_part_bytes, limits.total_bytes - inflated_before)
    if member.file_size > budget:
        raise PackageTooLargeError(path, f"part {member.filename} inflates to "
                                         f"{_mb(member.file_size)}, over {_mb(budget)}")
    read = 0
    try:
        with archive.open(member) as part:
            while chunk := part.read(CHUNK):
                read += len(chunk)
                if read > budget:
                    raise PackageTooLargeError(
                        path, f"part {member.filename} inflates to over {_mb(budget)}")
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except _Refused as error:
        raise UnsafeXmlError(path, f"part {member.filename} declares a document type or "
                                   "entities") from error
    except expat.ExpatError as error:
        raise CorruptFileError(path, f"part {member.filename} is not well-formed XML "
                                     f"({expat.ErrorString(error.code)}, line {error.lineno})"
                               ) from error
    return read


def _refuse(*_: object) -> None:
    raise _Refused


def _mb(size: int) -> str:
    return f"{size / (1 << 20):,.0f} MB" if size >= 1 << 20 else f"{size:,} bytes"
