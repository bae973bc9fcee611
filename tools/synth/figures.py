"""Gold figures: random values written in the Peruvian styles the guide lists.

Span convention (documented in annotations/bundled/README.md):
- money: the amount with its currency marker ("S/ 1,030,908.00", "16,350 soles",
  "dos millones quinientos mil y 00/100 soles"); in a table cell under a "(S/)" header,
  the bare number.
- count: the numeral only, not the counted noun ("725", "1 307", "doscientos",
  "doce (12)"); `what` carries the noun's lemma.
- percent: the number with its sign or words ("33.67 %", "82%", "82 por ciento").
"""

from __future__ import annotations

import random

from tools.synth.builder import Fig
from tools.synth.numbers import decimal, group, words_en, words_es

# lemma -> (feminine, low, high)
NOUNS: dict[str, tuple[bool, int, int]] = {
    "denuncia": (True, 12, 900), "víctima": (True, 5, 1500), "caso": (False, 3, 400),
    "operativo": (False, 3, 90), "taller": (False, 2, 60), "albergue": (False, 2, 14),
    "servidor": (False, 20, 650), "docente": (False, 15, 480), "estudiante": (False, 80, 6000),
    "charla": (True, 4, 120), "campaña": (True, 2, 25), "persona": (True, 10, 3000),
    "detenido": (False, 2, 140), "sentencia": (True, 1, 45), "inspección": (True, 5, 300),
    "atención": (True, 10, 900), "fiscal": (False, 10, 220), "efectivo": (False, 15, 400),
    "juez": (False, 5, 90), "menor": (False, 2, 160), "participante": (False, 20, 2500),
    "carpeta": (True, 8, 500), "investigación": (True, 5, 300), "ordenanza": (True, 2, 12),
    "mesa": (True, 2, 20), "red": (True, 2, 15), "feria": (True, 2, 30),
    "institución": (True, 3, 60), "beneficiario": (False, 10, 900), "llamada": (True, 50, 9000),
    "municipalidad": (True, 3, 40), "sesión": (True, 2, 24), "hogar": (False, 2, 12),
    "familia": (True, 20, 900), "maestro": (False, 15, 480), "agente": (False, 10, 300),
    "centro": (False, 5, 200), "fallo": (False, 1, 40), "acción": (True, 3, 90),
    "comunicador": (False, 5, 120), "inspector": (False, 5, 80),
    "defensor": (False, 3, 60), "connacional": (False, 2, 80), "psicólogo": (False, 2, 30),
    "complaint": (False, 12, 900), "victim": (False, 5, 1500), "case": (False, 3, 400),
    "operation": (False, 3, 90), "workshop": (False, 2, 60), "official": (False, 20, 650),
    "national": (False, 2, 80), "person": (False, 10, 3000), "shelter": (False, 2, 14),
    "inspection": (False, 5, 300), "prosecutor": (False, 5, 200), "child": (False, 2, 150),
    "meeting": (False, 2, 24), "student": (False, 80, 6000), "survivor": (False, 5, 300),
    "raid": (False, 3, 90), "investigation": (False, 5, 300),
    "actividad": (True, 2, 60), "teacher": (False, 15, 480), "consultation": (False, 10, 900),
    "session": (False, 3, 90), "permit": (False, 2, 120), "participant": (False, 20, 2500),
    "activity": (False, 2, 60), "escolar": (False, 80, 4000), "mujer": (True, 5, 400),
    "adolescente": (False, 5, 300), "distrito": (False, 2, 40), "magistrado": (False, 5, 90),
    "funcionario": (False, 10, 400),
    "informe": (False, 2, 12), "reporte": (False, 2, 12), "agencia": (True, 3, 80),
    "indicador": (False, 5, 40), "conductor": (False, 20, 600), "sobreviviente": (True, 3, 200),
    "imputado": (False, 2, 60), "traveller": (False, 50, 5000), "assistance": (False, 5, 400),
    "arrest": (False, 2, 140), "vez": (True, 2, 24), "compañero": (False, 20, 900),
    "intervención": (True, 3, 90),
}


def count_value(rng: random.Random, lemma: str) -> int:
    _, low, high = NOUNS[lemma]
    return rng.randint(low, high)


def count_fig(rng: random.Random, lemma: str, lang: str, year: int | None,
              value: int | None = None) -> Fig:
    """A count written as digits, grouped digits, words, or 'doce (12)'."""
    feminine = NOUNS[lemma][0]
    n = count_value(rng, lemma) if value is None else value
    roll = rng.random()
    if lang == "en":
        if n < 100 and roll < 0.25:
            text = f"{words_en(n)} ({n})"
        else:
            text = group(n, ",") if n >= 1000 else str(n)
    elif n >= 1000:
        text = group(n, rng.choice([" ", ",", ".", ""]))
    elif roll < 0.12:
        text = words_es(n, feminine)
    elif roll < 0.27:
        text = f"{words_es(n, feminine)} ({n:02d})" if n < 10 else \
            f"{words_es(n, feminine)} ({n})"
    else:
        text = str(n)
    return Fig(text=text, kind="count", value=float(n), what=lemma, year=year)


