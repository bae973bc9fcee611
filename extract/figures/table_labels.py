"""What a table's labels say: the noun its header, rows or caption counts, and its rows'
labels whole (wrapped over lines, under a group's heading, totals).
"""

from __future__ import annotations

import re

from oficio.extract.figures.counts import SKIPPED_ADJECTIVES, is_plural, singular
from oficio.extract.figures.figure import Figure
from oficio.extract.figures.figure_context import YEAR
from oficio.extract.read.layout_lines import GOES_ON, LEADS_ON

GROUP_SEPARATOR = " / "  # between a group's heading and a row's own label


def unwrapped_rows(body: list[list[str | None]]) -> list[list[str | None]]:
    """Rows whose labels wrap over lines, joined: a table read by position has a row per
    printed line, and a label's other lines come without cells, above the row's numbers
    (cells aligned at the bottom) or below them (at the top). Left apart, they were taken
    for group headings and named the next row ("contra la Trata de Personas / Campañas")."""
    out: list[list[str | None]] = []
    for row in body:
        label = " ".join((row[0] or "").split()) if row else ""
        cells = any(row[1:])
        last = out[-1] if out else None
        last_label = " ".join((last[0] or "").split()) if last else ""
        if label and not cells and last is not None and any(last[1:]) and \
                (GOES_ON.match(label) or LEADS_ON.search(last_label)):
            out[-1] = [f"{last_label} {label}", *last[1:]]
            continue
        if label and cells and last is not None and last_label and not any(last[1:]) and \
                (GOES_ON.match(label) or LEADS_ON.search(last_label)):
            out[-1] = [f"{last_label} {label}", *row[1:]]
            continue
        out.append(list(row))
    return out


_GRAND_TOTAL = re.compile(r"^(?:total(?:\s+(?:general|pliego|entidad|global|institucional))?"
                          r"|grand\s+total)\W*$", re.I)


_SUBTOTAL = re.compile(r"^(?:sub\s*-?\s*total|total\b|parcial\b)", re.I)


def total_level(row_label: str | None) -> int:
    """2 for a table's grand total row ("TOTAL", "TOTAL PLIEGO"), 1 for a subtotal ("TOTAL
    FUENTE 1", "Subtotal", "PARCIAL FTE 1"), 0 for a row of its own."""
    label = (row_label or "").split(GROUP_SEPARATOR)[-1].strip()
    if _GRAND_TOTAL.match(label):
        return 2
    return 1 if _SUBTOTAL.match(label) else 0


# A column named by a state of what the table counts ("Con acusación", "En trámite",
# beside "Casos ingresados"): how many of those are in it.
STATE_HEAD = re.compile(r"^(?:con|sin|en|por)\s+[^\W\d_]{3,}", re.I)






def count_cell(cell: str, noun: str) -> Figure | None:
    if not re.fullmatch(r"\d{1,3}(?:[ .,]\d{3})*|\d+", cell):
        return None
    return Figure("count", float(re.sub(r"\D", "", cell)), what=singular(noun.lower()),
                  unit_source="column")


NUMBER_HEAD = re.compile(r"^\s*(?:n(?:[°º]|o\.|\.)?|nro\.?)\s*$", re.I)


# A column's header that names no noun: a year, a month, a period, a date or the total.
_NO_NOUN_WORDS = re.compile(
    r"\b(?:total(?:es)?|a[ñn]o|al|del?|a|y|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"se[pt]tiembre|octubre|noviembre|diciembre|ene|feb|mar|abr|may|jun|jul|ago|set|sep|oct|"
    r"nov|dic|trimestre|semestre|i{1,3}|iv|primer|segundo|tercer|cuarto)\b", re.I)


def names_no_noun(head: str) -> bool:
    """A year's, a period's or the total's column ("2018", "Ene-Jun", "Total")."""
    return bool(head) and not re.search(r"[^\W\d_]", _NO_NOUN_WORDS.sub(" ", head))


def numbers_rows(column: list[str]) -> bool:
    """Cells that number the rows: 1, 2, 3 ..."""
    return [c for c in column] == [str(i) for i in range(1, len(column) + 1)]


def caption_noun(title: str) -> str | None:
    """What a table's caption says it counts ("Cuadro 7. Menores acogidos por
    distrito", "Orientaciones legales, 2019-2021"): its first plural noun, in a caption, not in
    the sentence of a letter that leads into the table."""
    lines = [line for line in title.split("\n") if line.strip()]
    # A sheet's lines of facts under its caption ("Fecha de elaboración: 21/01/2020",
    # "Información solicitada: año 2019 ...") are not it.
    while lines and _FACT_LINE.match(lines[-1]):
        lines.pop()
    if not lines or is_sentence(re.sub(r"^\s*(?:cuadro|tabla|table)\s*n?\W*\s*\d+\W*", "",
                                        lines[-1], flags=re.I)):
        return None
    words = [w for w in re.findall(r"[^\W\d_]{3,}", lines[-1])
             if w.lower() not in SKIPPED_ADJECTIVES]
    return plural_noun(" ".join(words))


