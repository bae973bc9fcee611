"""Build natives + gold for blind-v2. Run with python tools/build.py"""
import sys, os, json, re, subprocess, shutil, glob
sys.path.insert(0, os.path.dirname(__file__))
from gen import build_docx, build_xlsx, YEARNAME
import specs_a, specs_b, specs_c, specs_d, specs_x

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = "/tmp/blindv2-work"
for d in ("src", "pdf", "annex"):
    os.makedirs(os.path.join(WORK, d), exist_ok=True)
for d in ("native", "source", "render"):
    os.makedirs(os.path.join(ROOT, d), exist_ok=True)

DOCS = specs_a.S + specs_b.S + specs_c.S + specs_d.S
figs_by = {}
to_convert = []
for s in DOCS:
    if "yearline" not in s:
        s["yearline"] = YEARNAME.get(s["year"])
        if s["meta"]["language"] == "en": s["yearline"] = None
    p = os.path.join(WORK, "src", s["id"] + ".docx")
    f = build_docx(s, p)
    to_convert.append(p)
    if s.get("annex"):
        ap = os.path.join(WORK, "annex", s["id"] + "_annex.xlsx")
        f2 = build_xlsx(specs_x.ANNEX[s["annex"]], ap)
        for x in f2: x.pop("sheet", None)
        f += f2
        to_convert.append(ap)
    figs_by[s["id"]] = f
for s in specs_x.NATIVE:
    p = os.path.join(ROOT, "native", s["id"] + ".xlsx")
    f = build_xlsx(s, p)
    figs_by[s["id"]] = f
    to_convert.append(p)

subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/blindv2-lo", "--headless", "--convert-to", "pdf", "--outdir", os.path.join(WORK, "pdf")] + to_convert,
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def pages_of(pdf):
    t = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    pg = t.split("\f")
    if pg and not pg[-1].strip(): pg = pg[:-1]
    return pg

def norm(s):
    return re.sub(r"\s+", " ", s)

def locate(figs, pages, sheet_mode=False):
    np_ = [norm(p) for p in pages]
    cur_p, cur_o = 0, 0
    problems = []
    for f in figs:
        t = norm(f["text"]).strip()
        pat = re.compile(r"(?<![\d.,])" + re.escape(t) + r"(?![\d])")
        found = None
        for pi in range(cur_p, len(np_)):
            m = pat.search(np_[pi], cur_o if pi == cur_p else 0)
            if m: found = (pi, m.end()); break
        if not found:
            for pi in range(len(np_)):
                m = pat.search(np_[pi])
                if m: found = (pi, m.end()); problems.append(("out-of-order", f["text"])); break
        if not found:
            problems.append(("NOT FOUND", f["text"])); f["page"] = None; continue
        cur_p, cur_o = found
        f["page"] = found[0] + 1
        if sheet_mode:
            if f["page"] != f["sheet"]: problems.append(("sheet!=pdfpage", f["text"], f["sheet"], f["page"]))
            f["page"] = f.pop("sheet")
    return problems

gold = []
allprob = {}
for s in DOCS + specs_x.NATIVE:
    i = s["id"]
    m = s["meta"]
    files = {}
    if i in [x["id"] for x in specs_x.NATIVE]:
        pdf = os.path.join(WORK, "pdf", i + ".pdf")
        files["native"] = f"native/{i}.xlsx"
        prob = locate(figs_by[i], pages_of(pdf), sheet_mode=True)
        npages = len(s["sheets"])
    else:
        pdf = os.path.join(WORK, "pdf", i + ".pdf")
        if s.get("annex"):
            merged = os.path.join(WORK, "pdf", i + "_merged.pdf")
            subprocess.run(["pdfunite", pdf, os.path.join(WORK, "pdf", i + "_annex.pdf"), merged], check=True)
            pdf = merged
        shutil.copy(os.path.join(WORK, "src", i + ".docx"), os.path.join(ROOT, "source", i + ".docx"))
        if s.get("native") == "docx":
            shutil.copy(os.path.join(WORK, "src", i + ".docx"), os.path.join(ROOT, "native", i + ".docx"))
            shutil.copy(pdf, os.path.join(ROOT, "render", i + ".pdf"))
            files["native"] = f"native/{i}.docx"
        else:
            shutil.copy(pdf, os.path.join(ROOT, "native", i + ".pdf"))
            files["native"] = f"native/{i}.pdf"
        files["source"] = f"source/{i}.docx"
        pg = pages_of(pdf)
        npages = len(pg)
        prob = locate(figs_by[i], pg)
        if s.get("scanned"): files["scanned"] = f"scanned/{i}.pdf"
        if s.get("photo"): files["photo"] = f"photo/{i}.jpg"
    if prob: allprob[i] = prob
    figs = figs_by[i]
    for f in figs:
        f.pop("sheet", None)
    rec = dict(id=i, files=files, layout=m["layout"], language=m["language"], on_topic=m["on_topic"], status=m["status"], missing_kind=m["missing_kind"],
               axes=m["axes"], period_start=m["period_start"], period_end=m["period_end"], period_stated=m["period_stated"], sender=m["sender"],
               reference=m["reference"], cited_references=m["cited_references"], letter_date=m["letter_date"],
               figures=[dict(kind=f["kind"], value=f["value"], currency=f["currency"], what=f["what"], year=f["year"], role=f["role"], page=f["page"],
                             text=f["text"], row=f["row"], column=f["column"], unit_source=f["unit_source"]) for f in figs])
    notes = m.get("notes") or s.get("notes") or ""
    rec["notes"] = notes
    rec["pages"] = npages
    if s.get("photo"):
        cnt = {}
        for f in figs: cnt[f["page"]] = cnt.get(f["page"], 0) + 1
        rec["photo_page"] = max(sorted(cnt), key=lambda k: cnt[k]) if cnt else 1
    if s.get("scanned") in (90, 180): rec["scan_rotation"] = s["scanned"]
    gold.append(rec)
gold.sort(key=lambda r: r["id"])
with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as fh:
    for r in gold: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print("docs", len(gold), "figures", sum(len(r["figures"]) for r in gold))
for k, v in allprob.items(): print("PROBLEM", k, v)
