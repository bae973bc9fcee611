"""Whole replies by document type: oficio, carta, oficio with an attached informe,
informe, memorando, nota and e-mail. Each returns the reply's own reference line."""

from __future__ import annotations

from tools.synth import letter_parts as lp
from tools.synth import people
from tools.synth.body import summary_sentence, write_substance
from tools.synth.builder import Ment, Person, ReplyBuilder
from tools.synth.context import Ctx, cso_piece, long_date, make_fill
from tools.synth.fixed_text import LEGAL_BASIS, MEMO_TO

SECTION_NAMES = {
    "es": {"antecedentes": "ANTECEDENTES", "analisis": "ANÁLISIS",
           "conclusiones": "CONCLUSIONES", "base": "BASE LEGAL",
           "recomendaciones": "RECOMENDACIONES"},
    "en": {"antecedentes": "BACKGROUND", "analisis": "ANALYSIS",
           "conclusiones": "CONCLUSIONS", "base": "LEGAL BASIS",
           "recomendaciones": "RECOMMENDATIONS"},
}
ROMAN = ("I", "II", "III", "IV", "V")
SECTION_ORDERS = (
    ("antecedentes", "analisis", "conclusiones"),
    ("antecedentes", "base", "analisis", "conclusiones"),
    ("base", "antecedentes", "analisis", "conclusiones"),
    ("antecedentes", "analisis", "conclusiones", "recomendaciones"),
)


def opening(b: ReplyBuilder, ctx: Ctx) -> None:
    rng = ctx.rng
    key = "opening_neutral" if ctx.plan.status == "missing" else "opening"
    template = rng.choice(ctx.bank[key])
    if rng.random() < 0.35:
        template = template.replace("{per}", "")
    b.render(template, make_fill(ctx, None))
    b.add("\n\n")


def oficio(b: ReplyBuilder, ctx: Ctx, label: str = "OFICIO") -> str:
    rng = ctx.rng
    lp.letterhead(b, ctx)
    date_first = rng.random() < 0.6
    if date_first:
        lp.place_date(b, ctx)
    reference = lp.reference_line(b, ctx, label)
    if not date_first:
        lp.place_date(b, ctx)
    lp.addressee(b, ctx)
    lp.subject_and_reference(b, ctx)
    if label == "CARTA" or rng.random() < 0.3:
        if ctx.lang == "es":
            b.line("Estimada señora:" if ctx.addressee_female else "Estimado señor:")
        else:
            b.line("Dear Madam," if ctx.addressee_female else "Dear Sir,")
        b.blank()
    opening(b, ctx)
    write_substance(b, ctx, bullet=rng.choice(["", "", "- ", "• ", "{n}. "]))
    lp.signature(b, ctx)
    lp.cc_lines(b, ctx)
    lp.office_footer(b, ctx, ctx.plan.sender)
    return reference


def carta(b: ReplyBuilder, ctx: Ctx) -> str:
    return oficio(b, ctx, "CARTA" if ctx.lang == "es" else "LETTER")


def _section(b: ReplyBuilder, ctx: Ctx, index: int, key: str) -> None:
    style = ctx.style_sections
    name = SECTION_NAMES[ctx.lang][key]
    b.line(f"{ROMAN[index]}. {name}" if style == 0 else f"{index + 1}. {name.title()}")
    b.blank()


def informe_pages(b: ReplyBuilder, ctx: Ctx, pages: int, standalone: bool) -> str:
    """An informe with numbered sections over `pages` pages; returns its reference."""
    rng, en = ctx.rng, ctx.lang == "en"
    if standalone:
        lp.letterhead(b, ctx)
    else:
        b.line("ANNEX" if en else rng.choice(["ANEXO", "ADJUNTO"]))
    reference = lp.reference_line(b, ctx, "REPORT" if en else "INFORME")
    name, _ = people.person(rng)
    ctx.person_names.add(name)
    b.line("TO" if en else "A", "\t: ", "Transparency Officer" if en else
           "Responsable de Acceso a la Información Pública")
    b.line("FROM" if en else "DE", "\t: ", Person(name))
    b.line("DATE" if en else "FECHA", "\t: ", long_date(ctx.plan.letter_date, ctx.lang))
    if standalone:
        lp.subject_and_reference(b, ctx)
    b.line("_" * 60)
    b.blank()
    keys = rng.choice(SECTION_ORDERS)
    breaks = _page_breaks(rng, len(keys), pages)
    for i, key in enumerate(keys):
        if i in breaks:
            b.new_page()
        _section(b, ctx, i, key)
        _section_body(b, ctx, key, i + 1)
    lp.signature(b, ctx, closing=False)
    return reference


def _page_breaks(rng, sections: int, pages: int) -> set[int]:
    if pages <= 1:
        return set()
    return set(rng.sample(range(1, sections), min(pages - 1, sections - 1)))


