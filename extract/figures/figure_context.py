"""What surrounds a number: spans that are never figures, sentences, years and roles.

Reference lines, laws, articles, dates, phones, DNI/RUC, addresses and page numbers hold
digits that are not figures; ``blocked_spans`` finds them so the finders skip numbers
inside them. ``year_near`` and ``role_near`` attach a figure's year and budget role from
its own sentence (or table row and header line).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

_MONTHS = (
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
    "noviembre|diciembre|january|february|march|april|may|june|july|august|september|"
    "october|november|december"
)
_NUM_SIGN = r"(?:(?<![A-Za-z])N\s?[°º*?o]\.?|Nro\.?|Nº|No\.|N\.|#|Número|Numero|number)"
_DOC_WORDS = (
    r"Ley|Leyes|Decreto(?:\s+(?:Legislativo|Supremo|de\s+Urgencia|Regional|de\s+Alcaldía))?|"
    r"D\.\s?S\.|D\.\s?L(?:eg)?\.|D\.\s?U\.|R\.\s?M\.|R\.\s?D\.|R\.\s?S\.|R\.\s?J\.|R\.\s?E\.|"
    r"Resoluci[oó]n(?:\s+(?:Ministerial|Directoral|Suprema|Jefatural|Ejecutiva|"
    r"de\s+\w+))*|Ordenanza(?:\s+(?:Regional|Municipal))?|Oficio(?:\s+M[uú]ltiple)?|"
    r"Informe(?:\s+T[eé]cnico|\s+Legal)?|Memorando(?:\s+M[uú]ltiple)?|Memor[aá]ndum|Carta|"
    r"Expediente|Exp\.|Carpeta(?:\s+Fiscal)?|Caso|Registro|Solicitud|Acuerdo|Acta|"
    r"Proveído|Hoja\s+de\s+Ruta|H\.R\.|Nota|Convenio|Directiva|Law|Decree|Act|File|Case|"
    r"Resolution|Letter|Official\s+Letter"
)
_BLOCK_PATTERNS = [
    # "Ley N° 28950", "D.S. N° 017-2017-IN", "Expediente N° 123", "OFICIO N° 0456-..."
    rf"(?i:\b(?:{_DOC_WORDS}))\s*(?:{_NUM_SIGN}\s*)?:?\s*\d[\w\-/.°º]*",
    # any "N° 123-..." on its own
    rf"{_NUM_SIGN}\s*:?\s*\d[\w\-/.°º]*",
    # tokens that glue digits with hyphens or slashes: refs, dates, phones, ranges
    r"\b[\w.]*\d[\w.]*(?:[-/][\w.]*\d[\w.]*)+",
    # articles, clauses, list numbering words
    r"(?i:\b(?:art[ií]culos?|arts?\.|inciso|incisos|numeral|numerales|literal|p[aá]rrafo|"
    r"[ií]tem|cap[ií]tulo|secci[oó]n|anexo|article|section|item|paragraph|punto|"
    r"cuadro|tabla|gr[aá]fico|figura|foto|imagen|table|chart|figure|l[ií]nea|line|versi[oó]n|"
    r"etapa|fase|grupo|lote|sala|m[oó]dulo|aula|edici[oó]n|promoci[oó]n|tomo|volumen))"
    rf"\s*(?:{_NUM_SIGN}\s*)?\d+(?:[.,]\d+)*(?:\s*(?:,|y|e|and)\s*\d+(?:[.,]\d+)*)*",
    # dates
    rf"(?i:\b\d{{1,2}}\s+(?:de\s+)?(?:{_MONTHS})(?:\s+(?:de|del)?\s*\d{{4}})?)",
    rf"(?i:\b(?:{_MONTHS})\s+\d{{1,2}},?\s+\d{{4}})",
    # phones
    r"\(\s?0?\d{1,2}\s?\)\s*\d{3}[\s-]?\d{3,4}",
    r"(?i:\b(?:tel[eé]fonos?|telf?\.?|tlf\.?|phone|central(?:\s+telef[oó]nica)?|celular|"
    r"cel\.?|fax|anexos?|ext\.?))\s*:?\s*(?:\(\s?0?\d{1,2}\s?\)\s*)?\d[\d\s-]*\d",
    r"(?<![\d.,])9\d{2}[\s-]?\d{3}[\s-]?\d{3}(?![\d.,])",
    # DNI (8 digits), RUC (11 digits), other long bare digit runs
    rf"(?i:\b(?:DNI|D\.N\.I\.|RUC|C\.E\.|pasaporte)\s*(?:{_NUM_SIGN}\s*)?:?\s*\d+)",
    r"(?<![\d.,])\d{8,}(?![\d.,])",
    # addresses: "Jr. Camaná 616", "Av. Abancay N° 491", "Calle Los Pinos 123"
    r"(?i:\b(?:jr\.|jir[oó]n|av\.|avda\.|avenida|calle|psje\.|pasaje|prolongaci[oó]n|"
    r"carretera|km\.?|mz\.?|manzana|lote|lt\.?|urb\.|piso|dpto\.?))"
    r"[ \t]+(?:(?:[A-ZÁÉÍÓÚÑ][\w.]*|de|la|las|los|del|el)[ \t]+){0,5}"
    r"(?:N\s?[°º]\.?\s*)?\d+[A-Za-z]?",
    # page numbers
    r"(?i:\b(?:p[aá]gina|p[aá]g\.|page|folio|folios|fs\.)\s*\d+(?:\s*(?:de|of|/)\s*\d+)?)",
    # numbered list items and headings at line start: "1.", "2)", "3.1", "a)"
    r"(?m:^[ \t]*\d{1,2}(?:\.\d{1,2})*[.)°º-](?=\s))",
    r"(?m:^[ \t]*\d{1,2}\.\d{1,2}(?:\.\d{1,2})*(?=\s))",
]
_BLOCK = re.compile("|".join(f"(?:{p})" for p in _BLOCK_PATTERNS))
YEAR = re.compile(r"(?<![\w.,/-])(19[89]\d|20[0-4]\d)(?![\w/-]|[.,]\d|\s?%)")

ALLOCATED = re.compile(
    r"(?i:\b(?:asignad[oa]s?|asignaci[oó]n(?:es)?|asign(?:ó|aron|a|an|ar)|PIA|PIM|"
    # money granted to a project ("monto financiado", "funding") is money set aside for it
    r"financiad[oa]s?|funded|funding|"
    r"presupuestad[oa]s?|presupuestó|presupuesto\s+(?:anual|institucional|inicial|modificado)|"
    r"contempla|de\s+apertura|modificado|previst[oa]s?|estimad[oa]s?|estimated|programad[oa]s?|programaci[oó]n|"
    r"program(?:ó|aron)|transferid[oa]s?|transfiri(?:ó|eron)|"
    r"destin(?:ó|aron|ad[oa])\s+(?:un\s+|el\s+)?presupuesto|presupuesto\s+destinado|"
    r"aprobad[oa]s?|aprob(?:ó|aron)|"
    r"modificaci[oó]n\s+presupuestaria|marco\s+presupuestal|"
    r"allocated|allocation|budgeted|"
    r"(?:opening|modified|annual|allocated|total|project)\s+budget|earmarked|"
    r"contributions?|contributed)\b)"  # a funder's contribution is what it set aside
)
EXECUTED = re.compile(
    r"(?i:\b(?:ejecutad[oa]s?|ejecuci[oó]n|ejecut(?:ó|aron|a|an)|ejecut[aá]ndo(?:se)?|"
    r"devengad[oa]s?|deveng[oó]|devengaron|gast(?:o|os|ad[oa]s?|ó|aron)|girad[oa]s?|invertid[oa]s?|invirti(?:ó|eron)|"
    r"inversi[oó]n|pagad[oa]s?|executed|execution|spent|spending|expenditure|cost|"
    r"invested|investments?|"
    r"paid|payments?|disbursed|disbursements?)\b)"
)
# The stage between the two: a certificate or commitment sets money aside for a purchase.
COMMITTED = re.compile(
    r"(?i:\b(?:certificad[oa]s?|certificaci[oó]n(?:es)?|certific(?:ó|aron)|comprometid[oa]s?|"
    r"compromisos?|comprometi(?:ó|eron)|committed|commitments?)\b)"
)
ROLE_WORDS = (("allocated", ALLOCATED), ("committed", COMMITTED), ("executed", EXECUTED))
# An amount said to be a value ("mercancía valorizada en US$ 38,2 millones") is no budget
# stage, whatever budget word came before it in the sentence.
VALUED = re.compile(r"(?i:\b(?:valorizad[oa]s?|valorad[oa]s?|valuad[oa]s?|tasad[oa]s?|"
                    r"valor(?:es)?\s+(?:estimad|aproximad)[oa]s?|valued\s+at|worth)\b)")
_SENTENCE_END = re.compile(
    r"(?<!S/\.)(?<=[.!?;:])(?:[ \t]*\n\s*|\s+(?=[A-ZÁÉÍÓÚÑ¿¡\"(•\-–\d]))"
    r"|\n[ \t]*\n|\n(?=[ \t]*[•\-–*]\s)"
)


@dataclass(frozen=True)
class Blocked:
    """Sorted spans of text where numbers are not figures."""

    starts: list[int]
    ends: list[int]

    def covers(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a blocked span."""
        i = bisect.bisect_left(self.ends, start + 1)
        return i < len(self.starts) and self.starts[i] < end


