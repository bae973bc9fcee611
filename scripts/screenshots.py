"""The screenshots of the Spanish user guide (``docs/es/img/``), made again from the code.

    python scripts/screenshots.py [--out docs/es/img] [--keep DIR]

Builds a small workspace from the sample corpus with the command line, as an analyst
would (``oficio process examples/replies --requests examples/requests.csv``, ``oficio
report``, ``oficio review export --out cola.xlsx``), then photographs with headless
Chromium:

- ``informe-respuestas.png``: the top of ``report.html`` and its first table;
- ``informe-presupuestos.png``: the budgets section;
- ``informe-fuentes.png``: the start of the appendix of sources;
- ``cola-revision.png``: the review queue as a spreadsheet shows it, one row filled in
  with Spanish label names (cells shaded), as the guide's example does.

Run it again whenever the report or the queue changes (their wording, their language, their
layout): the images follow what the code writes today. Each PNG is reduced to a palette
of colours, to stay small in the repository. Needs ``chromium`` (Debian: ``apt-get install
chromium``); nothing else beyond oficio's own dependencies.
"""

from __future__ import annotations

import argparse
import html
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl
from openpyxl.utils import get_column_letter
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "es" / "img"
WIDTH = 1100          # px of the browser window (the report's)
QUEUE_WIDTH = 1500    # px of the queue's: the spreadsheet is wide
MAX_BYTES = 300_000   # a committed image should stay under this
# The example correction the guide describes: the San Juan de Miraflores letter only says
# it forwarded the request, so it is "sin información", kind "no competente, derivó".
FILLED = {"file_part": "mdsjm", "status": "sin información",
          "missing_kind": "no competente, derivó", "comment": "derivó"}


