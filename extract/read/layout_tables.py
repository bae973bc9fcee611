"""Tables rebuilt from the positions of a page's words, not from its text's line breaks.

Budget-system exports (SIAF) and many typed tables have no rules, and their text layer is
in drawing order: a header's words come after the rows, wrapped headers are split, and one
text run may hold the end of one cell and the start of the next. Read by position they
are plain: numbers sit in columns, the words above a column head it, and the words at the
left of a row label it.

``layout_tables(words)`` finds the blocks of lines that hold two or more numbers, builds
their columns from the numbers' horizontal extents, joins every header word above a column
(wrapped lines and headers spread over several columns alike) into that column's header,
and keeps the lines above the table (its caption and the page's title block) as the
table's ``title``, where the unit is often stated once ("(EN NUEVOS SOLES)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from statistics import median

from oficio.extract.read.document import Table

# An amount, count or percentage as a table cell prints it: "23,377,309.00", "1 030", "45.5%",
# "(1,200.00)"; not a date, a version or a code with groups of two digits ("20.03.01").
NUMBER = re.compile(
    r"^[(-]?(?:S/\.?|US\$)?(?:\d{1,3}(?:([.,' ])\d{3})(?:\1\d{3})*(?:[.,]\d{1,2})?"
    r"|\d+(?:[.,]\d{1,2})?)\)?%?$"
)
_CODE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?$|^\d{4,7}$")  # "2.3", "1", "0001": labels
_ALPHA = re.compile(r"[^\W\d_]{2,}")
_LABEL_VALUE = re.compile(r"\w\s*:\s*\S")  # "PLIEGO : 112 ...", "Fecha: 20/07/2021"
MIN_NUMBERS = 2  # numbers on a line for it to be a table row
MIN_SINGLE_ROWS = 3  # rows a table of one column of amounts needs
MAX_HEADER_LINES = 6
TITLE_LINES = 12


@dataclass(frozen=True)
class Word:
    """A word and its box in points, from the page's top left as the page is shown."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass
class _Line:
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


def lines_of(words: list[Word]) -> list[_Line]:
    """Words grouped into lines by their vertical centres, each line left to right."""
    words = [w for w in map(_unruled, words) if w.text]
    if not words:
        return []
    height = median(w.bottom - w.top for w in words) or 1.0
    lines: list[_Line] = []
    for word in sorted(words, key=lambda w: ((w.top + w.bottom) / 2, w.x0)):
        centre = (word.top + word.bottom) / 2
        if lines and abs(centre - _centre(lines[-1])) <= 0.45 * height:
            lines[-1].words.append(word)
        else:
            lines.append(_Line([word]))
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
        line.words = _joined(line.words, height)
    return lines


_HEAD_GROUP = re.compile(r"^[(-]?(?:S/\.?|US\$)?\d{1,3}(?: \d{3})*$")
_TAIL_GROUP = re.compile(r"^\d{3}(?:[.,]\d{1,2})?\)?%?$")


_SIGN = re.compile(r"^(?:S/\.?|US\$)$")
_MINUS = ("-", "\u2212")
_MINUS_GAP = 0.2  # letter heights: a minus against its number, not a list's dash a space off
_SIGNED = re.compile(r"^(?:S/\.?|US\$)\d")  # an amount with its sign: in a label, a sentence's


def _joined(words: list[Word], height: float) -> list[Word]:
    """Thousands OCR split into words ("1 204 500,00" read as three) joined again, and a
    currency sign with the amount after it ("US$ 23,900"): apart, "US$" ended the row's
    label, and the amount was counted as "grants" of a label "Emergency grants US$"."""
    out: list[Word] = []
    for word in words:
        last = out[-1] if out else None
        close = last is not None and word.x0 - last.x1 < 1.0 * height
        if last and close and _HEAD_GROUP.match(last.text) and _TAIL_GROUP.match(word.text):
            out[-1] = _merged(last, word, " ")
        elif last and close and _SIGN.match(last.text) and re.match(r"\d", word.text):
            out[-1] = _merged(last, word, "")
        elif last and last.text in _MINUS and word.x0 - last.x1 < _MINUS_GAP * height and \
                re.match(r"\d", word.text):
            out[-1] = _merged(last, word, "")  # "-7,8%": a minus drawn as a glyph of its own
        else:
            out.append(word)
    return out


