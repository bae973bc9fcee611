"""A large corpus for load tests: replies of the bundled set in every format, and bad files.

    python scripts/make_load_corpus.py OUT_DIR [--count 10000] [--bad 0.10] [--scanned 0.03]

Every file has its own content (a reply gets a filing code in letters on its last page), so
none is skipped as a duplicate. Good files: born-digital PDFs, plain text, Word files and
``--scanned`` of them as scanned PDFs (200 dpi). Bad files (``--bad`` of the count): with
``--hostile``, each file of tests/hostile once (in ``hostile/``); then cheap unique
variants of the common failures (truncated and password-protected PDFs, HTML, ZIP and PNG
named .pdf, random bytes named .jpg, a PDF header straight followed by EOF). Files are
numbered in ``replies/``, the bad ones at random places among the good ones, and the good
ones in the same mix in every hundred: a batch meets the same mix of work from its first
thousand files to its last. Beside the folder, ``OUT_DIR.json``
lists every file as "good" or "bad".
"""

from __future__ import annotations

import argparse
import io
import json
import random
import string
import sys
import tempfile
import zipfile
from pathlib import Path

import pikepdf

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts import render  # noqa: E402

BUNDLED = ROOT / "annotations" / "bundled" / "replies.jsonl"


def code(number: int) -> str:
    """A filing code in letters (digits would be read as figures)."""
    letters = ""
    number += 26 ** 3
    while number:
        number, rest = divmod(number, 26)
        letters = string.ascii_uppercase[rest] + letters
    return letters


def good_file(folder: Path, i: int, reply: dict, kind: str) -> Path:
    pages = list(reply["pages"])
    pages[-1] = pages[-1] + f"\nCódigo de archivo: {code(i)}"
    name = f"replies/{i:05d}_{reply['id']}"
    path = folder / name
    if kind == "native":
        return render.native_pdf(pages, path.with_suffix(".pdf"))
    if kind == "scanned":
        return render.scanned_pdf(pages[:2], path.with_suffix(".pdf"), dpi=200, seed=i)
    if kind == "docx":
        return render.docx("\n\n".join(pages), path.with_suffix(".docx"))
    path = path.with_suffix(".txt")
    path.write_text("\n\f".join(pages), encoding="utf-8")
    return path


def _pdf_bytes(i: int, reply: dict) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = render.native_pdf([reply["pages"][0] + f"\nCódigo: {code(i)}"],
                                 Path(folder) / "reply.pdf")
        return path.read_bytes()


def bad_file(folder: Path, i: int, reply: dict, rng: random.Random) -> Path:
    kind = ("truncated", "password", "html", "zip", "png", "random", "header")[i % 7]
    stem = folder / "replies" / f"{i:05d}_{kind}"
    if kind == "random":
        path = stem.with_suffix(".jpg")
        path.write_bytes(rng.randbytes(rng.randint(10, 5000)))
        return path
    path = stem.with_suffix(".pdf")
    if kind == "truncated":
        header, _, rest = _pdf_bytes(i, reply).partition(b"\n")
        data = header + b"\n%" + code(i).encode() + b"\n" + rest  # distinct from the start
        path.write_bytes(data[: rng.randint(len(header) + 12, len(data) // 2)])
    elif kind == "password":
        with pikepdf.open(io.BytesIO(_pdf_bytes(i, reply))) as pdf:
            pdf.save(path, encryption=pikepdf.Encryption(user=code(i), owner="o"))
    elif kind == "html":
        path.write_text(f"<html><body>Error 404 {code(i)}</body></html>", encoding="utf-8")
    elif kind == "zip":
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("oficio.txt", code(i))
    elif kind == "png":
        buffer = io.BytesIO()
        from PIL import Image

        Image.new("L", (8 + i % 97, 8 + i // 97), 255).save(buffer, "PNG")  # one size each
        path.write_bytes(buffer.getvalue())
    else:
        path.write_bytes(b"%PDF-1.7\n%" + code(i).encode() + b"\n%%EOF\n")
    return path


def make(folder: Path, count: int, bad: float = 0.10, scanned: float = 0.03,
         hostile: bool = False, seed: int = 0) -> dict[str, str]:
    """Write the corpus into ``folder``; {relative path: "good" | "bad"}."""
    replies = [json.loads(line) for line in BUNDLED.read_text(encoding="utf-8").splitlines()]
    rng = random.Random(seed)
    (folder / "replies").mkdir(parents=True, exist_ok=True)
    manifest: dict[str, str] = {}
    bad_count = round(count * bad)
    if hostile and bad_count:
        sys.path.insert(0, str(ROOT / "tests" / "hostile"))
        from make_files import make_all

        for path in make_all(folder / "hostile").values():
            manifest[str(path.relative_to(folder))] = "bad"
    files = count - len(manifest)
    bad_at = set(rng.sample(range(files), bad_count - len(manifest)))
    kinds = iter(good_kinds(files - len(bad_at), scanned, rng))
    for i in range(files):
        reply = replies[i % len(replies)]
        if i in bad_at:
            path, status = bad_file(folder, i, reply, rng), "bad"
        else:
            path, status = good_file(folder, i, reply, next(kinds)), "good"
        manifest[str(path.relative_to(folder))] = status
    return manifest


def good_kinds(count: int, scanned: float, rng: random.Random) -> list[str]:
    """The kinds of ``count`` good files, in blocks of 100 with the same mix (scanned,
    8% text, 4% Word, the rest born-digital PDF), so that every slice of the corpus costs
    about the same to process."""
    block = ["scanned"] * round(100 * scanned) + ["txt"] * 8 + ["docx"] * 4
    block += ["native"] * (100 - len(block))
    kinds: list[str] = []
    while len(kinds) < count:
        rng.shuffle(block)
        kinds.extend(block)
    return kinds[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--bad", type=float, default=0.10)
    parser.add_argument("--scanned", type=float, default=0.03)
    parser.add_argument("--hostile", action="store_true", help="include tests/hostile once")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    manifest = make(args.out, args.count, args.bad, args.scanned, args.hostile, args.seed)
    args.out.with_suffix(".json").write_text(json.dumps(manifest, indent=0), encoding="utf-8")
    bad = sum(v == "bad" for v in manifest.values())
    sys.stdout.write(f"{len(manifest)} files ({bad} bad) in {args.out}\n")


if __name__ == "__main__":
    main()
