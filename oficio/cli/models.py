"""``oficio train``, ``oficio eval``, ``oficio classify`` and ``oficio models list``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from oficio.annotations.bundled import BUNDLED_PATH, load_bundled, training_replies
from oficio.annotations.store import AnnotationStore
from oficio.cli.app import app, err, out
from oficio.corpus.requests.periods import parse_period
from oficio.errors import NoSuchFileError, OficioError
from oficio.i18n import _, label
from oficio.labels import STATUSES

if TYPE_CHECKING:  # scikit-learn and skops take seconds to import: commands import them
    from oficio.extract.read.document import Document
    from oficio.models.registry import LoadedModel, ModelRegistry
    from oficio.models.training import Example

models_app = typer.Typer(help="Model versions in a workspace.", no_args_is_help=True)
app.add_typer(models_app, name="models")

WORKSPACE = typer.Option(Path("oficio-workspace"), "--workspace", help="The workspace folder.")
GOLD_HELP = "Labelled replies in the bundled format (default: the bundled held-out split)."
BUNDLED = typer.Option(
    None, "--bundled", help="The bundled set to use instead of the packaged one (JSONL)."
)
SETS_HELP = ("An evaluation set: a folder with gold.jsonl and the replies' files "
             "(eval/README.md), such as eval/blind-v2; repeat for several.")
EVAL_SETS = typer.Option(None, "--set", help=SETS_HELP)
TRAIN_SETS = typer.Option(None, "--set", help=SETS_HELP + " Before and after are printed; the "
                          "new version is activated only if not worse on them either.")


@app.command()
def train(
    workspace: Path = WORKSPACE,
    activate: bool | None = typer.Option(
        None,
        "--activate/--no-activate",
        help="Force activating (or not) the new version; default: only if not worse.",
    ),
    seed: int = typer.Option(0, "--seed", help="Seed of the cross-validation folds."),
    bundled: Path | None = BUNDLED,
    sets: list[Path] | None = TRAIN_SETS,
) -> None:
    """Retrain from the bundled train split plus the workspace's labels, and save a version."""
    from oficio.cli.eval_sets import compare, read_sets
    from oficio.corpus.store.workspace import Workspace
    from oficio.models.registry import ModelRegistry, load_default
    from oficio.models.release import train_release

    Workspace.open(workspace)  # a read-only workspace fails now, not after the training
    evaluation_sets = read_sets(sets or [], "native")  # a bad folder fails before the training
    examples = _examples(workspace, bundled)
    result = train_release(examples, seed=seed)
    _print_metrics(_("Cross-validation (train split)"), result.metadata["metrics"]["cv"])
    heldout = [e for e in examples if e.split == "heldout"]
    registry = ModelRegistry(workspace)
    current = _active_or_none(registry)
    version = registry.save(result.model, result.metadata)
    out.print(_("saved model version {version} in {folder}").format(
        version=f"[bold]{version}[/]", folder=registry.root))
    new_metrics = result.metadata["metrics"]["heldout"]
    if new_metrics:
        _print_metrics(_("Held-out split"), new_metrics)
    gain = compare(evaluation_sets, current or load_default(), registry.load(version))
    if gain is not None:
        out.print(_("evaluation sets: score of the new model minus the active one {gain}")
                  .format(gain=f"{gain:+.4f}"))
    if _should_activate(activate, current, new_metrics, heldout) and (
            activate is not None or gain is None or gain >= 0):
        registry.activate(version)
        out.print(_("activated {version}").format(version=version))
    else:
        out.print(_("not activated; the active model stays {version}").format(
            version=current.version if current else "-"))


def _should_activate(
    forced: bool | None, current: LoadedModel | None, new: dict | None, heldout: list[Example]
) -> bool:
    from oficio.models.training import evaluate_model, score

    if forced is not None:
        return forced
    if current is None or not heldout or new is None:
        return True
    old = score(evaluate_model(current.model, heldout))
    out.print(_("held-out score: new {new}, active ({version}) {old}").format(
        new=f"{score(new):.4f}", version=current.version, old=f"{old:.4f}"))
    return score(new) >= old


