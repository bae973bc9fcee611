"""Dates in Spanish and English letters, to ``datetime.date``.

Supported: ``15 de agosto de 2018``, ``15 de agosto del 2018``, ``1° de agosto de 2018``,
``15 agosto 2018``, ``15-ago-2018``, ``15/08/2018`` (day first, as in Peru), ``15.08.2018``,
``2018-08-15``, ``3 September 2018``, ``3rd of September, 2018``, ``September 3, 2018``,
``Sept. 3, 2018``. Month names may be capitalised or abbreviated (``set.``, ``sept``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from rapidfuzz.distance import Levenshtein

from oficio.textfold import fold

MONTHS = {
    "enero": 1, "ene": 1, "january": 1, "jan": 1,
    "febrero": 2, "feb": 2, "february": 2,
    "marzo": 3, "mar": 3, "march": 3,
    "abril": 4, "abr": 4, "april": 4, "apr": 4,
    "mayo": 5, "may": 5,
    "junio": 6, "jun": 6, "june": 6,
    "julio": 7, "jul": 7, "july": 7,
    "agosto": 8, "ago": 8, "august": 8, "aug": 8,
    "setiembre": 9, "septiembre": 9, "set": 9, "sep": 9, "sept": 9, "september": 9,
    "octubre": 10, "oct": 10, "october": 10,
    "noviembre": 11, "nov": 11, "november": 11,
    "diciembre": 12, "dic": 12, "december": 12, "dec": 12,
}  # fmt: skip
# The names and abbreviations as a pattern's alternatives, the longest first ("setiembre"
# before "set"), for patterns that must find a month by its exact name.
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH = r"[a-z0-9]{3,10}"  # any word: month_number() decides, tolerating one OCR error
_DAY = r"(?P<d>[0-3]?\d)(?:\s*(?:°|º|o\b)|st|nd|rd|th)?"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
_PATTERNS = [
    # 15 de agosto de 2018 / 15 agosto, 2018 / 3rd of September 2018 / 15-ago-2018
    # and "25 de enero del año 2023"
    rf"\b{_DAY}\s*(?:de\s+|of\s+|[-/.]\s*)?(?P<m>{_MONTH})\b\.?\s*"
    rf"(?:del?\s+(?:a[ñn]o\s+)?|,\s*|[-/.]\s*)?{_YEAR}",
    # September 3, 2018 / agosto 15 de 2018
    rf"\b(?P<m>{_MONTH})\b\.?\s+{_DAY},?\s*(?:del?\s+)?{_YEAR}",
    # 15/08/2018, 15.08.2018, 15-08-2018
    rf"\b(?P<d>[0-3]?\d)\s*(?P<s>[/.-])\s*(?P<mn>[01]?\d)\s*(?P=s)\s*{_YEAR}\b",
    # 2018-08-15
    rf"\b{_YEAR}-(?P<mn>[01]\d)-(?P<d>[0-3]\d)\b",
]
_REGEXES = [re.compile(p, re.IGNORECASE) for p in _PATTERNS]
_DIGITISH = re.compile(r"(?<![a-z])[0-9oli]*[0-9][0-9oli]*(?![a-z])")
_DIGIT_OF = str.maketrans("oli", "011")


def normalize(text: str) -> str:
    """Folded text with OCR letters in numbers made digits ('2O18' -> '2018'); same length."""
    return _DIGITISH.sub(lambda m: m.group(0).translate(_DIGIT_OF), fold(text))


def month_number(word: str) -> int | None:
    """1-12 for a month name or abbreviation; names of 5 letters or more may carry one OCR
    error ('ag0sto', 'setiembrc')."""
    word = word.lower()
    if word in MONTHS:
        return MONTHS[word]
    if len(word) < 5:
        return None
    close = [n for name, n in MONTHS.items()
             if len(name) >= 5 and Levenshtein.distance(word, name, score_cutoff=1) <= 1]
    return close[0] if len(set(close)) == 1 else None


@dataclass(frozen=True)
class DateMatch:
    """A date found in a text; ``start``/``end`` index the text given."""

    value: date
    start: int
    end: int


def find_dates(text: str) -> list[DateMatch]:
    """Every valid date in ``text``, in order, none overlapping."""
    folded = normalize(text)
    found: list[DateMatch] = []
    for regex in _REGEXES:
        for match in regex.finditer(folded):
            value = _value(match)
            if value is None:
                continue
            if all(match.end() <= f.start or f.end <= match.start() for f in found):
                found.append(DateMatch(value, match.start(), match.end()))
    return sorted(found, key=lambda f: f.start)


def parse_date(text: str) -> date | None:
    """The first date in ``text``, or ``None``."""
    found = find_dates(text)
    return found[0].value if found else None


def _value(match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    month = month_number(groups["m"]) if groups.get("m") else int(groups["mn"])
    if month is None:
        return None
    try:
        return date(int(groups["y"]), month, int(groups["d"]))
    except ValueError:
        return None