class Span(Protocol):
    start: int
    end: int


class Taken:
    """The characters of a text that spans taken so far cover, so that whether a span
    overlaps one of them is known from the span alone: checking every span taken made a
    page with thousands of figures take time growing with their square. Overlap means what
    it means for ``[start, end)`` ranges (``a.start < b.end and b.start < a.end``), empty
    ones included."""

    def __init__(self, length: int, spans: Iterable[Span] = ()) -> None:
        self.spans: list[Span] = []
        self.covered = bytearray(length)
        self.points: list[int] = []  # empty spans taken: no character covered
        for span in spans:
            self.mark(span)

    def mark(self, span: Span) -> None:
        self.spans.append(span)
        if span.start < span.end:
            self.covered[span.start : span.end] = b"\x01" * (span.end - span.start)
        else:
            self.points.append(span.start)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a span taken."""
        if start >= end:  # an empty span
            return any(s.start < end and start < s.end for s in self.spans)
        return (self.covered.find(1, start, end) >= 0
                or any(start < point < end for point in self.points))


def blocked_spans(text: str) -> Blocked:
    """The spans of ``text`` whose digits are references, laws, dates, phones and such."""
    spans = [(m.start(), m.end()) for m in _BLOCK.finditer(text) if m.end() > m.start()]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return Blocked([s for s, _ in merged], [e for _, e in merged])


@lru_cache(maxsize=16)
def _sentence_breaks(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the separators between sentences (cached per page text)."""
    found = list(_SENTENCE_END.finditer(text))
    return [m.start() for m in found], [m.end() for m in found]


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or paragraph, or list item) around ``[start, end)``."""
    break_starts, break_ends = _sentence_breaks(text)
    i = bisect.bisect_right(break_ends, start) - 1
    left = break_ends[i] if i >= 0 else 0
    j = bisect.bisect_left(break_starts, end)
    right = break_starts[j] if j < len(break_starts) else len(text)
    return left, right


def line_bounds(text: str, start: int) -> tuple[int, int]:
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", start)
    return left, len(text) if right < 0 else right


def years_in(text: str, start: int, end: int, blocked: Blocked) -> list[tuple[int, int]]:
    """``(position, year)`` of every free-standing year in ``text[start:end]``."""
    return [
        (m.start(), int(m.group(1)))
        for m in YEAR.finditer(text, start, end)
        if not blocked.covers(m.start(), m.end())
    ]


_TABLE_GAP = re.compile(r"\S(?: {2,}|\t| ?\| ?)\S")


def is_table_line(text: str, start: int) -> bool:
    """Whether the line holding ``start`` looks like a table row (columns split by gaps)."""
    return _is_table_row(text, *line_bounds(text, start))


@lru_cache(maxsize=256)  # each figure of a line asks: a long line was searched once per figure
def _is_table_row(text: str, left: int, right: int) -> bool:
    return bool(_TABLE_GAP.search(text, left, right))


def year_near(text: str, start: int, end: int, blocked: Blocked) -> int | None:
    """The year a figure refers to: nearest before it in its sentence, else after it.

    In a table row (a line with several columns), the row's own year comes first, then
    the year heading the figure's column on a header line above.
    """
    if is_table_line(text, start):
        left, right = line_bounds(text, start)
        before = years_in(text, left, start, blocked)
        return before[-1][1] if before else column_value(text, start, _years_of(blocked))
    left, right = sentence_bounds(text, start, end)
    before = [y for pos, y in years_in(text, left, start, blocked)]
    if before:
        return before[-1]
    after = [y for pos, y in years_in(text, end, right, blocked)]
    return after[0] if after else None


def _years_of(blocked: Blocked):
    def find(text: str, start: int, end: int) -> list[tuple[int, int]]:
        return years_in(text, start, end, blocked)

    return find


def roles_in(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    """``(position, role)`` of every budget-stage word of ``text[start:end]``, in order."""
    end = len(text) if end is None else end
    return sorted((m.start(), role) for role, pattern in ROLE_WORDS
                  for m in pattern.finditer(text, start, end))


def only_role(text: str) -> str | None:
    """The one budget stage ``text`` names; ``None`` when it names none or several."""
    found = {role for _, role in roles_in(text)}
    return found.pop() if len(found) == 1 else None


def column_value(text: str, start: int, finder) -> int | str | None:
    """What heads the column of a table cell at ``start`` (year or role), from lines above.

    The nearest line above (up to six) on which ``finder`` finds something is the header;
    its item nearest the cell's column wins if within 12 characters of it.
    """
    line_start, _ = line_bounds(text, start)
    column = start - line_start
    pos = line_start - 1
    for _ in range(6):
        if pos <= 0:
            return None
        above_start, above_end = line_bounds(text, pos - 1)
        items = finder(text, above_start, above_end)
        if items:
            best = min(items, key=lambda item: abs(item[0] - above_start - column))
            return best[1] if abs(best[0] - above_start - column) <= 12 else None
        pos = above_start - 1
    return None


# After an amount, a clause that ends ("; ejecutado: S/ 80") or a part taken from it (", de
# los cuales se comprometió S/ 30") speaks of the next amount, not of this one.
_CLAUSE_END = re.compile(r"[;:]|,\s*(?:de\s+l[oa]s?\s+cual(?:es)?|del\s+cual|of\s+which)\b",
                         re.I)
# Between two amounts of one list ("S/ 1,4 millones en 2017 y S/ 2,1 millones en 2018"):
# the second is of the same stage as the first.
_LIST_JOIN = re.compile(r"[\s,]*(?:(?:en|in|para|for|durante|del?|al?)\s[^\d;:.]{0,40}?"
                        r"(?:(?:19|20)\d\d)?\s*)?,?\s*(?:y|e|and)?\s*(?:a|de|por|to)?\s*", re.I)
# The next item of a list of one stage by year ("Presupuesto ejecutado: 2017 S/ 84,300.00;
# 2018 S/ 97,150.00").
_YEAR_ITEM = re.compile(r"\s*;\s*(?:(?:en|in)\s+)?(?:19|20)\d\d:?\s*", re.I)


def _bracketed(text: str, start: int, end: int) -> bool:
    """An amount in brackets after the item it paid for ("la impresión de afiches (S/
    2,180.00)"): in a list of such items, each is of the stage the first one's sentence
    names ("se ejecutaron las siguientes acciones: ... (S/ 7,250.00); ...")."""
    return text[start - 1:start] == "(" and text[end:end + 1] == ")"


# What a keyword after an amount must not be followed by to be its own: the next amount, a
# few words on ("S/ 100 000 se ejecutaron S/ 80 000": the keyword opens the next one).
_OPENS_NEXT = re.compile(r"[^,;:.]{0,40}")


def role_near(text: str, start: int, end: int, prev_end: int, next_start: int,
              prev_role: str | None = None) -> str | None:
    """``allocated``, ``committed`` or ``executed`` from the keyword nearest the figure in
    its clause.

    The clause runs from the previous figure (or the sentence start, or a label ending in a
    colon before it) to the next figure (or the sentence end, or a semicolon); a keyword
    before the figure wins over one after it. An amount listed after another with nothing
    but a year between them takes the other's role (``prev_role``). In a table row, the
    row's label comes first, then the heading of the figure's column.
    """
    if is_table_line(text, start):
        left, _ = line_bounds(text, start)
        label = roles_in(text, left, start)
        if label:
            return label[-1][1]
        role = column_value(text, start, roles_in)
        return role if isinstance(role, str) else None
    left, right = sentence_bounds(text, start, end)
    if text[:left].rstrip().endswith(":") and left > prev_end:
        left = sentence_bounds(text, left - 2, left - 1)[0]  # "Monto asignado: S/ 500"
    # a keyword right after the previous amount is that amount's ("S/ 9 000 ejecutados y")
    before = [r for r in roles_in(text, max(left, prev_end), start)
              if not (prev_end > left and _adjacent(text, prev_end, r[0]))]
    valued = [m.end() for m in VALUED.finditer(text, max(left, prev_end), start)]
    if valued and (not before or valued[-1] > before[-1][0]):
        return None
    if before:
        return before[-1][1]
    if prev_role and prev_end > left and _LIST_JOIN.fullmatch(text, prev_end, start):
        return prev_role
    listed = prev_end > left and _bracketed(text, start, end) and text[prev_end] == ")"
    if prev_role and (listed or _YEAR_ITEM.fullmatch(text, prev_end, start)):
        return prev_role
    stop = min(right, next_start) if next_start > end else right
    cut = _CLAUSE_END.search(text, end, stop)
    after = roles_in(text, end, cut.start() if cut else stop)
    if after and (_adjacent(text, end, after[0][0]) or not (
            stop == next_start and _OPENS_NEXT.fullmatch(text, after[0][0], next_start))):
        return after[0][1]
    return None


def _adjacent(text: str, end: int, word: int) -> bool:
    """A keyword written right after an amount ("S/ 9 000 ejecutados"), nothing between."""
    return word - end <= 2 and not text[end:word].strip()