def _merged(first: Word, second: Word, space: str) -> Word:
    return Word(f"{first.text}{space}{second.text}", first.x0, min(first.top, second.top),
                second.x1, max(first.bottom, second.bottom))


def _centre(line: _Line) -> float:
    return (line.top + line.bottom) / 2


def _split(line: _Line) -> tuple[list[Word], list[Word]]:
    """A row's label words (up to its last word with letters) and its number cells."""
    last_alpha = max((i for i, w in enumerate(line.words) if _ALPHA.search(w.text)), default=-1)
    label = line.words[: last_alpha + 1]
    rest = line.words[last_alpha + 1:]
    while rest and _CODE.match(rest[0].text) and not label:
        label.append(rest.pop(0))
    # "PARCIAL FTE 1 25,206,042 ...": a one- or two-digit code after a label in capitals,
    # before an amount, is the end of the label ("Talleres 40 8,000.00" is a count).
    if label and label[-1].text.isupper() and len(rest) > 1 and \
            re.fullmatch(r"\d{1,2}", rest[0].text) and re.search(r"[.,]", rest[1].text):
        label.append(rest.pop(0))
    # "Julio 2019 3 145": a year a word's space after the label, before the row's numbers,
    # is the label's ("Ejercicio 2018"), not a column of its own.
    height = line.bottom - line.top
    if label and len(rest) > 1 and _YEAR.match(rest[0].text) and \
            rest[0].x0 - label[-1].x1 < max(height, 1.0):
        label.append(rest.pop(0))
    cells = [w for w in rest if NUMBER.match(w.text)]
    return label, cells


_AMOUNT = re.compile(r"\d[.,']\d{3}|[.,]\d{2}\)?%?$")  # grouped thousands or two decimals


_YEAR = re.compile(r"^(?:19[89]\d|20[0-4]\d)$")
_PROSE_NUMBER = re.compile(r"\d[,:;]$")  # a number followed by a sentence's punctuation


def _is_row(line: _Line) -> bool:
    """Two numbers after a label, or one amount (a one-column budget table's row); a line
    of years only ("Tipo de atención 2016 2017 2018") heads columns."""
    if line.single:
        return True
    label, cells = _split(line)
    if cells and all(_YEAR.match(c.text) for c in cells):
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


def _ends_table(line: _Line) -> bool:
    return bool(_TABLE_END.match(line.text))


def _breaks_rows(line: _Line, height: float) -> bool:
    """A paragraph's line between two runs of rows (a sentence's punctuation, its words a
    word space apart): a list of "label: number" lines above it and a table below are two
    things, and the table's header must not be read as a row of the list. A long line of a
    report cut in columns, or a group's name, is the table's."""
    height = max(height, 1.0)
    if _is_row(line) or _CODE.match(line.words[0].text) or line.text.isupper():
        return False  # "2454990 CREACION DEL SERVICIO DE ..., MONITOREO": a project's name
    return _is_prose(line, height) and bool(_SENTENCE_MARK.search(line.text)) and \
        _one_run(line.words, height)


def layout_tables(words: list[Word]) -> list[Table]:
    """The tables of a page whose words have positions (see the module's docstring)."""
    lines = lines_of(words)
    _mark_single_rows(lines)
    tables, i, previous_end = [], 0, 0
    while i < len(lines):
        if not _is_row(lines[i]):
            i += 1
            continue
        first, j = i, i
        height = lines[i].bottom - lines[i].top
        while j + 1 < len(lines) and lines[j + 1].top - lines[j].bottom < 4 * max(height, 1) \
                and not _ends_table(lines[j + 1]) and not _breaks_rows(lines[j + 1], height):
            j += 1
        block = lines[first: j + 1]
        while block and not _is_row(block[-1]):
            block.pop()
        # What lies above a table down from the previous one is its own title and header.
        table = _table(lines[previous_end:first], block)
        if table is not None:
            tables.append(table)
        i = first + len(block)
        previous_end = i
    return tables


_WHOLE = re.compile(r"\d{1,3}(?:[ .,]\d{3})+|\d{1,6}")


