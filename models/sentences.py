"""Where a reply's statements are: its sentences, a table's or a list's lines, and a
restated request cut from the answer that follows it in the same sentence.

The statement reader (``oficio.models.statements``) tags each piece; the classifier's
features (``oficio.models.features``) count them.
"""

from __future__ import annotations

import re

from oficio.extract.read.layout_lines import LEADS_ON
from oficio.models.axis_lexicon import REQUEST_UNIT
from oficio.models.phrases import SENTENCE_END

_NEWLINE = re.compile(r"\n")


def statement_spans(folded: str, text: str | None = None) -> list[tuple[int, int]]:
    """Where the statements of a text (lower case, accents folded) are: sentences; a
    sentence of more than three lines (a table, a list) cut into lines; a sentence that
    restates the request and then answers it ("en atención a su solicitud, se informa que
    en 2015 se atendió a 12 víctimas") cut into the two. Blank pieces are kept: they say
    nothing, and skipping them is the reader's choice.

    Given the ``text`` ``folded`` was folded from, a point before a word in lower case
    ends no sentence: OCR's stray points ("durante el. año 2022", "mediante. la cual") and
    abbreviations ("aprox. el") sit inside one."""
    found = []
    for start, end in _sentences(folded, text):
        pieces = _split(folded, _NEWLINE, start, end) if folded.count("\n", start, end) > 2 \
            else [(start, end)]
        if text is not None:
            pieces = _rejoined(folded, pieces)
        for piece_start, piece_end in pieces:
            opens = answer_after_request(folded[piece_start:piece_end])
            found += [(piece_start, piece_start + opens), (piece_start + opens, piece_end)] \
                if opens is not None else [(piece_start, piece_end)]
    return found


_PROSE_LINE = 8  # words: a paragraph's line; a table's wrapped header ("N° de") is shorter


def _rejoined(folded: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A sentence's lines, each line of prose that ends in a word that runs on joined to
    the next."""
    joined = pieces[:1]
    for start, end in pieces[1:]:
        last = folded[joined[-1][0]:joined[-1][1]].rsplit("\n", 1)[-1]
        if len(last.split()) >= _PROSE_LINE and LEADS_ON.search(last):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _sentences(folded: str, text: str | None) -> list[tuple[int, int]]:
    spans = _split(folded, SENTENCE_END, 0, len(folded))
    if text is None:
        return spans
    joined = [spans[0]]
    for start, end in spans[1:]:
        before = folded[joined[-1][0]:joined[-1][1]]
        if _INSIDE_POINT.search(before) and text[start].islower() \
                and "\n" not in folded[joined[-1][1]:start]:
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


# a point after a word of two letters or more
_INSIDE_POINT = re.compile(r"[^\W\d]{2}[.,]*\.$")


def _split(text: str, separator: re.Pattern[str], start: int, end: int
           ) -> list[tuple[int, int]]:
    """The spans ``separator.split(text[start:end])`` would return, in ``text``'s offsets."""
    spans, cursor = [], start
    for match in separator.finditer(text, start, end):
        spans.append((cursor, match.start()))
        cursor = match.end()
    return [*spans, (cursor, end)]


# What opens the answer after a restated request, in folded text.
_ANSWER_OPENS = re.compile(
    r"\b(?:(?:se|le|les)\s+(?:inform|comunic|remit|hace\s+(?:de\s+)?(?:su\s+)?conocimiento|"
    r"indic|precis|adjunt|alcanz|detall)\w*|"
    r"(?:informo|informamos|comunico|comunicamos|remito|remitimos|adjunto|adjuntamos|"
    r"cumplo\s+con\s+(?:informar|remitir)|hago\s+de\s+su\s+conocimiento|"
    r"(?:informa|comunica|indica|precisa|reporta|detalla)n?\s+(?:que|lo\s+siguiente)|"
    r"(?:informar|comunicar|indicar|remitir|precisar|alcanzar)(?:le|les)\b|"
    r"debo\s+(?:informar|indicar|precisar))\b|"
    r"(?:we|i)\s+(?:inform|report|write\s+to\s+inform|(?:would\s+like|wish)\s+to\s+inform|"
    r"(?:are|am)\s+pleased\s+to\s+inform)\w*|please\s+find)"
)


# A lead-in that names the request and closes with a comma, the answer after it with no
# verb of informing: "In reply to your request, between 2022 and 2024 the office trained …",
# "En atención a su solicitud, durante el 2023 la gerencia realizó …".
_LEAD_IN = re.compile(
    r"\b(?:en\s+(?:atencion|respuesta)\s+a|atendiendo\s+a|in\s+(?:reply|response)\s+to|"
    r"with\s+reference\s+to|further\s+to)\s+(?:(?:su|la|el|your|the)\s+)?"
    r"(?:\w+\s+){0,3}?(?:solicitud|pedido|request|letter|consulta)\w*\s*,")


# What goes on to say what the request asked: "…, por la cual requiere …", "…, which asked".
_DESCRIBES_REQUEST = re.compile(
    r"\s*(?:(?:por|mediante|en|con|a\s+traves\s+de)\s+(?:la|el)\s+(?:cual|que)|"
    r"(?:que|la\s+cual|el\s+cual|which|that|where|in\s+which)\b)|[^.;]*\brequier")


def answer_after_request(unit: str) -> int | None:
    """Where the answer opens in a statement that first restates the request ("en
    atención a su solicitud, se informa que en 2015 ..."); None when it does not."""
    if not REQUEST_UNIT.search(unit):
        return None
    lead = _LEAD_IN.search(unit)
    if lead is not None and not _DESCRIBES_REQUEST.match(unit, lead.end()) and \
            not REQUEST_UNIT.search(unit, lead.end()) and \
            not _ANSWER_OPENS.search(unit, lead.end()) and len(unit[lead.end():].split()) >= 5:
        return lead.end()
    opens = _ANSWER_OPENS.search(unit)
    if opens is None or not REQUEST_UNIT.search(unit, 0, opens.start()) or \
            len(unit[opens.end():].split()) < 5:
        return None
    return opens.start()
