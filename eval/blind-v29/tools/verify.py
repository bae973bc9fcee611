"""Check blind-v29 gold.jsonl (checker copied from blind-v28, which copied it from blind-v27, which copied it from blind-v26, which copied it from blind-v25 and blind-v24) against its files. usage: python verify.py SET_DIR   (exit 1 on any problem)

Checks: schema and enums; ids sorted and unique; files exist; `pages` equals the PDF's page count
(native rendering and scan); every figure's text is on its page (pdftotext -layout or raw, whitespace-
flexible, digit-bounded); the number written in the text agrees with `value` (x1000 allowed when the
unit is "miles" in caption/page, or "miles" or "(000)" in the column header for a table figure whose unit_source is column); money has a currency, counts a `what`; status/missing_kind consistent.
"""
import os, re, sys, json, subprocess

SET = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {'money', 'count', 'percent'}
STATUS = {'answered', 'out_of_period', 'missing'}
MK = {'no_information', 'not_competent_referred', 'not_competent', 'acknowledgment', 'clarification', 'denied_exception', 'off_topic', 'no_reply'}
AXES = {'governance', 'prevention', 'protection', 'prosecution'}
SK = {'ministry', 'autonomous', 'police', 'regional_government', 'provincial_municipality', 'district_municipality', 'other', 'foreign'}
US = {'cell', 'column', 'caption', 'page', 'text'}
ROLES = {None, 'allocated', 'committed', 'executed'}
ISO = re.compile(r'^\d{4}-\d{2}-\d{2}$')
WORDS = {'una': 1, 'uno': 1, 'dos': 2, 'tres': 3, 'cuatro': 4, 'siete': 7, 'ocho': 8, 'nueve': 9, 'doce': 12, 'quince': 15,
         'veintiocho': 28, 'veintitrés': 23, 'dieciséis': 16, 'three': 3, 'catorce': 14,
         'cinco': 5, 'seis': 6, 'cero': 0, 'twenty-two': 22, 'seven': 7, 'once': 11,
         'veintisiete': 27}


def npages(pdf):
    out = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout
    return int(re.search(r'Pages:\s+(\d+)', out).group(1))


def page_text(pdf, p):
    a = subprocess.run(['pdftotext', '-layout', '-f', str(p), '-l', str(p), pdf, '-'], capture_output=True, text=True).stdout
    b = subprocess.run(['pdftotext', '-f', str(p), '-l', str(p), pdf, '-'], capture_output=True, text=True).stdout
    return a, b


def found(text, pt):
    body = r'\s+'.join(re.escape(x) for x in text.split())
    rx = re.compile(r'(?<![0-9A-Za-zÁÉÍÓÚáéíóúñÑ])' + body + r'(?![0-9]|[.,][0-9])')
    return bool(rx.search(pt[0]) or rx.search(pt[1]))


FULL_WORDS = {'tres millones cuatrocientos mil y 00/100 soles': 3400000.0, 'trescientos veinte mil y 00/100 soles': 320000.0,
              # blind-v14
              'ciento veinte mil y 00/100 soles': 120000.0, 'noventa y ocho mil cuatrocientos treinta y 00/100 soles': 98430.0}


_U17 = ['', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce',
        'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte', 'veintiuno', 'veintidós', 'veintitrés',
        'veinticuatro', 'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve']
