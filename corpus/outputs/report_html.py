"""The report as one self-contained HTML page: inline CSS, hand-drawn SVG bar charts, no
scripts and nothing fetched from the network.

The page speaks the current language (``oficio.i18n``): titles, column names, legends and
labels by their names (``respondida``, ``municipalidad distrital``), while the CSV files
beside it keep the codes. Money is written as in Peru's official documents, whatever the
language: the currency's symbol, commas between thousands and a point before the two
decimals ("S/ 986,597.50"; docs/report.md). Institution names wrap in the charts, never
cut; an empty bar carries no label.

Every number in a table or chart links to its entry in the appendix, which lists the
documents (path, page, figure text) it came from, each a link to the file at that page.
All text from the workspace (institution names, file names, figure text) is escaped.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from html import escape
from pathlib import Path

from oficio.corpus.outputs.report import (
    STATUSES,
    UNIDENTIFIED,
    UNKNOWN_KIND,
    Cell,
    ReportTable,
    Source,
)
from oficio.i18n import N_, _, current, label, ngettext

WIDTH = 820
LABEL_WIDTH = 300
LABEL_CHARS = 44  # a chart label's line at 12px in LABEL_WIDTH: longer names wrap
LINE_HEIGHT = 14
BAR_HEIGHT = 14
GAP = 10
MONEY_LOCALE = "es_PE"  # Peru's convention, in every language: "S/ 986,597.50"
PALETTE = ("#2b6cb0", "#dd6b20", "#718096", "#9b2c2c", "#2f855a", "#6b46c1")
CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2rem auto;
max-width:62rem;color:#1a202c;line-height:1.45;padding:0 1rem}
h1{font-size:1.7rem;margin-bottom:.2rem}h2{margin-top:2.4rem;border-bottom:2px solid #e2e8f0}
p.note{color:#4a5568;font-size:.92rem}
table{border-collapse:collapse;margin:.8rem 0;font-size:.92rem}
th,td{border:1px solid #e2e8f0;padding:.25rem .6rem;text-align:left}
th{background:#f7fafc}td.num{text-align:right;font-variant-numeric:tabular-nums}
a{color:#2b6cb0;text-decoration:none}a:hover{text-decoration:underline}
svg{display:block;margin:.6rem 0;font-size:12px}svg text{fill:#2d3748}
.sources section{margin:.6rem 0;padding:.3rem .8rem;border-left:3px solid #e2e8f0}
.sources h3{font-size:.95rem;margin:.2rem 0}.sources li{font-size:.85rem}
.sources section:target{border-color:#c05621;background:#fffaf0}
code{background:#f7fafc;padding:0 .2rem}
"""
# The charts: table name -> (label column, the columns drawn as bars).
CHARTS: dict[str, tuple[int, tuple[str, ...]]] = {
    "replies_by_kind": (0, ("answered", "out_of_period", "missing", "late")),
    "axis_coverage": (0, ("governance_pct", "prevention_pct", "protection_pct",
                          "prosecution_pct")),
    "budgets": (0, ("allocated", "executed")),
    "counts": (0, ("complaints", "victims", "trainings", "shelters")),
}
# The columns shown by a name of their own (statuses and axes go by their labels' names).
COLUMN_NAMES = {
    "kind": N_("institution kind"), "total": N_("total"), "unclassified": N_("unclassified"),
    "late": N_("late"), "replies": N_("replies"), "institution": N_("institution"),
    "year": N_("year"), "currency": N_("currency"), "allocated": N_("allocated"),
    "executed": N_("executed"), "execution_rate_pct": N_("execution rate (%)"),
    "complaints": N_("complaints"), "victims": N_("victims"), "trainings": N_("trainings"),
    "shelters": N_("shelters"), "request_id": N_("request"), "filed_on": N_("filed on"),
    "origin": N_("origin"),
}
ORIGINS = {"registry": N_("registry"), "classified": N_("classified")}
MONEY_COLUMNS = ("allocated", "executed")


@dataclass
class Bar:
    label: str
    series: str
    value: float
    anchor: str | None
    shown: str  # the value as the page writes it


def anchor(table: ReportTable, row: int, column: int) -> str:
    return f"src-{table.name}-{row}-{column}"


def column_title(name: str) -> str:
    """A report column's name in the current language."""
    if name in STATUSES:
        return label("status", name)
    if name.endswith("_pct") and name != "execution_rate_pct":
        return f"{label('axes', name.removesuffix('_pct'))} (%)"
    return _(COLUMN_NAMES[name]) if name in COLUMN_NAMES else name


def value_text(table: ReportTable, row: int, column: int) -> str:
    """A cell as the page shows it: money with its currency, a kind or origin by its name."""
    cells = table.rows[row]
    value, name = cells[column].value, table.header[column]
    if name == "kind":
        return label("sender_kind", str(value or UNKNOWN_KIND))
    if name == "origin":
        return _(ORIGINS.get(str(value), str(value)))
    if name == "institution" and value == UNIDENTIFIED:
        return _(UNIDENTIFIED)
    if table.name == "budgets" and name in MONEY_COLUMNS:
        return money_text(value, str(cells[table.header.index("currency")].value or ""))
    return number_text(value)


