"""Builder for the blind-v29 replies (copied from blind-v28, which was copied from blind-v27, which was copied from blind-v26, which was copied from blind-v25, blind-v24, blind-v23, blind-v22, blind-v21, blind-v20, blind-v19, blind-v18, blind-v17, which extended blind-v16 and blind-v15): DOCX/XLSX writing with inline figure registration.

A letter function creates a Reply, writes paragraphs/tables with figure tokens made by
M() (money), C() (count) and P() (percent); the Reply records each figure's context
(table row/column, unit source) when the token is rendered, so text and gold come from
the same place.
"""
import os, re, json, random
from docx import Document
from docx.shared import Pt, Cm, RGBColor, Emu
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

WORK = os.environ.get('BV29_WORK', '/tmp/blind-v29-work')
SRC = os.path.join(WORK, 'source')
LOGOS = os.path.join(WORK, 'logos')
REGISTRY = []      # all Reply objects, in creation order
CUR = None         # the reply being written

TOKEN = re.compile(r'\[\[F(\d+)\]\]')
SUP = re.compile(r'\{sup:(\d+)\}')
ROLE = {'a': 'allocated', 'c': 'committed', 'e': 'executed', None: None}


def _fig(kind, text, value, what=None, y=None, r=None, u=None, cur=None, row=None, col=None, pr=None):
    """pr: the string actually printed when it differs from the extracted text only by its spaces (no-break
    spaces print as spaces in the PDF text layer, so the gold keeps ordinary spaces)."""
    global CUR
    if pr is not None and ' '.join(pr.split()) != ' '.join(text.split()):
        raise ValueError('printed form %r differs from text %r' % (pr, text))
    f = {'kind': kind, '_print': pr or text, 'value': float(value) if value is not None else None,
         'currency': (cur or 'PEN') if kind == 'money' else None,
         'what': what if kind == 'count' else None,
         'year': y, 'role': ROLE[r] if kind == 'money' else None,
         'page': None, 'text': text, 'row': row, 'column': col, 'unit_source': u,
         '_set_row': row is not None, '_set_col': col is not None}
    CUR._pending.append(f)
    return '[[F%d]]' % (len(CUR._pending) - 1)


def M(text, value, y=None, r=None, u=None, cur=None, row=None, col=None, pr=None):
    return _fig('money', text, value, y=y, r=r, u=u, cur=cur, row=row, col=col, pr=pr)


def C(text, value, what, y=None, u=None, row=None, col=None, pr=None):
    return _fig('count', text, value, what=what, y=y, u=u, row=row, col=col, pr=pr)


def P(text, value, y=None, u=None, row=None, col=None, pr=None):
    return _fig('percent', text, value, y=y, u=u, row=row, col=col, pr=pr)


def plain(s):
    """Text of a string with its tokens replaced by their surface text (no registration)."""
    return SUP.sub(lambda m: m.group(1), TOKEN.sub(lambda m: CUR._pending[int(m.group(1))]['text'], s)).replace('**', '')


def logo_png(name, label, shape='shield', color=(120, 20, 20)):
    from PIL import Image, ImageDraw, ImageFont
    os.makedirs(LOGOS, exist_ok=True)
    path = os.path.join(LOGOS, name + '.png')
    if os.path.exists(path):
        return path
    im = Image.new('RGB', (240, 240), 'white')
    d = ImageDraw.Draw(im)
    try:
        font = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf', 44)
    except Exception:
        font = ImageFont.load_default()
    if shape == 'shield':
        d.polygon([(20, 20), (220, 20), (220, 130), (120, 225), (20, 130)], outline=color, width=8)
        d.line([(20, 80), (220, 80)], fill=color, width=5)
        d.line([(120, 20), (120, 80)], fill=color, width=5)
    elif shape == 'circle':
        d.ellipse([12, 12, 228, 228], outline=color, width=9)
        d.ellipse([40, 40, 200, 200], outline=color, width=3)
    else:
        d.rectangle([14, 14, 226, 226], outline=color, width=9)
        d.rectangle([14, 14, 226, 70], fill=color)
    w = d.textlength(label, font=font)
    d.text(((240 - w) / 2, 118 if shape != 'square' else 120), label, fill=color, font=font)
    im.save(path)
    return path


