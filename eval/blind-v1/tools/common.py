from lib import P, Table, Col, PageBreak, Doc

ANIO = {
    2017: "“Año del Buen Servicio al Ciudadano”",
    2018: "“Año del Diálogo y la Reconciliación Nacional”",
    2019: "“Año de la Lucha contra la Corrupción y la Impunidad”",
    2020: "“Año de la Universalización de la Salud”",
}
DECENIO = "“Decenio de la Igualdad de Oportunidades para Mujeres y Hombres”"
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
       "octubre", "noviembre", "diciembre"]
MON = ["ENE.", "FEB.", "MAR.", "ABR.", "MAY.", "JUN.", "JUL.", "AGO.", "SET.", "OCT.", "NOV.", "DIC."]
EN_M = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"]

NGO = ["Asociación Civil Ruta Libre", "Colectivo Ciudadano Vigilancia Trata Cero",
       "Asociación Civil Observatorio Andino de Derechos", "Asociación Civil Ruta Libre"]
NGO_PEOPLE = [("Señora", "MILAGROS QUISPE HUAMÁN", "Coordinadora de Incidencia"),
              ("Señor", "RENZO PAREDES LOAYZA", "Director Ejecutivo"),
              ("Señora", "ANA LUCÍA VILLANUEVA ROJAS", "Responsable del Área de Vigilancia"),
              ("Señorita", "KARINA SALAZAR MENDOZA", "Coordinadora del Proyecto")]
NGO_ADDR = ["Jr. Huiracocha 1245, Jesús María.-", "Av. Arequipa 2450, Of. 301, Lince.-",
            "Calle Los Cedros 178, San Isidro.-", "Jr. Ica 459, Cercado de Lima.-"]


def dstr(iso, style="long", city="Lima"):
    y, m, d = map(int, iso.split("-"))
    if style == "long":
        return f"{city}, {d} de {MES[m-1]} de {y}"
    if style == "long0":
        return f"{city}, {d:02d} de {MES[m-1]} del {y}"
    if style == "caps":
        return f"{city.upper()}, {d:02d} {MON[m-1]} {y}"
    if style == "stamp":
        return f"{d:02d} {MON[m-1]} {y}"
    if style == "num":
        return f"{city}, {d:02d}/{m:02d}/{y}"
    if style == "dot":
        return f"{city}, {d:02d}.{m:02d}.{y}"
    if style == "en":
        return f"{city}, {EN_M[m-1]} {d}, {y}"
    raise ValueError(style)


def letter(S, ref, date_iso, body, asunto, refs=(), dstyle="long", city="Lima", to=0, ngo=0,
           sign=("", ""), cc=(), stamp=None, salutation="De mi consideración:", closing=None,
           decenio=True, head_in_body=True, extra_top=(), ref_label="Referencia", asunto_label="Asunto",
           date_first=False, en=False, ps=()):
    """Returns list of blocks for a standard Peruvian letter."""
    y = int(date_iso[:4])
    b = []
    if head_in_body:
        for i, line in enumerate(S["lines"]):
            b.append(P(line, "heading" if i < 2 else "center", size=(10 if i < 2 else 9)))
        if decenio and not en:
            b.append(P(DECENIO, "center", size=8))
        if not en:
            b.append(P(ANIO[y], "center", size=8))
    for x in extra_top:
        b.append(x if isinstance(x, P) else P(x, "right", size=8))
    dline = P(dstr(date_iso, dstyle, city), "right")
    if date_first:
        b.append(dline)
    b.append(P(ref, "bold"))
    if not date_first:
        b.append(dline)
    if to is not None:
        t, name, cargo = NGO_PEOPLE[to]
        if en:
            t = {"Señora": "Ms.", "Señor": "Mr.", "Señorita": "Ms."}[t]
        b.append(P(t, "left"))
        b.append(P(name, "bold"))
        b.append(P(cargo, "left"))
        b.append(P(NGO[ngo], "left"))
        b.append(P(NGO_ADDR[ngo] if not en else NGO_ADDR[ngo].rstrip(".-"), "left"))
        if not en:
            b.append(P("Presente.-", "left"))
    b.append(P(f"{asunto_label}\t: {asunto}", "left", indent=True))
    if refs:
        if len(refs) == 1:
            b.append(P(f"{ref_label}\t: {refs[0]}", "left", indent=True))
        else:
            b.append(P(f"{ref_label}\t: " + "; ".join(f"{chr(97+i)}) {r}" for i, r in enumerate(refs)), "left", indent=True))
    if salutation:
        b.append(P(salutation))
    b.extend(body)
    if closing is None:
        closing = ("Sincerely," if en else "Hago propicia la oportunidad para expresarle los sentimientos de mi especial consideración y estima.")
    if closing:
        b.append(P(closing))
    if not en:
        b.append(P("Atentamente," if "consideración" in closing else "", "body"))
    b.append(P("\n\n____________________________", "center"))
    b.append(P(sign[0], "center"))
    b.append(P(sign[1], "center", size=9))
    b.append(P(S["name"], "center", size=9))
    for c in cc:
        b.append(P(c, "small"))
    for p in ps:
        b.append(p if isinstance(p, P) else P(p, "small"))
    if stamp:
        b.append(P(stamp, "right", size=8))
    return b


def mk(id, S, **kw):
    """Create a Doc with sender info in gold."""
    d = Doc(id, **kw)
    d.sender = dict(name=S["name"], acronym=S.get("acr"), kind=S["kind"])
    d.S = S
    return d


def Sd(name, acr, kind, *lines):
    return dict(name=name, acr=acr, kind=kind, lines=list(lines) or [name.upper()])


def quick(id, S, ref, date, asunto, refs, paras, sign, status, axes, period, stated=True, cited=(), mk_=None,
          layout="", scan=False, photo=None, to=0, ngo=0, dstyle="long", city="Lima", cc=(), stamp=None,
          font="Arial", size=11, en=False, notes="", on_topic=True, extra=None, pn=None, **lk):
    body = [x if not isinstance(x, str) else P(x) for x in paras]
    d = mk(id, S, fmt="docx", language=("en" if en else "es"), on_topic=on_topic, status=status, mk=mk_,
           axes=axes, period=period, period_stated=stated, reference=ref, cited=list(cited), letter_date=date,
           layout=layout, scan=scan, photo=photo, font=font, size=size, notes=notes, page_numbers=pn)
    if en:
        lk.setdefault("salutation", "Dear Ms. Quispe," if to == 0 else "Dear Sir or Madam,")
        lk.setdefault("ref_label", "Ref.")
        lk.setdefault("asunto_label", "Subject")
    d.blocks = letter(S, ref, date, body, asunto, refs=refs, dstyle=dstyle, city=city, to=to, ngo=ngo, sign=sign,
                      cc=cc, stamp=stamp, en=en, **lk)
    if extra:
        extra(d)
    return d
