"""A page's positioned words as lines, and the shapes of a table's lines.

``lines_of(words)`` groups words (with their boxes, in points from the page's top left)
into lines by their vertical centres. A row is a label and numbers standing a column's gap
apart (``is_row``); a source note or the next table's caption ends a table
(``ends_table``); a paragraph's line between rows breaks them (``breaks_rows``). Tables
are built from these in ``oficio.extract.read.layout_tables``, their headers in
``oficio.extract.read.layout_headers``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from statistics import median

# The currency signs written against an amount ("S/1,200.00", "US$ 23,900"), and what a
# cell may write there: the signs, and the ISO codes an English table writes ("USD 58,400.00").
SIGNS = r"S/\.?|US\$"
CELL_SIGN = rf"{SIGNS}|USD|PEN"
# An amount, count or percentage as a table cell prints it: "23,377,309.00", "1 030", "45.5%",
# "(1,200.00)"; not a date, a version or a code with groups of two digits ("20.03.01").
# The marks some offices write after the millions ("1'046,300.00", "2´150,000.00"): the
# apostrophe, the right single quote, the acute accent and the prime.
MILLIONS_MARKS = "'\u2019\u00b4\u2032"
NUMBER = re.compile(
    rf"^[(-]?(?:(?:{CELL_SIGN})\s?)?(?:(?:\d{{1,3}}[{MILLIONS_MARKS}](?=\d{{3}}[.,]\d))?"
    rf"\d{{1,3}}(?:([.,' ])\d{{3}})(?:\1\d{{3}})*(?:[.,]\d{{1,2}})?"
    rf"|\d+(?:[.,]\d{{1,2}})?)\)?(?:%|\s?(?:{CELL_SIGN}))?$"  # "286 400,00 S/": the sign after
)


CODE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?$|^\d{4,7}$")  # "2.3", "1", "0001": labels


ALPHA = re.compile(r"[^\W\d_]{2,}")


# A label's wrapped line goes on in lower case, or the line before it ends in a word that
# leads on ("Campañas de prevención en la" / "frontera Tacna - Arica").
GOES_ON = re.compile(r"^(?![a-z]\))[a-záéíóúñü]{2,}|^[a-záéíóúñü]\b(?!\))")


# A line ending in one of these words, a comma or a dash leads on into the next: a table
# label's wrapped line, or a wrapped sentence's (``oficio.models.features`` joins those).
LEADS_ON = re.compile(r"(?:\b(?:de|del|la|las|los|el|en|y|e|o|u|a|al|para|por|con|sin|sobre|"
                      r"seg[uú]n|entre|mediante|que|su|sus|se|un|una|ni|como|cuyo|cuya|"
                      r"of|the|and|in|for|to)|[,-])\s*$", re.I)


MIN_NUMBERS = 2  # numbers on a line for it to be a table row


@dataclass(frozen=True)
class Word:
    """A word and its box in points, from the page's top left as the page is shown."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass
class Line:
    words: list[Word]
    single: bool = False  # a row of a one-column table (see _mark_single_rows)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


def _unruled(word: Word) -> Word:
    """A word without the table rules OCR reads into it ("300,000.00]", "[TOTAL", "|2.3"):
    brackets and bars at its ends, and a parenthesis that closes nothing it opened."""
    text = word.text.lstrip("[|{").rstrip("]|}")
    if text.endswith(")") and "(" not in text:
        text = text[:-1]
    if text.startswith("(") and ")" not in text:
        text = text[1:]
    return Word(text, word.x0, word.top, word.x1, word.bottom) if text != word.text else word


def lines_of(words: list[Word]) -> list[Line]:
    """Words grouped into lines by their vertical centres, each line left to right."""
    words = [w for w in map(_unruled, words) if w.text]
    if not words:
        return []
    height = median(w.bottom - w.top for w in words) or 1.0
    lines: list[Line] = []
    for word in sorted(words, key=lambda w: ((w.top + w.bottom) / 2, w.x0)):
        centre = (word.top + word.bottom) / 2
        if lines and abs(centre - _centre(lines[-1])) <= 0.45 * height:
            lines[-1].words.append(word)
        else:
            lines.append(Line([word]))
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
        line.words = _joined(line.words, height)
    return lines


_HEAD_GROUP = re.compile(rf"^[(-]?(?:{SIGNS})?\d{{1,3}}(?: \d{{3}})*$")


_TAIL_GROUP = re.compile(r"^\d{3}(?:[.,]\d{1,2})?\)?%?$")


_SIGN = re.compile(rf"^(?:{CELL_SIGN})$")


_MINUS = ("-", "\u2212")


_MINUS_GAP = 0.2  # letter heights: a minus against its number, not a list's dash a space off


_SIGNED = re.compile(rf"^(?:{SIGNS})\d")  # an amount with its sign: in a label, a sentence's