def lead_in_noun(title: str) -> str | None:
    """What the letter's sentence that leads into a table says it sends the figures of, when
    it ends on a colon: "remitir la información de las denuncias por el delito de trata …
    del 1 de octubre de 2020 al 30 de setiembre de 2022:" over a table of years."""
    text = " ".join(title.split())
    if not text.endswith(":"):
        return None
    sentence = re.split(r"(?<=[^\W\d_]{2}\.)\s+", text)[-1]
    found = _LEAD_IN_OBJECT.search(sentence)
    return found.group("noun") if found and is_plural(found.group("noun")) else None


_LEAD_IN_OBJECT = re.compile(
    r"\b(?:informaci[oó]n|n[uú]mero|cantidad|relaci[oó]n|detalle|registro|estad[ií]stica)\s+"
    r"(?:de|sobre)\s+(?:las\s+|los\s+)?(?P<noun>[^\W\d_]{4,})", re.IGNORECASE)


_FACT_LINE = re.compile(r"^\s*[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3}\s*:\s*\S")


def is_sentence(line: str) -> bool:
    """A line of a letter's paragraph: long, or with a sentence's punctuation between words.
    A long caption that opens with what it counts ("Casos ingresados por el delito de trata
    de personas (art. 129-A del Código Penal), por distrito") is not one."""
    first = line.split()[0] if line.split() else ""
    opens_with_noun = first[:1].isupper() and is_plural(first) and not line.rstrip().endswith(
        (".", ":"))
    # "Denuncias por trata de personas, según departamento, 2017-2018": a caption's commas
    return not opens_with_noun and (len(line) > 90 or bool(
        re.search(r"[^\W\d_]{2}[.,;:] +[^\W\d_]", line)))


# A plural noun and what was done with its items ("Módulos concluidos", "Casos atendidos"),
# not a budget's ("Recursos determinados", "Gastos ejecutados")
DONE = re.compile(r"^\s*(?!(?:recursos|gastos|ingresos|fondos|bienes|servicios|costos|importes|"
                   r"montos|inversiones|transferencias|donaciones|aportes|pagos|saldos)\b)"
                   r"[^\W\d_]{3,}s\s+(?:[^\W\d_]+\s+)?[^\W\d_]+[aií]d[oa]s\b", re.I)


NOT_COUNTED_HEADS = {"años", "meses", "montos", "soles", "dólares", "dolares", "totales", "datos",
                "detalles", "observaciones", "fuentes", "metas", "fechas", "recursos", "nombres",
                "years", "months", "amounts", "totals", "notes", "sources"}


def plural_noun(head: str, capitals: bool = False) -> str | None:
    """The first plural word of a header that names what is counted. With ``capitals``, a
    word in capitals is one when it reads as a word ("OPERATIVOS", "VÍCTIMAS"), not as an
    acronym ("CEMS"): a column's header in capitals names what it counts, where a budget
    row's label in capitals ("BIENES Y SERVICIOS") does not."""
    for word in re.findall(r"[^\W\d_]{3,}", head):
        if is_plural(word) and word.lower() not in NOT_COUNTED_HEADS and \
                (not word.isupper() or capitals and _spoken(word)):
            return word
    return None


# "Tipo de asistencia" over rows "Asistencia legal", "Asistencia social": each row is a
# kind of what the label column names, and the cells under the periods count it. On a scan,
# OCR may add a mark of the cell's rule before it and a stray letter after ("> Tipo de
# asistencia E").
_KIND_OF = re.compile(r"[^\w(]*(?:tipos?|clases?|modalidad(?:es)?|formas?|categor[ií]as?)\s+de\s+"
                      r"([^\W\d_]{4,})(?:\s+[^\W\d_])?\s*", re.IGNORECASE)


def kind_noun(head: str) -> str | None:
    """What the rows of a table whose label column is "Tipo de <noun>" are kinds of."""
    match = _KIND_OF.fullmatch(head)
    return match.group(1) if match else None


def _spoken(word: str) -> bool:
    """A word in capitals that is a word: six letters or more, a third of them vowels."""
    vowels = sum(letter in "AEIOUÁÉÍÓÚ" for letter in word)
    return len(word) >= 6 and vowels * 3 >= len(word)


def year_cells(row: list[str | None]) -> str:
    """The row's cells that are a year ("2020" in a column "Año"), for its figures' year."""
    return " ".join(cell for cell in row[1:] if cell and YEAR.fullmatch(cell.strip()))


def one_year(*texts: str) -> int | None:
    """The one year the first of ``texts`` naming exactly one names."""
    for text in texts:
        years = {int(y) for y in YEAR.findall(text or "")}
        if len(years) == 1:
            return years.pop()
    return None
