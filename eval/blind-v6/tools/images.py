"""Make the scanned/ and photo/ variants from the rendered PDFs and finish gold.jsonl.

usage: python images.py OUT_DIR
Reads OUT_DIR/gold.build.jsonl, writes OUT_DIR/scanned/*.pdf, OUT_DIR/photo/*.jpg and OUT_DIR/gold.jsonl.
Deterministic: every random choice is seeded from the reply id.
"""
import os, sys, json, random, subprocess, tempfile, zlib
import numpy as np
import cv2
from PIL import Image
from multiprocessing import Pool

OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/blind-v6-work/out'
TURN = {'f607': 90, 'f623': 180}                     # whole-page turns of the scanned copy (clockwise)
SCAN_EXTRA = set()                                                  # replies with fewer than 2 figures that also get a scan


def rng_for(id_, salt):
    return random.Random(zlib.crc32((id_ + salt).encode()))


def pdf_of(g):
    return os.path.join(OUT, g['files'].get('native_pdf_rendering', g['files']['native']))


def render(pdf, page, dpi, gray):
    with tempfile.TemporaryDirectory() as td:
        args = ['pdftoppm', '-r', str(dpi), '-f', str(page), '-l', str(page), '-png']
        if gray:
            args.append('-gray')
        subprocess.run(args + [pdf, os.path.join(td, 'p')], check=True)
        f = [x for x in os.listdir(td)][0]
        im = cv2.imread(os.path.join(td, f), cv2.IMREAD_GRAYSCALE if gray else cv2.IMREAD_COLOR)
    return im


def jpeg_roundtrip(img, q):
    ok, buf = cv2.imencode('.jpg', img, [cv2.IMWRITE_JPEG_QUALITY, q])
    return cv2.imdecode(buf, cv2.IMREAD_UNCHANGED)


def make_scan(g):
    id_ = g['id']
    R = rng_for(id_, 'scan')
    dpi = R.choice([150, 160, 170, 180, 200])
    angle = round(R.uniform(0.3, 1.5) * R.choice([-1, 1]), 2)
    turn = TURN.get(id_, 0)
    pages = []
    for p in range(1, g['pages'] + 1):
        im = render(pdf_of(g), p, dpi, True).astype(np.float32)
        h, w = im.shape
        im = 255 - (255 - im) * R.uniform(0.82, 0.95)                       # ink not fully black
        im = im * R.uniform(0.90, 0.96)                                       # greyish paper
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        im = im * (1 - 0.05 * (xx / w) * R.uniform(0.3, 1.0))                # uneven scanner light
        M = cv2.getRotationMatrix2D((w / 2, h / 2), angle + R.uniform(-0.1, 0.1), 1.0)
        im = cv2.warpAffine(im, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=float(R.randint(200, 235)))
        im = cv2.GaussianBlur(im, (0, 0), R.uniform(0.5, 0.9))
        nrng = np.random.default_rng(zlib.crc32((id_ + str(p)).encode()))
        im = im + nrng.normal(0, R.uniform(3, 6), im.shape)
        specks = nrng.random(im.shape) < 0.0004
        im[specks] = R.randint(20, 90)
        im = np.clip(im, 0, 255).astype(np.uint8)
        im = jpeg_roundtrip(im, R.randint(40, 55))
        if turn:
            im = np.rot90(im, k={90: -1, 180: 2, 270: 1}[turn]).copy()
        pages.append(Image.fromarray(im, 'L'))
    os.makedirs(os.path.join(OUT, 'scanned'), exist_ok=True)
    path = os.path.join(OUT, 'scanned', id_ + '.pdf')
    pages[0].save(path, 'PDF', save_all=True, append_images=pages[1:], resolution=dpi, quality=R.randint(55, 65))
    return id_, {'scan_rotation': angle, 'scan_turn': turn, 'scan_dpi': dpi}


