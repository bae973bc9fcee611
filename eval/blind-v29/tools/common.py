"""Shared helpers for the blind-v29 letters (copied from blind-v28, which was copied from blind-v27, which was copied from blind-v26, which was copied from blind-v25, blind-v24, blind-v23, blind-v22, blind-v21, blind-v20, blind-v19, blind-v18 and blind-v17 and extended): gold header, letter skeleton blocks."""
from lib import Reply, M, C, P, XL, logo_png, plain

LEMA = {
    2016: 'Año de la Consolidación del Mar de Grau',
    2017: 'Año del Buen Servicio al Ciudadano',
    2018: 'Año del Diálogo y la Reconciliación Nacional',
    2019: 'Año de la Lucha contra la Corrupción y la Impunidad',
    2020: 'Año de la Universalización de la Salud',
    2021: 'Año del Bicentenario del Perú: 200 años de Independencia',
    2022: 'Año del Fortalecimiento de la Soberanía Nacional',
    2023: 'Año de la Unidad, la Paz y el Desarrollo',
    2024: 'Año del Bicentenario, de la consolidación de nuestra Independencia, y de la conmemoración de las heroicas batallas de Junín y Ayacucho',
    2025: 'Año de la recuperación y consolidación de la economía peruana',
}
DEC = 'Decenio de la Igualdad de Oportunidades para Mujeres y Hombres'


def S(name, acr, kind):
    return {'name': name, 'acronym': acr, 'kind': kind}


def new(id_, status, mk, axes, per, sender, ref, cites, date, layout, lang='es', notes=None, font='Arial',
        size=11, margins=(2.3, 2.2, 2.5, 2.3), fmt='docx', **kw):
    g = dict(layout=layout, language=lang, on_topic=(mk != 'off_topic'), status=status, missing_kind=mk,
             axes=list(axes), period_start=per[0] if per else None, period_end=per[1] if per else None,
             period_stated=bool(per), sender=sender, reference=ref, cited_references=list(cites), letter_date=date)
    if notes:
        g['notes'] = notes
    g.update(kw)
    return Reply(id_, fmt=fmt, font=font, size=size, margins=margins, **g)


def lema(R, year, dec=True, size=8):
    if dec and year >= 2018:
        R.p('"%s"' % DEC, align='c', italic=True, size=size, after=0)
    R.p('"%s"' % LEMA[year], align='c', italic=True, size=size, after=10)


def kv(R, rows, size=None, tab=3.3, w2=12.7, bold_keys=True):
    """Borderless 2-column block (ASUNTO / REFERENCIA ...)."""
    from docx.shared import Cm, Pt
    t = R.doc.add_table(rows=len(rows), cols=2)
    t.autofit = False
    t.columns[0].width = Cm(tab); t.columns[1].width = Cm(w2)
    for i, (k, v) in enumerate(rows):
        a, b = t.rows[i].cells
        a.width = Cm(tab); b.width = Cm(w2)
        pa = a.paragraphs[0]; pa.paragraph_format.space_after = Pt(2)
        r = pa.add_run(k); r.bold = bold_keys
        if size: r.font.size = Pt(size)
        pb = b.paragraphs[0]; pb.paragraph_format.space_after = Pt(2)
        R._emit(pb, v, {'unit': 'text', 'locator': k}, size=size)
    R.p('', after=2, size=4)


def notes_block(R, notes, size=8):
    R.p('_' * 24, after=0, size=size)
    for n in notes:
        R.p(n, size=size, after=0)


def to(R, lines, size=None):
    for i, ln in enumerate(lines):
        R.p(ln, bold=(i == 0), after=0, size=size)
    R.p('', after=4)


def top(R, head_lines, year, place_date, ref, logo=None, dec=True):
    """Letterhead in the page header, year motto, place/date line and the document's own number."""
    R.header(head_lines, logo=logo)
    lema(R, year, dec=dec)
    R.p(place_date, align='r', after=6)
    R.p(ref, bold=True, under=True, after=8)


def asunto(R, rows, size=None):
    kv(R, rows, size=size)


def body(R, paras, size=None, first=None, align='j'):
    for t in paras:
        R.p(t, align=align, size=size, first=first, after=6)


def letter(R, head_lines, year, place_date, ref, to_lines, rows, logo=None, dec=True, size=None):
    """Header, motto, date, own number, addressee and ASUNTO/REFERENCIA block in one call."""
    top(R, head_lines, year, place_date, ref, logo=logo, dec=dec)
    to(R, to_lines, size=size)
    asunto(R, rows, size=size)


def memo_head(R, title, rows, head_lines, logo=None, year=None):
    R.header(head_lines, logo=logo)
    if year:
        lema(R, year)
    R.p(title, bold=True, align='c', size=13, after=8)
    kv(R, rows)
    R.p('_' * 78, after=6, size=8)


def fmt(v, st='us', dec=2):
    """Number in a Peruvian style: us 1,234.56 | eu 1.234,56 | sp 1 234,56 | spd 1 234.56 | plain 1234.56."""
    s = '{:,.{d}f}'.format(v, d=dec)
    if st == 'us':
        return s
    if st == 'plain':
        return s.replace(',', '')
    if st == 'eu':
        return s.replace(',', '#').replace('.', ',').replace('#', '.')
    if st == 'sp':
        return s.replace(',', ' ').replace('.', ',')
    if st == 'spd':
        return s.replace(',', ' ')
    raise ValueError(st)


def Mf(v, st='us', dec=2, pre='', suf='', scale=1, **kw):
    """Money token whose printed text is pre + formatted number + suf; value = v * scale."""
    return M(pre + fmt(v, st, dec) + suf, round(v * scale, 2), **kw)


def Cn(n, what, st='us', pre='', suf='', **kw):
    return C(pre + fmt(n, st, 0) + suf, n, what, **kw)


def Pf(v, dec=1, st='us', suf='%', **kw):
    return P(fmt(v, st, dec) + suf, v, **kw)


SIAF_HEAD = ['Meta', 'Actividad / Finalidad', 'PIA', 'PIM', 'Certificación', 'Compromiso anual', 'Devengado', 'Girado', 'Avance %']
SIAF_ROLE = ['a', 'a', 'c', 'c', 'e', 'e']


def siaf(R, data, year, head=None, st='us', dec=2, scale=1, unit='column', caption=None, ruled='grid', widths=None,
         pct_dec=1, pct_suf='', total_label='TOTAL', size=8, colnames=None, head_rows=None, merges=(), cur='PEN',
         code=True, note=None, repeat_head=False):
    """SIAF-style execution table. data: [(code, label, [pia, pim, cert, comp, dev, gir]), ...] in the printed unit.
    Adds a total row and an 'avance' (devengado / PIM) column. Every amount and percent is a figure."""
    head = head or SIAF_HEAD
    if not code:
        head = head[1:]
    names = colnames or [' '.join(h.split()) for h in head]
    k0 = 2 if code else 1
    rows = []
    tot = [0.0] * 6
    for cd, lab, vals in data:
        r = ([cd] if code else []) + [lab]
        for i, v in enumerate(vals):
            tot[i] += v
            r.append(Mf(v, st, dec, scale=scale, y=year, r=SIAF_ROLE[i], cur=cur))
        av = round(vals[4] / vals[1] * 100, pct_dec) if vals[1] else 0.0
        r.append(Pf(av, pct_dec, st if st in ('us', 'eu', 'sp') else 'us', suf=pct_suf, y=year, u='column'))
        rows.append(r)
    r = ([''] if code else []) + [total_label]
    for i, v in enumerate(tot):
        r.append(Mf(round(v, dec), st, dec, scale=scale, y=year, r=SIAF_ROLE[i], cur=cur))
    r.append(Pf(round(tot[4] / tot[1] * 100, pct_dec), pct_dec, st if st in ('us', 'eu', 'sp') else 'us', suf=pct_suf, y=year, u='column'))
    rows.append(r)
    R.table(head_rows or [head], rows, widths=widths, ruled=ruled, size=size, row_label_col=k0 - 1, colnames=names, unit=unit,
            caption=caption, bold_rows=(len(rows) - 1,), merges=merges, note=note, repeat_head=repeat_head)
    return tot


# ---------- added for blind-v11 ----------
def ctab(R, head, data, what, year=None, total='Total', st='us', unit='column', widths=None, ruled='grid', size=9,
         caption=None, merges=(), colnames=None, note=None, label_cols=1, pct=None, repeat_head=False, head_shade='D9D9D9',
         total_first=False, dash='-', pct_dec=1, pct_suf='%', num_align='r', total_cells=True):
    """Count table. data: [(label(s), [cells...])]; a cell is an int (a count of what[j] in year[j]), None (printed
    as dash, not a figure) or a string (printed as is; may hold a token). what/year: one value or one per value column.
    A total row sums the int columns. pct=(num_col, den_col or 'total', label?) adds a percent column of the share."""
    ncols = len(data[0][1])
    W = what if isinstance(what, (list, tuple)) else [what] * ncols
    Y = year if isinstance(year, (list, tuple)) else [year] * ncols
    rows = []
    tot = [0] * ncols
    isnum = [True] * ncols
    for lab, cells in data:
        for j, c in enumerate(cells):
            if isinstance(c, int) and not isinstance(c, bool):
                tot[j] += c
            elif c is not None:
                isnum[j] = False
    grand = tot[pct[0]] if pct else None
    def mk(lab, cells, is_total=False):
        labs = list(lab) if isinstance(lab, (list, tuple)) else [lab]
        r = labs[:]
        for j, c in enumerate(cells):
            if isinstance(c, int) and not isinstance(c, bool):
                r.append(Cn(c, W[j], st, y=Y[j]) if W[j] else str(c))
            elif c is None:
                r.append(dash)
            else:
                r.append(c)
        if pct:
            v = cells[pct[0]]
            r.append(Pf(round(v / grand * 100, pct_dec), pct_dec, suf=pct_suf, y=Y[pct[0]], u='column') if isinstance(v, int) and grand else dash)
        return r
    for lab, cells in data:
        rows.append(mk(lab, cells))
    bold = ()
    if total:
        tl = [total] + [''] * (label_cols - 1)
        tcells = [tot[j] if isnum[j] else '' for j in range(ncols)]
        if not total_cells:
            tcells = ['' for j in range(ncols)]
        trow = mk(tl, tcells, True)
        if total_first:
            rows.insert(0, trow); bold = (0,)
        else:
            rows.append(trow); bold = (len(rows) - 1,)
    R.table(head, rows, widths=widths, ruled=ruled, size=size, caption=caption, merges=merges, colnames=colnames,
            note=note, unit=unit, bold_rows=bold, repeat_head=repeat_head, head_shade=head_shade,
            row_label_col=label_cols - 1 if label_cols > 1 else 0, num_align=num_align,
            row_label_fn=(lambda i, rw: ' '.join(plain(' '.join(x for x in rw[:label_cols] if x)).split())) if label_cols > 1 else None)
    return tot


def W(n):
    """Spanish number words for small counts (used with the digits in brackets)."""
    w = ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece',
         'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte']
    return w[n]


# ---------- added for blind-v12 ----------
def xtable(R, ws, r0, head, rows, widths=None, merges=(), unit='column', bold_last=False, colnames=None, label_col=0,
           head_fill='DDEBF7', border=True, size=10):
    """Write a table into an openpyxl sheet at row r0. head: list of header rows; rows: body rows whose cells are
    str/None (printed as is) or a tuple (value, number_format, kind, kw) registered with XL(). Returns next row."""
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
    from openpyxl.utils import get_column_letter
    thin = Side(style='thin', color='000000')
    bd = Border(left=thin, right=thin, top=thin, bottom=thin) if border else Border()
    ncol = max(len(r) for r in list(head) + list(rows))
    names = []
    for j in range(ncol):
        if colnames and colnames[j]:
            names.append(colnames[j]); continue
        nm = ''
        for hr in reversed(head):
            if j < len(hr) and hr[j]:
                nm = hr[j]; break
        names.append(' '.join(nm.split()))
    if widths:
        for j, w in enumerate(widths):
            ws.column_dimensions[get_column_letter(j + 1)].width = w
    r = r0
    for hr in head:
        for j, v in enumerate(hr):
            c = ws.cell(row=r, column=j + 1, value=v if v else None)
            c.font = Font(bold=True, size=size)
            c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
            c.fill = PatternFill('solid', fgColor=head_fill)
            c.border = bd
        ws.row_dimensions[r].height = 32
        r += 1
    for (a, b, c_, d) in merges:
        ws.merge_cells(start_row=r0 + a, start_column=b + 1, end_row=r0 + c_, end_column=d + 1)
    for i, rw in enumerate(rows):
        label = ' '.join(str(rw[label_col]).split())
        last = bold_last and i == len(rows) - 1
        for j, v in enumerate(rw):
            ref = '%s%d' % (get_column_letter(j + 1), r)
            if isinstance(v, tuple):
                val, fmt_, kind, kw = v
                kw = dict(kw)
                kw.setdefault('u', unit)
                XL(R, ws, ref, val, fmt_, kind=kind, row=label, col=names[j], **kw)
                ws[ref].alignment = Alignment(horizontal='right')
            else:
                ws[ref] = v
                ws[ref].alignment = Alignment(wrap_text=False)
            ws[ref].font = Font(bold=last, size=size)
            ws[ref].border = bd
        r += 1
    return r


def xsetup(ws, landscape=True, fit_width=True):
    ws.page_setup.orientation = 'landscape' if landscape else 'portrait'
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    if fit_width:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.5


# ---------- added for blind-v13 ----------
NB = '\u00a0'


def Mn(v, st='us', dec=2, pre='S/ ', suf='', scale=1, nb=False, **kw):
    """Money token like Mf; nb=True prints no-break spaces (after the currency and as thousands separator)
    while the gold text keeps ordinary spaces (the PDF text layer shows spaces)."""
    text = pre + fmt(v, st, dec) + suf
    pr = text.replace(' ', NB) if nb else None
    return M(text, round(v * scale, 2), pr=pr, **kw)


_U = ['', 'un', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece',
      'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte', 'veintiún', 'veintidós',
      'veintitrés', 'veinticuatro', 'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve']
_T = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa']
_H = ['', 'ciento', 'doscientos', 'trescientos', 'cuatrocientos', 'quinientos', 'seiscientos', 'setecientos',
      'ochocientos', 'novecientos']


def _w999(n):
    if n == 0:
        return ''
    if n == 100:
        return 'cien'
    h, r = divmod(n, 100)
    out = [_H[h]] if h else []
    if r < 30:
        if r:
            out.append(_U[r])
    else:
        t, u = divmod(r, 10)
        out.append(_T[t] + (' y ' + _U[u] if u else ''))
    return ' '.join(out)


def words_es(n):
    """Spanish words for a whole amount (as written on cheques and in Peruvian budget letters)."""
    n = int(n)
    if n == 0:
        return 'cero'
    mill, rest = divmod(n, 1000000)
    miles, uni = divmod(rest, 1000)
    out = []
    if mill:
        out.append('un millón' if mill == 1 else _w999(mill) + ' millones')
    if miles:
        out.append('mil' if miles == 1 else _w999(miles) + ' mil')
    if uni:
        out.append(_w999(uni))
    return ' '.join(out)


def dsig(R, name, post, inst=None, when='', fau='20131370645', align='l', before=18, soft=True):
    """Signature block with the box of a Peruvian digital signature (text in the page)."""
    from docx.shared import Cm, Pt
    R.p('', after=0, before=before)
    t = R.doc.add_table(rows=1, cols=2)
    t.autofit = False
    a, b = t.rows[0].cells
    a.width = Cm(1.4); b.width = Cm(7.2)
    t.columns[0].width = Cm(1.4); t.columns[1].width = Cm(7.2)
    from lib import set_cell_border
    for c in (a, b):
        set_cell_border(c, top='single:4', bottom='single:4', left='single:4', right='single:4')
    r = a.paragraphs[0].add_run('FIRMA\nDIGITAL' if False else 'FD')
    r.bold = True; r.font.size = Pt(12)
    pb = b.paragraphs[0]
    lines = ['Firmado digitalmente por:', '%s FAU %s %s' % (name.upper(), fau, 'soft' if soft else 'hard'),
             'Motivo: Soy el autor del documento', 'Fecha: %s' % when]
    for i, ln in enumerate(lines):
        if i:
            pb.add_run().add_break()
        rr = pb.add_run(ln); rr.font.size = Pt(7)
    R.p('', after=0, size=4)
    R.p(name, align=align, bold=True, after=0)
    R.p(post, align=align, after=0, size=R.size - 1)
    if inst:
        R.p(inst, align=align, after=0, size=R.size - 1)


def seal_png(name, lines, color=(40, 60, 160), round_=True):
    """A rubber-stamp image (its words are not in the text layer)."""
    import os
    from PIL import Image, ImageDraw, ImageFont
    from lib import LOGOS
    os.makedirs(LOGOS, exist_ok=True)
    path = os.path.join(LOGOS, 'seal_' + name + '.png')
    im = Image.new('RGB', (420, 300 if not round_ else 420), 'white')
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf', 26)
    W, H = im.size
    if round_:
        d.ellipse([8, 8, W - 8, H - 8], outline=color, width=7)
        d.ellipse([40, 40, W - 40, H - 40], outline=color, width=3)
    else:
        d.rectangle([8, 8, W - 8, H - 8], outline=color, width=6)
    y = H / 2 - 20 * len(lines)
    for ln in lines:
        w = d.textlength(ln, font=f)
        d.text(((W - w) / 2, y), ln, fill=color, font=f)
        y += 40
    im = im.rotate(8, expand=False, fillcolor='white')
    im.save(path)
    return path


def sig_seal(R, name, post, inst, seal, seal_w=3.2, before=10):
    """Signature block beside a round seal image (seal=(png)); the post-seal text is in the page."""
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    R.p('', after=0, before=before)
    t = R.doc.add_table(rows=1, cols=2)
    t.autofit = False
    a, b = t.rows[0].cells
    a.width = Cm(4.0); b.width = Cm(8.5)
    t.columns[0].width = Cm(4.0); t.columns[1].width = Cm(8.5)
    a.paragraphs[0].add_run().add_picture(seal, width=Cm(seal_w))
    pb = b.paragraphs[0]
    pb.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, (ln, bold) in enumerate([('.' * 40, False), (name, True), (post, False), (inst or '', False)]):
        if not ln:
            continue
        if i:
            pb.add_run().add_break()
        rr = pb.add_run(ln); rr.bold = bold; rr.font.size = Pt(R.size - (0 if bold else 1))
    R.p('', after=2, size=4)


def side_by_side(R, widths=(8.0, 8.0), gap=0.6):
    """An unruled 1x3 layout table; returns (left_cell, right_cell) to fill with R.inside(cell)."""
    from docx.shared import Cm
    t = R.doc.add_table(rows=1, cols=3)
    t.autofit = False
    ws = (widths[0], gap, widths[1])
    for c, w, col in zip(t.rows[0].cells, ws, t.columns):
        c.width = Cm(w); col.width = Cm(w)
    R.p('', after=2, size=4)
    return t.rows[0].cells[0], t.rows[0].cells[2]


def memo(R, title, rows, head_lines=None, logo=None, year=None, number=None, rule='_' * 78, align='c'):
    """A memo head: title, own number, then the PARA/DE/ASUNTO/REFERENCIA/FECHA rows in the order given."""
    if head_lines:
        R.header(head_lines, logo=logo)
    if year:
        lema(R, year)
    R.p(title, bold=True, align=align, size=13, after=2 if number else 8)
    if number:
        R.p(number, bold=True, align=align, after=8)
    kv(R, rows)
    if rule:
        R.p(rule, after=6, size=8)


def ytab(R, corner, years, rows, st='us', dec=2, money_pre='', scale=1, cur='PEN', colnames=None, **kw):
    """Transposed table: one row per indicator, one column per year. rows: (label, spec, values); spec is
    ('c', what) count | ('m', role[, unit_source]) money | ('p', dec) percent printed with % | ('t',) text cells (no figure).
    A value None prints a dash."""
    head = [[corner] + [str(y) for y in years]]
    body = []
    for lab, spec, vals in rows:
        r = [lab]
        for y, v in zip(years, vals):
            yy = y if isinstance(y, int) else None
            if v is None:
                r.append('-')
            elif spec[0] == 'c':
                r.append(Cn(v, spec[1], st, y=yy))
            elif spec[0] == 'm':
                r.append(Mf(v, st, dec, pre=money_pre, y=yy, r=spec[1], scale=scale, cur=cur, **({'u': spec[2]} if len(spec) > 2 else {})))
            elif spec[0] == 'p':
                r.append(Pf(v, spec[1], 'us' if st not in ('eu', 'sp') else st, y=yy, u='cell'))
            else:
                r.append(str(v))
        body.append(r)
    R.table(head, body, colnames=colnames, **kw)


# ---------- added for blind-v14 ----------
MESES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'setiembre', 'octubre', 'noviembre',
         'diciembre']


def num_words(n):
    """Spanish words for a number used alone (uno, veintiuno, dos mil veintiuno)."""
    w = words_es(n)
    if w.endswith('veintiún'):
        w = w[:-len('veintiún')] + 'veintiuno'
    elif w == 'un' or w.endswith(' un'):
        w = w[:-2] + 'uno'
    return w


def fecha_letras(iso, day_first=True, cap=False):
    """An ISO date written in words, e.g. 'quince de marzo de dos mil diecinueve' (day 1: 'primero')."""
    y, m, d = (int(x) for x in iso.split('-'))
    dw = 'primero' if d == 1 else num_words(d)
    s = '%s de %s de %s' % (dw, MESES[m - 1], num_words(y))
    return s[0].upper() + s[1:] if cap else s


def fecha(iso, month_upper=False):
    """'15 de marzo de 2019'."""
    y, m, d = (int(x) for x in iso.split('-'))
    mm = MESES[m - 1].upper() if month_upper else MESES[m - 1]
    return '%d de %s de %d' % (d, mm, y)


def Mpost(v, st='sp', dec=2, post=' S/', scale=1, **kw):
    """Money with the currency sign after the number ('12 500,00 S/')."""
    return M(fmt(v, st, dec) + post, round(v * scale, 2), **kw)


def footnotes(R, notes, size=8, rule=True):
    """Footnotes at the end of the text: each note is (marker, text); the marker prints as superscript."""
    if rule:
        R.p('_' * 20, after=0, size=size)
    for mk, t in notes:
        R.p('{sup:%s} %s' % (mk, t), size=size, after=0)


def annexes(R, items, title='Se adjunta:', size=9, numbered=True):
    R.p(title, bold=True, size=size, after=0, before=4)
    for i, it in enumerate(items):
        R.p(('%d. ' % (i + 1) if numbered else '- ') + it, size=size, after=0, indent=0.6)


def sig_stamp(R, name, post, inst, seal, seal_w=3.0, before=10, seal_right=True):
    """Signature block with a rubber-stamp image beside it on the right (or left)."""
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    R.p('', after=0, before=before)
    t = R.doc.add_table(rows=1, cols=2)
    t.autofit = False
    ws = (9.0, 4.0) if seal_right else (4.0, 9.0)
    for c, w, col in zip(t.rows[0].cells, ws, t.columns):
        c.width = Cm(w); col.width = Cm(w)
    txt, img = (t.rows[0].cells[0], t.rows[0].cells[1]) if seal_right else (t.rows[0].cells[1], t.rows[0].cells[0])
    img.paragraphs[0].add_run().add_picture(seal, width=Cm(seal_w))
    pb = txt.paragraphs[0]
    pb.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, (ln, bold) in enumerate([('_' * 30, False), (name, True), (post, False), (inst or '', False)]):
        if not ln:
            continue
        if i:
            pb.add_run().add_break()
        rr = pb.add_run(ln); rr.bold = bold; rr.font.size = Pt(R.size - (0 if bold else 1))
    R.p('', after=2, size=4)


def rect_seal(name, lines, color=(150, 30, 30)):
    return seal_png(name, lines, color=color, round_=False)


# ---------- added for blind-v15 ----------
def Mb(v, st='us', dec=2, pre='', suf='', scale=1, **kw):
    """Money whose negative value prints in accounting brackets: '(45,000.00)'; value stays negative."""
    s = fmt(abs(v), st, dec)
    return M(pre + ('(%s)' % s if v < 0 else s) + suf, round(v * scale, 2), **kw)


def Mbreak(text, value, at, **kw):
    """Money printed with a line break at character `at` of its text (the space there becomes the break);
    the gold text keeps the ordinary space."""
    if text[at] != ' ':
        raise ValueError('break must replace a space: %r at %d' % (text, at))
    return M(text, value, pr=text[:at] + '\n' + text[at + 1:], **kw)


def refline(R, rows, size=None, tab=3.0, w2=13.0):
    """Head block with keys printed as given (e.g. 'Referencia :' with the space, 'Sumilla:', 'Atención:')."""
    kv(R, rows, size=size, tab=tab, w2=w2)


def ordinal(n, fem=False):
    w = ['', 'Primero', 'Segundo', 'Tercero', 'Cuarto', 'Quinto', 'Sexto', 'Séptimo', 'Octavo', 'Noveno', 'Décimo'][n]
    if fem:
        w = w[:-1] + 'a'
    return w



# ---------- added for blind-v16 ----------
def Mmil(n, pre='S/ ', suf=' mil', st='us', dec=0, **kw):
    """Money written with 'mil' after the number: 'S/ 45 mil' (value 45000)."""
    return M(pre + fmt(n, st, dec) + suf, round(n * 1000, 2), **kw)


def Mwords(v, pre='S/ ', st='us', dec=0, word='soles', paren=True, **kw):
    """Amount in words first, digits in brackets after: 'cuarenta y cinco mil soles (S/ 45,000)'; one figure."""
    w = words_es(v)
    t = '%s %s (%s%s)' % (w, word, pre, fmt(v, st, dec)) if paren else '%s %s' % (w, word)
    return M(t, float(v), **kw)


def Mjoin(v, pre='S/.', st='us', dec=2, **kw):
    """Money with the sign glued to the number: 'S/.12,500.00'."""
    return M(pre + fmt(v, st, dec), round(v, 2), **kw)


def Ppc(v, dec=0, st='eu', word=' por ciento', **kw):
    """Percent written in words after the number: '35 por ciento', '12,5 por ciento'."""
    return P(fmt(v, st, dec) + word, v, **kw)


def Psp(v, dec=1, st='eu', **kw):
    """Percent with a space before the sign: '18,4 %'."""
    return P(fmt(v, st, dec) + ' %', v, **kw)


def hnames(head, merges=()):
    """Column names of a multi-row header: the texts of every header cell covering the column, top to bottom,
    joined with a space (a vertically merged cell counted once)."""
    nrow = len(head)
    ncol = max(len(h) for h in head)
    origin = {}
    for (r0, c0, r1, c1) in merges:
        for i in range(r0, r1 + 1):
            for j in range(c0, c1 + 1):
                origin[(i, j)] = (r0, c0)
    names = []
    for j in range(ncol):
        seen, parts = set(), []
        for i in range(nrow):
            oi, oj = origin.get((i, j), (i, j))
            if (oi, oj) in seen:
                continue
            seen.add((oi, oj))
            t = head[oi][oj] if oj < len(head[oi]) else ''
            if t:
                parts.append(' '.join(plain(t).split()))
        names.append(' '.join(parts))
    return names


def mtable(R, head, rows, merges=(), **kw):
    """R.table with column names joined over all header rows (merged upper cells included)."""
    return R.table(head, rows, merges=merges, colnames=hnames(head, merges), **kw)


def quote(R, text, size=None, left=1.2, right=1.2):
    """A quoted request: indented on both sides, italic, in quotation marks."""
    from docx.shared import Cm
    p = R.p(text, align='j', italic=True, size=size, indent=left, after=6)
    p.paragraph_format.right_indent = Cm(right)
    return p


def bl(R, items, size=None, style='List Bullet'):
    """Bullet list (Word list style: the bullet is a symbol of the list, not text)."""
    for it in items:
        R.p(it, style=style, size=size, after=1, align='l')