def _joined(words: list[Word], height: float) -> list[Word]:
    """Thousands OCR split into words ("1 204 500,00" read as three) joined again, and a
    currency sign with the amount after it ("US$ 23,900"): apart, "US$" ended the row's
    label, and the amount was counted as "grants" of a label "Emergency grants US$"."""
    out: list[Word] = []
    for i, word in enumerate(words):
        last = out[-1] if out else None
        close = last is not None and word.x0 - last.x1 < 1.0 * height
        if last and close and _SIGN.match(word.text) and _SIGNED_BEFORE.match(last.text) and \
                not _opens_amount(words, i, height):
            out[-1] = _merged(last, word, " ")  # "286 400,00 S/": a sign after its amount
        elif last and close and _HEAD_GROUP.match(last.text) and _TAIL_GROUP.match(word.text):
            out[-1] = _merged(last, word, " ")
        elif last and close and _SIGN.match(last.text) and re.match(r"\d", word.text):
            out[-1] = _merged(last, word, " " if last.text[-1].isalpha() else "")
        elif last and close and word.text == "%" and re.search(r"\d$", last.text):
            out[-1] = _merged(last, word, "")  # "94,4 %": the sign a space after its number
        elif last and last.text in _MINUS and word.x0 - last.x1 < _MINUS_GAP * height and \
                re.match(r"\d", word.text):
            out[-1] = _merged(last, word, "")  # "-7,8%": a minus drawn as a glyph of its own
        else:
            out.append(word)
    return out


_SIGNED_BEFORE = re.compile(r"^\d{1,3}(?:[ .,]\d{3})*[.,]\d{2}$")  # may take a sign after it


def _opens_amount(words: list[Word], i: int, height: float) -> bool:
    """Whether the sign at ``words[i]`` stands against the number after it ("S/ 412")."""
    after = words[i + 1] if i + 1 < len(words) else None
    return after is not None and after.x0 - words[i].x1 < 1.0 * height and \
        re.match(r"\d", after.text) is not None


def _merged(first: Word, second: Word, space: str) -> Word:
    return Word(f"{first.text}{space}{second.text}", first.x0, min(first.top, second.top),
                second.x1, max(first.bottom, second.bottom))


def _centre(line: Line) -> float:
    return (line.top + line.bottom) / 2


def split_row(line: Line) -> tuple[list[Word], list[Word]]:
    """A row's label words (up to its last word with letters) and its number cells."""
    last_alpha = max((i for i, w in enumerate(line.words)
                      if ALPHA.search(w.text) and not NUMBER.match(w.text)), default=-1)
    height = line.bottom - line.top
    # "Capacitación a docentes y" wraps after a one-letter word, still the label's
    while last_alpha + 1 < len(line.words) and last_alpha >= 0 and \
            line.words[last_alpha + 1].text.lower() in _ONE_LETTER_WORDS and \
            line.words[last_alpha + 1].x0 - line.words[last_alpha].x1 < max(height, 1.0):
        last_alpha += 1
    label = line.words[: last_alpha + 1]
    rest = line.words[last_alpha + 1:]
    while rest and CODE.match(rest[0].text) and not label:
        label.append(rest.pop(0))
    # "PARCIAL FTE 1 25,206,042 ...": a one- or two-digit code after a label in capitals,
    # before an amount, is the end of the label ("Talleres 40 8,000.00" is a count).
    # A share after it ("DEMUNA 12 57.1") makes the number a count, not a code.
    if label and label[-1].text.isupper() and len(rest) > 1 and \
            re.fullmatch(r"\d{1,2}", rest[0].text) and _AMOUNT.search(rest[1].text) and \
            not rest[1].text.endswith("%"):
        label.append(rest.pop(0))
    # "Julio 2019 3 145": a year a word's space after the label, before the row's numbers,
    # is the label's ("Ejercicio 2018"), not a column of its own.
    if label and len(rest) > 1 and YEAR_CELL.match(rest[0].text) and \
            rest[0].x0 - label[-1].x1 < max(height, 1.0):
        label.append(rest.pop(0))
    cells = [w for w in rest if NUMBER.match(w.text)]
    return label, cells


_ONE_LETTER_WORDS = {"y", "e", "o", "u", "a"}


_AMOUNT = re.compile(r"\d[.,']\d{3}|[.,]\d{2}\)?%?$")  # grouped thousands or two decimals


YEAR_CELL = re.compile(r"^(?:19[89]\d|20[0-4]\d)$")


_PROSE_NUMBER = re.compile(r"\d[,:;]$")  # a number followed by a sentence's punctuation


