"""Render document specs to DOCX / XLSX."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side
from lib import P, Table, PageBreak


def _set_cell_border(cell, on=True):
    tcPr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{edge}")
        if on:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), "4")
            el.set(qn("w:color"), "000000")
        else:
            el.set(qn("w:val"), "nil")
        borders.append(el)
    tcPr.append(borders)


def _shade(cell, color="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def _field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def _para(container, p, font, base_size):
    para = container.add_paragraph()
    style = p.style
    run_text = p.text
    size = p.size or base_size
    pf = para.paragraph_format
    pf.space_after = Pt(4)
    if style in ("center", "heading", "title"):
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif style == "right":
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif style in ("body", "list"):
        para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if style == "list" or p.indent:
        pf.left_indent = Cm(0.8)
    if style == "small":
        size = max(6.5, base_size - 2.5)
    if style == "title":
        size = base_size + 3
    run = para.add_run(run_text)
    run.font.name = font
    run.font.size = Pt(size)
    if style in ("bold", "heading", "title"):
        run.bold = True
    if style == "italic":
        run.italic = True
    return para


def _table(doc, t, font, usable_cm):
    if t.caption:
        cp = doc.add_paragraph()
        cp.alignment = WD_ALIGN_PARAGRAPH.CENTER if not getattr(t, "caption_left", False) else WD_ALIGN_PARAGRAPH.LEFT
        r = cp.add_run(t.caption); r.bold = True; r.font.name = font; r.font.size = Pt(t.font_size + 1)
    nx = len(t.extra_label_cols)
    ncols = 1 + nx + len(t.cols)
    has_group = any(c.group for c in t.cols)
    nhead = 2 if has_group else 1
    table = doc.add_table(rows=nhead + len(t.rows), cols=ncols)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    if t.widths:
        widths = t.widths
    else:
        lw = t.label_width or (usable_cm * 0.34 if ncols > 3 else usable_cm * 0.5)
        xw = [3.2] * nx
        rest = (usable_cm - lw - sum(xw)) / max(1, len(t.cols))
        widths = [lw] + xw + [rest] * len(t.cols)
    for row in table.rows:
        for i, c in enumerate(row.cells):
            c.width = Cm(widths[i])

    def put(cell, text, bold=False, align="left"):
        cell.text = ""
        par = cell.paragraphs[0]
        par.paragraph_format.space_after = Pt(0)
        par.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                         "center": WD_ALIGN_PARAGRAPH.CENTER}[align]
        r = par.add_run(text); r.font.name = font; r.font.size = Pt(t.font_size); r.bold = bold

    headers = [t.label_header] + list(t.extra_label_cols)
    if has_group:
        for i, h in enumerate(headers):
            a, b = table.cell(0, i), table.cell(1, i)
            m = a.merge(b)
            put(m, h, t.header_bold, "center")
        i = len(headers)
        j = 0
        while j < len(t.cols):
            c = t.cols[j]
            if c.group:
                k = j
                while k + 1 < len(t.cols) and t.cols[k + 1].group == c.group:
                    k += 1
                top = table.cell(0, i + j).merge(table.cell(0, i + k))
                put(top, c.group, t.header_bold, "center")
                for q in range(j, k + 1):
                    put(table.cell(1, i + q), t.cols[q].header, t.header_bold, "center")
                j = k + 1
            else:
                m = table.cell(0, i + j).merge(table.cell(1, i + j))
                put(m, c.header, t.header_bold, "center")
                j += 1
    else:
        for i, h in enumerate(headers + [c.header for c in t.cols]):
            put(table.cell(0, i), h, t.header_bold, "center")
    for ri, r in enumerate(t.rows):
        bold = r[0].upper().startswith("TOTAL")
        for ci, v in enumerate(r):
            if isinstance(v, tuple):
                v = v[0]
            put(table.cell(nhead + ri, ci), v, bold, "left" if ci <= nx else "right")
    for row in table.rows:
        for c in row.cells:
            _set_cell_border(c, t.ruled)
    if t.ruled:
        for hi in range(nhead):
            for c in table.rows[hi].cells:
                _shade(c)
    if t.note:
        np_ = doc.add_paragraph()
        r = np_.add_run(t.note); r.font.size = Pt(t.font_size - 1); r.font.name = font; r.italic = True
    else:
        doc.add_paragraph().paragraph_format.space_after = Pt(2)


def render_docx(d, path):
    doc = Document()
    font = getattr(d, "font", "Arial")
    size = getattr(d, "size", 11)
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
    if getattr(d, "landscape", False):
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_height, sec.page_width = Cm(21.0), Cm(29.7)
    m = getattr(d, "margin", 2.2)
    sec.left_margin = sec.right_margin = Cm(m)
    sec.top_margin = Cm(2.0); sec.bottom_margin = Cm(2.0)
    usable = (sec.page_width.cm - 2 * m)
    hdr = getattr(d, "page_header", None)
    if hdr:
        h = sec.header
        h.paragraphs[0].text = ""
        for k, line in enumerate(hdr):
            par = h.paragraphs[0] if k == 0 else h.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = par.add_run(line); r.font.size = Pt(8 if k else 9); r.bold = (k == 0); r.font.name = font
    ftr = getattr(d, "page_footer", None)
    pnum = getattr(d, "page_numbers", None)
    if ftr or pnum:
        f = sec.footer
        par = f.paragraphs[0]
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if ftr:
            r = par.add_run(ftr); r.font.size = Pt(7); r.font.name = font
        if pnum:
            par2 = f.add_paragraph() if ftr else par
            par2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if pnum == "pagina":
                r = par2.add_run("Página "); r.font.size = Pt(8)
                r = par2.add_run(); r.font.size = Pt(8); _field(r, "PAGE")
                r = par2.add_run(" de "); r.font.size = Pt(8)
                r = par2.add_run(); r.font.size = Pt(8); _field(r, "NUMPAGES")
            else:
                r = par2.add_run(); r.font.size = Pt(8); _field(r, "PAGE")
    first = True
    for b in d.blocks:
        if isinstance(b, P):
            para = _para(doc, b, font, size)
            if first:
                # python-docx starts with an empty paragraph? no: Document() body is empty
                first = False
        elif isinstance(b, Table):
            _table(doc, b, font, usable)
        elif isinstance(b, PageBreak):
            doc.add_page_break()
    doc.save(path)


def render_xlsx(d, path):
    wb = openpyxl.Workbook()
    first = True
    thin = Side(style="thin", color="000000")
    for sheet in d.sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = sheet.get("name", "Hoja1")[:30]
        r = 1
        ncols = max(1 + len(t.extra_label_cols) + len(t.cols) for t in sheet["tables"])
        for line in sheet.get("title", []):
            c = ws.cell(row=r, column=1, value=line)
            c.font = Font(bold=True, size=10)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
            c.alignment = Alignment(horizontal="center")
            r += 1
        r += 1
        for t in sheet["tables"]:
            if t.caption:
                c = ws.cell(row=r, column=1, value=t.caption); c.font = Font(bold=True, size=9)
                r += 1
            nx = len(t.extra_label_cols)
            has_group = any(c.group for c in t.cols)
            heads = [t.label_header] + list(t.extra_label_cols)
            hr = r
            if has_group:
                for i, h in enumerate(heads):
                    ws.cell(row=r, column=i + 1, value=h)
                    ws.merge_cells(start_row=r, start_column=i + 1, end_row=r + 1, end_column=i + 1)
                j = 0
                while j < len(t.cols):
                    c = t.cols[j]
                    col = len(heads) + j + 1
                    if c.group:
                        k = j
                        while k + 1 < len(t.cols) and t.cols[k + 1].group == c.group:
                            k += 1
                        ws.cell(row=r, column=col, value=c.group)
                        ws.merge_cells(start_row=r, start_column=col, end_row=r, end_column=len(heads) + k + 1)
                        for q in range(j, k + 1):
                            ws.cell(row=r + 1, column=len(heads) + q + 1, value=t.cols[q].header)
                        j = k + 1
                    else:
                        ws.cell(row=r, column=col, value=c.header)
                        ws.merge_cells(start_row=r, start_column=col, end_row=r + 1, end_column=col)
                        j += 1
                r += 2
            else:
                for i, h in enumerate(heads + [c.header for c in t.cols]):
                    ws.cell(row=r, column=i + 1, value=h)
                r += 1
            for rr in range(hr, r):
                for cc in range(1, ncols + 1):
                    cell = ws.cell(row=rr, column=cc)
                    cell.font = Font(bold=True, size=8)
                    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                    cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            ws.row_dimensions[hr].height = 26
            for row in t.rows:
                for ci, v in enumerate(row):
                    if isinstance(v, tuple):
                        v = v[0]
                    val = v
                    cell = ws.cell(row=r, column=ci + 1)
                    if getattr(t, "numeric", False) and ci > nx and v not in ("", "-"):
                        col = t.cols[ci - 1 - nx]
                        from lib import parse_num
                        val = parse_num(v, col.fmt)
                        cell.number_format = "#,##0.00" if "." in v or "," in v[-3:] else "#,##0"
                        if col.kind == "percent":
                            cell.number_format = "0.00"
                    cell.value = val
                    cell.font = Font(size=8, bold=str(row[0]).upper().startswith("TOTAL"))
                    cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
                    cell.alignment = Alignment(horizontal="left" if ci <= nx else "right", wrap_text=(ci <= nx))
                r += 1
            if t.note:
                ws.cell(row=r, column=1, value=t.note).font = Font(italic=True, size=7)
                r += 1
            r += 1
        for line in sheet.get("foot", []):
            ws.cell(row=r, column=1, value=line).font = Font(size=8)
            r += 1
        widths = sheet.get("widths")
        if widths:
            from openpyxl.utils import get_column_letter
            for i, w in enumerate(widths):
                ws.column_dimensions[get_column_letter(i + 1)].width = w
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    wb.save(path)