def checkbox(R, items, size=None):
    """Typed check boxes of a form: '( X )' marked, '(   )' not."""
    for mark, t in items:
        R.p(('( X )  ' if mark else '(     )  ') + t, size=size, after=1, indent=0.4)


def cover(R, lines, boxed=True, top_space=120, size=14):
    """A cover page (no figures) followed by a page break."""
    R.p('', before=top_space)
    for i, (t, b, s) in enumerate(lines):
        p = R.p(t, align='c', bold=b, size=s or size, after=10)
        if boxed and i == 0:
            from lib import para_border
            para_border(p, sides=('top', 'bottom'), sz=18)
    R.pagebreak()


def email_head(R, rows, size=9):
    """The header lines of a printed e-mail (De / Enviado / Para / Asunto ...)."""
    kv(R, rows, size=size, tab=2.6, w2=13.4)
    R.p('_' * 80, size=7, after=6)


def yrow_table(R, head, data, what, total='Total', st='us', dec=0, **kw):
    """Years as rows, stages as columns: data [(year, [counts...])]; what: one noun per column; each figure
    gets the year of its row; the total row has no year."""
    rows, tot = [], [0] * len(data[0][1])
    for y, vals in data:
        r = [str(y)]
        for j, v in enumerate(vals):
            if v is None:
                r.append('-')
            else:
                tot[j] += v
                r.append(Cn(v, what[j], st, y=y))
        rows.append(r)
    if total:
        rows.append([total] + [Cn(t, what[j], st) for j, t in enumerate(tot)])
        kw.setdefault('bold_rows', (len(rows) - 1,))
    mtable(R, head, rows, **kw)
    return tot


def xfont(ws, name='Calibri'):
    """Give every used cell of a sheet the font `name` (openpyxl's Font() without a name renders in LibreOffice's default serif)."""
    from copy import copy
    for row in ws.iter_rows():
        for c in row:
            f = copy(c.font)
            f.name = name
            c.font = f


# ---------- added for blind-v17 ----------
def fmt_apos(v, dec=2):
    """Old Peruvian typewriter grouping: an apostrophe before the millions, commas for thousands: 1'284,500.00."""
    s = '{:,.{d}f}'.format(v, d=dec)
    parts = s.split(',')
    if len(parts) >= 3:
        return ''.join(parts[:-2]) + "'" + parts[-2] + ',' + parts[-1]
    return s


def Mapos(v, pre='S/ ', dec=2, **kw):
    """Money with the apostrophe millions separator: "S/ 1'284,500.00"."""
    return M(pre + fmt_apos(v, dec), round(v, 2), **kw)


def Mcode(v, code='PEN', st='us', dec=2, after=False, **kw):
    """Money with the ISO code before ('PEN 45,300.00') or after ('45 300,00 PEN') the number."""
    t = (fmt(v, st, dec) + ' ' + code) if after else (code + ' ' + fmt(v, st, dec))
    return M(t, round(v, 2), cur=kw.pop('cur', code if code in ('PEN', 'USD', 'EUR') else 'PEN'), **kw)


def cents_words(v):
    c = int(round((v - int(v)) * 100))
    return '%02d/100' % c


def Mdw(v, pre='S/ ', st='sp', dec=2, word='soles', **kw):
    """Digits first, the amount in words in brackets after: 'S/ 245 000,00 (doscientos cuarenta y cinco mil con
    00/100 soles)'; one figure."""
    t = '%s%s (%s con %s %s)' % (pre, fmt(v, st, dec), words_es(v), cents_words(v), word)
    return M(t, round(v, 2), **kw)


def Mmill(v, st='eu', dec=2, suf=' millones de soles', pre='', **kw):
    """'2,35 millones de soles' (no sign; value x 1 000 000)."""
    return M(pre + fmt(v, st, dec) + suf, round(v * 1e6, 2), **kw)


def Mafter(v, st='eu', dec=2, suf=' soles', **kw):
    """Number then the currency word: '45.300,00 soles'."""
    return M(fmt(v, st, dec) + suf, round(v, 2), **kw)


def Cdw(n, what, st='us', **kw):
    """Digits first, words in brackets: '45 (cuarenta y cinco)'."""
    return C('%s (%s)' % (fmt(n, st, 0), num_words(n)), n, what, **kw)


def Cmil(n, what, suf=' mil', st='eu', dec=0, **kw):
    """A count written with 'mil': '3 mil' (3000), '2,5 mil' (2500)."""
    return C(fmt(n, st, dec) + suf, round(n * 1000), what, **kw)


def Cw(n, what, fem=False, **kw):
    """A count in words alone ('veinte', 'una')."""
    w = num_words(n)
    if fem and w.endswith('uno'):
        w = w[:-3] + 'una'
    return C(w, n, what, **kw)


def Pw(v, **kw):
    """Percent in words then digits in brackets: 'treinta por ciento (30 %)'."""
    return P('%s por ciento (%s %%)' % (num_words(int(v)), fmt(v, 'eu', 0)), v, **kw)


def Pbare(v, dec=1, st='us', **kw):
    """A percent printed as a bare number under a '%' column header."""
    return P(fmt(v, st, dec), v, **kw)


def ficha(R, rows, head=('Indicador', 'Resultado'), widths=(11.0, 4.5), **kw):
    """Two-column sheet (indicator | value): rows [(label, token-or-text)]."""
    R.table([list(head)], [[a, b] for a, b in rows], widths=widths, **kw)



def yrows(rows, years, st='us', total=False, total_year=None, dash='-'):
    """Body rows for a table with one noun per row and one column per year: rows [(label, what, [values])].
    total=True appends a total cell per row (no year unless total_year). A value None prints a dash (no figure)."""
    out = []
    for lab, what, vals in rows:
        r = [lab]
        for y, v in zip(years, vals):
            r.append(dash if v is None else Cn(v, what, st, y=y))
        if total:
            r.append(Cn(sum(v for v in vals if v is not None), what, st, y=total_year))
        out.append(r)
    return out


# ---------- added for blind-v18 ----------
def Mmm(v, pre='S/ ', st='us', dec=2, suf=' MM', **kw):
    """Millions written with the financial abbreviation MM: 'S/ 1.25 MM' (value 1 250 000)."""
    return M(pre + fmt(v, st, dec) + suf, round(v * 1e6, 2), **kw)


def Mdash(v, pre='S/ ', st='us', **kw):
    """A whole amount typed with '.-' after it, as on old typewritten forms: 'S/ 12,450.-'."""
    return M(pre + fmt(v, st, 0) + '.-', round(v, 2), **kw)


def Mns(v, st='us', dec=2, pre='', suf=' nuevos soles', **kw):
    """The pre-2015 name of the currency after the number: '45,300.00 nuevos soles'."""
    return M(pre + fmt(v, st, dec) + suf, round(v, 2), **kw)


def Mwo(v, word='soles', upper=False, **kw):
    """An amount in words alone, cents as NN/100: 'noventa y seis mil cuatrocientos y 00/100 soles'."""
    t = '%s y %s %s' % (words_es(v), cents_words(v), word)
    if upper:
        t = t.upper()
    return M(t, round(v, 2), **kw)


def Mpmill(v, pre='S/ ', st='eu', dec=1, suf=' millones', **kw):
    """Sign, then millions in words: 'S/ 3,4 millones'."""
    return M(pre + fmt(v, st, dec) + suf, round(v * 1e6, 2), **kw)


def Msloppy(v, pre='S/ ', **kw):
    """A whole amount typed with a space after each comma, as OCR and hurried typists leave it: 'S/ 2, 963, 328'."""
    return M(pre + fmt(v, 'us', 0).replace(',', ', '), round(v, 2), **kw)


def Cwz(n, what, fem=False, pad=2, **kw):
    """Word first, zero-padded digits in brackets, the usual Peruvian office style: 'tres (03)', 'una (01)'."""
    w = num_words(n)
    if fem and w.endswith('uno'):
        w = w[:-3] + 'una'
    return C('%s (%0*d)' % (w, pad, n), n, what, **kw)


def Pwo(v, **kw):
    """A whole percent in words alone: 'cincuenta por ciento'."""
    return P('%s por ciento' % num_words(int(v)), v, **kw)


def CP(n, what, share, dec=1, st='eu', pst=' %', y=None, **kw):
    """A count and its share in one cell: '312 (54,2 %)' (two figures)."""
    return '%s (%s)' % (Cn(n, what, 'us' if st != 'sp' else 'sp', y=y, **kw), P(fmt(share, st, dec) + pst, share, y=y, u='cell', **kw))


def band_header(R, lines, fill='1F4E79', color=(255, 255, 255), size=9, logo=None, widths=(2.6, 13.4)):
    """A coloured letterhead band in the page header: a one-row table, logo cell and a shaded text cell."""
    from docx.shared import Cm, Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from lib import shade
    hdr = R.doc.sections[0].header
    t = hdr.add_table(rows=1, cols=2, width=Cm(sum(widths)))
    t.autofit = False
    a, b = t.rows[0].cells
    for c, w, col in zip((a, b), widths, t.columns):
        c.width = Cm(w); col.width = Cm(w)
    if logo:
        a.paragraphs[0].add_run().add_picture(logo[0], width=Cm(logo[1]))
    shade(b, fill)
    p = b.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    for i, ln in enumerate(lines):
        if i:
            p.add_run().add_break()
        r = p.add_run(ln)
        r.font.size = Pt(size + (2 if i == 0 else 0))
        r.bold = i == 0
        r.font.color.rgb = RGBColor(*color)
    hdr.paragraphs[0].text = ''


def left_header(R, logo, lines, size=8.5, rule=True, right=None):
    """Letterhead with the logo on the left and the office lines left-aligned beside it (header table)."""
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    hdr = R.doc.sections[0].header
    t = hdr.add_table(rows=1, cols=3, width=Cm(16.5))
    t.autofit = False
    ws = (2.2, 9.8, 4.5)
    for c, w, col in zip(t.rows[0].cells, ws, t.columns):
        c.width = Cm(w); col.width = Cm(w)
    a, b, c3 = t.rows[0].cells
    if logo:
        a.paragraphs[0].add_run().add_picture(logo[0], width=Cm(logo[1]))
    p = b.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p.add_run().add_break()
        r = p.add_run(ln)
        r.font.size = Pt(size + (1.5 if i == 0 else 0))
        r.bold = i < 2
    if right:
        p3 = c3.paragraphs[0]
        p3.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for i, ln in enumerate(right.split('\n')):
            if i:
                p3.add_run().add_break()
            r = p3.add_run(ln); r.font.size = Pt(size - 1); r.italic = True
    if rule:
        from lib import para_border
        para_border(hdr.paragraphs[0], sides=('bottom',), sz=6)


def boxed(R, text, size=None, italic=False, title=None):
    """A paragraph framed by a box (a quoted request, a note)."""
    from lib import para_border
    if title:
        R.p(title, bold=True, size=size, after=2)
    p = R.p(text, align='j', italic=italic, size=size, indent=0.4, after=8)
    para_border(p, sz=8)
    return p


def numbered(R, items, size=None, start=1, fmt_='%d.', indent=0.0, hang=0.7):
    """Paragraphs numbered by hand ('1.', '2.' or '2.1') with a hanging indent."""
    for i, t in enumerate(items):
        lab = fmt_ % (i + start) if '%' in fmt_ else fmt_
        R.p('%s\t%s' % (lab, t), align='j', size=size, indent=indent + hang, first=-hang, after=4)


# ---------- added for blind-v19 ----------
def Mk(v, pre='S/ ', suf='K', st='us', dec=0, **kw):
    """Thousands written with a trailing K, as in spreadsheets and slides: 'S/ 320K' (value 320 000)."""
    return M(pre + fmt(v, st, dec) + suf, round(v * 1000, 2), **kw)


def Mmabbr(v, pre='S/ ', st='eu', dec=1, suf=' mill.', **kw):
    """Millions with the abbreviation 'mill.': 'S/ 1,2 mill.' (value 1 200 000)."""
    return M(pre + fmt(v, st, dec) + suf, round(v * 1e6, 2), **kw)


def Mcd(v, pre='S/ ', st='sp', **kw):
    """A whole amount closed with ',-' as on European-style forms: 'S/ 45 300,-'."""
    return M(pre + fmt(v, st, 0) + ',-', round(v, 2), **kw)


def Mlead(v, word='soles', st='us', dec=2, **kw):
    """The currency word before the number, as in some accounting notes: 'soles 12,500.00'."""
    return M(word + ' ' + fmt(v, st, dec), round(v, 2), **kw)


def Cz(n, what, pad=2, **kw):
    """A count printed zero-padded alone: '04'."""
    return C('%0*d' % (pad, n), n, what, **kw)


def Cwp(n, what, fem=False, **kw):
    """Words then digits in brackets, lower case, not padded: 'doce (12)'."""
    w = num_words(n)
    if fem and w.endswith('uno'):
        w = w[:-3] + 'una'
    return C('%s (%d)' % (w, n), n, what, **kw)


def right_header(R, lines, size=8.5, rule=True, logo=None):
    """Letterhead aligned right, the first line in small capitals-like bold, a thin rule under it."""
    R.header(lines, align='r', size=size, rule=rule, logo=logo, italic_rest=True)


def sigline(R, name, post, inst=None, align='r', before=24):
    """A signature pushed to the right margin, with a short rule."""
    R.p('', after=0, before=before)
    R.p('_' * 26, align=align, after=0)
    R.p(name, align=align, bold=True, after=0)
    R.p(post, align=align, after=0, size=R.size - 1)
    if inst:
        R.p(inst, align=align, after=0, size=R.size - 1)


def closing(R, text='Atentamente,'):
    R.p(text, after=2, before=6)


def std(R, lines, year, place_date, ref, to_lines, rows, style='c', logo=None, dec=True, motto=True):
    """blind-v19 letter skeleton (kept for blind-v20): letterhead (style 'c' centred, 'r' right-aligned, 'l' logo left, 'band'), the year
    motto, date, own number, addressee and the head block."""
    if style == 'r':
        right_header(R, lines)
    elif style == 'l':
        left_header(R, logo, lines)
    elif style == 'band':
        band_header(R, lines, logo=logo, fill='5B2C6F')
    else:
        R.header(lines, logo=logo)
    if motto:
        lema(R, year, dec=dec)
    if place_date:
        R.p(place_date, align='r', after=6)
    if ref:
        R.p(ref, bold=True, after=8)
    if to_lines:
        to(R, to_lines)
    if rows:
        kv(R, rows)


# ---------- added for blind-v20 ----------
def Moo(v, pre='S/. ', **kw):
    """A whole amount typed with two letters o for the cents, as on old typewritten forms: 'S/. 45,300.oo'."""
    return M(pre + fmt(v, 'us', 0) + '.oo', round(v, 2), **kw)


def Mmilmil(v, pre='S/ ', **kw):
    """Millions and thousands as said aloud: 'S/ 2 millones 350 mil' (value 2 350 000); v a whole number of thousands."""
    mi, th = divmod(int(round(v)), 1000000)
    if th % 1000 or mi < 1 or th == 0:
        raise ValueError('Mmilmil needs whole thousands above a million: %r' % v)
    t = '%s%d %s %d mil' % (pre, mi, 'millón' if mi == 1 else 'millones', th // 1000)
    return M(t, float(v), **kw)


def Czw(n, what, pad=2, fem=False, **kw):
    """Zero-padded digits first, the number in words in brackets: '03 (tres)', '12 (doce)'."""
    w = num_words(n)
    if fem and w.endswith('uno'):
        w = w[:-3] + 'una'
    return C('%0*d (%s)' % (pad, n, w), n, what, **kw)


def gob_header(R, boxes, size=7.5, widths=None, red='C00000', greys=('333333', '595959', '7F7F7F', 'A6A6A6')):
    """The GOB.PE brand letterhead in the page header: a red box 'PERÚ' followed by grey boxes naming the sector and
    its sub-units, left to right, white letters (a one-row header table)."""
    from docx.shared import Cm, Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from lib import shade
    hdr = R.doc.sections[0].header
    n = len(boxes) + 1
    widths = widths or ([1.6] + [(16.0 - 1.6) / len(boxes)] * len(boxes))
    t = hdr.add_table(rows=1, cols=n, width=Cm(sum(widths)))
    t.autofit = False
    for c, w, col in zip(t.rows[0].cells, widths, t.columns):
        c.width = Cm(w); col.width = Cm(w)
    cells = t.rows[0].cells
    for i, (c, txt) in enumerate(zip(cells, ['PERÚ'] + list(boxes))):
        shade(c, red if i == 0 else greys[min(i - 1, len(greys) - 1)])
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if i == 0 else WD_ALIGN_PARAGRAPH.LEFT
        p.paragraph_format.space_after = Pt(0)
        for k, ln in enumerate(txt.split('\n')):
            if k:
                p.add_run().add_break()
            r = p.add_run(ln)
            r.font.size = Pt(size + (3 if i == 0 else 0))
            r.bold = i <= 1
            r.font.color.rgb = RGBColor(255, 255, 255)
    hdr.paragraphs[0].text = ''


def foot_letterhead(R, name, foot, logo=None, size=7.5):
    """Letterhead split between header and footer: the logo and the institution's name in small capitals at the top,
    its address, telephone and web page in the footer, over a thin rule."""
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from lib import para_border
    hdr = R.doc.sections[0].header
    p = hdr.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    if logo:
        p.add_run().add_picture(logo[0], width=Cm(logo[1]))
        p.add_run('   ')
    r = p.add_run(name)
    r.bold = True
    r.font.size = Pt(size + 3)
    r.font.small_caps = True
    ftr = R.doc.sections[0].footer
    q = ftr.paragraphs[0]
    q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para_border(q, sides=('top',), sz=6)
    for i, ln in enumerate(foot.split('\n')):
        if i:
            q.add_run().add_break()
        rr = q.add_run(ln)
        rr.font.size = Pt(size)


def leaders(R, items, pos=15.5, size=None, indent=0.5):
    """A list with dot leaders up to a right tab: 'Casos atendidos ........ 14'. items: (label, value text or token).
    Figures in it are running-text figures (no table object, no header)."""
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    for lab, val in items:
        p = R.p('%s\t%s' % (lab, val), size=size, after=1, indent=indent, align='l')
        p.paragraph_format.tab_stops.add_tab_stop(Cm(pos), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)


def page_title(R, lines, size=10, after=8):
    """A title block at the top of an annex page; its last line may state the unit of every table on the page."""
    for i, ln in enumerate(lines):
        R.p(ln, align='c', bold=(i < len(lines) - 1), size=size + (1 if i == 0 else 0), after=after if i == len(lines) - 1 else 0)


def hbox(R, lines, logo=None, right=None, widths=(2.4, 10.2, 3.4), size=8.5):
    """blind-v20: the letterhead as a ruled three-cell box at the top of the page body (logo | names | registry box)."""
    t = R.letterhead_table(logo, lines, right=right, widths=widths, size=size, border=True)
    R.p('', after=4, size=4)
    return t


def date_words(place, iso):
    """'Huamanga, veintitrés de agosto de dos mil veintidós'."""
    return '%s, %s' % (place, fecha_letras(iso))


def dotted_date(place, iso):
    """'Lima, 03.04.2022'."""
    y, m, d = iso.split('-')
    return '%s, %s.%s.%s' % (place, d, m, y)


def signoff(R, name, post, inst=None, align='c', before=26, rule='.' * 38):
    """Signature block over a dotted line (no underscores)."""
    R.p('', after=0, before=before)
    R.p(rule, align=align, after=0, size=R.size - 2)
    R.p(name, align=align, bold=True, after=0)
    R.p(post, align=align, after=0, size=R.size - 1)
    if inst:
        R.p(inst, align=align, after=0, size=R.size - 1)


def cc(R, items, size=7.5):
    R.p('C.c.: ' + '; '.join(items), size=size, before=8, after=0)


def initials(R, text, size=7):
    R.p(text, size=size, after=0)


def split_header(R, left, right, size=8, widths=(10.0, 6.5)):
    """blind-v20: a two-cell letterhead in the page header: the parent bodies on the left (small, left-aligned), the
    issuing unit's short name large and bold on the right, a rule under both."""
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from lib import para_border
    hdr = R.doc.sections[0].header
    t = hdr.add_table(rows=1, cols=2, width=Cm(sum(widths)))
    t.autofit = False
    for c, w, col in zip(t.rows[0].cells, widths, t.columns):
        c.width = Cm(w); col.width = Cm(w)
    a, b = t.rows[0].cells
    p = a.paragraphs[0]
    for i, ln in enumerate(left):
        if i:
            p.add_run().add_break()
        r = p.add_run(ln); r.font.size = Pt(size); r.bold = i == 0
    q = b.paragraphs[0]
    q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for i, ln in enumerate(right.split('\n')):
        if i:
            q.add_run().add_break()
        r = q.add_run(ln); r.font.size = Pt(size + (5 if i == 0 else 0)); r.bold = i == 0
    from lib import set_cell_border
    for c in (a, b):
        set_cell_border(c, bottom='single:12')


def open20(R, year, place_date, ref, to_lines=None, rows=None, motto=True, dec=True, ref_first=True, ref_align='l',
           ref_size=None, keys=None):
    """blind-v20 letter opening: motto lines, then the own number and the place and date (either order), the addressee
    and the head block (ASUNTO / REFERENCIA ...)."""
    if motto:
        lema(R, year, dec=dec)
    if ref_first:
        if ref:
            R.p(ref, bold=True, align=ref_align, after=2, size=ref_size)
        if place_date:
            R.p(place_date, align='r' if ref_align == 'l' else ref_align, after=8)
    else:
        if place_date:
            R.p(place_date, align='r', after=6)
        if ref:
            R.p(ref, bold=True, align=ref_align, after=8, size=ref_size)
    if to_lines:
        to(R, to_lines)
    if rows:
        kv(R, rows)


# ---------- added for blind-v21 ----------
EMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
        'December']
DIAS = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo']


def fmt_acute(v, dec=2):
    """Typewriter grouping with an acute accent before the millions (as some Peruvian offices type it): 2´150,000.00."""
    return fmt_apos(v, dec).replace("'", '\u00b4')


def Macute(v, pre='S/ ', dec=2, **kw):
    """Money with the acute-accent millions separator: 'S/ 2´150,000.00'."""
    return M(pre + fmt_acute(v, dec), round(v, 2), **kw)


def date21(place, iso, style='long'):
    """Place and date lines in the styles of blind-v21:
    long 'Iquitos, 14 de junio de 2022' | abbr 'Iquitos, 14 JUN. 2022' (the stamp of an electronic document system) |
    del 'Chiclayo, 05 de setiembre del 2022' | weekday 'San Isidro, martes 12 de julio de 2022' |
    ymd 'Puno, 2022 junio 15' | slash 'Cusco, 3/08/2021' | en '12 July 2022' | en_us 'July 12, 2022' | iso '2023-05-12'."""
    import datetime
    y, m, d = (int(x) for x in iso.split('-'))
    if style == 'long':
        s = '%d de %s de %d' % (d, MESES[m - 1], y)
    elif style == 'abbr':
        s = '%02d %s. %d' % (d, MESES[m - 1][:3].upper(), y)
    elif style == 'del':
        s = '%02d de %s del %d' % (d, MESES[m - 1], y)
    elif style == 'weekday':
        s = '%s %d de %s de %d' % (DIAS[datetime.date(y, m, d).weekday()], d, MESES[m - 1], y)
    elif style == 'ymd':
        s = '%d %s %d' % (y, MESES[m - 1], d)
    elif style == 'slash':
        s = '%d/%02d/%d' % (d, m, y)
    elif style == 'en':
        s = '%d %s %d' % (d, EMES[m - 1], y)
    elif style == 'en_us':
        s = '%s %d, %d' % (EMES[m - 1], d, y)
    elif style == 'iso':
        s = iso
    else:
        raise ValueError(style)
    return '%s, %s' % (place, s) if place else s


def _rspacing(run, twips):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    rPr = run._r.get_or_add_rPr()
    sp = OxmlElement('w:spacing')
    sp.set(qn('w:val'), str(twips))
    rPr.append(sp)


def _pborder(p, side, val='single', sz=12, color='000000', space=4):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    pPr = p._p.get_or_add_pPr()
    bd = pPr.find(qn('w:pBdr'))
    if bd is None:
        bd = OxmlElement('w:pBdr')
        pPr.append(bd)
    e = OxmlElement('w:' + side)
    e.set(qn('w:val'), val)
    e.set(qn('w:sz'), str(sz))
    e.set(qn('w:space'), str(space))
    e.set(qn('w:color'), color)
    bd.append(e)


def spaced_header(R, name, lines=(), logo=None, size=8, spacing=70, rule='double', color=None):
    """blind-v21: the letterhead centred in the page header: a logo on top, the institution's name in capitals with expanded
    letter-spacing, the sub-units under it in small italics, a double rule under all."""
    from docx.shared import Cm, Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    hdr = R.doc.sections[0].header
    p = hdr.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if logo:
        p.add_run().add_picture(logo[0], width=Cm(logo[1]))
        p.add_run().add_break()
    r = p.add_run(name.upper())
    r.bold = True
    r.font.size = Pt(size + 4)
    if color:
        r.font.color.rgb = RGBColor(*color)
    _rspacing(r, spacing)
    for ln in lines:
        p.add_run().add_break()
        rr = p.add_run(ln)
        rr.italic = True
        rr.font.size = Pt(size)
    if rule:
        _pborder(p, 'bottom', val=rule, sz=6 if rule == 'double' else 10, space=3)


def bar_header(R, lines, color='8B0000', size=8.5, logo=None, bar=36):
    """blind-v21: the letterhead left-aligned beside a thick coloured vertical bar (the left border of the header
    paragraph), the first line bold, no rule under it."""
    from docx.shared import Cm, Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    hdr = R.doc.sections[0].header
    p = hdr.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    p.paragraph_format.left_indent = Cm(0.35)
    if logo:
        p.add_run().add_picture(logo[0], width=Cm(logo[1]))
        p.add_run().add_break()
    for i, ln in enumerate(lines):
        if i:
            p.add_run().add_break()
        r = p.add_run(ln)
        r.bold = i == 0
        r.font.size = Pt(size + (2 if i == 0 else 0))
        if i == 0:
            r.font.color.rgb = RGBColor(int(color[0:2], 16), int(color[2:4], 16), int(color[4:6], 16))
    _pborder(p, 'left', sz=bar, color=color, space=8)


def two_logo_header(R, left, right, lines, size=8.5, widths=(2.6, 11.3, 2.6), rule=True):
    """blind-v21: a header table with a logo on each side (the sector's and the unit's) and the names centred between."""
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from lib import set_cell_border
    hdr = R.doc.sections[0].header
    t = hdr.add_table(rows=1, cols=3, width=Cm(sum(widths)))
    t.autofit = False
    for c, w, col in zip(t.rows[0].cells, widths, t.columns):
        c.width = Cm(w); col.width = Cm(w)
    a, b, c3 = t.rows[0].cells
    a.paragraphs[0].add_run().add_picture(left[0], width=Cm(left[1]))
    c3.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    c3.paragraphs[0].add_run().add_picture(right[0], width=Cm(right[1]))
    p = b.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, ln in enumerate(lines):
        if i:
            p.add_run().add_break()
        r = p.add_run(ln)
        r.bold = i == 0
        r.font.size = Pt(size + (2.5 if i == 0 else 0))
    if rule:
        for c in (a, b, c3):
            set_cell_border(c, bottom='single:8')
    hdr.paragraphs[0].text = ''


def verif_footer(R, url, key, size=6.5, lead=None):
    """blind-v21: the footer notice of a document signed in an electronic document system: where and with which key its
    authenticity can be checked (the key is not a figure)."""
    t = (lead or 'Esta es una copia auténtica imprimible de un documento electrónico archivado en la entidad, aplicando lo dispuesto '
         'por el Art. 25 de D.S. 070-2013-PCM y la Tercera Disposición Complementaria Final del D.S. 026-2016-PCM.') + \
        ' Su autenticidad e integridad pueden ser contrastadas a través de la siguiente dirección web: %s ingresando la clave: %s' % (url, key)
    R.footer(t, size=size, align='l')