def set_cell_border(cell, **kw):
    """kw: top/bottom/left/right/insideH/insideV = 'single:4' or 'nil'."""
    tcPr = cell._tc.get_or_add_tcPr()
    b = tcPr.find(qn('w:tcBorders'))
    if b is None:
        b = OxmlElement('w:tcBorders')
        tcPr.append(b)
    for edge, spec in kw.items():
        el = OxmlElement('w:' + edge)
        if spec == 'nil':
            el.set(qn('w:val'), 'nil')
        else:
            val, sz = spec.split(':')
            el.set(qn('w:val'), val)
            el.set(qn('w:sz'), sz)
            el.set(qn('w:space'), '0')
            el.set(qn('w:color'), '000000')
        b.append(el)


def shade(cell, fill='D9D9D9'):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement('w:shd')
    s.set(qn('w:val'), 'clear')
    s.set(qn('w:color'), 'auto')
    s.set(qn('w:fill'), fill)
    tcPr.append(s)


def para_border(p, sides=('top', 'left', 'bottom', 'right'), sz=12):
    pPr = p._p.get_or_add_pPr()
    bd = OxmlElement('w:pBdr')
    for s in sides:
        e = OxmlElement('w:' + s)
        e.set(qn('w:val'), 'single')
        e.set(qn('w:sz'), str(sz))
        e.set(qn('w:space'), '2')
        e.set(qn('w:color'), '1F3A93')
        bd.append(e)
    pPr.append(bd)


def add_field(run, instr):
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'end')
    run._r.append(f1); run._r.append(it); run._r.append(f2)


