"""Parts every letter has: letterhead, place and date, reference, addressee, signature, cc."""

from __future__ import annotations

from tools.synth import people
from tools.synth.builder import Ment, Person, ReplyBuilder
from tools.synth.context import Ctx, cso_piece, long_date, org_mention
from tools.synth.fixed_text import MONTHS_EN, YEAR_NAMES, decade
from tools.synth.institutions import NATIONAL, Institution

MIMP_PROGRAMS = ("aurora", "inabif")
PNP_UNITS = ("pnp-dirctptim", "pnp-depintrap")
NUMBER_SIGNS = ("N°", "Nº", "N.°", "No.")


def sender_mention(ctx: Ctx, upper: bool = False, acronym: bool = False) -> Ment:
    inst = ctx.plan.sender
    text = inst.acronym if acronym and inst.acronym else inst.name
    return Ment(text.upper() if upper else text, inst.id, True)


def letterhead(b: ReplyBuilder, ctx: Ctx) -> None:
    rng, sender = ctx.rng, ctx.plan.sender
    upper = rng.random() < 0.35
    if sender.id in MIMP_PROGRAMS:
        b.line("PERÚ | ", Ment(NATIONAL["mimp"].name, "mimp", False), " | ",
               sender_mention(ctx, acronym=rng.random() < 0.5))
    elif sender.id in PNP_UNITS:
        b.line(Ment("POLICÍA NACIONAL DEL PERÚ", "pnp", False))
        b.line(sender_mention(ctx, upper=True, acronym=rng.random() < 0.4))
    elif sender.id == "mpfn" and rng.random() < 0.5:
        b.line(Ment("MINISTERIO PÚBLICO", "mpfn", True))
        b.line(Ment("FISCALÍA DE LA NACIÓN", "mpfn", True))
    elif ":" in sender.id:
        b.line(sender_mention(ctx, upper=upper))
        if rng.random() < 0.4:
            b.line(f"RUC {rng.choice(NUMBER_SIGNS)} {people.ruc(rng)}")
    elif rng.random() < 0.6:
        b.line("PERÚ | ", sender_mention(ctx))
    else:
        b.line(sender_mention(ctx, upper=True))
    if sender.units and rng.random() < 0.5:
        b.line(rng.choice(sender.units)[0])
    year = ctx.plan.letter_date.year
    lines = [f'"{YEAR_NAMES[year]}"']
    if year >= 2018 and rng.random() < 0.7:
        lines.insert(rng.randrange(2), f'"{decade(year)}"')
    b.blank()
    for line in lines:
        b.line(line)
    b.blank()


def place_date(b: ReplyBuilder, ctx: Ctx) -> bool:
    """Write the place and date line; False when this reply carries no date."""
    rng, d = ctx.rng, ctx.plan.letter_date
    if ctx.plan.no_date:
        return False
    city = ctx.plan.sender.city
    if ctx.lang == "en":
        text = rng.choice([f"{city}, {long_date(d, 'en')}",
                           f"{city}, {MONTHS_EN[d.month - 1]} {d.day}, {d.year}"])
    else:
        text = rng.choice([f"{city}, {long_date(d, 'es')}", f"{city}, {d:%d/%m/%Y}",
                           f"{city}, {d.day:02d} de {long_date(d, 'es').split(' de ')[1]} "
                           f"del {d.year}"])
    b.line(text)
    b.blank()
    return True


def reference_text(ctx: Ctx, label: str) -> list:
    """Pieces of the reply's own reference line ("OFICIO N° 0456-2018-MIMP/DGCVG")."""
    rng, sender = ctx.rng, ctx.plan.sender
    number = str(rng.randint(1, 2999)).zfill(rng.choice([3, 4, 5]))
    year = ctx.plan.letter_date.year
    head = f"{label} {rng.choice(NUMBER_SIGNS)} {number}-{year}-"
    unit = rng.choice(sender.units)[1] if sender.units else "SEC"
    if sender.id in PNP_UNITS:
        return [head + "DIRNIC-", Ment("PNP", "pnp", False), "/",
                Ment(sender.acronym, sender.id, True)]
    if sender.id == "pnp":
        return [head + f"{unit}-", Ment("PNP", "pnp", True)]
    if sender.acronym and (":" not in sender.id or sender.acronym == "MML"):
        acr = Ment(sender.acronym, sender.id, True)
        order = rng.randrange(3)
        if order == 0:
            return [head, acr, f"/{unit}"]
        if order == 1:
            return [head, acr, f"-{unit}"]
        return [head + f"{unit}/", acr]
    return [head + rng.choice([f"{unit}/GR", f"{unit}", f"GM/{unit}", f"{unit}-SG"])]


def reference_line(b: ReplyBuilder, ctx: Ctx, label: str) -> str:
    pieces = reference_text(ctx, label)
    b.line(*pieces)
    b.blank()
    return "".join(p if isinstance(p, str) else p.text for p in pieces)


def addressee(b: ReplyBuilder, ctx: Ctx) -> None:
    rng = ctx.rng
    name, female = people.person(rng)
    ctx.person_names.add(name)
    ctx.addressee_female = female
    if ctx.lang == "en":
        b.line("Ms." if female else "Mr.", " ", Person(name))
        b.line("President" if rng.random() < 0.7 else "Executive Director")
    else:
        b.line("Señora" if female else "Señor")
        b.line(Person(name))
        post = (rng.choice(["Presidenta", "Directora Ejecutiva", "Coordinadora"]) if female
                else rng.choice(["Presidente", "Director Ejecutivo", "Coordinador"]))
        if rng.random() < 0.4:
            b.line(post + " de ", cso_piece(ctx))
        else:
            b.line(post)
            b.line(ctx.cso)
    if ctx.lang == "en":
        b.line(ctx.cso)
    if rng.random() < 0.4:
        b.line(people.address(rng, "Lima"))
    b.line("Present.-" if ctx.lang == "en" else rng.choice(["Presente.-", "Presente", "Ciudad.-"]))
    b.blank()