@app.command(name="eval")
def evaluate(
    gold: Annotated[Path | None, typer.Argument(help=GOLD_HELP)] = None,
    workspace: Path = WORKSPACE,
    split: str | None = typer.Option(None, "--split", help="Use only this split of GOLD."),
    extraction: bool = typer.Option(
        False, "--extraction", help="Measure the extractors (figures, mentions, header)."
    ),
    scanned: int = typer.Option(
        0, "--scanned", min=0, help="Also scan and OCR this many replies (implies --extraction)."
    ),
    limit: int | None = typer.Option(
        None, "--limit", min=1, help="With --extraction: only the first N replies natively."
    ),
    sets: list[Path] | None = EVAL_SETS,
    variant: str = typer.Option("native", "--variant", help="With --set: native, scanned or "
                                "photo, the files of the set to read."),
    registry: bool = typer.Option(False, "--registry", help="With --set: give the model the "
                                  "requested period of the gold, as a request registry would "
                                  "(default: the period the letter states)."),
) -> None:
    """Measure the active model (or, with --extraction, the extractors) on labelled replies."""
    if sets:
        _evaluate_sets(sets, variant, registry, workspace)
        return
    if extraction or scanned:
        _evaluate_extraction(gold, split, scanned, limit)
        return
    from oficio.models.registry import ModelRegistry
    from oficio.models.training import build_examples, evaluate_model

    loaded = ModelRegistry(workspace).load_active()
    if gold is None:
        replies = load_bundled(BUNDLED_PATH, split=split or "heldout")
    else:
        replies = load_bundled(_existing(gold), split=split)
    examples = build_examples(replies)
    out.print(_("model {version} ({origin}) on {n} replies").format(
        version=loaded.version, origin=loaded.origin, n=len(examples)))
    _print_metrics(_("Evaluation"), evaluate_model(loaded.model, examples))


def _evaluate_sets(sets: list[Path], variant: str, registry: bool, workspace: Path) -> None:
    from oficio.cli.eval_sets import print_scores, read_sets, scores
    from oficio.evaluation.sets import VARIANTS
    from oficio.models.registry import ModelRegistry

    if variant not in VARIANTS:
        raise typer.BadParameter(_("one of {values}").format(values=", ".join(VARIANTS)),
                                 param_hint="--variant")
    loaded = ModelRegistry(workspace).load_active()
    out.print(_("model {version} ({origin})").format(version=loaded.version,
                                                      origin=loaded.origin))
    for evaluation_set in read_sets(sets, variant):
        print_scores(evaluation_set, scores(evaluation_set, loaded, registry))


def _evaluate_extraction(gold: Path | None, split: str | None, scanned: int,
                         limit: int | None) -> None:  # fmt: skip
    from oficio.evaluation.extraction import (
        evaluate_native,
        evaluate_scanned,
        select_records,
    )
    from oficio.evaluation.table import extraction_table, summary

    path = BUNDLED_PATH if gold is None else _existing(gold)
    split = split or ("heldout" if gold is None else None)
    records = select_records(path, split)
    native = evaluate_native(records[:limit])
    scan = evaluate_scanned(records[:scanned]) if scanned else None
    out.print(extraction_table(native, scan))
    for report in (native, scan):
        if report is not None:
            out.print(summary(report))