def qr_png(name, seed, modules=25):
    """A QR-like square picture (finder squares and seeded modules) as printed beside an electronic signature."""
    import os, random
    from PIL import Image, ImageDraw
    from lib import LOGOS
    os.makedirs(LOGOS, exist_ok=True)
    path = os.path.join(LOGOS, 'qr_' + name + '.png')
    rng = random.Random(seed)
    cell = 10
    n = modules
    im = Image.new('L', ((n + 8) * cell, (n + 8) * cell), 255)
    d = ImageDraw.Draw(im)
    o = 4 * cell
    for i in range(n):
        for j in range(n):
            if rng.random() < 0.5:
                d.rectangle([o + j * cell, o + i * cell, o + (j + 1) * cell - 1, o + (i + 1) * cell - 1], fill=0)
    for (fi, fj) in ((0, 0), (0, n - 7), (n - 7, 0)):
        x0, y0 = o + fj * cell, o + fi * cell
        d.rectangle([x0 - cell, y0 - cell, x0 + 8 * cell - 1, y0 + 8 * cell - 1], fill=255)
        d.rectangle([x0, y0, x0 + 7 * cell - 1, y0 + 7 * cell - 1], fill=0)
        d.rectangle([x0 + cell, y0 + cell, x0 + 6 * cell - 1, y0 + 6 * cell - 1], fill=255)
        d.rectangle([x0 + 2 * cell, y0 + 2 * cell, x0 + 5 * cell - 1, y0 + 5 * cell - 1], fill=0)
    im.save(path)
    return path


def qr_sign(R, name, post, inst, seed, when=None, qr_w=2.3, before=14):
    """blind-v21: signature block of a document signed in an electronic document system: a QR picture on the left, and on
    the right the signer's name, post and unit with the words 'Documento firmado digitalmente' and the time."""
    from docx.shared import Cm, Pt
    R.p('', after=0, before=before)
    t = R.doc.add_table(rows=1, cols=2)
    t.autofit = False
    a, b = t.rows[0].cells
    for c, w, col in zip((a, b), (2.8, 10.0), t.columns):
        c.width = Cm(w); col.width = Cm(w)
    a.paragraphs[0].add_run().add_picture(qr_png(R.id, seed), width=Cm(qr_w))
    pb = b.paragraphs[0]
    items = [('Documento firmado digitalmente', False, 7.5), (name, True, R.size - 1), (post, False, R.size - 1.5)]
    if inst:
        items.append((inst, False, R.size - 1.5))
    if when:
        items.append(('Fecha y hora: ' + when, False, 7.5))
    for i, (ln, bold, sz) in enumerate(items):
        if i:
            pb.add_run().add_break()
        rr = pb.add_run(ln); rr.bold = bold; rr.font.size = Pt(sz)
    R.p('', after=2, size=4)


def refbox(R, ref, fill='E7E6E6', size=None, align='c'):
    """blind-v21: the document's own number centred in a shaded, ruled box."""
    from lib import shade
    p = R.p(ref, bold=True, align=align, size=size, after=8)
    for side in ('top', 'bottom', 'left', 'right'):
        _pborder(p, side, sz=6, space=2)
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), fill)
    p._p.get_or_add_pPr().append(shd)
    return p


def open21(R, year, date_line, ref, to_lines=None, rows=None, motto=True, dec=True, order='ref', ref_style='plain',
           date_align='r', ref_size=None, motto_size=8):
    """blind-v21 letter opening: the year motto (optional), the own number (plain, underlined or in a shaded box) and the
    place and date in either order, the addressee and the head block."""
    if motto:
        lema(R, year, dec=dec, size=motto_size)

    def _ref():
        if not ref:
            return
        if ref_style == 'box':
            refbox(R, ref, size=ref_size)
        elif ref_style == 'under':
            R.p(ref, bold=True, under=True, after=6, size=ref_size)
        elif ref_style == 'center':
            R.p(ref, bold=True, align='c', after=6, size=ref_size)
        else:
            R.p(ref, bold=True, after=6, size=ref_size)

    def _date():
        if date_line:
            R.p(date_line, align=date_align, after=6)
    if order == 'ref':
        _ref(); _date()
    else:
        _date(); _ref()
    if to_lines:
        to(R, to_lines)
    if rows:
        kv(R, rows)


def sections(R, items, size=None, roman=True):
    """Headed sections of an informe ('I. ANTECEDENTES', 'II. ANÁLISIS' ...): items [(heading, [paragraphs])]."""
    RN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']
    for i, (h, paras) in enumerate(items):
        R.p(('%s. ' % RN[i] if roman else '%d. ' % (i + 1)) + h.upper(), bold=True, size=size, after=3, before=4, keep=True)
        for t in paras:
            if callable(t):
                t()
            else:
                R.p(t, align='j', size=size, after=5, indent=0.6)


def kv4(R, rows, head=('Indicador', 'N°', 'Indicador', 'N°'), widths=(5.6, 2.4, 5.6, 2.4), size=9, caption=None, **kw):
    """blind-v21: a four-column sheet holding two indicator/value pairs per row. The figures carry their own row label
    (the indicator to their left) and column name, set when the token is made."""
    R.table([list(head)], [list(r) for r in rows], widths=widths, size=size, caption=caption, **kw)


def Cin(n, what, noun, st='us', **kw):
    """blind-v21: a table cell holding a count followed by its noun ('27 órdenes'); the figure is the number, unit in the cell."""
    kw.setdefault('u', 'cell')
    return Cn(n, what, st, **kw) + ' ' + noun


def scribble_png(name, seed, color=(20, 40, 140)):
    """blind-v21: a handwritten-looking signature stroke (seeded loops and a flourish) as a picture, not in the text layer."""
    import os, random, math
    from PIL import Image, ImageDraw
    from lib import LOGOS
    os.makedirs(LOGOS, exist_ok=True)
    path = os.path.join(LOGOS, 'sig_' + name + '.png')
    rng = random.Random(seed)
    W, H = 600, 200
    im = Image.new('RGB', (W, H), 'white')
    d = ImageDraw.Draw(im)
    pts, x = [], 40.0
    loops = rng.randint(4, 7)
    for k in range(loops * 24):
        t = k / 24.0
        x += rng.uniform(2.2, 4.2)
        y = 100 + 45 * math.sin(t * 2 * math.pi + rng.uniform(-0.2, 0.2)) * (0.6 + 0.4 * math.sin(t))
        pts.append((x + 18 * math.cos(t * 2 * math.pi), y))
    d.line(pts, fill=color, width=4, joint='curve')
    y0 = rng.uniform(120, 150)
    d.line([(30, y0 + 20), (W * 0.45, y0), (W - 40, y0 - rng.uniform(10, 40))], fill=color, width=3)
    im.save(path)
    return path


def scribble_sign(R, name, post, inst=None, seed=0, align='c', before=6, width=4.2):
    """blind-v21: signature block with a handwritten signature picture over the name (no rule), post and unit under it."""
    from docx.shared import Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = R.p('', before=before, after=0, align=align)
    p.add_run().add_picture(scribble_png(R.id, seed or sum(map(ord, R.id))), width=Cm(width))
    R.p(name, align=align, bold=True, after=0)
    R.p(post, align=align, after=0, size=R.size - 1)
    if inst:
        R.p(inst, align=align, after=0, size=R.size - 1)


# ---------- added for blind-v22 ----------
ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']
MESES_AB = ['ene.', 'feb.', 'mar.', 'abr.', 'may.', 'jun.', 'jul.', 'ago.', 'set.', 'oct.', 'nov.', 'dic.']


def date22(place, iso, style='month_first'):
    """Place and date lines in the styles of blind-v22:
    month_first 'Lima, julio 14 de 2023' | hyphen 'Cusco, 14-07-2023' | notarial 'Arequipa, a los catorce días del mes de julio
    de dos mil veintitrés' | abbr_de 'Tacna, 14 de jul. de 2023' | yy 'Puno, 14/07/23' | roman 'Callao, 14.VII.2023' |
    en_ord '14th July 2023' | upper 'Lima, 14 DE JULIO DE 2023' | cap 'Lima, 14 de Julio del 2023'."""
    y, m, d = (int(x) for x in iso.split('-'))
    if style == 'month_first':
        s = '%s %d de %d' % (MESES[m - 1], d, y)
    elif style == 'hyphen':
        s = '%02d-%02d-%d' % (d, m, y)
    elif style == 'notarial':
        s = 'a los %s días del mes de %s de %s' % (num_words(d), MESES[m - 1], num_words(y))
    elif style == 'abbr_de':
        s = '%d de %s de %d' % (d, MESES_AB[m - 1], y)
    elif style == 'yy':
        s = '%02d/%02d/%02d' % (d, m, y % 100)
    elif style == 'roman':
        s = '%02d.%s.%d' % (d, ROMAN[m - 1], y)
    elif style == 'en_ord':
        suf = 'th' if 11 <= d <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')
        s = '%d%s %s %d' % (d, suf, EMES[m - 1], y)
    elif style == 'upper':
        s = ('%d de %s de %d' % (d, MESES[m - 1], y)).upper()
    elif style == 'cap':
        s = '%d de %s del %d' % (d, MESES[m - 1].capitalize(), y)
    else:
        raise ValueError(style)
    return '%s, %s' % (place, s) if place else s


def _row_height(row, cm, rule='exact'):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement('w:trHeight')
    h.set(qn('w:val'), str(int(cm * 567)))
    h.set(qn('w:hRule'), rule)
    trPr.append(h)


def flag_header(R, lines, size=8.5, align='c', logo=None, width=16.0):
    """blind-v22: the names in the page header (first line bold), with a thin red-white-red strip (the colours of the flag)
    running the width of the text under them."""
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from lib import shade
    hdr = R.doc.sections[0].header
    p = hdr.paragraphs[0]
    p.alignment = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'l': WD_ALIGN_PARAGRAPH.LEFT}[align]
    p.paragraph_format.space_after = Pt(2)
    if logo:
        p.add_run().add_picture(logo[0], width=Cm(logo[1]))
        p.add_run().add_break()
    for i, ln in enumerate(lines):
        if i:
            p.add_run().add_break()
        r = p.add_run(ln)
        r.bold = i == 0
        r.font.size = Pt(size + (2 if i == 0 else 0))
    t = hdr.add_table(rows=1, cols=3, width=Cm(width))
    t.autofit = False
    for c, col, fill in zip(t.rows[0].cells, t.columns, ('C8102E', 'FFFFFF', 'C8102E')):
        c.width = Cm(width / 3); col.width = Cm(width / 3)
        shade(c, fill)
        q = c.paragraphs[0]
        q.paragraph_format.space_after = Pt(0)
        rr = q.add_run(' '); rr.font.size = Pt(2)
    _row_height(t.rows[0], 0.12)


def acronym_header(R, acr, lines, color=(0, 84, 147), size=8.5, widths=(3.6, 12.6), acr_size=24):
    """blind-v22: the institution's acronym in large coloured letters on the left, a vertical rule, and its full name and
    sub-units on the right (a two-cell header table)."""
    from docx.shared import Cm, Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from lib import set_cell_border
    hdr = R.doc.sections[0].header
    t = hdr.add_table(rows=1, cols=2, width=Cm(sum(widths)))
    t.autofit = False
    a, b = t.rows[0].cells
    for c, w, col in zip((a, b), widths, t.columns):
        c.width = Cm(w); col.width = Cm(w)
    pa = a.paragraphs[0]
    pa.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = pa.add_run(acr); r.bold = True; r.font.size = Pt(acr_size); r.font.color.rgb = RGBColor(*color)
    set_cell_border(a, right='single:18')
    pb = b.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            pb.add_run().add_break()
        rr = pb.add_run(ln); rr.bold = i == 0; rr.font.size = Pt(size + (1.5 if i == 0 else 0))
    hdr.paragraphs[0].text = ''


def logo_right_header(R, lines, logo, size=8.5, widths=(13.2, 3.0), color='1F4E79'):
    """blind-v22: the names left-aligned on the left and the logo at the right margin, a coloured rule under both."""
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from lib import set_cell_border
    hdr = R.doc.sections[0].header
    t = hdr.add_table(rows=1, cols=2, width=Cm(sum(widths)))
    t.autofit = False
    a, b = t.rows[0].cells
    for c, w, col in zip((a, b), widths, t.columns):
        c.width = Cm(w); col.width = Cm(w)
    pa = a.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            pa.add_run().add_break()
        rr = pa.add_run(ln); rr.bold = i < 1; rr.font.size = Pt(size + (2 if i == 0 else 0))
    pb = b.paragraphs[0]
    pb.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pb.add_run().add_picture(logo[0], width=Cm(logo[1]))
    for c in (a, b):
        tcPr = c._tc.get_or_add_tcPr()
        set_cell_border(c, bottom='single:16')
        bd = tcPr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tcBorders')
        for e in bd:
            e.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}color', color)
    hdr.paragraphs[0].text = ''


def address_header(R, lines, contact, size=8.5, widths=(10.4, 5.8)):
    """blind-v22: a thick rule over the top of the page, the names on the left (first line bold) and the address, telephone
    and e-mail on the right in small grey type."""
    from docx.shared import Cm, Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from lib import set_cell_border
    hdr = R.doc.sections[0].header
    t = hdr.add_table(rows=1, cols=2, width=Cm(sum(widths)))
    t.autofit = False
    a, b = t.rows[0].cells
    for c, w, col in zip((a, b), widths, t.columns):
        c.width = Cm(w); col.width = Cm(w)
        set_cell_border(c, top='single:24')
    pa = a.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            pa.add_run().add_break()
        rr = pa.add_run(ln); rr.bold = i == 0; rr.font.size = Pt(size + (2 if i == 0 else 0))
    pb = b.paragraphs[0]
    pb.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for i, ln in enumerate(contact):
        if i:
            pb.add_run().add_break()
        rr = pb.add_run(ln); rr.font.size = Pt(size - 1.5); rr.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    hdr.paragraphs[0].text = ''


def motto_footer(R, year, size=7.5, extra=None):
    """blind-v22: the year motto printed in the page footer instead of under the letterhead (with an optional address line)."""
    t = '"%s"' % LEMA[year]
    if extra:
        t += '\n' + extra
    R.footer(t, size=size)


def docbox(R, rows, widths=(3.2, 5.4), size=9):
    """blind-v22: a small ruled box at the right margin holding the document's own number and date (label | value rows)."""
    from docx.shared import Cm, Pt
    from docx.enum.table import WD_TABLE_ALIGNMENT
    t = R.doc.add_table(rows=len(rows), cols=2)
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.RIGHT
    t.autofit = False
    for i, (k, v) in enumerate(rows):
        a, b = t.rows[i].cells
        for c, w in zip((a, b), widths):
            c.width = Cm(w)
        ra = a.paragraphs[0].add_run(k); ra.bold = True; ra.font.size = Pt(size)
        a.paragraphs[0].paragraph_format.space_after = Pt(0)
        rb = b.paragraphs[0].add_run(v); rb.font.size = Pt(size); rb.bold = i == 0
        b.paragraphs[0].paragraph_format.space_after = Pt(0)
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)
    R.p('', after=4, size=4)


def open22(R, year, date_line, ref, to_lines=None, rows=None, order='to_first', motto=True, dec=True, motto_size=8,
           ref_align='l', date_align='r', size=None):
    """blind-v22 letter opening. order: 'to_first' (addressee, then own number and date), 'date_left' (date at the left
    margin above the number), 'ref_right' (the own number at the right margin, the date under it), 'docbox' (number and date in
    a ruled box at the right margin)."""
    if motto:
        lema(R, year, dec=dec, size=motto_size)
    if order == 'to_first':
        if to_lines:
            to(R, to_lines, size=size)
        if ref:
            R.p(ref, bold=True, align=ref_align, after=2)
        if date_line:
            R.p(date_line, align=date_align, after=8)
    elif order == 'date_left':
        if date_line:
            R.p(date_line, align='l', after=4)
        if ref:
            R.p(ref, bold=True, align='l', after=8)
        if to_lines:
            to(R, to_lines, size=size)
    elif order == 'ref_right':
        if ref:
            R.p(ref, bold=True, align='r', after=2)
        if date_line:
            R.p(date_line, align='r', after=8)
        if to_lines:
            to(R, to_lines, size=size)
    elif order == 'docbox':
        docbox(R, [('Documento', ref), ('Fecha', date_line)])
        if to_lines:
            to(R, to_lines, size=size)
    else:
        raise ValueError(order)
    if rows:
        kv(R, rows, size=size)


def efirma_line(R, name, post, when, system='Sistema de Gestión Documental', size=7.5, inst=None):
    """blind-v22: the signature of a document signed in an electronic system as one shaded line-box: 'Firmado
    electrónicamente por NAME - POST, el DD/MM/YYYY hh:mm:ss' (no picture, no rule)."""
    from lib import shade
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    R.p('', after=0, before=14)
    t = 'Firmado electrónicamente por: %s - %s%s\nFecha y hora: %s - %s' % (name, post, (' - ' + inst) if inst else '', when, system)
    p = R.p(t, size=size, after=6)
    for side in ('top', 'bottom', 'left', 'right'):
        _pborder(p, side, sz=4, space=3, color='7F7F7F')
    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), 'F2F2F2')
    p._p.get_or_add_pPr().append(shd)
    return p


def vb_sign(R, name, post, inst=None, vbs=(), align='c', before=26, size=7):
    """blind-v22: a signature over a rule, and under it a row of small ruled 'V°B°' boxes of the offices that reviewed the
    letter (their names typed inside)."""
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    R.sign(name, post, inst, align=align, before=before)
    if vbs:
        R.p('', after=2, size=4)
        t = R.doc.add_table(rows=1, cols=len(vbs))
        t.style = 'Table Grid'
        t.autofit = False
        for c, col, v in zip(t.rows[0].cells, t.columns, vbs):
            c.width = Cm(3.2); col.width = Cm(3.2)
            q = c.paragraphs[0]
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER
            q.paragraph_format.space_after = Pt(0)
            for i, ln in enumerate(('V°B°',) + tuple(v.split('\n'))):
                if i:
                    q.add_run().add_break()
                rr = q.add_run(ln); rr.font.size = Pt(size); rr.bold = i == 0
        R.p('', after=2, size=4)


def Psig(v, dec=1, st='eu', space=True, **kw):
    """blind-v22: a variation percent with its sign written out: '+12,3 %', '-8,1 %' (value keeps the sign)."""
    s = ('+' if v > 0 else ('-' if v < 0 else '')) + fmt(abs(v), st, dec) + (' %' if space else '%')
    return P(s, v, **kw)


def Mneg(v, st='us', dec=2, pre='', **kw):
    """blind-v22: a negative amount with a minus sign before the number (a budget cut, 'anulación'): '-45,000.00'."""
    s = ('-' if v < 0 else '') + pre + fmt(abs(v), st, dec)
    return M(s, round(v, 2), **kw)


def Mwsoles(v, word='soles', **kw):
    """blind-v22: a whole amount in words alone, no cents, no digits: 'un millón doscientos mil soles'."""
    return M('%s %s' % (words_es(v), word), float(v), **kw)


def Cstar(n, what, st='us', mark='*', **kw):
    """blind-v22: a table count with a footnote mark glued after it ('14*'); the figure is the number."""
    return Cn(n, what, st, **kw) + mark


def Mmillion(v, pre='US$ ', dec=1, word=' million', cur='USD', **kw):
    """blind-v22: English millions: 'US$ 1.2 million' (value 1 200 000)."""
    return M(pre + fmt(v, 'us', dec) + word, round(v * 1e6, 2), cur=cur, **kw)


def cont_table(R, head, rows1, rows2, colnames, cont_caption, caption=None, **kw):
    """blind-v22: a table broken by hand over two pages: the first part under its header, a page break, a '(continuación)'
    line and the rest of the rows with NO repeated header (the column names still apply)."""
    R.table(head, rows1, colnames=colnames, caption=caption, **kw)
    R.p('(continúa en la página siguiente)', align='r', italic=True, size=8, after=0)
    R.pagebreak()
    R.p(cont_caption, italic=True, size=9, after=2)
    R.table([], rows2, colnames=colnames, **kw)


def Cup(n, what, pad=2, fem=False, **kw):
    """blind-v22: the number in capital words, then zero-padded digits in brackets, as in legal letters: 'DIECIOCHO (18)',
    'CINCO (05)', 'CERO (00)'."""
    w = num_words(n)
    if fem and w.endswith('uno'):
        w = w[:-3] + 'una'
    return C('%s (%0*d)' % (w.upper(), pad, n), n, what, **kw)


def Pwd(v, **kw):
    """blind-v22: a percent with one decimal spelt out, then the figure in brackets: 'treinta y ocho coma nueve por ciento
    (38,9 %)'."""
    whole, dec = divmod(int(round(v * 10)), 10)
    return P('%s coma %s por ciento (%s %%)' % (num_words(whole), num_words(dec) if dec else 'cero', fmt(v, 'eu', 1)), v, **kw)


def adobe_sign(R, name, post, inst, when, align='l', before=16, size=7.5):
    """blind-v22: the appearance of a PDF digital signature as plain lines with no box and no picture: the signer's name
    large on the left and, beside it, 'Firmado digitalmente por ...' with the date in the PDF style ('2023.03.28 16:05:33
    -05'00''); the post and unit typed under it."""
    from docx.shared import Cm, Pt, RGBColor
    R.p('', after=0, before=before)
    t = R.doc.add_table(rows=1, cols=2)
    t.autofit = False
    a, b = t.rows[0].cells
    for c, w, col in zip((a, b), (5.2, 6.0), t.columns):
        c.width = Cm(w); col.width = Cm(w)
    ra = a.paragraphs[0].add_run(name); ra.font.size = Pt(11); ra.font.color.rgb = RGBColor(0x40, 0x40, 0x40)
    pb = b.paragraphs[0]
    for i, ln in enumerate(['Firmado digitalmente por', name, 'Fecha: ' + when]):
        if i:
            pb.add_run().add_break()
        rr = pb.add_run(ln); rr.font.size = Pt(size)
    R.p(post, align=align, bold=True, after=0, size=R.size - 1)
    if inst:
        R.p(inst, align=align, after=0, size=R.size - 1)


def posfirma(R, name, post, inst=None, width=8.0, before=30):
    """blind-v22: a signature over a dotted line and, under it, the typed 'post-signature stamp': the name, post and unit
    inside a ruled box (as a rubber stamp would print them, but typed)."""
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.table import WD_TABLE_ALIGNMENT
    R.p('.' * 44, align='c', after=0, before=before, size=R.size - 2)
    t = R.doc.add_table(rows=1, cols=1)
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    c = t.rows[0].cells[0]
    c.width = Cm(width); t.columns[0].width = Cm(width)
    q = c.paragraphs[0]
    q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q.paragraph_format.space_after = Pt(0)
    for i, ln in enumerate([name, post] + ([inst] if inst else [])):
        if i:
            q.add_run().add_break()
        rr = q.add_run(ln); rr.bold = i == 0; rr.font.size = Pt(R.size - (1 if i == 0 else 2))
    R.p('', after=2, size=4)


# ---------- added for blind-v23 ----------
MESES3 = ['ENE', 'FEB', 'MAR', 'ABR', 'MAY', 'JUN', 'JUL', 'AGO', 'SET', 'OCT', 'NOV', 'DIC']


def date23(place, iso, style='year_dot'):
    """Place and date lines in the styles of blind-v23:
    year_dot 'Iquitos, 14 de junio de 2.024' (the year with a thousands dot) | mil 'Lima, 14JUN2024' (the compact style of
    police and military offices) | dash_name 'Cusco, 14 - junio - 2024' | ydots 'Moquegua, 2024.06.14' | dayword 'Huamanga,
    catorce de junio de 2024' (day in words, year in digits) | slash_mon 'Callao, 14/JUN/2024' | en_us_ord 'June 14th, 2024' |
    nodot 'Tumbes, 14 jun 2024' | dots2 'Puno, 14.06.24'."""
    y, m, d = (int(x) for x in iso.split('-'))
    if style == 'year_dot':
        s = '%d de %s de %d.%03d' % (d, MESES[m - 1], y // 1000, y % 1000)
    elif style == 'mil':
        s = '%02d%s%d' % (d, MESES3[m - 1], y)
    elif style == 'dash_name':
        s = '%02d - %s - %d' % (d, MESES[m - 1], y)
    elif style == 'ydots':
        s = '%d.%02d.%02d' % (y, m, d)
    elif style == 'dayword':
        s = '%s de %s de %d' % ('primero' if d == 1 else num_words(d), MESES[m - 1], y)
    elif style == 'slash_mon':
        s = '%02d/%s/%d' % (d, MESES3[m - 1], y)
    elif style == 'en_us_ord':
        suf = 'th' if 11 <= d <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')
        s = '%s %d%s, %d' % (EMES[m - 1], d, suf, y)
    elif style == 'nodot':
        s = '%d %s %d' % (d, MESES[m - 1][:3], y)
    elif style == 'dots2':
        s = '%02d.%02d.%02d' % (d, m, y % 100)
    else:
        raise ValueError(style)
    return '%s, %s' % (place, s) if place else s


def frame_header(R, lines, size=8.5, logo=None, sub_italic=True):
    """blind-v23: the letterhead centred in the page header inside a double-ruled frame (the paragraph's four borders,
    double lines), the first line bold, the rest smaller (italic)."""
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    hdr = R.doc.sections[0].header
    p = hdr.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if logo:
        p.add_run().add_picture(logo[0], width=Cm(logo[1]))
        p.add_run().add_break()
    for i, ln in enumerate(lines):
        if i:
            p.add_run().add_break()
        r = p.add_run(ln)
        r.bold = i == 0
        r.italic = sub_italic and i > 0
        r.font.size = Pt(size + (2.5 if i == 0 else 0))
    for side in ('top', 'bottom', 'left', 'right'):
        _pborder(p, side, val='double', sz=6, space=4)


def path_header(R, parts, logo=None, size=8, color=(90, 90, 90), sep=' \u203a '):
    """blind-v23: the letterhead as one 'breadcrumb' line, from the sector down to the issuing unit ('MINISTERIO DEL INTERIOR ›
    POLICÍA NACIONAL DEL PERÚ › ...'), the last part bold and black, the others grey, a hairline under it; an optional logo
    on the line above."""
    from docx.shared import Cm, Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    hdr = R.doc.sections[0].header
    p = hdr.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    if logo:
        p.add_run().add_picture(logo[0], width=Cm(logo[1]))
        p.add_run().add_break()
    for i, part in enumerate(parts):
        if i:
            r = p.add_run(sep); r.font.size = Pt(size); r.font.color.rgb = RGBColor(*color)
        r = p.add_run(part)
        r.font.size = Pt(size + (1 if i == len(parts) - 1 else 0))
        r.bold = i == len(parts) - 1
        if i < len(parts) - 1:
            r.font.color.rgb = RGBColor(*color)
    _pborder(p, 'bottom', sz=4, space=3, color='808080')


def bilingual_header(R, left, right, logo, size=8, widths=(7.2, 2.4, 7.2)):
    """blind-v23: a three-cell header table: the names in Spanish on the left, the logo in the middle and the names in the
    regional language (Quechua or Aymara) on the right, right-aligned and in italics; a thin rule under the whole row."""
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from lib import set_cell_border
    hdr = R.doc.sections[0].header
    t = hdr.add_table(rows=1, cols=3, width=Cm(sum(widths)))
    t.autofit = False
    for c, w, col in zip(t.rows[0].cells, widths, t.columns):
        c.width = Cm(w); col.width = Cm(w)
    a, b, c3 = t.rows[0].cells
    pb = b.paragraphs[0]
    pb.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pb.add_run().add_picture(logo[0], width=Cm(logo[1]))
    for cell, lines, al, it in ((a, left, WD_ALIGN_PARAGRAPH.LEFT, False), (c3, right, WD_ALIGN_PARAGRAPH.RIGHT, True)):
        q = cell.paragraphs[0]
        q.alignment = al
        for i, ln in enumerate(lines):
            if i:
                q.add_run().add_break()
            r = q.add_run(ln); r.bold = i == 0; r.italic = it; r.font.size = Pt(size + (1.5 if i == 0 else 0))
    for c in (a, b, c3):
        set_cell_border(c, bottom='single:6')
    hdr.paragraphs[0].text = ''


def qr_header(R, lines, code, seed, size=8.5, widths=(13.6, 2.6)):
    """blind-v23: the names on the left of the page header and, at the right margin, a QR-like square with the document's
    verification code printed under it (the code is not a figure)."""
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    hdr = R.doc.sections[0].header
    t = hdr.add_table(rows=1, cols=2, width=Cm(sum(widths)))
    t.autofit = False
    a, b = t.rows[0].cells
    for c, w, col in zip((a, b), widths, t.columns):
        c.width = Cm(w); col.width = Cm(w)
    pa = a.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            pa.add_run().add_break()
        r = pa.add_run(ln); r.bold = i == 0; r.font.size = Pt(size + (2 if i == 0 else 0))
    pb = b.paragraphs[0]
    pb.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pb.add_run().add_picture(qr_png(R.id + 'h', seed, modules=21), width=Cm(1.7))
    pb.add_run().add_break()
    r = pb.add_run(code); r.font.size = Pt(6)
    hdr.paragraphs[0].text = ''


def footer_band(R, lines, fill='0B5394', size=7):
    """blind-v23: a coloured band across the page footer (a one-cell shaded table) with the address, telephone and web page
    in white letters."""
    from docx.shared import Cm, Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from lib import shade
    ftr = R.doc.sections[0].footer
    t = ftr.add_table(rows=1, cols=1, width=Cm(16.4))
    c = t.rows[0].cells[0]
    c.width = Cm(16.4)
    shade(c, fill)
    q = c.paragraphs[0]
    q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q.paragraph_format.space_after = Pt(0)
    for i, ln in enumerate(lines):
        if i:
            q.add_run().add_break()
        r = q.add_run(ln); r.font.size = Pt(size); r.font.color.rgb = RGBColor(255, 255, 255); r.bold = i == 0


def sumilla(R, text, size=8.5, indent=9.5):
    """blind-v23: the 'Sumilla' of a writ at the top right: a short summary of the letter in a narrow paragraph pushed to the
    right, with a rule on its left."""
    p = R.p('Sumilla: ' + text, size=size, indent=indent, after=8, align='j')
    _pborder(p, 'left', sz=12, space=6, color='404040')
    return p


def open23(R, year, date_line, ref, to_lines=None, rows=None, order='inline', motto=True, dec=True, motto_size=8,
           size=None, sumilla_text=None, rule_under_ref=True):
    """blind-v23 letter opening. order: 'inline' (the own number at the left and the place and date at the right margin on
    the same line, by a right tab stop), 'center' (number centred with a short rule under it, date centred under the number,
    then the year motto), 'sumilla' (the 'Sumilla' at the top right, then number and date inline), 'date_end' (the own number
    only; the place and date are printed at the end, above the signature, with date_end())."""
    from docx.shared import Cm
    from docx.enum.text import WD_TAB_ALIGNMENT

    def inline():
        p = R.p('**%s**\t%s' % (ref, date_line) if date_line else '**%s**' % ref, after=8, size=size)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.2), WD_TAB_ALIGNMENT.RIGHT)
    if order == 'center':
        p = R.p(ref, bold=True, align='c', after=0, size=size)
        if rule_under_ref:
            _pborder(p, 'bottom', sz=6, space=1)
        if date_line:
            R.p(date_line, align='c', after=6, size=size)
        if motto:
            lema(R, year, dec=dec, size=motto_size)
    else:
        if motto:
            lema(R, year, dec=dec, size=motto_size)
        if order == 'sumilla':
            sumilla(R, sumilla_text)
            inline()
        elif order == 'inline':
            inline()
        elif order == 'date_end':
            R.p(ref, bold=True, after=8, size=size)
        else:
            raise ValueError(order)
    if to_lines:
        to(R, to_lines, size=size)
    if rows:
        kv(R, rows, size=size)


