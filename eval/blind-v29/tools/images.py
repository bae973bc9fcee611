"""blind-v29 (copied from blind-v28, which was copied from blind-v27, which was copied from blind-v26, which was copied from blind-v25, blind-v24, which was copied from blind-v23, blind-v22, blind-v21, blind-v20, blind-v19, blind-v18 and blind-v17, which extended blind-v16): make the scanned/ and photo/ variants from the rendered PDFs and finish gold.jsonl.

usage: python images.py OUT_DIR
Reads OUT_DIR/gold.build.jsonl, writes OUT_DIR/scanned/*.pdf, OUT_DIR/photo/*.jpg and OUT_DIR/gold.jsonl.
Deterministic: every random choice is seeded from the reply id.
"""
import os, sys, json, random, subprocess, tempfile, zlib
import numpy as np
import cv2
from PIL import Image
from multiprocessing import Pool

OUT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/blind-v29-work/out'
WITH_FIG_NOSCAN = {'s009', 's016', 's020', 's030', 's034', 's044', 's052', 's056'}   # replies with figures left without a scan (s009: the XLSX reply)
SCAN_EXTRA = {'s005', 's023', 's048'}   # replies without figures that also get a scan
TURN = {'s011': 90, 's033': 270, 's049': 180}   # whole-page turns of the scanned copy (clockwise)
FAX = {'s022', 's054'}   # fax copies (1-bit, 200 dpi, streaks)
GREY_PAPER = {'s014', 's038', 's051', 's057'}
STRONG_TILT = {'s003', 's029', 's053'}   # 2-4 degree skew
DPI = {'s001': 300, 's042': 300, 's021': 240}   # others 150-200
# blind-v29 adds three scan defects of its own (CARBON, STAMP_OVER, CROOKED; recorded in scan_effects and in scan_carbon /
# scan_stamp_over / scan_crooked) and reuses seven older ones that blind-v28 did not use (BLEED, LID_SHADOW, FADED, COFFEE, PENCIL
# of blind-v15 to blind-v17, GUTTER of blind-v21, TONER_SMEAR of blind-v24); at most one per scan, none on fax copies. The other
# older defects (including blind-v28's REDUCED and WASHED) are kept in the code and used by no reply.
HALFTONE = set()   # blind-v27: a fax-like clustered-dot halftone copy (code kept, unused in blind-v29)
LOW_RES = set()   # blind-v27: a low-resolution 100 dpi scan (code kept, unused in blind-v29)
LID_SHADOW = {'s039', 's058'}     # lid not closed: dark gradient along one edge of the sheet (margin only) (used again in blind-v29)
PUNCH = set()   # blind-v15: two filing-punch holes in the left margin (code kept, unused in blind-v29)
PHOTOCOPY = set()      # scan of a photocopy: harder contrast, toner haze, copied sheet edge lines
BLEED = {'s007', 's018'}          # thin paper: the back of the sheet shows through faintly (mirrored) (used again in blind-v29)
STAPLE = set()   # blind-v16: a staple in the top-left corner (code kept, unused in blind-v29)
DOG_EAR = set()        # the top-right corner of page 1 folded over onto the page (margin only)
ADF_STREAK = set()     # dust on the feeder glass: one thin dark vertical line over the whole sheet, through the text
FADED = {'s047', 's057'}          # low toner: light, uneven print fading across the sheet with a lighter vertical band (used again in blind-v29)
COFFEE = {'s004', 's060'}         # a coffee-cup ring in the side or bottom margin, part of it off the sheet (margin only) (used again in blind-v29)
MOIRE = set()          # moire: two fine screens beating into soft bands over the whole sheet, through the text
PENCIL = {'s028', 's031'}         # pencil marks (a bracket line and ticks) in the left margin, every page (margin only) (used again in blind-v29)
STAMP = set()          # a "RECIBIDO" rubber stamp of the receiving office, with a receipt date, page 1, where it touches no ink
TORN = set()   # blind-v18: a corner of page 1 torn off (code kept, unused)
HIGHLIGHT = set()      # a highlighter stroke over one line of text of page 1 (through the text)
TAPE = set()   # blind-v19: yellowed tape across an edge of page 1 (code kept, unused)
FOLDS = set()   # blind-v20: folded in three (code kept, unused)
GUTTER = {'s042'}      # scanned while still bound in a file folder: the left edge lifted off the glass (blind-v21, used again in blind-v29)
FEED_SLIP = set()      # the feeder's rollers slipped: a band of each page stretched, then squeezed
DRUM_GHOST = set()   # blind-v23: a faint second image one drum turn lower (code kept, unused in blind-v29)
WATER_STAIN = set()   # blind-v23: a dried water stain with a tide line (code kept, unused in blind-v29)
CRUMPLED = set()   # blind-v24: crumpled sheet (code kept, unused)
TONER_SMEAR = {'s021'}    # a worn fuser: a faint grey tail under the letters in a band (through the text) (blind-v24, used again in blind-v29)
SENSOR_BANDING = set()   # blind-v25: thin vertical stripes of uneven gain (code kept, unused in blind-v29)
AGED_FOXING = set()   # blind-v25: paper darker toward its edges, foxing spots (code kept, unused in blind-v29)
PHOTO = {'s001', 's002', 's003', 's004', 's006', 's007', 's011', 's013', 's014', 's015', 's017', 's018', 's021', 's022', 's024', 's027', 's028',
         's031', 's032', 's033', 's036', 's038', 's041', 's042', 's045', 's047', 's049', 's051', 's053', 's055', 's057', 's059', 's060'}
