"""Build blind-v29 (tools copied from blind-v28, which copied them from blind-v27, which copied them from blind-v26, which copied them from blind-v25, blind-v24, blind-v23, blind-v22, blind-v21 and blind-v20): write sources, render PDFs with LibreOffice, locate figure pages, write gold.jsonl.

usage: python build.py [OUT_DIR] [ids...]
"""
import os, sys, re, json, glob, shutil, subprocess, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib

OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/blind-v29-work/out'
ONLY = set(sys.argv[2:])
MODULES = ['letters_a', 'letters_b', 'letters_c', 'letters_d', 'letters_e']


def page_texts(pdf):
    n = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout).group(1))
    out = []
    for i in range(1, n + 1):
        t = subprocess.run(['pdftotext', '-layout', '-f', str(i), '-l', str(i), pdf, '-'], capture_output=True, text=True).stdout
        t2 = subprocess.run(['pdftotext', '-f', str(i), '-l', str(i), pdf, '-'], capture_output=True, text=True).stdout
        out.append((t, t2))
    return out


def fig_regex(text):
    parts = [re.escape(p) for p in text.split()]
    body = r'\s+'.join(parts)
    return re.compile(r'(?<![0-9A-Za-zÁÉÍÓÚáéíóúñÑ])' + body + r'(?![0-9]|[.,][0-9])')


def occurrences(text, ptext):
    rx = fig_regex(text)
    return max(len(rx.findall(ptext[0])), len(rx.findall(ptext[1])))


def norm(s):
    return ' '.join(s.split())


def in_context(f, pt):
    """True when the figure appears on this page next to its own context (row label on the same line, or
    the words just before it in its sentence)."""
    rx = fig_regex(f['text'])
    if f['row'] is not None:
        lab = norm(f['row'])[:14]
        return any(lab in norm(ln) and rx.search(ln) for ln in pt[0].splitlines())
    loc = f.get('_ctx') or ''
    loc = norm(loc)
    i = loc.find(norm(f['text']))
    if i < 0:
        return False
    before = loc[max(0, i - 22):i].strip()
    after = loc[i + len(norm(f['text'])): i + len(norm(f['text'])) + 12].strip()
    hay = norm(pt[1])
    return (norm(before + ' ' + f['text']) in hay) if before else (norm(f['text'] + ' ' + after) in hay)


def assign_pages(reply, pages):
    cur = 1
    used = {}
    warn = []
    for f in reply.figs:
        cands = [i + 1 for i, pt in enumerate(pages) if occurrences(f['text'], pt)]
        if len(cands) > 1:
            narrowed = [c for c in cands if in_context(f, pages[c - 1])]
            if narrowed:
                cands = narrowed
        if not cands:
            warn.append('NOT FOUND: %r' % f['text'])
            f['page'] = None
            continue
        chosen = None
        for pg in cands:
            if pg < cur:
                continue
            n = occurrences(f['text'], pages[pg - 1])
            if used.get((pg, f['text']), 0) < n:
                chosen = pg
                break
        if chosen is None:
            chosen = [c for c in cands if c >= cur][-1] if any(c >= cur for c in cands) else cands[-1]
            warn.append('reused page %d for %r (cands %s)' % (chosen, f['text'], cands))
        used[(chosen, f['text'])] = used.get((chosen, f['text']), 0) + 1
        if len(cands) > 1:
            warn.append('multi-page text %r -> %d (cands %s)' % (f['text'], chosen, cands))
        f['page'] = chosen
        cur = chosen
    return warn


def main():
    for m in MODULES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError:
            continue
        for name in sorted(n for n in dir(mod) if re.fullmatch(r's\d\d\d', n)):
            if ONLY and name not in ONLY:
                continue
            getattr(mod, name)()
    for d in ('native', 'source'):
        os.makedirs(os.path.join(OUT, d), exist_ok=True)
    tmp = os.path.join(lib.WORK, 'render')
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    srcs = []
    for r in lib.REGISTRY:
        p = r.save()
        if r.fmt == 'odt':
            subprocess.run(['soffice', '--headless', '--convert-to', 'odt', '--outdir', os.path.join(OUT, 'source'), p],
                           check=True, capture_output=True)
            r.src = os.path.join(OUT, 'source', r.id + '.odt')
        else:
            r.src = os.path.join(OUT, 'source', os.path.basename(p))
            shutil.copy(p, r.src)
        srcs.append(r.src)
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', tmp] + srcs, check=True, capture_output=True)
    lines = []
    problems = 0
    for r in lib.REGISTRY:
        pdf = os.path.join(tmp, r.id + '.pdf')
        files = {'source': os.path.relpath(r.src, OUT)}
        if r.keep_native:
            nat = os.path.join(OUT, 'native', os.path.basename(r.src))
            shutil.copy(r.src, nat)
            os.makedirs(os.path.join(OUT, 'native', 'pdf-rendering'), exist_ok=True)
            shutil.copy(pdf, os.path.join(OUT, 'native', 'pdf-rendering', r.id + '.pdf'))
            files['native'] = os.path.relpath(nat, OUT)
            files['native_pdf_rendering'] = 'native/pdf-rendering/%s.pdf' % r.id
        else:
            shutil.copy(pdf, os.path.join(OUT, 'native', r.id + '.pdf'))
            files['native'] = 'native/%s.pdf' % r.id
        pages = page_texts(pdf)
        warn = assign_pages(r, pages)
        for w in warn:
            print(r.id, w)
            if w.startswith('NOT FOUND'):
                problems += 1
        g = {'id': r.id, 'files': files}
        g.update(r.gold)
        g['pages'] = len(pages)
        g['figures'] = [{k: f[k] for k in ('kind', 'value', 'currency', 'what', 'year', 'role', 'page', 'text', 'row', 'column', 'unit_source')} for f in r.figs]
        g['_meta'] = {'photo': r.photo, 'scan_turn': r.scan_turn, 'fmt': r.fmt}
        lines.append(g)
    with open(os.path.join(OUT, 'gold.build.jsonl'), 'w') as fh:
        for g in sorted(lines, key=lambda x: x['id']):
            fh.write(json.dumps(g, ensure_ascii=False) + '\n')
    print('replies', len(lines), 'figures', sum(len(g['figures']) for g in lines), 'not-found', problems)


if __name__ == '__main__':
    main()