def number_text(value: object) -> str:
    """How a number is shown: thousands separated by commas, at most two decimals."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{int(value):,}"


def money_text(value: object, currency: str) -> str:
    """An amount as Peru's official documents write it: ``S/ 986,597.50`` (the currency's
    symbol for Peru, commas between thousands, a point and two decimals)."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return number_text(value)
    if not currency:
        return f"{value:,.2f}"
    from babel.numbers import format_currency

    return format_currency(value, currency, locale=MONEY_LOCALE)


def render(tables: list[ReportTable], title: str | None = None) -> str:
    """The whole page."""
    title = title or _("oficio report")
    intro = _("Every number links to the documents and pages it came from (appendix at the "
              "end). The same tables are in the CSV files beside this page.")
    body = [f"<h1>{escape(title)}</h1>", f"<p class=note>{escape(intro)}</p>"]
    for table in tables:
        body.append(_section(table))
    body.append(_appendix(tables))
    return (f"<!DOCTYPE html>\n<html lang={current()}><head><meta charset=utf-8>"
            f"<title>{escape(title)}</title><style>{CSS}</style></head><body>\n"
            + "\n".join(body) + "\n</body></html>\n")


def write_page(tables: list[ReportTable], path: Path, title: str | None = None) -> Path:
    path.write_text(render(tables, title), encoding="utf-8")
    return path


def note_text(table: ReportTable) -> str:
    """The table's note in the current language (the count groups by their names)."""
    args = {key: "; ".join(f"{column_title(name)}: {', '.join(words)}"
                           for name, words in value.items())
            if isinstance(value, dict) else value for key, value in table.note_args.items()}
    return _(table.note).format(**args)


def _section(table: ReportTable) -> str:
    parts = [f'<section id="{escape(table.name)}"><h2>{escape(_(table.title))}</h2>',
             f"<p class=note>{escape(note_text(table))}</p>"]
    if table.name in CHARTS and table.rows:
        parts.extend(charts(table))
    none = _("None.")  # a message id outside f-strings: Babel's extractor reads only those
    parts.append(_html_table(table) if table.rows else f"<p>{escape(none)}</p>")
    return "\n".join(parts) + "</section>"


def _html_table(table: ReportTable) -> str:
    head = "".join(f'<th data-column="{escape(name)}">{escape(column_title(name))}</th>'
                   for name in table.header)
    rows = []
    for r, row in enumerate(table.rows):
        cells = "".join(_td(table, r, c, cell) for c, cell in enumerate(row))
        rows.append(f"<tr>{cells}</tr>")
    return (f'<table class=data data-table="{escape(table.name)}"><thead><tr>{head}</tr>'
            f"</thead><tbody>{''.join(rows)}</tbody></table>")


def _td(table: ReportTable, r: int, c: int, cell: Cell) -> str:
    text = escape(value_text(table, r, c))
    numeric = isinstance(cell.value, int | float) and not isinstance(cell.value, bool)
    klass = ' class="num"' if numeric else ""
    if cell.sources:
        tip = escape(_tooltip(cell.sources))
        text = f'<a href="#{anchor(table, r, c)}" title="{tip}">{text}</a>'
    return f"<td{klass}>{text}</td>"


def _tooltip(sources: list[Source]) -> str:
    shown = [_where(source) for source in sources[:5]]
    more = _(" and {n} more").format(n=len(sources) - 5) if len(sources) > 5 else ""
    return "; ".join(shown) + more


def _where(source: Source) -> str:
    place = source.path or source.doc_id
    return place if source.page is None else _("{file} p. {page}").format(file=place,
                                                                         page=source.page)


def charts(table: ReportTable) -> list[str]:
    """The SVG charts of ``table``: one, or for budgets one per currency (never one scale
    for soles and dollars)."""
    if table.name != "budgets":
        return [chart(table, list(range(len(table.rows))))]
    currencies = sorted({str(row[2].value) for row in table.rows})
    return [f"<h3>{escape(currency)}</h3>" + chart(table, [
        r for r, row in enumerate(table.rows) if str(row[2].value) == currency])
        for currency in currencies]


def bars(table: ReportTable, rows: list[int]) -> list[Bar]:
    """The bars drawn for ``rows`` of ``table``: one per row and charted column, zero when
    empty."""
    label_column, series = CHARTS[table.name]
    no_year = _("(no year)")
    found = []
    for r in rows:
        row = table.rows[r]
        name = value_text(table, r, label_column)
        if table.name == "budgets":
            name = f"{name} {row[1].value or no_year}"
        for column_name in series:
            c = table.header.index(column_name)
            value = row[c].value
            found.append(Bar(name, column_name, float(value or 0),
                             anchor(table, r, c) if row[c].sources else None,
                             value_text(table, r, c)))
    return found


