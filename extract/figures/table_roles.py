"""The stage of a budget (``allocated``, ``committed``, ``executed``) a table's cell holds,
from its column's header, its row's label, a month's column or the table's caption.
"""

from __future__ import annotations

import re

from oficio.extract.figures.figure_context import only_role, roles_in
from oficio.extract.figures.table_labels import GROUP_SEPARATOR, is_sentence

COMMITTED_HEAD = re.compile(r"certif|comprom", re.I)  # and SIAF's "Certif.", "Comprom."


ALLOCATED_HEAD = re.compile(
    r"\bPIA\b|\bPIM\b|asignad|asignaci|presupuest|programad|\bmarco\b|modificad|\bmodific\.?"
    r"|estimad|financiamiento\b(?!\s+(?:de|por))|financiad|\bfunding\b",
    re.I,
)


EXECUTED_HEAD = re.compile(r"deveng|ejecutad|ejecuci[oó]n|girad|pagad|gastad|executed|spent",
                           re.I)


# "Presupuesto", "presupuestal" name the budget, not which of its stages: over "PIM" and
# "Devengado" ("Presupuesto (S/)" merged over both), or in "Ejecución presupuestal".
_BUDGET_WORD = re.compile(r"presupuest|\bbudget", re.I)


# A balance ("Saldo", "Por ejecutar", "PIM - Devengado") is none of the stages.
BALANCE_HEAD = re.compile(r"\bsaldos?\b|\bpor\s+(?:ejecutar|devengar|girar|comprometer)\b"
                           r"|\bPI[AM]\s*[-–]\s*\w", re.I)


# A stage named as the measure of another ("Ejecución del PIM", "Avance respecto al PIA").
_COMPLEMENT = re.compile(r"(?:\bdel?|\bal|respecto\s+(?:del?|al))\s*$", re.I)


def role_of(header: str) -> str | None:
    """``committed``, ``allocated`` or ``executed``: the budget stage a column's header
    names. When it names several, the one named last, nearest the cells, is the column's
    own: a header's lines run down from a report's title or a header merged over several
    columns (``Reporte de ejecución … / PIA``, ``Presupuesto (S/) / Devengado``) to the
    column's name. ``Presupuesto`` alone is ``allocated``; a balance (``Saldo``) is none."""
    if BALANCE_HEAD.search(header):
        return None
    found = stages(header)
    own = [f for f in found if not _COMPLEMENT.search(header[:f[0]])] or found
    if own:
        return own[-1][1]
    return "allocated" if _BUDGET_WORD.search(header) else None


def stages(header: str) -> list[tuple[int, str]]:
    """The budget stages a header names, by position ("Presupuesto" names none)."""
    return sorted(
        (m.start(), role) for role, pattern in (("committed", COMMITTED_HEAD),
                                                ("allocated", ALLOCATED_HEAD),
                                                ("executed", EXECUTED_HEAD))
        for m in pattern.finditer(header) if not _BUDGET_WORD.match(m.group(0)))


_PERIOD_HEAD = re.compile(
    r"^(?:ene|feb|mar|abr|may|jun|jul|ago|set|sep|oct|nov|dic)[a-z]*\.?$"
    r"|trimestre|semestre|^mes\b",
    re.I,
)


# A spending classifier's code opens a row of what was bought ("2.5 Otros gastos"), not of
# a stage of the budget.
CLASSIFIER_ROW = re.compile(r"^\s*\d(?:\.\d{1,2}){1,5}\s")


def row_role(label: str) -> str | None:
    """The one stage a row's label names ("Gasto ejecutado" across years' columns); a
    balance ("Saldo no ejecutado") or a spending classifier ("2.5 Otros gastos") has none."""
    own = label.split(GROUP_SEPARATOR)[-1]
    if BALANCE_HEAD.search(label) or CLASSIFIER_ROW.match(own):
        return None
    return only_role(label)


def period_role(head: str, title: str) -> str | None:
    """A month's or a quarter's column of a report of execution (``DEVENGADOS Vs MARCO``)
    holds what was executed in it: budgets are not set by month."""
    words = head.split()  # the month heads its column, above or below a group's name
    if words and (_PERIOD_HEAD.search(words[-1]) or _PERIOD_HEAD.search(words[0])) and \
            EXECUTED_HEAD.search(title):
        return "executed"
    return None


# "Valor de la mercancía incautada (millones de S/)": a value, whatever the caption says
VALUE_HEAD = re.compile(r"^\s*valor(?:es)?\b|^\s*(?:estimated\s+)?value\b", re.I)


def cell_role(head: str, title: str, row: str, caption: str | None) -> str | None:
    """A cell's stage: its column's, else a month's column of executions, else its row's,
    else the caption's. A column headed only by the budget's name ("Presupuesto por año
    2019" over rows "PIM" and "Devengado") gives way to a row that names its stage."""
    if BALANCE_HEAD.search(head) or VALUE_HEAD.match(head):
        return None  # what is left of a budget, or what goods are worth, is no stage of it
    by_row = row_role(row)
    if by_row and not stages(head):
        return by_row
    return role_of(head) or period_role(head, title) or by_row or caption


def caption_role(title: str) -> str | None:
    """The role the sentence or caption just above a table gives the amounts under
    headers that name none ("se ha programado ... según el detalle siguiente:",
    "Gasto ejecutado por actividad"): its last budget word, as in running text."""
    caption = " ".join(line for line in title.split("\n")[-2:] if line.strip())
    found = roles_in(caption)
    return found[-1][1] if found else None


def table_role(header: list[str], title: str) -> str | None:
    """The stage the words above a table give the amounts under headers that name none:
    the caption's last budget word, else the title block's one stage when no header names
    a stage."""
    caption = caption_role(title)
    if caption is None and not any(role_of(h) for h in header[1:]):
        caption = title_role(title)
    return caption


def title_role(title: str) -> str | None:
    """The budget stage a table's title block names, for a table whose headers name none
    (``PRESUPUESTO ANUAL DE LA GERENCIA`` over columns of sources of funds): one
    stage only, named in the title's own lines, not in a letter's sentences above it."""
    lines = [line for line in title.split("\n") if line.strip() and not is_sentence(line)]
    found = {role for line in lines for _, role in roles_in(line)}
    return found.pop() if len(found) == 1 else None
