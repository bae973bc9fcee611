"""Independent number-to-words writers for the property tests (not used by the library)."""

from __future__ import annotations

ES_UNITS = (
    "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
    "dieciséis diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés "
    "veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve"
).split()
ES_TENS = "_ _ _ treinta cuarenta cincuenta sesenta setenta ochenta noventa".split()
ES_HUNDREDS = (
    "_ ciento doscientos trescientos cuatrocientos quinientos seiscientos setecientos "
    "ochocientos novecientos"
).split()
EN_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def spanish(n: int) -> str:
    """Spanish cardinal words of ``0 <= n < 10**12`` (masculine, 'un' before scales)."""
    if n == 0:
        return "cero"
    parts = []
    millions, rest = divmod(n, 1_000_000)
    thousands, units = divmod(rest, 1_000)
    if millions:
        parts.append("un millón" if millions == 1 else f"{_es_below_million(millions)} millones")
    if thousands:
        parts.append("mil" if thousands == 1 else f"{_es_below_thousand(thousands, True)} mil")
    if units:
        parts.append(_es_below_thousand(units, False))
    return " ".join(parts)


def _es_below_million(n: int) -> str:
    thousands, units = divmod(n, 1_000)
    parts = []
    if thousands:
        parts.append("mil" if thousands == 1 else f"{_es_below_thousand(thousands, True)} mil")
    if units:
        parts.append(_es_below_thousand(units, True))
    return " ".join(parts)


def _es_below_thousand(n: int, apocope: bool) -> str:
    if n == 100:
        return "cien"
    hundreds, rest = divmod(n, 100)
    parts = [ES_HUNDREDS[hundreds]] if hundreds else []
    if rest:
        if rest < 30:
            word = ES_UNITS[rest]
            if apocope and rest in (1, 21):
                word = "un" if rest == 1 else "veintiún"
        else:
            tens, unit = divmod(rest, 10)
            word = ES_TENS[tens]
            if unit:
                word += " y " + ("un" if apocope and unit == 1 else ES_UNITS[unit])
        parts.append(word)
    return " ".join(parts)


def english(n: int) -> str:
    """English cardinal words of ``0 <= n < 10**9``."""
    if n == 0:
        return "zero"
    parts = []
    for scale, name in ((1_000_000, "million"), (1_000, "thousand"), (1, "")):
        chunk, n = divmod(n, scale)
        if chunk:
            parts.append(f"{_en_below_thousand(chunk)} {name}".strip())
    return " ".join(parts)


def _en_below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = [f"{EN_UNITS[hundreds]} hundred"] if hundreds else []
    if rest:
        if rest < 20:
            parts.append(EN_UNITS[rest])
        else:
            tens, unit = divmod(rest, 10)
            parts.append(EN_TENS[tens] + (f"-{EN_UNITS[unit]}" if unit else ""))
    return " ".join(parts)
