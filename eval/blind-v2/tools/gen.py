"""Blind-v2 generator: builds DOCX (and XLSX) replies from specs with inline figure markup,
converts them to PDF with LibreOffice, locates every figure on its page via pdftotext -layout,
and writes gold.jsonl. Markup: [[$text|k=v...]] money, [[#text|w=noun...]] count, [[%text...]] percent.
Options: v=value y=year r=role c=currency w=what u=unit_source."""
import re, json, os, sys, subprocess, copy
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

MK = re.compile(r"\[\[([$#%])(.*?)\]\]")
YEARNAME = {2017: "Año del Buen Servicio al Ciudadano", 2018: "Año del Diálogo y la Reconciliación Nacional",
            2019: "Año de la Lucha contra la Corrupción y la Impunidad", 2020: "Año de la Universalización de la Salud",
            2021: "Año del Bicentenario del Perú: 200 años de Independencia", 2016: "Año de la Consolidación del Mar de Grau"}

def parse_num(s, factor=1.0):
    m = re.search(r"\d[\d.,\s]*\d|\d", s)
    n = m.group(0).strip()
    n = re.sub(r"\s+", " ", n)
    if " " in n:
        parts = n.split(" ")
        # "1 030 908,00" thousands by space
        n = "".join(parts)
    if "," in n and "." in n:
        if n.rfind(",") > n.rfind("."):
            n = n.replace(".", "").replace(",", ".")
        else:
            n = n.replace(",", "")
    elif "," in n:
        if re.fullmatch(r"\d{1,3}(,\d{3})+", n):
            n = n.replace(",", "")
        else:
            n = n.replace(",", ".")
    elif "." in n:
        if re.fullmatch(r"\d{1,3}(\.\d{3})+", n):
            n = n.replace(".", "")
    v = float(n)
    low = s.lower()
    if "millones" in low or "millón" in low:
        v *= 1e6
    return v * factor

class Fig:
    pass

def parse_markup(s, ctx):
    """returns plain text and list of figure dicts (in order)."""
    figs = []
    out = []
    pos = 0
    for m in MK.finditer(s):
        out.append(s[pos:m.start()])
        kind = {"$": "money", "#": "count", "%": "percent"}[m.group(1)]
        fields = m.group(2).split("|")
        text = fields[0]
        opts = dict(f.split("=", 1) for f in fields[1:])
        factor = ctx.get("factor", 1.0) if kind == "money" else 1.0
        val = float(opts["v"]) if "v" in opts else parse_num(text, factor)
        cur = None
        if kind == "money":
            cur = opts.get("c") or ("USD" if ("US$" in text or "dólar" in text.lower() or "USD" in text) else ctx.get("currency", "PEN"))
        yr = opts.get("y", ctx.get("year"))
        fig = {"kind": kind, "value": val, "currency": cur,
               "what": opts.get("w", ctx.get("what")) if kind == "count" else None,
               "year": int(yr) if yr not in (None, "", "null") else None,
               "role": (opts.get("r", ctx.get("role")) or None) if kind == "money" else None,
               "page": None, "text": text,
               "row": ctx.get("row"), "column": ctx.get("column"),
               "unit_source": opts.get("u", ctx.get("us", "text"))}
        if fig["role"] == "-":
            fig["role"] = None
        figs.append(fig)
        out.append(text)
        pos = m.end()
    out.append(s[pos:])
    return "".join(out), figs

def strip(s):
    return MK.sub(lambda m: m.group(2).split("|")[0], s)

def set_cell_border(cell, on=True):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for e in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{e}")
        el.set(qn("w:val"), "single" if on else "nil")
        if on:
            el.set(qn("w:sz"), "4"); el.set(qn("w:color"), "000000")
        b.append(el)
    tcPr.append(b)

def add_runs(p, text, bold=False, size=None, italic=False):
    # **bold** segments
    parts = re.split(r"(\*\*.*?\*\*)", text)
    for part in parts:
        if not part:
            continue
        b = bold
        if part.startswith("**") and part.endswith("**"):
            part = part[2:-2]; b = True
        r = p.add_run(part)
        r.bold = b; r.italic = italic
        if size: r.font.size = Pt(size)

