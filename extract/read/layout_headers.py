"""A positioned table's header: the lines above its rows that head its columns, and the
columns each header word heads.

Scanning up from the first row, a header ends at a sentence, a title block's ``label :
value`` line, a caption or a title stating the unit, a numbered section's heading or the
line that leads into the table. Each header word heads the columns it lies over; a cell
merged over several columns (``Presupuesto ejecutado (S/)`` over ``2021`` and ``2022``)
heads every column under it, its wrapped lines with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from oficio.extract.read.layout_lines import (
    ALPHA,
    CODE,
    YEAR_CELL,
    Line,
    Word,
    is_prose,
    is_row,
    one_run,
)

_LABEL_VALUE = re.compile(r"\w\s*:\s*\S")  # "PLIEGO : 112 ...", "Fecha: 20/07/2021"


MAX_HEADER_LINES = 6


def reaching_left(words: list[Word], label_right: float, height: float) -> int:
    """How many words left of the numbers belong to the first column's header: those
    a space apart from the first word over it ("N° de casos" reaching left of "14")."""
    first = next((i for i, w in enumerate(words) if w.x1 > label_right), None)
    if first is None:
        return 0
    i = first
    while i > 0 and words[i].x0 - words[i - 1].x1 < 0.5 * height:
        i -= 1
    return first - i


def slots_of(columns: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Each column's share of the line: from the right edge of the column to its left to
    its own right edge. Numbers are right-aligned and headers centred over the whole cell,
    so a header word over a narrow column of "0.00" lies left of the numbers it heads."""
    lefts = [columns[0][0] - 2 * (columns[0][1] - columns[0][0])]
    lefts += [columns[i - 1][1] for i in range(1, len(columns))]
    rights = [b for _, b in columns]
    rights[-1] += 2 * (columns[-1][1] - columns[-1][0])
    return list(zip(lefts, rights, strict=True))


def column_of(word: Word, slots: list[tuple[float, float]]) -> list[int]:
    """The columns a word lies over (several for a header spread over columns)."""
    over = [i for i, (a, b) in enumerate(slots) if word.x0 < b and word.x1 > a]
    if len(over) > 1:  # a cell's number touching the next slot belongs to the one it fills
        share = [min(word.x1, slots[i][1]) - max(word.x0, slots[i][0]) for i in over]
        width = word.x1 - word.x0 or 1.0
        over = [i for i, part in zip(over, share, strict=True) if part >= 0.25 * width]
    return over


@dataclass
class HeaderRun:
    """Header words a word space apart on one line, and the columns each word heads."""

    words: list[Word]
    columns: list[list[int]]

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def height(self) -> float:
        return max(max(w.bottom for w in self.words) - min(w.top for w in self.words), 1.0)

    def spanned(self) -> set[int]:
        return {c for over in self.columns for c in over}


def header_runs(words: list[Word], slots: list[tuple[float, float]],
                height: float) -> list[HeaderRun]:
    """A header line's words in runs. A word lying over two columns heads the one its run's
    other words head: "(S/)" of "inversión (S/)", centred over a right-aligned column of
    amounts, reaches over the narrow column beside it."""
    runs: list[HeaderRun] = []
    for word in words:
        if runs and word.x0 - runs[-1].x1 < height:
            runs[-1].words.append(word)
        else:
            runs.append(HeaderRun([word], []))
    for run in runs:
        run.columns = [column_of(w, slots) for w in run.words]
        single = {over[0] for over in run.columns if len(over) == 1}
        run.columns = [[c for c in over if c in single] or over if len(over) > 1 else over
                       for over in run.columns]
    return runs


def merged_heads(lines: list[list[HeaderRun]]) -> list[list[HeaderRun]]:
    """Header runs merged over several columns go to every column under them.

    A run with two runs or more under it, in a later header line, over other columns
    ("Presupuesto ejecutado (S/)" over "2021" and "2022") is one cell merged over them;
    so is a lone run just under it that continues its wrapped text ("de soles)" under
    "Presupuesto programado (en miles"). A dense header of one cell per column ("PIA
    MODIFIC. PIM") names a stage per word, and stays split.
    """
    for k, line in enumerate(lines):
        for run in line:
            one_year = len(run.words) == 1 and YEAR_CELL.match(run.words[0].text)
            below = [[r for r in later if run.x0 - run.height < r.centre < run.x1 + run.height
                      or (one_year and _nearest(r, line) is run)] for later in lines[k + 1:]]
            subs = next((inside for inside in below
                         if len({c for r in inside for c in r.spanned()}) >= 2), None) \
                or _centred_over(run, line, lines[k + 1:])
            if subs is None or (len(run.words) < 2 and not one_year) or _stage_words(run) >= 2:
                continue
            merged = sorted(run.spanned() | {c for r in subs for c in r.spanned()})
            run.columns = [merged for _ in run.words]
            if below and len(below[0]) == 1 and not any(r is below[0][0] for r in subs):
                below[0][0].columns = [merged for _ in below[0][0].words]
    return lines


