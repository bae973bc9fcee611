"""Building blocks for the blind set: document specs -> DOCX/XLSX + gold figures.

Inline figure markup inside paragraph text:
  [[m:SURFACE|VALUE|CUR|YEAR|ROLE]]   money   (CUR PEN/USD, YEAR or '', ROLE allocated/committed/executed or '')
  [[c:SURFACE|VALUE|WHAT|YEAR]]       count
  [[p:SURFACE|VALUE|YEAR]]            percent
"""
import re

FIG_RE = re.compile(r"\[\[(m|c|p):([^\]]*)\]\]")


def _year(s):
    s = (s or "").strip()
    return int(s) if s else None


def parse_inline(text, anchor_hint=None):
    """Return (plain_text, figures) for a paragraph with inline markup."""
    figs = []
    out = []
    pos = 0
    for mt in FIG_RE.finditer(text):
        out.append(text[pos:mt.start()])
        kind, body = mt.group(1), mt.group(2).split("|")
        surf = body[0]
        if kind == "m":
            f = dict(kind="money", value=float(body[1]), currency=body[2] or "PEN",
                     what=None, year=_year(body[3] if len(body) > 3 else ""),
                     role=(body[4] if len(body) > 4 and body[4] else None))
        elif kind == "c":
            f = dict(kind="count", value=float(body[1]), currency=None, what=body[2],
                     year=_year(body[3] if len(body) > 3 else ""), role=None)
        else:
            f = dict(kind="percent", value=float(body[1]), currency=None, what=None,
                     year=_year(body[2] if len(body) > 2 else ""), role=None)
        f.update(text=surf, row=None, column=None, unit_source="text")
        figs.append(f)
        out.append(surf)
        pos = mt.end()
    out.append(text[pos:])
    plain = "".join(out)
    for f in figs:
        f["_anchor"] = plain
    return plain, figs


def parse_num(s, fmt):
    """fmt: 'en' 1,234.50 ; 'es' 1.234,50 ; 'sp' 1 234,50 ; 'int'."""
    s = s.strip().replace("%", "").strip()
    for cur in ("US$", "S/.", "S/"):
        s = s.replace(cur, "")
    s = s.strip()
    if fmt == "en":
        s = s.replace(",", "").replace(" ", "")
    elif fmt == "es":
        s = s.replace(".", "").replace(" ", "").replace(",", ".")
    elif fmt == "sp":
        s = s.replace(" ", "").replace(".", "").replace(",", ".")
    else:
        s = s.replace(",", "").replace(" ", "")
    return float(s)


def fmt_num(v, fmt, dec=2):
    s = f"{v:,.{dec}f}"
    if fmt == "en":
        return s
    if fmt == "es":
        return s.replace(",", "X").replace(".", ",").replace("X", ".")
    if fmt == "sp":
        return s.replace(",", " ").replace(".", ",")
    return s


class Col:
    """Column spec for a table column holding figures."""

    def __init__(self, header, kind=None, role=None, year=None, what=None, currency="PEN",
                 unit_source="caption", scale=1.0, fmt="en", group=None):
        self.header = header
        self.kind = kind
        self.role = role
        self.year = year
        self.what = what
        self.currency = currency
        self.unit_source = unit_source
        self.scale = scale
        self.fmt = fmt
        self.group = group  # merged group header text (e.g. '2017')


class Table:
    """rows: list of lists; first element is the row label (str), others cell texts.
    A cell may be '' or '-' (no figure). A cell given as ('text', {overrides}) overrides col spec.
    row_years: optional dict rowlabel->year (for tables with years as rows).
    label_header: header text of the label column(s)."""

    def __init__(self, cols, rows, caption=None, label_header="Concepto", ruled=True,
                 row_years=None, row_whats=None, font_size=9, label_width=None, note=None,
                 extra_label_cols=None, widths=None, header_bold=True, caption_after=None):
        self.cols = cols
        self.rows = rows
        self.caption = caption
        self.label_header = label_header
        self.ruled = ruled
        self.row_years = row_years or {}
        self.row_whats = row_whats or {}
        self.font_size = font_size
        self.label_width = label_width
        self.note = note
        self.extra_label_cols = extra_label_cols or []  # header names of extra text columns after label
        self.widths = widths
        self.header_bold = header_bold
        self.caption_after = caption_after

    def figures(self):
        figs = []
        nx = len(self.extra_label_cols)
        for r in self.rows:
            label = r[0]
            cells = r[1 + nx:]
            for col, cell in zip(self.cols, cells):
                ov = {}
                if isinstance(cell, tuple):
                    cell, ov = cell
                if col.kind is None and "kind" not in ov:
                    continue
                if cell in ("", "-", "--", "—", "s/d", "n.d."):
                    continue
                kind = ov.get("kind", col.kind)
                fmt = ov.get("fmt", col.fmt)
                val = parse_num(cell, fmt) * ov.get("scale", col.scale if kind == "money" else 1.0)
                year = ov.get("year", col.year)
                if year is None:
                    year = self.row_years.get(label)
                what = ov.get("what", col.what)
                if kind == "count" and what is None:
                    what = self.row_whats.get(label)
                label = label.strip()
                f = dict(kind=kind, value=round(val, 2),
                         currency=(ov.get("currency", col.currency) if kind == "money" else None),
                         what=(what if kind == "count" else None), year=year,
                         role=(ov.get("role", col.role) if kind == "money" else None),
                         text=cell, row=label, column=col.header,
                         unit_source=ov.get("unit_source", col.unit_source))
                f["_anchor"] = label
                f["_rowtexts"] = [c if not isinstance(c, tuple) else c[0] for c in r]
                figs.append(f)
        return figs


class P:
    """Paragraph. style: 'body','bold','center','right','small','heading','list'."""

    def __init__(self, text, style="body", size=None, indent=False):
        self.raw = text
        self.text, self.figs = parse_inline(text)
        self.style = style
        self.size = size
        self.indent = indent


class PageBreak:
    pass


class Doc:
    def __init__(self, id, **kw):
        self.id = id
        self.__dict__.update(kw)
