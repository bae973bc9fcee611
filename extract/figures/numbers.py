"""Numbers as Peruvian, Spanish and English letters write them, parsed to floats.

Digits: the decimal separator is decided per string (a final group of 1-2 digits is
decimal, groups of exactly 3 are thousands, two different separators mean the last is
decimal), with a hint from the rest of the document for the one ambiguous shape: a lone
comma or point followed by exactly 3 digits (thousands unless the document uses that
character as its decimal separator). OCR damage (spaces around separators, a leading
separator) is repaired first. Words: Spanish and English cardinals up to the billions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from oficio.extract.read.layout_lines import MILLIONS_MARKS
from oficio.textfold import fold_key

# A run of digits with separators, as found in text (validated by parse_digits).
DIGITS_PATTERN = (
    r"(?<![\w.,/-])"
    rf"\d{{1,3}}(?:(?:\s?[.,]\s?|[ \u00a0\u202f{MILLIONS_MARKS}])\d{{3}})+"
    r"(?:\s?[.,]\d{1,2}(?!\d))?"
    r"|(?<![\w.,/-])\d+(?:[.,]\d+)?"
)
_SPACES = re.compile(r"[ \u00a0\u202f]+")
_SEP_SPACES = re.compile(r"\s*([.,])\s*")


def is_digits(text: str) -> bool:
    """Only the digits 0-9 (``"³".isdigit()`` is true, but ``float("³")`` fails)."""
    return text.isascii() and text.isdigit()


def parse_digits(raw: str, decimal_hint: str | None = None) -> float | None:
    """The value of a written number such as ``1.030.908,00`` or ``2, 963, 328``.

    ``decimal_hint`` is the document's decimal separator (``","`` or ``"."``) when known;
    it only decides a lone separator followed by exactly three digits. Returns ``None``
    for a string that is not one number (``2.5.1``, ``12,34,5``).
    """
    if re.search(r"[.,]\s+\d{3}", raw):
        decimal_hint = None  # "9, 876": a space after the separator is OCR-split thousands
    text = _SEP_SPACES.sub(r"\1", _millions_mark(raw.strip())).lstrip(".,")
    if not text or not is_digits(text[0]):
        return None
    groups = _SPACES.split(text)
    if len(groups) > 1:
        return _parse_space_grouped(groups)
    return _parse_separated(text, decimal_hint)


_MILLIONS_MARK = re.compile(rf"(?<=\d)[{MILLIONS_MARKS}](?=\d{{3}})")


def _millions_mark(text: str) -> str:
    """``1'046,300.00``: the mark some offices write after the millions is the thousands'
    separator the rest of the number uses."""
    if not _MILLIONS_MARK.search(text):
        return text
    grouped = re.search(r"\d([.,])\d{3}(?!\d)", _MILLIONS_MARK.sub("", text))
    return _MILLIONS_MARK.sub(grouped.group(1) if grouped else "", text)


_GLUED = re.compile(r"(\d{4,6})((?: \d{3})+)[.,](\d{2})")
# "20,418,336,40": OCR read the decimal point as the thousands' comma (or the reverse).
_SAME_SEPARATOR = re.compile(r"(\d{1,3}(?:([.,])\d{3})+)\2(\d{2})")


def parse_money_cell(raw: str, decimal_hint: str | None = None) -> float | None:
    """A money table cell: as ``parse_digits``, and also with the first two groups glued
    by OCR (``5017 342,18`` for ``5 017 342,18``), or its decimal separator read as the
    thousands' one (``20,418,336,40``). Only for a cell known to hold one amount with two
    decimals: in running text the first group could be another number."""
    value = parse_digits(raw, decimal_hint)
    if value is not None:
        return value
    same = _SAME_SEPARATOR.fullmatch(raw.strip())
    if same:
        return float(f"{re.sub(r'[.,]', '', same.group(1))}.{same.group(3)}")
    match = _GLUED.fullmatch(raw.strip())
    if match is None:
        return None
    return float(f"{match.group(1)}{match.group(2).replace(' ', '')}.{match.group(3)}")


def _parse_space_grouped(groups: list[str]) -> float | None:
    """``8 231 751,70``: spaces are thousands; the last group may carry a decimal part."""
    *head, last = groups
    match = re.fullmatch(r"(\d{3})(?:[.,](\d{1,2}))?", last)
    if not match or not re.fullmatch(r"\d{1,3}", head[0]):
        return None
    if any(not re.fullmatch(r"\d{3}", g) for g in head[1:]):
        return None
    integer = "".join(head) + match.group(1)
    return float(f"{integer}.{match.group(2) or 0}")


def _parse_separated(text: str, decimal_hint: str | None) -> float | None:
    parts = re.split(r"([.,])", text)
    digits = parts[0::2]
    seps = parts[1::2]
    if not all(is_digits(d) for d in digits):
        return None
    if not seps:
        return float(text)
    kinds = set(seps)
    if len(kinds) == 2:
        decimal = seps[-1]
        if seps.count(decimal) != 1 or len(digits[-1]) > 2 and len(digits[-1]) != 3:
            return None
        return _join(digits[:-1], digits[-1], head_first=digits[0])
    sep = seps[0]
    if len(seps) > 1:
        return _all_thousands(digits)
    tail = digits[1]
    if len(tail) == 3 and sep != decimal_hint and len(digits[0]) <= 3 and digits[0] != "0":
        return float(digits[0] + tail)
    return float(f"{digits[0]}.{tail}")


def _all_thousands(digits: list[str]) -> float | None:
    """``1.030.908`` (all groups of 3) or ``1,030,90`` (rejected)."""
    if len(digits[0]) > 3 or any(len(d) != 3 for d in digits[1:]):
        return None
    return float("".join(digits))


def _join(integer_groups: list[str], decimals: str, head_first: str) -> float | None:
    if len(head_first) > 3 and len(integer_groups) > 1:
        return None
    if any(len(g) != 3 for g in integer_groups[1:]):
        return None
    return float(f"{''.join(integer_groups)}.{decimals}")


def decimal_separator(numbers: Iterable[str]) -> str | None:
    """The decimal separator a document uses, from how it groups thousands, or ``None``.

    A character used to group thousands (``1.030.908``, the ``.`` of ``1.030,00``) shows
    the other one is the decimal separator. A decimal use alone (``13,6``) proves
    nothing about ``8,500``, since Peruvian letters mix styles; when both characters group
    thousands somewhere, there is no hint.
    """
    grouping = set()
    for raw in numbers:
        text = _SEP_SPACES.sub(r"\1", raw.strip())
        seps = re.findall(r"[.,]", text)
        if len(set(seps)) == 2:
            grouping.add(seps[0])
        elif len(seps) > 1 and all(len(g) == 3 for g in re.split(r"[.,]", text)[1:]):
            grouping.add(seps[0])
    if len(grouping) != 1:
        return None
    return "," if grouping == {"."} else "."


# ---------------------------------------------------------------- numbers in words

_ES_UNITS = {
    "cero": 0, "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
    "trece": 13, "catorce": 14, "quince": 15, "dieciseis": 16, "diecisiete": 17,
    "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiun": 21, "veintiuno": 21,
    "veintiuna": 21, "veintidos": 22, "veintitres": 23, "veinticuatro": 24,
    "veinticinco": 25, "veintiseis": 26, "veintisiete": 27, "veintiocho": 28,
    "veintinueve": 29, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
    "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100,
    "doscientos": 200, "doscientas": 200, "trescientos": 300, "trescientas": 300,
    "cuatrocientos": 400, "cuatrocientas": 400, "quinientos": 500, "quinientas": 500,
    "seiscientos": 600, "seiscientas": 600, "setecientos": 700, "setecientas": 700,
    "ochocientos": 800, "ochocientas": 800, "novecientos": 900, "novecientas": 900,
}
_EN_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {
    "mil": 1_000, "thousand": 1_000, "millon": 1_000_000, "millones": 1_000_000,
    "million": 1_000_000, "millions": 1_000_000, "billion": 1_000_000_000,
}
_HUNDRED = {"hundred"}
_JOINERS = {"y", "and"}
UNITS = {**_ES_UNITS, **_EN_UNITS}
NUMBER_WORDS = set(UNITS) | set(_SCALES) | _HUNDRED
_ACCENTED = {"millón", "veintiún", "dieciséis", "veintidós", "veintitrés", "veintiséis"}
_WORD_ALT = "|".join(sorted(NUMBER_WORDS | _ACCENTED, key=len, reverse=True))
# A run of number words, e.g. "dos millones quinientos mil", "twenty-one" (case-blind use).
WORDS_PATTERN = rf"(?:\b(?:{_WORD_ALT})(?:[\s-]+(?:(?:y|and)\s+)?(?:{_WORD_ALT}))*\b)"


def words_to_number(text: str) -> float | None:
    """``dos millones quinientos mil`` -> 2500000.0; ``two hundred and five`` -> 205.0.

    Returns ``None`` when a word is not a number word or the words do not form one number.
    """
    words = [fold_key(w) for w in re.split(r"[\s-]+", text.strip()) if w]
    if not words or words[-1] in _JOINERS or words[0] in _JOINERS:
        return None
    total = 0
    current = 0
    seen = False
    for word in words:
        if word in _JOINERS:
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in _HUNDRED:
            current = (current or 1) * 100
        elif word in _SCALES:
            scale = _SCALES[word]
            if scale == 1_000_000 and current == 0 and 0 < total < 1_000_000:
                total *= scale  # "mil millones", "dos mil millones"
                seen = True
                continue
            total += (current or 1) * scale
            current = 0
        else:
            return None
        seen = True
    return float(total + current) if seen else None


MULTIPLIERS = {
    "mil": 1_000.0, "miles": 1_000.0, "thousand": 1_000.0, "millon": 1_000_000.0,
    "millones": 1_000_000.0, "million": 1_000_000.0, "millions": 1_000_000.0,
    "mm": 1_000_000.0, "billion": 1_000_000_000.0, "mill.": 1_000_000.0,
    "mll.": 1_000_000.0, "mlls.": 1_000_000.0, "k": 1_000.0,
}


def multiplier(word: str) -> float | None:
    """The factor of a scale word written after digits (``2.5 millones``), or ``None``."""
    return MULTIPLIERS.get(fold_key(word))


def parse_amount(raw: str, decimal_hint: str | None = None) -> float | None:
    """Digits, words, or digits with a scale word (``2.5 millones``), to one value."""
    text = raw.strip()
    match = re.fullmatch(r"(.*?\d)\s+(?:de\s+)?([A-Za-zÁÉÍÓÚáéíóúñ]+)", text)
    if match and multiplier(match.group(2)):
        base = parse_digits(match.group(1), decimal_hint)
        factor = multiplier(match.group(2))
        return None if base is None or factor is None else base * factor
    if is_digits(text[:1]) or text[:1] in ".,":
        return parse_digits(text, decimal_hint)
    return words_to_number(text)


def plain_number(text: str) -> float | None:
    """A plain decimal number ("85.5", "85,5", a fall "-7,8"), or None for anything else
    ("27.815.409.72")."""
    text = text.strip().replace(" ", "").replace("\u2212", "-")
    if re.fullmatch(r"-?\d+(?:[.,]\d+)?", text):
        return float(text.replace(",", "."))
    return None
