"""Text normalization the extractors rely on.

``clean_text`` makes one page's text canonical (Unicode NFC, one kind of space and line
break, words split at line ends rejoined, lines of one paragraph joined); ``mark_furniture``
finds the running headers, footers and page numbers of a document's pages and marks them
as spans, without cutting them out, so character offsets stay valid.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from oficio.extract.read.document import Mark

_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
_SPACES = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_HYPHENS = "-\u2010\u2011"
_LIST_ITEM = re.compile(r"^\s*([-•·*▪●]|\(?[0-9ivxlIVXL]{1,4}[.)]|\(?[a-zA-Z][.)])\s")
_SENTENCE_END = ".:;!?"
_PAGE_NUMBER = re.compile(
    r"^\s*(p[áa]g(ina)?\.?|page|hoja|folio)?\s*(n[°º.]\s*)?[-–]?\s*\d{1,4}\s*[-–]?\s*"
    r"((de|of|/)\s*\d{1,4})?\s*$",
    re.IGNORECASE,
)
_AMOUNT_CUT = re.compile(r"(S/\.?|US\$)\s?\d{0,3}$")  # a line cut inside an amount
ZONE_LINES = 3  # lines at the top and bottom of a page where headers and footers live


def clean_text(text: str) -> str:
    """Canonical form of one page's text (see the module's docstring). Runs of spaces are
    kept: in letters they line up the columns of tables typed with spaces."""
    text = unicodedata.normalize("NFC", text)
    for ligature, letters in _LIGATURES.items():
        text = text.replace(ligature, letters)
    text = text.replace("\u00ad", "").replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\x0c", "\n").replace("\x00", "")
    # Odd spaces become plain ones; runs of spaces stay (they align the columns of tables).
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _join_lines(lines).strip("\n")


def _join_lines(lines: list[str]) -> str:
    longest = max((len(line) for line in lines), default=0)
    out: list[str] = []
    for line in lines:
        if out and out[-1] and line and _continues(out[-1], line, longest):
            previous = out.pop()
            if previous[-1] in _HYPHENS and previous[-2:-1].isalpha() and line[0].islower():
                out.append(previous[:-1] + line)
            else:
                out.append(previous + " " + line)
        else:
            out.append(line)
    return "\n".join(out)


def _continues(previous: str, line: str, longest: int) -> bool:
    """Whether ``line`` carries on the paragraph that ``previous`` ends on."""
    cut_amount = line[0].isdigit() and _AMOUNT_CUT.search(previous)
    if _LIST_ITEM.match(line) or not (line[0].islower() or line[0] in "(«\"" or cut_amount):
        return False
    if previous[-1] in _HYPHENS and previous[-2:-1].isalpha():
        return True
    long_enough = len(previous) >= max(40, int(0.55 * longest))
    return long_enough and previous[-1] not in _SENTENCE_END


def mark_furniture(texts: list[str]) -> list[list[Mark]]:
    """Marks of running headers, footers and page numbers for each page's text."""
    zones = [_zone_lines(text) for text in texts]
    needed = max(2, (len(texts) + 1) // 2)
    repeated = {
        where: {
            key
            for key, n in Counter(k for zone in zones for k in _keys(zone, where)).items()
            if n >= needed
        }
        for where in ("header", "footer")
    }
    marks: list[list[Mark]] = []
    for zone in zones:
        page_marks = []
        for where, spans in zone.items():
            for start, end, line in spans:
                if _PAGE_NUMBER.match(line):
                    page_marks.append(Mark("page_number", start, end))
                elif len(texts) > 1 and _key(line) in repeated[where]:
                    page_marks.append(Mark(where, start, end))
        marks.append(sorted(page_marks, key=lambda mark: mark.start))
    return marks


def _keys(zone: dict[str, list[tuple[int, int, str]]], where: str) -> set[str]:
    return {_key(line) for _, _, line in zone[where]}


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", line.lower())).strip()


def _zone_lines(text: str) -> dict[str, list[tuple[int, int, str]]]:
    spans: list[tuple[int, int, str]] = []
    position = 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((position, position + len(line), line))
        position += len(line) + 1
    top = spans[:ZONE_LINES]
    bottom = [span for span in spans[-ZONE_LINES:] if span not in top]
    return {"header": top, "footer": bottom}
