"""The plan and running state of one synthetic reply, and how template slots are filled."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from tools.synth import figures
from tools.synth.builder import Ment, Named, Person, Piece
from tools.synth.fixed_text import MONTHS_EN, MONTHS_ES
from tools.synth.institutions import Institution, partner
from tools.synth.people import dni, person
from tools.synth.places import DEPARTMENTS, PROVINCES


@dataclass
class ReplyPlan:
    """What one reply must be: decided before any text is written."""

    rid: str
    split: str
    language: str
    status: str
    missing_kind: str | None
    axes: list[str]
    doc_type: str
    sender: Institution
    period_start: date
    period_end: date
    request_date: date
    letter_date: date
    pages: int
    mixed: bool = False
    null_answer: bool = False
    plans_only: bool = False
    with_victim: bool = False
    no_date: bool = False


@dataclass
class Ctx:
    """A plan plus the random source, phrase bank and facts gathered while writing."""

    plan: ReplyPlan
    rng: random.Random
    bank: dict
    cso: str
    cso_acronym: str
    request_ref: str | None = None
    style_sections: int = 0
    oop_years: list[int] = field(default_factory=list)
    addressee_female: bool = True
    period_stated: bool = False
    person_names: set[str] = field(default_factory=set)
    person_dnis: set[str] = field(default_factory=set)

    @property
    def lang(self) -> str:
        return self.plan.language

    def in_years(self) -> list[int]:
        return list(range(self.plan.period_start.year, self.plan.period_end.year + 1))

    def out_years(self) -> list[int]:
        """Two or three consecutive years before the requested period (fixed per reply)."""
        if not self.oop_years:
            start = self.plan.period_start.year
            span = self.rng.choice([2, 2, 3])
            last = start - self.rng.choice([1, 1, 2])
            self.oop_years = list(range(last - span + 1, last + 1))
        return self.oop_years

    def future_years(self) -> list[int]:
        start = max(self.plan.period_end.year, self.plan.letter_date.year) + 1
        return [start, start + 1]


def long_date(d: date, lang: str) -> str:
    if lang == "en":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def period_phrase(ctx: Ctx) -> str:
    """The requested period in the bank's words; marks the period as stated."""
    p = ctx.plan
    ctx.period_stated = True
    whole_year = (p.period_start.year == p.period_end.year and p.period_start.month == 1
                  and p.period_start.day == 1 and p.period_end.month == 12
                  and p.period_end.day == 31)
    if whole_year:
        return ctx.rng.choice(ctx.bank["per_year"]).replace("{py}", str(p.period_start.year))
    template = ctx.rng.choice(ctx.bank["per_range"])
    return template.replace("{ps}", long_date(p.period_start, ctx.lang)).replace(
        "{pe}", long_date(p.period_end, ctx.lang))


def years_phrase(years: list[int], lang: str) -> str:
    joiner = " and " if lang == "en" else " y "
    if len(years) == 1:
        return str(years[0])
    return ", ".join(str(y) for y in years[:-1]) + joiner + str(years[-1])


def place_name(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return rng.choice(DEPARTMENTS)[1]
    return rng.choice(PROVINCES)[1]


FEMININE_HEADS = ("Defensoría", "Policía", "Superintendencia", "Presidencia", "Dirección",
                  "Municipalidad", "Fiscalía")


def article_for(inst_name: str) -> str:
    return "la" if inst_name.split()[0] in FEMININE_HEADS else "el"


def org_mention(rng: random.Random, sender_id: str, lang: str = "es",
                axis: str | None = None, article: bool = True) -> Ment:
    """Another institution, by name or acronym, with its Spanish article when asked."""
    inst = partner(rng, sender_id, axis)
    use_acronym = inst.acronym is not None and (lang == "en" or rng.random() < 0.4)
    text = inst.acronym if use_acronym else inst.name
    if lang == "en" and not use_acronym:
        return Ment(text, inst.id, False, "the" if article else "")
    return Ment(text, inst.id, False, article_for(inst.name) if article and lang == "es" else "")


def victim_pieces(ctx: Ctx) -> list[Piece]:
    name, _ = person(ctx.rng, female=True)
    number = dni(ctx.rng)
    ctx.person_names.add(name)
    ctx.person_dnis.add(number)
    label = ", DNI No. " if ctx.lang == "en" else ", identificada con DNI N° "
    return [Person(name), label, Person(number)]


def cso_piece(ctx: Ctx) -> Named:
    """The requesting organization with its article in Spanish ("la Asociación ...")."""
    if ctx.lang == "en":
        return Named(ctx.cso)
    feminine = ctx.cso.split()[0] in ("Asociación", "Red")
    return Named(ctx.cso, "la" if feminine else "el")


def topic_text(ctx: Ctx) -> str:
    topics = ctx.bank["topic"]
    axes = ctx.plan.axes
    if not axes:
        return pick_topic(ctx, topics[None])
    joiner = " and " if ctx.lang == "en" else " y "
    return joiner.join(pick_topic(ctx, topics[a]) for a in axes[:2])


def pick_topic(ctx: Ctx, topic: str | list[str]) -> str:
    """A bank's topic: one wording, or one of several (drawn only then, so a bank with
    single wordings draws nothing and its replies stay as they were)."""
    return topic if isinstance(topic, str) else ctx.rng.choice(topic)


def make_fill(ctx: Ctx, year: int | None, axis: str | None = None):
    """The slot filler for one sentence whose figures belong to `year` (or None)."""
    rng, lang = ctx.rng, ctx.lang

    def fill(name: str, arg: str | None) -> Piece | list[Piece]:
        if name == "y":
            return str(year)
        if name == "c":
            return figures.count_fig(rng, arg, lang, year)
        if name == "z":
            return figures.zero_count_fig(arg, lang, year)
        if name == "m":
            role = None if arg in (None, "none") else arg
            return figures.money_fig(rng, lang, year, role)
        if name == "usd":
            return figures.money_fig(rng, lang, year, None, usd=True)
        if name == "p":
            return figures.percent_fig(rng, lang, year)
        if name == "place":
            return place_name(rng)
        if name == "org":
            return org_mention(rng, ctx.plan.sender.id, lang, axis)
        if name == "sender_short":
            return ctx.plan.sender.short if lang == "es" else "this office"
        if name == "topic":
            return topic_text(ctx)
        if name == "per":
            return period_phrase(ctx)
        if name == "rdate":
            return long_date(ctx.plan.request_date, lang)
        if name == "cso":
            return cso_piece(ctx)
        if name == "req":
            return ctx.request_ref or ""
        if name == "exp":
            return f"{ctx.plan.letter_date.year}-{rng.randint(1000, 99999):05d}"
        if name == "victim":
            return victim_pieces(ctx)
        if name == "ys":
            return years_phrase(ctx.out_years(), lang)
        raise KeyError(f"unknown slot {name}")

    return fill

