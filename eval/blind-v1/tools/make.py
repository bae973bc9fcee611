#!/usr/bin/env python3
"""Regenerate the blind evaluation set blind-v1.

usage: python tools/make.py [--only b001,b002] [--skip-degrade]
Needs: libreoffice (soffice), poppler-utils (pdftotext, pdftoppm, pdfunite), python-docx,
openpyxl, Pillow, numpy, opencv-python-headless, img2pdf.
"""
import json, os, re, shutil, subprocess, sys, random, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from lib import P, Table, PageBreak  # noqa
from render import render_docx, render_xlsx  # noqa
import docs_a, docs_b, docs_c  # noqa

DOCS = docs_a.DOCS + docs_b.DOCS + docs_c.DOCS
DOCS.sort(key=lambda d: d.id)


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def page_texts(pdf):
    n = int(re.search(r"Pages:\s+(\d+)", sh(["pdfinfo", pdf]).stdout).group(1))
    out = []
    for i in range(1, n + 1):
        out.append(sh(["pdftotext", "-layout", "-f", str(i), "-l", str(i), pdf, "-"]).stdout)
    return out


def collect_figs(d):
    figs = []
    for b in getattr(d, "blocks", []) or []:
        if isinstance(b, P):
            figs.extend(dict(f) for f in b.figs)
        elif isinstance(b, Table):
            figs.extend(b.figures())
    for sh_ in getattr(d, "sheets", []) or []:
        for t in sh_["tables"]:
            for f in t.figures():
                f["_sheet"] = True
                figs.append(f)
    return figs


def assign_pages(figs, pages):
    np_ = [norm(p) for p in pages]
    cur = 0
    problems = []
    for f in figs:
        t = norm(f["text"])
        anc = norm(f["_anchor"])
        anc_key = anc[:30] if not f.get("_rowtexts") else anc.split(" ")[0][:14]
        found = None
        for pi in range(cur, len(np_)):
            if anc_key and anc_key in np_[pi] and t in np_[pi]:
                found = pi
                break
            if anc_key and anc_key in np_[pi] and t not in np_[pi] and pi + 1 < len(np_) and t in np_[pi + 1]:
                found = pi + 1  # paragraph broken over the page
                break
        if found is None:
            for pi in range(cur, len(np_)):
                if t in np_[pi]:
                    found = pi
                    problems.append(("anchor-miss", f["text"], anc_key, pi + 1))
                    break
        if found is None:
            problems.append(("NOT-FOUND", f["text"], anc_key))
            f["page"] = None
            continue
        f["page"] = found + 1
        cur = found
    return problems


def to_pdf(src, outdir):
    sh(["soffice", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outdir, src],
       timeout=300)


def build(d, tmp):
    src_dir = os.path.join(ROOT, "source")
    nat_dir = os.path.join(ROOT, "native")
    os.makedirs(src_dir, exist_ok=True); os.makedirs(nat_dir, exist_ok=True)
    parts = []
    files = {}
    if getattr(d, "blocks", None):
        p = os.path.join(src_dir, f"{d.id}.docx")
        render_docx(d, p)
        parts.append(p)
    if getattr(d, "sheets", None):
        p = os.path.join(src_dir, f"{d.id}{'_anexo' if parts else ''}.xlsx")
        render_xlsx(d, p)
        parts.append(p)
    pdfs = []
    for p in parts:
        to_pdf(p, tmp)
        pdfs.append(os.path.join(tmp, os.path.splitext(os.path.basename(p))[0] + ".pdf"))
    merged = os.path.join(tmp, f"{d.id}.merged.pdf")
    if len(pdfs) > 1:
        sh(["pdfunite"] + pdfs + [merged])
    else:
        shutil.copy(pdfs[0], merged)
    if getattr(d, "native_only", False):
        assert len(parts) == 1
        ext = os.path.splitext(parts[0])[1]
        shutil.copy(parts[0], os.path.join(nat_dir, d.id + ext))
        files["native"] = f"native/{d.id}{ext}"
        files["source"] = f"source/{os.path.basename(parts[0])}"
    else:
        shutil.copy(merged, os.path.join(nat_dir, d.id + ".pdf"))
        files["native"] = f"native/{d.id}.pdf"
        if len(parts) == 1:
            files["source"] = f"source/{os.path.basename(parts[0])}"
        else:
            files["source"] = f"source/{d.id}.docx"
            extra = f"Native PDF = source/{d.id}.docx + source/{os.path.basename(parts[1])} converted and joined (pdfunite)."
            d.notes = (getattr(d, "notes", "") + " " + extra).strip()
    return merged, files


