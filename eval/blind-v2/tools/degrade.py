"""Make scanned/<id>.pdf (image-only) and photo/<id>.jpg variants from the native PDFs, per gold.jsonl."""
import json, os, sys, subprocess, random, glob, io
import numpy as np, cv2, img2pdf
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TMP = "/tmp/blindv2-deg"; os.makedirs(TMP, exist_ok=True)
gold = [json.loads(l) for l in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8")]
only = set(sys.argv[1:])

def pdf_for(r):
    n = r["files"]["native"]
    return os.path.join(ROOT, "render", r["id"] + ".pdf") if n.endswith(".docx") else os.path.join(ROOT, n)

def raster(pdf, dpi, first=None, gray=True):
    pre = os.path.join(TMP, "pg")
    for f in glob.glob(pre + "*"): os.remove(f)
    cmd = ["pdftoppm", "-r", str(dpi), "-png"] + (["-gray"] if gray else [])
    if first: cmd += ["-f", str(first), "-l", str(first)]
    subprocess.run(cmd + [pdf, pre], check=True)
    return [cv2.imread(f, cv2.IMREAD_GRAYSCALE if gray else cv2.IMREAD_COLOR) for f in sorted(glob.glob(pre + "*.png"))]

def scan_page(img, rng, whole):
    h, w = img.shape
    ang = rng.uniform(0.3, 1.5) * rng.choice([-1, 1])
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    img = cv2.warpAffine(img, M, (w, h), borderValue=245)
    img = img.astype(np.float32)
    img = img * rng.uniform(0.88, 0.97) + rng.uniform(8, 20)   # greyish paper
    img += np.random.default_rng(rng.randint(0, 10**6)).normal(0, rng.uniform(4, 9), img.shape)
    img = np.clip(img, 0, 255).astype(np.uint8)
    k = rng.choice([3, 3, 5])
    img = cv2.GaussianBlur(img, (k, k), rng.uniform(0.5, 1.0))
    if whole == 90: img = np.ascontiguousarray(np.rot90(img, rng.choice([1, 3])))
    elif whole == 180: img = np.ascontiguousarray(np.rot90(img, 2))
    return img

def make_scan(r):
    rng = random.Random("scan" + r["id"])
    dpi = rng.choice([150, 160, 175, 200])
    imgs = raster(pdf_for(r), dpi)
    jpgs = []
    for img in imgs:
        out = scan_page(img, rng, r.get("scan_rotation"))
        ok, buf = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, 70])
        jpgs.append(buf.tobytes())
    layout = img2pdf.get_fixed_dpi_layout_fun((dpi, dpi))
    with open(os.path.join(ROOT, "scanned", r["id"] + ".pdf"), "wb") as fh:
        fh.write(img2pdf.convert(jpgs, layout_fun=layout))

def make_photo(r):
    rng = random.Random("photo" + r["id"])
    img = raster(pdf_for(r), 130, first=r["photo_page"], gray=False)[0]
    h, w = img.shape[:2]
    pad = int(0.08 * w)
    bg = np.full((h + 2 * pad, w + 2 * pad, 3), (rng.randint(60, 110), rng.randint(70, 120), rng.randint(80, 130)), np.uint8)
    bg[pad:pad + h, pad:pad + w] = img
    H, W = bg.shape[:2]
    src = np.float32([[0, 0], [W, 0], [W, H], [0, H]])
    j = lambda: rng.uniform(0.0, 0.07)
    dst = np.float32([[W * j(), H * j()], [W * (1 - j()), H * j()], [W * (1 - j()), H * (1 - j())], [W * j(), H * (1 - j())]])
    M = cv2.getPerspectiveTransform(src, dst)
    out = cv2.warpPerspective(bg, M, (W, H), borderValue=(70, 80, 90))
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    cx, cy = rng.uniform(0, W), rng.uniform(0, H)
    d = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / np.hypot(W, H)
    light = (1.05 - rng.uniform(0.35, 0.55) * d)[..., None]
    out = np.clip(out.astype(np.float32) * light * np.array([0.95, 1.0, 1.05]) + np.random.default_rng(1).normal(0, 4, out.shape), 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (3, 3), rng.uniform(0.6, 1.1))
    s = 1600 / max(out.shape[:2])
    out = cv2.resize(out, (int(out.shape[1] * s), int(out.shape[0] * s)), interpolation=cv2.INTER_AREA)
    cv2.imwrite(os.path.join(ROOT, "photo", r["id"] + ".jpg"), out, [cv2.IMWRITE_JPEG_QUALITY, 60])

for r in gold:
    if only and r["id"] not in only: continue
    if "scanned" in r["files"]: make_scan(r)
    if "photo" in r["files"]: make_photo(r)
print("done")