def subject_and_reference(b: ReplyBuilder, ctx: Ctx) -> None:
    """Asunto and Referencia lines; sets ctx.request_ref when a request is cited."""
    rng = ctx.rng
    en = ctx.lang == "en"
    subject = rng.choice(ctx.bank["subject"])
    b.line(rng.choice(["Subject: "] if en else ["Asunto: ", "ASUNTO\t: ", "Asunto  : "]),
           subject)
    if rng.random() < 0.1:
        b.blank()
        return
    rdate = ctx.plan.request_date
    form = rng.choice(ctx.bank["request_forms"])
    ctx.request_ref = form.format(
        sign=rng.choice(NUMBER_SIGNS), n=f"{rng.randint(10, 300):03d}", y=rdate.year,
        acr=ctx.cso_acronym, exp=f"{rng.randint(1000, 99999):05d}",
        long=long_date(rdate, ctx.lang), short=f"{rdate:%d.%m.%Y}")
    label = "Ref.: " if en else rng.choice(["Referencia: ", "Ref.: ", "REF.\t: ", "Ref. : "])
    b.line(label, ctx.request_ref)
    b.blank()


POSTS_ES = {
    "ministry": ["Director{a} General", "Director{a}", "Jef{e} de la Oficina de Atención "
                 "al Ciudadano", "Secretari{o} General", "Funcionari{o} Responsable de "
                 "Acceso a la Información Pública"],
    "autonomous": ["Fiscal Superior Coordinador{a}", "Gerente General", "Jef{e} de "
                   "Transparencia", "Responsable de Acceso a la Información"],
    "police": ["Jefe", "Director", "Jefe de Departamento", "Jefe de la Unidad de Trámite "
               "Documentario"],
    "other": ["Gerente", "Jef{e} de la Unidad", "Director{a} Ejecutiv{o}"],
    "regional_government": ["Gerente Regional de Desarrollo Social", "Secretari{o} "
                            "General", "Responsable de Transparencia"],
    "provincial_municipality": ["Alcalde{sa}", "Gerente Municipal", "Secretari{o} General"],
    "district_municipality": ["Alcalde{sa}", "Gerente de Desarrollo Humano",
                              "Secretari{o} General"],
}


def gendered(post: str, female: bool) -> str:
    pairs = {"{a}": ("a", ""), "{e}": ("a", "e"), "{o}": ("a", "o"), "{sa}": ("sa", "")}
    for key, (fem, masc) in pairs.items():
        post = post.replace(key, fem if female else masc)
    return post


def signature(b: ReplyBuilder, ctx: Ctx, closing: bool = True) -> None:
    rng, sender = ctx.rng, ctx.plan.sender
    if closing:
        b.line(rng.choice(ctx.bank["closing"]))
        b.blank()
    b.line(rng.choice(["Yours sincerely,", "Sincerely,"]) if ctx.lang == "en"
           else rng.choice(["Atentamente,", "Atentamente.", "Cordialmente,"]))
    b.add("\n\n")
    name, female = people.person(rng)
    ctx.person_names.add(name)
    title = people.title(rng, female, police=sender.kind == "police")
    if title.endswith(" PNP"):  # a police rank names the institution: "Crnl. PNP"
        b.line(title[:-3], Ment("PNP", "pnp", sender.id == "pnp"), " ", Person(name))
    else:
        b.line(title + " " if title else "", Person(name))
    if rng.random() < 0.15:
        number = people.dni(rng)
        ctx.person_dnis.add(number)
        b.line("DNI N° " if ctx.lang == "es" else "ID No. ", Person(number))
    if ctx.lang == "en":
        b.line(rng.choice(["Director", "Head of Office", "Director General"]))
    else:
        post = rng.choice(POSTS_ES.get(sender.kind, POSTS_ES["other"]))
        b.line(gendered(post, female))
    if sender.units and rng.random() < 0.5:
        b.line(rng.choice(sender.units)[0])
    b.line(sender_mention(ctx, upper=rng.random() < 0.3,
                          acronym=rng.random() < 0.15))
    b.blank()


def cc_lines(b: ReplyBuilder, ctx: Ctx) -> None:
    rng = ctx.rng
    if rng.random() < 0.5:
        return
    label = rng.choice(["c.c.: ", "C.c. ", "cc: "])
    if rng.random() < 0.5:
        b.line(label, org_mention(rng, ctx.plan.sender.id, ctx.lang, article=False))
        b.line("      Archivo")
    else:
        b.line(label + "Archivo")
    if rng.random() < 0.5:
        initials = "".join(w[0] for w in people.person(rng)[0].split()).upper()
        if any(i.acronym == initials for i in NATIONAL.values()):
            initials += "R"  # typist's initials must not read as an institution
        b.line(f"{initials}/{rng.choice(['mrs', 'jlq', 'cap', 'vth'])}")


def office_footer(b: ReplyBuilder, ctx: Ctx, inst: Institution) -> None:
    rng = ctx.rng
    if rng.random() < 0.4:
        return
    b.blank()
    b.line(f"{people.address(rng, inst.city)} | Telf. {people.phone(rng)} | www.{inst.domain}")