def zero_count_fig(lemma: str, lang: str, year: int | None) -> Fig:
    text = "zero (0)" if lang == "en" else "cero (0)"
    return Fig(text=text, kind="count", value=0.0, what=lemma, year=year)


def money_value(rng: random.Random) -> float:
    scale = rng.choice([10_000, 100_000, 1_000_000, 1_000_000, 5_000_000])
    cents = rng.choice([0, 0, 0, rng.randint(1, 99)])
    return float(rng.randint(scale // 10, scale)) + cents / 100


def money_fig(rng: random.Random, lang: str, year: int | None, role: str | None,
              usd: bool = False) -> Fig:
    """Money in one of the Peruvian styles; value and currency normalized."""
    value = money_value(rng)
    if usd:
        value = float(rng.randint(3, 400) * 500)
        text = rng.choice(["US$ ", "USD ", "US$"]) + group(int(value), ",")
        if rng.random() < 0.3:
            text = f"{group(int(value), ',')} dólares" if lang == "es" \
                else f"{group(int(value), ',')} US dollars"
        return Fig(text, "money", value, "USD", None, year, role)
    style = rng.randrange(12 if lang == "es" else 5)
    if style in (5, 6) and value >= 1_000_000:
        value = round(value / 100_000) / 10 * 1_000_000
        number = f"{value / 1_000_000:.1f}"
        text = (f"S/ {number} millones" if style == 5
                else f"{number.replace('.', ',')} millones de soles")
        return Fig(text, "money", value, "PEN", None, year, role)
    if style == 7 and value < 1_000_000_000:
        value = float(int(value))
        text = f"{words_es(int(value), apocope=True)} y 00/100 soles"
        return Fig(text, "money", value, "PEN", None, year, role)
    if lang == "en":
        text = [f"S/ {decimal(value, ',', '.')}", f"PEN {decimal(value, ',', '.')}",
                f"{decimal(value, ',', '.')} soles", f"S/ {decimal(value, ',', '.')}",
                f"PEN {group(int(value), ',')}"][style]
        if style == 4:
            value = float(int(value))
        return Fig(text, "money", value, "PEN", None, year, role)
    formats = [
        lambda v: f"S/ {decimal(v, ',', '.')}",
        lambda v: f"S/. {decimal(v, ' ', ',')}",
        lambda v: f"S/ {decimal(v, ' ', ',')}",
        lambda v: f"{decimal(v, '.', ',')} soles",
        lambda v: f"S/. {decimal(v, ',', '.')}",
        lambda v: f"S/ {decimal(v, ',', '.')}",
        lambda v: f"{decimal(v, ',', '.')} nuevos soles",
        lambda v: f"S/ {decimal(v, '.', ',')}",
        lambda v: f"{group(int(v), ',')} soles",
        lambda v: f"S/{decimal(v, ',', '.')}",
        lambda v: f"S/ {group(int(v), ' ')}",
        lambda v: f"S/ {group(int(v), ', ')}",  # OCR broke the separators: "S/ 2, 963, 328"
    ]
    if style in (8, 10, 11):
        value = float(int(value))
    return Fig(formats[style](value), "money", value, "PEN", None, year, role)


def cell_money_fig(rng: random.Random, year: int | None, role: str | None,
                   comma_decimal: bool) -> Fig:
    """A bare amount for a table column headed '(S/)'."""
    value = money_value(rng)
    text = decimal(value, " ", ",") if comma_decimal else decimal(value, ",", ".")
    return Fig(text, "money", value, "PEN", None, year, role)


def percent_fig(rng: random.Random, lang: str, year: int | None,
                value: float | None = None) -> Fig:
    v = round(rng.uniform(4, 99.5), rng.choice([0, 1, 2])) if value is None else value
    whole = float(v).is_integer()
    num = str(int(v)) if whole else f"{v}"
    style = rng.randrange(4)
    if lang == "en":
        text = f"{num}%" if style < 3 else f"{num} percent"
    elif style == 0:
        text = f"{num} %"
    elif style == 1:
        text = f"{num.replace('.', ',')}%"
    elif style == 2 and whole:
        text = f"{num} por ciento"
    else:
        text = f"{num}%"
    return Fig(text, "percent", float(v), None, None, year, None)