def date_end(R, line, align='l', before=6):
    """blind-v23: the place and date printed at the end of the letter, above the signature."""
    R.p(line, align=align, before=before, after=0)


def signtable(R, cols, size=7.5, widths=None):
    """blind-v23: the sign-off grid of an informe: one column per step ('Elaborado por', 'Revisado por', 'Aprobado por'), a
    shaded label row, an empty row for the signature and a row with the name and post. cols: [(label, name, post)]."""
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from lib import shade
    n = len(cols)
    widths = widths or [16.0 / n] * n
    R.p('', after=0, before=10, size=4)
    t = R.doc.add_table(rows=3, cols=n)
    t.style = 'Table Grid'
    t.autofit = False
    for j, (lab, name, post) in enumerate(cols):
        for i, (txt, b) in enumerate(((lab, True), ('\n\n', False), (name + '\n' + post, False))):
            c = t.cell(i, j)
            c.width = Cm(widths[j])
            q = c.paragraphs[0]
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER
            q.paragraph_format.space_after = Pt(0)
            for k, ln in enumerate(txt.split('\n')):
                if k:
                    q.add_run().add_break()
                r = q.add_run(ln); r.font.size = Pt(size); r.bold = b or (i == 2 and k == 0)
            if i == 0:
                shade(c, 'D9E2F3')
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)
    R.p('', after=2, size=4)


def hash_sign(R, name, post, inst, serial, digest, when, align='l', before=16, size=7):
    """blind-v23: a digital signature described in plain lines: who signed, the certificate's serial number and the document's
    SHA-256 digest in hexadecimal, and the time (none of these are figures); then the name, post and unit in bold."""
    R.p('', after=0, before=before)
    t = ('Documento firmado digitalmente por %s\nCertificado N° de serie: %s\nResumen SHA-256: %s\nFecha: %s'
         % (name.upper(), serial, digest, when))
    p = R.p(t, size=size, after=4, align=align, font='DejaVu Sans Mono')
    _pborder(p, 'left', sz=8, space=6, color='2F5496')
    R.p(name, align=align, bold=True, after=0)
    R.p(post, align=align, after=0, size=R.size - 1)
    if inst:
        R.p(inst, align=align, after=0, size=R.size - 1)


def po_sign(R, name, post, principal, inst=None, align='c', before=24):
    """blind-v23: a signature 'por orden' (p.o.) of the head of the office: the words 'p.o. <principal>' above a dashed
    rule, then the signer's name and own post."""
    R.p('', after=0, before=before)
    R.p('p.o. ' + principal, align=align, italic=True, after=14, size=R.size - 1)
    R.p('- ' * 18, align=align, after=0, size=R.size - 2)
    R.p(name, align=align, bold=True, after=0)
    R.p(post, align=align, after=0, size=R.size - 1)
    if inst:
        R.p(inst, align=align, after=0, size=R.size - 1)


def hrules(t, sz=4, head_rows=1, color='808080'):
    """blind-v23: rule a table with a hairline under every row and no vertical lines (a heavier line under the header)."""
    from lib import set_cell_border
    nrow = len(t.rows)
    for i, row in enumerate(t.rows):
        for c in row.cells:
            kw = {'left': 'nil', 'right': 'nil', 'insideV': 'nil', 'bottom': 'single:%d' % (sz * 3 if i == head_rows - 1 or i == nrow - 1 else sz)}
            if i == 0:
                kw['top'] = 'single:%d' % (sz * 3)
            set_cell_border(c, **kw)


def rotate_head(t, row=0, cols=None, height_cm=2.6):
    """blind-v23: turn the text of the header cells of `row` by 90 degrees (read bottom to top), in a tall header row."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    r = t.rows[row]
    _row_height(r, height_cm, rule='atLeast')
    for j, c in enumerate(r.cells):
        if cols is not None and j not in cols:
            continue
        tcPr = c._tc.get_or_add_tcPr()
        td = OxmlElement('w:textDirection'); td.set(qn('w:val'), 'btLr')
        tcPr.append(td)
        va = OxmlElement('w:vAlign'); va.set(qn('w:val'), 'center')
        tcPr.append(va)


def Mmid(v, pre='S/ ', suf='', **kw):
    """blind-v23: thousands spoken in the middle of the digits: 'S/ 45 mil 300' (value 45 300)."""
    th, un = divmod(int(round(v)), 1000)
    if not (0 < th < 1000 and un):
        raise ValueError('Mmid needs 1 001-999 999 with a remainder: %r' % v)
    return M('%s%d mil %d%s' % (pre, th, un, suf), float(int(round(v))), **kw)


def Mbig(v, pre='S/ ', dec=1, st='us', **kw):
    """blind-v23: millions with a bare capital M, as in slides and dashboards: 'S/ 1.2M' (value 1 200 000)."""
    return M(pre + fmt(v, st, dec) + 'M', round(v * 1e6, 2), **kw)


def Mcents(v, pre='S/ ', st='sp', **kw):
    """blind-v23: the whole amount in digits and the cents as a fraction, as on a cheque: 'S/ 12 450 y 50/100'."""
    return M('%s%s y %s' % (pre, fmt(int(v), st, 0), cents_words(v)), round(v, 2), **kw)


def Mdollar(v, st='us', dec=2, **kw):
    """blind-v23: dollars with the bare '$' sign: '$ 12,500.00' (USD)."""
    kw.setdefault('cur', 'USD')
    return M('$ ' + fmt(v, st, dec), round(v, 2), **kw)


def Cpw(n, what, fem=False, **kw):
    """blind-v23: the digits in brackets first, then the number in words: '(12) doce'."""
    w = num_words(n)
    if fem and w.endswith('uno'):
        w = w[:-3] + 'una'
    return C('(%d) %s' % (n, w), n, what, **kw)


def Ccap(n, what, fem=False, **kw):
    """blind-v23: a count in capital words alone, no digits: 'DOCE', 'VEINTIUNA'."""
    w = num_words(n)
    if fem and w.endswith('uno'):
        w = w[:-3] + 'una'
    return C(w.upper(), n, what, **kw)


def Pdw(v, **kw):
    """blind-v23: a whole percent in digits, then in words in brackets: '35 % (treinta y cinco por ciento)'."""
    return P('%d %% (%s por ciento)' % (int(v), num_words(int(v))), float(int(v)), **kw)


def Poo(v, dec=0, st='eu', **kw):
    """blind-v23: a percent with the old typewriter sign 'o/o': '30 o/o', '12,5 o/o'."""
    return P(fmt(v, st, dec) + ' o/o', v, **kw)


def corner_header(R, lines, logo=None, size=8.5):
    """blind-v23: a compact letterhead block in the top-left corner: the logo above, then the names left-aligned, the first
    in small capitals, no rule under it."""
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    hdr = R.doc.sections[0].header
    p = hdr.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    if logo:
        p.add_run().add_picture(logo[0], width=Cm(logo[1]))
        p.add_run().add_break()
    for i, ln in enumerate(lines):
        if i:
            p.add_run().add_break()
        r = p.add_run(ln)
        r.bold = i == 0
        r.font.small_caps = i == 0
        r.font.size = Pt(size + (2 if i == 0 else 0))


def field_sign(R, name, post, inst=None, before=22, size=None, label_w=2.0, indent=5.5):
    """blind-v23: a form-like signature block: labelled lines 'Firma:' (a blank rule), 'Nombre:', 'Cargo:' and 'Entidad:'."""
    from docx.shared import Cm
    from docx.enum.text import WD_TAB_ALIGNMENT
    R.p('', after=0, before=before)
    items = [('Firma:', '_' * 34), ('Nombre:', '**' + name + '**'), ('Cargo:', post)]
    if inst:
        items.append(('Entidad:', inst))
    for i, (k, v) in enumerate(items):
        p = R.p('%s\t%s' % (k, v), after=2 if i else 8, size=size or R.size - 1, align='l', indent=indent)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(indent + label_w), WD_TAB_ALIGNMENT.LEFT)


def cosign(R, left, right, before=10, width=3.4):
    """blind-v23: two signatures side by side (e.g. the head of the office and the officer responsible for the data): each a
    handwritten-looking stroke picture over the name and post, with no rule. left/right: (name, post[, unit])."""
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    R.p('', after=0, before=before)
    t = R.doc.add_table(rows=1, cols=2)
    t.autofit = False
    for k, (c, col, who) in enumerate(zip(t.rows[0].cells, t.columns, (left, right))):
        c.width = Cm(8.2); col.width = Cm(8.2)
        q = c.paragraphs[0]
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        q.add_run().add_picture(scribble_png(R.id + str(k), sum(map(ord, R.id)) * 7 + k), width=Cm(width))
        for i, ln in enumerate(who):
            q.add_run().add_break()
            rr = q.add_run(ln); rr.bold = i == 0; rr.font.size = Pt(R.size - (0.5 if i == 0 else 1.5))
    R.p('', after=2, size=4)


# ---------- added for blind-v24 ----------
ROMAN_M = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']
DIAS_UP = ['LUNES', 'MARTES', 'MIÉRCOLES', 'JUEVES', 'VIERNES', 'SÁBADO', 'DOMINGO']


def date24(place, iso, style='roman'):
    """blind-v24: place and date in the styles new to this set:
    roman 'Arequipa, 12-III-2025' (month in roman numerals) | caps_weekday 'CUSCO, MIÉRCOLES 12 DE MARZO DE 2025' |
    month_first 'Tacna, marzo 12 de 2025' | ymd_slash 'Huaraz, 2025/03/12' | dias_mes 'Abancay, a los doce días del mes de
    marzo de 2025' | en_gb '12 March 2025' | dmy_dash 'Chachapoyas, 12-03-2025' | caps_plain 'PUNO, 12 MARZO 2025' |
    dot_month 'Juliaca, 12.mar.2025'."""
    import datetime
    y, m, d = (int(x) for x in iso.split('-'))
    if style == 'roman':
        s = '%d-%s-%d' % (d, ROMAN_M[m - 1], y)
    elif style == 'caps_weekday':
        wd = DIAS_UP[datetime.date(y, m, d).weekday()]
        return ('%s, %s %d DE %s DE %d' % (place.upper(), wd, d, MESES[m - 1].upper(), y))
    elif style == 'month_first':
        s = '%s %d de %d' % (MESES[m - 1], d, y)
    elif style == 'ymd_slash':
        s = '%d/%02d/%02d' % (y, m, d)
    elif style == 'dias_mes':
        s = 'a los %s días del mes de %s de %d' % (num_words(d) if d > 1 else 'un', MESES[m - 1], y)
    elif style == 'en_gb':
        s = '%d %s %d' % (d, EMES[m - 1], y)
    elif style == 'dmy_dash':
        s = '%02d-%02d-%d' % (d, m, y)
    elif style == 'caps_plain':
        return '%s, %d %s %d' % (place.upper(), d, MESES[m - 1].upper(), y)
    elif style == 'dot_month':
        s = '%d.%s.%d' % (d, MESES[m - 1][:3], y)
    else:
        raise ValueError(style)
    return '%s, %s' % (place, s) if place else s


def tab_header(R, lines, tab, fill='7B2C2C', size=8.5, logo=None, widths=(11.4, 5.0)):
    """blind-v24: the letterhead as a two-cell row: the logo and the names at the left, and at the right margin a dark
    'folder tab' (a shaded cell) with the issuing unit in white capitals; no rule."""
    from docx.shared import Cm, Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from lib import shade
    hdr = R.doc.sections[0].header
    t = hdr.add_table(rows=1, cols=2, width=Cm(sum(widths)))
    t.autofit = False
    a, b = t.rows[0].cells
    for c, w, col in zip((a, b), widths, t.columns):
        c.width = Cm(w); col.width = Cm(w)
    pa = a.paragraphs[0]
    if logo:
        pa.add_run().add_picture(logo[0], width=Cm(logo[1]))
        pa.add_run().add_break()
    for i, ln in enumerate(lines):
        if i:
            pa.add_run().add_break()
        r = pa.add_run(ln); r.bold = i == 0; r.font.size = Pt(size + (1.5 if i == 0 else 0))
    shade(b, fill)
    pb = b.paragraphs[0]
    pb.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, ln in enumerate(tab.split('\n')):
        if i:
            pb.add_run().add_break()
        r = pb.add_run(ln.upper()); r.bold = True; r.font.size = Pt(size - 0.5); r.font.color.rgb = RGBColor(255, 255, 255)
    hdr.paragraphs[0].text = ''


def iso_header(R, lines, code, version='01', logo=None, size=8, widths=(2.6, 9.6, 4.2)):
    """blind-v24: a document-control letterhead: a ruled three-cell grid with the logo, the names (centred) and a box with
    the form code and version ('Código: ...', 'Versión: 01'), as in ISO-style management systems (not figures)."""
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    hdr = R.doc.sections[0].header
    t = hdr.add_table(rows=1, cols=3, width=Cm(sum(widths)))
    t.style = 'Table Grid'
    t.autofit = False
    cells = t.rows[0].cells
    for c, w, col in zip(cells, widths, t.columns):
        c.width = Cm(w); col.width = Cm(w)
    if logo:
        p0 = cells[0].paragraphs[0]; p0.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p0.add_run().add_picture(logo[0], width=Cm(logo[1]))
    p1 = cells[1].paragraphs[0]; p1.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, ln in enumerate(lines):
        if i:
            p1.add_run().add_break()
        r = p1.add_run(ln); r.bold = i == 0; r.font.size = Pt(size + (1.5 if i == 0 else 0))
    p2 = cells[2].paragraphs[0]
    for i, ln in enumerate(('Código: ' + code, 'Versión: ' + version)):
        if i:
            p2.add_run().add_break()
        r = p2.add_run(ln); r.font.size = Pt(size - 0.5)
    hdr.paragraphs[0].text = ''


def crest_header(R, lines, logo, size=8.5, ornament='\u2014\u2003\u25c6\u2003\u2014'):
    """blind-v24: a crest letterhead: the logo centred on top, the names under it in letter-spaced small capitals, and a
    short centred ornament line (dash, diamond, dash) instead of a rule."""
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    hdr = R.doc.sections[0].header
    p = hdr.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run().add_picture(logo[0], width=Cm(logo[1]))
    for i, ln in enumerate(lines):
        p.add_run().add_break()
        r = p.add_run(ln); r.font.small_caps = True; r.bold = i == 0; r.font.size = Pt(size + (1.5 if i == 0 else 0))
        _rspacing(r, 30)
    p.add_run().add_break()
    r = p.add_run(ornament); r.font.size = Pt(size)


def thickthin_header(R, lines, logo=None, size=8.5, color='1F3864'):
    """blind-v24: the names left-aligned beside the logo with a thick-thin double rule under the header paragraph."""
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    hdr = R.doc.sections[0].header
    p = hdr.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    if logo:
        p.add_run().add_picture(logo[0], width=Cm(logo[1]))
        p.add_run('  ')
    for i, ln in enumerate(lines):
        if i:
            p.add_run().add_break()
        r = p.add_run(ln); r.bold = i == 0; r.font.size = Pt(size + (1 if i == 0 else 0))
    _pborder(p, 'bottom', val='thickThinSmallGap', sz=18, space=4, color=color)


def footer3(R, cells, size=6.5, widths=(5.6, 5.2, 5.6)):
    """blind-v24: the footer as three cells separated by thin vertical rules (address | telephone | web and e-mail)."""
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from lib import set_cell_border
    ftr = R.doc.sections[0].footer
    t = ftr.add_table(rows=1, cols=3, width=Cm(sum(widths)))
    t.autofit = False
    for k, (c, w, col) in enumerate(zip(t.rows[0].cells, widths, t.columns)):
        c.width = Cm(w); col.width = Cm(w)
        q = c.paragraphs[0]; q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        q.paragraph_format.space_after = Pt(0)
        for i, ln in enumerate(cells[k].split('\n')):
            if i:
                q.add_run().add_break()
            r = q.add_run(ln); r.font.size = Pt(size)
        if k < 2:
            set_cell_border(c, right='single:4')
    ftr.paragraphs[0].text = ''


def open24(R, year, date_line, ref, to_lines=None, rows=None, order='grid', motto=True, dec=True, motto_size=7.5, size=None):
    """blind-v24 letter openings. order: 'grid' (a ruled two-column grid with shaded labels holding the own number, the
    date, the addressee and the subject rows), 'right_block' (own number and date as a bold block at the right margin, the
    addressee at the left under it), 'ref_rules' (own number centred between two full-width rules, the date at the left under
    it), 'date_first' (place and date at the left on top, then the own number right-aligned on its own line)."""
    from docx.shared import Cm, Pt
    from lib import shade, set_cell_border
    if motto:
        lema(R, year, dec=dec, size=motto_size)
    if order == 'grid':
        items = [('N.°', '**' + ref + '**'), ('Fecha', date_line)]
        if to_lines:
            items.append(('Para', '\n'.join(to_lines)))
        items += list(rows or [])
        t = R.doc.add_table(rows=len(items), cols=2)
        t.style = 'Table Grid'
        t.autofit = False
        for i, (k, v) in enumerate(items):
            a, b = t.rows[i].cells
            a.width = Cm(3.0); b.width = Cm(13.2)
            shade(a, 'E7E6E6')
            pa = a.paragraphs[0]; pa.paragraph_format.space_after = Pt(0)
            r = pa.add_run(k); r.bold = True; r.font.size = Pt((size or R.size) - 1)
            pb = b.paragraphs[0]; pb.paragraph_format.space_after = Pt(0)
            for j, ln in enumerate(v.split('\n')):
                if j:
                    pb.add_run().add_break()
                R._emit(pb, ln, {'unit': 'text', 'locator': k}, size=(size or R.size) - 1)
        t.columns[0].width = Cm(3.0); t.columns[1].width = Cm(13.2)
        R.p('', after=4, size=4)
        return
    if order == 'right_block':
        R.p(ref, bold=True, align='r', after=0, size=size)
        R.p(date_line, align='r', after=8, size=size, bold=True)
    elif order == 'ref_rules':
        p = R.p(ref, bold=True, align='c', after=2, size=size)
        _pborder(p, 'top', sz=6, space=2)
        _pborder(p, 'bottom', sz=6, space=2)
        R.p(date_line, align='l', after=8, size=size)
    elif order == 'date_first':
        R.p(date_line, align='l', after=2, size=size)
        R.p(ref, bold=True, align='r', after=8, size=size)
    else:
        raise ValueError(order)
    if to_lines:
        to(R, to_lines, size=size)
    if rows:
        kv(R, rows, size=size)


def box_sign(R, name, post, inst=None, before=20, label='Firma y sello', width=7.0):
    """blind-v24: the signature in a framed box at the right: a blank signing space, a dotted line, the label, then the name
    and post inside the frame."""
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from lib import set_cell_border
    R.p('', after=0, before=before, size=4)
    t = R.doc.add_table(rows=1, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.RIGHT
    c = t.rows[0].cells[0]
    c.width = Cm(width); t.columns[0].width = Cm(width)
    set_cell_border(c, top='single:6', bottom='single:6', left='single:6', right='single:6')
    q = c.paragraphs[0]; q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    items = [('', False, 9), ('', False, 9), ('.' * 44, False, 8), (label, False, 6.5), (name, True, R.size - 1), (post, False, R.size - 2)]
    if inst:
        items.append((inst, False, R.size - 2))
    for i, (ln, b, s) in enumerate(items):
        if i:
            q.add_run().add_break()
        r = q.add_run(ln); r.bold = b; r.font.size = Pt(s); r.italic = ln == label
    R.p('', after=2, size=4)


def cargo_first_sign(R, name, post, inst=None, before=30, align='l'):
    """blind-v24: the signature block with the post first, in capitals, then the name in ordinary letters under it (no rule)."""
    R.p('', after=0, before=before)
    R.p(post.upper(), bold=True, align=align, after=0, size=R.size - 1)
    if inst:
        R.p(inst, align=align, after=0, size=R.size - 1.5)
    R.p(name, align=align, after=0, size=R.size - 0.5)


def fdo_sign(R, name, post, inst=None, before=14, copy_note=True):
    """blind-v24: a typed transcription of a signature, '(Fdo.) NAME', as on a certified copy; 'Es copia fiel del original'
    in a small framed line under it."""
    R.p('', after=0, before=before)
    R.p('(Fdo.) ' + name.upper(), bold=True, after=0)
    R.p(post, after=0, size=R.size - 1)
    if inst:
        R.p(inst, after=0, size=R.size - 1)
    if copy_note:
        p = R.p('ES COPIA FIEL DEL ORIGINAL', size=7, before=8, after=0)
        for s in ('top', 'bottom', 'left', 'right'):
            _pborder(p, s, sz=4, space=1)


def ecert_sign(R, name, post, inst, when, before=14, fill='EDEDED'):
    """blind-v24: an electronic-signature note in a shaded box: 'Firmado electrónicamente por NAME, POST, el <date>, con
    certificado digital ...' (a single justified paragraph; the time and certificate words are not figures)."""
    from lib import shade
    from docx.shared import Cm, Pt
    R.p('', after=0, before=before, size=4)
    t = R.doc.add_table(rows=1, cols=1)
    c = t.rows[0].cells[0]
    c.width = Cm(16.0)
    shade(c, fill)
    q = c.paragraphs[0]
    r = q.add_run('Firmado electrónicamente por %s, %s – %s, el %s, con certificado digital emitido en el marco de la '
                  'Infraestructura Oficial de Firma Electrónica.' % (name.upper(), post, inst, when))
    r.font.size = Pt(7.5); r.italic = True
    R.p('', after=2, size=4)


def dark_head(t, rows=1, fill='203864'):
    """blind-v24: header rows shaded dark with white bold letters."""
    from docx.shared import RGBColor
    from lib import shade
    for i in range(rows):
        for c in t.rows[i].cells:
            shade(c, fill)
            for p in c.paragraphs:
                for r in p.runs:
                    r.font.color.rgb = RGBColor(255, 255, 255)
                    r.bold = True


def dotted_rules(t, head_rows=1):
    """blind-v24: a double outer frame, dotted lines between body rows, a single line under the header, no inner verticals."""
    from lib import set_cell_border
    nrow, ncol = len(t.rows), len(t.columns)
    for i, row in enumerate(t.rows):
        for j, c in enumerate(row.cells):
            kw = {'insideV': 'nil', 'left': 'double:4' if j == 0 else 'nil', 'right': 'double:4' if j == ncol - 1 else 'nil'}
            kw['bottom'] = 'double:4' if i == nrow - 1 else ('single:6' if i == head_rows - 1 else 'dotted:4')
            if i == 0:
                kw['top'] = 'double:4'
            set_cell_border(c, **kw)


def Mdecmil(v, pre='S/ ', dec=1, **kw):
    """blind-v24: thousands with a decimal comma and the word 'mil': 'S/ 45,3 mil' (value 45 300)."""
    return M('%s%s mil' % (pre, fmt(v, 'eu', dec)), round(v * 1000, 2), **kw)


def Mlk(v, pre='S/ ', **kw):
    """blind-v24: thousands with a lower-case k, as in chat messages and slides: 'S/ 45k' (value 45 000)."""
    return M('%s%dk' % (pre, int(v)), float(int(v) * 1000), **kw)


def Memd(v, pre='S/ ', **kw):
    """blind-v24: a whole amount closed with a comma and an em dash: 'S/ 45 300,—'."""
    return M('%s%s,\u2014' % (pre, fmt(int(v), 'sp', 0)), float(int(v)), **kw)


