"""Evaluation sets on the command line: ``oficio eval --set`` and ``oficio train --set``.

An evaluation set is a folder with ``gold.jsonl`` and the replies' files, in the format of
``eval/README.md`` (the blind sets under ``eval/`` are such folders). The set is read once
(load, OCR, facts) and scored by one model, or by the active model and a new one side by
side, so a training shows what it changes on replies its data did not come from.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.table import Table

from oficio.cli.app import out
from oficio.errors import NotAnEvaluationSetError
from oficio.i18n import N_, _

if TYPE_CHECKING:
    from oficio.evaluation.sets import ReadReply
    from oficio.models.registry import LoadedModel

# What a before/after comparison shows, in this order: (key, title).
COMPARED = (("status_macro_f1", N_("status macro-F1")), ("axes_micro_f1", N_("axes micro-F1")),
            ("missing_kind_macro_f1", N_("missing kind macro-F1")),
            ("calibration_error", N_("calibration error")),
            ("wrong_at_0.95", N_("wrong at ≥ 0.95")))


@dataclass
class EvaluationSet:
    name: str
    variant: str
    read: list[ReadReply]


def read_sets(folders: list[Path], variant: str) -> list[EvaluationSet]:
    """Read every set (once: the models then only classify)."""
    from oficio.evaluation.sets import read_set

    sets = []
    for folder in folders:
        if not (folder / "gold.jsonl").is_file():
            raise NotAnEvaluationSetError(folder)
        out.print(_("reading the evaluation set {folder} ({variant})").format(
            folder=folder, variant=variant))
        sets.append(EvaluationSet(folder.name, variant, read_set(folder, variant)))
    return sets


def scores(evaluation_set: EvaluationSet, model: LoadedModel,
           registry: bool = False) -> dict[str, Any]:
    from oficio.evaluation.sets import score_set

    result = score_set(evaluation_set.read, model, evaluation_set.variant, registry)
    kinds = [f for k, f in result.get("missing_kind_f1", {}).items() if k != "off_topic"]
    result["missing_kind_macro_f1"] = round(sum(kinds) / len(kinds), 3) if kinds else None
    return result


def print_scores(evaluation_set: EvaluationSet, result: dict[str, Any]) -> None:
    """Everything ``score_set`` measures on one set, as two tables and a line."""
    title = _("{name} ({variant}): {n} replies").format(
        name=evaluation_set.name, variant=evaluation_set.variant, n=result["documents"])
    labels = Table(title=title)
    for column in (_("label"), "F1"):
        labels.add_column(column)
    for group in ("status_f1", "missing_kind_f1", "axes_f1"):
        for label, f1 in result.get(group, {}).items():
            labels.add_row(f"{group.removesuffix('_f1')}: {label}", f"{f1:.3f}")
    out.print(labels)
    figures = Table(title=_("{name}: figures").format(name=evaluation_set.name))
    for column in (_("kind"), _("precision"), _("recall"), "F1"):
        figures.add_column(column)
    for kind in ("money", "percent", "count"):
        row = result[kind]
        figures.add_row(kind, f"{row['precision']:.3f}", f"{row['recall']:.3f}",
                        f"{row['f1']:.3f}")
    out.print(figures)
    out.print(", ".join(f"{_(title)} {_value(result.get(key))}" for key, title in COMPARED)
              + "; " + _("role accuracy {role}, sender {sender}, reference {reference}; "
                         "off-topic documents given an axis: {off}").format(
                  role=_value(result["role_accuracy"]), sender=_value(result["sender_accuracy"]),
                  reference=_value(result["reference_accuracy"]),
                  off=result.get("off_topic_with_axes", "-")))
    if result["unreadable"]:
        out.print(_("unreadable: {files}").format(files=", ".join(result["unreadable"])))


def compare(sets: list[EvaluationSet], before: LoadedModel,
            after: LoadedModel) -> float | None:
    """Print the active and the new model's scores on each set; return the new model's
    gain in ``oficio.models.training.score`` terms, averaged over the sets (None without sets)."""
    from oficio.models.training import score

    if not sets:
        return None
    table = Table(title=_("Evaluation sets: the active model and the new one"))
    for column in (_("set"), _("measure"), before.version or _("active"), _("new")):
        table.add_column(column)
    gains = []
    for evaluation_set in sets:
        old, new = scores(evaluation_set, before), scores(evaluation_set, after)
        for key, title in COMPARED:
            table.add_row(evaluation_set.name, _(title), _value(old.get(key)),
                          _value(new.get(key)))
        if "status_macro_f1" in new:  # a set with no readable reply has no labels to score
            gains.append(score(new) - score(old))
    out.print(table)
    return round(sum(gains) / len(gains), 4) if gains else 0.0


def _value(value: object) -> str:
    if value is None:
        return "-"
    return f"{value:.3f}" if isinstance(value, float) else str(value)