def _section_body(b: ReplyBuilder, ctx: Ctx, key: str, number: int) -> None:
    rng = ctx.rng
    if key == "antecedentes":
        b.render(f"{number}.1 " + rng.choice(ctx.bank["antecedentes"]), make_fill(ctx, None))
        b.add("\n\n")
    elif key == "base":
        for line in rng.sample(LEGAL_BASIS, 3):
            head, pcm, tail = line.partition("-PCM")  # the decree's issuer is a mention
            b.line("- " + head, *(["-", Ment("PCM", "pcm"), tail] if pcm else []))
        b.blank()
    elif key == "analisis":
        b.line(rng.choice(ctx.bank["analysis_intro"]))
        b.blank()
        write_substance(b, ctx, bullet=rng.choice(["", f"{number}.{{n}} ", "- "]))
    elif key == "conclusiones":
        missing = ctx.plan.status == "missing"
        b.line(rng.choice(ctx.bank["conclusion_missing" if missing else "conclusion"]))
        if rng.random() < 0.4 and summary_sentence(b, ctx):
            b.add("\n")
        b.blank()
    else:
        b.line(rng.choice(ctx.bank["recommend"]))
        b.blank()


def oficio_with_informe(b: ReplyBuilder, ctx: Ctx) -> str:
    """A short covering oficio on page 1 and an informe on the following pages."""
    rng = ctx.rng
    lp.letterhead(b, ctx)
    lp.place_date(b, ctx)
    reference = lp.reference_line(b, ctx, "OFICIO")
    lp.addressee(b, ctx)
    lp.subject_and_reference(b, ctx)
    opening(b, ctx)
    number = f"{rng.randint(1, 400):03d}-{ctx.plan.letter_date.year}"
    b.line(rng.choice(ctx.bank["cover"]).replace("{inf}", number))
    b.blank()
    lp.signature(b, ctx)
    lp.cc_lines(b, ctx)
    b.new_page()
    informe_pages(b, ctx, ctx.plan.pages - 1, standalone=False)
    return reference


def informe(b: ReplyBuilder, ctx: Ctx) -> str:
    return informe_pages(b, ctx, ctx.plan.pages, standalone=True)


def memorando(b: ReplyBuilder, ctx: Ctx) -> str:
    rng = ctx.rng
    lp.letterhead(b, ctx)
    reference = lp.reference_line(b, ctx, "MEMORANDO")
    b.line("A\t: " + MEMO_TO)
    b.line("DE\t: ", rng.choice(ctx.plan.sender.units or (("Secretaría General", ""),))[0])
    lp.subject_and_reference(b, ctx)
    if not ctx.plan.no_date:
        b.line("FECHA\t: ", f"{ctx.plan.sender.city}, {long_date(ctx.plan.letter_date, 'es')}")
    b.line("_" * 60)
    b.blank()
    opening(b, ctx)
    write_substance(b, ctx)
    lp.signature(b, ctx, closing=False)
    return reference


def nota(b: ReplyBuilder, ctx: Ctx) -> str:
    """A third-person diplomatic note; its opening names the sender."""
    rng = ctx.rng
    lp.letterhead(b, ctx)
    number = f"{rng.randint(1, 9)}-{rng.randint(1, 30)}/{rng.randint(1, 300)}"
    reference = f"Nota RE (DGC) N° {number}" if ctx.lang == "es" else f"Note RE (DGC) No. {number}"
    b.line(reference)
    b.blank()
    b.render(rng.choice(ctx.bank["nota_open"]), lambda name, _: {
        "sender": lp.sender_mention(ctx), "cso": cso_piece(ctx)}[name])
    b.add("\n\n")
    lp.subject_and_reference(b, ctx)
    write_substance(b, ctx)
    lp.place_date(b, ctx)
    return reference


def email(b: ReplyBuilder, ctx: Ctx) -> str:
    rng, sender, d = ctx.rng, ctx.plan.sender, ctx.plan.letter_date
    en = ctx.lang == "en"
    b.line(("From: " if en else "De: "),
           f"Transparencia <transparencia@{sender.domain}>")
    if not ctx.plan.no_date:
        b.line(("Sent: " if en else "Enviado el: "),
               f"{long_date(d, ctx.lang)} {rng.randint(8, 18)}:{rng.randint(0, 59):02d}")
    b.line(("To: " if en else "Para: "), f"contacto@{ctx.cso_acronym.lower()}.org.pe")
    reference = ("RE: Request for public information" if en else rng.choice([
        "RE: Solicitud de acceso a la información pública",
        "RV: Respuesta a su pedido de información", "RE: Pedido Ley 27806"]))
    b.line(("Subject: " if en else "Asunto: "), reference)
    b.blank()
    b.line("Dear Madam," if en else rng.choice(["Estimada señora:", "Buenas tardes:"]))
    b.blank()
    opening(b, ctx)
    write_substance(b, ctx)
    lp.signature(b, ctx)
    b.line(f"Telf. {people.phone(rng)}")
    return reference


LAYOUTS = {"oficio": oficio, "carta": carta, "informe": informe, "memorando": memorando,
           "nota": nota, "email": email}
