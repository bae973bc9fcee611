"""Where a document states the unit of a table's figures: in the column's header, the
table's caption, a note under it that a header calls ("PIA 1/" … "1/ Montos en miles de
soles"), or the page's title block ("(EN NUEVOS SOLES)", "Expresado en miles de soles").
The figures themselves are read in ``oficio.extract.figures.table_units``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from oficio.extract.figures.money import currency_of
from oficio.extract.read.document import Page, Table
from oficio.extract.read.layout_lines import SIGNS

# "(on soles)", "(cn soles)": OCR's readings of "(en soles)" count too, and "Ensoles", the
# space lost in a narrow corner cell
_UNIT = re.compile(
    r"(?:(?:\b[eoc]n\s*|expresad[oa]s?\s+en\s+|\(\s*(?:[a-z]n\s+)?)"
    r"(?:(?P<scale>miles|millones)\s+de\s+)?"
    # "Monto (miles de S/)" once a layout table has dropped the brackets
    # (OCR may put a rule's dashes before the sign: "miles de -soles)")
    r"|\b(?P<bare_scale>miles|millones)\s+de\s+[-–—_]*)"
    r"(?P<sign>(?:nuevos\s+)?soles|d[oó]lares(?:\s+americanos)?|s/\.?|us\$)"
    r"|\((?P<paren>s/\.?|us\$|soles)\)"
    # "(SI)", "(S|)", "(S1)": OCR's readings of "(S/)" in a caption, in capitals only ("(si)"
    # is a word)
    r"|\((?P<ocr_sol>(?-i:S\s?[|Il1]\.?))\)",
    re.IGNORECASE,
)


SCALES = {"miles": 1_000.0, "millones": 1_000_000.0}


CAPTION_LINES = 1  # the last line of a table's title is its caption; above, the page's


@dataclass(frozen=True)
class Unit:
    currency: str
    scale: float
    source: str  # cell, column, caption, page


# "PIM S/ (000)", "Monto (S/ 000)": the budget reports' mark of thousands of the currency.
_THOUSANDS_MARK = re.compile(
    rf"(?P<sign>{SIGNS})\s*\(\s*000\s*\)|\(\s*(?P<inside>{SIGNS})\s*000\s*\)"
    rf"|\(\s*000\s*(?P<after>{SIGNS})\s*\)", re.IGNORECASE)


def stated_unit(text: str, source: str) -> Unit | None:
    """The first statement of a money unit in ``text``."""
    mark = _THOUSANDS_MARK.search(text)
    if mark is not None:
        sign = mark.group("sign") or mark.group("inside") or mark.group("after")
        return Unit(currency_of(sign), 1_000.0, source)
    match = _UNIT.search(text)
    if match is None:
        return None
    sign = match.group("sign") or match.group("paren") or ("S/" if match.group("ocr_sol") else "")
    scale = SCALES.get((match.group("scale") or match.group("bare_scale") or "").lower(), 1.0)
    return Unit(currency_of(sign), scale, source)


def unit_of_title(table: Table, page_unit: Unit | None) -> Unit | None:
    """The unit of a table's caption, else of its title block, else of the page's."""
    lines = [line for line in table.title.split("\n") if line.strip()]
    caption = stated_unit("\n".join(lines[-CAPTION_LINES:]), "caption")
    return caption or stated_unit("\n".join(lines[:-CAPTION_LINES]), "page") or page_unit


def unit_of_page(page: Page) -> Unit | None:
    """A unit the page states for all its tables: in the title block above its first table
    (its caption excepted, which is that table's), else, for a table with no title (a
    ruled or Word table), anywhere in the page's text before it."""
    if not page.tables:
        return None
    lines = [line for line in page.tables[0].title.split("\n") if line.strip()]
    if lines:
        return stated_unit("\n".join(lines[:-CAPTION_LINES]), "page")
    text = page.body_text()
    # before the table, not a later table's caption ("Cuadro 2 ... (miles de soles)")
    first = next((c for row in page.tables[0].rows[1:2] for c in row if c and c.strip()), None)
    at = text.find(first.strip()) if first else -1
    return stated_unit(text[:at] if at > 0 else text, "page")


# A footnote's call in a column's header ("PIA 1/") and the note below the table that
# states the unit ("1/ Montos expresados en miles de soles.").
_NOTE_CALL = re.compile(r"(?<![\d/])(\d{1,2})/(?!\d)")


_NOTE_LINE = re.compile(r"^\s*(\d{1,2})/\s+(.+)$", re.M)


def note_units(text: str) -> dict[str, Unit]:
    """The units a page's footnotes state, by their call."""
    notes = {}
    for match in _NOTE_LINE.finditer(text):
        unit = stated_unit(match.group(2), "caption")
        if unit:
            notes.setdefault(match.group(1), unit)
    return notes


def marked_unit(head: str, notes: dict[str, Unit]) -> Unit | None:
    """The unit of the footnote a header calls, if a note states one."""
    return next((notes[m] for m in _NOTE_CALL.findall(head) if m in notes), None)


# A note under a table ("Nota: montos en soles. Fuente: SIAF") states its unit as a
# caption above it would.
_UNIT_NOTE = re.compile(
    r"^[ \t]*(?:\(\*+\)|\*+|(?:notas?|note|fuente|source|elaboraci[oó]n|montos|cifras|"
    r"importes|expresad[oa]s?)\b)[^\n]*", re.I | re.M)


def notes_below(page: Page) -> list[tuple[int, Unit]]:
    """The notes of ``page`` that state a unit, with where they start."""
    return [(m.start(), unit) for m in _UNIT_NOTE.finditer(page.text)
            if (unit := stated_unit(m.group(0), "caption"))]


def note_below(index: int, title_ends: list[int], notes: list[tuple[int, Unit]],
                length: int) -> Unit | None:
    """The first unit note after the ``index``-th table's title and before the next
    table's."""
    start = title_ends[index]
    end = min((pos for pos in title_ends[index + 1:] if pos > start), default=length)
    return next((unit for pos, unit in notes if start <= pos < end), None)


def title_end(table: Table, text: str) -> int:
    found = text.find(table.title) if table.title.strip() else -1
    return found + len(table.title) if found >= 0 else 0