def Msing(v, pre='S/ ', **kw):
    """blind-v24: one million and the thousands in words and digits: 'S/ 1 millón 250 mil' (value 1 250 000)."""
    mi, th = divmod(int(v), 1000000)
    if mi != 1 or th % 1000:
        raise ValueError(v)
    return M('%s1 millón %d mil' % (pre, th // 1000), float(int(v)), **kw)


def Mglue(v, pre='S/.', dec=2, **kw):
    """blind-v24: the sign glued to an ungrouped number: 'S/.45300.00'."""
    return M('%s%s' % (pre, fmt(v, 'plain', dec)), round(v, 2), **kw)


def Musdmil(v, **kw):
    """blind-v24: dollars in thousands with 'mil': 'US$ 12 mil' (value 12 000, USD)."""
    kw.setdefault('cur', 'USD')
    return M('US$ %d mil' % int(v), float(int(v) * 1000), **kw)


def Cdoc(n, what, **kw):
    """blind-v24: a count written as dozens: 'una docena' (12), 'dos docenas' (24)."""
    t = {12: 'una docena', 24: 'dos docenas', 36: 'tres docenas'}[n]
    return C(t, n, what, **kw)


def Cwd(n, what, fem=False, cap=False, **kw):
    """blind-v24: the number in words, then the digits in brackets: 'doce (12)', 'Veintiuna (21)'."""
    w = num_words(n)
    if fem and w.endswith('uno'):
        w = w[:-3] + 'una'
    if cap:
        w = w[0].upper() + w[1:]
    return C('%s (%d)' % (w, n), n, what, **kw)


def Ppor100(v, dec=0, st='eu', **kw):
    """blind-v24: the old notation 'por 100': '45 por 100', '12,5 por 100'."""
    return P(fmt(v, st, dec) + ' por 100', v, **kw)


def Ppct(v, dec=1, st='us', **kw):
    """blind-v24: the abbreviation 'pct.': '45.5 pct.'."""
    return P(fmt(v, st, dec) + ' pct.', v, **kw)


def budget_rows(R, items, year, colnames=('PIA', 'PIM', 'Certificado', 'Devengado', 'Girado'), roles='aacee', st='us', dec=2,
                scale=1, corner='Concepto', unit='column', caption=None, total='Total', **kw):
    """blind-v24: a transposed budget table: one row per budget stage (PIA, PIM, certificado, devengado, girado) and one
    column per activity; the role comes from the row. items: [(activity, [values per stage])]."""
    head = [[corner] + [a for a, _ in items] + ([total] if total else [])]
    rows = []
    for k, stage in enumerate(colnames):
        r = [stage]
        s = 0.0
        for a, vals in items:
            s += vals[k]
            r.append(Mf(vals[k], st, dec, scale=scale, y=year, r=roles[k]))
        if total:
            r.append(Mf(round(s, dec), st, dec, scale=scale, y=year, r=roles[k]))
        rows.append(r)
    return R.table(head, rows, caption=caption, unit=unit, **kw)


# ---------- added for blind-v25 ----------
MESES_ABR = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'set', 'oct', 'nov', 'dic']
EMES_ABR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
DIAS_ABR = ['lun.', 'mar.', 'mié.', 'jue.', 'vie.', 'sáb.', 'dom.']


def date25(place, iso, style='comma_year'):
    """blind-v25: place and date in the styles new to this set:
    comma_year 'Lima, 15 de marzo, 2024' | del_anio 'Puno, 15 de febrero del año 2024' | dash_caps 'Tumbes, 15-FEB-2024' |
    dd_mon_yy 'Iquitos, 15-feb-24' | spaced_slash 'Piura, 15 / 02 / 2024' | dayabbr 'Huamanga, vie. 15 feb. 2024' |
    en_abbr '15 Feb 2024' | ymd_caps 'Trujillo, 2024-FEB-15' | weekday_comma 'Cusco, jueves, 15 de febrero de 2024'."""
    import datetime
    y, m, d = (int(x) for x in iso.split('-'))
    wd = datetime.date(y, m, d).weekday()
    if style == 'comma_year':
        s = '%d de %s, %d' % (d, MESES[m - 1], y)
    elif style == 'del_anio':
        s = '%d de %s del año %d' % (d, MESES[m - 1], y)
    elif style == 'dash_caps':
        s = '%02d-%s-%d' % (d, MESES_ABR[m - 1].upper(), y)
    elif style == 'dd_mon_yy':
        s = '%02d-%s-%02d' % (d, MESES_ABR[m - 1], y % 100)
    elif style == 'spaced_slash':
        s = '%02d / %02d / %d' % (d, m, y)
    elif style == 'dayabbr':
        s = '%s %d %s. %d' % (DIAS_ABR[wd], d, MESES_ABR[m - 1], y)
    elif style == 'en_abbr':
        s = '%d %s %d' % (d, EMES_ABR[m - 1], y)
    elif style == 'ymd_caps':
        s = '%d-%s-%02d' % (y, MESES_ABR[m - 1].upper(), d)
    elif style == 'weekday_comma':
        s = '%s, %d de %s de %d' % (DIAS[wd], d, MESES[m - 1], y)
    else:
        raise ValueError(style)
    return '%s, %s' % (place, s) if place else s


def ladder_header(R, lines, logo=None, size=8.5, step=0.45, widths=(13.4, 2.8)):
    """blind-v25: the letterhead as a 'ladder': each level of the hierarchy on its own line, every line indented a step
    further than the one above (sector, body, office, unit), the last one bold; the logo at the right margin; no rule."""
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    hdr = R.doc.sections[0].header
    t = hdr.add_table(rows=1, cols=2, width=Cm(sum(widths)))
    t.autofit = False
    a, b = t.rows[0].cells
    for c, w, col in zip((a, b), widths, t.columns):
        c.width = Cm(w); col.width = Cm(w)
    for i, ln in enumerate(lines):
        q = a.paragraphs[0] if i == 0 else a.add_paragraph()
        q.paragraph_format.left_indent = Cm(step * i)
        q.paragraph_format.space_after = Pt(0)
        r = q.add_run(ln); r.font.size = Pt(size + (1.5 if i == len(lines) - 1 else 0)); r.bold = i == len(lines) - 1
    if logo:
        pb = b.paragraphs[0]; pb.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        pb.add_run().add_picture(logo[0], width=Cm(logo[1]))
    hdr.paragraphs[0].text = ''


def accent_header(R, sector, unit, sub=(), logo=None, size=8.5, color='B8860B', widths=(2.4, 13.8)):
    """blind-v25: the logo at the left; beside it the sector in grey small capitals, the unit large and bold, the sub-units
    small; under the names a short, thick coloured accent bar (3 cm), not a full-width rule."""
    from docx.shared import Cm, Pt, RGBColor
    from lib import shade
    hdr = R.doc.sections[0].header
    t = hdr.add_table(rows=1, cols=2, width=Cm(sum(widths)))
    t.autofit = False
    a, b = t.rows[0].cells
    for c, w, col in zip((a, b), widths, t.columns):
        c.width = Cm(w); col.width = Cm(w)
    if logo:
        a.paragraphs[0].add_run().add_picture(logo[0], width=Cm(logo[1]))
    q = b.paragraphs[0]
    q.paragraph_format.space_after = Pt(0)
    r = q.add_run(sector); r.font.small_caps = True; r.font.size = Pt(size); r.font.color.rgb = RGBColor(0x6E, 0x6E, 0x6E)
    q.add_run().add_break()
    r = q.add_run(unit); r.bold = True; r.font.size = Pt(size + 3.5)
    for ln in sub:
        q.add_run().add_break()
        r = q.add_run(ln); r.font.size = Pt(size - 0.5)
    bar = b.add_table(rows=1, cols=1)
    bar.autofit = False
    c = bar.rows[0].cells[0]
    c.width = Cm(3.0); bar.columns[0].width = Cm(3.0)
    shade(c, color)
    cq = c.paragraphs[0]; cq.paragraph_format.space_after = Pt(0)
    rr = cq.add_run(' '); rr.font.size = Pt(2)
    _row_height(bar.rows[0], 0.14)
    hdr.paragraphs[0].text = ''


def shadow_header(R, lines, logo=None, size=8.5, align='c'):
    """blind-v25: the names centred inside a box with a drop shadow (the paragraph's borders with the shadow attribute), the
    first line bold and larger; an optional logo above the box."""
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    hdr = R.doc.sections[0].header
    p = hdr.paragraphs[0]
    if logo:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run().add_picture(logo[0], width=Cm(logo[1]))
        p = hdr.add_paragraph()
    p.alignment = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'l': WD_ALIGN_PARAGRAPH.LEFT}[align]
    p.paragraph_format.left_indent = Cm(1.5); p.paragraph_format.right_indent = Cm(1.5)
    for i, ln in enumerate(lines):
        if i:
            p.add_run().add_break()
        r = p.add_run(ln); r.bold = i == 0; r.font.size = Pt(size + (2.5 if i == 0 else 0))
    pPr = p._p.get_or_add_pPr()
    bd = OxmlElement('w:pBdr')
    for side in ('top', 'left', 'bottom', 'right'):
        e = OxmlElement('w:' + side)
        e.set(qn('w:val'), 'single'); e.set(qn('w:sz'), '8'); e.set(qn('w:space'), '4'); e.set(qn('w:color'), '000000')
        e.set(qn('w:shadow'), '1')
        bd.append(e)
    pPr.append(bd)


def bottom_letterhead(R, name, lines, logo=None, size=7.5, color='2E75B6'):
    """blind-v25: the whole letterhead at the bottom of the page: in the footer, over a coloured rule, the logo, the
    institution's name in bold and its units and address; at the top of the page only a coloured hairline."""
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    hdr = R.doc.sections[0].header
    hp = hdr.paragraphs[0]
    _pborder(hp, 'bottom', sz=6, space=1, color=color)
    ftr = R.doc.sections[0].footer
    t = ftr.add_table(rows=1, cols=2, width=Cm(16.2))
    t.autofit = False
    a, b = t.rows[0].cells
    for c, w, col in zip((a, b), (2.2, 14.0), t.columns):
        c.width = Cm(w); col.width = Cm(w)
    if logo:
        a.paragraphs[0].add_run().add_picture(logo[0], width=Cm(logo[1]))
    q = b.paragraphs[0]
    q.paragraph_format.space_after = Pt(0)
    r = q.add_run(name); r.bold = True; r.font.size = Pt(size + 2)
    for ln in lines:
        q.add_run().add_break()
        r = q.add_run(ln); r.font.size = Pt(size)
    from lib import set_cell_border
    for c in (a, b):
        set_cell_border(c, top='single:12')
        tcPr = c._tc.get_or_add_tcPr()
        bdx = tcPr.find(qn_('w:tcBorders'))
        for e in bdx:
            e.set(qn_('w:color'), color)
    ftr.paragraphs[0].text = ''


def qn_(tag):
    from docx.oxml.ns import qn
    return qn(tag)


def open25(R, year, date_line, ref, to_lines=None, rows=None, order='banner', motto=True, dec=True, motto_size=7.5, size=None,
           subject=None, fill='1F3864'):
    """blind-v25 letter openings. order: 'banner' (the own number in white bold letters on a dark full-width band, the date
    right-aligned under it), 'side' (a borderless two-cell row: the addressee at the left, the own number and the date at the
    right), 'formlines' (every head item on its own line 'LABEL : value' with a rule under it, as on a printed form),
    'subject_title' (the subject as a centred, letter-spaced title in capitals above everything, then the own number and
    the date centred, then the addressee and the reference rows)."""
    from docx.shared import Cm, Pt, RGBColor
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    if order == 'subject_title':
        p = R.p(subject.upper(), bold=True, align='c', after=6, size=(size or R.size) + 1)
        for r in p.runs:
            _rspacing(r, 24)
    if motto:
        lema(R, year, dec=dec, size=motto_size)
    if order == 'banner':
        p = R.p(ref, bold=True, after=2, size=size, color=(255, 255, 255))
        shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), fill)
        p._p.get_or_add_pPr().append(shd)
        R.p(date_line, align='r', after=8, size=size)
        if to_lines:
            to(R, to_lines, size=size)
    elif order == 'side':
        t = R.doc.add_table(rows=1, cols=2)
        t.autofit = False
        a, b = t.rows[0].cells
        for c, w, col in zip((a, b), (6.8, 9.4), t.columns):
            c.width = Cm(w); col.width = Cm(w)
        for i, ln in enumerate(to_lines or []):
            q = a.paragraphs[0] if i == 0 else a.add_paragraph()
            q.paragraph_format.space_after = Pt(0)
            r = q.add_run(ln); r.bold = i == 0
            if size:
                r.font.size = Pt(size)
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        qb = b.paragraphs[0]; qb.alignment = WD_ALIGN_PARAGRAPH.RIGHT; qb.paragraph_format.space_after = Pt(0)
        r = qb.add_run(ref); r.bold = True
        qb2 = b.add_paragraph(); qb2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        qb2.add_run(date_line)
        R.p('', after=4, size=4)
    elif order == 'formlines':
        items = [('N.º', '**' + ref + '**'), ('FECHA', date_line)]
        if to_lines:
            items.append(('SEÑOR(A)', to_lines[0]))
            for ln in to_lines[1:]:
                items.append(('', ln))
        items += list(rows or [])
        for k, v in items:
            q = R.p('%s\t:\t%s' % (k, v) if k else '\t\t%s' % v, after=2, size=size, align='l')
            q.paragraph_format.tab_stops.add_tab_stop(Cm(3.0), WD_TAB_ALIGNMENT.LEFT)
            q.paragraph_format.tab_stops.add_tab_stop(Cm(3.4), WD_TAB_ALIGNMENT.LEFT)
            q.paragraph_format.left_indent = Cm(3.4); q.paragraph_format.first_line_indent = Cm(-3.4)
            _pborder(q, 'bottom', sz=4, space=1, color='808080')
        R.p('', after=6, size=4)
        return
    elif order == 'subject_title':
        R.p(ref, bold=True, align='c', after=0, size=size)
        R.p(date_line, align='c', after=8, size=size)
        if to_lines:
            to(R, to_lines, size=size)
    else:
        raise ValueError(order)
    if rows:
        kv(R, rows, size=size)


def colegiatura_sign(R, name, post, reg, inst=None, align='l', before=26):
    """blind-v25: a signature block with the signer's professional registration line under the post ('C.Ps.P. N° 18452',
    'Reg. CAL N° 40213', 'CIP N° 98765': not figures); the name in small capitals, no rule."""
    from docx.shared import Pt
    R.p('', after=0, before=before)
    p = R.p(name, align=align, bold=True, after=0)
    for r in p.runs:
        r.font.small_caps = True
    R.p(post, align=align, after=0, size=R.size - 1)
    if inst:
        R.p(inst, align=align, after=0, size=R.size - 1)
    R.p(reg, align=align, after=0, size=R.size - 2, italic=True)


def underlined_name_sign(R, name, post, inst=None, align='r', before=30):
    """blind-v25: a signature with no rule: the name underlined and bold, the post in italics, the unit under it."""
    R.p('', after=0, before=before)
    R.p(name, align=align, bold=True, under=True, after=0)
    R.p(post, align=align, italic=True, after=0, size=R.size - 1)
    if inst:
        R.p(inst, align=align, after=0, size=R.size - 1)


def bar_sign(R, name, post, inst=None, before=22, indent=8.5, color='7F7F7F'):
    """blind-v25: the signature block pushed to the right half of the page with a thick grey vertical bar on its left
    (the left border of the paragraphs), name, post and unit."""
    from docx.shared import Cm
    R.p('', after=0, before=before)
    for i, (t, b) in enumerate(((name, True), (post, False), (inst, False))):
        if not t:
            continue
        p = R.p(t, bold=b, after=0, size=R.size - (0 if b else 1), indent=indent)
        _pborder(p, 'left', sz=24, space=6, color=color)


def tag_sign(R, name, post, inst, when, before=16, fill='385723'):
    """blind-v25: a digital-signature tag: a narrow dark cell with the words FIRMA DIGITAL turned on their side (read bottom
    to top), and beside it the signer's name, post, unit and the signing time (not figures)."""
    from docx.shared import Cm, Pt, RGBColor
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from lib import shade, set_cell_border
    R.p('', after=0, before=before, size=4)
    t = R.doc.add_table(rows=1, cols=2)
    t.autofit = False
    a, b = t.rows[0].cells
    for c, w, col in zip((a, b), (1.0, 7.6), t.columns):
        c.width = Cm(w); col.width = Cm(w)
    shade(a, fill)
    tcPr = a._tc.get_or_add_tcPr()
    td = OxmlElement('w:textDirection'); td.set(qn('w:val'), 'btLr'); tcPr.append(td)
    qa = a.paragraphs[0]
    ra = qa.add_run('FIRMA DIGITAL'); ra.bold = True; ra.font.size = Pt(6.5); ra.font.color.rgb = RGBColor(255, 255, 255)
    set_cell_border(b, top='single:4', bottom='single:4', right='single:4')
    qb = b.paragraphs[0]; qb.paragraph_format.space_after = Pt(0)
    for i, (ln, bold, sz) in enumerate(((name, True, R.size - 1), (post, False, R.size - 2), (inst, False, R.size - 2), ('Firmado el ' + when, False, 7))):
        if i:
            qb.add_run().add_break()
        r = qb.add_run(ln); r.bold = bold; r.font.size = Pt(sz)
    _row_height(t.rows[0], 1.9, rule='atLeast')
    R.p('', after=2, size=4)


def vertical_only(t, head_rows=1):
    """blind-v25: rule a table with vertical lines only (between the columns and at both sides), a line over the table, a
    line under the header and a line under the last row; no lines between body rows."""
    from lib import set_cell_border
    nrow = len(t.rows)
    for i, row in enumerate(t.rows):
        for c in row.cells:
            kw = {'left': 'single:4', 'right': 'single:4', 'insideH': 'nil',
                  'bottom': 'single:6' if i in (head_rows - 1, nrow - 1) else 'nil'}
            kw['top'] = 'single:6' if i == 0 else 'nil'
            set_cell_border(c, **kw)


def stub_shade(t, head_rows=1, fill='DEEAF6', bold=False):
    """blind-v25: shade the stub (the row-label column) of the body rows, the header left unshaded."""
    from lib import shade
    for i, row in enumerate(t.rows):
        if i < head_rows:
            continue
        shade(row.cells[0], fill)
        if bold:
            for p in row.cells[0].paragraphs:
                for r in p.runs:
                    r.bold = True


def total_double(t, head_rows=1):
    """blind-v25: an accounting-style table: no vertical lines, a single line under the header, no lines between body rows,
    and the last (total) row between a single line above and a double line under it."""
    from lib import set_cell_border
    nrow = len(t.rows)
    for i, row in enumerate(t.rows):
        for c in row.cells:
            kw = {'left': 'nil', 'right': 'nil', 'insideV': 'nil', 'insideH': 'nil', 'top': 'nil', 'bottom': 'nil'}
            if i == head_rows - 1:
                kw['bottom'] = 'single:8'
            if i == nrow - 1:
                kw['top'] = 'single:6'
                kw['bottom'] = 'double:6'
            set_cell_border(c, **kw)


def Mredund(v, pre='S/ ', st='us', dec=2, word=' soles', **kw):
    """blind-v25: the sign and the currency word both: 'S/ 45,300.00 soles'."""
    return M(pre + fmt(v, st, dec) + word, round(v, 2), **kw)


def Mmiles(v, dec=1, st='eu', **kw):
    """blind-v25: thousands written as 'miles de soles' after the number: '345,6 miles de soles' (value 345 600)."""
    return M('%s miles de soles' % fmt(v, st, dec), round(v * 1000, 2), **kw)


def Mmlnd(v, pre='S/ ', dec=2, **kw):
    """blind-v25: millions with a decimal point and the word 'millones': 'S/ 0.35 millones', 'S/ 1.25 millones'."""
    return M('%s%s millones' % (pre, fmt(v, 'us', dec)), round(v * 1e6, 2), **kw)


def Mdolares(v, st='us', dec=2, word=' dólares americanos', **kw):
    """blind-v25: dollars named in words after the number: '25,000.00 dólares americanos' (USD)."""
    kw.setdefault('cur', 'USD')
    return M(fmt(v, st, dec) + word, round(v, 2), **kw)


def Mhyph(v, pre='S/ ', **kw):
    """blind-v25: a whole amount closed with a point and two hyphens, as on old typed forms: 'S/ 45,300.--'."""
    return M('%s%s.--' % (pre, fmt(v, 'us', 0)), float(int(v)), **kw)


def Mcell(v, pre='S/ ', st='spd', dec=2, **kw):
    """blind-v25: a table cell holding the currency sign with the amount ('S/ 45 300.00'): the unit is in the cell."""
    kw.setdefault('u', 'cell')
    return M(pre + fmt(v, st, dec), round(v, 2), **kw)


def Cmedia(n, what, **kw):
    """blind-v25: half dozens: 'media docena' (6), 'docena y media' (18)."""
    return C({6: 'media docena', 18: 'docena y media'}[n], n, what, **kw)


def Ctitle(n, what, fem=False, **kw):
    """blind-v25: the number in title-case words, then the digits in brackets: 'Treinta y Dos (32)', 'Catorce (14)'."""
    w = num_words(n)
    if fem and w.endswith('uno'):
        w = w[:-3] + 'una'
    w = ' '.join(x if x == 'y' else x[0].upper() + x[1:] for x in w.split())
    return C('%s (%d)' % (w, n), n, what, **kw)


EN_NUM = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
          'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty']


def Cen(n, what, **kw):
    """blind-v25: an English count in words, then the digits in brackets: 'twelve (12)'."""
    return C('%s (%d)' % (EN_NUM[n], n), n, what, **kw)


def Pporciento(v, dec=0, st='eu', **kw):
    """blind-v25: 'porciento' written as one word after the number: '45 porciento', '12,5 porciento'."""
    return P(fmt(v, st, dec) + ' porciento', v, **kw)


def Ppercent(v, dec=0, st='us', **kw):
    """blind-v25: English 'percent' after the number: '45 percent', '12.5 percent'."""
    return P(fmt(v, st, dec) + ' percent', v, **kw)


PER23 = ('2023-01-01', '2023-12-31')    # blind-v25: the requested period of every reply that states it


def style25(t, style, head_rows=1):
    """blind-v25: apply one of the table rulings of this set (or an older one) to a table object."""
    if style == 'vertical_only':
        vertical_only(t, head_rows)
    elif style == 'stub':
        stub_shade(t, head_rows)
    elif style == 'double':
        total_double(t, head_rows)
    elif style == 'stub_vertical':
        vertical_only(t, head_rows); stub_shade(t, head_rows)
    elif style in (None, 'grid', 'hlines', 'none'):
        pass
    else:
        raise ValueError(style)
    return t


def ctab25(R, head, data, what, year=None, total='Total', st='us', pct=None, pct_fn=None, style=None, merges=(),
           colnames=None, dash='–', ruled=None, total_year='same', **kw):
    """blind-v25: a count table. data: [(label, [cells])]; a cell is an int (a count of what[j] in year[j]), None (a dash,
    no figure) or a string (printed as is, may hold a token). A total row sums the int columns (its year: the column's year
    unless total_year=None). pct=(col, 'total'): a share column of that column; pct_fn(value, year) makes the token.
    Column names: colnames, or every header cell covering the column joined (hnames)."""
    ncols = len(data[0][1])
    Wh = what if isinstance(what, (list, tuple)) else [what] * ncols
    Y = year if isinstance(year, (list, tuple)) else [year] * ncols
    tot = [0] * ncols
    isnum = [False] * ncols
    for lab, cells in data:
        for j, c in enumerate(cells):
            if isinstance(c, int) and not isinstance(c, bool):
                tot[j] += c; isnum[j] = True
    grand = tot[pct[0]] if pct else None
    pf = pct_fn or (lambda v, y: Pf(v, 1, suf='%', y=y, u='column'))

    def mk(lab, cells, is_total=False):
        r = [lab]
        for j, c in enumerate(cells):
            if isinstance(c, int) and not isinstance(c, bool):
                yy = Y[j] if (not is_total or total_year == 'same') else total_year
                r.append(Cn(c, Wh[j], st, y=yy))
            elif c is None:
                r.append(dash)
            else:
                r.append(c)
        if pct:
            v = cells[pct[0]]
            r.append(pf(round(v / grand * 100, 1), Y[pct[0]]) if isinstance(v, int) and grand else dash)
        return r
    rows = [mk(l, c) for l, c in data]
    bold = ()
    if total:
        rows.append(mk(total, [tot[j] if isnum[j] else '' for j in range(ncols)], True))
        bold = (len(rows) - 1,)
    names = colnames or hnames(head, merges)
    if ruled is None:
        ruled = 'grid' if style in (None, 'grid', 'stub') else ('hlines' if style == 'hlines' else 'none')
    t = R.table(head, rows, merges=merges, colnames=names, bold_rows=bold, ruled=ruled, **kw)
    style25(t, style, len(head))
    return t, tot


def btab25(R, head, data, year, roles, money, total='TOTAL', style=None, merges=(), colnames=None, avance=None, ruled=None,
           label_cols=1, **kw):
    """blind-v25: a budget table. data: [(label or [labels], [amounts])]; roles: one role letter per amount column
    ('a' allocated, 'c' committed, 'e' executed, None); money(v, role) -> token. avance=(num, den, pct_fn): a progress
    column num/den. A total row sums every amount column."""
    n = len(roles)
    tot = [0.0] * n
    rows = []
    for lab, vals in data:
        labs = list(lab) if isinstance(lab, (list, tuple)) else [lab]
        r = labs[:]
        for j, v in enumerate(vals):
            tot[j] += v
            r.append(money(v, roles[j]))
        if avance:
            r.append(avance[2](round(vals[avance[0]] / vals[avance[1]] * 100, 1) if vals[avance[1]] else 0.0))
        rows.append(r)
    bold = ()
    if total:
        r = [total] + [''] * (label_cols - 1)
        for j in range(n):
            r.append(money(round(tot[j], 2), roles[j]))
        if avance:
            r.append(avance[2](round(tot[avance[0]] / tot[avance[1]] * 100, 1)))
        rows.append(r)
        bold = (len(rows) - 1,)
    names = colnames or hnames(head, merges)
    if ruled is None:
        ruled = 'grid' if style in (None, 'grid', 'stub') else ('hlines' if style == 'hlines' else 'none')
    rl = None
    if label_cols > 1:
        rl = lambda i, rw: ' '.join(plain(' '.join(x for x in rw[:label_cols] if x)).split())
    t = R.table(head, rows, merges=merges, colnames=names, bold_rows=bold, ruled=ruled, row_label_fn=rl,
                row_label_col=label_cols - 1 if label_cols > 1 else 0, **kw)
    style25(t, style, len(head))
    return t, tot


def ruled_head(R, rows, tab=2.4, size=None):
    """blind-v25: the head of an internal report as ruled form lines 'KEY : value' (A, DE, ASUNTO, REF., FECHA)."""
    from docx.shared import Cm
    from docx.enum.text import WD_TAB_ALIGNMENT
    for k, v in rows:
        q = R.p('%s\t:\t%s' % (k, v), after=2, align='l', size=size)
        q.paragraph_format.tab_stops.add_tab_stop(Cm(tab), WD_TAB_ALIGNMENT.LEFT)
        q.paragraph_format.tab_stops.add_tab_stop(Cm(tab + 0.4), WD_TAB_ALIGNMENT.LEFT)
        q.paragraph_format.left_indent = Cm(tab + 0.4); q.paragraph_format.first_line_indent = Cm(-(tab + 0.4))
        _pborder(q, 'bottom', sz=4, space=1, color='808080')
    R.p('', after=4, size=4)


# ---------- added for blind-v26 ----------
PER26 = ('2023-01-01', '2024-12-31')    # blind-v26: the requested period of every reply that states it (January 2023 - December 2024)
MESES_UP = [m.upper() for m in MESES]