def build_docx(spec, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = spec.get("font", "Arial"); st.font.size = Pt(spec.get("size", 10.5))
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3); sec.top_margin = Cm(1.8); sec.bottom_margin = Cm(1.8)
    if spec.get("landscape"):
        from docx.enum.section import WD_ORIENT
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    figs = []
    for blk in spec["body"]:
        t = blk[0]
        if t in ("p", "c", "r", "h", "b", "i", "small", "li"):
            txt = blk[1]
            plain, f = parse_markup(txt, blk[2] if len(blk) > 2 else {})
            figs += f
            p = doc.add_paragraph()
            if t == "c" or t == "h": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if t == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if t == "p" and "\n" not in plain: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if t == "li": p.paragraph_format.left_indent = Cm(1)
            add_runs(p, plain, bold=(t in ("h", "b")), italic=(t == "i"), size=(8 if t == "small" else None))
            p.paragraph_format.space_after = Pt(4)
        elif t == "pb":
            doc.add_page_break()
        elif t == "table":
            figs += add_table(doc, blk[1])
    # header/footer letterhead
    hdr = sec.header.paragraphs[0]
    hdr.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_runs(hdr, spec.get("letterhead", ""), bold=True, size=9)
    if spec.get("yearline"):
        p2 = sec.header.add_paragraph(); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_runs(p2, '"' + spec["yearline"] + '"', italic=True, size=8)
    if spec.get("footer"):
        fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_runs(fp, spec["footer"], size=7)
    doc.save(path)
    return figs

def add_table(doc, tb):
    """tb: dict(head=[[...row1], [...row2]] (None = merged with left, '^' = merged with above),
    rows=[[...]], ruled=True, ctx={}, caption=None, note=None)"""
    figs = []
    ctx = dict(tb.get("ctx", {}))
    if tb.get("caption"):
        plain, f = parse_markup(tb["caption"], ctx)
        figs += f
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_runs(p, plain, bold=True, size=9.5)
    head = tb["head"]; rows = tb["rows"]
    ncol = len(head[0])
    table = doc.add_table(rows=len(head) + len(rows), cols=ncol)
    ruled = tb.get("ruled", True)
    if ruled:
        table.style = "Table Grid"
    # column labels
    labels = []
    for j in range(ncol):
        parts = []
        for hr in head:
            k = j
            while hr[k] is None: k -= 1
            v = hr[k]
            if v == "^" or v is None: continue
            v = strip(v).replace("\n", " ")
            if v and (not parts or parts[-1] != v): parts.append(v)
        labels.append(" ".join(parts))
    for i, hr in enumerate(head):
        for j, v in enumerate(hr):
            c = table.cell(i, j)
            if v is None:
                k = j
                while hr[k] is None: k -= 1
                table.cell(i, k).merge(c)
                continue
            if v == "^":
                top = table.cell(i - 1, j); top.merge(c); continue
            c.text = ""
            lines = v.split("\n")
            p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for li, line in enumerate(lines):
                plain, f = parse_markup(line, ctx); figs += f
                r = p.add_run(plain); r.bold = True; r.font.size = Pt(tb.get("fs", 9))
                if li < len(lines) - 1: r.add_break()
    for i, row in enumerate(rows):
        rl = strip(row[0]) if row[0] else None
        rowlabel = tb.get("rowlabel", lambda r: strip(r[0]))(row)
        for j, v in enumerate(row):
            c = table.cell(len(head) + i, j)
            if v is None:
                continue
            cctx = dict(ctx); cctx["row"] = rowlabel; cctx["column"] = labels[j]
            cctx.update(tb.get("colctx", {}).get(j, {}))
            cctx.update(tb.get("rowctx", {}).get(i, {}))
            plain, f = parse_markup(v, cctx)
            figs += f
            c.text = ""
            p = c.paragraphs[0]
            if j > 0 and re.fullmatch(r"[\d.,\s%S/$-]+", plain or "x"): p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            r = p.add_run(plain); r.font.size = Pt(tb.get("fs", 9))
            if tb.get("boldrows") and i in tb["boldrows"]: r.bold = True
            if not ruled: set_cell_border(c, False)
    if not ruled:
        for i in range(len(head)):
            for j in range(ncol):
                set_cell_border(table.cell(i, j), False)
    if tb.get("note"):
        plain, f = parse_markup(tb["note"], ctx); figs += f
        p = doc.add_paragraph(); add_runs(p, plain, size=8)
    doc.add_paragraph()
    return figs

