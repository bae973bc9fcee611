"""Coverage-guided fuzzing (atheris) of the parts that read untrusted text.

    pip install -e .[fuzz]
    python bench/fuzz.py                 # every target, 60 s each
    python bench/fuzz.py --seconds 600 numbers csv

Targets: ``normalize`` (clean_text), ``numbers`` (digits, amounts, numbers in words),
``dates``, ``extract`` (figures, mentions and header of one page), ``csv`` (the review
and request-registry imports). A target fails when anything other than an oficio error
escapes, or an offset does not point at the text it claims. Each target runs in its own
process; the figures printed are atheris' own (executions, coverage) and the verdict.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = ("normalize", "numbers", "dates", "extract", "csv")


def target(name: str):
    """The function atheris calls with each input, for target ``name``."""
    import atheris

    with atheris.instrument_imports():
        from oficio.corpus.outputs.spreadsheet import read_csv
        from oficio.corpus.requests.registry import read_requests
        from oficio.corpus.review.review_import import read_review
        from oficio.errors import OficioError
        from oficio.extract.facts import extract_facts
        from oficio.extract.figures.numbers import parse_amount, parse_digits, words_to_number
        from oficio.extract.header.dates import find_dates
        from oficio.extract.read.document import Document, Page
        from oficio.extract.read.normalize import clean_text

    def text_of(data: bytes) -> str:
        return atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(4096)

    def normalize(data: bytes) -> None:
        cleaned = clean_text(text_of(data))
        if clean_text(cleaned) != cleaned:
            raise AssertionError("clean_text is not idempotent")

    def numbers(data: bytes) -> None:
        text = text_of(data)
        for hint in (None, ",", "."):
            parse_digits(text, hint)
            parse_amount(text, hint)
        words_to_number(text)

    def dates(data: bytes) -> None:
        text = text_of(data)
        for match in find_dates(text):
            if not 0 <= match.start < match.end <= len(text):
                raise AssertionError("date offsets outside the text")

    def extract(data: bytes) -> None:
        page = Page(number=1, text=clean_text(text_of(data)))
        facts = extract_facts(Document(doc_id="f", path="f.txt", file_type="text",
                                       pages=[page], language="es"))
        for item in [*facts.figures, *facts.mentions]:
            if page.text[item.start:item.end] != item.text:
                raise AssertionError("an offset does not point at its text")

    folder = Path(tempfile.mkdtemp(prefix="oficio-fuzz-"))

    def csv(data: bytes) -> None:
        path = folder / "reviewed.csv"
        path.write_bytes(data)
        for read in (lambda: read_csv(path), lambda: read_review(path, {"abc"}),
                     lambda: read_requests(path)):
            try:
                read()
            except OficioError:
                pass

    return locals()[name]


def run_one(name: str, seconds: int) -> None:
    import atheris

    crashes = Path(tempfile.gettempdir()) / "oficio-fuzz-crashes"
    crashes.mkdir(exist_ok=True)
    atheris.Setup([sys.argv[0], f"-max_total_time={seconds}", "-rss_limit_mb=4096",
                   "-print_final_stats=1", f"-artifact_prefix={crashes}/"], target(name))
    atheris.Fuzz()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("targets", nargs="*", help=f"some of: {', '.join(TARGETS)}")
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        run_one(args.one, args.seconds)
        return
    unknown = set(args.targets) - set(TARGETS)
    if unknown:
        parser.error(f"unknown target(s): {', '.join(sorted(unknown))}")
    for name in args.targets or TARGETS:
        began = time.perf_counter()
        run = subprocess.run([sys.executable, __file__, "--one", name, "--seconds",
                              str(args.seconds)], cwd=ROOT, capture_output=True, text=True)
        stats = [line for line in run.stderr.splitlines()
                 if line.startswith(("stat::number_of_executed_units", "stat::peak_rss_mb",
                                     "#", "==", "Uncaught", "AssertionError"))]
        runs = next((line.split(":")[-1].strip() for line in stats
                     if "number_of_executed_units" in line), "?")
        verdict = "ok" if run.returncode == 0 else f"FAILED (exit {run.returncode})"
        print(f"{name:10s} {runs:>9s} inputs in {time.perf_counter() - began:5.0f} s: {verdict}")
        if run.returncode:
            print("\n".join(run.stderr.splitlines()[-30:]))


if __name__ == "__main__":
    main()
