"""The extraction-quality table printed by ``oficio eval --extraction`` and the bench script.

One row per field and measure, a column per mode (native, scanned) and the issue's target
for each mode; a measure that misses its target is shown in red.
"""

from __future__ import annotations

from rich.table import Table

from oficio.evaluation.extraction import (
    ATTRIBUTES,
    FIGURE_KINDS,
    TARGETS,
    VALUE_FIELDS,
    ExtractionReport,
    Target,
)

SET_METRICS = ("precision", "recall", "f1")
LABELS = {"f1": "F1", "precision": "P", "recall": "R", "accuracy": "acc."}


def rows() -> list[tuple[str, str]]:
    """(field, metric) pairs in the order they are shown."""
    items = [(kind, metric) for kind in (*FIGURE_KINDS, "mention") for metric in SET_METRICS]
    items += [(name, "accuracy") for name in (*VALUE_FIELDS, *ATTRIBUTES)]
    return items


def extraction_table(native: ExtractionReport, scanned: ExtractionReport | None) -> Table:
    """Native and (when given) scanned figures side by side, with the targets."""
    title = f"Extraction quality: {native.replies} replies native"
    if scanned is not None:
        title += f", {scanned.replies} scanned"
    table = Table(title=title)
    table.add_column("field", no_wrap=True)
    table.add_column("", no_wrap=True)
    for column in ("native", "n", "target"):
        table.add_column(column, justify="right", no_wrap=True)
    if scanned is not None:
        for column in ("scanned", "n ", "target "):
            table.add_column(column, justify="right", no_wrap=True)
    targets = {(t.field, t.metric): t for t in TARGETS}
    for name, metric in rows():
        target = targets.get((name, metric))
        cells = [name, LABELS[metric], *_cells(native, name, metric, target, scanned=False)]
        if scanned is not None:
            cells += _cells(scanned, name, metric, target, scanned=True)
        table.add_row(*cells)
    return table


def _cells(report: ExtractionReport, name: str, metric: str, target: Target | None,
           scanned: bool) -> list[str]:  # fmt: skip
    value = report.metric(name, metric)
    support = report.sets[name].support if name in report.sets else report.asked.get(name, 0)
    goal = None if target is None else (target.scanned() if scanned else target.value)
    text = "" if value is None else f"{value:.3f}"
    if value is not None and goal is not None and value < goal:
        text = f"[red]{text}[/]"
    return [text, str(support), "" if goal is None else f"≥ {goal:.2f}"]


def summary(report: ExtractionReport) -> str:
    """One line: how many replies and pages, and how long they took."""
    return (f"{report.mode}: {report.replies} replies, {report.pages} pages, "
            f"{report.seconds:.1f} s")  # fmt: skip