_T17 = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa']
for _n in range(1, 100):                                  # blind-v17: Spanish words of 1-99 for counts written in words alone
    _w = _U17[_n] if _n < 30 else _T17[_n // 10] + (' y ' + _U17[_n % 10] if _n % 10 else '')
    WORDS.setdefault(_w, _n)
WORDS.update({'una': 1, 'veintiuna': 21, 'one': 1, 'two': 2, 'four': 4, 'five': 5, 'six': 6, 'eight': 8, 'nine': 9, 'ten': 10,
              'eleven': 11, 'twelve': 12})


_ES18 = {'un': 1, 'uno': 1, 'una': 1, 'dos': 2, 'tres': 3, 'cuatro': 4, 'cinco': 5, 'seis': 6, 'siete': 7, 'ocho': 8,
         'nueve': 9, 'diez': 10, 'once': 11, 'doce': 12, 'trece': 13, 'catorce': 14, 'quince': 15, 'dieciséis': 16,
         'diecisiete': 17, 'dieciocho': 18, 'diecinueve': 19, 'veinte': 20, 'veintiún': 21, 'veintiuno': 21, 'veintiuna': 21,
         'veintidós': 22, 'veintitrés': 23, 'veinticuatro': 24, 'veinticinco': 25, 'veintiséis': 26, 'veintisiete': 27,
         'veintiocho': 28, 'veintinueve': 29, 'treinta': 30, 'cuarenta': 40, 'cincuenta': 50, 'sesenta': 60, 'setenta': 70,
         'ochenta': 80, 'noventa': 90, 'cien': 100, 'ciento': 100, 'doscientos': 200, 'trescientos': 300,
         'cuatrocientos': 400, 'quinientos': 500, 'seiscientos': 600, 'setecientos': 700, 'ochocientos': 800,
         'novecientos': 900, 'doscientas': 200, 'trescientas': 300, 'cuatrocientas': 400, 'quinientas': 500}


def es_words(text):
    """blind-v18: the value of an amount or count written in Spanish words alone ("noventa y seis mil cuatrocientos
    y 00/100 soles", "cincuenta por ciento", "mil doscientas"); None when the text does not start with number words."""
    toks = text.lower().replace(',', ' ').split()
    total, cur, seen = 0, 0, False
    for i, w in enumerate(toks):
        if w in _ES18:
            cur += _ES18[w]; seen = True
        elif w == 'y' and seen and i + 1 < len(toks) and toks[i + 1] in _ES18:
            continue
        elif w == 'mil' and (seen or i == 0):
            total += (cur or 1) * 1000; cur = 0; seen = True
        elif w in ('millón', 'millones') and seen:
            total = (total + cur) * 1000000; cur = 0
        else:
            break
    if not seen:
        return None
    v = total + cur
    m = __import__('re').search(r'\by\s+(\d\d)/100', text, __import__('re').I)
    if m:
        v += int(m.group(1)) / 100.0
    return float(v)


def parse_number(text):
    """Number written in a figure's text (None if only words)."""
    if text in FULL_WORDS:
        return FULL_WORDS[text]
    m24 = re.fullmatch(r'(?:S/\.?|US\$)\s*(\d+)k', text.strip())                                # blind-v24: "S/ 45k" (thousands)
    if m24:
        return float(m24.group(1)) * 1000
    m24 = {'una docena': 12.0, 'dos docenas': 24.0, 'tres docenas': 36.0}.get(text.strip().lower())   # blind-v24: dozens
    if m24:
        return m24
    m25 = re.fullmatch(r'(\d[\d.,]*)\s+miles\s+de\s+soles', text.strip())                    # blind-v25: "345,6 miles de soles" (thousands)
    if m25:
        n25 = m25.group(1)
        return float(n25.replace('.', '').replace(',', '.') if ',' in n25 else n25.replace(',', '')) * 1000
    m25 = {'media docena': 6.0, 'docena y media': 18.0}.get(text.strip().lower())                # blind-v25: half dozens
    if m25:
        return m25
    m23 = re.fullmatch(r'(?:S/\.?|US\$|\$)\s*(\d{1,3})\s+mil\s+(\d{1,3})', text.strip())       # blind-v23: "S/ 45 mil 300"
    if m23:
        return float(m23.group(1)) * 1000 + float(m23.group(2))
    m23 = re.fullmatch(r'(?:S/\.?|US\$|\$)\s*(\d[\d.,]*)M', text.strip())                       # blind-v23: "S/ 1.2M" (millions)
    if m23:
        n23 = m23.group(1)
        return float(n23.replace(',', '.') if n23.count(',') == 1 and '.' not in n23 else n23.replace(',', '')) * 1e6
    m23 = re.fullmatch(r'(?:S/\.?)\s*(\d[\d ]*?)\s+y\s+(\d\d)/100', text.strip())                # blind-v23: "S/ 12 450 y 50/100"
    if m23:
        return float(m23.group(1).replace(' ', '')) + int(m23.group(2)) / 100.0
    if not re.search(r'\d', text.split('/100')[0].replace('/100', '')) or re.fullmatch(r'[^\d(]+ y \d\d/100 [^\d]*', text, re.I):
        w18 = es_words(text)                                   # blind-v18: amounts and percents in words alone
        if w18 is not None and text.lower() not in WORDS:
            return w18
    if re.search(r'\bMM\b', text):                             # blind-v18: "S/ 1.25 MM" (MM = millones)
        t18 = re.search(r'\d[\d.,]*', text).group(0)
        return float(t18.replace(',', '.') if t18.count(',') == 1 and '.' not in t18 else t18.replace(',', '')) * 1e6
    m19 = re.fullmatch(r'(?:S/|US\$|USD)\s*(\d[\d.,]*)\s*(K|mill\.)', text.strip())   # blind-v19: "S/ 320K", "S/ 1,2 mill."
    if m19:
        n19 = m19.group(1)
        n19 = float(n19.replace('.', '').replace(',', '.') if ',' in n19 else n19.replace(',', ''))
        return n19 * (1e3 if m19.group(2) == 'K' else 1e6)
    if re.fullmatch(r'S/\s*\d[\d ]*,-', text.strip()):                                  # blind-v19: "S/ 45 300,-"
        return float(re.sub(r'\D', '', text))
    m20 = re.fullmatch(r'(?:S/\.?|US\$)\s*(\d+)\s+(?:millones|millón)\s+(\d+)\s+mil', text.strip())   # blind-v20: "S/ 2 millones 350 mil"
    if m20:
        return float(m20.group(1)) * 1e6 + float(m20.group(2)) * 1e3
    if re.fullmatch(r'S/\.?\s*\d[\d,]*\.oo', text.strip()):                              # blind-v20: "S/. 45,300.oo"
        return float(re.sub(r'[^\d]', '', text.strip()[:-3]))
    text = text.replace('nuevos soles', '').replace('€', '')     # blind-v18: "45,300.00 nuevos soles", "€ 95.000"
    if re.search(r'\d\.-$', text.strip()):                       # blind-v18: whole amount typed "S/ 12,450.-"
        text = text.strip()[:-2]
    if text.lower() in WORDS:
        return WORDS[text.lower()]
    t = text.replace("'", '').replace('\u2019', '')           # blind-v17: apostrophe millions separator "1'284,500.00"
    t = t.replace('\u00b4', '')                                 # blind-v21: acute accent millions separator "2´150,000.00"
    t = t.replace('US$', '').replace('S/.', '').replace('S/', '').replace('£', '').replace('%', '')
    for cur in ('EUR', 'CAD', 'KRW', 'PEN', 'USD', 'CLP'):                 # blind-v22: Chilean pesos 'CLP 3.250.000'
        t = t.replace(cur, '')
    bracket_neg = bool(re.fullmatch(r'\s*\(\s*\d[\d\s.,]*\)\s*', t))   # blind-v15: accounting negative "(12,500.00)"
    if not bracket_neg and re.match(r'\s*[-−]?\s*\d', t) and '(' in t:   # blind-v17: digits first, words in brackets after
        t = t[:t.index('(')]                                   # ("S/ 245 000,00 (doscientos ... con 00/100 soles)", "45 (cuarenta y cinco)")
    m = re.search(r'\(([^)]*\d[^)]*)\)', t)           # "doce (12)" / "ciento veinte mil soles (S/ 120 000)"
    if m:
        t = m.group(1)
    mult = 1e6 if ('millones' in t or 'million' in t or 'millón' in t) else (1e3 if re.search(r'\bmil\b', t) else 1)
    t = t.replace('millones', '').replace('million', '').replace('millón', '')
    m = re.search(r'\d[\d\s.,]*', t)
    if not m:
        low = text.lower().split()[0] if text.split() else ''
        return WORDS.get(low.strip(',.'))
    neg = bool(re.search(r'[-−]\s*$', t[:m.start()])) or bracket_neg
    s = m.group(0).strip()
    s = re.sub(r'\s+', '', s)
    if ',' in s and '.' in s:
        if s.rfind(',') > s.rfind('.'):
            s = s.replace('.', '').replace(',', '.')
        else:
            s = s.replace(',', '')
    elif ',' in s:
        parts = s.split(',')
        if len(parts) == 2 and len(parts[1]) != 3:
            s = s.replace(',', '.')
        else:
            s = s.replace(',', '')
    elif '.' in s:
        parts = s.split('.')
        if len(parts) > 2 or (len(parts) == 2 and len(parts[1]) == 3 and mult == 1):
            s = s.replace('.', '')
    return (-1 if neg else 1) * float(s) * mult


def main():
    problems = []
    def bad(id_, msg):
        problems.append('%s: %s' % (id_, msg))
    lines = [json.loads(l) for l in open(os.path.join(SET, 'gold.jsonl'), encoding='utf-8')]
    ids = [g['id'] for g in lines]
    if ids != sorted(ids) or len(set(ids)) != len(ids):
        bad('-', 'ids not sorted/unique')
    nfig = 0
    for g in lines:
        id_ = g['id']
        for k in ('id', 'files', 'layout', 'language', 'on_topic', 'status', 'missing_kind', 'axes', 'period_start', 'period_end',
                  'period_stated', 'sender', 'reference', 'cited_references', 'letter_date', 'figures', 'pages'):
            if k not in g:
                bad(id_, 'missing field ' + k)
        if g['status'] not in STATUS:
            bad(id_, 'status')
        if (g['status'] == 'missing') != (g['missing_kind'] is not None) or (g['missing_kind'] and g['missing_kind'] not in MK):
            bad(id_, 'missing_kind')
        if (g['missing_kind'] == 'off_topic') != (g['on_topic'] is False):
            bad(id_, 'off_topic vs on_topic')
        if g['missing_kind'] == 'off_topic' and g['axes']:
            bad(id_, 'off_topic with axes')
        if not set(g['axes']) <= AXES:
            bad(id_, 'axes')
        if g['language'] not in ('es', 'en'):
            bad(id_, 'language')
        for k in ('period_start', 'period_end', 'letter_date'):
            if g[k] is not None and not ISO.match(g[k]):
                bad(id_, k)
        if g['period_stated'] != (g['period_start'] is not None):
            bad(id_, 'period_stated vs period_start')
        s = g['sender']
        if not s.get('name') or s.get('kind') not in SK or 'acronym' not in s:
            bad(id_, 'sender')
        for v, path in g['files'].items():
            if not os.path.exists(os.path.join(SET, path)):
                bad(id_, 'file missing ' + path)
        pdf = os.path.join(SET, g['files'].get('native_pdf_rendering', g['files']['native']))
        if not pdf.endswith('.pdf'):
            bad(id_, 'no pdf rendering')
            continue
        n = npages(pdf)
        if n != g['pages']:
            bad(id_, 'pages %d != %d' % (g['pages'], n))
        if 'scanned' in g['files'] and npages(os.path.join(SET, g['files']['scanned'])) != n:
            bad(id_, 'scan page count')
        if 'photo' in g['files'] and not os.path.getsize(os.path.join(SET, g['files']['photo'])) < 2_000_000:
            bad(id_, 'photo larger than 2 MB')
        if 'photo' in g['files'] and not (1 <= g.get('photo_page', 0) <= n):
            bad(id_, 'photo_page')
        texts = {p: page_text(pdf, p) for p in range(1, n + 1)}
        dehyph = {p: tuple(re.sub(r'-\s+', '-', x) for x in texts[p]) for p in texts}
        if g['reference'] and not any(found(g['reference'], dehyph[p]) or found(g['reference'], texts[p]) for p in texts):
            bad(id_, 'reference not in text: ' + g['reference'])
        for cr in g['cited_references']:
            if not any(found(cr, dehyph[p]) or found(cr, texts[p]) for p in texts):
                bad(id_, 'cited reference not in text: ' + cr)
        for f in g['figures']:
            nfig += 1
            if f['row'] is not None and 1 <= f['page'] <= n:     # a table figure sits on a printed line with its row label
                lab = ' '.join(f['row'].split())[:14]
                body = r'\s+'.join(re.escape(x) for x in f['text'].split())
                rx = re.compile(r'(?<![0-9A-Za-zÁÉÍÓÚáéíóúñÑ])' + body + r'(?![0-9]|[.,][0-9])')
                if not any(lab in ' '.join(ln.split()) and rx.search(ln) for ln in texts[f['page']][0].splitlines()):
                    bad(id_, 'table figure %r not on a line with its row label %r' % (f['text'], lab))
            if f['kind'] not in KINDS:
                bad(id_, 'kind')
            if not isinstance(f['value'], float):
                bad(id_, 'value type %r' % f['text'])
            if f['kind'] == 'money' and not f['currency']:
                bad(id_, 'money without currency ' + f['text'])
            if f['kind'] != 'money' and (f['currency'] or f['role']):
                bad(id_, 'currency/role on non-money ' + f['text'])
            if f['kind'] == 'count' and not f['what']:
                bad(id_, 'count without what ' + f['text'])
            if f['kind'] != 'count' and f['what']:
                bad(id_, 'what on non-count ' + f['text'])
            if f['role'] not in ROLES:
                bad(id_, 'role')
            if f['unit_source'] not in US:
                bad(id_, 'unit_source ' + str(f['unit_source']))
            if (f['row'] is None) != (f['column'] is None):
                bad(id_, 'row/column half-set ' + f['text'])
            if f['year'] is not None and not (2000 <= f['year'] <= 2030):
                bad(id_, 'year')
            if not (1 <= f['page'] <= n):
                bad(id_, 'page out of range ' + f['text'])
            elif not found(f['text'], texts[f['page']]):
                bad(id_, 'text %r not on page %d' % (f['text'], f['page']))
            pn = parse_number(f['text'])
            if f['kind'] == 'percent' and re.fullmatch(r'0[,.]\d+', f['text'].strip()):   # blind-v28: a share written as a fraction
                pn = float(f['text'].strip().replace(',', '.')) * 100                     # ("0,125" = 12.5 %): value in percent
            if pn is None:
                bad(id_, 'cannot read number in %r' % f['text'])
            elif abs(pn * 1e6 - f['value']) < 0.6 and abs(pn - f['value']) >= 0.006:
                if f['unit_source'] not in ('caption', 'page') and not (f['unit_source'] == 'column' and 'millones' in (f['column'] or '').lower()):
                    bad(id_, 'x1e6 value without caption/page unit ' + f['text'])
            elif not (abs(pn - f['value']) < 0.006 or abs(pn * 1000 - f['value']) < 0.6):
                bad(id_, 'value %r vs text %r (%r)' % (f['value'], f['text'], pn))
            elif abs(pn * 1000 - f['value']) < 0.6 and abs(pn - f['value']) >= 0.006 and f['unit_source'] not in ('caption', 'page') \
                    and not (f['unit_source'] == 'column' and ('miles' in (f['column'] or '').lower() or '(000)' in (f['column'] or ''))) \
                    and not (f['kind'] == 'count' and re.fullmatch(r'\d{1,3}(\.\d{3})+', re.search(r'\d[\d.]*\d|\d', f['text']).group(0))):
                bad(id_, 'x1000 value without caption/page unit ' + f['text'])
    N = len(lines)                                                       # blind-v29 (as blind-v28): about two thirds scanned, a bit over half photographed
    if not (0.62 * N <= sum('scanned' in g['files'] for g in lines) <= 0.71 * N and 0.50 * N < sum('photo' in g['files'] for g in lines) <= 0.62 * N):
        bad('-', 'variant counts out of the planned range (scans ~2/3, photos a bit over half)')
    if not (40 <= N <= 60) or ids != ['s%03d' % i for i in range(1, N + 1)]:
        bad('-', 'expected 40-60 consecutive replies s001-sNNN')
    total = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(SET) for f in fs)
    if total > 40 * 1024 * 1024:
        bad('-', 'set larger than 40 MB (%.1f MB)' % (total / 1048576))
    print('replies %d, figures %d, problems %d' % (len(lines), nfig, len(problems)))
    for p in problems:
        print('  ' + p)
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()