class Reply:
    def __init__(self, id, fmt='docx', font='Arial', size=11, margins=(2.5, 2.5, 2.5, 2.5), **gold):
        global CUR
        CUR = self
        REGISTRY.append(self)
        self.id = id
        self.fmt = fmt
        self.gold = gold
        self._pending = []
        self.figs = []
        self.keep_native = gold.pop('keep_native', False)
        self.photo = gold.pop('photo', False)
        self.scan_turn = gold.pop('scan_turn', 0)
        if fmt in ('docx', 'odt'):
            self.doc = Document()
            st = self.doc.styles['Normal']
            st.font.name = font
            st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
            st.font.size = Pt(size)
            st.paragraph_format.space_after = Pt(4)
            sec = self.doc.sections[0]
            sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
            sec.top_margin, sec.bottom_margin = Cm(margins[0]), Cm(margins[1])
            sec.left_margin, sec.right_margin = Cm(margins[2]), Cm(margins[3])
            self.size = size
        elif fmt == 'xlsx':
            import openpyxl
            self.wb = openpyxl.Workbook()

    # ---------- rendering of tokens ----------
    def _emit(self, p, text, ctx, bold=False, italic=False, size=None, color=None, under=False, font=None):
        """Write text (with **bold** toggles and figure tokens) into paragraph p."""
        if SUP.search(text):
            # superscript footnote markers {sup:N}
            pos = 0
            for m in SUP.finditer(text):
                if m.start() > pos:
                    self._emit(p, text[pos:m.start()], ctx, bold, italic, size, color, under, font)
                r = self._run(p, m.group(1), bold, italic, size, color, under, font)
                r.font.superscript = True
                pos = m.end()
            if pos < len(text):
                self._emit(p, text[pos:], ctx, bold, italic, size, color, under, font)
            return
        parts = text.split('**')
        for i, part in enumerate(parts):
            b = bold ^ (i % 2 == 1)
            pos = 0
            for m in TOKEN.finditer(part):
                if m.start() > pos:
                    self._run(p, part[pos:m.start()], b, italic, size, color, under, font)
                f = self._pending[int(m.group(1))]
                self._register(f, ctx)
                self._run(p, f['_print'], b, italic, size, color, under, font)
                pos = m.end()
            if pos < len(part):
                self._run(p, part[pos:], b, italic, size, color, under, font)

    def _run(self, p, s, b, it, size, color, under, font):
        r = p.add_run(s)
        r.bold = b
        r.italic = it
        r.underline = under
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor(*color)
        if font:
            r.font.name = font
        return r

    def _register(self, f, ctx):
        if f.get('_done'):
            raise ValueError('%s: figure token used twice: %s' % (self.id, f['text']))
        f['_done'] = True
        if not f['_set_row']:
            f['row'] = ctx.get('row')
        if not f['_set_col']:
            f['column'] = ctx.get('column')
        if f['unit_source'] is None:
            f['unit_source'] = ctx.get('unit', 'text')
        f['_ctx'] = ctx.get('locator')
        self.figs.append(f)

    # ---------- DOCX API ----------
    def inside(self, container):
        """Context manager: write paragraphs and tables into a table cell (for side-by-side tables)."""
        rep = self
        class _In:
            def __enter__(s):
                s.old = rep.doc
                rep.doc = container
                return container
            def __exit__(s, *a):
                rep.doc = s.old
        return _In()

    def p(self, text='', align=None, bold=False, italic=False, size=None, indent=None, first=None,
          after=None, before=None, style=None, color=None, under=False, font=None, keep=False, spacing=None):
        d = self.doc
        p = d.add_paragraph(style=style) if style else d.add_paragraph()
        if align:
            p.alignment = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'r': WD_ALIGN_PARAGRAPH.RIGHT,
                           'j': WD_ALIGN_PARAGRAPH.JUSTIFY, 'l': WD_ALIGN_PARAGRAPH.LEFT}[align]
        pf = p.paragraph_format
        if indent is not None:
            pf.left_indent = Cm(indent)
        if first is not None:
            pf.first_line_indent = Cm(first)
        if after is not None:
            pf.space_after = Pt(after)
        if before is not None:
            pf.space_before = Pt(before)
        if spacing:
            pf.line_spacing = spacing
        if keep:
            pf.keep_with_next = True
        lines = text.split('\n')
        for i, ln in enumerate(lines):
            if i:
                p.add_run().add_break()
            self._emit(p, ln, {'unit': 'text', 'locator': plain(text)}, bold, italic, size, color, under, font)
        return p

    def bullets(self, items, style='List Bullet', **kw):
        for it in items:
            self.p(it, style=style, **kw)

    def pagebreak(self):
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def landscape(self):
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        return sec

    def columns(self, n, space_cm=0.8):
        """End the current section (continuous) and continue in n text columns."""
        sec = self.doc.add_section(WD_SECTION.CONTINUOUS)
        sp = sec._sectPr
        c = sp.find(qn('w:cols'))
        if c is None:
            c = OxmlElement('w:cols'); sp.append(c)
        c.set(qn('w:num'), str(n)); c.set(qn('w:space'), str(int(space_cm * 567)))
        return sec

    def portrait(self):
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        return sec

    def header(self, lines, align='c', logo=None, size=9, bold_first=True, rule=True, italic_rest=False):
        """Letterhead in the page header. logo=(png, width_cm)."""
        hdr = self.doc.sections[0].header
        p = hdr.paragraphs[0]
        p.alignment = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'l': WD_ALIGN_PARAGRAPH.LEFT, 'r': WD_ALIGN_PARAGRAPH.RIGHT}[align]
        if logo:
            p.add_run().add_picture(logo[0], width=Cm(logo[1]))
            p.add_run().add_break()
        for i, ln in enumerate(lines):
            if i:
                p.add_run().add_break()
            r = p.add_run(ln)
            r.font.size = Pt(size + (1 if i == 0 else 0))
            r.bold = bold_first and i == 0
            r.italic = italic_rest and i > 0
        if rule:
            para_border(p, sides=('bottom',), sz=8)

    def header_image(self, lines, name, width_cm=16.0, color=(20, 40, 110), shape='shield', align='c'):
        """Letterhead drawn as one picture (logo + institution lines): its text is not in the PDF text layer."""
        from PIL import Image, ImageDraw, ImageFont
        os.makedirs(LOGOS, exist_ok=True)
        path = os.path.join(LOGOS, 'lh_' + name + '.png')
        W, H = 1800, 110 + 48 * len(lines)
        im = Image.new('RGB', (W, H), 'white')
        d = ImageDraw.Draw(im)
        fb = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf', 44)
        fr = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 32)
        lg = Image.open(logo_png(name, name[:3].upper(), shape=shape, color=color)).resize((H - 20, H - 20))
        im.paste(lg, (10, 10))
        y = 20
        for i, ln in enumerate(lines):
            f = fb if i == 0 else fr
            w = d.textlength(ln, font=f)
            d.text((H + (W - H - w) / 2, y), ln, fill=color, font=f)
            y += 58 if i == 0 else 46
        d.line([(0, H - 6), (W, H - 6)], fill=color, width=5)
        im.save(path)
        hdr = self.doc.sections[0].header
        p = hdr.paragraphs[0]
        p.alignment = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'l': WD_ALIGN_PARAGRAPH.LEFT}[align]
        p.add_run().add_picture(path, width=Cm(width_cm))

    def footer(self, text, size=7.5, pagenum=None, align='c'):
        ftr = self.doc.sections[0].footer
        p = ftr.paragraphs[0]
        p.alignment = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'l': WD_ALIGN_PARAGRAPH.LEFT, 'r': WD_ALIGN_PARAGRAPH.RIGHT}[align]
        for i, ln in enumerate(text.split('\n')):
            if i:
                p.add_run().add_break()
            r = p.add_run(ln)
            r.font.size = Pt(size)
        if pagenum:
            p.add_run().add_break()
            r = p.add_run(pagenum.split('{P}')[0]); r.font.size = Pt(size)
            r = p.add_run(); r.font.size = Pt(size); add_field(r, 'PAGE')
            if '{N}' in pagenum:
                mid = pagenum.split('{P}')[1].split('{N}')[0]
                r = p.add_run(mid); r.font.size = Pt(size)
                r = p.add_run(); r.font.size = Pt(size); add_field(r, 'NUMPAGES')

    def letterhead_table(self, left_logo, lines, right=None, widths=(3.0, 10.0, 3.5), size=9, border=False):
        """Letterhead built as a 3-column table: logo | names | right box text."""
        t = self.doc.add_table(rows=1, cols=3)
        if border:
            t.style = 'Table Grid'
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        c0, c1, c2 = t.rows[0].cells
        t.autofit = False
        for c, w, col in zip((c0, c1, c2), widths, t.columns):
            c.width = Cm(w)
            col.width = Cm(w)
        if left_logo:
            c0.paragraphs[0].add_run().add_picture(left_logo[0], width=Cm(left_logo[1]))
        p = c1.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for i, ln in enumerate(lines):
            if i:
                p.add_run().add_break()
            r = p.add_run(ln)
            r.font.size = Pt(size + (2 if i == 0 else 0))
            r.bold = i == 0
        if right:
            p2 = c2.paragraphs[0]
            p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for i, ln in enumerate(right.split('\n')):
                if i:
                    p2.add_run().add_break()
                r = p2.add_run(ln)
                r.font.size = Pt(size - 1)
            set_cell_border(c2, top='single:6', bottom='single:6', left='single:6', right='single:6')
        return t

    def stamp(self, lines, align='right', width=5.0, color=(30, 60, 150), size=8, rotate_box=False):
        """A received/registry stamp as a framed text box (w:framePr)."""
        p = self.doc.add_paragraph()
        pPr = p._p.get_or_add_pPr()
        fr = OxmlElement('w:framePr')
        fr.set(qn('w:w'), str(int(width * 567)))
        fr.set(qn('w:hSpace'), '180')
        fr.set(qn('w:wrap'), 'around')
        fr.set(qn('w:vAnchor'), 'text')
        fr.set(qn('w:hAnchor'), 'margin')
        fr.set(qn('w:xAlign'), align)
        fr.set(qn('w:y'), '1')
        pPr.insert(0, fr)
        para_border(p, sz=14)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for i, ln in enumerate(lines):
            if i:
                p.add_run().add_break()
            r = p.add_run(ln)
            r.font.size = Pt(size + (1 if i == 0 else 0))
            r.bold = i == 0
            r.font.color.rgb = RGBColor(*color)
        return p

    def sign(self, name, post, inst=None, align='c', before=28, firma=True):
        self.p('', after=0, before=before)
        if firma:
            self.p('_' * 32, align=align, after=0)
        self.p(name, align=align, bold=True, after=0)
        self.p(post, align=align, after=0, size=self.size - 1)
        if inst:
            self.p(inst, align=align, after=0, size=self.size - 1)

    def table(self, head, rows, widths=None, ruled='grid', merges=(), size=9, row_label_col=0,
              colnames=None, unit='column', caption=None, caption_bold=True, num_align='r',
              head_shade='D9D9D9', head_bold=True, row_label_fn=None, bold_rows=(), align='c',
              note=None, note_size=8, repeat_head=False, font=None, shade_rows=(), shade_fill='EDEDED', valign=None,
              groups=(), group_fill='F2F2F2', indent_rows=(), indent_cm=0.5, italic_rows=()):
        """head: list of header rows (lists); rows: body rows. merges: (r0,c0,r1,c1) in grid coords.
        ruled: 'grid' | 'none' | 'hlines' (top/bottom of header and bottom of table only).
        colnames: explicit column names for figures (else joined/leaf header text).
        groups (blind-v14): body rows that are group headings, merged across the table, bold and shaded;
        indent_rows: body rows whose label cell is indented (sub-rows); italic_rows: body rows in italics."""
        if caption:
            self.p(caption, bold=caption_bold, align='c' if align == 'c' else 'l', size=size + 1, after=2, keep=True)
        nrow = len(head) + len(rows)
        ncol = max(len(r) for r in list(head) + list(rows))
        t = self.doc.add_table(rows=nrow, cols=ncol)
        t.alignment = {'c': WD_TABLE_ALIGNMENT.CENTER, 'l': WD_TABLE_ALIGNMENT.LEFT}[align]
        if ruled == 'grid':
            t.style = 'Table Grid'
        if widths:
            t.autofit = False
            for j, col in enumerate(t.columns):
                if j < len(widths):
                    col.width = Cm(widths[j])
        # merges first
        for (r0, c0, r1, c1) in merges:
            t.cell(r0, c0).merge(t.cell(r1, c1))
        for gi in groups:
            t.cell(len(head) + gi, 0).merge(t.cell(len(head) + gi, ncol - 1))
        allrows = list(head) + list(rows)
        if repeat_head:
            for i in range(len(head)):
                trPr = t.rows[i]._tr.get_or_add_trPr()
                e = OxmlElement('w:tblHeader'); e.set(qn('w:val'), 'true'); trPr.append(e)
        # column names
        names = []
        for j in range(ncol):
            if colnames and j < len(colnames) and colnames[j] is not None:
                names.append(colnames[j]); continue
            nm = None
            for hr in reversed(head):
                if j < len(hr) and hr[j]:
                    nm = hr[j]; break
            if nm is None:
                # covered by a horizontal merge: find origin to the left in last header rows
                for hr in reversed(head):
                    for k in range(j, -1, -1):
                        if k < len(hr) and hr[k]:
                            nm = hr[k]; break
                    if nm:
                        break
            names.append(' '.join((plain(nm) if nm else '').split()))
        self._tables_colnames = names
        done = set()
        for i, rw in enumerate(allrows):
            is_head = i < len(head)
            label = None
            if not is_head:
                lab = rw[row_label_col] if row_label_col is not None and row_label_col < len(rw) else None
                label = ' '.join(plain(lab).split()) if lab else None
                if row_label_fn:
                    label = row_label_fn(i - len(head), rw)
            for j in range(ncol):
                txt = rw[j] if j < len(rw) else ''
                cell = t.cell(i, j)
                if widths:
                    cell.width = Cm(widths[j])
                key = cell._tc
                if txt is None or txt == '':
                    continue
                if key in done:
                    continue
                done.add(key)
                p = cell.paragraphs[0]
                p.paragraph_format.space_after = Pt(0)
                if is_head:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                elif j != row_label_col and num_align == 'r' and TOKEN.search(txt):
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                elif j != row_label_col and num_align == 'c':
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                ctx = {'row': None if is_head else label, 'column': None if is_head else names[j],
                       'unit': unit, 'locator': label}
                bold = (is_head and head_bold) or (i - len(head)) in bold_rows or (not is_head and (i - len(head)) in groups)
                ital = (not is_head) and (i - len(head)) in italic_rows
                if not is_head and j == row_label_col and (i - len(head)) in indent_rows:
                    p.paragraph_format.left_indent = Cm(indent_cm)
                if not is_head and (i - len(head)) in groups:
                    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
                    shade(cell, group_fill)
                for li, ln in enumerate(str(txt).split('\n')):
                    if li:
                        p.add_run().add_break()
                    self._emit(p, ln, ctx, bold=bold, italic=ital, size=size, font=font)
                if is_head and head_shade and ruled != 'none':
                    shade(cell, head_shade)
                if not is_head and (i - len(head)) in shade_rows:
                    shade(cell, shade_fill)
        if ruled == 'hlines':
            for j in range(ncol):
                for i in range(nrow):
                    c = t.cell(i, j)
                    kw = {}
                    if i == 0:
                        kw['top'] = 'single:8'
                    if i == len(head) - 1:
                        kw['bottom'] = 'single:6'
                    if i == nrow - 1:
                        kw['bottom'] = 'single:8'
                    if kw:
                        set_cell_border(c, **kw)
        if note:
            self.p(note, size=note_size, italic=True, before=2)
        else:
            self.p('', after=2, size=4)
        return t

    # ---------- finish ----------
    def save(self):
        os.makedirs(SRC, exist_ok=True)
        unused = [f for f in self._pending if not f.get('_done')]
        if unused:
            raise ValueError('%s: figure tokens not rendered: %s' % (self.id, [f['text'] for f in unused]))
        if self.fmt in ('docx', 'odt'):
            path = os.path.join(SRC, self.id + '.docx')
            self.doc.save(path)
        elif self.fmt == 'xlsx':
            path = os.path.join(SRC, self.id + '.xlsx')
            self.wb.save(path)
        self.src_docx = path
        return path

    # ---------- XLSX API ----------
    def xl_fig(self, ws, ref, token, value_cell, fmt):
        """Put a number in an xlsx cell and register its figure (token from M/C/P)."""
        f = self._pending[int(TOKEN.match(token).group(1))]
        ws[ref] = value_cell
        ws[ref].number_format = fmt
        self._register(f, {'unit': f['unit_source'] or 'column', 'locator': f['row']})
        return f