def chart(table: ReportTable, rows: list[int]) -> str:
    """A grouped horizontal bar chart of ``rows`` of ``table`` as inline SVG; a row's name
    takes as many lines as it needs beside its bars."""
    drawn = bars(table, rows)
    series = CHARTS[table.name][1]
    top = 100.0 if table.name == "axis_coverage" else (
        max((bar.value for bar in drawn), default=0) or 1)
    lines = [wrap_label(bar.label) for bar in drawn[::len(series)]]
    heights = [max(len(series) * BAR_HEIGHT, len(name) * LINE_HEIGHT) + GAP for name in lines]
    height = 30 + sum(heights)
    parts = [f'<svg class=chart data-table="{escape(table.name)}" width="{WIDTH}" '
             f'height="{height}" viewBox="0 0 {WIDTH} {height}" role=img '
             f'aria-label="{escape(_(table.title))}">', _legend(series)]
    span = WIDTH - LABEL_WIDTH - 110
    top_of_row = 30
    for i, bar in enumerate(drawn):
        row, s = divmod(i, len(series))
        if s == 0:
            if row:
                top_of_row += heights[row - 1]
            parts.append(_row_label(lines[row], top_of_row, bar.label))
        y = top_of_row + s * BAR_HEIGHT
        width = round(span * bar.value / top, 1)
        rect = (f'<rect class=bar x="{LABEL_WIDTH}" y="{y}" width="{width}" '
                f'height="{BAR_HEIGHT - 2}" fill="{PALETTE[s % len(PALETTE)]}" '
                f'data-label="{escape(bar.label)}" data-series="{escape(bar.series)}" '
                f'data-value="{bar.value!r}"><title>{escape(bar.label)}, '
                f"{escape(column_title(bar.series))}: {escape(bar.shown)}</title></rect>")
        # an empty bar carries no label: a column of "0" reads as data where there is none
        value = (f'<text class=value x="{LABEL_WIDTH + width + 4}" y="{y + BAR_HEIGHT - 3}">'
                 f"{escape(bar.shown)}</text>" if bar.value else "")
        parts.append(f'<a href="#{bar.anchor}">{rect}{value}</a>' if bar.anchor
                     else rect + value)
    parts.append("</svg>")
    return "".join(parts)


def wrap_label(name: str) -> list[str]:
    """A row's name in lines of at most ``LABEL_CHARS``: whole, never cut (a word longer
    than a line is split across lines)."""
    return textwrap.wrap(name, LABEL_CHARS, break_on_hyphens=False) or [""]


def _row_label(lines: list[str], top: int, name: str) -> str:
    spans = "".join(f'<tspan x="{LABEL_WIDTH - 6}" dy="{0 if i == 0 else LINE_HEIGHT}">'
                    f"{escape(line)}</tspan>" for i, line in enumerate(lines))
    return (f'<text class=label x="{LABEL_WIDTH - 6}" y="{top + 11}" text-anchor="end">'
            f"<title>{escape(name)}</title>{spans}</text>")


def _legend(series: tuple[str, ...]) -> str:
    items = []
    x = LABEL_WIDTH
    for s, name in enumerate(series):
        title = column_title(name)
        items.append(f'<rect x="{x}" y="6" width="12" height="12" '
                     f'fill="{PALETTE[s % len(PALETTE)]}"/>'
                     f'<text x="{x + 16}" y="16">{escape(title)}</text>')
        x += 16 + 7 * len(title) + 18
    return "".join(items)


def _appendix(tables: list[ReportTable]) -> str:
    title = _("Sources of every number")
    parts = [f'<section class=sources id="sources"><h2>{escape(title)}</h2>']
    for table in tables:
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row):
                if cell.sources:
                    parts.append(_source_entry(table, r, c, cell))
    parts.append("</section>")
    return "\n".join(parts)


def _source_entry(table: ReportTable, r: int, c: int, cell: Cell) -> str:
    named = range(1 if table.name != "budgets" else 3)
    row_name = " / ".join(value_text(table, r, i) or "-" for i in named)
    heading = (f"{_(table.title)}: {row_name}, {column_title(table.header[c])} = "
               f"{value_text(table, r, c)}")
    items = []
    for source in cell.sources:
        if not source.path:  # a registry request with no reply
            request = escape(source.doc_id.removeprefix("request:"))
            items.append("<li>" + _("request {request} in the registry, no reply on file")
                         .format(request=f"<code>{request}</code>") + "</li>")
            continue
        page = "" if source.page is None else ", " + escape(_("page {n}").format(n=source.page))
        text = f": “{escape(source.text)}”" if source.text else ""
        name = f"<code>{escape(source.path)}</code>"
        if source.uri:
            name = f'<a class=file href="{escape(source.uri)}">{name}</a>'
        items.append(f"<li>{name}{page}{text} <small>({escape(source.doc_id[:16])})</small>"
                     "</li>")
    count = ngettext("{n} source", "{n} sources", len(cell.sources)).format(
        n=len(cell.sources))
    return (f'<section id="{anchor(table, r, c)}"><h3>{escape(heading)}</h3>'
            f"<p class=note>{escape(count)}</p><ul>{''.join(items)}</ul></section>")