def _mark_single_rows(lines: list[_Line]) -> None:
    """Mark the rows of a one-column table of whole numbers ("Talleres de prevención ⋯ 10"
    under "Meta 2022 ⋯ Cantidad"): two lines or more of a label and one number a column's
    gap apart, the numbers' right edges aligned, under a header line whose last word stands
    over them. A sentence ending in a number ("Talleres 10") has no such gap, and a list of
    label and value lines no such header."""
    i = 1
    while i < len(lines):
        run = i
        while run < len(lines) and _one_number(lines[run]) is not None:
            run += 1
        if run - i >= 2 and _aligned(lines[i:run]) and _heads(lines[i - 1], lines[i:run]):
            for line in lines[i:run]:
                line.single = True
        i = max(run, i + 1)


def _one_number(line: _Line) -> Word | None:
    """The line's one whole number, when it stands a column's gap after a label."""
    words = line.words
    height = max(line.bottom - line.top, 1.0)
    if len(words) < 2 or not _WHOLE.fullmatch(words[-1].text) or _YEAR.match(words[-1].text):
        return None
    if not _ALPHA.search(words[-2].text) or words[-1].x0 - words[-2].x1 < 2 * height:
        return None
    return words[-1]


def _aligned(rows: list[_Line]) -> bool:
    rights = [r.words[-1].x1 for r in rows]
    height = max(rows[0].bottom - rows[0].top, 1.0)
    return max(rights) - min(rights) < 1.5 * height and \
        all(b.top - a.bottom < 2 * height for a, b in zip(rows, rows[1:], strict=False))


def _heads(header: _Line, rows: list[_Line]) -> bool:
    last = header.words[-1]
    left = min(r.words[-1].x0 for r in rows)
    right = max(r.words[-1].x1 for r in rows)
    height = max(rows[0].bottom - rows[0].top, 1.0)
    return bool(_ALPHA.search(last.text)) and last.x1 > left - height and \
        last.x0 < right + height and rows[0].top - header.bottom < 2.5 * height


def _columns(rows: list[_Line]) -> list[tuple[float, float]]:
    """Column extents: the horizontal spans of the rows' numbers, merged where they overlap."""
    spans = sorted((w.x0, w.x1) for row in rows for w in _split(row)[1])
    columns: list[list[float]] = []
    for x0, x1 in spans:
        if columns and x0 <= columns[-1][1]:
            columns[-1][1] = max(columns[-1][1], x1)
        else:
            columns.append([x0, x1])
    return [(a, b) for a, b in columns]


def _reaching_left(words: list[Word], label_right: float, height: float) -> int:
    """How many words left of the numbers belong to the first column's header: those
    a space apart from the first word over it ("N° de casos" reaching left of "14")."""
    first = next((i for i, w in enumerate(words) if w.x1 > label_right), None)
    if first is None:
        return 0
    i = first
    while i > 0 and words[i].x0 - words[i - 1].x1 < 0.5 * height:
        i -= 1
    return first - i


