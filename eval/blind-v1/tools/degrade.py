"""Degraded copies: image-only scanned PDFs and phone photos of one page."""
import os, glob, random, subprocess, tempfile, io, hashlib
import numpy as np
from PIL import Image, ImageFilter
import cv2, img2pdf


def _rng(seed):
    return random.Random(int(hashlib.md5(seed.encode()).hexdigest()[:8], 16))


def _render(pdf, dpi, first=None, last=None, gray=True):
    tmp = tempfile.mkdtemp(prefix="deg_")
    cmd = ["pdftoppm", "-r", str(dpi), "-png"]
    if gray:
        cmd.append("-gray")
    if first:
        cmd += ["-f", str(first), "-l", str(last or first)]
    subprocess.run(cmd + [pdf, os.path.join(tmp, "p")], check=True)
    return sorted(glob.glob(os.path.join(tmp, "p*.png")))


def scan(pdf, out, seed, rotate=0):
    r = _rng(seed)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    dpi = r.choice([150, 160, 175, 200])
    jpgs = []
    for png in _render(pdf, dpi):
        im = Image.open(png).convert("L")
        ang = r.uniform(0.3, 1.5) * r.choice([-1, 1])
        im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        # paper tone + noise + slight contrast loss
        a = a * r.uniform(0.88, 0.95) + r.uniform(8, 20)
        a += np.random.default_rng(r.randint(0, 10**6)).normal(0, r.uniform(4, 9), a.shape)
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(r.uniform(0.4, 0.9)))
        if rotate:
            im = im.rotate(rotate, expand=True)
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=r.choice([65, 70, 72]), dpi=(dpi, dpi))
        jpgs.append(buf.getvalue())
    with open(out, "wb") as fh:
        fh.write(img2pdf.convert(jpgs))


def photo(pdf, page, out, seed):
    r = _rng(seed + "photo")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    png = _render(pdf, 170, page, page, gray=False)[0]
    img = cv2.imread(png)
    h, w = img.shape[:2]
    # place the page on a darker background (table), then warp
    pad = int(0.07 * max(h, w))
    bg_col = [r.randint(60, 120), r.randint(70, 130), r.randint(90, 150)]
    canvas = np.full((h + 2 * pad, w + 2 * pad, 3), bg_col, np.uint8)
    canvas[pad:pad + h, pad:pad + w] = img
    H, W = canvas.shape[:2]
    src = np.float32([[pad, pad], [pad + w, pad], [pad + w, pad + h], [pad, pad + h]])
    j = lambda s: r.uniform(-s, s)
    k = 0.035 * W
    dst = np.float32([[pad + j(k), pad + j(k)], [pad + w + j(k), pad + j(k)],
                      [pad + w + j(k), pad + h + j(k)], [pad + j(k), pad + h + j(k)]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(canvas, M, (W, H), borderValue=bg_col)
    # uneven lighting: linear gradient + radial shadow
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = r.uniform(0, 2 * np.pi)
    g = (np.cos(ang) * xx / W + np.sin(ang) * yy / H)
    g = (g - g.min()) / (g.max() - g.min() + 1e-6)
    light = 1.0 - r.uniform(0.25, 0.45) * g
    cx, cy = r.uniform(0.2, 0.8) * W, r.uniform(0.2, 0.8) * H
    rad = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(W, H)
    light *= 1.0 - r.uniform(0.05, 0.18) * np.clip(rad * 2, 0, 1)
    out_img = warped.astype(np.float32) * light[..., None]
    out_img[..., 2] *= 1.03; out_img[..., 0] *= 0.95  # warm tint
    out_img = np.clip(out_img, 0, 255).astype(np.uint8)
    out_img = cv2.GaussianBlur(out_img, (0, 0), r.uniform(0.7, 1.3))
    s = 1600 / max(out_img.shape[:2])
    out_img = cv2.resize(out_img, (int(out_img.shape[1] * s), int(out_img.shape[0] * s)), interpolation=cv2.INTER_AREA)
    cv2.imwrite(out, out_img, [cv2.IMWRITE_JPEG_QUALITY, 60])