def num_text(v, fmt):
    if fmt == '#,##0.00':
        return '{:,.2f}'.format(v)
    if fmt == '#,##0.0':
        return '{:,.1f}'.format(v)
    if fmt == '#,##0':
        return '{:,.0f}'.format(v)
    if fmt == '0.0%':
        return '{:.1f}%'.format(v * 100)
    if fmt == '0.00%':
        return '{:.2f}%'.format(v * 100)
    if fmt == '0':
        return '{:.0f}'.format(v)
    raise ValueError(fmt)


def XL(rep, ws, ref, value, fmt, kind='money', scale=1, **kw):
    """Write a number into an xlsx cell and register it as a figure whose text is the rendered cell."""
    text = num_text(value, fmt)
    if kind == 'money':
        tok = M(text, round(value * scale, 2), **kw)
    elif kind == 'count':
        what = kw.pop('what')
        tok = C(text, value, what, **kw)
    else:
        tok = P(text, round(value * 100, 4), **kw)
    rep.xl_fig(ws, ref, tok, value, fmt)


# ---------- added for blind-v15 ----------
def _tabgrid(self, head, rows, stops, size=9, font=None, colnames=None, unit='column', row_label_col=0, caption=None,
             note=None, note_size=8, rule='-', rule_len=96, bold_rows=(), head_bold=True, row_label_fn=None):
    """A table typed as plain text: one paragraph per row, cells separated by tab characters aligned on tab stops
    (no table object, no lines). stops: [(cm, 'l'|'r'|'c'), ...] for the 2nd..nth cells. Figures in body rows get
    the row label (cell row_label_col) and the column name (colnames or the last header row) like R.table()."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    AL = {'l': WD_TAB_ALIGNMENT.LEFT, 'r': WD_TAB_ALIGNMENT.RIGHT, 'c': WD_TAB_ALIGNMENT.CENTER}
    if caption:
        self.p(caption, bold=True, size=size + 1, after=2, keep=True)
    ncol = max(len(r) for r in list(head) + list(rows))
    names = []
    for j in range(ncol):
        if colnames and j < len(colnames) and colnames[j] is not None:
            names.append(colnames[j]); continue
        nm = ''
        for hr in reversed(head):
            if j < len(hr) and hr[j]:
                nm = hr[j]; break
        names.append(' '.join(plain(nm).split()))

    def line(cells, ctxs, bold):
        p = self.doc.add_paragraph()
        pf = p.paragraph_format
        pf.space_after = Pt(0)
        for pos, al in stops:
            pf.tab_stops.add_tab_stop(Cm(pos), AL[al])
        for j, c in enumerate(cells):
            if j:
                self._run(p, '\t', bold, False, size, None, False, font)
            if c:
                self._emit(p, c, ctxs[j], bold=bold, size=size, font=font)
        return p

    if rule:
        self.p(rule * rule_len, size=size - 2, after=0, font=font)
    for hr in head:
        line(hr, [{'unit': unit}] * ncol, head_bold)
    if rule:
        self.p(rule * rule_len, size=size - 2, after=0, font=font)
    for i, rw in enumerate(rows):
        lab = rw[row_label_col] if row_label_col < len(rw) else None
        label = ' '.join(plain(lab).split()) if lab else None
        if row_label_fn:
            label = row_label_fn(i, rw)
        ctxs = [{'row': label, 'column': names[j], 'unit': unit, 'locator': label} for j in range(ncol)]
        line(rw, ctxs, i in bold_rows)
    if rule:
        self.p(rule * rule_len, size=size - 2, after=0, font=font)
    if note:
        self.p(note, size=note_size, italic=True, before=2)
    else:
        self.p('', after=2, size=4)


Reply.tabgrid = _tabgrid