def oficio(*args: str, ok: tuple[int, ...] = (0,)) -> None:
    """Run ``python -m oficio ARGS`` on this checkout's code; fail on an unexpected exit."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")]))}
    result = subprocess.run([sys.executable, "-m", "oficio", "-q", *args], cwd=ROOT, env=env,
                            capture_output=True, text=True)
    if result.returncode not in ok:
        sys.exit(f"oficio {' '.join(args)} exited with {result.returncode}:\n"
                 f"{result.stdout}{result.stderr}")


def build(work: Path) -> tuple[Path, Path]:
    """The sample workspace, its report folder and its review queue, under ``work``."""
    workspace, report, queue = work / "ws", work / "informe", work / "cola.xlsx"
    # Exit code 8: a file failed. The sample corpus holds one damaged PDF on purpose.
    oficio("process", "examples/replies", "--workspace", str(workspace),
           "--requests", "examples/requests.csv", ok=(0, 8))
    oficio("report", "--workspace", str(workspace), "--out", str(report))
    oficio("review", "export", "--workspace", str(workspace), "--out", str(queue))
    return report / "report.html", queue


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        sys.exit("chromium is not installed (Debian: apt-get install chromium)")
    return found


def shoot(page: Path, png: Path, work: Path, height: int = 4000, width: int = WIDTH) -> None:
    """A screenshot of ``page``, cut below its last non-white row and made small."""
    subprocess.run(
        [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
         "--disable-background-networking", "--disable-component-update", "--no-first-run",
         "--force-device-scale-factor=1", f"--user-data-dir={work / 'chromium-profile'}",
         f"--window-size={width},{height}", f"--screenshot={png}", page.resolve().as_uri()],
        capture_output=True, timeout=120, check=True)
    image = Image.open(png).convert("RGB")
    grey = image.convert("L").point(lambda v: 255 if v > 248 else 0)
    inverted = Image.eval(grey, lambda v: 255 - v)
    box = inverted.getbbox()
    if box:
        image = image.crop((0, 0, width, min(image.height, box[3] + 24)))
    # kept in full colour: a palette of a few dozen colours merges the chart's series
    # colours (orange into dark red), which are small areas of the page
    image.save(png, optimize=True)
    size = png.stat().st_size
    print(f"wrote {png.relative_to(ROOT) if png.is_relative_to(ROOT) else png} "
          f"({image.width}×{image.height}, {size // 1000} KB)")
    if size > MAX_BYTES:
        print(f"  larger than {MAX_BYTES // 1000} KB: lower the height or the colours")


def report_part(report: Path, section: str | None, out: Path, name: str,
                max_height: int) -> None:
    """The report with only the title (``section`` None: the first section too) or only
    one section shown, written beside the report so that its links stay valid."""
    page = report.read_text(encoding="utf-8")
    if section is None:
        opening = '<section id="'
        first = page.split(opening, 1)[1].split('"', 1)[0] if opening in page else ""
        css = f"body>section:not(#{first}){{display:none}}" if first else ""
    elif f'id="{section}"' in page:
        css = f"body>h1,body>p,body>section:not(#{section}){{display:none}}"
        if section == "sources":  # its budget entries: they show pages and figure texts
            css += '#sources section:not([id^="src-budgets"]){display:none}'
    else:
        print(f"the report has no section {section!r} any more: {name} not made")
        return
    copy = report.with_name(f"_shot_{name}.html")
    copy.write_text(page.replace("</head>", f"<style>{css}</style></head>", 1), encoding="utf-8")
    png = out / f"{name}.png"
    shoot(copy, png, report.parent.parent, height=max_height)


def queue_page(queue: Path, page: Path) -> None:
    """The queue's first sheet as an HTML page that looks like a spreadsheet: column
    letters, row numbers, the workbook's column widths (capped), clipped cells.

    The example row is filled with Spanish names. The columns to fill are the three after
    ``doc_id`` and ``file`` (status, axes, missing kind) and the comment, the fifth after
    them: they are found by position, so the page keeps working when the headers are
    translated.
    """
    sheet = openpyxl.load_workbook(queue).worksheets[0]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    status_col, kind_col, comment_col = 2, 4, 6
    filled = set()
    for r, row in enumerate(rows[1:], start=1):
        if FILLED["file_part"] in str(row[1] or ""):
            row[status_col], row[kind_col] = FILLED["status"], FILLED["missing_kind"]
            row[comment_col] = FILLED["comment"]
            filled = {(r, status_col), (r, kind_col), (r, comment_col)}
    widths, total = [], 48
    for c in range(len(rows[0])):
        chars = sheet.column_dimensions[get_column_letter(c + 1)].width or 10
        px = int(min(max(chars, 12), 30) * 7.2)
        if total + px > QUEUE_WIDTH - 20:
            break
        widths.append(px)
        total += px
    links = {"abrir", "open"}

    def cell(r: int, c: int, value: object) -> str:
        text = html.escape("" if value is None else str(value))
        style = ""
        if (r, c) in filled:
            style = " class=filled"
        elif r and str(value or "").split(" ")[0].lower() in links:
            text = f"<u>{text}</u>"
            style = " class=link"
        return f"<td{style}>{text}</td>"

    head = "".join(f"<th style='width:{w}px'>{get_column_letter(c + 1)}</th>"
                   for c, w in enumerate(widths))
    body = []
    for r, row in enumerate(rows):
        cells = "".join(cell(r, c, row[c]) for c in range(len(widths)))
        body.append(f"<tr{' class=header' if r == 0 else ''}><th>{r + 1}</th>{cells}</tr>")
    page.write_text(
        "<!DOCTYPE html><meta charset=utf-8><style>"
        "body{margin:8px;font:13px Calibri,Carlito,'Liberation Sans',Arial,sans-serif}"
        f"table{{border-collapse:collapse;table-layout:fixed;width:{total}px}}"
        "td,th{border:1px solid #d0d7de;padding:2px 4px;height:20px;white-space:nowrap;"
        "overflow:hidden;text-overflow:clip}"
        "th{background:#eef1f4;color:#57606a;font-weight:normal;text-align:center}"
        "tr>th:first-child{width:32px}"
        "tr.header td{font-weight:bold;border-bottom:2px solid #8c959f}"
        "td.filled{background:#fff3bf;font-weight:bold}td.link{color:#0b57d0}"
        f"</style><table><tr><th></th>{head}</tr>{''.join(body)}</table>",
        encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder of the PNG files")
    parser.add_argument("--keep", type=Path,
                        help="build the workspace in this folder and keep it (default: a "
                             "temporary folder, deleted at the end)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="oficio-shots-") as temporary:
        work = args.keep or Path(temporary)
        work.mkdir(parents=True, exist_ok=True)
        report, queue = build(work)
        report_part(report, None, args.out, "informe-respuestas", 1400)
        report_part(report, "budgets", args.out, "informe-presupuestos", 1400)
        report_part(report, "sources", args.out, "informe-fuentes", 700)
        page = work / "cola.html"
        queue_page(queue, page)
        shoot(page, args.out / "cola-revision.png", work, height=400, width=QUEUE_WIDTH)


if __name__ == "__main__":
    main()
