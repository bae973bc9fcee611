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

OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/blind-v8-work/out'
TURN = {'h805': 90, 'h811': 90, 'h819': 270, 'h830': 180}       # whole-page turns of the scanned copy (clockwise)
SCAN_SKIP = set()                                                 # multi-figure replies left without a scan
SCAN_EXTRA = {'h843'}                                             # replies with fewer than 3 figures that also get a scan
FAX = {'h822', 'h827', 'h843'}                                    # low-resolution fax copies (1-bit, 100 dpi, streaks)
PHOTO = {'h801', 'h802', 'h803', 'h804', 'h806', 'h807', 'h808', 'h809', 'h812', 'h813', 'h815', 'h817', 'h818',
         'h819', 'h821', 'h824', 'h825', 'h827', 'h830', 'h832', 'h833', 'h836', 'h838', 'h840', 'h845'}
CLOSE = {'h806', 'h818', 'h824', 'h836'}                          # photos taken close: the sheet fills the frame
GREY_PAPER = {'h802', 'h809', 'h813', 'h821', 'h825', 'h829', 'h832'}   # strongly grey/yellowed paper
STRONG_TILT = {'h803', 'h814', 'h824', 'h831'}                    # 2-4 degree skew


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
    fax = id_ in FAX
    dpi = 100 if fax else R.choice([150, 160, 170, 180, 200])
    angle = round((R.uniform(2.0, 4.0) if id_ in STRONG_TILT else R.uniform(0.2, 1.2)) * R.choice([-1, 1]), 2)
    grey = id_ in GREY_PAPER
    turn = TURN.get(id_, 0)
    pages = []
    for p in range(1, g['pages'] + 1):
        im = render(pdf_of(g), p, dpi, True).astype(np.float32)
        h, w = im.shape
        im = 255 - (255 - im) * R.uniform(0.82, 0.95)                       # ink not fully black
        im = im * (R.uniform(0.74, 0.82) if grey else R.uniform(0.90, 0.97))  # greyish paper
        if grey:                                                              # blotchy recycled paper
            blot = cv2.GaussianBlur(np.random.default_rng(zlib.crc32((id_ + 'b' + str(p)).encode())).normal(0, 1, (h // 8 + 1, w // 8 + 1)).astype(np.float32), (0, 0), 3)
            im = im + cv2.resize(blot, (w, h)) * 9
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
        if fax:                                                               # 1-bit fax: threshold, dropouts, streaks
            im = np.where(im < R.randint(150, 175), 0, 255).astype(np.uint8)
            for _ in range(R.randint(3, 7)):
                y0 = R.randint(0, h - 3)
                im[y0:y0 + R.randint(1, 2), :] = np.where(nrng.random((1, w)) < 0.7, 0, 255)
            drop = nrng.random(im.shape) < 0.01
            im[drop] = 255
        else:
            im = jpeg_roundtrip(im, R.randint(35, 60))
        if turn:
            im = np.rot90(im, k={90: -1, 180: 2, 270: 1}[turn]).copy()
        pages.append(Image.fromarray(im, 'L').convert('1') if fax else Image.fromarray(im, 'L'))
    os.makedirs(os.path.join(OUT, 'scanned'), exist_ok=True)
    path = os.path.join(OUT, 'scanned', id_ + '.pdf')
    q = R.randint(55, 65)
    if fax:
        pages[0].save(path, 'PDF', save_all=True, append_images=pages[1:], resolution=dpi)
    else:
        pages[0].save(path, 'PDF', save_all=True, append_images=pages[1:], resolution=dpi, quality=q)
    return id_, {'scan_rotation': angle, 'scan_turn': turn, 'scan_dpi': dpi, 'scan_grey_paper': grey, 'scan_fax': fax}


BACKGROUNDS = ['wood', 'green_felt', 'cream_check', 'red_plastic', 'slate', 'speckled_laminate', 'blue_check']
LIGHTS = {'tungsten': (0.80, 0.94, 1.10), 'daylight': (1.07, 1.01, 0.92), 'fluorescent': (0.96, 1.06, 0.93), 'neutral': (1.0, 1.0, 1.0)}


def background(kind, H, W, R, nrng):
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    if kind == 'wood':
        base = np.array((45, 85, 135), np.float32)
        f = R.uniform(0.02, 0.05)
        grain = np.sin(yy * f + 6 * np.sin(xx / R.uniform(180, 320)) + nrng.normal(0, 0.3, (H, W)).astype(np.float32)) * 14
        bg = base + grain[..., None] * np.array((0.6, 0.8, 1.0), np.float32)
    elif kind == 'green_felt':
        bg = np.array((55, 105, 45), np.float32) + cv2.GaussianBlur(nrng.normal(0, 20, (H, W)).astype(np.float32), (0, 0), 1.2)[..., None]
    elif kind in ('cream_check', 'blue_check'):
        c1, c2 = ((205, 220, 230), (185, 198, 212)) if kind == 'cream_check' else ((220, 200, 170), (150, 110, 60))
        sq = int(R.uniform(40, 90))
        chk = ((xx // sq + yy // sq) % 2)[..., None]
        bg = np.where(chk > 0, np.array(c1, np.float32), np.array(c2, np.float32)).astype(np.float32)
        bg = cv2.GaussianBlur(bg, (0, 0), 2.0)
    elif kind == 'red_plastic':
        bg = np.array((40, 45, 165), np.float32) + (xx / W * 25)[..., None]
    elif kind == 'slate':
        bg = np.array((48, 46, 44), np.float32) + cv2.GaussianBlur(nrng.normal(0, 10, (H, W)).astype(np.float32), (0, 0), 4)[..., None]
    else:
        bg = np.array((172, 176, 178), np.float32) + np.where(nrng.random((H, W)) < 0.02, -60, 0).astype(np.float32)[..., None]
        bg = cv2.GaussianBlur(bg, (0, 0), 0.8)
    return np.ascontiguousarray(bg, dtype=np.float32)


def make_photo(g, page):
    id_ = g['id']
    R = rng_for(id_, 'photo8')
    nrng = np.random.default_rng(zlib.crc32((id_ + 'p8').encode()))
    page_img = render(pdf_of(g), page, R.choice([150, 170, 190]), False).astype(np.float32)
    ph, pw = page_img.shape[:2]
    # paper tint (BGR) and folds (letter folded in three)
    tint = np.array(R.choice([(0.97, 0.99, 1.0), (0.88, 0.95, 1.0), (1.0, 0.99, 0.97), (0.93, 0.97, 0.99)]), np.float32)
    page_img *= tint
    fold = R.random() < 0.45 and ph > pw
    if fold:
        for fy in (ph / 3, 2 * ph / 3):
            yy = np.arange(ph, dtype=np.float32)[:, None]
            d = (yy - fy) / (ph * 0.006)
            page_img *= (1 - 0.10 * np.exp(-d ** 2) + 0.05 * np.exp(-((yy - fy - ph * 0.01) / (ph * 0.01)) ** 2))[..., None]
    # page curl: vertical displacement bulging across the width
    curl = round(R.uniform(0.0, 0.012) * ph, 1) if R.random() < 0.6 else 0.0
    pad = int(abs(curl)) + 4
    page_img = cv2.copyMakeBorder(page_img, pad, pad, 0, 0, cv2.BORDER_CONSTANT, value=(0, 0, 0))
    alpha = cv2.copyMakeBorder(np.ones((ph, pw), np.float32), pad, pad, 0, 0, cv2.BORDER_CONSTANT, value=0)
    if curl:
        xs = np.arange(pw, dtype=np.float32)
        dy = curl * np.sin(np.pi * xs / pw)
        mapx = np.tile(xs, (ph + 2 * pad, 1))
        mapy = np.arange(ph + 2 * pad, dtype=np.float32)[:, None] - dy[None, :]
        page_img = cv2.remap(page_img, mapx, mapy.astype(np.float32), cv2.INTER_LINEAR)
        alpha = cv2.remap(alpha, mapx, mapy.astype(np.float32), cv2.INTER_LINEAR)
    ph2 = ph + 2 * pad
    landscape_page = pw > ph
    W, H = R.choice([(1500, 2000), (1536, 2048), (1440, 1920)])
    if landscape_page:
        W, H = H, W
    bgk = R.choice(BACKGROUNDS)
    bg = background(bgk, H, W, R, nrng)
    close = id_ in CLOSE
    scale = R.uniform(0.97, 1.0) if close else R.uniform(0.72, 0.95)
    ang = R.choice([-1, 1]) * (R.uniform(0, 1.2) if close else (R.uniform(0, 2.5) if R.random() < 0.5 else R.uniform(3, 9)))
    s = min(W / pw, H / ph2) * scale
    cw, ch = pw * s, ph2 * s
    quad = np.array([[-cw / 2, -ch / 2], [cw / 2, -ch / 2], [cw / 2, ch / 2], [-cw / 2, ch / 2]], np.float32)
    kt, ks = (R.uniform(0.0, 0.03), R.uniform(-0.015, 0.015)) if close else (R.uniform(0.0, 0.10), R.uniform(-0.05, 0.05))         # keystone top/bottom and side skew
    if R.random() < 0.5:
        quad[0, 0] += cw * kt; quad[1, 0] -= cw * kt
    else:
        quad[3, 0] += cw * kt; quad[2, 0] -= cw * kt
    if ks > 0:
        quad[1, 1] += ch * ks; quad[2, 1] -= ch * ks
    else:
        quad[0, 1] -= ch * ks; quad[3, 1] += ch * ks
    t = np.deg2rad(ang)
    rot = np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]], np.float32)
    quad = quad @ rot.T
    lo, hi = quad.min(0), quad.max(0)
    m = 0.995 if close else 0.96
    fit = min((W * m) / (hi[0] - lo[0]), (H * m) / (hi[1] - lo[1]), 1.0)
    quad *= fit
    lo, hi = quad.min(0), quad.max(0)
    cx = R.uniform(W * 0.02 - lo[0], W * 0.98 - hi[0]) if (W * 0.98 - hi[0]) > (W * 0.02 - lo[0]) else W / 2
    cy = R.uniform(H * 0.02 - lo[1], H * 0.98 - hi[1]) if (H * 0.98 - hi[1]) > (H * 0.02 - lo[1]) else H / 2
    quad = quad + np.array([cx, cy], np.float32)
    src = np.array([[0, 0], [pw, 0], [pw, ph2], [0, ph2]], np.float32)
    Mp = cv2.getPerspectiveTransform(src, quad)
    warped = cv2.warpPerspective(page_img, Mp, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(alpha, Mp, (W, H))
    mask = cv2.GaussianBlur(mask, (0, 0), 1.2)[..., None]
    # soft drop shadow of the sheet on the table
    sh = cv2.GaussianBlur(cv2.warpAffine(mask[..., 0], np.float32([[1, 0, 8], [0, 1, 10]]), (W, H)), (0, 0), 12)[..., None]
    bg = bg * (1 - 0.35 * sh)
    img = warped * mask + bg * (1 - mask)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    light_kind = R.choice(list(LIGHTS))
    # vignette + directional falloff
    gx, gy = R.uniform(-1, 1), R.uniform(-1, 1)
    light = 1 + 0.22 * ((xx / W - 0.5) * gx + (yy / H - 0.5) * gy)
    r2 = ((xx - W / 2) / W) ** 2 + ((yy - H / 2) / H) ** 2
    light *= 1.06 - R.uniform(0.25, 0.55) * r2
    occl = R.choice(['none', 'none', 'phone_corner', 'arm_edge'])
    if occl != 'none':
        blob = np.zeros((H, W), np.float32)
        if occl == 'phone_corner':
            c = R.choice([(0, 0), (W, 0), (0, H), (W, H)])
            cv2.ellipse(blob, (int(c[0]), int(c[1])), (int(W * 0.45), int(H * 0.35)), 0, 0, 360, 1.0, -1)
        else:
            x0 = int(R.choice([0, W]))
            cv2.ellipse(blob, (x0, int(H * R.uniform(0.3, 0.7))), (int(W * 0.22), int(H * 0.6)), 0, 0, 360, 1.0, -1)
        blob = cv2.GaussianBlur(blob, (0, 0), 70)
        light *= 1 - R.uniform(0.25, 0.40) * blob
    img = img * light[..., None]
    glare = R.random() < 0.3
    if glare:
        gxp, gyp = R.uniform(0.25, 0.75) * W, R.uniform(0.2, 0.8) * H
        spot = np.exp(-(((xx - gxp) / (W * 0.10)) ** 2 + ((yy - gyp) / (H * 0.07)) ** 2))
        img = img + (R.uniform(30, 55) * spot)[..., None]
    img = img * np.array(LIGHTS[light_kind], np.float32)
    if R.random() < 0.3:                                              # slight hand shake
        k = np.zeros((7, 7), np.float32); k[3, :] = 1 / 7.0
        img = cv2.filter2D(img, -1, cv2.warpAffine(k, cv2.getRotationMatrix2D((3, 3), R.uniform(0, 180), 1.0), (7, 7)))
    else:
        img = cv2.GaussianBlur(img, (0, 0), R.uniform(0.5, 1.0))
    img = img + nrng.normal(0, R.uniform(2.5, 5.0), img.shape)
    img = np.clip(img, 0, 255).astype(np.uint8)
    os.makedirs(os.path.join(OUT, 'photo'), exist_ok=True)
    path = os.path.join(OUT, 'photo', id_ + '.jpg')
    cv2.imwrite(path, img, [cv2.IMWRITE_JPEG_QUALITY, R.randint(60, 78)])
    return id_, {'photo_page': page, 'photo_angle': round(ang, 1), 'photo_background': bgk, 'photo_light': light_kind,
                 'photo_curl_px': curl, 'photo_fold': fold, 'photo_glare': glare, 'photo_shadow': occl,
                 'photo_close': close}


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
    for g in gold:
        n = len(g['figures'])
        g['_meta']['photo'] = g['id'] in PHOTO
    jobs = []
    for g in gold:
        if (len(g['figures']) >= 3 and g['id'] not in SCAN_SKIP) or g['id'] in TURN or g['id'] in SCAN_EXTRA:
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
            for k in ('scan_rotation', 'scan_turn', 'scan_dpi', 'scan_grey_paper', 'scan_fax', 'photo_page', 'photo_close', 'photo_angle', 'photo_background',
                      'photo_light', 'photo_curl_px', 'photo_fold', 'photo_glare', 'photo_shadow'):
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