@app.command()
def classify(
    file: Annotated[Path, typer.Argument(help="The reply file to label.")],
    period: str | None = typer.Option(
        None, "--period", help="The requested period, START:END (ISO dates)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
    workspace: Path = WORKSPACE,
) -> None:
    """Label one reply: axes, status, probabilities and the passages behind them."""
    from oficio.models.registry import ModelRegistry


    requested = parse_period(period)
    document = _load_document(_existing(file))
    loaded = ModelRegistry(workspace).load_active()
    prediction = loaded.model.predict_document(document, requested, loaded.version)
    if as_json:
        out.print_json(json.dumps(prediction.to_dict(), ensure_ascii=False))
        return
    table = Table(title=_("{file} (model {version})").format(file=file.name,
                                                            version=loaded.version))
    for column in (_("label"), _("probability"), _("predicted")):
        table.add_column(column)
    yes, status = _("yes"), _("status")
    for axis, p in prediction.p.items():
        table.add_row(label("axes", axis), f"{p:.3f}", yes if axis in prediction.axes else "")
    table.add_row(f"{status}: {label('status', prediction.status)}",
                  f"{prediction.status_confidence:.3f}", yes)
    out.print(table)
    for item in prediction.evidence:
        snippet = " ".join(item.text.split())[:160]
        out.print(
            f"[bold]{item.label}[/] p.{item.page} {item.start}-{item.end} "
            f"({item.score:+.2f}): {snippet}",
            highlight=False,
        )


@models_app.command(name="activate")
def activate_model(
    version: str = typer.Argument(..., help="The version to make active ('oficio models list')."),
    workspace: Path = WORKSPACE,
) -> None:
    """Make a saved model version the active one; the next 'oficio process' relabels the
    stored replies with it (without reading them again)."""
    from oficio.corpus.store.workspace import Workspace
    from oficio.models.registry import ModelRegistry

    Workspace.open(workspace)
    registry = ModelRegistry(workspace)
    before = registry.active_version()
    registry.activate(version)
    out.print(_("active model: {version} (before: {before})").format(
        version=version, before=before or _("default")))


@models_app.command(name="rollback")
def rollback_model(workspace: Path = WORKSPACE) -> None:
    """Make active again the model version that was active before the present one."""
    from oficio.corpus.store.workspace import Workspace
    from oficio.models.registry import ModelRegistry

    Workspace.open(workspace)
    registry = ModelRegistry(workspace)
    before = registry.active_version()
    version = registry.rollback()
    out.print(_("active model: {version} (before: {before})").format(
        version=version or _("default (shipped with oficio)"), before=before or _("default")))


@models_app.command(name="list")
def list_models(workspace: Path = WORKSPACE) -> None:
    """Model versions: date, held-out and CV figures, and which one is active."""
    from oficio.models.registry import ModelRegistry


    registry = ModelRegistry(workspace)
    active = registry.active_version()
    table = Table(title=_("models in {folder}").format(folder=registry.root))
    for number, column in enumerate((
        _("version"),
        _("created"),
        _("held-out axes µF1"),
        _("held-out status mF1"),
        _("CV axes µF1"),
        _("CV status mF1"),
        _("active"),
        _("file"),
    )):
        table.add_column(column, no_wrap=number < 2)
    for version in registry.versions():
        meta = registry.metadata(version)
        cv, held = meta["metrics"]["cv"], meta["metrics"].get("heldout") or {}
        table.add_row(
            version,
            meta.get("created", "")[:10],
            _fig(held.get("axes_micro_f1")),
            _fig(held.get("status_macro_f1")),
            _fig(cv.get("axes_micro_f1")),
            _fig(cv.get("status_macro_f1")),
            "*" if version == active else "",
            "ok" if registry.intact(version) else _("CHANGED (E108)"),
        )
    out.print(table)
    if active is None:
        out.print(_("no active workspace model: the default model shipped with oficio is used"))


def _examples(workspace: Path, bundled: Path | None) -> list[Example]:
    from oficio.corpus.review.review_training import workspace_examples
    from oficio.models.training import build_examples

    replies = training_replies(_existing(bundled) if bundled else None)
    store_path = workspace / "annotations.jsonl"
    store = AnnotationStore(store_path) if store_path.exists() else None
    if store is not None:
        conflicts = store.conflicts()
        if conflicts:
            err.print(_("{n} labels are in conflict and were not used (settle them with a "
                        "decision record)").format(n=len(conflicts)))
    examples = build_examples(replies, store)
    if store is not None:
        reviewed = workspace_examples(workspace, store)
        if reviewed:
            out.print(_("{n} reviewed replies of the workspace join the train split").format(
                n=len(reviewed)))
        examples += reviewed
    return examples


def _active_or_none(registry: ModelRegistry) -> LoadedModel | None:
    from oficio.errors import NoModelError

    try:
        return registry.load_active()
    except NoModelError:
        return None
    except OficioError as error:
        err.print(_("the active model cannot be loaded: {error}").format(error=error))
        return None


def _print_metrics(title: str, metrics: dict[str, Any]) -> None:
    table = Table(title=_("{title}: {n} replies").format(title=title, n=metrics["n"]))
    for column in ("label", "precision", "recall", "F1", "support"):
        table.add_column(column)
    for group in ("axes", "status", "missing_kind"):
        for name, row in metrics.get(group, {}).items():
            table.add_row(
                f"missing_kind: {name}" if group == "missing_kind" else name,
                _fig(row["precision"]),
                _fig(row["recall"]),
                _fig(row["f1"]),
                str(row["support"]),
            )
    out.print(table)
    out.print(
        f"axes micro-F1 {metrics['axes_micro_f1']:.4f}, macro-F1 "
        f"{metrics['axes_macro_f1']:.4f}; status macro-F1 {metrics['status_macro_f1']:.4f}"
    )
    if "calibration_error" in metrics:
        out.print(_("status calibration error {error}; wrong with a confidence of 0.95 or "
                    "more: {share} of replies").format(
                        error=f"{metrics['calibration_error']:.3f}",
                        share=f"{metrics['wrong_at_0.95']:.1%}"))
    confusion = Table(title=_("status confusion (rows: truth, columns: predicted)"))
    confusion.add_column("")
    for status in STATUSES:
        confusion.add_column(status)
    for status, row in zip(STATUSES, metrics["status_confusion"], strict=True):
        confusion.add_row(status, *(str(v) for v in row))
    out.print(confusion)


def _fig(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


def _existing(path: Path) -> Path:
    if not path.is_file():
        raise NoSuchFileError(path)
    return path


def _load_document(path: Path) -> Document:
    from oficio.extract.read.loader import load

    return load(path)
