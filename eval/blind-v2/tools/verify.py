"""Independent check of gold.jsonl: each figure's text occurs on its page (pdftotext -layout of the native PDF,
of render/<id>.pdf for DOCX natives, of a LibreOffice conversion for XLSX natives, page = sheet), schema fields, counts."""
import json, os, re, subprocess, collections, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = [json.loads(l) for l in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8")]
KEYS = ["id", "files", "layout", "language", "on_topic", "status", "missing_kind", "axes", "period_start", "period_end", "period_stated", "sender", "reference", "cited_references", "letter_date", "figures", "notes"]
bad = 0
def pages(pdf):
    t = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout.split("\f")
    return [re.sub(r"\s+", " ", p) for p in t]
for r in gold:
    for k in KEYS:
        assert k in r, (r["id"], k)
    for v in r["files"].values(): assert os.path.exists(os.path.join(ROOT, v)), v
    nat = r["files"]["native"]
    if nat.endswith(".xlsx"):
        out = "/tmp/blindv2-verify"; os.makedirs(out, exist_ok=True)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/blindv2-lo", "--headless", "--convert-to", "pdf", "--outdir", out, os.path.join(ROOT, nat)], capture_output=True)
        pdf = os.path.join(out, r["id"] + ".pdf")
    else:
        pdf = os.path.join(ROOT, "render", r["id"] + ".pdf") if nat.endswith(".docx") else os.path.join(ROOT, nat)
    pg = pages(pdf)
    assert r["status"] in ("answered", "out_of_period", "missing")
    assert (r["status"] == "missing") == (r["missing_kind"] is not None)
    assert r["on_topic"] == (r["missing_kind"] != "off_topic")
    assert set(r["axes"]) <= {"governance", "prevention", "protection", "prosecution"}
    for f in r["figures"]:
        t = re.sub(r"\s+", " ", f["text"]).strip()
        p = f["page"]
        if not (1 <= p <= len(pg)) or not re.search(r"(?<![\d.,])" + re.escape(t) + r"(?!\d)", pg[p - 1]):
            print("MISSING", r["id"], p, t); bad += 1
        digits = re.sub(r"\D", "", t)
        v = f["value"]
        if f["kind"] == "money": assert f["currency"] in ("PEN", "USD") and f["what"] is None
        else: assert f["currency"] is None and f["role"] is None
        if f["kind"] == "count": assert f["what"], (r["id"], t)
        assert f["unit_source"] in ("cell", "column", "caption", "page", "text"), f
        assert (f["row"] is None) == (f["column"] is None)
print("figures checked:", sum(len(r["figures"]) for r in gold), "bad:", bad)
c = collections.Counter(r["status"] for r in gold); print("status", dict(c))
print("missing_kind", dict(collections.Counter(r["missing_kind"] for r in gold if r["missing_kind"])))
print("axes", dict(collections.Counter(a for r in gold for a in r["axes"])))
print("language", dict(collections.Counter(r["language"] for r in gold)))
print("variants", dict(collections.Counter(k for r in gold for k in r["files"])))
print("figure kinds", dict(collections.Counter(f["kind"] for r in gold for f in r["figures"])))
print("unit_source", dict(collections.Counter(f["unit_source"] for r in gold for f in r["figures"])))
print("native ext", dict(collections.Counter(r["files"]["native"].rsplit(".", 1)[1] for r in gold)))
sys.exit(1 if bad else 0)