def gold_line(d, figs, files, npages):
    out = []
    for f in figs:
        g = {k: f[k] for k in ("kind", "value", "currency", "what", "year", "role", "page", "text",
                               "row", "column", "unit_source")}
        out.append(g)
    rec = dict(id=d.id, files=files, layout=d.layout, language=d.language, on_topic=d.on_topic,
               status=d.status, missing_kind=d.mk, axes=d.axes,
               period_start=(d.period[0] if d.period else None),
               period_end=(d.period[1] if d.period else None),
               period_stated=d.period_stated, sender=d.sender, reference=d.reference,
               cited_references=list(d.cited), letter_date=d.letter_date, figures=out,
               notes=getattr(d, "notes", ""))
    if getattr(d, "photo", None):
        rec["photo_page"] = d.photo
    return rec


def main():
    only = None
    if "--only" in sys.argv:
        only = set(sys.argv[sys.argv.index("--only") + 1].split(","))
    tmp = tempfile.mkdtemp(prefix="blindv1_")
    gold_path = os.path.join(ROOT, "gold.jsonl")
    existing = {}
    if only and os.path.exists(gold_path):
        for line in open(gold_path):
            r = json.loads(line); existing[r["id"]] = r
    report = []
    for d in DOCS:
        if only and d.id not in only:
            continue
        pdf, files = build(d, tmp)
        pages = page_texts(pdf)
        figs = collect_figs(d)
        probs = assign_pages(figs, pages)
        # verification: every figure text is on its page
        for f in figs:
            if f["page"] is None or norm(f["text"]) not in norm(pages[f["page"] - 1]):
                probs.append(("VERIFY-FAIL", f["text"]))
        if getattr(d, "photo", None):
            assert d.photo <= len(pages), (d.id, "photo page")
        keep_pdf = os.path.join(tmp, f"{d.id}.pdf.keep")
        shutil.copy(pdf, keep_pdf)
        d._pdf = keep_pdf
        rec = gold_line(d, figs, files, len(pages))
        existing[d.id] = rec
        report.append((d.id, len(pages), len(figs), probs))
        print(d.id, "pages", len(pages), "figs", len(figs), "problems", probs, flush=True)
    if "--skip-degrade" not in sys.argv:
        import degrade
        for d in DOCS:
            if only and d.id not in only:
                continue
            rec = existing[d.id]
            if getattr(d, "scan", False):
                out = os.path.join(ROOT, "scanned", d.id + ".pdf")
                degrade.scan(d._pdf, out, seed=d.id, rotate=(d.scan if isinstance(d.scan, int) and d.scan is not True else 0))
                rec["files"]["scanned"] = f"scanned/{d.id}.pdf"
            if getattr(d, "photo", None):
                out = os.path.join(ROOT, "photo", d.id + ".jpg")
                degrade.photo(d._pdf, d.photo, out, seed=d.id)
                rec["files"]["photo"] = f"photo/{d.id}.jpg"
    with open(gold_path, "w", encoding="utf-8") as fh:
        for k in sorted(existing):
            fh.write(json.dumps(existing[k], ensure_ascii=False) + "\n")
    bad = [r for r in report if any(p[0] in ("NOT-FOUND", "VERIFY-FAIL") for p in r[3])]
    print("DONE", len(report), "docs;", "with problems:", [b[0] for b in bad])


if __name__ == "__main__":
    main()