def _centred_over(run: HeaderRun, line: list[HeaderRun],
                  later: list[list[HeaderRun]]) -> list[HeaderRun] | None:
    """The runs of the next header line that a cell merged over their columns is centred
    on: "Presupuesto programado (S/)" centred over "2025", "2026" and "Total" is narrower
    than the three and reaches none of the outer two. The group is the smallest one of two
    runs or more, not under another cell of ``run``'s line, whose middle is ``run``'s."""
    if not later:
        return None
    others = [o for o in line if o is not run]
    free = [r for r in later[0] if not any(o.x0 - o.height < r.centre < o.x1 + o.height
                                           for o in others)]
    groups = [free[i:j + 1] for i in range(len(free)) for j in range(i + 1, len(free))
              if abs((free[i].x0 + free[j].x1) / 2 - run.centre) < run.height
              and free[i].x0 < run.x0 and free[j].x1 > run.x1]
    return min(groups, key=len) if groups else None


def _nearest(run: HeaderRun, line: list[HeaderRun]) -> HeaderRun | None:
    """The run of ``line`` whose centre is nearest ``run``'s: a year over "I semestre" and
    "II semestre" is narrower than what it heads."""
    return min(line, key=lambda other: abs(other.centre - run.centre), default=None)


_STAGE_WORD = re.compile(r"^(?:PIA|PIM|PIM\.|MODIFIC\.?|CERTIF\w*|COMPROM\w*|DEVENG\w*|"
                         r"GIRAD\w*|EJECUC\w*|AVANCE|SALDO)$", re.I)


def _stage_words(run: HeaderRun) -> int:
    return sum(bool(_STAGE_WORD.match(w.text)) for w in run.words)


_FUNCTION_WORDS = {"de", "la", "el", "los", "las", "se", "que", "para", "por", "con", "en",
                   "del", "una", "un", "su", "sus", "al", "y", "the", "of", "to", "and", "for"}


def _runs_across(line: Line, label_right: float, height: float) -> bool:
    """A line of a paragraph above the table: eight words or more, some of them the small
    words of sentences, a word space apart, running from the label column over the
    numbers' columns, or the sentence's last line, which ends in a colon. A header, even a
    dense one (``PIA MODIFIC. PIM``), has none of these."""
    words = line.words
    if CODE.match(words[0].text):
        return False  # "0042 PREVENCION DE LA TRATA ...": a SIAF group's name
    small = sum(w.text.lower() in _FUNCTION_WORDS for w in words)  # "AL 31 DE DICIEMBRE"
    if small >= 2 and line.text.endswith(":"):
        return True  # "según el detalle que se muestra a continuación:" leads into a table
    if len(words) < 8 or words[0].x0 >= label_right or words[-1].x1 <= label_right or small < 3:
        return False
    return one_run(words, height)


def heading_lines(above: list[Line], first_row: Line,
                  slots: list[tuple[float, float]]) -> list[Line]:
    """The lines just above a table that head its columns.

    Scanning up from the first row: lines wholly left of the numbers (row-label headings,
    a group's name) are kept; a row, a sentence, a ``label : value`` line of a title block,
    a title's phrase running over the columns, or a line far above the last one ends the
    header.
    """
    picked: list[Line] = []
    bottom = first_row.top
    height = max(first_row.bottom - first_row.top, 1.0)
    label_right = slots[0][0]
    for line in reversed(above):
        if len(picked) >= MAX_HEADER_LINES or bottom - line.bottom > 3.5 * height:
            break
        if _is_speck(line):
            bottom = line.top  # OCR's reading of a rule or a speck (":", "E") under the header
            continue
        if is_row(line) or is_prose(line, height) or _is_label_value(line, slots, height) \
                or _runs_across(line, label_right, height) or _is_title(line, slots, height) \
                or _spans_table(line, slots, height) or _is_section(line, height) \
                or _leads_in(line, height):
            break
        picked.append(line)
        bottom = line.top
    return list(reversed(picked))


