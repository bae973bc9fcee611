"""Print the counts of blind-v18 (for the README). usage: python counts.py SET_DIR [--photo-detail]"""
import os, sys, json
from collections import Counter

SET = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith('--') else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DETAIL = '--photo-detail' in sys.argv
G = [json.loads(l) for l in open(os.path.join(SET, 'gold.jsonl'), encoding='utf-8')]


def show(title, c):
    print('**%s**: ' % title + ', '.join('%s %d' % (k, v) for k, v in sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0])))))
    print()


print('replies %d, pages %d, figures %d\n' % (len(G), sum(g['pages'] for g in G), sum(len(g['figures']) for g in G)))
show('status', Counter(g['status'] for g in G))
show('missing_kind', Counter(g['missing_kind'] for g in G if g['missing_kind']))
show('axes (multi-label)', Counter(a for g in G for a in g['axes']))
show('replies with no axis', Counter('none' for g in G if not g['axes']))
show('language', Counter(g['language'] for g in G))
show('on_topic', Counter(str(g['on_topic']) for g in G))
show('sender kind', Counter(g['sender']['kind'] for g in G))
show('period stated', Counter(str(g['period_stated']) for g in G))
show('reference null', Counter(str(g['reference'] is None) for g in G))
show('letter_date null', Counter(str(g['letter_date'] is None) for g in G))
show('source format', Counter(g['source_format'] for g in G))
show('pages per reply', Counter(g['pages'] for g in G))
show('figures by kind', Counter(f['kind'] for g in G for f in g['figures']))
show('figures by unit_source', Counter(f['unit_source'] for g in G for f in g['figures']))
show('money by role', Counter(str(f['role']) for g in G for f in g['figures'] if f['kind'] == 'money'))
show('money by currency', Counter(f['currency'] for g in G for f in g['figures'] if f['kind'] == 'money'))
show('figures in tables / prose', Counter('table' if f['row'] is not None else 'prose' for g in G for f in g['figures']))
show('figures with year', Counter(str(f['year'] is not None) for g in G for f in g['figures']))
show('variants', Counter(k for g in G for k in g['files'] if k != 'native_pdf_rendering'))
show('native kept as office file', Counter(os.path.splitext(g['files']['native'])[1] for g in G))
show('scan turns', Counter(g.get('scan_turn') for g in G if 'scanned' in g['files']))
show('scan grey paper', Counter(str(g.get('scan_grey_paper')) for g in G if 'scanned' in g['files']))
show('scan skew > 2 degrees', Counter(str(abs(g.get('scan_rotation', 0)) > 2) for g in G if 'scanned' in g['files']))
show('scan dpi', Counter(g.get('scan_dpi') for g in G if 'scanned' in g['files']))
show('scan fax (1-bit, 200 dpi)', Counter(str(g.get('scan_fax')) for g in G if 'scanned' in g['files']))
show('scan effects (blind-v18 uses the three added in blind-v18; a scan may have none or one)', Counter((e.split('_')[0] + '_' + e.split('_')[1]) if e.startswith(('lid_shadow', 'torn_corner')) else e
                                                            for g in G for e in (g.get('scan_effects') or ['none']) if 'scanned' in g['files']))
show('scan torn corner (added in blind-v18; which corner)', Counter(e[len('torn_corner_'):] for g in G for e in (g.get('scan_effects') or []) if e.startswith('torn_corner')))
show('photo folded in three (added in blind-v15)', Counter(str(g.get('photo_folds')) for g in G if 'photo' in g['files']))
show('photo object beside the text (added in blind-v15)', Counter(g.get('photo_object') for g in G if 'photo' in g['files']))
show('photo binder clip on the top edge (added in blind-v16)', Counter(str(g.get('photo_clip')) for g in G if 'photo' in g['files']))
show('photo sent through a messaging app (added in blind-v16)', Counter(str(g.get('photo_messenger')) for g in G if 'photo' in g['files']))
show('photo lying on a pile of other sheets (added in blind-v17; number of sheets below)', Counter(g.get('photo_stack') for g in G if 'photo' in g['files']))
show('photo lit by a desk lamp to one side (added in blind-v17)', Counter(str(g.get('photo_desk_lamp')) for g in G if 'photo' in g['files']))
show('photo of a computer screen showing the page in a PDF viewer (added in blind-v18)', Counter(str(g.get('photo_screen')) for g in G if 'photo' in g['files']))
show('photo with the shadow of a second hand over the sheet (added in blind-v18; side it comes from)', Counter(str(g.get('photo_hand_shadow')) for g in G if 'photo' in g['files']))
if DETAIL:   # photo conditions per reply are in gold.jsonl; the README describes them in one sentence only
    show('photo sideways (page across the frame)', Counter(str(g.get('photo_sideways')) for g in G if 'photo' in g['files']))
    show('photo background', Counter(g.get('photo_background') for g in G if 'photo' in g['files']))
    show('photo light', Counter(g.get('photo_light') for g in G if 'photo' in g['files']))
    show('photo shadow', Counter(g.get('photo_shadow') for g in G if 'photo' in g['files']))
    show('photo hand holding the sheet', Counter(g.get('photo_hand') for g in G if 'photo' in g['files']))
    show('photo sheet edges cut by the frame', Counter(str(g.get('photo_crop_edges')) for g in G if 'photo' in g['files']))
    show('photo blur', Counter(g.get('photo_blur') for g in G if 'photo' in g['files']))
    show('photo page curl', Counter(str(bool(g.get('photo_curl_px'))) for g in G if 'photo' in g['files']))
    show('photo size (px)', Counter('x'.join(map(str, g.get('photo_size_px', []))) for g in G if 'photo' in g['files']))
    show('photo creased paper', Counter(str(g.get('photo_crumple')) for g in G if 'photo' in g['files']))
show('money by unit_source', Counter(f['unit_source'] for g in G for f in g['figures'] if f['kind'] == 'money'))
show('language x status', Counter('%s/%s' % (g['language'], g['status']) for g in G))
show('figures per status', Counter(g['status'] for g in G for f in g['figures']))