def make_photo(g, page):
    id_ = g['id']
    R = rng_for(id_, 'photo')
    page_img = render(pdf_of(g), page, 150, False)
    ph, pw = page_img.shape[:2]
    landscape_page = pw > ph
    W, H = (1800, 1350) if landscape_page else (1350, 1800)
    # background: desk/table with gradient and texture
    base = np.array(R.choice([(92, 120, 150), (70, 80, 90), (150, 160, 165), (40, 60, 95), (120, 135, 140)]), np.float32)
    bg = np.ones((H, W, 3), np.float32) * base
    nrng = np.random.default_rng(zlib.crc32(id_.encode()))
    tex = cv2.GaussianBlur(nrng.normal(0, 18, (H, W)).astype(np.float32), (0, 0), R.uniform(2, 6))
    bg += tex[..., None]
    mode = R.choice(['fill', 'fill', 'small', 'angle', 'angle'])
    scale = {'fill': R.uniform(0.90, 0.98), 'small': R.uniform(0.62, 0.75), 'angle': R.uniform(0.80, 0.90)}[mode]
    ang = {'fill': R.uniform(-3, 3), 'small': R.uniform(-6, 6), 'angle': R.choice([-1, 1]) * R.uniform(6, 12)}[mode]
    # fit page into frame
    s = min(W / pw, H / ph) * scale
    cw, ch = pw * s, ph * s
    cx, cy = W / 2 + R.uniform(-0.04, 0.04) * W, H / 2 + R.uniform(-0.04, 0.04) * H
    quad = np.array([[-cw / 2, -ch / 2], [cw / 2, -ch / 2], [cw / 2, ch / 2], [-cw / 2, ch / 2]], np.float32)
    # perspective: shrink top or bottom edge, shift
    k = R.uniform(0.02, 0.08)
    if R.random() < 0.6:
        quad[0, 0] += cw * k; quad[1, 0] -= cw * k
    else:
        quad[3, 0] += cw * k; quad[2, 0] -= cw * k
    quad[:, 1] += R.uniform(-0.02, 0.02) * ch
    t = np.deg2rad(ang)
    rot = np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]], np.float32)
    quad = quad @ rot.T + np.array([cx, cy], np.float32)
    # keep the whole page in the frame (margin 1.5%)
    lo, hi = quad.min(0), quad.max(0)
    fit = min((W * 0.97) / (hi[0] - lo[0]), (H * 0.97) / (hi[1] - lo[1]), 1.0)
    quad = (quad - np.array([cx, cy], np.float32)) * fit
    lo, hi = quad.min(0), quad.max(0)
    cx = float(np.clip(cx, W * 0.015 - lo[0], W * 0.985 - hi[0]))
    cy = float(np.clip(cy, H * 0.015 - lo[1], H * 0.985 - hi[1]))
    quad = quad + np.array([cx, cy], np.float32)
    src = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], np.float32)
    Mp = cv2.getPerspectiveTransform(src, quad)
    warped = cv2.warpPerspective(page_img.astype(np.float32), Mp, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), Mp, (W, H))
    mask = cv2.GaussianBlur(mask, (0, 0), 1.0)[..., None]
    img = warped * mask + bg * (1 - mask)
    # lighting: linear + radial gradient
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = R.uniform(-1, 1), R.uniform(-1, 1)
    light = 1 + 0.18 * ((xx / W - 0.5) * gx + (yy / H - 0.5) * gy)
    r2 = ((xx - W * R.uniform(0.3, 0.7)) / W) ** 2 + ((yy - H * R.uniform(0.3, 0.7)) / H) ** 2
    light *= 1.05 - 0.35 * r2
    shadow = R.random() < 0.4
    if shadow:
        band = np.zeros((H, W), np.float32)
        x0 = R.uniform(0.0, 0.6) * W
        pts = np.array([[x0, 0], [x0 + R.uniform(0.12, 0.25) * W, 0], [x0 + R.uniform(0.2, 0.45) * W, H], [x0 + R.uniform(0.05, 0.2) * W, H]], np.int32)
        cv2.fillPoly(band, [pts], 1.0)
        band = cv2.GaussianBlur(band, (0, 0), 45)
        light *= 1 - R.uniform(0.30, 0.45) * band
    img = img * light[..., None]
    cast = np.array(R.choice([(0.88, 0.97, 1.06), (1.04, 1.0, 0.93), (0.95, 1.02, 1.0), (0.9, 0.95, 1.08)]), np.float32)  # BGR
    img = img * cast
    img = cv2.GaussianBlur(img, (0, 0), R.uniform(0.7, 1.2))
    img = img + nrng.normal(0, 3.5, img.shape)
    img = np.clip(img, 0, 255).astype(np.uint8)
    os.makedirs(os.path.join(OUT, 'photo'), exist_ok=True)
    path = os.path.join(OUT, 'photo', id_ + '.jpg')
    cv2.imwrite(path, img, [cv2.IMWRITE_JPEG_QUALITY, R.randint(62, 72)])
    return id_, {'photo_page': page, 'photo_angle': round(ang, 1), 'photo_mode': mode, 'photo_hand_shadow': shadow}


def photo_page(g):
    cnt = {}
    for f in g['figures']:
        cnt[f['page']] = cnt.get(f['page'], 0) + 1
    if not cnt:
        return 1
    return sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def job(args):
    kind, g = args
    if kind == 'scan':
        return kind, make_scan(g)
    return kind, make_photo(g, photo_page(g))


def main():
    gold = [json.loads(l) for l in open(os.path.join(OUT, 'gold.build.jsonl'))]
    for g in gold:                                        # blind-v6: a photo of every reply with 2+ figures
        if len(g['figures']) >= 2:
            g['_meta']['photo'] = True
    jobs = []
    for g in gold:
        if len(g['figures']) >= 2 or g['id'] in TURN or g['id'] in SCAN_EXTRA:
            jobs.append(('scan', g))
        if g['_meta']['photo']:
            jobs.append(('photo', g))
    with Pool(2) as pool:
        res = pool.map(job, jobs)
    extra = {}
    for kind, (id_, info) in res:
        extra.setdefault(id_, {}).update(info)
        extra[id_].setdefault('_kinds', set()).add(kind)
    with open(os.path.join(OUT, 'gold.jsonl'), 'w') as fh:
        for g in gold:
            e = extra.get(g['id'], {})
            kinds = e.pop('_kinds', set())
            files = dict(g['files'])
            if 'scan' in kinds:
                files['scanned'] = 'scanned/%s.pdf' % g['id']
            if 'photo' in kinds:
                files['photo'] = 'photo/%s.jpg' % g['id']
            g['files'] = {k: files[k] for k in ('native', 'native_pdf_rendering', 'scanned', 'photo', 'source') if k in files}
            meta = g.pop('_meta')
            g['source_format'] = meta['fmt']
            for k in ('scan_rotation', 'scan_turn', 'scan_dpi', 'photo_page', 'photo_angle', 'photo_mode', 'photo_hand_shadow'):
                if k in e:
                    g[k] = e[k]
            order = ['id', 'files', 'layout', 'language', 'on_topic', 'status', 'missing_kind', 'axes', 'period_start', 'period_end',
                     'period_stated', 'sender', 'reference', 'cited_references', 'letter_date', 'pages', 'figures', 'notes']
            out = {k: g[k] for k in order if k in g}
            out.update({k: v for k, v in g.items() if k not in out})
            fh.write(json.dumps(out, ensure_ascii=False) + '\n')
    print('scans', sum(1 for k, _ in res if k == 'scan'), 'photos', sum(1 for k, _ in res if k == 'photo'))


if __name__ == '__main__':
    main()
