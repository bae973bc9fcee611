"""Numbers written the many ways Peruvian replies write them (digits, words, styles)."""

from __future__ import annotations

UNITS = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
         "diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete",
         "dieciocho", "diecinueve", "veinte", "veintiuno", "veintidós", "veintitrés",
         "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho",
         "veintinueve"]
TENS = {3: "treinta", 4: "cuarenta", 5: "cincuenta", 6: "sesenta", 7: "setenta",
        8: "ochenta", 9: "noventa"}
HUNDREDS = {1: "ciento", 2: "doscientos", 3: "trescientos", 4: "cuatrocientos",
            5: "quinientos", 6: "seiscientos", 7: "setecientos", 8: "ochocientos",
            9: "novecientos"}
EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen"]
EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
           8: "eighty", 9: "ninety"}


def _below_100(n: int, feminine: bool, apocope: bool) -> str:
    if n < 30:
        word = UNITS[n]
    else:
        word = TENS[n // 10] + ("" if n % 10 == 0 else " y " + UNITS[n % 10])
    if word.endswith("uno"):
        if feminine:
            word = word[:-3] + "una"
        elif apocope:
            word = "veintiún" if word == "veintiuno" else word[:-3] + "un"
    return word


def _below_1000(n: int, feminine: bool, apocope: bool) -> str:
    if n == 100:
        return "cien"
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        word = HUNDREDS[hundreds]
        if feminine and hundreds > 1:
            word = word[:-2] + "as"
        parts.append(word)
    if rest:
        parts.append(_below_100(rest, feminine, apocope))
    return " ".join(parts)


def words_es(n: int, feminine: bool = False, apocope: bool = False) -> str:
    """Spanish words for 0 <= n < 10**9 ("doscientas", "un millón", "veintiún mil")."""
    if n == 0:
        return "cero"
    millions, rest = divmod(n, 1_000_000)
    thousands, units = divmod(rest, 1000)
    parts = []
    if millions:
        parts.append("un millón" if millions == 1
                     else _below_1000(millions, False, True) + " millones")
    if thousands:
        parts.append("mil" if thousands == 1
                     else _below_1000(thousands, feminine, True) + " mil")
    if units:
        parts.append(_below_1000(units, feminine, apocope))
    return " ".join(parts)


def words_en(n: int) -> str:
    """English words for 0 <= n < 1000."""
    if n < 20:
        return EN_UNITS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return EN_TENS[tens] + ("" if unit == 0 else "-" + EN_UNITS[unit])
    hundreds, rest = divmod(n, 100)
    head = EN_UNITS[hundreds] + " hundred"
    return head if rest == 0 else head + " and " + words_en(rest)


def group(n: int, sep: str) -> str:
    """Integer with a thousands separator: group(1307, ' ') == '1 307'."""
    return f"{n:,}".replace(",", sep)


def decimal(value: float, thousands: str, point: str, places: int = 2) -> str:
    """1030908.0 with (',', '.') -> '1,030,908.00'; with (' ', ',') -> '1 030 908,00'."""
    whole = int(round(value * 10**places))
    integer, frac = divmod(whole, 10**places)
    text = group(integer, thousands)
    return text + (point + str(frac).zfill(places) if places else "")
