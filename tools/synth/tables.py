"""Tables written as text: pipe-separated or space-aligned columns, figures in the cells."""

from __future__ import annotations

from dataclasses import dataclass

from tools.synth import figures
from tools.synth.builder import Fig, Ment, Piece, ReplyBuilder
from tools.synth.context import Ctx
from tools.synth.numbers import group


@dataclass(frozen=True)
class Column:
    header_es: str
    header_en: str
    kind: str  # count | money | percent
    arg: str | None  # lemma for counts, role for money


COLUMNS = {
    "prosecution": [Column("Denuncias", "Complaints", "count", "denuncia"),
                    Column("Presuntas víctimas", "Victims", "count", "víctima"),
                    Column("Detenidos", "Arrests", "count", "detenido"),
                    Column("Operativos", "Operations", "count", "operativo")],
    "protection": [Column("Víctimas atendidas", "Victims assisted", "count", "víctima"),
                   Column("Atenciones", "Consultations", "count", "atención"),
                   Column("Albergues", "Shelters", "count", "albergue")],
    "prevention": [Column("Actividades", "Activities", "count", "actividad"),
                   Column("Participantes", "Participants", "count", "participante")],
    "governance": [Column("PIM (S/)", "Allocated (S/)", "money", "allocated"),
                   Column("Devengado (S/)", "Executed (S/)", "money", "executed"),
                   Column("Avance %", "Progress %", "percent", None)],
}
EN_LEMMA = {"denuncia": "complaint", "víctima": "victim", "detenido": "arrest",
            "operativo": "operation", "atención": "consultation", "albergue": "shelter",
            "actividad": "activity", "participante": "participant"}


def _cell(ctx: Ctx, col: Column, year: int | None, comma_decimal: bool) -> Fig:
    rng = ctx.rng
    if col.kind == "money":
        return figures.cell_money_fig(rng, year, col.arg, comma_decimal)
    if col.kind == "percent":
        value = round(rng.uniform(10, 99.9), 1)
        text = f"{value}".replace(".", ",") if comma_decimal else f"{value}"
        return Fig(text + rng.choice(["%", " %", ""]), "percent", value, None, None, year)
    lemma = col.arg if ctx.lang == "es" else EN_LEMMA.get(col.arg, col.arg)
    n = figures.count_value(rng, col.arg)
    sep = "," if ctx.lang == "en" else rng.choice([" ", ",", ""])
    text = group(n, sep) if n >= 1000 else str(n)
    return Fig(text, "count", float(n), None, lemma, year)


def _rows(ctx: Ctx, axis: str, years: list[int]) -> tuple[str, list[tuple[str, int | None]]]:
    """The label column header and (label, year) rows: one per year, or per activity."""
    rng = ctx.rng
    if axis in ("prosecution", "protection") or rng.random() < 0.3:
        return ("Year" if ctx.lang == "en" else "Año"), [(str(y), y) for y in years]
    labels = ctx.bank["activity"][axis]
    chosen = rng.sample(labels, min(len(labels), rng.randint(2, 3)))
    year = rng.choice(years) if rng.random() < 0.6 else None
    head = "Activity" if ctx.lang == "en" else "Actividad"
    if year is not None:
        head = f"{head} {year}" if ctx.lang == "en" else f"{head} ({year})"
    return head, [(label, year) for label in chosen]


def write_table(b: ReplyBuilder, ctx: Ctx, axis: str, years: list[int]) -> None:
    rng = ctx.rng
    columns = COLUMNS[axis]
    columns = columns if len(columns) <= 2 else rng.sample(columns, rng.randint(2, 3))
    head, rows = _rows(ctx, axis, years)
    comma_decimal = ctx.lang == "es" and rng.random() < 0.4
    cells: list[list[Piece]] = []
    for label, year in rows:
        cells.append([label] + [_cell(ctx, col, year, comma_decimal) for col in columns])
    headers = [head] + [c.header_en if ctx.lang == "en" else c.header_es for c in columns]
    if rows[0][1] is not None and not rows[0][0].isdigit() and rng.random() < 0.5:
        headers.insert(1, "Date" if ctx.lang == "en" else "Fecha")
        for row, (_, year) in zip(cells, rows, strict=True):
            row.insert(1, f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year}")
    if rng.random() < 0.3:
        title = "Table" if ctx.lang == "en" else rng.choice(["Cuadro N°", "Cuadro Nº", "Tabla N°"])
        b.line(f"{title} {rng.randint(1, 6)}")
    numbered = rng.random() < 0.3
    if numbered:
        headers = ["N°"] + headers
        cells = [[str(i + 1)] + row for i, row in enumerate(cells)]
    pipes = rng.random() < 0.5
    widths = [max(len(_text(r[i])) for r in cells + [headers]) for i in range(len(headers))]
    _row(b, headers, widths, pipes)
    if pipes:
        b.line("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    else:
        b.line("-" * (sum(widths) + 3 * (len(widths) - 1)))
    for row in cells:
        _row(b, row, widths, pipes)
    if axis == "governance" and rng.random() < 0.4:
        b.line("Fuente: SIAF-" if ctx.lang == "es" else "Source: SIAF-", Ment("MEF", "mef"))


def _text(piece: Piece) -> str:
    return piece if isinstance(piece, str) else piece.text


def _row(b: ReplyBuilder, row: list[Piece], widths: list[int], pipes: bool) -> None:
    for i, piece in enumerate(row):
        pad = " " * (widths[i] - len(_text(piece)))
        right = i > 0 and not isinstance(piece, str)
        if pipes:
            b.add("| " if i == 0 else " | ")
        elif i > 0:
            b.add("   ")
        b.add(*((pad, piece) if right else (piece, pad)))
    b.add(" |\n" if pipes else "\n")


def write_list(b: ReplyBuilder, ctx: Ctx, axis: str, years: list[int]) -> None:
    """Figures as a key-value list: "- Denuncias (2018): 725"."""
    rng = ctx.rng
    year = rng.choice(years)
    marker = rng.choice(["- ", "• ", "* "])
    comma_decimal = ctx.lang == "es" and rng.random() < 0.4
    for col in COLUMNS[axis]:
        header = col.header_en if ctx.lang == "en" else col.header_es
        b.line(marker, f"{header} ({year}): ", _cell(ctx, col, year, comma_decimal))
