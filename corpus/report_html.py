"""The report as one self-contained HTML page: inline CSS, hand-drawn SVG bar charts, no
scripts and nothing fetched from the network.

Every number in a table or chart links to its entry in the appendix, which lists the
documents (path, page, figure text) it came from. All text from the workspace
(institution names, file names, figure text) is escaped.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from corpus.report import Cell, ReportTable, Source

WIDTH = 820
LABEL_WIDTH = 300
BAR_HEIGHT = 14
GAP = 10
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


@dataclass
class Bar:
    label: str
    series: str
    value: float
    anchor: str | None


def anchor(table: ReportTable, row: int, column: int) -> str:
    return f"src-{table.name}-{row}-{column}"


def number_text(value: object) -> str:
    """How a number is shown: thousands separated by commas, at most two decimals."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{int(value):,}"


def render(tables: list[ReportTable], title: str = "oficio report") -> str:
    """The whole page."""
    body = [f"<h1>{escape(title)}</h1>",
            "<p class=note>Every number links to the documents and pages it came from "
            "(appendix at the end). The same tables are in the CSV files beside this page.</p>"]
    for table in tables:
        body.append(_section(table))
    body.append(_appendix(tables))
    return ("<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8>"
            f"<title>{escape(title)}</title><style>{CSS}</style></head><body>\n"
            + "\n".join(body) + "\n</body></html>\n")


def write_page(tables: list[ReportTable], path: Path, title: str = "oficio report") -> Path:
    path.write_text(render(tables, title), encoding="utf-8")
    return path


def _section(table: ReportTable) -> str:
    parts = [f'<section id="{escape(table.name)}"><h2>{escape(table.title)}</h2>',
             f"<p class=note>{escape(table.note)}</p>"]
    if table.name in CHARTS and table.rows:
        parts.extend(charts(table))
    parts.append(_html_table(table) if table.rows else "<p>None.</p>")
    return "\n".join(parts) + "</section>"


def _html_table(table: ReportTable) -> str:
    head = "".join(f"<th>{escape(name)}</th>" for name in table.header)
    rows = []
    for r, row in enumerate(table.rows):
        cells = "".join(_td(table, r, c, cell) for c, cell in enumerate(row))
        rows.append(f"<tr>{cells}</tr>")
    return (f'<table class=data data-table="{escape(table.name)}"><thead><tr>{head}</tr>'
            f"</thead><tbody>{''.join(rows)}</tbody></table>")


def _td(table: ReportTable, r: int, c: int, cell: Cell) -> str:
    text = escape(number_text(cell.value))
    numeric = isinstance(cell.value, int | float) and not isinstance(cell.value, bool)
    klass = ' class="num"' if numeric else ""
    if cell.sources:
        tip = escape(_tooltip(cell.sources))
        text = f'<a href="#{anchor(table, r, c)}" title="{tip}">{text}</a>'
    return f"<td{klass}>{text}</td>"


def _tooltip(sources: list[Source]) -> str:
    shown = [_where(source) for source in sources[:5]]
    more = f" and {len(sources) - 5} more" if len(sources) > 5 else ""
    return "; ".join(shown) + more


def _where(source: Source) -> str:
    place = source.path or source.doc_id
    return place if source.page is None else f"{place} p. {source.page}"


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
    found = []
    for r in rows:
        row = table.rows[r]
        label = str(row[label_column].value)
        if table.name == "budgets":
            label = f"{row[0].value} {row[1].value or '(no year)'}"
        for name in series:
            c = table.header.index(name)
            value = row[c].value
            found.append(Bar(label, name, float(value or 0),
                             anchor(table, r, c) if row[c].sources else None))
    return found


def chart(table: ReportTable, rows: list[int]) -> str:
    """A grouped horizontal bar chart of ``rows`` of ``table`` as inline SVG."""
    drawn = bars(table, rows)
    series = CHARTS[table.name][1]
    top = 100.0 if table.name == "axis_coverage" else (
        max((bar.value for bar in drawn), default=0) or 1)
    group = len(series) * BAR_HEIGHT + GAP
    height = 30 + group * len(rows)
    parts = [f'<svg class=chart data-table="{escape(table.name)}" width="{WIDTH}" '
             f'height="{height}" viewBox="0 0 {WIDTH} {height}" role=img '
             f'aria-label="{escape(table.title)}">', _legend(series)]
    span = WIDTH - LABEL_WIDTH - 90
    for i, bar in enumerate(drawn):
        row, s = divmod(i, len(series))
        y = 30 + row * group + s * BAR_HEIGHT
        if s == 0:
            parts.append(f'<text x="{LABEL_WIDTH - 6}" y="{y + BAR_HEIGHT + 3}" '
                         f'text-anchor="end">{escape(_short(bar.label))}'
                         f"<title>{escape(bar.label)}</title></text>")
        width = round(span * bar.value / top, 1)
        rect = (f'<rect class=bar x="{LABEL_WIDTH}" y="{y}" width="{width}" '
                f'height="{BAR_HEIGHT - 2}" fill="{PALETTE[s % len(PALETTE)]}" '
                f'data-label="{escape(bar.label)}" data-series="{escape(bar.series)}" '
                f'data-value="{bar.value!r}"><title>{escape(bar.label)}, {escape(bar.series)}: '
                f"{escape(number_text(bar.value))}</title></rect>")
        value = (f'<text x="{LABEL_WIDTH + width + 4}" y="{y + BAR_HEIGHT - 3}">'
                 f"{escape(number_text(bar.value))}</text>")
        parts.append(f'<a href="#{bar.anchor}">{rect}{value}</a>' if bar.anchor
                     else rect + value)
    parts.append("</svg>")
    return "".join(parts)


def _legend(series: tuple[str, ...]) -> str:
    items = []
    x = LABEL_WIDTH
    for s, name in enumerate(series):
        items.append(f'<rect x="{x}" y="6" width="12" height="12" '
                     f'fill="{PALETTE[s % len(PALETTE)]}"/>'
                     f'<text x="{x + 16}" y="16">{escape(name)}</text>')
        x += 16 + 7 * len(name) + 18
    return "".join(items)


def _short(label: str, limit: int = 46) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _appendix(tables: list[ReportTable]) -> str:
    parts = ['<section class=sources id="sources"><h2>Sources of every number</h2>']
    for table in tables:
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row):
                if cell.sources:
                    parts.append(_source_entry(table, r, c, cell))
    parts.append("</section>")
    return "\n".join(parts)


def _source_entry(table: ReportTable, r: int, c: int, cell: Cell) -> str:
    label = " / ".join(str(x.value) for x in table.rows[r][:1 if table.name != "budgets" else 3])
    heading = (f"{table.title}: {label}, {table.header[c]} = {number_text(cell.value)}")
    items = []
    for source in cell.sources:
        if not source.path:  # a registry request with no reply
            items.append(f"<li>request <code>{escape(source.doc_id.removeprefix('request:'))}"
                         "</code> in the registry, no reply on file</li>")
            continue
        page = "" if source.page is None else f", page {source.page}"
        text = f": “{escape(source.text)}”" if source.text else ""
        items.append(f"<li><code>{escape(source.path)}</code>{page}{text} "
                     f"<small>({escape(source.doc_id[:16])})</small></li>")
    return (f'<section id="{anchor(table, r, c)}"><h3>{escape(heading)}</h3>'
            f"<ul>{''.join(items)}</ul></section>")
