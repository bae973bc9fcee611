"""Label counts of the bundled set, as the markdown table its README shows."""

from __future__ import annotations

from collections import Counter

from oficio.labels import AXES, STATUSES
from oficio.labels import LEARNED_KINDS as KINDS


def label_rows(records: list[dict]) -> list[tuple[str, int, int, int]]:
    """(label, train, heldout, total) for every status, missing kind, axis and language."""
    rows = []
    splits = ("train", "heldout")
    for name, key in ([(s, lambda r, s=s: r["labels"]["status"] == s) for s in STATUSES]
                      + [(f"missing: {k}", lambda r, k=k: r["missing_kind"] == k) for k in KINDS]
                      + [(f"axis: {a}", lambda r, a=a: a in r["labels"]["axes"]) for a in AXES]
                      + [("no axis", lambda r: not r["labels"]["axes"])]
                      + [(f"language: {lang}", lambda r, lang=lang: r["language"] == lang)
                         for lang in ("es", "en")]):
        counts = Counter(r["split"] for r in records if key(r))
        rows.append((name, counts[splits[0]], counts[splits[1]], sum(counts.values())))
    split_sizes = Counter(r["split"] for r in records)
    rows.append(("replies", split_sizes["train"], split_sizes["heldout"], len(records)))
    return rows


def markdown_table(records: list[dict]) -> str:
    lines = ["| label | train | heldout | total |", "| --- | ---: | ---: | ---: |"]
    lines += [f"| {name} | {tr} | {he} | {tot} |" for name, tr, he, tot in label_rows(records)]
    return "\n".join(lines)


def figure_counts(records: list[dict]) -> Counter:
    return Counter(f["kind"] for r in records for f in r["figures"])


START, END = "<!-- counts:start -->", "<!-- counts:end -->"


def counts_block(records: list[dict]) -> str:
    """The README's counts section: the label table and the figure and mention totals."""
    figures = figure_counts(records)
    kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(figures.items()))
    mentions = sum(len(r["mentions"]) for r in records)
    return (f"{markdown_table(records)}\n\nFigures: {sum(figures.values())} ({kinds}); "
            f"institution mentions: {mentions}.")


def replace_counts(readme: str, records: list[dict]) -> str:
    head, rest = readme.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{counts_block(records)}\n{END}{tail}"


def readme_counts(readme: str) -> str:
    return readme.split(START, 1)[1].split(END, 1)[0].strip()
