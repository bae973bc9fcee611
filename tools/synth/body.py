"""The substantive part of a reply: axis sentences, null answers, plans, missing texts."""

from __future__ import annotations

from tools.synth.builder import ReplyBuilder, slot_names
from tools.synth.context import Ctx, make_fill, pick_topic
from tools.synth.institutions import AXES
from tools.synth.tables import write_list, write_table


def _has_year(template: str) -> bool:
    return any(name == "y" for name, _ in slot_names(template))


def sentence(b: ReplyBuilder, ctx: Ctx, template: str, year: int | None,
             axis: str | None = None) -> None:
    b.render(template, make_fill(ctx, year if _has_year(template) else None, axis))


def _pick(ctx: Ctx, templates: list[str], need_year: bool, k: int) -> list[str]:
    pool = [t for t in templates if _has_year(t)] if need_year else list(templates)
    return ctx.rng.sample(pool, min(k, len(pool)))


def axis_paragraphs(ctx: Ctx) -> list[tuple[str, list[str], list[int]]]:
    """(axis, templates, years) per axis, following the plan's status."""
    plan, rng, bank = ctx.plan, ctx.rng, ctx.bank
    out = []
    for axis in plan.axes:
        if plan.status == "out_of_period":
            if plan.plans_only:
                out.append((axis, _pick(ctx, bank["plans"][axis], True, 1), ctx.future_years()))
            else:
                out.append((axis, _pick(ctx, bank["axis"][axis], True, rng.randint(1, 2)),
                            ctx.out_years()))
        elif plan.null_answer:
            out.append((axis, _pick(ctx, bank["null"][axis], True, 1), ctx.in_years()))
        else:
            out.append((axis, _pick(ctx, bank["axis"][axis], False, rng.randint(1, 3)),
                        ctx.in_years()))
    return out


def write_axes(b: ReplyBuilder, ctx: Ctx, bullet: str = "", tables: bool = True) -> None:
    """Write every axis block as prose and, sometimes, a table."""
    rng, plan = ctx.rng, ctx.plan
    paragraphs = axis_paragraphs(ctx)
    table_axis = None
    if tables and not plan.null_answer and not plan.plans_only and rng.random() < 0.45:
        table_axis = rng.choice(plan.axes)
    n = 0
    prose = not bullet and rng.random() < 0.4  # one paragraph per axis, sentences run on
    for axis, templates, years in paragraphs:
        for k, template in enumerate(templates):
            n += 1
            b.add(bullet.format(n=n))
            sentence(b, ctx, template, rng.choice(years), axis)
            b.add(" " if prose and k < len(templates) - 1 else "\n")
        if axis == table_axis:
            b.blank()
            b.line(rng.choice(ctx.bank["table_intro"]))
            if rng.random() < 0.25:
                write_list(b, ctx, axis, years)
            else:
                write_table(b, ctx, axis, years)
        b.blank()
    if plan.mixed and plan.axes:
        axis = rng.choice(plan.axes)
        template = _pick(ctx, ctx.bank["axis"][axis], True, 1)[0]
        sentence(b, ctx, template, rng.choice(ctx.out_years()), axis)
        b.add("\n\n")
    if plan.with_victim:
        b.render(rng.choice(ctx.bank["victim"]), make_fill(ctx, None))
        b.add("\n\n")
    others = [a for a in AXES if a not in plan.axes]
    if others and rng.random() < 0.15:  # "no information on X" gives X no label
        template = rng.choice(ctx.bank["partial_none"])
        topic = pick_topic(ctx, ctx.bank["topic"][rng.choice(others)])
        b.render(template.replace("{other}", topic), make_fill(ctx, None))
        b.add("\n\n")


def write_substance(b: ReplyBuilder, ctx: Ctx, bullet: str = "") -> None:
    """The whole substantive body for any status."""
    plan, rng, bank = ctx.plan, ctx.rng, ctx.bank
    if plan.status == "missing":
        template = rng.choice(bank["missing"][plan.missing_kind])
        if plan.axes and "{topic}" not in template:  # the text must show what was asked
            b.render(rng.choice(bank["restate"]), make_fill(ctx, None))
            b.add(rng.choice([" ", "\n\n"]))
        b.render(template, make_fill(ctx, None, plan.axes[0] if plan.axes else None))
        b.add("\n\n")
        return
    if plan.status == "out_of_period":
        intro = bank["plans_intro"] if plan.plans_only else bank["oop_intro"]
        b.render(rng.choice(intro), make_fill(ctx, None))
        b.add("\n\n")
    write_axes(b, ctx, bullet)


def summary_sentence(b: ReplyBuilder, ctx: Ctx) -> bool:
    """One more axis sentence (for a conclusions section), consistent with the status."""
    plan, rng = ctx.plan, ctx.rng
    if not plan.axes or plan.null_answer or plan.plans_only or plan.status == "missing":
        return False
    axis = plan.axes[0]
    out = plan.status == "out_of_period"
    template = _pick(ctx, ctx.bank["axis"][axis], out, 1)[0]
    years = ctx.out_years() if out else ctx.in_years()
    sentence(b, ctx, template, rng.choice(years), axis)
    return True