def is_row(line: Line) -> bool:
    """Two numbers after a label, or one amount (a one-column budget table's row); a line
    of years only ("Tipo de atención 2016 2017 2018") heads columns."""
    if line.single:
        return True
    label, cells = split_row(line)
    if cells and all(YEAR_CELL.match(c.text) for c in cells):
        return False
    if any(_PROSE_NUMBER.search(w.text) for w in line.words[len(label):]):
        return False  # "... en 2018: S/ 2 315 400,50, por siete ...": a sentence
    if any(_SIGNED.match(w.text) for w in label):
        return False  # "... asignado de S/ 310 000,00, del cual se ejecutó S/ 287 450,20"
    if len(cells) == 1 and label and label[-1].text.endswith(":"):
        return False  # "Participantes: 2,106": a list's "label: value" line, read as text
    return len(cells) >= MIN_NUMBERS or (len(cells) == 1 and bool(_AMOUNT.search(cells[0].text)))


# A table's source note ("Fuente: SIAF"), or the caption of the next table ("Cuadro 2.",
# "Tabla N° 3", OCR's "Cuadro N? 3"): the rows above it are a table's last. Without it, a
# second table close below, or the paragraph after the note, was read as more rows of the
# first.
_TABLE_END = re.compile(
    r"^(?:fuente|source|elaboraci[oó]n|elaborado\s+por|nota|note)s?\b\s*:?"
    r"|^(?:cuadro|tabla|table|gr[aá]fico|anexo|annex)\s*(?:n\s?[°º.o?*'\"]?\s*)?\d+\b", re.I)


def ends_table(line: Line) -> bool:
    return bool(_TABLE_END.match(line.text))


def breaks_rows(line: Line, height: float) -> bool:
    """A paragraph's line between two runs of rows (a sentence's punctuation, its words a
    word space apart): a list of "label: number" lines above it and a table below are two
    things, and the table's header must not be read as a row of the list. A long line of a
    report cut in columns, or a group's name, is the table's."""
    height = max(height, 1.0)
    if _NUMBERED_CAPTION.match(line.text) and one_run(line.words, height):
        return True  # "2. Gasto de la asistencia por rubro – 2023": the next table's title
    if len(_STAGE_HEAD.findall(line.text)) >= 2 and not is_row(line):
        return True  # "S/  PIM 2024  Devengado 2024": the header of a budget table below
    if is_row(line) or CODE.match(line.words[0].text) or line.text.isupper():
        return False  # "2454990 CREACION DEL SERVICIO DE ..., MONITOREO": a project's name
    if not one_run(line.words, height):
        return False
    # a sentence's punctuation inside, a sentence's end, or a paragraph's full line; or the
    # caption of the next table, stating its unit ("Presupuesto 2023 (en miles de soles)")
    return (is_prose(line, height) and bool(SENTENCE_MARK.search(line.text))) or \
        (len(line.words) >= 5 and line.text.endswith((".", ":"))) or \
        len(line.words) >= _PROSE_WORDS or \
        (len(line.words) >= 4 and bool(_CAPTION_UNIT.search(line.text)))


# Budget stages as a header names them: two on a line without figures head a table.
_STAGE_HEAD = re.compile(r"\b(?:PIA|PIM|devengad\w*|certificac\w*|girad\w*|compromis\w*)\b",
                         re.I)


# A numbered caption in sentence case, its words a word space apart: a SIAF group's name
# ("1 RECURSOS ORDINARIOS") has no stop after its number and is in capitals.
_NUMBERED_CAPTION = re.compile(r"^\d{1,2}\.\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:\s+\S+){3,}")


# Its brackets may be gone: word boxes drop them (see _unruled).
_CAPTION_UNIT = re.compile(r"\b(?:expresad[oa]s?\s+)?en\s+(?:miles\s+de\s+|millones\s+de\s+)?"
                           r"(?:nuevos\s+)?(?:soles|S/\.?|d[oó]lares|US\$)\)?$", re.I)


SENTENCE_MARK = re.compile(r"[^\W\d_][.,;] \S")
_PROSE_WORDS = 12  # words a word space apart: a paragraph's line, no row label is so long


def is_prose(line: Line, height: float) -> bool:
    """A line of running text (a paragraph, or two columns of one side by side), which
    no header is: long, or with the punctuation of sentences between words and not cut in
    columns' cells (``Fte. Fuente de financiamiento   PIA   PIM``: an abbreviation's stop)."""
    text = line.text
    if len(text) > 120:
        return True
    if len(text) <= 40 or not SENTENCE_MARK.search(text):
        return False
    gaps = sum(b.x0 - a.x1 >= 2 * height for a, b in zip(line.words, line.words[1:],
                                                          strict=False))
    return gaps < 2


def one_run(words: list[Word], height: float) -> bool:
    """Whether the words stand a word space apart, none a column's gap from the next."""
    return all(b.x0 - a.x1 < height for a, b in zip(words, words[1:], strict=False))
