"""Cut a document's pages into passages (paragraphs, long ones into sentences)."""

from __future__ import annotations

import re

from oficio.extract.read.document import Document
from oficio.models.prediction import Passage

_BLOCK_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
_SENTENCE_BREAK = re.compile(r"(?<=[.;:!?])\s+(?=\S)")
MAX_PASSAGE = 400


def split_passages(document: Document) -> list[Passage]:
    """Every non-blank paragraph of every page, with long paragraphs cut at sentence ends."""
    passages = []
    for page in document.pages:
        for start, end in _spans(page.text, _BLOCK_BREAK):
            if end - start > MAX_PASSAGE:
                pieces = [
                    (start + s, start + e) for s, e in _spans(page.text[start:end], _SENTENCE_BREAK)
                ]
            else:
                pieces = [(start, end)]
            passages += [Passage(page.number, s, e, page.text[s:e]) for s, e in pieces]
    return [p for p in passages if p.text.strip()]


def _spans(text: str, separator: re.Pattern[str]) -> list[tuple[int, int]]:
    spans, cursor = [], 0
    for match in separator.finditer(text):
        spans.append((cursor, match.start()))
        cursor = match.end()
    spans.append((cursor, len(text)))
    return [_trim(text, s, e) for s, e in spans if text[s:e].strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
