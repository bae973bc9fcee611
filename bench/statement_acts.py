"""How often the statement reader's act agrees with a writer's statement labels.

    python bench/statement_acts.py [FILE]

FILE (default ``annotations/written/replies-2.jsonl``) holds hand-written replies whose
``statements`` carry the writer's act for each statement (see that file's README). Each
labelled statement is paired with the statement ``oficio.models.statements.read_statements``
reads that overlaps it most; the figures are the share of labelled statements whose act
is the same, that share per act, and the acts most often confused. A labelled statement no
read statement overlaps counts as read ``none``.

These replies are training data, not an evaluation set: the figure says how far the
guide's phrases, as the reader has them, carry to another writer's wording.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from oficio.annotations.bundled import load_bundled
from oficio.extract.read.document import Document, Page
from oficio.models.statements import read_statements

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "annotations" / "written" / "replies-2.jsonl"


def paired_acts(path: Path) -> list[tuple[str, str]]:
    """(labelled act, read act) for every labelled statement of the file."""
    pairs = []
    for reply in load_bundled(path):
        pages = [Page(i + 1, text) for i, text in enumerate(reply.pages)]
        read = read_statements(Document(reply.id, reply.id, "txt", pages, reply.language))
        for labelled in reply.statements:
            page, start = _locate(reply.pages, labelled["text"])
            if page is None:
                continue
            end = start + len(labelled["text"])
            overlaps = [(min(end, s.end) - max(start, s.start), s.act)
                        for s in read if s.page == page and s.start < end and start < s.end]
            pairs.append((labelled["act"], max(overlaps)[1] if overlaps else "none"))
    return pairs


def _locate(pages: list[str], text: str) -> tuple[int | None, int]:
    for number, page in enumerate(pages, 1):
        at = page.find(text)
        if at >= 0:
            return number, at
    return None, -1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    pairs = paired_acts(parser.parse_args().file)
    same = sum(gold == read for gold, read in pairs)
    print(f"statements {len(pairs)}  same act {same / max(len(pairs), 1):.3f}")
    for act, total in Counter(gold for gold, _ in pairs).most_common():
        right = sum(1 for gold, read in pairs if gold == act == read)
        print(f"  {act:<15} {total:>4}  {right / total:.3f}")
    confused = Counter((gold, read) for gold, read in pairs if gold != read)
    print("most confused (labelled -> read):")
    for (gold, read), count in confused.most_common(8):
        print(f"  {gold} -> {read}: {count}")


if __name__ == "__main__":
    main()
