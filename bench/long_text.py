"""Long replies: seconds of extraction and of classification as a reply's text grows.

    python bench/long_text.py [--sizes 20000 80000 320000]

Three kinds of reply, each one page: text drawn from the pieces the fuzz tests use (figures,
dates, references, institution names, ligatures, odd spaces); a dense one, a sentence
with a count and an amount after another on one long line; and a line of numbers with no
word between them (a PDF's broken text layer), on which a pattern that lets a run of digits
and spaces grow unbounded scans to the line's end from every digit. The time should grow with the
length of the text, not with its square: extraction and classification run in the batch's
own process, without the per-document time limit of reading, so a long reply that took
minutes there would hold up the whole batch.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from oficio.extract.facts import extract_facts  # noqa: E402
from oficio.extract.read.document import Document, Page  # noqa: E402
from oficio.extract.read.normalize import clean_text  # noqa: E402
from oficio.models.registry import load_default  # noqa: E402
from tests.hostile.test_fuzz import PIECES  # noqa: E402

FILLER = [" ", " ", "a", "de", "la"]


def reply(size: int, rng: random.Random) -> Document:
    parts, length = [], 0
    while length < size:
        piece = rng.choice([*PIECES, *FILLER, str(rng.randint(0, 10**6))])
        parts.append(piece)
        length += len(piece)
    page = Page(number=1, text=clean_text("".join(parts)))
    return Document(doc_id=f"long{size}", path=f"long{size}.txt", file_type="text",
                    pages=[page], language="es")


def dense(size: int) -> Document:
    sentences, length, i = [], 0, 0
    while length < size:
        sentence = f"En 2018 se atendió a {i % 90 + 2} víctimas y se gastó S/ {i},00. "
        sentences.append(sentence)
        length, i = length + len(sentence), i + 1
    page = Page(number=1, text="".join(sentences))
    return Document(doc_id=f"dense{size}", path=f"dense{size}.txt", file_type="text",
                    pages=[page], language="es")


def numbers(size: int) -> Document:
    page = Page(number=1, text=("1234567890 " * (size // 11 + 1))[:size])
    return Document(doc_id=f"numbers{size}", path=f"numbers{size}.txt", file_type="text",
                    pages=[page], language="es")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 80_000, 320_000])
    args = parser.parse_args()
    model = load_default().model
    warm = reply(500, random.Random(0))
    model.predict_document(warm, None)
    extract_facts(warm)
    for size in args.sizes:
        for document in (reply(size, random.Random(size)), dense(size), numbers(size)):
            measure(model, document)


def measure(model, document: Document) -> None:
    start = time.perf_counter()
    facts = extract_facts(document)
    extracted = time.perf_counter() - start
    start = time.perf_counter()
    model.predict_document(document, None)
    classified = time.perf_counter() - start
    print(f"{document.doc_id:>13} {len(document.text):>9,} characters: extraction "
          f"{extracted:6.2f} s, classification {classified:6.2f} s "
          f"({len(facts.figures)} figures, {len(facts.mentions)} mentions)")


if __name__ == "__main__":
    main()
