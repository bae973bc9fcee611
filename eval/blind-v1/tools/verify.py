"""Independent check of gold.jsonl against the files: every file exists, every figure's surface
text occurs (whitespace-normalised) in `pdftotext -layout` of its page of the native document
(office files are converted to PDF in a temporary folder first)."""
import json, os, re, subprocess, tempfile
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
tmp = tempfile.mkdtemp(prefix="verify_")
norm = lambda s: re.sub(r"\s+", " ", s).strip()
bad = 0; nf = 0
for line in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8"):
    r = json.loads(line)
    for k, p in r["files"].items():
        assert os.path.exists(os.path.join(ROOT, p)), (r["id"], p)
    nat = os.path.join(ROOT, r["files"]["native"])
    if not nat.endswith(".pdf"):
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, nat], capture_output=True, check=True)
        nat = os.path.join(tmp, os.path.splitext(os.path.basename(nat))[0] + ".pdf")
    pages = {}
    for f in r["figures"]:
        nf += 1
        pg = f["page"]
        if pg not in pages:
            pages[pg] = norm(subprocess.run(["pdftotext", "-layout", "-f", str(pg), "-l", str(pg), nat, "-"],
                                            capture_output=True, text=True).stdout)
        if norm(f["text"]) not in pages[pg]:
            bad += 1; print("MISSING", r["id"], pg, f["text"])
    if r.get("photo_page"):
        assert "photo" in r["files"]
print(f"{nf} figures checked, {bad} not found on their page")

# references and cited references appear in the text of the native document
squash = lambda s: re.sub(r"[\s\-]+", "", s).lower()
nref = 0
for line in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8"):
    r = json.loads(line)
    nat = os.path.join(ROOT, r["files"]["native"])
    if not nat.endswith(".pdf"):
        nat = os.path.join(tmp, os.path.splitext(os.path.basename(nat))[0] + ".pdf")
    full = squash(subprocess.run(["pdftotext", "-layout", nat, "-"], capture_output=True, text=True).stdout)
    for ref in ([r["reference"]] if r["reference"] else []) + r["cited_references"]:
        nref += 1
        if squash(ref) not in full:
            print("REF NOT FOUND", r["id"], ref)
print(f"{nref} reference strings checked")