def date26(place, iso, style='month_first'):
    """blind-v26: place and date in the styles of this set:
    month_first 'Huancayo, marzo 14 de 2025' | dots 'Tacna, 14.03.2025' | legal 'Moquegua, a los catorce días del mes de
    marzo de 2025' | cap_month 'Cusco, 14 de Marzo de 2025' | del_year 'Iquitos, 14 de marzo del 2025' | compact
    'Puerto Maldonado, 14MAR2025' | iso 'Arequipa, 2025-03-14' | caps_weekday 'LIMA, VIERNES 14 DE MARZO DE 2025' |
    short_slash 'Ica, 14/3/25' | sep_month 'Pucallpa, 14 SET 2025' (month in capitals between spaces, no 'de')."""
    import datetime
    y, m, d = (int(x) for x in iso.split('-'))
    wd = datetime.date(y, m, d).weekday()
    if style == 'month_first':
        s = '%s %d de %d' % (MESES[m - 1], d, y)
    elif style == 'dots':
        s = '%02d.%02d.%d' % (d, m, y)
    elif style == 'legal':
        dw = 'primer día' if d == 1 else '%s días' % num_words(d)
        s = 'a los %s del mes de %s de %d' % (dw, MESES[m - 1], y)
    elif style == 'cap_month':
        s = '%d de %s de %d' % (d, MESES[m - 1].capitalize(), y)
    elif style == 'del_year':
        s = '%d de %s del %d' % (d, MESES[m - 1], y)
    elif style == 'compact':
        s = '%02d%s%d' % (d, MESES3[m - 1], y)
    elif style == 'iso':
        s = iso
    elif style == 'caps_weekday':
        return ('%s, %s %d DE %s DE %d' % (place.upper(), DIAS_UP[wd], d, MESES_UP[m - 1], y)) if place else \
            '%s %d DE %s DE %d' % (DIAS_UP[wd], d, MESES_UP[m - 1], y)
    elif style == 'short_slash':
        s = '%d/%d/%02d' % (d, m, y % 100)
    elif style == 'sep_month':
        s = '%d %s %d' % (d, MESES3[m - 1], y)
    else:
        raise ValueError(style)
    return '%s, %s' % (place, s) if place else s


def monogram_header(R, acr, lines, color='7A1F1F', size=8.5, widths=(3.4, 12.8)):
    """blind-v26: the acronym as a large coloured monogram at the left, a thin vertical rule, and the names at the right
    (the first line bold); no logo, no rule under the header."""
    from docx.shared import Cm, Pt, RGBColor
    from lib import set_cell_border
    hdr = R.doc.sections[0].header
    t = hdr.add_table(rows=1, cols=2, width=Cm(sum(widths)))
    t.autofit = False
    a, b = t.rows[0].cells
    for c, w, col in zip((a, b), widths, t.columns):
        c.width = Cm(w); col.width = Cm(w)
    q = a.paragraphs[0]
    r = q.add_run(acr); r.bold = True; r.font.size = Pt(20); r.font.color.rgb = RGBColor.from_string(color)
    set_cell_border(a, right='single:8')
    for i, ln in enumerate(lines):
        qq = b.paragraphs[0] if i == 0 else b.add_paragraph()
        qq.paragraph_format.space_after = Pt(0)
        qq.paragraph_format.left_indent = Cm(0.2)
        rr = qq.add_run(ln); rr.bold = i == 0; rr.font.size = Pt(size + (1 if i == 0 else 0))
    hdr.paragraphs[0].text = ''


def double_rule_header(R, lines, logo=None, size=8.5):
    """blind-v26: the names centred between a thin-thick double rule above and a thick-thin double rule below, the first
    line in letter-spaced capitals; an optional small logo above the rules."""
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    hdr = R.doc.sections[0].header
    p = hdr.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if logo:
        p.add_run().add_picture(logo[0], width=Cm(logo[1]))
        p = hdr.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, ln in enumerate(lines):
        if i:
            p.add_run().add_break()
        r = p.add_run(ln.upper() if i == 0 else ln); r.bold = i == 0; r.font.size = Pt(size + (1.5 if i == 0 else 0))
        if i == 0:
            _rspacing(r, 30)
    _pborder(p, 'top', val='thinThickSmallGap', sz=18, space=3)
    _pborder(p, 'bottom', val='thickThinSmallGap', sz=18, space=3)


def corner_block_header(R, lines, logo=None, size=8.5, widths=(4.0, 12.2), color='2F5496'):
    """blind-v26: the logo at the top left and, at the right, the names right-aligned in a block with a coloured vertical
    rule at its left edge; the last line (the office) in italics."""
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from lib import set_cell_border
    hdr = R.doc.sections[0].header
    t = hdr.add_table(rows=1, cols=2, width=Cm(sum(widths)))
    t.autofit = False
    a, b = t.rows[0].cells
    for c, w, col in zip((a, b), widths, t.columns):
        c.width = Cm(w); col.width = Cm(w)
    if logo:
        a.paragraphs[0].add_run().add_picture(logo[0], width=Cm(logo[1]))
    for i, ln in enumerate(lines):
        q = b.paragraphs[0] if i == 0 else b.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        q.paragraph_format.space_after = Pt(0)
        r = q.add_run(ln); r.bold = i == 0; r.italic = (i == len(lines) - 1 and i > 0); r.font.size = Pt(size + (1 if i == 0 else 0))
    set_cell_border(b, left='single:18')
    for e in b._tc.get_or_add_tcPr().find(qn_('w:tcBorders')):
        e.set(qn_('w:color'), color)
    hdr.paragraphs[0].text = ''


def tint_band_header(R, lines, logo=None, size=8.5, fill='EAF1DD', line='375623', widths=(13.6, 2.6)):
    """blind-v26: a full-width light-tinted band holding the names at the left (first line bold) and the logo at the
    right, closed by a thick dark line under the band."""
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from lib import shade, set_cell_border
    hdr = R.doc.sections[0].header
    t = hdr.add_table(rows=1, cols=2, width=Cm(sum(widths)))
    t.autofit = False
    a, b = t.rows[0].cells
    for c, w, col in zip((a, b), widths, t.columns):
        c.width = Cm(w); col.width = Cm(w)
        shade(c, fill)
        set_cell_border(c, bottom='single:24')
        for e in c._tc.get_or_add_tcPr().find(qn_('w:tcBorders')):
            e.set(qn_('w:color'), line)
    for i, ln in enumerate(lines):
        q = a.paragraphs[0] if i == 0 else a.add_paragraph()
        q.paragraph_format.space_after = Pt(0)
        r = q.add_run(ln); r.bold = i == 0; r.font.size = Pt(size + (1.5 if i == 0 else 0))
    if logo:
        pb = b.paragraphs[0]; pb.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        pb.add_run().add_picture(logo[0], width=Cm(logo[1]))
    hdr.paragraphs[0].text = ''


def open26(R, year, date_line, ref, to_lines=None, rows=None, order='grid', motto=True, dec=True, motto_size=7.5, size=None):
    """blind-v26 letter openings. order: 'grid' (a fully ruled two-column grid with shaded labels: DOCUMENTO, FECHA,
    DIRIGIDO A, then the rows), 'box_right' (the own number in a framed box at the right half of the page with the date
    under it, then the addressee and 'Asunto:'/'Referencia:' paragraphs with a hanging indent), 'to_first' (the addressee
    first, then the own number centred in bold capitals, underlined, with the date at the right under it, then the rows)."""
    from docx.shared import Cm, Pt
    from lib import shade
    if motto:
        lema(R, year, dec=dec, size=motto_size)
    if order == 'grid':
        items = [('DOCUMENTO', '**' + ref + '**'), ('FECHA', date_line)]
        if to_lines:
            items.append(('DIRIGIDO A', '\n'.join(to_lines)))
        items += list(rows or [])
        t = R.doc.add_table(rows=len(items), cols=2)
        t.style = 'Table Grid'
        t.autofit = False
        for i, (k, v) in enumerate(items):
            a, b = t.rows[i].cells
            a.width = Cm(3.6); b.width = Cm(12.6)
            shade(a, 'E7E6E6')
            pa = a.paragraphs[0]; pa.paragraph_format.space_after = Pt(1)
            r = pa.add_run(k); r.bold = True; r.font.size = Pt((size or R.size) - 1.5)
            pb = b.paragraphs[0]; pb.paragraph_format.space_after = Pt(1)
            for j, ln in enumerate(v.split('\n')):
                if j:
                    pb.add_run().add_break()
                R._emit(pb, ln, {'unit': 'text', 'locator': k}, size=(size or R.size) - 1)
        for col, w in zip(t.columns, (3.6, 12.6)):
            col.width = Cm(w)
        R.p('', after=6, size=4)
        return
    if order == 'box_right':
        p = R.p(ref, bold=True, align='c', after=0, size=size, indent=8.0)
        from lib import para_border
        para_border(p, sz=8)
        R.p(date_line, align='c', after=10, size=size, indent=8.0)
        if to_lines:
            to(R, to_lines, size=size)
        for k, v in rows or []:
            q = R.p('**%s:**\t%s' % (k, v), after=3, size=size, align='l', indent=3.0, first=-3.0)
            from docx.enum.text import WD_TAB_ALIGNMENT
            q.paragraph_format.tab_stops.add_tab_stop(Cm(3.0), WD_TAB_ALIGNMENT.LEFT)
        R.p('', after=4, size=4)
        return
    if order == 'to_first':
        if to_lines:
            to(R, to_lines, size=size)
        R.p(ref.upper(), bold=True, under=True, align='c', after=0, size=size)
        R.p(date_line, align='r', after=8, size=size)
        if rows:
            kv(R, rows, size=size)
        return
    raise ValueError(order)


def dbl_rule_sign(R, name, post, inst=None, align='c', before=30, indent=None):
    """blind-v26: a signature with a double rule over the name (the paragraph's top border), the post in small capitals."""
    from docx.shared import Cm
    R.p('', after=0, before=before)
    p = R.p(name, align=align, bold=True, after=0, indent=indent)
    _pborder(p, 'top', val='double', sz=4, space=2)
    if align == 'c':
        p.paragraph_format.left_indent = Cm(4.5); p.paragraph_format.right_indent = Cm(4.5)
    q = R.p(post, align=align, after=0, size=R.size - 1, indent=indent)
    for r in q.runs:
        r.font.small_caps = True
    if align == 'c':
        q.paragraph_format.left_indent = Cm(2.0); q.paragraph_format.right_indent = Cm(2.0)
    if inst:
        R.p(inst, align=align, after=0, size=R.size - 1, indent=indent)


def caps_left_sign(R, name, post, inst=None, before=8, legal=True):
    """blind-v26: 'Atentamente,' then, flush left after a gap, the name in capitals, the post and the unit, and a grey
    line in small type on the digital signature ('Documento firmado digitalmente ...')."""
    R.p('Atentamente,', after=0, before=before, align='l')
    R.p(name.upper(), bold=True, after=0, before=34, align='l')
    R.p(post, after=0, size=R.size - 1, align='l')
    if inst:
        R.p(inst, after=0, size=R.size - 1, align='l')
    if legal:
        R.p('Documento firmado digitalmente conforme a la Ley de Firmas y Certificados Digitales.', size=7, italic=True,
            color=(110, 110, 110), before=4, after=0, align='l')


def boxed_sign(R, name, post, inst=None, before=20, indent=8.2):
    """blind-v26: the signature block in a thin frame at the right half of the page: an empty signing space, then the name,
    post and unit, centred inside the frame."""
    from lib import para_border
    R.p('', after=0, before=before, size=4)
    lines = ['', '', name, post] + ([inst] if inst else [])
    p = R.p('\n'.join(lines[:2]) + '\n**' + name + '**\n' + '\n'.join(lines[3:]), align='c', after=2, size=R.size - 1, indent=indent)
    para_border(p, sz=6)
    for e in p._p.get_or_add_pPr().find(qn_('w:pBdr')):
        e.set(qn_('w:color'), '595959')


def zebra(t, head_rows=1, fill='F2F2F2', skip_last=False):
    """blind-v26: shade every other body row (banded rows), starting with the second body row."""
    from lib import shade
    n = len(t.rows)
    for i, row in enumerate(t.rows):
        k = i - head_rows
        if k < 0 or k % 2 == 0 or (skip_last and i == n - 1):
            continue
        seen = set()
        for c in row.cells:
            if id(c._tc) in seen:
                continue
            seen.add(id(c._tc))
            shade(c, fill)


def frame_only(t, head_rows=1):
    """blind-v26: only an outer frame around the table and a line under the header; no inner lines."""
    from lib import set_cell_border
    nrow, ncol = len(t.rows), len(t.columns)
    for i, row in enumerate(t.rows):
        for j, c in enumerate(row.cells):
            kw = {'left': 'single:8' if j == 0 else 'nil', 'right': 'single:8' if j == ncol - 1 else 'nil',
                  'top': 'single:8' if i == 0 else 'nil', 'bottom': 'single:8' if i in (head_rows - 1, nrow - 1) else 'nil',
                  'insideH': 'nil', 'insideV': 'nil'}
            set_cell_border(c, **kw)


def thick_head(t, head_rows=1, color='C55A11'):
    """blind-v26: no vertical lines; a thick coloured line under the header and a thin grey line under every body row."""
    from lib import set_cell_border
    for i, row in enumerate(t.rows):
        for c in row.cells:
            kw = {'left': 'nil', 'right': 'nil', 'insideV': 'nil', 'top': 'nil',
                  'bottom': 'single:24' if i == head_rows - 1 else 'single:2'}
            set_cell_border(c, **kw)
            bd = c._tc.get_or_add_tcPr().find(qn_('w:tcBorders'))
            for e in bd:
                if e.tag.endswith('bottom'):
                    e.set(qn_('w:color'), color if i == head_rows - 1 else 'A6A6A6')


def style26(t, style, head_rows=1):
    """blind-v26: apply a ruling of this set (zebra, frame, thick) or of blind-v25 to a table object."""
    if style == 'zebra':
        zebra(t, head_rows)
    elif style == 'frame':
        frame_only(t, head_rows)
    elif style == 'thick':
        thick_head(t, head_rows)
    elif style == 'frame_zebra':
        frame_only(t, head_rows); zebra(t, head_rows)
    else:
        style25(t, style, head_rows)
    return t


def _ruled26(style):
    return {'zebra': 'grid', 'frame': 'none', 'thick': 'none', 'frame_zebra': 'none'}.get(style)


def ctab26(R, head, data, what, style=None, **kw):
    """blind-v26: ctab25() with the rulings of this set."""
    r = _ruled26(style)
    if r is not None:
        kw.setdefault('ruled', r)
        t, tot = ctab25(R, head, data, what, style=None, **kw)
        style26(t, style, len(head))
        return t, tot
    return ctab25(R, head, data, what, style=style, **kw)


def btab26(R, head, data, year, roles, money, style=None, **kw):
    """blind-v26: btab25() with the rulings of this set."""
    r = _ruled26(style)
    if r is not None:
        kw.setdefault('ruled', r)
        t, tot = btab25(R, head, data, year, roles, money, style=None, **kw)
        style26(t, style, len(head))
        return t, tot
    return btab25(R, head, data, year, roles, money, style=style, **kw)


def Mmildec(v, pre='S/ ', dec=1, **kw):
    """blind-v26: thousands with a decimal point and the word 'mil' after it: 'S/ 45.3 mil' (value 45 300)."""
    return M('%s%s mil' % (pre, fmt(v, 'us', dec)), round(v * 1000, 2), **kw)


def Mwfirst(v, **kw):
    """blind-v26: the amount in words first, then the figure in brackets: 'ciento veinte mil soles (S/ 120 000,00)'."""
    return M('%s soles (S/ %s)' % (words_es(v), fmt(v, 'sp', 2)), round(v, 2), **kw)


def Mpen(v, st='us', dec=2, **kw):
    """blind-v26: the ISO code after the amount: '45,300.00 PEN'."""
    return M('%s PEN' % fmt(v, st, dec), round(v, 2), **kw)


def Mfull(v, pre='S/ ', **kw):
    """blind-v26: the continental notation with the sign: 'S/ 45.300,00'."""
    return M(pre + fmt(v, 'eu', 2), round(v, 2), **kw)


def Cdw26(n, what, fem=False, **kw):
    """blind-v26: the digits first (two digits at least), then the number in words in brackets: '08 (ocho)', '15 (quince)'."""
    w = num_words(n)
    if fem and w.endswith('uno'):
        w = w[:-3] + 'una'
    return C('%02d (%s)' % (n, w), n, what, **kw)


def Cdot(n, what, **kw):
    """blind-v26: a count with a point as thousands separator: '1.245'."""
    return C(fmt(n, 'eu', 0), n, what, **kw)


def Pcoma(v, dec=1, **kw):
    """blind-v26: a percent with a decimal comma and a space before the sign: '45,5 %'."""
    return P(fmt(v, 'eu', dec) + ' %', v, **kw)


def Ppc26(v, dec=1, **kw):
    """blind-v26: a percent written 'por ciento' with a decimal comma: '12,5 por ciento'."""
    return P(fmt(v, 'eu', dec) + ' por ciento', v, **kw)


def para(R, text, **kw):
    """blind-v26: a justified body paragraph."""
    kw.setdefault('align', 'j'); kw.setdefault('after', 6)
    return R.p(text, **kw)


def rowtab26(R, head, data, year, style=None, st='us', dash='–', merges=(), colnames=None, total=None, total_what=None, cnt=None, **kw):
    """blind-v26: a count table whose noun goes by row. data: [(label, what, [cells])]; a cell is an int (a count of the
    row's noun in year[j]), None (a dash) or a string. total: label of a total row summing each column (noun total_what).
    cnt(n, what, y) makes the token (default Cn in notation st)."""
    ncols = len(data[0][2])
    Y = year if isinstance(year, (list, tuple)) else [year] * ncols
    mk = cnt or (lambda n, w, y: Cn(n, w, st, y=y))
    rows, tot = [], [0] * ncols
    for lab, what, cells in data:
        r = [lab]
        for j, c in enumerate(cells):
            if isinstance(c, int) and not isinstance(c, bool):
                tot[j] += c
                r.append(mk(c, what, Y[j]))
            elif c is None:
                r.append(dash)
            else:
                r.append(c)
        rows.append(r)
    bold = ()
    if total:
        rows.append([total] + [mk(tot[j], total_what, Y[j]) for j in range(ncols)])
        bold = (len(rows) - 1,)
    names = colnames or hnames(head, merges)
    ruled = kw.pop('ruled', None) or _ruled26(style) or ('grid' if style in (None, 'grid', 'stub', 'zebra') else ('hlines' if style == 'hlines' else 'none'))
    t = R.table(head, rows, merges=merges, colnames=names, bold_rows=bold, ruled=ruled, **kw)
    style26(t, style, len(head))
    return t, tot


def yrowtab26(R, head, data, what, style=None, st='us', total=None, cnt=None, merges=(), colnames=None, dash='–', total_year=None, **kw):
    """blind-v26: years (or periods) as rows: data [(label, year, [cells])]; what: one noun per column; each figure gets the
    year of its row; a total row (label `total`) has the year total_year (None when the rows span several years).
    cnt(n, what, y) makes the token."""
    mk = cnt or (lambda n, w, y: Cn(n, w, st, y=y))
    ncols = len(data[0][2])
    rows, tot = [], [0] * ncols
    for lab, y, cells in data:
        r = [lab]
        for j, c in enumerate(cells):
            if isinstance(c, int) and not isinstance(c, bool):
                tot[j] += c
                r.append(mk(c, what[j], y))
            elif c is None:
                r.append(dash)
            else:
                r.append(c)
        rows.append(r)
    bold = ()
    if total:
        rows.append([total] + [mk(tot[j], what[j], total_year) for j in range(ncols)])
        bold = (len(rows) - 1,)
    names = colnames or hnames(head, merges)
    ruled = kw.pop('ruled', None) or _ruled26(style) or ('grid' if style in (None, 'grid', 'stub', 'zebra') else ('hlines' if style == 'hlines' else 'none'))
    t = R.table(head, rows, merges=merges, colnames=names, bold_rows=bold, ruled=ruled, **kw)
    style26(t, style, len(head))
    return t, tot


# ---------- added for blind-v27 ----------
PER27 = ('2022-07-01', '2024-06-30')    # blind-v27: the requested period of every reply that states it (1 July 2022 - 30 June 2024)
EMONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']


def date27(place, iso, style='weekday'):
    """blind-v27: place and date in the styles of this set:
    weekday 'Chiclayo, jueves, 12 de setiembre de 2024' | abbr 'Juliaca, 12 set. 2024' | dashes 'Tumbes, 12-SET-2024' |
    numeric 'Abancay, 12/09/2024' | year_first 'Piura, 2024, setiembre 12' | final_dot 'Huánuco, 12 de setiembre de 2024.' |
    en_long '12 September 2024' | en_us 'September 12, 2024' | hyphen 'Puno, 12-09-2024' | de_mes 'Cajamarca, 12 del mes de setiembre de 2024'."""
    import datetime
    y, m, d = (int(x) for x in iso.split('-'))
    wd = datetime.date(y, m, d).weekday()
    if style == 'weekday':
        s = '%s, %d de %s de %d' % (DIAS[wd], d, MESES[m - 1], y)
    elif style == 'abbr':
        s = '%d %s %d' % (d, MESES_AB[m - 1], y)
    elif style == 'dashes':
        s = '%02d-%s-%d' % (d, MESES3[m - 1], y)
    elif style == 'numeric':
        s = '%02d/%02d/%d' % (d, m, y)
    elif style == 'year_first':
        s = '%d, %s %d' % (y, MESES[m - 1], d)
    elif style == 'final_dot':
        s = '%d de %s de %d.' % (d, MESES[m - 1], y)
    elif style == 'en_long':
        s = '%d %s %d' % (d, EMONTHS[m - 1], y)
    elif style == 'en_us':
        s = '%s %d, %d' % (EMONTHS[m - 1], d, y)
    elif style == 'hyphen':
        s = '%02d-%02d-%d' % (d, m, y)
    elif style == 'de_mes':
        s = '%d del mes de %s de %d' % (d, MESES[m - 1], y)
    else:
        raise ValueError(style)
    return '%s, %s' % (place, s) if place else s


def _hdr_table(R, widths):
    from docx.shared import Cm
    hdr = R.doc.sections[0].header
    t = hdr.add_table(rows=1, cols=len(widths), width=Cm(sum(widths)))
    t.autofit = False
    for c, w, col in zip(t.rows[0].cells, widths, t.columns):
        c.width = Cm(w); col.width = Cm(w)
    hdr.paragraphs[0].text = ''
    return t


def split_line_header(R, left, right, sub=None, color='1F4E79', size=8.5):
    """blind-v27: the institution's names at the left and the office at the right on one band, a coloured full-width line
    under them, and a grey small line (address or sector) under the line."""
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from lib import set_cell_border
    t = _hdr_table(R, (9.0, 7.4))
    a, b = t.rows[0].cells
    for i, ln in enumerate(left):
        q = a.paragraphs[0] if i == 0 else a.add_paragraph()
        q.paragraph_format.space_after = Pt(0)
        r = q.add_run(ln); r.bold = i == 0; r.font.size = Pt(size + (1.5 if i == 0 else 0))
    for i, ln in enumerate(right):
        q = b.paragraphs[0] if i == 0 else b.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        q.paragraph_format.space_after = Pt(0)
        r = q.add_run(ln); r.italic = True; r.font.size = Pt(size)
    for c in (a, b):
        set_cell_border(c, bottom='single:16')
        for e in c._tc.get_or_add_tcPr().find(qn_('w:tcBorders')):
            e.set(qn_('w:color'), color)
    if sub:
        q = R.doc.sections[0].header.add_paragraph()
        r = q.add_run(sub); r.font.size = Pt(size - 1.5); r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)


def reverse_block_header(R, acr, lines, fill='2E3B4E', size=8.5):
    """blind-v27: a dark filled cell holding the acronym in white capitals at the left, the names in a plain cell at the
    right (the first line bold, the rest small)."""
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from lib import shade
    t = _hdr_table(R, (3.0, 13.4))
    a, b = t.rows[0].cells
    shade(a, fill)
    q = a.paragraphs[0]; q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = q.add_run(acr); r.bold = True; r.font.size = Pt(15); r.font.color.rgb = RGBColor(255, 255, 255)
    for i, ln in enumerate(lines):
        q = b.paragraphs[0] if i == 0 else b.add_paragraph()
        q.paragraph_format.space_after = Pt(0)
        q.paragraph_format.left_indent = Pt(6)
        r = q.add_run(ln); r.bold = i == 0; r.font.size = Pt(size + (1.5 if i == 0 else -0.5))


def crest_caps_header(R, lines, logo=None, size=8.5):
    """blind-v27: a small logo centred on top, the names centred in small capitals below it, and a short centred rule."""
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    hdr = R.doc.sections[0].header
    p = hdr.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if logo:
        p.add_run().add_picture(logo[0], width=Cm(logo[1]))
    for i, ln in enumerate(lines):
        q = hdr.add_paragraph(); q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        q.paragraph_format.space_after = Pt(0)
        r = q.add_run(ln); r.font.small_caps = True; r.bold = i == 0; r.font.size = Pt(size + (1.5 if i == 0 else 0))
    q = hdr.add_paragraph('\u2500' * 14); q.alignment = WD_ALIGN_PARAGRAPH.CENTER


def ribbon_header(R, sector, lines, logo=None, fill='8B1A1A', size=8.5):
    """blind-v27: a narrow coloured ribbon with the sector in white letters across the top, then the logo at the left and the
    names in bold at its right."""
    from docx.shared import Cm, Pt, RGBColor
    from lib import shade
    hdr = R.doc.sections[0].header
    t = hdr.add_table(rows=2, cols=2, width=Cm(16.4))
    t.autofit = False
    for row in t.rows:
        for c, w in zip(row.cells, (2.4, 14.0)):
            c.width = Cm(w)
    top = t.cell(0, 0).merge(t.cell(0, 1))
    shade(top, fill)
    r = top.paragraphs[0].add_run(sector.upper()); r.bold = True; r.font.size = Pt(size - 1); r.font.color.rgb = RGBColor(255, 255, 255)
    if logo:
        t.cell(1, 0).paragraphs[0].add_run().add_picture(logo[0], width=Cm(logo[1]))
    b = t.cell(1, 1)
    for i, ln in enumerate(lines):
        q = b.paragraphs[0] if i == 0 else b.add_paragraph()
        q.paragraph_format.space_after = Pt(0)
        rr = q.add_run(ln); rr.bold = i < 1; rr.font.size = Pt(size + (1.5 if i == 0 else 0))
    hdr.paragraphs[0].text = ''


def open27(R, year, date_line, ref, to_lines=None, rows=None, order='sameline', motto=True, dec=False, motto_size=7.5, size=None):
    """blind-v27 openings. 'sameline': the own number at the left and the place and date at the right on one line (a right tab
    stop), then 'Señor(a):' and the addressee, then the rows as 'Asunto  :' lines with a dotted rule under the block;
    'labels': the own number centred in capitals without underline, then PARA/DE-style rows (given in `rows`) with the colons
    aligned, the date as the last row, and a full-width line; 'english': 'Our ref.:', 'Date:', 'To:', 'Subject:' lines."""
    from docx.shared import Cm
    from docx.enum.text import WD_TAB_ALIGNMENT
    if motto:
        lema(R, year, dec=dec, size=motto_size)
    if order == 'sameline':
        q = R.p('**%s**\t%s' % (ref, date_line), after=10, size=size, align='l')
        q.paragraph_format.tab_stops.add_tab_stop(Cm(16.2), WD_TAB_ALIGNMENT.RIGHT)
        if to_lines:
            R.p(to_lines[0], after=0, size=size)
            for ln in to_lines[1:]:
                R.p(ln, after=0, size=size)
            R.p('Presente.-', after=8, size=size, under=True)
        last = None
        for k, v in rows or []:
            last = R.p('%s\t:\t%s' % (k, v), after=2, size=size, align='l', indent=3.0, first=-3.0)
            last.paragraph_format.tab_stops.add_tab_stop(Cm(2.5), WD_TAB_ALIGNMENT.LEFT)
            last.paragraph_format.tab_stops.add_tab_stop(Cm(3.0), WD_TAB_ALIGNMENT.LEFT)
        if last is not None:
            _pborder(last, 'bottom', val='dotted', sz=6, space=4)
        R.p('', after=4, size=4)
        return
    if order == 'labels':
        R.p(ref.upper(), bold=True, align='c', after=8, size=(size or R.size) + 1)
        items = list(rows or to_lines or []) + [('FECHA', date_line)]   # the PARA/DE rows may come as to_lines
        last = None
        for k, v in items:
            last = R.p('**%s**\t:\t%s' % (k, v), after=3, size=size, align='l', indent=3.2, first=-3.2)
            last.paragraph_format.tab_stops.add_tab_stop(Cm(2.7), WD_TAB_ALIGNMENT.LEFT)
            last.paragraph_format.tab_stops.add_tab_stop(Cm(3.2), WD_TAB_ALIGNMENT.LEFT)
        _pborder(last, 'bottom', val='single', sz=12, space=6)
        R.p('', after=6, size=4)
        return
    if order == 'english':
        items = [('Our ref.', ref), ('Date', date_line)]
        if to_lines:
            items.append(('To', '\n'.join(to_lines)))
        items += list(rows or [])
        for k, v in items:
            q = R.p('%s:\t%s' % (k, v.replace('\n', '\n\t')), after=3, size=size, align='l', indent=2.6, first=-2.6)
            q.paragraph_format.tab_stops.add_tab_stop(Cm(2.6), WD_TAB_ALIGNMENT.LEFT)
        R.p('', after=6, size=4)
        return
    raise ValueError(order)