# ---------------- XLSX
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.worksheet.properties import PageSetupProperties

def numfmt(text):
    t = text.strip()
    if t.endswith("%"):
        d = len(t.rstrip("%").strip().split(".")[1]) if "." in t else 0
        return ("0." + "0" * d + "%") if d else "0%", True
    core = re.sub(r"[^\d.,]", "", t)
    dec = len(core.split(".")[1]) if "." in core else 0
    base = "#,##0" if "," in core else "0"
    return base + ("." + "0" * dec if dec else ""), False

def build_xlsx(spec, path):
    wb = Workbook(); wb.remove(wb.active)
    figs = []
    thin = Side(style="thin", color="000000")
    for si, sh in enumerate(spec["sheets"]):
        ws = wb.create_sheet(sh["name"])
        ws.page_setup.orientation = "landscape"
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
        ctx0 = dict(sh.get("ctx", {}))
        r = 1
        for line in sh.get("titles", []):
            plain, f = parse_markup(line, ctx0)
            for x in f: x["sheet"] = si + 1
            figs += f
            ws.cell(r, 1, plain).font = Font(bold=True, size=11 if r == 1 else 10)
            r += 1
        r += 1
        head = sh["head"]; ncol = len(head[0])
        labels = []
        for j in range(ncol):
            parts = []
            for hr in head:
                k = j
                while hr[k] is None: k -= 1
                v = hr[k]
                if v == "^": continue
                v = v.replace("\n", " ")
                if v and (not parts or parts[-1] != v): parts.append(v)
            labels.append(" ".join(parts))
        ruled = sh.get("ruled", True)
        for hi, hr in enumerate(head):
            for j, v in enumerate(hr):
                c = ws.cell(r + hi, j + 1)
                if v not in (None, "^"):
                    c.value = v
                c.font = Font(bold=True); c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
                if ruled: c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            j = 0
            while j < ncol:
                if hr[j] not in (None, "^"):
                    k = j + 1
                    while k < ncol and hr[k] is None: k += 1
                    if k - j > 1: ws.merge_cells(start_row=r + hi, start_column=j + 1, end_row=r + hi, end_column=k)
                    j = k
                else: j += 1
            for j, v in enumerate(hr):
                if v == "^":
                    ws.merge_cells(start_row=r + hi - 1, start_column=j + 1, end_row=r + hi, end_column=j + 1)
        r += len(head)
        for i, row in enumerate(sh["rows"]):
            rowlabel = strip(row[0])
            for j, v in enumerate(row):
                c = ws.cell(r, j + 1)
                if ruled: c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
                if v is None: continue
                cctx = dict(ctx0); cctx["row"] = rowlabel; cctx["column"] = labels[j]
                cctx.update(sh.get("colctx", {}).get(j, {})); cctx.update(sh.get("rowctx", {}).get(i, {}))
                plain, f = parse_markup(v, cctx)
                if f and MK.fullmatch(v.strip()):
                    fmt, pct = numfmt(plain)
                    num = parse_num(plain)
                    c.value = num / 100.0 if pct else num
                    c.number_format = fmt
                else:
                    c.value = plain
                for x in f: x["sheet"] = si + 1
                figs += f
                if i in sh.get("boldrows", []): c.font = Font(bold=True)
            r += 1
        r += 1
        for line in sh.get("notes", []):
            plain, f = parse_markup(line, ctx0)
            for x in f: x["sheet"] = si + 1
            figs += f
            ws.cell(r, 1, plain).font = Font(italic=True, size=9); r += 1
        for j, w in enumerate(sh.get("widths", [40] + [16] * (ncol - 1))):
            ws.column_dimensions[chr(65 + j)].width = w
    wb.save(path)
    return figs