def _slots(columns: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Each column's share of the line: from the right edge of the column to its left to
    its own right edge. Numbers are right-aligned and headers centred over the whole cell,
    so a header word over a narrow column of "0.00" lies left of the numbers it heads."""
    lefts = [columns[0][0] - 2 * (columns[0][1] - columns[0][0])]
    lefts += [columns[i - 1][1] for i in range(1, len(columns))]
    rights = [b for _, b in columns]
    rights[-1] += 2 * (columns[-1][1] - columns[-1][0])
    return list(zip(lefts, rights, strict=True))


def _column_of(word: Word, slots: list[tuple[float, float]]) -> list[int]:
    """The columns a word lies over (several for a header spread over columns)."""
    over = [i for i, (a, b) in enumerate(slots) if word.x0 < b and word.x1 > a]
    if len(over) > 1:  # a cell's number touching the next slot belongs to the one it fills
        share = [min(word.x1, slots[i][1]) - max(word.x0, slots[i][0]) for i in over]
        width = word.x1 - word.x0 or 1.0
        over = [i for i, part in zip(over, share, strict=True) if part >= 0.25 * width]
    return over


def _table(above: list[_Line], rows: list[_Line]) -> Table | None:
    numbered = [r for r in rows if _is_row(r)]
    if not numbered or (max(len(_split(r)[1]) for r in numbered) < MIN_NUMBERS
                        and len(numbered) < MIN_SINGLE_ROWS
                        and not all(r.single for r in numbered)):
        return None  # one amount on a line or two is a sentence's, not a table's
    columns = _columns(numbered)
    if len(columns) < 1:
        return None
    slots = _slots(columns)
    label_right = slots[0][0]
    header_lines = _header_lines(above, rows[0], slots)
    while header_lines and _is_heading(header_lines[-1], label_right):
        rows = [header_lines.pop(), *rows]  # "1 RECURSOS ORDINARIOS": the first group's name
    heads: list[list[str]] = [[] for _ in columns]
    label_head: list[str] = []
    label_edge = _label_edge(numbered)
    for line in header_lines:
        reaching = _reaching_left(line.words, label_right, max(line.bottom - line.top, 1.0))
        left = [w for w in line.words if w.x1 <= label_right]
        own = left[: len(left) - reaching]
        # A header word nearer the first column of numbers than the row labels heads that
        # column, however narrow ("Charlas" over a column of "3" and "8").
        past = [w for w in own if label_edge is not None
                and columns[0][0] - w.x1 < w.x0 - label_edge]
        label_head += [w.text for w in own if w not in past]
        heads[0] += [w.text for w in past + left[len(left) - reaching:]]
        for word in line.words[len(left):]:
            for c in _column_of(word, slots):
                heads[c].append(word.text)
    body: list[list[str | None]] = []
    for row in rows:
        label, cells = _split(row)
        out: list[str | None] = [" ".join(w.text for w in label) or None] + [None] * len(columns)
        for cell in cells:
            over = _column_of(cell, slots)
            if over:
                out[1 + over[0]] = cell.text
        body.append(out)
    header: list[str | None] = [" ".join(label_head) or None] + [" ".join(h) or None for h in heads]
    title_lines = above[: len(above) - len(header_lines)][-TITLE_LINES:]
    top = min(line.top for line in header_lines + rows)
    words = [w for r in rows for w in r.words]
    bbox = (min(w.x0 for w in words), top, max(w.x1 for w in words), rows[-1].bottom)
    return Table(rows=[header, *body], bbox=bbox,
                 title="\n".join(line.text for line in title_lines), source="layout")


def _label_edge(rows: list[_Line]) -> float | None:
    """The right edge of the rows' labels, None for a table whose rows have none."""
    edges = [w.x1 for row in rows for w in _split(row)[0]]
    return max(edges) if edges else None


def _is_heading(line: _Line, label_right: float) -> bool:
    """A numbered line wholly left of the numbers names a group of rows, not a column."""
    return all(w.x1 <= label_right for w in line.words) and bool(_CODE.match(line.words[0].text))


_SENTENCE_MARK = re.compile(r"[^\W\d_][.,;] \S")


def _is_prose(line: _Line, height: float) -> bool:
    """A line of running text (a paragraph, or two columns of one side by side), which
    no header is: long, or with the punctuation of sentences between words and not cut in
    columns' cells (``Fte. Fuente de financiamiento   PIA   PIM``: an abbreviation's stop)."""
    text = line.text
    if len(text) > 120:
        return True
    if len(text) <= 40 or not _SENTENCE_MARK.search(text):
        return False
    gaps = sum(b.x0 - a.x1 >= 2 * height for a, b in zip(line.words, line.words[1:],
                                                          strict=False))
    return gaps < 2


_FUNCTION_WORDS = {"de", "la", "el", "los", "las", "se", "que", "para", "por", "con", "en",
                   "del", "una", "un", "su", "sus", "al", "y", "the", "of", "to", "and", "for"}


def _runs_across(line: _Line, label_right: float, height: float) -> bool:
    """A line of a paragraph above the table: eight words or more, some of them the small
    words of sentences, a word space apart, running from the label column over the
    numbers' columns, or the sentence's last line, which ends in a colon. A header, even a
    dense one (``PIA MODIFIC. PIM``), has none of these."""
    words = line.words
    if _CODE.match(words[0].text):
        return False  # "0042 PREVENCION DE LA TRATA ...": a SIAF group's name
    small = sum(w.text.lower() in _FUNCTION_WORDS for w in words)  # "AL 31 DE DICIEMBRE"
    if small >= 2 and line.text.endswith(":"):
        return True  # "según el detalle que se muestra a continuación:" leads into a table
    if len(words) < 8 or words[0].x0 >= label_right or words[-1].x1 <= label_right or small < 3:
        return False
    return _one_run(words, height)


def _one_run(words: list[Word], height: float) -> bool:
    """Whether the words stand a word space apart, none a column's gap from the next."""
    return all(b.x0 - a.x1 < height for a, b in zip(words, words[1:], strict=False))


def _header_lines(above: list[_Line], first_row: _Line,
                  slots: list[tuple[float, float]]) -> list[_Line]:
    """The lines just above a table that head its columns.

    Scanning up from the first row: lines wholly left of the numbers (row-label headings,
    a group's name) are kept; a row, a sentence, a ``label : value`` line of a title block,
    a title's phrase running over the columns, or a line far above the last one ends the
    header.
    """
    picked: list[_Line] = []
    bottom = first_row.top
    height = max(first_row.bottom - first_row.top, 1.0)
    label_right = slots[0][0]
    for line in reversed(above):
        if len(picked) >= MAX_HEADER_LINES or bottom - line.bottom > 3.5 * height:
            break
        if _is_row(line) or _is_prose(line, height) or _is_label_value(line, slots, height) \
                or _runs_across(line, label_right, height) or _is_title(line, slots, height) \
                or _spans_table(line, slots, height):
            break
        picked.append(line)
        bottom = line.top
    return list(reversed(picked))


def _spans_table(line: _Line, slots: list[tuple[float, float]], height: float) -> bool:
    """A caption centred over the table (``Denuncias ingresadas por trata de personas según
    distrito fiscal``): four words or more a word space apart, from over the row labels to
    over the last column. A header's cells stand apart over their own columns; one merged
    over several (``Presupuesto (S/)``) does not reach over the labels too."""
    words = line.words
    if len(words) < 4 or _CODE.match(words[0].text) or len(slots) < 2:
        return False
    return _one_run(words, height) and words[0].x0 < slots[0][0] and words[-1].x1 > slots[-1][0]


def _is_label_value(line: _Line, slots: list[tuple[float, float]], height: float) -> bool:
    """A title block's ``label : value`` line (``PLIEGO : 112 ...``, ``Fecha: 20/07/2021``),
    not a header that OCR gave a stray colon (``Componente : PIA PIM Devengado``): what
    follows the colon of a header is apart in three runs or more, over as many columns."""
    if not _LABEL_VALUE.search(line.text):
        return False
    colon = next(i for i, w in enumerate(line.words) if ":" in w.text)
    after = [w for w in line.words[colon:] if w.text.strip(":")]
    runs: list[list[Word]] = []
    for word in after:
        if runs and word.x0 - runs[-1][-1].x1 < height:
            runs[-1].append(word)
        else:
            runs.append([word])
    over = {i for run in runs for i, (a, b) in enumerate(slots)
            if run[0].x0 < b and run[-1].x1 > a}
    return not (len(runs) >= 3 and len(over) >= 3)


_UNIT_WORDS = re.compile(r"\b(?:en|in)\s+(?:(?:nuevos\s+)?soles|d[oó]lares|dollars|miles|millones)"
                         r"|\bexpresad[oa]s?\s+en\b", re.I)


# A line that is only a scaled unit ("EXPRESADO EN MILES DE SOLES", "(En millones de
# soles)") is a report's title line however few columns it lies over: no header says so.
_SCALED_UNIT_LINE = re.compile(
    r"^\W*(?:(?:montos?|cifras|importes?)\s+)?(?:expresad[oa]s?\s+)?en\s+"
    r"(?:miles|millones)\s+de\s+(?:nuevos\s+)?soles\W*$"
    r"|^\W*(?:(?:montos?|cifras|importes?)\s+)?expresad[oa]s?\s+en\s+(?:nuevos\s+)?soles\W*$",
    re.I)


def _is_title(line: _Line, slots: list[tuple[float, float]], height: float) -> bool:
    """A phrase stating the unit, of three words or more a word space apart, over three
    columns or more (``ATENCIÓN A VÍCTIMAS DE TRATA (En soles)`` centred above a
    report), or a line that is only a scaled unit: the title's last line, not a header. A
    header merged over columns spans one or two of them (``Presupuesto (S/)`` over PIM and
    Devengado), and a SIAF group's name that runs over narrow columns states no unit."""
    if not _UNIT_WORDS.search(line.text):
        return False
    if _SCALED_UNIT_LINE.match(line.text):
        return True
    run: list[Word] = []
    for word in [*line.words, None]:
        if word is not None and (not run or word.x0 - run[-1].x1 < 0.6 * height):
            run.append(word)
            continue
        if len(run) >= 3:
            over = [a for a, b in slots if run[0].x0 < b and run[-1].x1 > a]
            if len(over) >= 3:
                return True
        run = [word] if word is not None else []
    return False