def dotted_sign(R, name, post, inst=None, close='Muy atentamente,', before=30):
    """blind-v27: a closing line, then a centred dotted line, the name in mixed case and the post in italics under it."""
    R.p(close, after=0, before=6, align='l')
    R.p('', after=0, before=before, size=4)
    R.p('.' * 44, align='c', after=0)
    R.p(name, align='c', bold=True, after=0)
    R.p(post, align='c', italic=True, after=0, size=R.size - 1)
    if inst:
        R.p(inst, align='c', italic=True, after=0, size=R.size - 1)


def pair_sign(R, left, right, before=34, size=None):
    """blind-v27: two signers side by side (the head of the office and the officer who prepared the information), each with a
    rule over the name; left/right = (name, post)."""
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from lib import set_cell_border
    R.p('', after=0, before=before, size=4)
    t = R.doc.add_table(rows=1, cols=3)
    t.autofit = False
    for c, w in zip(t.rows[0].cells, (7.2, 1.8, 7.2)):
        c.width = Cm(w)
    for c, (nm, post) in ((t.cell(0, 0), left), (t.cell(0, 2), right)):
        set_cell_border(c, top='single:6')
        q = c.paragraphs[0]; q.alignment = WD_ALIGN_PARAGRAPH.CENTER; q.paragraph_format.space_after = Pt(0)
        r = q.add_run(nm); r.bold = True; r.font.size = Pt(size or R.size - 1)
        q2 = c.add_paragraph(); q2.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = q2.add_run(post); r.font.size = Pt((size or R.size - 1) - 1)
    R.p('', after=2, size=4)


def stack_sign(R, name, post, inst=None, when=None, before=14, align='r'):
    """blind-v27: the name and post right-aligned, followed by a small grey block of the signing software
    ('Firmado digitalmente por', 'Motivo: Soy el autor del documento', 'Fecha: ...')."""
    R.p('', after=0, before=before, size=4)
    R.p(name.upper(), bold=True, after=0, align=align)
    R.p(post, after=0, align=align, size=R.size - 1)
    if inst:
        R.p(inst, after=0, align=align, size=R.size - 1)
    if when:
        R.p('Firmado digitalmente por %s\nMotivo: Soy el autor del documento\nFecha: %s' % (name.upper(), when), size=6.5,
            color=(120, 120, 120), align=align, after=0, before=2)


def en_sign(R, name, post, inst=None, close='Yours sincerely,', before=30):
    """blind-v27: an English closing and a plain name, post and organisation at the left."""
    R.p(close, after=0, before=6, align='l')
    R.p(name, bold=True, after=0, before=before, align='l')
    R.p(post, after=0, align='l', size=R.size - 1)
    if inst:
        R.p(inst, after=0, align='l', size=R.size - 1)


def dashed_h(t, head_rows=1):
    """blind-v27: no vertical lines; a solid line above and below the header and at the bottom, dashed lines between body rows."""
    from lib import set_cell_border
    n = len(t.rows)
    for i, row in enumerate(t.rows):
        for c in row.cells:
            kw = {'left': 'nil', 'right': 'nil', 'insideV': 'nil'}
            kw['top'] = 'single:8' if i == 0 else 'nil'
            kw['bottom'] = 'single:8' if (i == head_rows - 1 or i == n - 1) else 'dashed:4'
            set_cell_border(c, **kw)


def outer_thick(t, head_rows=1):
    """blind-v27: a thick outer frame and thin inner lines."""
    from lib import set_cell_border
    nrow, ncol = len(t.rows), len(t.columns)
    for i, row in enumerate(t.rows):
        for j, c in enumerate(row.cells):
            set_cell_border(c, left='single:18' if j == 0 else 'single:2', right='single:18' if j == ncol - 1 else 'single:2',
                            top='single:18' if i == 0 else 'single:2', bottom='single:18' if i == nrow - 1 else ('single:10' if i == head_rows - 1 else 'single:2'))


def head_reverse(t, head_rows=1, fill='17365D'):
    """blind-v27: the header rows filled dark with white bold letters; thin grey body lines."""
    from docx.shared import RGBColor
    from lib import shade
    for i, row in enumerate(t.rows):
        if i >= head_rows:
            break
        seen = set()
        for c in row.cells:
            if id(c._tc) in seen:
                continue
            seen.add(id(c._tc))
            shade(c, fill)
            for p in c.paragraphs:
                for r in p.runs:
                    r.font.color.rgb = RGBColor(255, 255, 255)
                    r.bold = True


def col_bands(t, head_rows=1, fill='EEF3F8', first=1):
    """blind-v27: every other numeric column shaded (banded columns)."""
    from lib import shade
    for i, row in enumerate(t.rows):
        if i < head_rows:
            continue
        for j, c in enumerate(row.cells):
            if j >= first and (j - first) % 2 == 1:
                shade(c, fill)


def style27(t, style, head_rows=1):
    if style == 'dashed':
        dashed_h(t, head_rows)
    elif style == 'outer':
        outer_thick(t, head_rows)
    elif style == 'reverse':
        head_reverse(t, head_rows)
    elif style == 'colbands':
        col_bands(t, head_rows)
    elif style == 'reverse_colbands':
        head_reverse(t, head_rows); col_bands(t, head_rows)
    elif style in (None, 'grid', 'none', 'hlines'):
        pass
    else:
        raise ValueError(style)
    return t


def _ruled27(style):
    return {'dashed': 'none', 'outer': 'grid', 'reverse': 'grid', 'colbands': 'grid', 'reverse_colbands': 'grid',
            'none': 'none', 'hlines': 'hlines', 'grid': 'grid', None: 'grid'}[style]


def tab27(R, head, rows, style=None, merges=(), colnames=None, bold_last=False, **kw):
    """blind-v27: R.table() with the rulings of this set; column names joined over the header rows (hnames)."""
    names = colnames or hnames(head, merges)
    ruled = kw.pop('ruled', None) or _ruled27(style)
    hs = kw.pop('head_shade', None if style in ('reverse', 'reverse_colbands') else 'D9D9D9')
    t = R.table(head, rows, merges=merges, colnames=names, ruled=ruled, bold_rows=(len(rows) - 1,) if bold_last else (),
                head_shade=hs, **kw)
    style27(t, style, len(head))
    return t


def grid27(R, head, data, cell, style=None, total=None, merges=(), colnames=None, dash='—', total_cell=None, **kw):
    """blind-v27: a general table. data: [(label, [values])]; cell(v, j, label) makes the token for a number (None: a dash).
    total: a total row label; total_cell(v, j) makes its tokens (default cell(v, j, total))."""
    rows = []
    ncols = len(data[0][1])
    tot = [0] * ncols
    for lab, vals in data:
        r = [lab]
        for j, v in enumerate(vals):
            if v is None:
                r.append(dash)
            elif isinstance(v, str):
                r.append(v)
            else:
                tot[j] += v
                r.append(cell(v, j, lab))
        rows.append(r)
    if total:
        tc = total_cell or (lambda v, j: cell(v, j, total))
        rows.append([total] + [tc(round(tot[j], 2) if isinstance(tot[j], float) else tot[j], j) for j in range(ncols)])
    tab27(R, head, rows, style=style, merges=merges, colnames=colnames, bold_last=bool(total), **kw)
    return tot


def Msp(v, dec=2, **kw):
    """blind-v27: no space after the sign: 'S/45,300.00'."""
    return M('S/' + fmt(v, 'us', dec), round(v, 2), **kw)


def Mso(v, dec=0, **kw):
    """blind-v27: the old sign with a point and no decimals: 'S/. 45,300'."""
    return M('S/. ' + fmt(v, 'us', dec), round(v, 2), **kw)


def Mmillones(v, dec=2, **kw):
    """blind-v27: millions with a decimal point: 'S/ 1.25 millones' (value 1 250 000)."""
    return M('S/ %s millones' % fmt(v, 'us', dec), round(v * 1e6, 2), **kw)


def Mcodepre(v, code='PEN', dec=2, **kw):
    """blind-v27: the ISO code before the amount: 'PEN 45,300.00', 'USD 12,500.00'."""
    if code != 'PEN':
        kw.setdefault('cur', code)
    return M('%s %s' % (code, fmt(v, 'us', dec)), round(v, 2), **kw)


def Mletras(v, **kw):
    """blind-v27: the figure first, then the amount in words with the cents in brackets:
    'S/ 45,300.00 (cuarenta y cinco mil trescientos con 00/100 soles)'."""
    c = int(round((v - int(v)) * 100))
    return M('S/ %s (%s con %02d/100 soles)' % (fmt(v, 'us', 2), words_es(int(v)), c), round(v, 2), **kw)


def Msoles(v, dec=2, **kw):
    """blind-v27: the word after the amount: '45,300.00 soles'."""
    return M('%s soles' % fmt(v, 'us', dec), round(v, 2), **kw)


def Cwf(n, what, fem=False, **kw):
    """blind-v27: the number in words first, then the digits in brackets: 'doce (12)'."""
    w = num_words(n)
    if fem and w.endswith('uno'):
        w = w[:-3] + 'una'
    return C('%s (%d)' % (w, n), n, what, **kw)


def Cwo(n, what, fem=False, **kw):
    """blind-v27: a small count in words alone: 'doce', 'veintiuna'."""
    w = num_words(n)
    if fem and w.endswith('uno'):
        w = w[:-3] + 'una'
    return C(w, n, what, **kw)


def Csp(n, what, **kw):
    """blind-v27: a space as thousands separator in a count: '1 245'."""
    return C(fmt(n, 'sp', 0), n, what, **kw)


def Pdot(v, dec=1, **kw):
    """blind-v27: a decimal point and a space before the sign: '12.5 %'."""
    return P(fmt(v, 'us', dec) + ' %', v, **kw)


def Pnos(v, dec=1, **kw):
    """blind-v27: a decimal comma and no space: '12,5%'."""
    return P(fmt(v, 'eu', dec) + '%', v, **kw)


def Pporc(v, **kw):
    """blind-v27: a whole percent in words after the digits: '45 por ciento'."""
    return P('%d por ciento' % v, float(v), **kw)


def Pen(v, dec=1, **kw):
    """blind-v27: English 'per cent': '12.5 per cent'."""
    return P(fmt(v, 'us', dec) + ' per cent', v, **kw)


# ---------- added for blind-v28 ----------
PER28 = ('2021-03-01', '2023-02-28')    # blind-v28: the requested period of every reply that states it (March 2021 - February 2023)
PER28_TXT = 'marzo de 2021 a febrero de 2023'


def date28(place, iso, style='a_los'):
    """blind-v28: place and date in the styles of this set:
    a_los 'Cusco, a los 14 días del mes de junio de 2023' | del 'Lima, 14 de Junio del 2023' | iso 'Trujillo, 2023-06-14' |
    dotted 'Iquitos, 14.06.2023' | upper 'HUARAZ, 14 DE JUNIO DE 2023' | short 'Tacna, 14/06/23' | en_ord '14th June 2023' |
    month_year 'Moquegua, junio 14 del 2023' | slash_word 'Ica, 14/jun/2023' | paren 'Puno (14 de junio de 2023)'."""
    y, m, d = (int(x) for x in iso.split('-'))
    if style == 'a_los':
        s = 'a los %d días del mes de %s de %d' % (d, MESES[m - 1], y)
    elif style == 'del':
        s = '%d de %s del %d' % (d, MESES[m - 1].capitalize(), y)
    elif style == 'iso':
        s = iso
    elif style == 'dotted':
        s = '%02d.%02d.%d' % (d, m, y)
    elif style == 'upper':
        s = ('%d DE %s DE %d' % (d, MESES[m - 1].upper(), y))
        return '%s, %s' % (place.upper(), s) if place else s
    elif style == 'short':
        s = '%02d/%02d/%02d' % (d, m, y % 100)
    elif style == 'en_ord':
        suf = 'th' if 11 <= d <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')
        s = '%d%s %s %d' % (d, suf, EMONTHS[m - 1], y)
    elif style == 'month_year':
        s = '%s %d del %d' % (MESES[m - 1], d, y)
    elif style == 'slash_word':
        s = '%02d/%s/%d' % (d, MESES_ABR[m - 1], y)
    elif style == 'paren':
        return '%s (%d de %s de %d)' % (place, d, MESES[m - 1], y)
    else:
        raise ValueError(style)
    return '%s, %s' % (place, s) if place else s


def stripe_header(R, lines, fill='1B5E20', size=8.5, acr=None):
    """blind-v28: a narrow coloured vertical stripe at the left of the header, the names at its right (first line bold), an
    optional acronym in colour at the far right."""
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from lib import shade
    t = _hdr_table(R, (0.5, 11.2, 4.7))
    a, b, c = t.rows[0].cells
    shade(a, fill)
    for i, ln in enumerate(lines):
        q = b.paragraphs[0] if i == 0 else b.add_paragraph()
        q.paragraph_format.space_after = Pt(0)
        r = q.add_run(ln); r.bold = i == 0; r.font.size = Pt(size + (1.5 if i == 0 else -0.5))
    if acr:
        q = c.paragraphs[0]; q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = q.add_run(acr); r.bold = True; r.font.size = Pt(14)
        r.font.color.rgb = RGBColor(int(fill[0:2], 16), int(fill[2:4], 16), int(fill[4:6], 16))


def framed_name_header(R, lines, logo=None, size=8.5, right=None):
    """blind-v28: the logo at the left outside a frame; the names inside a thin rounded-looking double frame in the middle;
    the office (right) in grey small letters at the right."""
    from docx.shared import Cm, Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from lib import set_cell_border
    t = _hdr_table(R, (2.4, 10.0, 4.0))
    a, b, c = t.rows[0].cells
    if logo:
        a.paragraphs[0].add_run().add_picture(logo[0], width=Cm(logo[1]))
    set_cell_border(b, top='double:4', bottom='double:4', left='double:4', right='double:4')
    for i, ln in enumerate(lines):
        q = b.paragraphs[0] if i == 0 else b.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        q.paragraph_format.space_after = Pt(0)
        r = q.add_run(ln); r.bold = i == 0; r.font.size = Pt(size + (1 if i == 0 else 0))
    for i, ln in enumerate(right or []):
        q = c.paragraphs[0] if i == 0 else c.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        q.paragraph_format.space_after = Pt(0)
        r = q.add_run(ln); r.font.size = Pt(size - 1); r.font.color.rgb = RGBColor(0x70, 0x70, 0x70)


def topbottom_header(R, name, acr, sub=(), size=8.5, color=(0x7B, 0x1F, 0x3A)):
    """blind-v28: the name at the left and the acronym large at the right, between a thick rule above and a thin rule below."""
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from lib import set_cell_border
    t = _hdr_table(R, (12.4, 4.0))
    a, b = t.rows[0].cells
    for c in (a, b):
        set_cell_border(c, top='single:24', bottom='single:4')
    q = a.paragraphs[0]; q.paragraph_format.space_after = Pt(0)
    r = q.add_run(name); r.bold = True; r.font.size = Pt(size + 1.5)
    for ln in sub:
        q = a.add_paragraph(); q.paragraph_format.space_after = Pt(0)
        r = q.add_run(ln); r.font.size = Pt(size - 0.5)
    q = b.paragraphs[0]; q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = q.add_run(acr); r.bold = True; r.font.size = Pt(20); r.font.color.rgb = RGBColor(*color)


def plain_center_header(R, lines, size=9, logo=None):
    """blind-v28: a centred logo and the names in plain centred lines, no rule (the older municipal style)."""
    R.header(lines, logo=logo, size=size, rule=False)


def open28(R, year, date_line, ref, to_lines=None, rows=None, order='stacked', motto=True, size=None):
    """blind-v28 openings. 'stacked': the place and date at the right, the own number at the left in bold capitals (no
    underline), the addressee, then each row as a bold label on its own line ('ASUNTO:') with its text indented below;
    'memo': MEMORÁNDUM heading handled by memo28(); 'english': 'Reference:', 'Date:', 'Addressed to:', 'Re:' lines;
    'numfirst': the own number in a grey shaded bar across the page, the date under it at the left."""
    from docx.shared import Cm
    if motto:
        R.p('"%s"' % LEMA[year], align='c', italic=True, size=7.5, after=8)
    if order == 'stacked':
        R.p(date_line, align='r', after=6, size=size)
        R.p('**%s**' % ref, after=8, size=size)
        for ln in to_lines or []:
            R.p(ln, after=0, size=size)
        if to_lines:
            R.p('Presente. —', after=8, size=size)
        for k, v in rows or []:
            R.p('**%s:**' % k.upper(), after=0, size=size)
            R.p(v, after=4, size=size, indent=1.2)
        R.p('', after=2, size=4)
        return
    if order == 'numfirst':
        from lib import shade
        q = R.p('**%s**' % ref, after=2, size=size)
        pPr = q._p.get_or_add_pPr()
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        sh = OxmlElement('w:shd'); sh.set(qn('w:val'), 'clear'); sh.set(qn('w:color'), 'auto'); sh.set(qn('w:fill'), 'E0E0E0')
        pPr.append(sh)
        R.p(date_line, after=8, size=size)
        for ln in to_lines or []:
            R.p(ln, after=0, size=size)
        if to_lines:
            R.p('', after=4, size=4)
        for k, v in rows or []:
            R.p('**%s** — %s' % (k, v), after=3, size=size, indent=0.8, first=-0.8)
        R.p('', after=4, size=4)
        return
    if order == 'english':
        items = [('Reference', ref), ('Date', date_line)]
        if to_lines:
            items.append(('Addressed to', '\n'.join(to_lines)))
        items += list(rows or [])
        for k, v in items:
            q = R.p('%s:\t%s' % (k, v.replace('\n', '\n\t')), after=3, size=size, align='l', indent=3.2, first=-3.2)
            from docx.enum.text import WD_TAB_ALIGNMENT
            q.paragraph_format.tab_stops.add_tab_stop(Cm(3.2), WD_TAB_ALIGNMENT.LEFT)
        R.p('', after=6, size=4)
        return
    raise ValueError(order)


def memo28(R, ref, date_line, para, de, asunto_, ref_rows=(), cc_list=(), size=None):
    """blind-v28: a MEMORÁNDUM MÚLTIPLE with a distribution list: the title and number centred, then 'PARA :' followed by
    several numbered addressees, 'DE :', 'ASUNTO :', optional 'REF. :', 'FECHA :' and a double rule."""
    from docx.shared import Cm
    from docx.enum.text import WD_TAB_ALIGNMENT
    R.p('**%s**' % ref, align='c', after=8, size=(size or R.size) + 1)
    items = [('PARA', '\n'.join('%d. %s' % (i + 1, x) for i, x in enumerate(para))), ('DE', de), ('ASUNTO', asunto_)]
    items += list(ref_rows) + [('FECHA', date_line)]
    last = None
    for k, v in items:
        last = R.p('**%s**\t:\t%s' % (k, v.replace('\n', '\n\t\t')), after=3, size=size, indent=2.6, first=-2.6)
        last.paragraph_format.tab_stops.add_tab_stop(Cm(2.2), WD_TAB_ALIGNMENT.LEFT)
        last.paragraph_format.tab_stops.add_tab_stop(Cm(2.6), WD_TAB_ALIGNMENT.LEFT)
    _pborder(last, 'bottom', val='double', sz=6, space=6)
    R.p('', after=6, size=4)
    if cc_list:
        R._cc28 = cc_list


def cc28(R, items, initials_=None, size=7.5):
    R.p('', after=0, before=10, size=4)
    R.p('Distribución: ' + '; '.join(items), size=size, after=0)
    if initials_:
        R.p(initials_, size=size - 0.5, after=0)


def email28(R, rows, url, size=9):
    """blind-v28: an e-mail printed from a web mail client to PDF: the subject as a large title, then From/Sent/To/Cc rows
    in grey, a thin rule; the print footer (date, the URL and 'page 1/1') is added by the caller as a footer."""
    from docx.shared import Cm
    from docx.enum.text import WD_TAB_ALIGNMENT
    subj = dict(rows).get('Asunto', '')
    R.p(subj, bold=True, size=13, after=6)
    for k, v in rows:
        if k == 'Asunto':
            continue
        q = R.p('%s:\t%s' % (k, v), size=size, after=1, color=(0x55, 0x55, 0x55), indent=2.4, first=-2.4)
        q.paragraph_format.tab_stops.add_tab_stop(Cm(2.4), WD_TAB_ALIGNMENT.LEFT)
    q = R.p('', after=8, size=4)
    _pborder(q, 'bottom', val='single', sz=4, color='A0A0A0', space=2)
    R.footer(url, size=7, align='l')


def rule_sign(R, name, post, inst=None, close='Atentamente,', before=30, align='c'):
    """blind-v28: the closing centred, then the name in capitals between two short rules, and the post under it."""
    R.p(close, after=0, before=6, align=align)
    R.p('', after=0, before=before, size=4)
    R.p('\u2014' * 12, align=align, after=0)
    R.p(name.upper(), align=align, bold=True, after=0)
    R.p('\u2014' * 12, align=align, after=0)
    R.p(post, align=align, after=0, size=R.size - 1)
    if inst:
        R.p(inst, align=align, after=0, size=R.size - 1)


def ebox_sign(R, name, post, when, inst=None, close='Sin otro particular, quedo de usted.', before=10):
    """blind-v28: the closing, then a thin bordered box at the left: 'Documento firmado digitalmente por NAME – POST – fecha'."""
    R.p(close, after=0, before=6)
    R.p('', after=0, before=before, size=4)
    t = R.doc.add_table(rows=1, cols=1)
    t.style = 'Table Grid'
    from docx.shared import Cm, Pt
    c = t.cell(0, 0); c.width = Cm(9.0)
    q = c.paragraphs[0]; q.paragraph_format.space_after = Pt(0)
    r = q.add_run('Documento firmado digitalmente por:'); r.font.size = Pt(7)
    for ln in (name.upper(), post + ((' – ' + inst) if inst else ''), 'Fecha y hora: ' + when):
        q = c.add_paragraph(); q.paragraph_format.space_after = Pt(0)
        r = q.add_run(ln); r.font.size = Pt(7.5); r.bold = ln == name.upper()
    R.p('', after=2, size=4)


def left_sign(R, name, post, inst=None, close='Atentamente,', before=34, initials_=None):
    """blind-v28: everything at the left: closing, blank, name, post; optionally the typist's initials at the foot."""
    R.p(close, after=0, before=6)
    R.p(name, bold=True, after=0, before=before)
    R.p(post, after=0, size=R.size - 1)
    if inst:
        R.p(inst, after=0, size=R.size - 1)
    if initials_:
        R.p(initials_, after=0, before=12, size=7)


def en_sign28(R, name, post, inst=None, close='Kind regards,', before=28):
    R.p(close, after=0, before=6)
    R.p(name, bold=True, after=0, before=before)
    R.p(post, after=0, italic=True, size=R.size - 1)
    if inst:
        R.p(inst, after=0, italic=True, size=R.size - 1)


def double_frame(t, head_rows=1):
    """blind-v28: a double outer frame, no inner vertical lines, thin horizontal lines."""
    from lib import set_cell_border
    nrow, ncol = len(t.rows), len(t.columns)
    for i, row in enumerate(t.rows):
        for j, c in enumerate(row.cells):
            set_cell_border(c, left='double:6' if j == 0 else 'nil', right='double:6' if j == ncol - 1 else 'nil',
                            top='double:6' if i == 0 else 'single:2', bottom='double:6' if i == nrow - 1 else ('single:8' if i == head_rows - 1 else 'single:2'))


def vdotted(t, head_rows=1):
    """blind-v28: dotted vertical lines only, a solid line under the header and at the foot."""
    from lib import set_cell_border
    nrow = len(t.rows)
    for i, row in enumerate(t.rows):
        for c in row.cells:
            set_cell_border(c, left='dotted:4', right='dotted:4', top='single:8' if i == 0 else 'nil',
                            bottom='single:8' if (i == head_rows - 1 or i == nrow - 1) else 'nil')


def headline(t, head_rows=1):
    """blind-v28: only one thick line under the header and one thin line above the last row."""
    from lib import set_cell_border
    nrow = len(t.rows)
    for i, row in enumerate(t.rows):
        for c in row.cells:
            kw = {'left': 'nil', 'right': 'nil', 'top': 'nil', 'bottom': 'nil'}
            if i == head_rows - 1:
                kw['bottom'] = 'single:18'
            if i == nrow - 2:
                kw['bottom'] = 'single:4'
            set_cell_border(c, **kw)


def style28(t, style, head_rows=1):
    if style == 'double':
        double_frame(t, head_rows)
    elif style == 'vdotted':
        vdotted(t, head_rows)
    elif style == 'headline':
        headline(t, head_rows)
    elif style in (None, 'grid', 'none', 'hlines'):
        pass
    else:
        raise ValueError(style)
    return t


def tab28(R, head, rows, style=None, merges=(), colnames=None, bold_last=False, **kw):
    """blind-v28: R.table() with the rulings of this set; column names joined over the header rows (hnames)."""
    names = colnames or hnames(head, merges)
    ruled = kw.pop('ruled', None) or {'double': 'grid', 'vdotted': 'grid', 'headline': 'grid', 'none': 'none', 'hlines': 'hlines'}.get(style, 'grid')
    hs = kw.pop('head_shade', None if style in ('headline', 'vdotted') else 'D9D9D9')
    t = R.table(head, rows, merges=merges, colnames=names, ruled=ruled, bold_rows=(len(rows) - 1,) if bold_last else (),
                head_shade=hs, **kw)
    style28(t, style, len(head))
    return t


def grid28(R, head, data, cell, style=None, total=None, merges=(), colnames=None, dash='–', total_cell=None, **kw):
    """blind-v28: a label-by-values table. data: [(label, [values])]; cell(v, j, label) makes the token; a str is printed as is."""
    rows = []
    ncols = len(data[0][1])
    tot = [0] * ncols
    for lab, vals in data:
        r = [lab]
        for j, v in enumerate(vals):
            if v is None:
                r.append(dash)
            elif isinstance(v, str):
                r.append(v)
            else:
                tot[j] += v
                r.append(cell(v, j, lab))
        rows.append(r)
    if total:
        tc = total_cell or (lambda v, j: cell(v, j, total))
        rows.append([total] + [tc(round(tot[j], 2) if isinstance(tot[j], float) else tot[j], j) for j in range(ncols)])
    tab28(R, head, rows, style=style, merges=merges, colnames=colnames, bold_last=bool(total), **kw)
    return tot


def Mspc(v, dec=2, pre='S/ ', **kw):
    """blind-v28: a space as thousands separator and a decimal comma: 'S/ 12 345,50'."""
    return M(pre + fmt(v, 'sp', dec), round(v, 2), **kw)


def Meus(v, dec=2, **kw):
    """blind-v28: points and a comma, the word after: '12.345,50 soles'."""
    return M(fmt(v, 'eu', dec) + ' soles', round(v, 2), **kw)


def Mmill28(v, dec=1, **kw):
    """blind-v28: millions with a decimal comma: 'S/ 1,2 millones' (value 1 200 000)."""
    return M('S/ %s millones' % fmt(v, 'eu', dec), round(v * 1e6, 2), **kw)