FAR = {'s031', 's060'}   # blind-v27 (used again in blind-v29): the sheet small in the frame
FLICKER = {'s011', 's036'}   # blind-v27 (used again in blind-v29): rolling-shutter flicker bands (through the text)
SCREEN = {'s045'}      # blind-v18 (used again in blind-v29): a photo of a computer screen showing the page in a PDF viewer
BLINDS = set()   # blind-v19: window-blind shadows (code kept, unused in blind-v29)
SLEEVE = set()   # blind-v20: plastic sleeve (code kept, unused in blind-v29)
FINGER = set()   # blind-v21: a fingertip over a corner of the lens (code kept, unused in blind-v29)
TIMESTAMP = set()   # blind-v22: the camera's date-and-time imprint (code kept, unused in blind-v29)
SMUDGE = {'s003', 's041'}   # blind-v23 (used again in blind-v29): a greasy smudge on the lens (through the text)
MARGIN_NOTE = {'s017', 's049'}   # blind-v23 (used again in blind-v29): a ballpoint note in a margin (never over the text)
TINTED = {'s024', 's057'}   # blind-v24 (used again in blind-v29): pastel paper
HIGHLIGHTER = set()   # blind-v24: a highlighter over one or two lines (code kept, unused in blind-v29)
PAPERCLIP = set()   # blind-v25: a paper clip over the top edge (code kept, unused in blind-v29)
CHROMATIC = set()   # blind-v25: lateral chromatic aberration (code kept, unused in blind-v29)
REDUCED = set()   # blind-v28: a reduced photocopy on a whole sheet (code kept, unused in blind-v29)
WASHED = set()   # blind-v28: an over-exposed, washed-out scan (code kept, unused in blind-v29)
VIGNETTE = set()   # blind-v28: strong lens vignetting (code kept, unused in blind-v29)
CAST = set()   # blind-v28: a strong colour cast of the room light (code kept, unused in blind-v29)
# blind-v29 adds three scan defects (CARBON, STAMP_OVER, CROOKED) and two photo conditions (KEYBOARD, GRAIN)
CARBON = {'s006', 's024', 's041', 's046'}   # blind-v29: a scanned carbon copy: soft, greyer strokes with a faint doubled edge, thin grainy paper, carbon smudges (through the text)
STAMP_OVER = {'s002', 's015', 's036', 's059'}   # blind-v29: a "RECIBIDO" stamp of the receiving office inked over the text of page 1 (through the text)
CROOKED = {'s013', 's027', 's055'}   # blind-v29: the sheet laid crooked on the glass (5-8 degrees) with the lid open: the sheet a little smaller, dark around it
KEYBOARD = {'s007', 's022', 's047'}   # blind-v29: the page photographed lying across a laptop keyboard at a steep angle (15-28 degrees)
GRAIN = {'s014', 's038', 's053'}   # blind-v29: a dim room and a high ISO: strong luminance and colour noise over the whole frame (through the text)
MESES3 = ['ENE', 'FEB', 'MAR', 'ABR', 'MAY', 'JUN', 'JUL', 'AGO', 'SET', 'OCT', 'NOV', 'DIC']


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
    halftone = id_ in HALFTONE
    dpi = 200 if (fax or halftone) else (100 if id_ in LOW_RES else DPI.get(id_, R.choice([150, 160, 170, 180, 200])))
    angle = round((R.uniform(2.0, 4.0) if id_ in STRONG_TILT else R.uniform(0.2, 1.2)) * R.choice([-1, 1]), 2)
    grey = id_ in GREY_PAPER
    turn = TURN.get(id_, 0)
    pages = []
    effects = []
    lid_side = R.choice(['left', 'right', 'top', 'bottom'])
    fade_dir, band_x = R.random() < 0.5, R.uniform(0.2, 0.8)              # blind-v16 draws (used only by their effects)
    st_x, st_y, st_a = R.uniform(0.5, 0.8), R.uniform(1.5, 1.8), R.uniform(30, 60)   # staple: lower end (cm from the left/top), rising angle
    de_cm = R.uniform(1.4, 2.0)
    streak_x, streak_w, streak_k = R.uniform(0.12, 0.88), R.choice([1, 2, 2, 3]), R.uniform(0.45, 0.65)
    cof = [(R.choice(['right', 'left', 'bottom']), R.uniform(0.25, 0.8), R.uniform(0.85, 1.15), R.uniform(0, 6.28)) for _ in range(30)]   # blind-v17
    cof_r, cof_k = R.uniform(2.0, 2.5), R.uniform(0.28, 0.40)
    moi_a, moi_p, moi_t, moi_amp = R.uniform(-20, 20), R.uniform(2.6, 3.4), R.uniform(3.0, 6.0), R.uniform(0.10, 0.15)
    pen_y, pen_len, pen_x, pen_g = R.uniform(0.25, 0.55), R.uniform(3.0, 6.0), R.uniform(0.9, 1.4), R.uniform(140, 175)
    pen_ticks = [R.uniform(0.2, 0.9) for _ in range(3)]
    st_ang, st_days, st_k = R.uniform(-12, 12), R.randint(2, 9), R.uniform(0.45, 0.6)          # blind-v18 draws
    tc_corner, tc_a, tc_b, tc_lid = R.choice(['bottom_right', 'bottom_left', 'top_right']), R.uniform(1.6, 2.6), R.uniform(1.6, 2.6), R.uniform(40, 70)
    hl_pick, hl_s, hl_e, hl_k = R.random(), R.uniform(0.0, 0.3), R.uniform(0.6, 1.0), R.uniform(0.10, 0.16)
    tp_edge, tp_pos, tp_len, tp_wid, tp_ang, tp_k = R.choice(['top', 'bottom', 'left', 'right']), R.uniform(0.2, 0.8), R.uniform(2.2, 3.2), R.uniform(1.6, 2.0), R.uniform(-25, 25), R.uniform(0.08, 0.14)   # blind-v19
    fc_y, fc_t, fc_k, fc_l, fc_p = [R.uniform(0.31, 0.35), R.uniform(0.64, 0.68)], [R.uniform(-0.004, 0.004), R.uniform(-0.004, 0.004)], R.uniform(0.18, 0.26), R.uniform(10, 16), R.uniform(0.025, 0.045)   # blind-v20
    gt_s, gt_a, gt_b, gt_k = R.uniform(0.07, 0.10), R.uniform(0.015, 0.025), R.uniform(0.006, 0.012), R.uniform(0.35, 0.5)   # blind-v21
    fs_draws = [(R.uniform(0.18, 0.78), R.uniform(0.035, 0.06), R.uniform(1.25, 1.4), R.uniform(0.6, 2.2), R.uniform(0.05, 0.12))
                for _ in range(g['pages'])]                            # blind-v22: feed slip (band centre, height, stretch, jitter px, mark)
    dg_off, dg_dx, dg_k, dg_s = R.uniform(7.5, 9.5), R.uniform(-0.15, 0.15), R.uniform(0.07, 0.11), R.uniform(0.8, 1.4)   # blind-v23: drum ghost
    ws_x, ws_y, ws_r, ws_k, ws_t = R.uniform(0.3, 0.7), R.uniform(0.3, 0.7), R.uniform(3.5, 5.5), R.uniform(0.04, 0.07), R.uniform(0.16, 0.26)   # blind-v23: water stain
    cr_k, cr_f = R.uniform(0.22, 0.32), R.uniform(0.025, 0.04)                # blind-v24: crumpled sheet (crease darkness, facet shading)
    ts_a, ts_b, ts_len, ts_k = R.uniform(0.15, 0.45), R.uniform(0.25, 0.45), R.uniform(0.15, 0.25), R.uniform(0.32, 0.42)   # blind-v24: toner smear band
    sb_n, sb_k, sb_seed = R.randint(5, 9), R.uniform(0.05, 0.08), R.randint(0, 10 ** 6)   # blind-v25: sensor banding (stripes, gain, seed)
    af_e, af_n, af_k = R.uniform(0.10, 0.16), R.randint(25, 45), R.uniform(0.10, 0.20)   # blind-v25: aged paper (edge darkening, spots, spot darkness)
    rd_s, rd_dx, rd_dy = round(R.uniform(0.84, 0.90), 2), R.uniform(0.2, 0.8), R.uniform(0.1, 0.5)   # blind-v28: reduced copy (scale, placement)
    wa_k, wa_g = round(R.uniform(0.45, 0.58), 2), R.uniform(1.2, 1.5)                   # blind-v28: washed-out scan (ink kept, gamma)
    cb_k, cb_s, cb_dx, cb_dy, cb_n, cb_sm = round(R.uniform(0.55, 0.7), 2), R.uniform(0.8, 1.3), R.choice([-2, -1, 1, 2]), R.choice([1, 2]), R.randint(3, 6), R.uniform(0.06, 0.12)   # blind-v29: carbon copy
    so_days, so_ang, so_k, so_x, so_y = R.randint(1, 6), R.uniform(-18, 18), round(R.uniform(0.42, 0.55), 2), R.uniform(0.35, 0.65), R.uniform(0.3, 0.6)   # blind-v29: stamp over the text
    cr_ang, cr_s, cr_bg, cr_dx, cr_dy = round(R.uniform(5.0, 8.0) * R.choice([-1, 1]), 2), round(R.uniform(0.86, 0.9), 2), R.uniform(45, 80), R.uniform(-0.03, 0.03), R.uniform(-0.02, 0.02)   # blind-v29: crooked sheet
    if id_ in CROOKED:
        angle = cr_ang
    stamp_date = None
    for p in range(1, g['pages'] + 1):
        im = render(pdf_of(g), p, dpi, True).astype(np.float32)
        h, w = im.shape
        ink = im < 170
        xx0 = np.mgrid[0:h, 0:w][1].astype(np.float32)
        if id_ in BLEED:                                                      # back of a thin sheet showing through, mirrored
            back = np.fliplr(im)
            back = cv2.GaussianBlur(back, (0, 0), 1.6)
            sh = (int(R.uniform(-0.01, 0.01) * w), int(R.uniform(-0.01, 0.01) * h))
            back = np.roll(back, sh, axis=(1, 0))
            im = im - (255 - back) * R.uniform(0.08, 0.12)
            if 'bleed_through' not in effects:
                effects.append('bleed_through')
        if id_ in PUNCH:                                                      # two punch holes in the left margin (dark lid behind)
            r_ = int(0.30 / 2.54 * dpi)
            cx = int(1.1 / 2.54 * dpi)
            gap = int(4.0 / 2.54 * dpi)
            yy, xx = np.mgrid[0:h, 0:w]
            holes = np.zeros((h, w), bool)
            for cy in (h // 2 - gap, h // 2 + gap):
                holes |= (xx - cx) ** 2 + (yy - cy) ** 2 <= r_ ** 2
            ring = cv2.dilate(holes.astype(np.uint8), np.ones((5, 5), np.uint8)).astype(bool) & ~holes
            if not (cv2.dilate(holes.astype(np.uint8), np.ones((25, 25), np.uint8)).astype(bool) & ink).any():
                im[holes] = R.uniform(35, 60)
                im[ring] = im[ring] * 0.8
                if 'punch_holes' not in effects:
                    effects.append('punch_holes')
        if id_ in FADED:                                                      # blind-v16: low toner, print fading across the sheet
            fade = R.uniform(0.45, 0.58) * (1 - R.uniform(0.15, 0.3) * (xx0 / w if fade_dir else 1 - xx0 / w))
            band = 1 - 0.12 * np.exp(-((xx0 - band_x * w) / (0.05 * w)) ** 2)
            im = 255 - (255 - im) * fade * band
            if 'faded_toner' not in effects:
                effects.append('faded_toner')
        else:
            im = 255 - (255 - im) * R.uniform(0.82, 0.95)                   # ink not fully black
        if id_ in CARBON and not fax:                                         # blind-v29: a carbon copy: the strokes soft and greyer, a faint
            crng = np.random.default_rng(zlib.crc32((id_ + 'cb' + str(p)).encode()))   # doubled edge (the carbon slipped a little),
            dk = cv2.GaussianBlur((255.0 - im) / 255.0, (0, 0), cb_s)         # thin grainy paper and a few grey carbon smudges
            dk = np.clip(dk * cb_k + np.roll(dk, (cb_dy, cb_dx), axis=(0, 1)) * 0.3 * cb_k, 0, 1)   # (through the text)
            im = 255.0 - 255.0 * dk
            im = im - 7.0 * cv2.GaussianBlur(crng.normal(0, 1, (h, w)).astype(np.float32), (0, 0), 1.2)
            smc = np.zeros((h, w), np.float32)
            for _ in range(cb_n):
                cv2.ellipse(smc, (int(crng.uniform(0.1, 0.9) * w), int(crng.uniform(0.1, 0.9) * h)),
                            (int(crng.uniform(0.05, 0.2) * w), int(crng.uniform(0.005, 0.02) * h)), float(crng.uniform(-20, 20)), 0, 360, 1.0, -1)
            smc = cv2.GaussianBlur(smc, (0, 0), 0.08 / 2.54 * dpi * 4)
            im = im * (1 - cb_sm * smc)
            if 'carbon_copy' not in effects:
                effects.append('carbon_copy')
        if id_ in STAMP_OVER and p == 1:                                      # blind-v29: a RECIBIDO stamp inked over the text of page 1
            lay, when = stamp_layer(g['letter_date'], so_days, dpi, so_ang, zlib.crc32((id_ + 'so').encode()))
            sh_, sw_ = lay.shape
            y_, x_ = int(so_y * (h - sh_)), int(so_x * (w - sw_))
            im[y_:y_ + sh_, x_:x_ + sw_] *= 1 - so_k * lay
            effects.append('stamp_over_text')
            stamp_date = when
        if id_ in DRUM_GHOST and not fax:                                     # blind-v23: printed with a worn drum: a faint, slightly blurred
            off_ = int(dg_off / 2.54 * dpi)                                   # second image of the page's ink, one drum turn (7.5-9.5 cm)
            gh_ = np.full_like(im, 255.0)                                     # lower and a little to the side (through the text)
            gh_[off_:] = im[:-off_]
            gh_ = np.roll(cv2.GaussianBlur(gh_, (0, 0), dg_s), int(dg_dx / 2.54 * dpi), axis=1)
            im = im - (255 - gh_) * dg_k
            if 'drum_ghost' not in effects:
                effects.append('drum_ghost')
        if id_ in STAPLE:                                                     # blind-v16: a staple in the top-left corner (margin only)
            sm = np.zeros((h, w), np.uint8)
            L = int(1.2 / 2.54 * dpi)
            cx0, cy0 = int(st_x / 2.54 * dpi), int(st_y / 2.54 * dpi)
            ex, ey = int(cx0 + L * np.cos(np.deg2rad(st_a))), int(cy0 - L * np.sin(np.deg2rad(st_a)))
            cv2.line(sm, (cx0, cy0), (ex, ey), 1, max(2, dpi // 60))
            wr = np.zeros((h, w), np.uint8)                                   # paper puckered around the staple
            for k in range(4):
                t_ = np.deg2rad(st_a + 90 * k + R.uniform(-20, 20))
                cv2.line(wr, ((cx0 + ex) // 2, (cy0 + ey) // 2), (int((cx0 + ex) / 2 + L * 0.9 * np.cos(t_)), int((cy0 + ey) / 2 + L * 0.9 * np.sin(t_))), 1, 1)
            near = cv2.dilate(sm | wr, np.ones((31, 31), np.uint8)).astype(bool)
            if not (near & ink).any():
                im[cv2.GaussianBlur(wr.astype(np.float32), (0, 0), 1.5) > 0.2] *= 0.93
                im[sm.astype(bool)] = R.uniform(70, 95)
                hl = np.roll(sm, -1, axis=0).astype(bool) & ~sm.astype(bool)
                im[hl] = np.minimum(im[hl], 150)
                if 'staple' not in effects:
                    effects.append('staple')
        if id_ in DOG_EAR and p == 1:                                         # blind-v16: top-right corner folded over (margin only)
            s_ = int(de_cm / 2.54 * dpi)
            yy0, xx0b = np.mgrid[0:h, 0:w]
            gone = (xx0b - (w - s_)) > yy0                                    # beyond the fold line: the corner is missing
            flap = (~gone) & (xx0b >= w - s_) & (yy0 <= s_) & ((w - 1 - xx0b) + yy0 <= s_)   # the corner lies folded back on the page
            if not (cv2.dilate((gone | flap).astype(np.uint8), np.ones((21, 21), np.uint8)).astype(bool) & ink).any():
                im[flap] = im[flap] * 0.92
                edge = flap & (np.abs(xx0b - (w - s_)) <= 2) | flap & (np.abs(yy0 - s_) <= 2)
                im[edge] *= 0.8
                im[gone] = R.uniform(225, 240)
                if 'dog_ear' not in effects:
                    effects.append('dog_ear')
        if id_ in PHOTOCOPY:                                                  # copy of a copy: harder contrast, toner haze, sheet edges
            im = np.clip((im - 30) * 1.22, 0, 255)
            haze = cv2.GaussianBlur(np.random.default_rng(zlib.crc32((id_ + 'pc' + str(p)).encode())).normal(0, 1, (h // 16 + 1, w // 16 + 1)).astype(np.float32), (0, 0), 2)
            im = im - np.clip(cv2.resize(haze, (w, h)), 0, None) * 14
            e = int(R.uniform(0.006, 0.012) * w)
            im[:, e:e + 3] *= 0.45; im[:, w - e - 3:w - e] *= 0.45
            im[e:e + 3, :] *= 0.45; im[h - e - 3:h - e, :] *= 0.45
            if 'photocopy' not in effects:
                effects.append('photocopy')
        if id_ in COFFEE and p == 1:                                          # blind-v17: coffee-cup ring, margin only, page 1
            yy1, xx1 = np.mgrid[0:h, 0:w].astype(np.float32)
            rr = cof_r / 2.54 * dpi
            sig = max(1.5, 0.06 / 2.54 * dpi)
            ink_d = cv2.dilate(ink.astype(np.uint8), np.ones((25, 25), np.uint8)).astype(bool)
            for side, pos, off, ph0 in cof:
                if side == 'right':
                    cx, cy = w + rr * 0.28 * off, h * pos
                elif side == 'left':
                    cx, cy = -rr * 0.28 * off, h * pos
                else:
                    cx, cy = w * pos, h + rr * 0.28 * off
                d = np.sqrt((xx1 - cx) ** 2 + (yy1 - cy) ** 2)
                th = np.arctan2(yy1 - cy, xx1 - cx)
                rth = rr * (1 + 0.035 * np.sin(3 * th + ph0))
                zone = d < rth + 4 * sig
                if (zone & ink_d).any() or zone.sum() < 50:
                    continue
                ring = np.exp(-((d - rth) / sig) ** 2) * (0.65 + 0.35 * np.sin(2 * th + ph0))
                stain = np.where(d < rth, 0.06 + 0.02 * np.sin(5 * th + ph0), 0.0)
                im = im * (1 - cof_k * ring - stain)
                if 'coffee_ring' not in effects:
                    effects.append('coffee_ring')
                break
        if id_ in PENCIL:                                                     # blind-v17: pencil bracket and ticks in the left margin
            pm = np.zeros((h, w), np.uint8)
            x_ = int(pen_x / 2.54 * dpi)
            y0_ = int(pen_y * h)
            L_ = int(pen_len / 2.54 * dpi)
            pts = np.array([[x_ + int(3 * np.sin(k / 9.0)), y0_ + k * L_ // 40] for k in range(41)], np.int32)
            cv2.polylines(pm, [pts], False, 1, max(1, dpi // 90))
            cv2.line(pm, (x_, y0_), (x_ + dpi // 10, y0_), 1, max(1, dpi // 90))
            cv2.line(pm, (x_, y0_ + L_), (x_ + dpi // 10, y0_ + L_), 1, max(1, dpi // 90))
            for tfrac in pen_ticks:
                ty = int((0.12 + 0.76 * tfrac) * h)
                tx = int((pen_x - 0.55) / 2.54 * dpi)
                cv2.line(pm, (tx, ty), (tx + dpi // 30, ty + dpi // 25), 1, max(1, dpi // 90))
                cv2.line(pm, (tx + dpi // 30, ty + dpi // 25), (tx + dpi // 11, ty - dpi // 18), 1, max(1, dpi // 90))
            near = cv2.dilate(pm, np.ones((25, 25), np.uint8)).astype(bool)
            if not (near & ink).any():
                pmf = cv2.GaussianBlur(pm.astype(np.float32), (0, 0), 0.7)
                im = im * (1 - pmf * (1 - pen_g / 255.0))
                if 'pencil_marks' not in effects:
                    effects.append('pencil_marks')
        if id_ in STAMP and p == 1:                                           # blind-v18: "RECIBIDO" rubber stamp where it touches no ink
            lay, when = stamp_layer(g['letter_date'], st_days, dpi, st_ang, zlib.crc32((id_ + 'st').encode()))
            sh_, sw_ = lay.shape
            ink_d = cv2.dilate(ink.astype(np.uint8), np.ones((21, 21), np.uint8)).astype(bool)
            m_ = int(0.4 / 2.54 * dpi)
            cands = [(y, x) for y in range(h - m_ - sh_, m_, -max(8, dpi // 12)) for x in range(w - m_ - sw_, m_, -max(8, dpi // 12))]
            cands.sort(key=lambda yx: (0 if yx[0] > h * 0.55 else 1, -yx[0] if yx[0] > h * 0.55 else yx[0], -yx[1]))
            for (y_, x_) in cands:
                if not ink_d[y_:y_ + sh_, x_:x_ + sw_][lay > 0.05].any():
                    im[y_:y_ + sh_, x_:x_ + sw_] *= 1 - st_k * lay
                    effects.append('received_stamp')
                    stamp_date = when
                    break
        if id_ in HIGHLIGHT and p == 1:                                       # blind-v18: a highlighter stroke over one line of text
            rows_ = ink.sum(axis=1) > 2
            lines_, y_ = [], 0
            while y_ < h:
                if rows_[y_]:
                    y0_ = y_
                    while y_ < h and rows_[y_]:
                        y_ += 1
                    cols_ = np.where(ink[y0_:y_].any(axis=0))[0]
                    if 0.3 * h < (y0_ + y_) / 2 < 0.8 * h and 0.006 * h < y_ - y0_ < 0.03 * h and cols_[-1] - cols_[0] > 0.35 * w:
                        lines_.append((y0_, y_, cols_[0], cols_[-1]))
                y_ += 1
            if lines_:
                y0_, y1_, xa, xb = lines_[int(hl_pick * len(lines_))]
                lh = y1_ - y0_
                xs_, xe_ = int(xa + hl_s * (xb - xa)) - 4, int(xa + hl_e * (xb - xa)) + 4
                mk = np.zeros((h, w), np.float32)
                cv2.rectangle(mk, (xs_, int(y0_ - 0.3 * lh)), (xe_, int(y1_ + 0.3 * lh)), 1.0, -1)
                cv2.ellipse(mk, (xs_, (y0_ + y1_) // 2), (max(3, lh // 3), int(0.8 * lh)), 0, 0, 360, 1.0, -1)
                cv2.ellipse(mk, (xe_, (y0_ + y1_) // 2), (max(3, lh // 3), int(0.8 * lh)), 0, 0, 360, 1.0, -1)
                stri = 1 - 0.25 * (np.sin(np.arange(h, dtype=np.float32) / 1.7) > 0.6)[:, None]
                mk = cv2.GaussianBlur(mk, (0, 0), 1.2) * stri
                im = im * (1 - hl_k * mk)
                effects.append('highlighter')
        if id_ in MOIRE:                                                      # blind-v17: moire bands over the whole sheet (through the text)
            yy1, xx1 = np.mgrid[0:h, 0:w].astype(np.float32)
            t1, t2 = np.deg2rad(moi_a), np.deg2rad(moi_a + moi_t)
            g1 = 0.5 + 0.5 * np.cos(2 * np.pi * (xx1 * np.cos(t1) + yy1 * np.sin(t1)) / moi_p)
            g2 = 0.5 + 0.5 * np.cos(2 * np.pi * (xx1 * np.cos(t2) + yy1 * np.sin(t2)) / moi_p)
            beat = cv2.GaussianBlur(g1 * g2, (0, 0), moi_p * 0.9)
            beat = (beat - beat.min()) / (beat.max() - beat.min() + 1e-6)
            im = im * (1 - moi_amp * beat)
            if 'moire' not in effects:
                effects.append('moire')
        im = im * (R.uniform(0.74, 0.82) if grey else R.uniform(0.90, 0.97))  # greyish paper
        if grey:                                                              # blotchy recycled paper
            blot = cv2.GaussianBlur(np.random.default_rng(zlib.crc32((id_ + 'b' + str(p)).encode())).normal(0, 1, (h // 8 + 1, w // 8 + 1)).astype(np.float32), (0, 0), 3)
            im = im + cv2.resize(blot, (w, h)) * 9
        if id_ in WATER_STAIN and p == 1 and not fax:                         # blind-v23: a dried water stain on page 1: a light irregular
            wrng_ = np.random.default_rng(zlib.crc32((id_ + 'ws').encode()))  # patch with a darker tide line at its edge (through the text)
            yy5, xx5 = np.mgrid[0:h, 0:w].astype(np.float32)
            n5 = cv2.resize(wrng_.normal(0, 1, (7, 7)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
            d5 = np.sqrt((xx5 - ws_x * w) ** 2 + (yy5 - ws_y * h) ** 2) / (ws_r / 2.54 * dpi) + 0.22 * n5
            in5 = cv2.GaussianBlur((d5 < 1).astype(np.float32), (0, 0), 3)
            tide5 = np.exp(-((d5 - 1) / 0.02) ** 2)
            im = im * (1 - ws_k * in5 - ws_t * tide5)
            if 'water_stain' not in effects:
                effects.append('water_stain')
        if id_ in TORN and p == 1:                                            # blind-v18: a torn-off corner, the dark lid showing (margin only)
            A, B = tc_a / 2.54 * dpi, tc_b / 2.54 * dpi
            trng = np.random.default_rng(zlib.crc32((id_ + 'tc').encode()))
            cx_, cy_ = {'bottom_right': (w, h), 'bottom_left': (0, h), 'top_right': (w, 0)}[tc_corner]
            sx_, sy_ = (-1 if cx_ == w else 1), (-1 if cy_ == h else 1)
            p1 = np.array([cx_ + sx_ * A, cy_], np.float32)
            p2 = np.array([cx_, cy_ + sy_ * B], np.float32)
            n_ = 48
            t_ = np.linspace(0, 1, n_)[:, None]
            path = p1 + (p2 - p1) * t_
            nv_ = np.array([-(p2 - p1)[1], (p2 - p1)[0]], np.float32) / np.linalg.norm(p2 - p1)
            off_ = np.cumsum(trng.normal(0, 0.018 / 2.54 * dpi, n_)) + trng.normal(0, 0.006 / 2.54 * dpi, n_)
            off_ = off_ - np.linspace(off_[0], off_[-1], n_)
            path = path + nv_[None, :] * off_[:, None]
            poly = np.vstack([path, [[cx_, cy_]]]).astype(np.int32)
            gone = np.zeros((h, w), np.uint8)
            cv2.fillPoly(gone, [poly], 1)
            if not (cv2.dilate(gone, np.ones((31, 31), np.uint8)).astype(bool) & ink).any():
                rim = cv2.dilate(gone, np.ones((5, 5), np.uint8)).astype(bool) & ~gone.astype(bool)
                im[rim] = np.minimum(255, im[rim] * 1.05 + 4)
                im[gone.astype(bool)] = tc_lid + trng.normal(0, 3, int(gone.sum()))
                effects.append('torn_corner_' + tc_corner)
        if id_ in TAPE and p == 1:                                            # blind-v19: yellowed adhesive tape across an edge (margin only)
            L_, Wd_ = tp_len / 2.54 * dpi, tp_wid / 2.54 * dpi
            ex_, ey_ = {'top': (tp_pos * w, 0), 'bottom': (tp_pos * w, h), 'left': (0, tp_pos * h), 'right': (w, tp_pos * h)}[tp_edge]
            base_ = {'top': 90, 'bottom': -90, 'left': 0, 'right': 180}[tp_edge] + tp_ang
            ca_, sa_ = np.cos(np.deg2rad(base_)), np.sin(np.deg2rad(base_))
            c0 = np.array([ex_ - ca_ * L_ * 0.35, ey_ - sa_ * L_ * 0.35]); c1 = np.array([ex_ + ca_ * L_ * 0.65, ey_ + sa_ * L_ * 0.65])
            nx_, ny_ = -sa_ * Wd_ / 2, ca_ * Wd_ / 2
            poly = np.array([[c0[0] + nx_, c0[1] + ny_], [c1[0] + nx_, c1[1] + ny_], [c1[0] - nx_, c1[1] - ny_], [c0[0] - nx_, c0[1] - ny_]], np.int32)
            tm = np.zeros((h, w), np.uint8)
            cv2.fillPoly(tm, [poly], 1)
            if tm.any() and not (cv2.dilate(tm, np.ones((31, 31), np.uint8)).astype(bool) & ink).any():
                trng = np.random.default_rng(zlib.crc32((id_ + 'tape').encode()))
                tmf = cv2.GaussianBlur(tm.astype(np.float32), (0, 0), 0.8)
                edge_ = cv2.morphologyEx(tm, cv2.MORPH_GRADIENT, np.ones((3, 3), np.uint8)).astype(np.float32)
                grain = cv2.GaussianBlur(trng.normal(0, 1, (h, w)).astype(np.float32), (0, 0), 2.0)
                im = im * (1 - tmf * (tp_k + 0.03 * grain)) - edge_ * 18
                effects.append('tape_' + tp_edge)
        if id_ in FOLDS and not fax:                                          # blind-v20: the sheet was folded in three for an envelope
            yy2, xx2 = np.mgrid[0:h, 0:w].astype(np.float32)                  # and flattened on the glass: two creases across the whole
            ds_ = []                                                           # sheet, through the text (a dark valley beside a light ridge;
            for fy_, ft_ in zip(fc_y, fc_t):                                   # the middle panel, bent away from the glass, a little darker)
                d_ = yy2 - (fy_ * h + ft_ * h * (xx2 / w - 0.5) * 4)
                ds_.append(d_)
                im = im * (1 - fc_k * np.exp(-(d_ / (0.0026 * h)) ** 2)) + fc_l * np.exp(-((d_ - 0.005 * h) / (0.0032 * h)) ** 2)
            mid_ = 1 / (1 + np.exp(-ds_[0] / (0.01 * h))) * (1 / (1 + np.exp(ds_[1] / (0.01 * h))))
            im = im * (1 - fc_p * mid_)
            if 'fold_creases' not in effects:
                effects.append('fold_creases')
        if id_ in GUTTER and not fax:                                         # blind-v21: scanned still bound in a file folder: the left
            yy3, xx3 = np.mgrid[0:h, 0:w].astype(np.float32)                  # edge lifted off the glass. Near it the page is squeezed
            lift_ = np.exp(-xx3 / (gt_s * w))                                  # toward the spine and the lines bend toward the middle of
            mapx_ = xx3 + gt_a * w * lift_                                     # the page; a shadow darkens the edge and reaches the first
            mapy_ = yy3 + gt_b * h * lift_ * (2 * yy3 / h - 1)                 # letters of each line (through the text)
            im = cv2.remap(im, mapx_, mapy_, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
            im = im * (1 - gt_k * lift_ ** 1.5)
            if 'gutter_curve' not in effects:
                effects.append('gutter_curve')
        if id_ in FEED_SLIP and not fax:                                      # blind-v22: the feeder's rollers slipped for a moment: in a
            fc_, fh_, fst_, fj_, fk_ = fs_draws[p - 1]                        # band of the page (through the text) the lines are first
            a_ = fc_ * h - fh_ * h / 2                                         # stretched downward, then squeezed back, so the rest of the
            L_ = fh_ * h / 2                                                   # page keeps its place; the text in the band wobbles sideways
            yy4 = np.arange(h, dtype=np.float32)                               # and a faint roller mark crosses the sheet at its top
            src_ = yy4.copy()
            m1 = (yy4 >= a_) & (yy4 < a_ + L_)
            src_[m1] = a_ + (yy4[m1] - a_) / fst_
            mid_ = a_ + L_ / fst_
            m2 = (yy4 >= a_ + L_) & (yy4 < a_ + 2 * L_)
            src_[m2] = mid_ + (yy4[m2] - a_ - L_) * (a_ + 2 * L_ - mid_) / L_
            inb_ = (m1 | m2).astype(np.float32)
            jit_ = fj_ * np.sin((yy4 - a_) / max(1.0, L_ / 5)) * inb_
            mapx4 = (np.arange(w, dtype=np.float32)[None, :] + jit_[:, None]).astype(np.float32)
            mapy4 = np.repeat(src_[:, None], w, axis=1).astype(np.float32)
            im = cv2.remap(im, mapx4, mapy4, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
            ya_ = int(a_)
            im[max(0, ya_ - 1):ya_ + 1, :] *= (1 - fk_)
            if 'feed_slip' not in effects:
                effects.append('feed_slip')
        if id_ in TONER_SMEAR and not fax:                                    # blind-v24: a worn fuser: in a band of the page the toner is
            y0t, y1t = int(ts_a * h), int(min(1.0, ts_a + ts_b) * h)          # dragged a little downward: a faint grey tail under every
            inkt = (255 - im[y0t:y1t]) / 255.0                                 # letter, decaying over 1-2 mm (through the text)
            L_ = max(3, int(ts_len / 2.54 * dpi))
            acc = np.zeros_like(inkt)
            for s_ in range(1, L_):
                acc[s_:] += inkt[:-s_] * np.exp(-3.0 * s_ / L_)
            acc /= (L_ / 3.0)
            im[y0t:y1t] = im[y0t:y1t] - 255 * ts_k * np.clip(acc, 0, 1)
            if 'toner_smear' not in effects:
                effects.append('toner_smear')
        if id_ in CRUMPLED and not fax:                                       # blind-v24: the sheet was crumpled into a ball and smoothed out
            crng = np.random.default_rng(zlib.crc32((id_ + 'cr' + str(p)).encode()))   # again: a network of fine, nearly straight
            yy6, xx6 = np.mgrid[0:h, 0:w].astype(np.float32)                  # creases (a dark valley with a lit edge beside it) and the
            dark6 = np.zeros((h, w), np.float32)                               # facets between them tilted to the light, a little lighter
            lit6 = np.zeros((h, w), np.float32)                                # or darker (through the text)
            facet6 = np.zeros((h, w), np.float32)
            lw6 = max(2, int(round(dpi / 80)))
            for k6 in range(int(crng.integers(22, 34))):
                x6, y6 = crng.uniform(0, w), crng.uniform(0, h)
                t6 = crng.uniform(0, np.pi)
                L6 = crng.uniform(0.08, 0.35) * np.hypot(w, h)
                n6 = int(crng.integers(2, 5))
                pts6 = []
                for j6 in range(n6 + 1):
                    u6 = (j6 / n6 - 0.5) * L6
                    a6 = t6 + crng.normal(0, 0.08)
                    pts6.append([x6 + u6 * np.cos(a6), y6 + u6 * np.sin(a6)])
                pts6 = np.array(pts6, np.int32).reshape(-1, 1, 2)
                m6 = np.zeros((h, w), np.uint8)
                cv2.polylines(m6, [pts6], False, 1, lw6)
                dark6 = np.maximum(dark6, m6.astype(np.float32) * crng.uniform(0.5, 1.0))
                lit6 = np.maximum(lit6, np.roll(m6, lw6 + 1, axis=1).astype(np.float32))
                if k6 < 6:                                                     # the longest folds tilt the facets on either side
                    d6 = (xx6 - x6) * np.sin(t6) - (yy6 - y6) * np.cos(t6)
                    near6 = np.exp(-(((xx6 - x6) * np.cos(t6) + (yy6 - y6) * np.sin(t6)) / (0.6 * L6)) ** 2)
                    facet6 += np.tanh(d6 / (0.02 * w)) * near6 * crng.choice([-1.0, 1.0])
            dark6 = cv2.GaussianBlur(dark6, (0, 0), 0.8)
            lit6 = cv2.GaussianBlur(lit6, (0, 0), 1.0)
            im = im * (1 - cr_k * dark6) * (1 - cr_f * np.clip(facet6, -1.5, 1.5)) + 10 * lit6 * (1 - dark6)
            if 'crumpled' not in effects:
                effects.append('crumpled')
        if id_ in AGED_FOXING and not fax:                                    # blind-v25: an old sheet from the archive: the paper darker
            arng = np.random.default_rng(zlib.crc32((id_ + 'af' + str(p)).encode()))   # toward its edges (unevenly) and small round foxing
            yy7, xx7 = np.mgrid[0:h, 0:w].astype(np.float32)                  # spots scattered over it, some on the text
            de7 = np.minimum(np.minimum(xx7 / w, 1 - xx7 / w), np.minimum(yy7 / h, 1 - yy7 / h))
            n7 = cv2.resize(arng.normal(0, 1, (9, 7)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
            edge7 = np.clip(np.exp(-de7 / 0.045) * (1 + 0.35 * n7), 0, 1.4)
            sp7 = np.zeros((h, w), np.float32)
            for _ in range(af_n):
                r7 = arng.uniform(0.25, 1.4) / 25.4 * dpi
                cv2.circle(sp7, (int(arng.uniform(0, w)), int(arng.uniform(0, h))), max(1, int(r7)), float(arng.uniform(0.5, 1.0)), -1)
            sp7 = cv2.GaussianBlur(sp7, (0, 0), max(1.0, 0.25 / 25.4 * dpi))
            im = im * 0.97 * (1 - af_e * edge7) * (1 - af_k * sp7)
            if 'aged_foxing' not in effects:
                effects.append('aged_foxing')
        if id_ in REDUCED:                                                    # blind-v28: a reduced photocopy: the page shrunk on a whole
            sw8, sh8 = int(w * rd_s), int(h * rd_s)                           # sheet, the copied sheet's edge showing as a grey line
            small8 = cv2.resize(im, (sw8, sh8), interpolation=cv2.INTER_AREA)
            canvas8 = np.full((h, w), 252.0, np.float32)
            ox8, oy8 = int((w - sw8) * rd_dx), int((h - sh8) * rd_dy)
            canvas8[oy8:oy8 + sh8, ox8:ox8 + sw8] = small8
            cv2.rectangle(canvas8, (ox8, oy8), (ox8 + sw8 - 1, oy8 + sh8 - 1), 150.0, 2)
            im = canvas8
            if 'reduced' not in effects:
                effects.append('reduced')
        if id_ in WASHED:                                                     # blind-v28: over-exposed: ink lightened to grey (through the text)
            im = 255.0 - (255.0 - im) * wa_k
            im = 255.0 * (im / 255.0) ** (1.0 / wa_g)
            if 'washed_out' not in effects:
                effects.append('washed_out')
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        im = im * (1 - 0.05 * (xx / w) * R.uniform(0.3, 1.0))                # uneven scanner light
        if id_ in LID_SHADOW:                                                 # lid not closed: shadow band along one edge, margin only
            depth = R.uniform(0.025, 0.045)
            dist = {'left': xx / w, 'right': 1 - xx / w, 'top': yy / h, 'bottom': 1 - yy / h}[lid_side]
            im = im * (1 - R.uniform(0.55, 0.7) * np.exp(-dist / depth * 2.2))
            if 'lid_shadow_' + lid_side not in effects:
                effects.append('lid_shadow_' + lid_side)
        M = cv2.getRotationMatrix2D((w / 2, h / 2), angle + R.uniform(-0.1, 0.1), 1.0)
        if id_ in CROOKED:                                                    # blind-v29: laid crooked, lid open: smaller sheet, dark glass around
            M = cv2.getRotationMatrix2D((w / 2, h / 2), angle, cr_s)
            M[0, 2] += cr_dx * w; M[1, 2] += cr_dy * h
            im = cv2.warpAffine(im, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=float(cr_bg))
            M = np.float32([[1, 0, 0], [0, 1, 0]])
            if 'crooked_on_glass' not in effects:
                effects.append('crooked_on_glass')
        if id_ in ADF_STREAK:                                                 # blind-v16: dust on the feeder glass: one dark line down
            x_ = int(streak_x * w)                                            # the whole sheet, through the text (a scanner artefact,
            im = cv2.warpAffine(im, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=float(R.randint(200, 235)))
            im[:, x_:x_ + streak_w] *= streak_k                               # so it is drawn after the skew: it stays vertical)
            M = np.float32([[1, 0, 0], [0, 1, 0]])
            if 'adf_streak' not in effects:
                effects.append('adf_streak')
        im = cv2.warpAffine(im, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=float(R.randint(200, 235)))
        if id_ in SENSOR_BANDING and not fax:                                 # blind-v25: an uneven contact-image sensor: thin vertical
            brng = np.random.default_rng(sb_seed + p)                         # stripes of slightly higher or lower gain across the whole
            xs8 = np.arange(w, dtype=np.float32)                              # sheet, drawn after the skew so they stay vertical (through
            g8 = np.zeros(w, np.float32)                                      # the text)
            for _ in range(sb_n):
                c8, wd8 = brng.uniform(0, w), brng.uniform(0.002, 0.012) * w
                g8 += brng.choice([-1.0, 1.0]) * brng.uniform(0.4, 1.0) * np.exp(-((xs8 - c8) / wd8) ** 2)
            g8 += 0.25 * brng.normal(0, 1, w).astype(np.float32)
            im = im * (1 - sb_k * np.clip(g8, -1.5, 1.5))[None, :]
            if 'sensor_banding' not in effects:
                effects.append('sensor_banding')
        im = cv2.GaussianBlur(im, (0, 0), R.uniform(0.5, 0.9))
        nrng = np.random.default_rng(zlib.crc32((id_ + str(p)).encode()))
        im = im + nrng.normal(0, R.uniform(3, 6), im.shape)
        specks = nrng.random(im.shape) < 0.0004
        im[specks] = R.randint(20, 90)
        im = np.clip(im, 0, 255).astype(np.uint8)
        if halftone:                                                          # blind-v27: a clustered-dot halftone copy (1-bit): every
            cl8 = np.array([[24, 10, 12, 26, 35, 47, 49, 37], [8, 0, 2, 14, 45, 59, 61, 51], [22, 6, 4, 16, 43, 57, 63, 53],
                            [30, 20, 18, 28, 33, 41, 55, 39], [34, 46, 48, 36, 25, 11, 13, 27], [44, 58, 60, 50, 9, 1, 3, 15],
                            [42, 56, 62, 52, 23, 7, 5, 17], [32, 40, 54, 38, 31, 21, 19, 29]], np.float32)   # grey becomes a dot
            thr8 = 48 + cl8 / 63.0 * 172                                      # screen; the darkest ink stays solid (through the text)
            th8 = np.tile(thr8, (h // 8 + 1, w // 8 + 1))[:h, :w]
            im = np.where(im.astype(np.float32) < th8, 0, 255).astype(np.uint8)
            if 'halftone' not in effects:
                effects.append('halftone')
        elif fax:                                                             # 1-bit fax: threshold, dropouts, streaks
            im = np.where(im < R.randint(150, 175), 0, 255).astype(np.uint8)
            for _ in range(R.randint(3, 7)):
                y0 = R.randint(0, h - 3)
                im[y0:y0 + R.randint(1, 2), :] = np.where(nrng.random((1, w)) < 0.7, 0, 255)
            drop = nrng.random(im.shape) < 0.01
            im[drop] = 255
        else:
            im = jpeg_roundtrip(im, R.randint(22, 30) if id_ in LOW_RES else (R.randint(35, 60) if dpi < 240 else R.randint(30, 40)))
            if id_ in LOW_RES and 'low_res' not in effects:
                effects.append('low_res')
        if turn:
            im = np.rot90(im, k={90: -1, 180: 2, 270: 1}[turn]).copy()
        pages.append(Image.fromarray(im, 'L').convert('1') if (fax or halftone) else Image.fromarray(im, 'L'))
    os.makedirs(os.path.join(OUT, 'scanned'), exist_ok=True)
    path = os.path.join(OUT, 'scanned', id_ + '.pdf')
    q = R.randint(55, 65) if dpi < 240 else R.randint(35, 45)
    if fax or halftone:
        pages[0].save(path, 'PDF', save_all=True, append_images=pages[1:], resolution=dpi)
    else:
        pages[0].save(path, 'PDF', save_all=True, append_images=pages[1:], resolution=dpi, quality=q)
    out = {'scan_rotation': angle, 'scan_turn': turn, 'scan_dpi': dpi, 'scan_grey_paper': grey, 'scan_fax': fax, 'scan_effects': effects,
           'scan_halftone': halftone, 'scan_low_res': id_ in LOW_RES,
           'scan_reduced': rd_s if id_ in REDUCED else False, 'scan_washed_out': wa_k if id_ in WASHED else False,
           'scan_carbon': cb_k if id_ in CARBON else False, 'scan_stamp_over': (id_ in STAMP_OVER), 'scan_crooked': cr_s if id_ in CROOKED else False}
    if stamp_date:
        out['scan_stamp_date'] = stamp_date
    return id_, out


def stamp_layer(letter_date, days, dpi, ang, seed):
    """blind-v18: the ink layer (0..1) of a rectangular rubber stamp of the receiving office: RECIBIDO, MESA DE PARTES, the
    receipt date (the letter date plus a few days) and blank lines for the time and signature; rotated, with uneven inking."""
    import datetime
    from PIL import Image as PI, ImageDraw as PD, ImageFont as PF
    d0 = datetime.date.fromisoformat(letter_date) + datetime.timedelta(days=days)
    when = '%02d %s. %d' % (d0.day, MESES3[d0.month - 1], d0.year)
    sw, sh = int(4.6 / 2.54 * dpi), int(2.6 / 2.54 * dpi)
    im = PI.new('L', (sw, sh), 0)
    dr = PD.Draw(im)
    lw = max(2, dpi // 55)
    dr.rectangle([lw, lw, sw - lw - 1, sh - lw - 1], outline=255, width=lw)
    dr.rectangle([3 * lw, 3 * lw, sw - 3 * lw - 1, sh - 3 * lw - 1], outline=255, width=max(1, lw // 2))
    fb = PF.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf', int(sh * 0.2))
    fs = PF.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf', int(sh * 0.11))
    for txt, f, yy in (('MESA DE PARTES', fs, 0.12), ('RECIBIDO', fb, 0.30), (when, fs, 0.58), ('Hora: ........  Firma: ........', fs, 0.76)):
        tw = dr.textlength(txt, font=f)
        dr.text(((sw - tw) / 2, sh * yy), txt, fill=255, font=f)
    im = im.rotate(ang, expand=True, resample=PI.BILINEAR, fillcolor=0)
    a = np.asarray(im).astype(np.float32) / 255.0
    rng = np.random.default_rng(seed)
    tex = cv2.GaussianBlur(rng.random(a.shape).astype(np.float32), (0, 0), 1.0)
    a = a * np.clip(0.55 + 0.9 * tex, 0, 1) * (0.8 + 0.2 * cv2.GaussianBlur(rng.random(a.shape).astype(np.float32), (0, 0), 12))
    return np.clip(a, 0, 1), d0.isoformat()


BACKGROUNDS = ['walnut', 'granite', 'beige_fabric', 'black_bag', 'newsprint', 'cork', 'denim', 'floor_tile', 'office_desk']
LIGHTS = {'warm_lamp': (0.74, 0.92, 1.12), 'cool_led': (1.10, 1.02, 0.90), 'window_side': (1.02, 1.0, 0.97),
          'dim_evening': (0.92, 0.96, 1.04), 'flash': (1.0, 1.0, 1.0), 'overcast': (1.03, 1.01, 0.98),
          'fluorescent': (1.04, 1.06, 0.93), 'glossy_glare': (1.0, 1.0, 1.0)}
SKIN = [(120, 150, 205), (95, 125, 180), (70, 95, 140), (140, 170, 220)]


def background(kind, H, W, R, nrng):
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    noise = lambda s, sig: cv2.GaussianBlur(nrng.normal(0, s, (H, W)).astype(np.float32), (0, 0), sig)
    if kind == 'walnut':
        g = np.sin(xx * R.uniform(0.03, 0.06) + 5 * np.sin(yy / R.uniform(150, 300))) * 12 + noise(6, 1.5)
        bg = np.array((30, 52, 80), np.float32) + g[..., None] * np.array((0.5, 0.8, 1.0), np.float32)
    elif kind == 'granite':
        bg = np.array((120, 118, 115), np.float32) + (noise(40, 0.8) + noise(25, 3))[..., None]
    elif kind == 'beige_fabric':
        weave = (np.sin(xx * 1.3) * np.sin(yy * 1.3)) * 8
        bg = np.array((150, 185, 205), np.float32) + (weave + noise(6, 2))[..., None]
    elif kind == 'black_bag':
        bg = np.array((28, 28, 30), np.float32) + (noise(8, 6) + 25 * np.exp(-((xx - W * 0.7) / (W * 0.3)) ** 2 - ((yy - H * 0.3) / (H * 0.4)) ** 2))[..., None]
    elif kind == 'newsprint':
        bg = np.full((H, W, 3), 200, np.float32)
        for y in range(10, H, 14):
            if R.random() < 0.85:
                x = 0
                while x < W:
                    w = R.randint(15, 70)
                    bg[y:y + 6, x:x + w] = 95
                    x += w + R.randint(6, 12)
        bg = cv2.GaussianBlur(bg, (0, 0), 1.8) * np.array((0.93, 0.97, 1.0), np.float32)
    elif kind == 'cork':
        bg = np.array((80, 130, 175), np.float32) + (noise(30, 1.0) + noise(15, 4))[..., None] * np.array((0.7, 0.85, 1.0), np.float32)
    elif kind == 'denim':
        tw = np.sin((xx + yy) * 0.9) * 10
        bg = np.array((120, 75, 40), np.float32) + (tw + noise(12, 1.0))[..., None]
    elif kind == 'office_desk':
        bg = np.array((205, 200, 190), np.float32) + (noise(4, 3) + 6 * np.sin(yy / R.uniform(40, 90)))[..., None]
    elif kind == 'keyboard':                                                 # blind-v29: a laptop: dark body, a tilted grid of keys
        bg = np.full((H, W, 3), 38.0, np.float32) + noise(2, 2)[..., None]
        ka = np.deg2rad(R.uniform(-12, 12))
        kp = R.uniform(0.055, 0.07) * min(W, H)
        u_ = (xx * np.cos(ka) + yy * np.sin(ka)) / kp
        v_ = (-xx * np.sin(ka) + yy * np.cos(ka)) / kp
        key = ((u_ - np.floor(u_)) < 0.86) & ((v_ - np.floor(v_)) < 0.84)
        edge = ((u_ - np.floor(u_)) < 0.9) & ((v_ - np.floor(v_)) < 0.06)
        bg = bg + 26.0 * key[..., None] + 18.0 * (edge & ~key)[..., None]
        bg = cv2.GaussianBlur(bg, (0, 0), 1.2)
    else:
        t = int(R.uniform(120, 220))
        grout = ((xx % t) < 5) | ((yy % t) < 5)
        bg = np.where(grout[..., None], np.array((150, 155, 160), np.float32), np.array((215, 212, 205), np.float32)) + noise(5, 2)[..., None]
    return np.ascontiguousarray(bg, dtype=np.float32)


def ink_bbox(img):
    g = img.mean(axis=2) if img.ndim == 3 else img
    ys, xs = np.where(g < 200)
    if len(xs) == 0:
        h, w = g.shape
        return 0, 0, w, h
    return xs.min(), ys.min(), xs.max(), ys.max()


def make_photo(g, page):
    """A phone photo of one sheet. Conditions are drawn per reply; every one is recorded in gold."""
    id_ = g['id']
    if id_ in SCREEN:
        return make_screen_photo(g, page)
    R = rng_for(id_, 'photo29')
    nrng = np.random.default_rng(zlib.crc32((id_ + 'p29').encode()))
    page_img = render(pdf_of(g), page, R.choice([150, 165, 180]), False).astype(np.float32)
    ph, pw = page_img.shape[:2]
    x0, y0, x1, y1 = ink_bbox(page_img)
    note = False                                                    # blind-v23: a ballpoint note in a margin or a blank area of the
    if id_ in MARGIN_NOTE:                                          # sheet (a bracket or tick and a scrawl), never over the text
        note = margin_note(page_img, (x0, y0, x1, y1), R, nrng)
    pad = 6
    x0, y0, x1, y1 = max(0, x0 - pad), max(0, y0 - pad), min(pw, x1 + pad), min(ph, y1 + pad)
    page_img *= np.array(R.choice([(0.98, 0.99, 1.0), (0.86, 0.94, 1.0), (1.0, 0.98, 0.95), (0.92, 0.95, 0.97)]), np.float32)
    hl_lines = False                                                # blind-v24: one or two lines of text marked with a highlighter pen
    if id_ in HIGHLIGHTER:                                          # (multiplied over the paper: the ink stays dark and legible)
        hl_lines = highlighter(page_img, R)
    tinted = False                                                  # blind-v24: the letter printed on pastel office paper
    if id_ in TINTED:
        tinted = R.choice(['yellow', 'pink', 'green', 'blue'])
        page_img *= np.array({'yellow': (0.74, 0.96, 1.0), 'pink': (0.90, 0.84, 1.0), 'green': (0.80, 0.98, 0.84),
                              'blue': (1.0, 0.90, 0.80)}[tinted], np.float32)
    crumple = R.random() < 0.35
    if crumple:                                                     # creased paper: low-frequency shading with sharp ridges
        n = cv2.resize(nrng.normal(0, 1, (12, 9)).astype(np.float32), (pw, ph), interpolation=cv2.INTER_CUBIC)
        ridge = np.abs(cv2.Sobel(n, cv2.CV_32F, 1, 1, ksize=5))
        page_img *= (1 - 0.05 * n - 0.06 * ridge / (ridge.max() + 1e-6))[..., None]
    folds = R.random() < 0.3                                        # blind-v15: sheet folded in three for an envelope
    if folds:
        yy0 = np.arange(ph, dtype=np.float32)[:, None]
        f = np.ones((ph, 1), np.float32)
        for k, fy in enumerate((ph / 3 + R.uniform(-0.02, 0.02) * ph, 2 * ph / 3 + R.uniform(-0.02, 0.02) * ph)):
            f *= np.where(yy0 > fy, R.uniform(0.93, 1.03), 1.0)               # panels tilted differently to the light
            f *= 1 - 0.10 * np.exp(-((yy0 - fy) / 2.0) ** 2)                 # the crease itself
            f *= 1 + 0.05 * np.exp(-((yy0 - fy - 5) / 3.0) ** 2)            # its lit side
        page_img *= f[..., None]
    curl = round(R.uniform(0.004, 0.015) * ph, 1) if R.random() < 0.5 else 0.0
    padv = int(curl) + 4
    page_img = cv2.copyMakeBorder(page_img, padv, padv, 0, 0, cv2.BORDER_CONSTANT, value=(0, 0, 0))
    alpha = cv2.copyMakeBorder(np.ones((ph, pw), np.float32), padv, padv, 0, 0, cv2.BORDER_CONSTANT, value=0)
    y0 += padv; y1 += padv
    if curl:
        xs = np.arange(pw, dtype=np.float32)
        dy = curl * np.sin(np.pi * xs / pw) * R.choice([-1, 1])
        mapx = np.tile(xs, (ph + 2 * padv, 1))
        mapy = (np.arange(ph + 2 * padv, dtype=np.float32)[:, None] - dy[None, :]).astype(np.float32)
        page_img = cv2.remap(page_img, mapx, mapy, cv2.INTER_LINEAR)
        alpha = cv2.remap(alpha, mapx, mapy, cv2.INTER_LINEAR)
    ph2 = ph + 2 * padv
    W, H = R.choice([(1500, 2000), (1536, 2048), (1440, 1920), (1200, 1600), (1728, 2304)])
    sideways = R.random() < 0.15                                   # phone held sideways: the page lies across the frame
    if (pw > ph) != sideways:
        W, H = H, W
    crop = R.random() < 0.3                                         # sheet edges cut by the frame, all text inside
    kt = R.uniform(0.0, 0.14) if R.random() < 0.7 else R.uniform(0.14, 0.22)   # some shot at a low angle
    ks = R.uniform(-0.06, 0.06)
    ang = (90.0 * R.choice([-1, 1]) if sideways else 0.0) + R.choice([-1, 1]) * (R.uniform(0, 2) if R.random() < 0.5 else R.uniform(2, 8))
    keyboard = False                                                # blind-v29: lying across a laptop keyboard, shot at a steep angle
    if id_ in KEYBOARD:
        keyboard = round(R.uniform(15, 28) * R.choice([-1, 1]), 1)
        sideways, crop = False, False
        ang = keyboard
        W, H = (min(W, H), max(W, H)) if ph >= pw else (max(W, H), min(W, H))
    src = np.array([[0, 0], [pw, 0], [pw, ph2], [0, ph2]], np.float32)
    ink = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float32)
    top_side = R.random() < 0.5

    def quad_for(s, off):
        cw, ch = pw * s, ph2 * s
        q = np.array([[-cw / 2, -ch / 2], [cw / 2, -ch / 2], [cw / 2, ch / 2], [-cw / 2, ch / 2]], np.float32)
        if top_side:
            q[0, 0] += cw * kt; q[1, 0] -= cw * kt
        else:
            q[3, 0] += cw * kt; q[2, 0] -= cw * kt
        if ks > 0:
            q[1, 1] += ch * ks; q[2, 1] -= ch * ks
        else:
            q[0, 1] -= ch * ks; q[3, 1] += ch * ks
        t = np.deg2rad(ang)
        rot = np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]], np.float32)
        return q @ rot.T + np.array([W / 2, H / 2], np.float32) + off

    def tf(Mp, pts):
        return cv2.perspectiveTransform(pts.reshape(-1, 1, 2), Mp).reshape(-1, 2)

    def inside(pts, m):
        return (pts[:, 0] >= W * m).all() and (pts[:, 0] <= W * (1 - m)).all() and (pts[:, 1] >= H * m).all() and (pts[:, 1] <= H * (1 - m)).all()

    far = False                                                     # blind-v27: the sheet small in the frame (shot from further away)
    if id_ in FAR:
        far = round(R.uniform(0.60, 0.70), 2)
        crop = False
        W, H = (2304, 1728) if W > H else (1728, 2304)
    s = (min(W / ph2, H / pw) if sideways else min(W / pw, H / ph2)) * (1.25 if crop else (far if far else R.uniform(0.80, 0.97)))
    off = np.zeros(2, np.float32)
    for _ in range(200):
        Mp = cv2.getPerspectiveTransform(src, quad_for(s, off))
        if crop:
            if inside(tf(Mp, ink), 0.025):
                break
        elif inside(tf(Mp, src), 0.015):
            break
        s *= 0.985
    # random shift within the slack that keeps the required region inside
    for _ in range(20):
        o2 = np.array([R.uniform(-0.06, 0.06) * W, R.uniform(-0.05, 0.05) * H], np.float32)
        M2 = cv2.getPerspectiveTransform(src, quad_for(s, o2))
        if (crop and inside(tf(M2, ink), 0.025)) or (not crop and inside(tf(M2, src), 0.015)):
            Mp, off = M2, o2
            break
    paper = tf(Mp, src)
    crop_edges = bool(crop and not inside(paper, 0.0))
    warped = cv2.warpPerspective(page_img, Mp, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(alpha, Mp, (W, H))
    mask = cv2.GaussianBlur(mask, (0, 0), 1.0)[..., None]
    bgk = R.choice(BACKGROUNDS)
    if keyboard:
        bgk = 'keyboard'
    bg = background(bgk, H, W, R, nrng)
    stack = 0                                                       # blind-v17: the sheet lies on a small pile of other (blank) sheets,
    if R.random() < 0.25:                                           # whose edges show around it (under the sheet: never over the text)
        stack = R.choice([1, 2, 3])
        cen = paper.mean(axis=0)
        for k in range(stack, 0, -1):
            a_ = np.deg2rad(R.uniform(1.0, 4.0) * R.choice([-1, 1]))
            rot_ = np.array([[np.cos(a_), -np.sin(a_)], [np.sin(a_), np.cos(a_)]], np.float32)
            sh_ = np.array([R.uniform(-0.025, 0.025) * W, R.uniform(-0.02, 0.02) * H], np.float32) * k
            q_ = ((paper - cen) @ rot_.T + cen + sh_).astype(np.int32)
            col_ = np.array((228, 231, 233), np.float32) * R.uniform(0.86, 0.96)
            m_ = np.zeros((H, W), np.uint8)
            cv2.fillConvexPoly(m_, q_, 1)
            mf_ = cv2.GaussianBlur(m_.astype(np.float32), (0, 0), 1.0)[..., None]
            shm_ = cv2.GaussianBlur(np.roll(m_, (6, 4), axis=(0, 1)).astype(np.float32), (0, 0), 8)[..., None]
            bg = bg * (1 - 0.3 * shm_ * (1 - mf_))
            bg = bg * (1 - mf_) + (col_[None, None, :] + nrng.normal(0, 2, (H, W, 1)).astype(np.float32)) * mf_
            cv2.polylines(bg, [q_.reshape(-1, 1, 2)], True, (150.0, 150.0, 150.0), 1)
    sh = cv2.GaussianBlur(cv2.warpAffine(mask[..., 0], np.float32([[1, 0, R.uniform(-12, 12)], [0, 1, R.uniform(4, 16)]]), (W, H)), (0, 0), 14)[..., None]
    bg = bg * (1 - 0.45 * sh)
    img = warped * mask + bg * (1 - mask)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    inkq = tf(Mp, ink).astype(np.int32)
    inkmask = np.zeros((H, W), np.uint8)
    cv2.fillConvexPoly(inkmask, inkq, 1)
    # a hand holding the sheet at one edge (thumb on the margin, never over the text)
    hand = 'none'
    if R.random() < 0.3:
        side = R.choice(['left', 'right', 'bottom'])
        e_idx = {'left': (0, 3), 'right': (1, 2), 'bottom': (2, 3)}[side]
        E = (paper[e_idx[0]] + paper[e_idx[1]]) / 2
        I = (tf(Mp, ink)[e_idx[0]] + tf(Mp, ink)[e_idx[1]]) / 2
        d = I - E
        dist = float(np.linalg.norm(d))
        if dist > 20:
            u = d / dist
            hm = np.zeros((H, W), np.float32)
            rh = 0.16 * W
            c = E - u * rh * 0.92 + np.array([R.uniform(-0.05, 0.05) * W, R.uniform(-0.05, 0.05) * H], np.float32) * (1 - np.abs(u))
            a = float(np.degrees(np.arctan2(u[1], u[0])))
            cv2.ellipse(hm, (int(c[0]), int(c[1])), (int(rh), int(rh * 1.5)), a, 0, 360, 1.0, -1)
            tc = E + u * dist * 0.3
            cv2.ellipse(hm, (int(tc[0]), int(tc[1])), (int(dist * 0.42), int(0.028 * W)), a, 0, 360, 1.0, -1)
            hm = cv2.GaussianBlur(hm, (0, 0), 3)
            if (hm[inkmask > 0] > 0.02).sum() == 0:
                skin = np.array(R.choice(SKIN), np.float32)
                shade = 1 - 0.25 * cv2.GaussianBlur(hm, (0, 0), 25)
                skin_img = skin[None, None, :] * shade[..., None] + nrng.normal(0, 3, (H, W, 1)).astype(np.float32)
                img = img * (1 - 0.35 * cv2.GaussianBlur(hm, (0, 0), 18)[..., None] * (1 - hm[..., None]))
                img = img * (1 - hm[..., None]) + skin_img * hm[..., None]
                hand = side
    obj = 'none'                                                    # blind-v15: a pen or a sticky note on the desk / margin, never over text
    if R.random() < 0.3 and hand == 'none':
        kind = R.choice(['pen', 'sticky_note'])
        ink_d = cv2.dilate(inkmask, np.ones((15, 15), np.uint8))
        for _ in range(40):
            om = np.zeros((H, W), np.uint8)
            cx, cy = int(R.uniform(0.05, 0.95) * W), int(R.uniform(0.05, 0.95) * H)
            if kind == 'pen':
                L, th, a_ = 0.42 * min(W, H), 0.018 * min(W, H), R.uniform(0, 180)
                box = cv2.boxPoints(((cx, cy), (L, th), a_)).astype(np.int32)
                cv2.fillConvexPoly(om, box, 1)
            else:
                s_ = 0.16 * min(W, H)
                box = cv2.boxPoints(((cx, cy), (s_, s_), R.uniform(-12, 12))).astype(np.int32)
                cv2.fillConvexPoly(om, box, 1)
            if not (om & ink_d).any() and om.sum() > 0:
                omf = cv2.GaussianBlur(om.astype(np.float32), (0, 0), 1.2)[..., None]
                shadow_o = cv2.GaussianBlur(np.roll(om, (9, 7), axis=(0, 1)).astype(np.float32), (0, 0), 6)[..., None]
                img = img * (1 - 0.35 * shadow_o * (1 - omf))
                if kind == 'pen':
                    col = np.array(R.choice([(140, 40, 20), (30, 30, 30), (40, 40, 170)]), np.float32)
                    body_ = col[None, None, :] + nrng.normal(0, 3, (H, W, 1)).astype(np.float32)
                else:
                    body_ = np.array((120, 235, 250), np.float32)[None, None, :] + nrng.normal(0, 2, (H, W, 1)).astype(np.float32)
                img = img * (1 - omf) + body_ * omf
                obj = kind
                break
    clip = False                                                    # blind-v16: a black binder clip on the top edge of the sheet
    if R.random() < 0.25:
        ink_d = cv2.dilate(inkmask, np.ones((21, 21), np.uint8))
        e0, e1 = paper[0], paper[1]
        ev = (e1 - e0) / (np.linalg.norm(e1 - e0) + 1e-6)
        nv = np.array([ev[1], -ev[0]], np.float32)                  # outward normal of the top edge
        cen = tf(Mp, np.array([[pw / 2, ph2 / 2]], np.float32))[0]
        if np.dot(cen - e0, nv) > 0:
            nv = -nv
        cw_, ch_ = 0.11 * min(W, H), 0.045 * min(W, H)
        for _ in range(30):
            pt = e0 + (e1 - e0) * R.uniform(0.25, 0.75)
            c0 = pt - nv * ch_ * 0.35
            ang_c = float(np.degrees(np.arctan2(ev[1], ev[0])))
            cm = np.zeros((H, W), np.uint8)
            cv2.fillConvexPoly(cm, cv2.boxPoints(((float(c0[0]), float(c0[1])), (cw_, ch_), ang_c)).astype(np.int32), 1)
            hm_ = np.zeros((H, W), np.uint8)                        # the two wire handles folded outward
            for sgn in (-1, 1):
                a_ = c0 + ev * sgn * cw_ * 0.3
                b_ = a_ + nv * ch_ * 1.6 + ev * sgn * cw_ * 0.08
                cv2.line(hm_, (int(a_[0]), int(a_[1])), (int(b_[0]), int(b_[1])), 1, max(2, int(0.004 * min(W, H))))
            if (cm & ink_d).any() or (hm_ & ink_d).any():
                continue
            cmf = cv2.GaussianBlur(cm.astype(np.float32), (0, 0), 1.0)[..., None]
            hmf = cv2.GaussianBlur(hm_.astype(np.float32), (0, 0), 0.8)[..., None]
            shadow_c = cv2.GaussianBlur(np.roll(cm | hm_, (10, 6), axis=(0, 1)).astype(np.float32), (0, 0), 7)[..., None]
            img = img * (1 - 0.4 * shadow_c * (1 - cmf))
            body_c = np.array((26, 25, 24), np.float32)[None, None, :] + nrng.normal(0, 2, (H, W, 1)).astype(np.float32)
            img = img * (1 - cmf) + body_c * cmf
            img = img * (1 - hmf) + np.array((185, 185, 190), np.float32)[None, None, :] * hmf
            clip = True
            break
    pclip = False                                                   # blind-v25: a silver wire paper clip over the top edge of the
    if id_ in PAPERCLIP:                                            # sheet near a corner, half on the sheet (never over the text)
        ink_d = cv2.dilate(inkmask, np.ones((17, 17), np.uint8))
        e0, e1 = paper[0], paper[1]
        ev = (e1 - e0) / (np.linalg.norm(e1 - e0) + 1e-6)
        nv = np.array([-ev[1], ev[0]], np.float32)
        cen = tf(Mp, np.array([[pw / 2, ph2 / 2]], np.float32))[0]
        if np.dot(cen - e0, nv) < 0:
            nv = -nv                                                # nv points into the sheet
        L9, hw9 = 0.085 * min(W, H), 0.011 * min(W, H)
        lw9 = max(2, int(0.0028 * min(W, H)))

        def stadium(b0, b1, hw, a0=0.0):
            pts = []
            for t in np.linspace(np.pi, 0, 12):                     # far end (on the sheet)
                pts.append((a0 + hw * np.cos(t), b1 + hw * np.sin(t)))
            for t in np.linspace(0, -np.pi, 12):                    # near end (off the sheet)
                pts.append((a0 + hw * np.cos(t), b0 + hw * np.sin(t)))
            return pts
        tries9 = [(side9, u9, k9) for k9 in (1.0, 0.8, 0.65, 0.5) for side9, u9s in (('top_left', (0.10, 0.14, 0.18, 0.22)),
                  ('top_right', (0.90, 0.86, 0.82, 0.78))) for u9 in u9s]     # smaller clips if the top margin is narrow
        for side9, u9, k9 in tries9:
            base = e0 + (e1 - e0) * u9
            Lk, hk = L9 * k9, hw9 * k9
            loops = [stadium(-0.45 * Lk, 0.55 * Lk, hk), stadium(-0.3 * Lk, 0.4 * Lk, 0.62 * hk, 0.12 * hk)]
            m9 = np.zeros((H, W), np.uint8)
            for lp in loops:
                q9 = np.array([base + ev * a + nv * b for a, b in lp], np.int32).reshape(-1, 1, 2)
                cv2.polylines(m9, [q9], False, 1, lw9, lineType=cv2.LINE_AA)
            if (m9 & ink_d).any():
                continue
            mf9 = cv2.GaussianBlur(m9.astype(np.float32), (0, 0), 0.7)[..., None]
            sh9 = cv2.GaussianBlur(np.roll(m9, (5, 4), axis=(0, 1)).astype(np.float32), (0, 0), 3)[..., None]
            img = img * (1 - 0.35 * sh9 * (1 - mf9))
            glint = 0.85 + 0.3 * (np.sin(xx / 9.0 + yy / 13.0) > 0.7)[..., None]
            img = img * (1 - mf9) + np.array((196, 196, 202), np.float32)[None, None, :] * glint * mf9
            pclip = side9
            break
    light_kind = R.choice(list(LIGHTS))
    gx, gy = R.uniform(-1, 1), R.uniform(-1, 1)
    strength = 0.55 if light_kind == 'window_side' else 0.22
    light = 1 + strength * ((xx / W - 0.5) * gx + (yy / H - 0.5) * gy)
    r2 = ((xx - W / 2) / W) ** 2 + ((yy - H / 2) / H) ** 2
    light *= 1.05 - R.uniform(0.2, 0.5) * r2
    if light_kind == 'dim_evening':
        light *= R.uniform(0.55, 0.7)
    shadow = R.choice(['none', 'none', 'diagonal_band', 'phone_corner', 'head'])
    if shadow == 'diagonal_band':
        t = np.deg2rad(R.uniform(0, 180))
        dline = (xx - W / 2) * np.cos(t) + (yy - H / 2) * np.sin(t) - R.uniform(-0.2, 0.2) * W
        light *= 1 - R.uniform(0.25, 0.40) / (1 + np.exp(-dline / (W * 0.02)))
    elif shadow != 'none':
        blob = np.zeros((H, W), np.float32)
        if shadow == 'phone_corner':
            c = R.choice([(0, 0), (W, 0), (0, H), (W, H)])
            cv2.ellipse(blob, (int(c[0]), int(c[1])), (int(W * 0.42), int(H * 0.33)), 0, 0, 360, 1.0, -1)
        else:
            cv2.ellipse(blob, (int(W * R.uniform(0.3, 0.7)), 0), (int(W * 0.3), int(H * 0.28)), 0, 0, 360, 1.0, -1)
        light *= 1 - R.uniform(0.25, 0.4) * cv2.GaussianBlur(blob, (0, 0), 60)
    hshadow = False                                                 # blind-v18: the shadow of a second hand (and forearm) reaching over
    if R.random() < 0.3:                                            # the sheet from one side, through the text (soft, never black)
        hshadow = R.choice(['left', 'right', 'bottom', 'top_right'])
        hsm = np.zeros((H, W), np.float32)
        ex_, ey_ = {'left': (0.0, R.uniform(0.45, 0.85)), 'right': (1.0, R.uniform(0.45, 0.85)), 'bottom': (R.uniform(0.3, 0.7), 1.0),
                    'top_right': (1.0, R.uniform(0.0, 0.15))}[hshadow]
        reach = R.uniform(0.3, 0.45)
        tx_, ty_ = ex_ + (0.5 - ex_) * reach * 2 * (1 if hshadow != 'bottom' else 0.2), ey_ + (0.5 - ey_) * reach * 2
        cv2.line(hsm, (int(ex_ * W), int(ey_ * H)), (int(tx_ * W), int(ty_ * H)), 1.0, int(0.13 * W))
        ah = float(np.degrees(np.arctan2((ty_ - ey_) * H, (tx_ - ex_) * W)))
        cv2.ellipse(hsm, (int(tx_ * W), int(ty_ * H)), (int(0.11 * W), int(0.075 * W)), ah, 0, 360, 1.0, -1)
        for k_ in (-2, -1, 0, 1):
            fa = np.deg2rad(ah + 14 * k_)
            fx, fy = tx_ * W + np.cos(fa) * 0.1 * W, ty_ * H + np.sin(fa) * 0.1 * W
            cv2.ellipse(hsm, (int(fx), int(fy)), (int(0.06 * W), int(0.016 * W)), float(np.degrees(fa)), 0, 360, 1.0, -1)
        hsm = cv2.GaussianBlur(hsm, (0, 0), 0.025 * W)
        light *= 1 - R.uniform(0.25, 0.38) * hsm
    blinds = False                                                  # blind-v19: window blinds: parallel soft bands of shadow across
    if id_ in BLINDS:                                               # the whole frame, sheet and text included (never black)
        blinds = round(R.uniform(-35, 35), 1)
        per_, duty_, kb_ = R.uniform(0.06, 0.09) * H, R.uniform(0.35, 0.55), R.uniform(0.18, 0.28)
        tb_ = np.deg2rad(blinds)
        ph_ = (yy * np.cos(tb_) - xx * np.sin(tb_)) / per_
        band_ = ((ph_ - np.floor(ph_)) < duty_).astype(np.float32)
        band_ = cv2.GaussianBlur(band_, (0, 0), 0.08 * per_)
        light *= 1 - kb_ * band_
    flicker = False                                                 # blind-v27: rolling-shutter flicker of mains-powered lights: soft
    if id_ in FLICKER:                                              # horizontal bands of brightness across the whole frame (through the text)
        per9 = R.uniform(0.10, 0.22) * H
        k9 = R.uniform(0.10, 0.16)
        ph9 = R.uniform(0, 6.28)
        flicker = int(round(per9))
        light *= 1 - k9 * (0.5 + 0.5 * np.sin(2 * np.pi * yy / per9 + ph9)) ** 2
    vignette = False                                                # blind-v28: a cheap lens: strong dark vignetting toward the corners
    if id_ in VIGNETTE:                                             # of the frame (through the text near the corners)
        vignette = round(R.uniform(0.35, 0.5), 2)
        rr9 = ((xx - W / 2) ** 2 + (yy - H / 2) ** 2) / ((W / 2) ** 2 + (H / 2) ** 2)
        light *= 1 - vignette * rr9 ** 1.5
    img = img * light[..., None]
    if light_kind == 'flash':
        gxp, gyp = R.uniform(0.35, 0.65) * W, R.uniform(0.3, 0.7) * H
        img = img + (R.uniform(35, 60) * np.exp(-(((xx - gxp) / (W * 0.09)) ** 2 + ((yy - gyp) / (H * 0.07)) ** 2)))[..., None]
    if light_kind == 'glossy_glare':                                # broad specular streak from a ceiling lamp on glossy paper
        t = np.deg2rad(R.uniform(20, 160))
        dl = ((xx - W * R.uniform(0.3, 0.7)) * np.cos(t) + (yy - H * R.uniform(0.3, 0.7)) * np.sin(t)) / (W * 0.06)
        img = img + (R.uniform(25, 45) * np.exp(-dl ** 2))[..., None]
    img = img * np.array(LIGHTS[light_kind], np.float32)
    cast = False                                                    # blind-v28: a strong colour cast of the room light (BGR gains)
    if id_ in CAST:
        cast = R.choice(['green_fluorescent', 'orange_sodium'])
        img = img * np.array({'green_fluorescent': (0.80, 1.06, 0.78), 'orange_sodium': (0.55, 0.85, 1.12)}[cast], np.float32)
    lamp = False                                                    # blind-v17: a desk lamp to one side: a warm pool of light on the
    if R.random() < 0.25:                                           # near side of the sheet, the far side dimmer
        lamp = R.choice(['left', 'right', 'top_left', 'top_right'])
        lx = {'left': -0.15, 'right': 1.15, 'top_left': -0.1, 'top_right': 1.1}[lamp] * W
        ly = {'left': 0.45, 'right': 0.45, 'top_left': -0.1, 'top_right': -0.1}[lamp] * H
        dd = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / np.sqrt(W * W + H * H)
        pool = 0.7 + 0.5 * np.exp(-(dd / 0.55) ** 2)
        img = img * pool[..., None] * np.array((0.86, 0.96, 1.06), np.float32)
    sleeve = False                                                  # blind-v20: the sheet inside a clear plastic sheet protector:
    if id_ in SLEEVE:                                               # a faint haze over it, bright wrinkle reflections through the
        sleeve = True                                               # text, the sleeve's edge and its punched strip beside the sheet
        cen_ = paper.mean(axis=0)
        q_ = (paper - cen_) * np.array([1.03, 1.015], np.float32) + cen_
        ev_ = (paper[1] - paper[0]) / (np.linalg.norm(paper[1] - paper[0]) + 1e-6)
        strip_ = 0.055 * np.linalg.norm(paper[1] - paper[0])
        q_[0] -= ev_ * strip_; q_[3] -= ev_ * strip_
        sm_ = np.zeros((H, W), np.uint8)
        cv2.fillConvexPoly(sm_, q_.astype(np.int32), 1)
        smf_ = cv2.GaussianBlur(sm_.astype(np.float32), (0, 0), 1.2)
        img = img * (1 - 0.07 * smf_[..., None]) + 16 * smf_[..., None]
        ed_ = np.zeros((H, W), np.float32)
        cv2.polylines(ed_, [q_.astype(np.int32).reshape(-1, 1, 2)], True, 1.0, 2)
        img = img - 30 * cv2.GaussianBlur(ed_, (0, 0), 0.8)[..., None]
        lv_ = (paper[3] - paper[0])
        for k_ in (0.2, 0.5, 0.8):                                  # the punched holes of the strip (the desk shows through darker)
            c_ = paper[0] + lv_ * k_ - ev_ * strip_ * 0.5
            hm2_ = np.zeros((H, W), np.float32)
            cv2.circle(hm2_, (int(c_[0]), int(c_[1])), max(4, int(0.011 * W)), 1.0, -1)
            img = img * (1 - 0.35 * cv2.GaussianBlur(hm2_, (0, 0), 1.0)[..., None])
        wr_ = np.zeros((H, W), np.float32)
        x0_, y0_ = q_.min(axis=0); x1_, y1_ = q_.max(axis=0)
        for _ in range(R.randint(3, 6)):
            sx_, sy_ = R.uniform(x0_, x1_), R.uniform(y0_, y1_)
            a_ = R.uniform(0, np.pi); L_ = R.uniform(0.15, 0.4) * W; amp_ = R.uniform(0.01, 0.04) * W
            ts_ = np.linspace(-0.5, 0.5, 60)
            pts_ = np.stack([sx_ + ts_ * L_ * np.cos(a_) - amp_ * np.sin(ts_ * 6) * np.sin(a_),
                             sy_ + ts_ * L_ * np.sin(a_) + amp_ * np.sin(ts_ * 6) * np.cos(a_)], axis=1).astype(np.int32)
            cv2.polylines(wr_, [pts_.reshape(-1, 1, 2)], False, 1.0, max(3, int(0.005 * W)))
        wr_ = cv2.GaussianBlur(wr_, (0, 0), 0.006 * W) * smf_
        img = img + R.uniform(28, 45) * (wr_ / (wr_.max() + 1e-6))[..., None]
    finger = False                                                  # blind-v21: the photographer's fingertip over a corner of the lens:
    if id_ in FINGER:                                               # a large, out-of-focus, warm translucent blob entering from a corner
        fcor = R.choice(['top_left', 'top_right', 'bottom_left', 'bottom_right'])   # of the frame, lit through from behind; it is
        fcx = {'top_left': 0, 'bottom_left': 0, 'top_right': W, 'bottom_right': W}[fcor]   # shrunk until it covers no text
        fcy = {'top_left': 0, 'top_right': 0, 'bottom_left': H, 'bottom_right': H}[fcor]
        fang = R.uniform(20, 70)
        frad = R.uniform(0.22, 0.32) * min(W, H)
        fcol = np.array(R.choice([(95, 135, 215), (80, 115, 190), (110, 150, 230)]), np.float32)
        for _ in range(25):
            fm = np.zeros((H, W), np.float32)
            cv2.ellipse(fm, (int(fcx), int(fcy)), (int(frad), int(frad * 0.62)), fang if fcor in ('top_left', 'bottom_right') else -fang,
                        0, 360, 1.0, -1)
            fm = cv2.GaussianBlur(fm, (0, 0), 0.05 * min(W, H))
            if (fm[inkmask > 0] > 0.02).sum() == 0 and fm.max() > 0.3:
                img = img * (1 - 0.88 * fm[..., None]) + fcol[None, None, :] * 0.88 * fm[..., None]
                finger = fcor
                break
            frad *= 0.9
    blur = R.choice(['sharp', 'sharp', 'defocus', 'motion'])
    if far:                                                         # blind-v27: a far shot is kept in focus (the letters are small already)
        blur = 'sharp'
    chroma = False                                                  # blind-v25: lateral chromatic aberration of a cheap lens: the
    if id_ in CHROMATIC:                                            # blue channel a little larger and the red a little smaller than
        chroma = round(R.uniform(1.5, 3.0), 1)                      # the green, so letters get colour fringes growing toward the
        sc9 = chroma / (0.5 * np.hypot(W, H))                       # corners (value: the shift in px at the corners)
        for c9, sg9 in ((0, 1), (2, -1)):
            Ms9 = cv2.getRotationMatrix2D((W / 2, H / 2), 0, 1 + sg9 * sc9)
            img[..., c9] = cv2.warpAffine(np.ascontiguousarray(img[..., c9]), Ms9, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)
    smudge = False                                                  # blind-v23: a greasy fingerprint on the lens: a soft hazy bloom over
    if id_ in SMUDGE:                                               # part of the frame, lowering the contrast there (through the text)
        smudge = R.choice(['center', 'top_left', 'top_right', 'bottom_left', 'bottom_right', 'left', 'right'])
        cx6 = {'center': 0.5, 'top_left': 0.25, 'bottom_left': 0.25, 'left': 0.15, 'top_right': 0.75, 'bottom_right': 0.75, 'right': 0.85}[smudge] * W
        cy6 = {'center': 0.5, 'top_left': 0.25, 'top_right': 0.25, 'left': 0.5, 'right': 0.5, 'bottom_left': 0.75, 'bottom_right': 0.75}[smudge] * H
        m6 = np.zeros((H, W), np.float32)
        cv2.ellipse(m6, (int(cx6), int(cy6)), (int(R.uniform(0.22, 0.32) * W), int(R.uniform(0.16, 0.26) * H)), R.uniform(0, 180), 0, 360, 1.0, -1)
        m6 = cv2.GaussianBlur(m6, (0, 0), 0.06 * min(W, H)) * R.uniform(0.45, 0.6)
        bloom6 = cv2.GaussianBlur(img, (0, 0), R.uniform(2.2, 3.2))
        img = img * (1 - m6[..., None]) + (bloom6 * 0.88 + 0.12 * 235.0) * m6[..., None]
    if blur == 'defocus':
        img = cv2.GaussianBlur(img, (0, 0), R.uniform(1.0, 1.3))
    elif blur == 'motion':
        n = R.choice([5, 7])
        k = np.zeros((n, n), np.float32); k[n // 2, :] = 1.0 / n
        k = cv2.warpAffine(k, cv2.getRotationMatrix2D((n // 2, n // 2), R.uniform(0, 180), 1.0), (n, n))
        img = cv2.filter2D(img, -1, k / k.sum())
    else:
        img = cv2.GaussianBlur(img, (0, 0), 0.5)
    img = img + nrng.normal(0, 7.0 if light_kind == 'dim_evening' else R.uniform(2.0, 4.0), img.shape)
    grain = False                                                   # blind-v29: high ISO in a dim room: the frame darker, strong
    if id_ in GRAIN:                                                # luminance noise and blotchy colour noise (through the text)
        grain = round(R.uniform(11.0, 15.0), 1)
        grng = np.random.default_rng(zlib.crc32((id_ + 'gr29').encode()))
        img = img * R.uniform(0.72, 0.82)
        img = img + grng.normal(0, grain, (H, W, 1)).astype(np.float32)
        img = img + cv2.GaussianBlur(grng.normal(0, grain * 1.6, (H, W, 3)).astype(np.float32), (0, 0), 2.0)
    img = np.clip(img, 0, 255).astype(np.uint8)
    tstamp = False                                                  # blind-v22: the camera's date-and-time imprint, burnt into the picture
    if id_ in TIMESTAMP:                                            # in orange digits near a corner of the frame (never over the text)
        tstamp = timestamp_imprint(img, inkmask, g['letter_date'], R)
    os.makedirs(os.path.join(OUT, 'photo'), exist_ok=True)
    path = os.path.join(OUT, 'photo', id_ + '.jpg')
    q = R.randint(74, 88)
    messenger = (R.random() < 0.3) and not far                                    # blind-v16: sent through a messaging app: scaled down, recompressed
    if messenger:
        long_side = R.choice([1280, 1600])
        f_ = long_side / max(W, H)
        img = jpeg_roundtrip(img, q)
        img = cv2.resize(img, (int(round(W * f_)), int(round(H * f_))), interpolation=cv2.INTER_AREA)
        W, H = img.shape[1], img.shape[0]
        q = R.randint(55, 70)
    cv2.imwrite(path, img, [cv2.IMWRITE_JPEG_QUALITY, q])
    return id_, {'photo_page': page, 'photo_angle': round(ang, 1), 'photo_sideways': sideways, 'photo_background': bgk,
                 'photo_light': light_kind, 'photo_shadow': shadow, 'photo_hand': hand, 'photo_crop_edges': crop_edges,
                 'photo_blur': blur, 'photo_keystone': round(kt, 3), 'photo_curl_px': curl, 'photo_crumple': crumple,
                 'photo_jpeg_quality': q, 'photo_size_px': [W, H], 'photo_folds': folds, 'photo_object': obj,
                 'photo_clip': clip, 'photo_messenger': messenger, 'photo_stack': stack, 'photo_desk_lamp': lamp,
                 'photo_screen': False, 'photo_hand_shadow': hshadow, 'photo_blinds': blinds, 'photo_sleeve': sleeve,
                 'photo_finger': finger, 'photo_timestamp': tstamp, 'photo_smudge': smudge,
                 'photo_margin_note': note, 'photo_tinted_paper': tinted, 'photo_highlighter': hl_lines,
                 'photo_paperclip': pclip, 'photo_chromatic': chroma, 'photo_far': far, 'photo_flicker': flicker,
                 'photo_vignette': vignette, 'photo_color_cast': cast, 'photo_keyboard': keyboard, 'photo_grain': grain}


def make_screen_photo(g, page):
    """blind-v18: a phone photo of a computer screen that shows the page in a PDF viewer (dark toolbar with icons, grey
    viewer background, scroll bar): the page is rendered at screen resolution, the screen's sub-pixel stripes beat with the
    camera into moire, the screen glows and reflects a window; the phone is held upright, the sides of the screen cut by the
    frame and the monitor's bezels and the desk showing above and below. All the page's text is inside the frame."""
    id_ = g['id']
    R = rng_for(id_, 'screen18')
    nrng = np.random.default_rng(zlib.crc32((id_ + 's18').encode()))
    SHs = 1800
    tb = 66
    ph_t = SHs - tb - 60
    dpi = int(ph_t / 11.69)
    pg = render(pdf_of(g), page, dpi, False).astype(np.float32)
    ph, pw = pg.shape[:2]
    mx = int(R.uniform(260, 380))
    SWs = pw + 2 * mx
    scr = np.empty((SHs, SWs, 3), np.float32)
    scr[:] = (89, 86, 82)                                           # viewer background (BGR)
    scr[:tb] = (57, 54, 50)                                         # toolbar
    ic = (205, 205, 205)
    cy = tb // 2
    x = 24
    for kind in ('menu', 'sep', 'up', 'down', 'box', 'sep', 'minus', 'plus', 'zoombox', 'sep', 'print', 'save'):
        if kind == 'menu':
            for k in (-9, 0, 9):
                cv2.line(scr, (x, cy + k), (x + 26, cy + k), ic, 3)
            x += 60
        elif kind == 'sep':
            cv2.line(scr, (x, 14), (x, tb - 14), (110, 110, 110), 2); x += 30
        elif kind in ('up', 'down'):
            d = -1 if kind == 'up' else 1
            cv2.polylines(scr, [np.array([[x, cy - 8 * d], [x + 12, cy + 8 * d], [x + 24, cy - 8 * d]], np.int32)], False, ic, 3); x += 50
        elif kind == 'box':
            cv2.rectangle(scr, (x, cy - 15), (x + 70, cy + 15), (30, 30, 30), -1); cv2.rectangle(scr, (x, cy - 15), (x + 70, cy + 15), (120, 120, 120), 1); x += 110
        elif kind in ('minus', 'plus'):
            cv2.line(scr, (x, cy), (x + 24, cy), ic, 3)
            if kind == 'plus':
                cv2.line(scr, (x + 12, cy - 12), (x + 12, cy + 12), ic, 3)
            x += 50
        elif kind == 'zoombox':
            cv2.rectangle(scr, (x, cy - 15), (x + 130, cy + 15), (30, 30, 30), -1)
            cv2.polylines(scr, [np.array([[x + 108, cy - 4], [x + 116, cy + 4], [x + 124, cy - 4]], np.int32)], False, ic, 2); x += 170
        elif kind == 'print':
            cv2.rectangle(scr, (x, cy - 6), (x + 28, cy + 10), ic, 2); cv2.rectangle(scr, (x + 6, cy - 16), (x + 22, cy - 6), ic, 2); x += 56
        else:
            cv2.line(scr, (x + 14, cy - 14), (x + 14, cy + 6), ic, 3)
            cv2.polylines(scr, [np.array([[x + 4, cy - 2], [x + 14, cy + 8], [x + 24, cy - 2]], np.int32)], False, ic, 3)
            cv2.line(scr, (x, cy + 14), (x + 28, cy + 14), ic, 3); x += 56
    oy = tb + 30
    scr[oy:oy + ph, mx:mx + pw] = pg
    scr[oy + ph:oy + ph + 8, mx + 6:mx + pw + 6] *= 0.75            # page drop shadow
    scr[oy + 6:oy + ph + 8, mx + pw:mx + pw + 8] *= 0.75
    scr[tb:, SWs - 16:SWs - 4] = (120, 118, 115)                    # scroll bar
    scr[tb + 20:tb + 20 + int(0.55 * (SHs - tb)), SWs - 15:SWs - 5] = (175, 172, 170)
    xx = np.arange(SWs, dtype=np.float32)
    amp = R.uniform(0.10, 0.16)
    for c in range(3):                                              # sub-pixel stripes (B, G, R columns)
        scr[..., c] *= (1 - amp) + amp * (np.cos(2 * np.pi * (xx - c) / 3.0) > 0.3)[None, :]
    bez_t, bez_b = int(R.uniform(40, 70)), int(R.uniform(90, 130))
    full = np.empty((SHs + bez_t + bez_b, SWs, 3), np.float32)
    full[:bez_t] = (22, 22, 24); full[bez_t:bez_t + SHs] = scr; full[bez_t + SHs:] = (26, 26, 28)
    alpha = np.ones(full.shape[:2], np.float32)
    Hf, Wf = full.shape[:2]
    W, H = R.choice([(1500, 2000), (1536, 2048), (1728, 2304)])
    kt = R.uniform(0.0, 0.08)
    ang = R.choice([-1, 1]) * R.uniform(0.5, 5.0)
    src = np.array([[0, 0], [Wf, 0], [Wf, Hf], [0, Hf]], np.float32)
    inkb = np.array([[mx, bez_t + oy], [mx + pw, bez_t + oy], [mx + pw, bez_t + oy + ph], [mx, bez_t + oy + ph]], np.float32)
    def quad(s, off):
        cw, ch = Wf * s, Hf * s
        q = np.array([[-cw / 2, -ch / 2], [cw / 2, -ch / 2], [cw / 2, ch / 2], [-cw / 2, ch / 2]], np.float32)
        q[0, 0] += cw * kt; q[1, 0] -= cw * kt
        t = np.deg2rad(ang)
        rot = np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]], np.float32)
        return q @ rot.T + np.array([W / 2, H / 2], np.float32) + off
    def inside(pts, m):
        return (pts[:, 0] >= W * m).all() and (pts[:, 0] <= W * (1 - m)).all() and (pts[:, 1] >= H * m).all() and (pts[:, 1] <= H * (1 - m)).all()
    s = W / Wf * R.uniform(1.02, 1.1)
    off = np.array([R.uniform(-0.02, 0.02) * W, R.uniform(-0.02, 0.02) * H], np.float32)
    for _ in range(200):
        Mp = cv2.getPerspectiveTransform(src, quad(s, off))
        if inside(cv2.perspectiveTransform(inkb.reshape(-1, 1, 2), Mp).reshape(-1, 2), 0.02):
            break
        s *= 0.985
    warped = cv2.warpPerspective(full, Mp, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(alpha, Mp, (W, H))[..., None]
    bgk = R.choice(['office_desk', 'walnut', 'granite', 'black_bag'])
    bg = background(bgk, H, W, R, nrng)
    img = warped * mask + bg * (1 - mask)
    yy, xx2 = np.mgrid[0:H, 0:W].astype(np.float32)
    glow = 1.02 - R.uniform(0.10, 0.2) * (((xx2 - W / 2) / W) ** 2 + ((yy - H / 2) / H) ** 2) * 2
    img = img * (1 - mask) + img * glow[..., None] * mask
    t = np.deg2rad(R.uniform(20, 160))
    dl = ((xx2 - W * R.uniform(0.2, 0.8)) * np.cos(t) + (yy - H * R.uniform(0.2, 0.8)) * np.sin(t)) / (W * 0.18)
    img = img + (R.uniform(12, 24) * np.exp(-dl ** 2))[..., None] * mask    # a window reflected on the screen
    img = img * np.array(R.choice([(1.06, 1.0, 0.94), (1.0, 1.0, 1.0), (1.03, 1.01, 0.97)]), np.float32)
    blur = R.choice(['sharp', 'sharp', 'defocus'])
    img = cv2.GaussianBlur(img, (0, 0), R.uniform(0.9, 1.2) if blur == 'defocus' else 0.6)
    img = img + nrng.normal(0, R.uniform(2.5, 4.5), img.shape)
    img = np.clip(img, 0, 255).astype(np.uint8)
    os.makedirs(os.path.join(OUT, 'photo'), exist_ok=True)
    q = R.randint(76, 88)
    messenger = R.random() < 0.3
    if messenger:
        long_side = R.choice([1280, 1600])
        f_ = long_side / max(W, H)
        img = jpeg_roundtrip(img, q)
        img = cv2.resize(img, (int(round(W * f_)), int(round(H * f_))), interpolation=cv2.INTER_AREA)
        W, H = img.shape[1], img.shape[0]
        q = R.randint(55, 70)
    cv2.imwrite(os.path.join(OUT, 'photo', id_ + '.jpg'), img, [cv2.IMWRITE_JPEG_QUALITY, q])
    return id_, {'photo_page': page, 'photo_angle': round(ang, 1), 'photo_sideways': False, 'photo_background': bgk,
                 'photo_light': 'screen', 'photo_shadow': 'none', 'photo_hand': 'none', 'photo_crop_edges': True,
                 'photo_blur': blur, 'photo_keystone': round(kt, 3), 'photo_curl_px': 0.0, 'photo_crumple': False,
                 'photo_jpeg_quality': q, 'photo_size_px': [W, H], 'photo_folds': False, 'photo_object': 'none',
                 'photo_clip': False, 'photo_messenger': messenger, 'photo_stack': 0, 'photo_desk_lamp': False,
                 'photo_screen': True, 'photo_hand_shadow': False, 'photo_blinds': False, 'photo_sleeve': False,
                 'photo_finger': False, 'photo_timestamp': False, 'photo_smudge': False,
                 'photo_margin_note': False, 'photo_tinted_paper': False, 'photo_highlighter': False,
                 'photo_paperclip': False, 'photo_chromatic': False, 'photo_far': False, 'photo_flicker': False,
                 'photo_vignette': False, 'photo_color_cast': False, 'photo_keyboard': False, 'photo_grain': False}


def timestamp_imprint(img, inkmask, letter_date, R):
    """blind-v22: burn a camera date stamp ('2023/07/18 14:32' or '18/07/2023 14:32') in orange seven-segment-like digits with a
    soft glow near a corner of the frame (bottom right most often). The stamp is placed where it covers no text (moved to
    another corner or shrunk if needed). Returns {'corner', 'text'} or False. Changes img in place."""
    import datetime
    from PIL import Image as PI, ImageDraw as PD, ImageFont as PF
    H, W = img.shape[:2]
    d0 = datetime.date.fromisoformat(letter_date) + datetime.timedelta(days=R.randint(2, 20))
    hh, mm = R.randint(8, 19), R.randint(0, 59)
    txt = ('%04d/%02d/%02d %02d:%02d' % (d0.year, d0.month, d0.day, hh, mm)) if R.random() < 0.5 else \
          ('%02d/%02d/%04d %02d:%02d' % (d0.day, d0.month, d0.year, hh, mm))
    corners = ['bottom_right', 'bottom_left', 'top_right', 'top_left']
    first = 'bottom_right' if R.random() < 0.7 else R.choice(['bottom_left', 'top_right'])
    order = [first] + [c for c in corners if c != first]
    col = np.array(R.choice([(20, 140, 255), (30, 170, 255), (40, 120, 250)]), np.float32)   # BGR orange
    ink_d = cv2.dilate(inkmask, np.ones((25, 25), np.uint8)).astype(bool)
    size = int(0.03 * min(W, H))
    for _ in range(4):
        font = PF.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf', size)
        tw = int(PD.Draw(PI.new('L', (1, 1))).textlength(txt, font=font)) + 8
        th = int(size * 1.4)
        m = int(0.035 * min(W, H))
        for corner in order:
            x0 = W - m - tw if corner.endswith('right') else m
            y0 = H - m - th if corner.startswith('bottom') else m
            if ink_d[y0:y0 + th, x0:x0 + tw].any():
                continue
            lay = PI.new('L', (tw, th), 0)
            PD.Draw(lay).text((4, int(size * 0.15)), txt, fill=255, font=font)
            a = np.asarray(lay).astype(np.float32) / 255.0
            glow = cv2.GaussianBlur(a, (0, 0), max(1.0, size * 0.08))
            reg = img[y0:y0 + th, x0:x0 + tw].astype(np.float32)
            reg = reg * (1 - 0.35 * glow[..., None]) + col[None, None, :] * 0.35 * glow[..., None]
            reg = reg * (1 - a[..., None]) + col[None, None, :] * a[..., None]
            img[y0:y0 + th, x0:x0 + tw] = np.clip(reg, 0, 255).astype(np.uint8)
            return {'corner': corner, 'text': txt}
        size = int(size * 0.85)
    return False


def margin_note(page_img, bbox, R, nrng):
    """blind-v23: draw a ballpoint note (blue or black) on the page image (page coordinates, before the photo is taken): a
    bracket or a tick and one or two lines of scrawl, put in a margin or a blank area where it touches no ink. Returns where it
    went ('left_margin', 'right_margin', 'top_margin', 'bottom_margin' or 'blank_area') or False. Changes page_img in place."""
    ph, pw = page_img.shape[:2]
    x0, y0, x1, y1 = bbox
    gray = page_img.mean(axis=2)
    ink = (gray < 215).astype(np.uint8)
    ink_d = cv2.dilate(ink, np.ones((41, 41), np.uint8)).astype(bool)
    col = np.array(R.choice([(150, 60, 25), (160, 70, 30), (40, 35, 35)]), np.float32)   # BGR: ballpoint blue, or black
    th = max(2, int(round(ph / 900)))
    nw, nh = int(R.uniform(0.16, 0.26) * pw), int(R.uniform(0.035, 0.05) * ph)
    vertical = R.random() < 0.5

    def strokes(x, y, w_, h_):
        m = np.zeros((ph, pw), np.uint8)
        if vertical and w_ < h_:                                    # a bracket down the margin and a tick beside it
            pts = np.array([[x + w_ // 2 + int(3 * np.sin(k / 5.0)), y + k * h_ // 30] for k in range(31)], np.int32)
            cv2.polylines(m, [pts], False, 1, th)
            cv2.line(m, (x + w_ // 2, y), (x + w_ // 2 + w_ // 3, y), 1, th)
            cv2.line(m, (x + w_ // 2, y + h_), (x + w_ // 2 + w_ // 3, y + h_), 1, th)
            tx, ty = x + w_ // 6, y + h_ // 2
            cv2.line(m, (tx, ty), (tx + w_ // 6, ty + w_ // 5), 1, th)
            cv2.line(m, (tx + w_ // 6, ty + w_ // 5), (tx + w_ // 2, ty - w_ // 4), 1, th)
            return m
        lines = 2 if h_ > nh * 1.6 else 1
        for li in range(lines):
            xs, base = x, y + (li + 0.6) * h_ / (lines + 0.3)
            pts = []
            while xs < x + w_ * (0.95 if li == 0 else 0.7):
                word = R.randint(3, 7)
                for k in range(word * 8):
                    t = k / 8.0
                    pts.append([xs + k * 1.6, base - abs(np.sin(t * np.pi)) * h_ * 0.28 * (1.4 if R.random() < 0.12 else 1.0)])
                if len(pts) > 1:
                    cv2.polylines(m, [np.array(pts, np.int32)], False, 1, th)
                pts = []
                xs += word * 8 * 1.6 + R.uniform(8, 16)
        cv2.line(m, (x, int(y + h_ * 0.98)), (int(x + w_ * R.uniform(0.5, 0.9)), int(y + h_ * 0.95)), 1, th)
        return m
    cands = []
    lm, rm = x0, pw - x1
    if vertical and lm > 0.06 * pw:
        cands += [('left_margin', int(lm * 0.2), int(R.uniform(0.3, 0.6) * ph), int(lm * 0.6), int(0.12 * ph))]
    if vertical and rm > 0.06 * pw:
        cands += [('right_margin', int(x1 + rm * 0.2), int(R.uniform(0.3, 0.6) * ph), int(rm * 0.6), int(0.12 * ph))]
    for k_ in range(160):                                           # later tries are smaller (a dense page has little room)
        nw_, nh_ = int(nw * (1 - 0.45 * k_ / 160)), int(nh * (1 - 0.3 * k_ / 160))
        x_, y_ = int(R.uniform(0.08, 0.92) * pw - nw_ / 2), int(R.uniform(0.05, 0.95) * ph - nh_)
        cands.append(('area', max(2, x_), max(2, y_), nw_, nh_ * 2 if R.random() < 0.5 else nh_))
    vertical_ok = vertical
    for where, x, y, w_, h_ in cands:
        if x < 2 or y < 2 or x + w_ > pw - 2 or y + h_ > ph - 2:
            continue
        vertical = vertical_ok and where != 'area'
        m = strokes(x, y, w_, h_)
        if not m.any() or (m.astype(bool) & ink_d).any():
            continue
        mf = cv2.GaussianBlur(m.astype(np.float32), (0, 0), 0.7)[..., None]
        page_img[:] = page_img * (1 - 0.85 * mf) + col[None, None, :] * 0.85 * mf
        if where == 'area':
            cy, cx = y + h_ / 2, x + w_ / 2
            where = 'top_margin' if cy < y0 else 'bottom_margin' if cy > y1 else 'left_margin' if cx + w_ / 2 < x0 else \
                'right_margin' if cx - w_ / 2 > x1 else 'blank_area'
        return where
    return False


def highlighter(page_img, R):
    """blind-v24: mark one or two text lines of the page image with a highlighter (yellow, green or pink): a band a little
    taller than the line, with soft rounded ends, multiplied over the paper so the ink stays dark. Returns {'color', 'lines'}
    or False. Changes page_img in place."""
    ph, pw = page_img.shape[:2]
    ink = page_img.mean(axis=2) < 150
    rows_ = ink.sum(axis=1) > 2
    lines_, y_ = [], 0
    while y_ < ph:
        if rows_[y_]:
            y0_ = y_
            while y_ < ph and rows_[y_]:
                y_ += 1
            cols_ = np.where(ink[y0_:y_].any(axis=0))[0]
            if 0.2 * ph < (y0_ + y_) / 2 < 0.85 * ph and 0.006 * ph < y_ - y0_ < 0.03 * ph and cols_[-1] - cols_[0] > 0.3 * pw:
                lines_.append((y0_, y_, cols_[0], cols_[-1]))
        y_ += 1
    if not lines_:
        return False
    color = R.choice(['yellow', 'green', 'pink'])
    mul = np.array({'yellow': (0.42, 0.97, 1.0), 'green': (0.55, 1.0, 0.62), 'pink': (0.88, 0.62, 1.0)}[color], np.float32)
    k0 = R.randrange(len(lines_))
    picks = [k0] + ([k0 + 1] if k0 + 1 < len(lines_) and R.random() < 0.5 else [])
    for k in picks:
        y0_, y1_, xa, xb = lines_[k]
        lh = y1_ - y0_
        xs_, xe_ = int(xa + R.uniform(0.0, 0.25) * (xb - xa)), int(xa + R.uniform(0.7, 1.0) * (xb - xa))
        mk = np.zeros((ph, pw), np.float32)
        cv2.rectangle(mk, (xs_, int(y0_ - 0.35 * lh)), (xe_, int(y1_ + 0.35 * lh)), 1.0, -1)
        mk = cv2.GaussianBlur(mk, (0, 0), 1.5)[..., None]
        page_img[:] = page_img * (1 - mk + mk * mul[None, None, :])
    return {'color': color, 'lines': len(picks)}


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
        if (g['figures'] and g['id'] not in WITH_FIG_NOSCAN) or g['id'] in SCAN_EXTRA:
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
            for k in ('scan_rotation', 'scan_turn', 'scan_dpi', 'scan_grey_paper', 'scan_fax', 'scan_effects', 'scan_stamp_date', 'photo_page', 'photo_angle',
                      'photo_sideways', 'photo_background', 'photo_light', 'photo_shadow', 'photo_hand', 'photo_crop_edges', 'photo_blur',
                      'photo_keystone', 'photo_curl_px', 'photo_crumple', 'photo_jpeg_quality', 'photo_size_px', 'photo_folds', 'photo_object',
                      'photo_clip', 'photo_messenger', 'photo_stack', 'photo_desk_lamp', 'photo_screen', 'photo_hand_shadow', 'photo_blinds',
                      'photo_sleeve', 'photo_finger', 'photo_timestamp', 'photo_smudge', 'photo_margin_note', 'photo_tinted_paper', 'photo_highlighter',
                      'photo_paperclip', 'photo_chromatic', 'scan_halftone', 'scan_low_res', 'photo_far', 'photo_flicker',
                      'scan_reduced', 'scan_washed_out', 'photo_vignette', 'photo_color_cast',
                      'scan_carbon', 'scan_stamp_over', 'scan_crooked', 'photo_keyboard', 'photo_grain'):
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