def _is_speck(line: Line) -> bool:
    """A line of one letter or mark at most: no header's cell, no sentence."""
    return sum(len(re.sub(r"\W", "", word.text)) for word in line.words) <= 1


def _leads_in(line: Line, height: float) -> bool:
    """The last line of the sentence that leads into the table ("Regional N° 011-2023-CR:",
    "anteriores:"): it ends in a colon, its words a word space apart. A header's cells stand
    a column's gap apart, and none ends so."""
    return line.text.endswith(":") and one_run(line.words, height)


_SECTION_NUMBER = re.compile(r"^(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})*|[A-H])[.)]$")


def _is_section(line: Line, height: float) -> bool:
    """A report's numbered section heading ("I. CASOS REGISTRADOS POR AÑO Y ETAPA", "1.
    Registro de casos y sesiones") above the table it introduces: a number and words in
    capitals, or five words or more, a word space apart, not a header's cells."""
    words = line.words
    if len(words) < 3 or not _SECTION_NUMBER.match(words[0].text) or not one_run(words, height):
        return False
    # in capitals, or a phrase of five words or more ("1. Registro de casos y sesiones")
    return all(w.text.isupper() or not ALPHA.search(w.text) for w in words[1:]) or \
        len(words) >= 6


def _spans_table(line: Line, slots: list[tuple[float, float]], height: float) -> bool:
    """A caption centred over the table (``Denuncias ingresadas por trata de personas según
    distrito fiscal``): four words or more a word space apart, from over the row labels to
    over the last column. A header's cells stand apart over their own columns; one merged
    over several (``Presupuesto (S/)``) does not reach over the labels too."""
    words = line.words
    if len(words) < 4 or CODE.match(words[0].text) or len(slots) < 2:
        return False
    return one_run(words, height) and words[0].x0 < slots[0][0] and words[-1].x1 > slots[-1][0]


def _is_label_value(line: Line, slots: list[tuple[float, float]], height: float) -> bool:
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


def _is_title(line: Line, slots: list[tuple[float, float]], height: float) -> bool:
    """A phrase stating the unit, of three words or more a word space apart, over three
    columns or more (``ATENCIÓN A VÍCTIMAS DE TRATA (En soles)`` centred above a
    report), or a line that is only a scaled unit: the title's last line, not a header. A
    header merged over columns spans one or two of them (``Presupuesto (S/)`` over PIM and
    Devengado), and a SIAF group's name that runs over narrow columns states no unit."""
    if not _UNIT_WORDS.search(line.text):
        return False
    if _SCALED_UNIT_LINE.match(line.text):
        return True
    if _cells_over_columns(line, slots, height) >= 2:
        return False  # "Meta física (N.° de acciones) ⋯ Presupuesto (en miles de soles)"
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


def _cells_over_columns(line: Line, slots: list[tuple[float, float]], height: float) -> int:
    """How many runs of the line, a column's gap apart, lie over the numbers' columns: a
    header row has one per cell, a title centred over the table one."""
    right = [w for w in line.words if w.x1 > slots[0][0]]
    return len(header_runs(right, slots, height))


def stacked_header(rows: list[list[str | None]]) -> list[list[str | None]]:
    """A table's two header rows as one: a cell merged over columns ("2023" over "I Sem."
    and "II Sem.") heads each column under it. pdfplumber gives a merged cell once and
    ``None`` after it; a Word or OpenDocument table repeats it in each column it covers,
    and a label cell merged down repeats in the second row. The second row must leave the
    label column empty (or merged down) and hold no figure."""
    if len(rows) < 3:
        return rows
    top, under = rows[0], rows[1]
    merged = any(a and a.strip() and (not b or b == a)
                 for a, b in zip(top[1:], top[2:], strict=False))
    label = (under[0] or "").strip()
    if not merged or (label and label != (top[0] or "").strip()) or len(under) != len(top) \
            or any(cell and _is_figure(cell) for cell in under):
        return rows
    header: list[str | None] = [top[0]]
    spread = ""
    for above, below in zip(top[1:], under[1:], strict=True):
        spread = (above or "").strip() or (spread if below else "")
        below = "" if (below or "").strip() == spread else (below or "").strip()
        header.append(" ".join(p for p in (spread, below) if p) or None)
    return [header, *rows[2:]]


def _is_figure(cell: str) -> bool:
    """A cell of digits that is no year ("2023" heads a column; "1 240" is a figure)."""
    text = cell.strip()
    return bool(re.search(r"\d", text)) and not re.search(r"[^\W\d_]", text) and \
        not re.fullmatch(r"(?:19|20)\d\d", text)