def Mwords28(v, **kw):
    """blind-v28: a whole amount in words alone with 'soles': 'mil quinientos soles'."""
    return M('%s soles' % words_es(int(v)), float(v), **kw)


def Musd28(v, dec=0, **kw):
    """blind-v28: 'US$ 15 000' (space thousands, no decimals)."""
    kw.setdefault('cur', 'USD')
    return M('US$ ' + fmt(v, 'sp', dec), round(v, 2), **kw)


def Cwords28(n, what, fem=False, **kw):
    """blind-v28: a count in words alone, any size ('cuarenta y dos', 'ciento veinte')."""
    w = num_words(n)
    if fem:
        if w == 'uno':
            w = 'una'
        w = w.replace('veintiuno', 'veintiuna')
        if w.endswith(' uno'):
            w = w[:-3] + 'una'
        w = w.replace('ientos', 'ientas')
    return C(w, n, what, **kw)


def Cdot28(n, what, **kw):
    """blind-v28: a point as thousands separator in a count: '1.245'."""
    return C(fmt(n, 'eu', 0), n, what, **kw)


def Psp28(v, dec=1, **kw):
    """blind-v28: a decimal comma and a space before the sign: '12,5 %'."""
    return P(fmt(v, 'eu', dec) + ' %', v, **kw)


def Pshare(v, dec=2, **kw):
    """blind-v28: a share as a fraction with a decimal comma: '0,38' (value 38.0 per cent)."""
    return P(fmt(v / 100.0, 'eu', dec), round(v, 4), **kw)


def lema28(R, size=7.5):
    R.p('"%s"' % LEMA[2023], align='c', italic=True, size=size, after=8)


# blind-v28: the three invented requesters and their request numbers (cited as written in each reply)
REQ_A = ['Señor', 'GONZALO HUAMÁN VILLAR', 'Periodista', 'Jr. Las Acacias 418, Breña', 'Lima.-']
REQ_B = ['Señora', 'Dra. CARMEN ROSA TELLO RÍOS', 'Investigadora', 'Av. Los Próceres 1260, Urb. Santa Patricia', 'La Molina.-']
REQ_C = ['Señorita', 'ANDREA SALAS CHUMPITAZ', 'Coordinadora de la Red Ciudadana Vigía Andina', 'Calle Tarapacá 233', 'Cusco.-']


def LG(name, label, shape='shield', color=(120, 20, 20), w=1.7):
    return (logo_png(name, label, shape=shape, color=color), w)


def checkbox28(R, items, size=None):
    """blind-v28: printed check boxes of a form: '☒' ticked, '☐' empty."""
    for mark, t in items:
        R.p(('\u2612  ' if mark else '\u2610  ') + t, size=size, after=1, indent=0.4)


# ---------- added for blind-v29 ----------
PER29 = ('2020-10-01', '2022-09-30')    # blind-v29: the requested period of every reply that states it (1 October 2020 - 30 September 2022)
PT29 = {                                # blind-v29: the ways the replies write that period
    'largo': 'del 1 de octubre de 2020 al 30 de setiembre de 2022',
    'meses': 'octubre de 2020 a setiembre de 2022',
    'puntos': '01.10.2020 – 30.09.2022',
    'barras': 'entre el 01/10/2020 y el 30/09/2022',
    'del': 'de octubre del 2020 a setiembre del 2022',
    'trim': 'IV trimestre de 2020 al III trimestre de 2022',
    'sept': 'desde el 1° de octubre de 2020 hasta el 30 de septiembre de 2022',
    'mayus': 'OCTUBRE 2020 – SETIEMBRE 2022',
    'en': '1 October 2020 through 30 September 2022',
    'en2': 'October 2020 – September 2022',
}


def date29(place, iso, style='anio'):
    """blind-v29: place and date in the styles of this set:
    anio 'Piura, 18 de noviembre del año 2022' | romano 'Huancavelica, 18-XI-2022' | abbr_wd 'Cajamarca, vie. 18 nov. 2022' |
    en_comma 'November 18th, 2022' | iso_slash 'Lima, 2022/11/18' | mayus_mes 'Ayacucho, 18 de NOVIEMBRE de 2022' |
    words 'Huánuco, dieciocho de noviembre de dos mil veintidós' | coma_anio 'Ica, 18 de noviembre, 2022' |
    espacios 'Chiclayo, 18 - 11 - 2022' | mes_abbr_cap 'Tumbes, 18 Nov. 2022'."""
    import datetime
    y, m, d = (int(x) for x in iso.split('-'))
    if style == 'anio':
        s = '%d de %s del año %d' % (d, MESES[m - 1], y)
    elif style == 'romano':
        s = '%d-%s-%d' % (d, ROMAN[m - 1], y)
    elif style == 'abbr_wd':
        wd = datetime.date(y, m, d).weekday()
        s = '%s %d %s %d' % (DIAS_ABR[wd], d, MESES_AB[m - 1], y)
    elif style == 'en_comma':
        suf = 'th' if 11 <= d <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')
        s = '%s %d%s, %d' % (EMONTHS[m - 1], d, suf, y)
    elif style == 'iso_slash':
        s = '%d/%02d/%02d' % (y, m, d)
    elif style == 'mayus_mes':
        s = '%d de %s de %d' % (d, MESES[m - 1].upper(), y)
    elif style == 'words':
        s = fecha_letras(iso)
    elif style == 'coma_anio':
        s = '%d de %s, %d' % (d, MESES[m - 1], y)
    elif style == 'espacios':
        s = '%02d - %02d - %d' % (d, m, y)
    elif style == 'mes_abbr_cap':
        s = '%d %s. %d' % (d, MESES_ABR[m - 1].capitalize(), y)
    else:
        raise ValueError(style)
    return '%s, %s' % (place, s) if place else s


def _rgb(hexs):
    from docx.shared import RGBColor
    return RGBColor(int(hexs[0:2], 16), int(hexs[2:4], 16), int(hexs[4:6], 16))


def hdr_boxacr(R, acr, lines, color='1F5C99', size=8.5):
    """blind-v29: the acronym in a coloured box with a frame at the left; the names right-aligned at the right; a thin grey
    line under the whole header."""
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from lib import set_cell_border
    t = _hdr_table(R, (3.4, 13.0))
    a, b = t.rows[0].cells
    set_cell_border(a, top='single:12', bottom='single:12', left='single:12', right='single:12')
    for e in a._tc.get_or_add_tcPr().find(qn_('w:tcBorders')):
        e.set(qn_('w:color'), color)
    q = a.paragraphs[0]; q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = q.add_run(acr); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = _rgb(color)
    for i, ln in enumerate(lines):
        q = b.paragraphs[0] if i == 0 else b.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        q.paragraph_format.space_after = Pt(0)
        r = q.add_run(ln); r.bold = i == 0; r.font.size = Pt(size + (1.5 if i == 0 else -0.5))
    q = R.doc.sections[0].header.add_paragraph()
    _pborder(q, 'bottom', val='single', sz=4, color='909090', space=1)


def hdr_rules_logo_right(R, lines, logo, size=8.5):
    """blind-v29: the names centred between a thin rule above and below them, the logo at the right outside the rules."""
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from lib import set_cell_border
    t = _hdr_table(R, (13.6, 2.8))
    a, b = t.rows[0].cells
    set_cell_border(a, top='single:6', bottom='single:6')
    for i, ln in enumerate(lines):
        q = a.paragraphs[0] if i == 0 else a.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        q.paragraph_format.space_after = Pt(0)
        r = q.add_run(ln); r.bold = i == 0; r.font.size = Pt(size + (1 if i == 0 else 0))
    q = b.paragraphs[0]; q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    q.add_run().add_picture(logo[0], width=Cm(logo[1]))


def hdr_right_stack(R, lines, logo=None, size=8.5):
    """blind-v29: everything at the right margin: the logo, then the names, the first bold and the rest in italics; no rule."""
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    hdr = R.doc.sections[0].header
    p = hdr.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if logo:
        p.add_run().add_picture(logo[0], width=Cm(logo[1]))
    for i, ln in enumerate(lines):
        q = hdr.add_paragraph(); q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        q.paragraph_format.space_after = Pt(0)
        r = q.add_run(ln); r.bold = i == 0; r.italic = i > 0; r.font.size = Pt(size + (1.5 if i == 0 else 0))


def hdr_grey_band(R, lines, sector, fill='EFEFEF', size=8.5):
    """blind-v29: a light grey band across the page: the names at the left in dark bold-first lines, the sector at the right in
    grey small capitals."""
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from lib import shade
    t = _hdr_table(R, (11.0, 5.4))
    a, b = t.rows[0].cells
    shade(a, fill); shade(b, fill)
    for i, ln in enumerate(lines):
        q = a.paragraphs[0] if i == 0 else a.add_paragraph()
        q.paragraph_format.space_after = Pt(0)
        r = q.add_run(ln); r.bold = i == 0; r.font.size = Pt(size + (1.5 if i == 0 else 0))
    q = b.paragraphs[0]; q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = q.add_run(sector); r.font.small_caps = True; r.font.size = Pt(size); r.font.color.rgb = RGBColor(0x6A, 0x6A, 0x6A)


def hdr_foot_only(R, name, foot, color='8C2D19', size=14):
    """blind-v29: only the name at the top left in large coloured letters; the rest of the letterhead (office, address,
    telephone, web) in the page footer above a coloured rule."""
    from docx.shared import Pt
    hdr = R.doc.sections[0].header
    p = hdr.paragraphs[0]
    r = p.add_run(name); r.bold = True; r.font.size = Pt(size); r.font.color.rgb = _rgb(color)
    ftr = R.doc.sections[0].footer
    q = ftr.paragraphs[0]
    _pborder(q, 'top', val='single', sz=12, color=color, space=4)
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, ln in enumerate(foot):
        if i:
            q.add_run().add_break()
        rr = q.add_run(ln); rr.font.size = Pt(7)


def open29(R, year, date_line, ref, to_lines=None, rows=None, order='gridbox', motto=True, dec=False, size=None):
    """blind-v29 openings. 'gridbox': the own number centred in a framed box, the date at the right under it, then the
    addressee and the rows in a ruled two-column table with grey label cells; 'tofirst': the own number and then the date at
    the right, the addressee, then each row as an underlined label followed by its text in italics on the same line;
    'sumilla': the own number and the date at the left, then a framed 'SUMILLA' block in the right half of the page, then the
    addressee; 'english': 'Our reference', 'Date', 'To', 'Subject' as a borderless table with bold labels."""
    from docx.shared import Cm, Pt
    from lib import shade
    if motto:
        lema(R, year, dec=dec, size=7.5)
    if order == 'gridbox':
        q = R.p('**%s**' % ref, align='c', after=4, size=(size or R.size) + 0.5)
        _pborder(q, 'top', sz=8, space=3); _pborder(q, 'bottom', sz=8, space=3)
        _pborder(q, 'left', sz=8, space=6); _pborder(q, 'right', sz=8, space=6)
        q.paragraph_format.left_indent = Cm(1.6); q.paragraph_format.right_indent = Cm(1.6)
        R.p(date_line, align='r', after=8, size=size)
        items = []
        if to_lines:
            items.append(('Señor(a)', '\n'.join(to_lines)))
        items += list(rows or [])
        t = R.doc.add_table(rows=len(items), cols=2)
        t.style = 'Table Grid'
        t.autofit = False
        for i, (k, v) in enumerate(items):
            a, b = t.rows[i].cells
            a.width = Cm(3.0); b.width = Cm(13.2)
            shade(a, 'EDEDED')
            pa = a.paragraphs[0]; pa.paragraph_format.space_after = Pt(0)
            ra = pa.add_run(k); ra.bold = True
            if size: ra.font.size = Pt(size)
            pb = b.paragraphs[0]; pb.paragraph_format.space_after = Pt(0)
            for li, ln in enumerate(v.split('\n')):
                if li:
                    pb.add_run().add_break()
                R._emit(pb, ln, {'unit': 'text', 'locator': plain(v)}, size=size)
        R.p('', after=6, size=4)
        return
    if order == 'tofirst':
        R.p('**%s**' % ref, align='r', after=0, size=size)
        R.p(date_line, align='r', after=10, size=size)
        for ln in to_lines or []:
            R.p(ln, after=0, size=size)
        if to_lines:
            R.p('Ciudad.—', after=8, size=size)
        for k, v in rows or []:
            q = R.doc.add_paragraph()
            q.paragraph_format.space_after = Pt(3)
            R._run(q, k + ':', True, False, size, None, True, None)
            R._run(q, ' ', False, False, size, None, False, None)
            R._emit(q, v, {'unit': 'text', 'locator': plain(v)}, italic=True, size=size)
        R.p('', after=4, size=4)
        return
    if order == 'sumilla':
        R.p('**%s**' % ref, after=0, size=size)
        R.p(date_line, after=8, size=size)
        for k, v in rows or []:
            q = R.p('**%s:** %s' % (k.upper(), v), after=0, size=(size or R.size) - 1, align='j', indent=8.2)
            for sd in ('top', 'bottom', 'left', 'right'):
                _pborder(q, sd, sz=4, space=3)
        R.p('', after=6, size=4)
        for i, ln in enumerate(to_lines or []):
            R.p(ln, after=0, size=size, bold=(i == 1))
        if to_lines:
            R.p('Presente:', after=8, size=size)
        return
    if order == 'english':
        items = [('Our reference', ref), ('Date', date_line)]
        if to_lines:
            items.append(('To', '\n'.join(to_lines)))
        items += list(rows or [])
        t = R.doc.add_table(rows=len(items), cols=2)
        t.autofit = False
        for i, (k, v) in enumerate(items):
            a, b = t.rows[i].cells
            a.width = Cm(3.4); b.width = Cm(12.8)
            pa = a.paragraphs[0]; pa.paragraph_format.space_after = Pt(2)
            ra = pa.add_run(k); ra.bold = True
            pb = b.paragraphs[0]; pb.paragraph_format.space_after = Pt(2)
            for li, ln in enumerate(v.split('\n')):
                if li:
                    pb.add_run().add_break()
                R._emit(pb, ln, {'unit': 'text', 'locator': plain(v)}, size=size)
        q = R.p('', after=8, size=4)
        _pborder(q, 'bottom', sz=4, space=2)
        return
    raise ValueError(order)


def sign_firmaperu(R, name, post, when, inst=None, ruc='20131370998', close='Atentamente,', before=8):
    """blind-v29: the closing, then a small round seal image at the left and, beside it, the text block of a FirmaPerú
    signature ('Firmado digitalmente por:', the name with FAU and the RUC, 'Motivo:', 'Fecha:')."""
    from docx.shared import Cm, Pt
    R.p(close, after=0, before=6)
    R.p('', after=0, before=before, size=4)
    t = R.doc.add_table(rows=1, cols=2)
    t.autofit = False
    a, b = t.rows[0].cells
    a.width = Cm(2.2); b.width = Cm(8.0)
    a.paragraphs[0].add_run().add_picture(logo_png('fp29', 'FP', shape='circle', color=(160, 30, 30)), width=Cm(1.7))
    for i, ln in enumerate(('Firmado digitalmente por:', '%s FAU %s soft' % (name.upper(), ruc), 'Motivo: Soy el autor del documento',
                            'Fecha: ' + when)):
        q = b.paragraphs[0] if i == 0 else b.add_paragraph()
        q.paragraph_format.space_after = Pt(0)
        r = q.add_run(ln); r.font.size = Pt(7); r.bold = i == 1
    R.p(name, bold=True, after=0, before=4)
    R.p(post + ((' – ' + inst) if inst else ''), after=0, size=R.size - 1)


def sign_twocol(R, name, post, inst=None, close='Atentamente,', left_extra=(), before=30):
    """blind-v29: a borderless two-column block: the closing (and copy lines) in the left column, the signature line, name
    and post in the right column."""
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    R.p('', after=0, before=4, size=4)
    t = R.doc.add_table(rows=1, cols=2)
    t.autofit = False
    a, b = t.rows[0].cells
    a.width = Cm(7.5); b.width = Cm(8.7)
    q = a.paragraphs[0]; r = q.add_run(close)
    for ln in left_extra:
        q2 = a.add_paragraph(); q2.paragraph_format.space_before = Pt(18)
        r2 = q2.add_run(ln); r2.font.size = Pt(7.5)
    qs = b.paragraphs[0]; qs.paragraph_format.space_before = Pt(before)
    qs.alignment = WD_ALIGN_PARAGRAPH.CENTER
    qs.add_run('_' * 34)
    for i, ln in enumerate([name, post] + ([inst] if inst else [])):
        q3 = b.add_paragraph(); q3.alignment = WD_ALIGN_PARAGRAPH.CENTER
        q3.paragraph_format.space_after = Pt(0)
        r3 = q3.add_run(ln); r3.bold = i == 0; r3.font.size = Pt(R.size - (0 if i == 0 else 1))


def sign_right_title(R, name, post, inst=None, close='Atentamente,', before=34, copies=None):
    """blind-v29: the closing at the left, the signer at the right margin (title and name, the post in italics, the
    institution in small capitals) and an optional 'C.c.:' line at the foot."""
    from docx.shared import Pt
    R.p(close, after=0, before=6)
    R.p(name, bold=True, align='r', after=0, before=before)
    R.p(post, italic=True, align='r', after=0, size=R.size - 1)
    if inst:
        q = R.p(inst, align='r', after=0, size=R.size - 1.5)
        for r in q.runs:
            r.font.small_caps = True
    if copies:
        R.p('C.c.: ' + copies, size=7, before=14, after=0)


def sign_en29(R, name, post, inst=None, close='Sincerely,', before=26):
    R.p(close, after=0, before=6)
    q = R.p('', after=0, before=before, size=4)
    R.p(name, bold=True, after=0)
    _pborder(R.doc.paragraphs[-1], 'top', sz=4, space=2)
    R.p(post, after=0, size=R.size - 1)
    if inst:
        R.p(inst, after=0, size=R.size - 1)


def booktabs(t, head_rows=1):
    """blind-v29: three rules: a thick one above the header, a thin one under it and a thick one under the last row; no
    vertical lines."""
    from lib import set_cell_border
    nrow = len(t.rows)
    for i, row in enumerate(t.rows):
        for c in row.cells:
            kw = {'left': 'nil', 'right': 'nil', 'top': 'nil', 'bottom': 'nil'}
            if i == 0:
                kw['top'] = 'single:14'
            if i == head_rows - 1:
                kw['bottom'] = 'single:4'
            if i == nrow - 1:
                kw['bottom'] = 'single:14'
            set_cell_border(c, **kw)


def hgrid(t, head_rows=1):
    """blind-v29: a thin horizontal line under every row and above the first, no vertical line at all."""
    from lib import set_cell_border
    for i, row in enumerate(t.rows):
        for c in row.cells:
            set_cell_border(c, left='nil', right='nil', top='single:4' if i == 0 else 'nil', bottom='single:4')


def topbottom(t, head_rows=1):
    """blind-v29: only a line above the whole table and one under it."""
    from lib import set_cell_border
    nrow = len(t.rows)
    for i, row in enumerate(t.rows):
        for c in row.cells:
            set_cell_border(c, left='nil', right='nil', top='single:8' if i == 0 else 'nil', bottom='single:8' if i == nrow - 1 else 'nil')


def dashed_rows(t, head_rows=1):
    """blind-v29: a solid outer frame, no inner vertical lines, dashed lines between the body rows, a solid line under the
    header."""
    from lib import set_cell_border
    nrow, ncol = len(t.rows), len(t.columns)
    for i, row in enumerate(t.rows):
        for j, c in enumerate(row.cells):
            set_cell_border(c, left='single:8' if j == 0 else 'nil', right='single:8' if j == ncol - 1 else 'nil',
                            top='single:8' if i == 0 else 'nil',
                            bottom='single:8' if (i == nrow - 1 or i == head_rows - 1) else 'dashed:4')


def style29(t, style, head_rows=1):
    {'booktabs': booktabs, 'hgrid': hgrid, 'topbottom': topbottom, 'dashed': dashed_rows}.get(style, lambda *a: None)(t, head_rows)
    return t


def tab29(R, head, rows, style=None, merges=(), colnames=None, bold_last=False, **kw):
    """blind-v29: R.table() with the rulings of this set (booktabs, hgrid, topbottom, dashed, none = no line at all, grid);
    column names joined over the header rows (hnames), so a header wrapped over two lines or merged over columns gives one
    name."""
    names = colnames or hnames(head, merges)
    ruled = 'none' if style in ('none', 'booktabs', 'hgrid', 'topbottom') else 'grid'
    hs = kw.pop('head_shade', 'E8E8E8' if style in ('dashed', 'grid', None) else None)
    bold = kw.pop('bold_rows', (len(rows) - 1,) if bold_last else ())
    t = R.table(head, rows, merges=merges, colnames=names, ruled=ruled, bold_rows=bold, head_shade=hs, **kw)
    if style not in ('none', 'grid', None):
        style29(t, style, len(head))
    return t


SIAF29_COLS = ['PIA', 'PIM', 'Certificación', 'Compromiso anual', 'Devengado', 'Girado']
SIAF29_ROLES = ['a', 'a', 'c', 'c', 'e', 'e']


def siaf29(R, data, year, st='us', dec=2, scale=1, unit='column', caption=None, style='grid', widths=None, size=7,
           head=None, merges=(), colnames=None, total_label='TOTAL', pct_dec=1, pct_suf='', code=True, note=None, cur='PEN',
           avance=True, cols=6, year_cols=None):
    """blind-v29: a SIAF-style execution annex: one row per genérica de gasto or fuente de financiamiento, bare number cells
    (the unit given by the caption, the page title or the column header), a total row and an 'Avance %' column
    (devengado / PIM). data: [(code, label, [pia, pim, cert, comp, dev, gir])] in the printed unit; scale multiplies the
    printed number into the gold value (1000 for 'miles de soles'). cols=4 keeps PIA, PIM, Certificación and Devengado."""
    keep = list(range(6)) if cols == 6 else [0, 1, 2, 4]
    hc = ['PIA', 'PIM', 'Certificación', 'Compromiso\nanual', 'Devengado', 'Girado']
    head = head or [(['Cód.'] if code else []) + ['Genérica de gasto'] + [hc[k] for k in keep] + (['Avance\n%'] if avance else [])]
    if widths is None and cols == 6 and code:
        widths = (0.8, 3.3, 1.8, 1.8, 1.8, 1.8, 1.8, 1.8, 1.3)
    names = colnames or hnames(head, merges)
    rows = []
    tot = [0.0] * 6
    for cd, lab, vals in data:
        r = ([cd] if code else []) + [lab]
        for k in keep:
            tot[k] += vals[k]
            r.append(Mf(vals[k], st, dec, scale=scale, y=year, r=SIAF29_ROLES[k], cur=cur))
        if avance:
            av = round(vals[4] / vals[1] * 100, pct_dec) if vals[1] else 0.0
            r.append(Pf(av, pct_dec, st if st in ('us', 'eu', 'sp') else 'us', suf=pct_suf, y=year, u='column'))
        rows.append(r)
    r = ([''] if code else []) + [total_label]
    for k in keep:
        r.append(Mf(round(tot[k], dec), st, dec, scale=scale, y=year, r=SIAF29_ROLES[k], cur=cur))
    if avance:
        r.append(Pf(round(tot[4] / tot[1] * 100, pct_dec), pct_dec, st if st in ('us', 'eu', 'sp') else 'us', suf=pct_suf, y=year, u='column'))
    rows.append(r)
    tab29(R, head, rows, style=style, merges=merges, colnames=names, widths=widths, size=size, row_label_col=1 if code else 0,
          unit=unit, caption=caption, bold_last=True, note=note)
    return tot


def page_title29(R, lines, size=10, after=6):
    """blind-v29: a title block at the top of an annex page (centred, bold first line), where the unit may be stated once."""
    for i, ln in enumerate(lines):
        R.p(ln, align='c', bold=(i == 0), size=size - (0 if i == 0 else 1), after=after if i == len(lines) - 1 else 0)


def Mus(v, pre='S/ ', dec=2, **kw):
    """blind-v29: 'S/ 12,450.00' (comma thousands, point decimals)."""
    return M(pre + fmt(v, 'us', dec), round(v, 2), **kw)


def Mmilw(v, pre='S/ ', **kw):
    """blind-v29: thousands with the word 'mil': 'S/ 320 mil' (value 320 000); v is the whole amount."""
    return M('%s%d mil' % (pre, int(round(v / 1000))), float(round(v / 1000) * 1000), **kw)


def Mmilld(v, dec=2, pre='S/ ', **kw):
    """blind-v29: millions with a decimal point: 'S/ 2.35 millones' (value 2 350 000); v is the whole amount."""
    return M('%s%s millones' % (pre, fmt(v / 1e6, 'us', dec)), round(v, 2), **kw)


def Mspw(v, **kw):
    """blind-v29: a space between thousands, no decimals, the word after: '12 450 soles'."""
    return M(fmt(v, 'sp', 0) + ' soles', float(round(v)), **kw)


def Mwparen(v, **kw):
    """blind-v29: words first with cents, digits in brackets: 'doce mil cuatrocientos cincuenta con 00/100 soles (S/ 12 450,00)'."""
    return M('%s con %s soles (S/ %s)' % (words_es(int(v)), cents_words(v), fmt(v, 'sp', 2)), round(v, 2), **kw)


def Mdot0(v, pre='S/ ', **kw):
    """blind-v29: a point as thousands separator and no decimals: 'S/ 12.450'."""
    return M(pre + fmt(v, 'eu', 0), float(round(v)), **kw)


def Musd29(v, dec=2, **kw):
    """blind-v29: 'US$ 18,500.00'."""
    kw.setdefault('cur', 'USD')
    return M('US$ ' + fmt(v, 'us', dec), round(v, 2), **kw)


def Cparen(n, what, fem=False, **kw):
    """blind-v29: words then the digits in brackets: 'doscientas diez (210)'."""
    w = num_words(n)
    if fem:
        w = w.replace('ientos', 'ientas')
        if w == 'uno':
            w = 'una'
        if w.endswith(' uno'):
            w = w[:-3] + 'una'
        w = w.replace('veintiuno', 'veintiuna')
    return C('%s (%d)' % (w, n), n, what, **kw)


def Pnosp(v, dec=1, **kw):
    """blind-v29: a decimal comma and the sign glued: '82,4%'."""
    return P(fmt(v, 'eu', dec) + '%', v, **kw)


def Pussp(v, dec=1, **kw):
    """blind-v29: a decimal point and a space before the sign: '12.5 %'."""
    return P(fmt(v, 'us', dec) + ' %', v, **kw)


def Ppor(v, dec=0, **kw):
    """blind-v29: '45 por ciento' or '12,5 por ciento'."""
    return P(fmt(v, 'eu', dec) + ' por ciento', v, **kw)


# blind-v29: the invented requesters (cited as written in each reply)
RQ_A = ['Señor', 'LUIS ALBERTO QUISPE MAMANI', 'Tesista de la Maestría en Políticas Públicas', 'Jr. Moquegua 512, Dpto. 3', 'Juliaca.-']
RQ_B = ['Señora', 'ROSA ELENA VARGAS TICONA', 'Presidenta de la Asociación Mujeres Lideresas del Altiplano', 'Av. El Sol 1045', 'Puno.-']
RQ_C = ['Señor', 'MARCO ANTONIO DELGADO SUÁREZ', 'Observatorio Ciudadano Frontera Norte', 'Calle Bolognesi 221', 'Tumbes.-']
RQ_EN = ['Ms. HELEN MARSH', 'Research Fellow, Centre for Migration Studies', 'hmarsh.research@example.org']


def lettered(R, items, size=None, hang=0.7, indent=0.0, close=')'):
    """blind-v29: paragraphs lettered by hand 'a)', 'b)', ... with a hanging indent."""
    for i, t in enumerate(items):
        R.p('%s%s\t%s' % ('abcdefghij'[i], close, t), align='j', size=size, indent=indent + hang, first=-hang, after=4)
