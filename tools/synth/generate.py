"""Plan and write the whole synthetic annotated set, deterministically from a seed."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

from oficio.labels import LEARNED_KINDS as MISSING_KINDS
from tools.synth import layouts, people
from tools.synth.builder import ReplyBuilder
from tools.synth.context import Ctx, ReplyPlan
from tools.synth.institutions import NATIONAL, pick_sender
from tools.synth.phrases_en import HELDOUT as EN_HELDOUT
from tools.synth.phrases_en import TRAIN as EN_TRAIN
from tools.synth.phrases_es_heldout import BANK as ES_HELDOUT
from tools.synth.phrases_es_train import BANK as ES_TRAIN

BANKS = {("es", "train"): ES_TRAIN, ("es", "heldout"): ES_HELDOUT,
         ("en", "train"): EN_TRAIN, ("en", "heldout"): EN_HELDOUT}
PERIODS = ((date(2017, 1, 1), date(2017, 12, 31)), (date(2017, 1, 1), date(2018, 6, 30)),
           (date(2018, 1, 1), date(2018, 12, 31)), (date(2017, 1, 1), date(2018, 12, 31)),
           (date(2018, 1, 1), date(2019, 6, 30)), (date(2019, 1, 1), date(2019, 12, 31)),
           (date(2017, 7, 1), date(2018, 6, 30)), (date(2017, 1, 1), date(2017, 6, 30)),
           (date(2020, 1, 1), date(2020, 12, 31)), (date(2019, 1, 1), date(2020, 6, 30)))
EN_SENDERS = ("rree", "rree", "rree", "mininter", "mimp", "migraciones", "mincetur")
DEFAULT_SEED = 27806
DEFAULT_COUNT = 400


def strata(count: int) -> list[tuple[str, str | None]]:
    """(status, missing_kind) for every reply: 50% answered, 20% out of period, 30% missing."""
    answered = count // 2
    out = count // 5
    missing = count - answered - out
    kinds = [MISSING_KINDS[i % len(MISSING_KINDS)] for i in range(missing)]
    return ([("answered", None)] * answered + [("out_of_period", None)] * out
            + [("missing", k) for k in kinds])


def _axes(rng: random.Random, allowed: tuple[str, ...], status: str) -> list[str]:
    if status == "missing":
        k = rng.choice([0, 0, 1, 1, 2])
    else:
        k = rng.choices([1, 2, 3, 4], weights=[3, 4, 3, 1])[0]
    k = min(k, len(allowed))
    order = ("governance", "prevention", "protection", "prosecution")
    chosen = set(rng.sample(allowed, k))
    axes = [a for a in order if a in chosen]
    if rng.random() < 0.3:
        rng.shuffle(axes)
    return axes


def _doc_type(rng: random.Random, lang: str, sender_id: str, pages: int,
              status: str) -> str:
    if pages > 1:  # a covering oficio sends an informe only when there is something to send
        return "informe" if status == "missing" else rng.choice(["oficio", "oficio", "informe"])
    if lang == "en":
        return rng.choice(["nota", "carta", "email"] if sender_id == "rree"
                          else ["carta", "email"])
    if sender_id == "rree" and rng.random() < 0.5:
        return "nota"
    return rng.choices(["oficio", "carta", "memorando", "email"], weights=[6, 3, 2, 1])[0]


def make_plans(seed: int, count: int) -> list[ReplyPlan]:
    rng = random.Random(seed)
    cells = strata(count)
    rng.shuffle(cells)
    plans = []
    for i, (status, kind) in enumerate(cells):
        split = "heldout" if i % 4 == 3 else "train"
        lang = "en" if i % 25 in (5, 18) else "es"
        sender = NATIONAL[rng.choice(EN_SENDERS)] if lang == "en" else pick_sender(rng)
        start, end = rng.choice(PERIODS)
        request = end + timedelta(days=rng.randint(5, 200))
        letter = request + timedelta(days=rng.randint(3, 40))
        pages = 1 if rng.random() < 0.6 or status == "missing" and rng.random() < 0.7 \
            else rng.randint(2, 4)
        if status == "missing":
            pages = min(pages, 2)
        plan = ReplyPlan(
            rid=f"r{i + 1:04d}", split=split, language=lang, status=status,
            missing_kind=kind, axes=_axes(rng, sender.axes, status),
            doc_type=_doc_type(rng, lang, sender.id, pages, status), sender=sender,
            period_start=start, period_end=end, request_date=request, letter_date=letter,
            pages=pages)
        plan.mixed = status == "answered" and rng.random() < 0.2
        plan.null_answer = status == "answered" and not plan.mixed and rng.random() < 0.12
        plan.plans_only = status == "out_of_period" and rng.random() < 0.3
        plan.with_victim = status == "answered" and "protection" in plan.axes \
            and rng.random() < 0.3
        plan.no_date = rng.random() < 0.04
        if plan.doc_type == "memorando" and lang == "en":
            plan.doc_type = "carta"
        plans.append(plan)
    return plans


def build_reply(plan: ReplyPlan, seed: int) -> tuple[dict, set[str], set[str]]:
    """Write one reply; returns its record, the person names and the DNIs it holds."""
    rng = random.Random(f"{seed}:{plan.rid}")
    cso, acronym = people.cso(rng)
    ctx = Ctx(plan=plan, rng=rng, bank=BANKS[(plan.language, plan.split)], cso=cso,
              cso_acronym=acronym, style_sections=rng.randrange(2))
    b = ReplyBuilder()
    if plan.pages > 1 and plan.doc_type == "oficio":
        reference = layouts.oficio_with_informe(b, ctx)
    else:
        reference = layouts.LAYOUTS[plan.doc_type](b, ctx)
    _page_footers(b, rng, plan.language)
    record = {
        "id": plan.rid, "split": plan.split, "language": plan.language,
        "sender_id": plan.sender.id, "doc_type": plan.doc_type, "reference": reference,
        "letter_date": None if plan.no_date else plan.letter_date.isoformat(),
        "request_ref": ctx.request_ref,
        "period_start": plan.period_start.isoformat(),
        "period_end": plan.period_end.isoformat(), "period_stated": ctx.period_stated,
        "pages": b.page_texts(),
        "labels": {"axes": plan.axes, "status": plan.status},
        "missing_kind": plan.missing_kind,
        "figures": b.figures, "mentions": b.mentions,
    }
    return record, ctx.person_names, ctx.person_dnis


def _page_footers(b: ReplyBuilder, rng: random.Random, lang: str) -> None:
    total = len(b.pages)
    if total == 1 and rng.random() < 0.7:
        return
    style = rng.randrange(3)
    for index in range(total):
        text = (f"Página {index + 1} de {total}" if lang == "es" else
                f"Page {index + 1} of {total}", f"- {index + 1} -", f"{index + 1}/{total}")[style]
        b.pages[index].append("\n" + text + "\n")
        b.lengths[index] += len(text) + 2


def generate(seed: int = DEFAULT_SEED, count: int = DEFAULT_COUNT
             ) -> tuple[list[dict], list[str], list[str]]:
    """All records sorted by id, and the sorted invented person names and DNIs."""
    records, names, dnis = [], set(), set()
    for plan in make_plans(seed, count):
        record, person_names, person_dnis = build_reply(plan, seed)
        records.append(record)
        names |= person_names
        dnis |= person_dnis
    records.sort(key=lambda r: r["id"])
    return records, sorted(names), sorted(dnis)


def write_set(out_dir: Path, seed: int = DEFAULT_SEED, count: int = DEFAULT_COUNT) -> int:
    """Write replies.jsonl, persons.txt and person_ids.txt; returns the number of replies."""
    records, names, dnis = generate(seed, count)
    out_dir.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(r, ensure_ascii=False, sort_keys=False) for r in records]
    (out_dir / "replies.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (out_dir / "persons.txt").write_text("\n".join(names) + "\n", encoding="utf-8")
    (out_dir / "person_ids.txt").write_text("\n".join(dnis) + "\n", encoding="utf-8")
    return len(records)
