"""The requested period a letter states, and the periods any text names.

``find_period`` reads the period the letter says was asked for (its subject line, a
sentence about the request); ``periods_in`` lists every period a statement names, in
words ("primer semestre de 2018", "de julio a diciembre de 2019") and, when asked, by two
dates ("entre el 1 de enero de 2023 y el 31 de diciembre de 2024").
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from oficio.extract.header.dates import (
    MONTH_NAMES,
    DateMatch,
    find_dates,
    month_number,
    normalize,
)

_MONTH = MONTH_NAMES + r"|[a-z0-9]{5,10}"  # and OCR's misreadings of them
_YEAR = r"((?:19|20)\d\d)"

# "año" folds to "ano"; OCR reads its "ñ" as "fi", "fl" or "i" ("afios 2018 y 2019")
_ANO = r"a(?:n|fi|fl|i)o"
_ANOS = _ANO + "s"
_NO_RANGE = r"\b(?!\s*(?:-|–|al|a|y|to|and|hasta)\s*(?:19|20)\d\d)"
_PERIOD_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # also in brackets, after a comma, a colon or a dash, or opening a line: "(julio 2022 –
    # junio 2024)", "…, marzo 2021 – febrero 2023", "Asunto: … personas –⏎OCTUBRE 2020 –
    # SETIEMBRE 2022"
    # (OCR may read the dash as "—" or "~")
    (re.compile(rf"(?:(?:de|desde|entre|from|between|periodo|period|durante)\s+|(?<=\()|"
                rf"(?<=, )|(?<=: )|(?<=[-–—] )|(?<=\n))"
                rf"(?:de(?:l)?\s+)?"
                rf"(?:el\s+mes\s+de\s+)?({_MONTH})\.?\s+"
                rf"(?:de(?:l)?\s+)?{_YEAR}\s*(?:\ba|\bal|hasta|\by|to|and|until|-|–|—|~)\s*"
                rf"(?:el\s+mes\s+de\s+)?"
                rf"({_MONTH})\.?\s+(?:de(?:l)?\s+)?{_YEAR}"), "months"),
    (re.compile(rf"(?:periodo|period|{_ANOS}|years|ejercicios|ejercicio fiscal)\s*(?:de\s+)?"
                rf"{_YEAR}\s*(?:-|–|al|a|y|to|and|hasta)\s*{_YEAR}"), "years"),
    (re.compile(rf"(?:entre|between|desde|from)\s+(?:el\s+|los\s+)?(?:{_ANO}\s+|{_ANOS}\s+)?{_YEAR}"
                rf"\s*(?:y|al|a|hasta|and|to|-)\s*(?:el\s+)?{_YEAR}"), "years"),
    (re.compile(rf"(?:durante|en|del|al|para|for|during|in|to)\s+(?:el\s+|the\s+)?"
                rf"(?:{_ANO}|year|periodo|period|ejercicio|calendar\s+year)\s+"
                rf"(?:fiscal\s+|calendario\s+)?{_YEAR}{_NO_RANGE}"), "year"),
    (re.compile(rf"\bcovering\s+(?:the\s+year\s+)?{_YEAR}{_NO_RANGE}"), "year"),
    # two dates written day, month and year run together, as the police write them:
    # "01MAR2021 – 28FEB2023"
    (re.compile(rf"\b\d{{1,2}}\s?({MONTH_NAMES})\.?\s?{_YEAR}\s*(?:-|–|al|a|to)\s*"
                rf"\d{{1,2}}\s?({MONTH_NAMES})\.?\s?{_YEAR}\b"), "months"),
    # "de julio a diciembre de 2020", "(enero – junio 2016)", "January-June 2020": one year
    # for both months; the names only, not their misreadings, as no word comes before them
    # and with the days, "entre el 1 de enero y el 31 de diciembre de 2023"
    (re.compile(rf"\b({MONTH_NAMES})\.?\s*(?:a|al|hasta|y|-|–|to|and|until|through)\s*"
                rf"(?:el\s+)?(?:\d{{1,2}}\s+de\s+)?"
                rf"({MONTH_NAMES})\.?\s*(?:de(?:l)?\s+|,\s*|of\s+)?(?:{_ANO}\s+)?{_YEAR}"),
     "months_of_year"),
    # "julio 2019", "en el mes de julio de 2019" (a table's row, a sentence): one month; a
    # day before it makes it a date ("30 de julio de 2019"), which is no period
    (re.compile(rf"(\d{{1,2}}\s+(?:de\s+)?)?\b({MONTH_NAMES})\.?\s+(?:de(?:l)?\s+)?{_YEAR}"),
     "month"),
    # "primer semestre de 2019", "II semestre 2017", "the second half of 2019"
    (re.compile(rf"\b(primer|1er|1|i|first|segundo|2do|2|ii|second)\s+(?:semestre|half)\s+"
                rf"(?:de(?:l)?\s+|of\s+)?(?:(?:el\s+)?{_ANO}\s+|the\s+year\s+)?{_YEAR}"), "half"),
    # "en 2019-2020", "in 2019 and 2020", "durante 2019": bare years after a preposition,
    # taken only in a sentence about the request (see _about_request)
    (re.compile(rf"\b(?:en|in|during|durante|for)\s+(?:los\s+{_ANOS}\s+|the\s+years\s+)?"
                rf"{_YEAR}\s*(?:-|–|y|and|al|a|to)\s*{_YEAR}"), "years"),
    (re.compile(rf"\b(?:en|in|during|durante|for)\s+{_YEAR}{_NO_RANGE}(?!\s*\d)"), "year"),
    # "Solicitud sobre procesos, año 2016", "(año 2018)", "(periodo: 2019)"
    (re.compile(rf"(?:,|\()\s*(?:{_ANO}|year|periodo|period)\s*:?\s*{_YEAR}{_NO_RANGE}"), "year"),
]  # fmt: skip
_FIRST_HALF = {"primer", "1er", "1", "i", "first"}


def find_period(text: str) -> tuple[date, date, str] | None:
    """The requested period when the letter states it: (start, end, the words).

    The first period phrase in a sentence about the request ("solicitud", "pedido",
    "requerida", "periodo", ...); a year in a sentence about results is not the period."""
    folded = normalize(text)
    # a year inside a full date ("25 de enero del año 2023", the letter's) is no period
    dates = find_dates(text)
    worded = [w for w in _worded_periods(folded, months=False)
              if not any(d.start <= w[0] < d.end for d in dates)]
    found = _dated_periods(dates, folded) + worded
    found = _longest([f for f in found if _about_request(folded, f[0])]
                     + _subject_years(folded))
    if not found:
        return None
    best = min(found, key=lambda f: f[0])
    start, end, first, last = best
    return first, last, text[start:end]


def periods_in(folded: str, dated: bool = False) -> list[tuple[date, date]]:
    """Every period a text names in words ("primer semestre de 2018", "de julio a
    diciembre de 2019", "durante el año 2017"), whatever it is about, and with ``dated``
    those it names by two dates ("entre el 1 de enero de 2023 y el 31 de diciembre de
    2024"); ``folded`` is ``normalize``'s text. The longest phrase wins where two overlap."""
    found = _worded_periods(folded, months=True)
    if dated:
        found += _dated_periods(find_dates(folded), folded)
    return [(first, last) for _, _, first, last in sorted(_longest(found))]


def _longest(found: list[tuple]) -> list[tuple]:
    """The phrases (start, end, ...) that no longer phrase overlaps."""
    return [f for f in found if not any(_inside(f, g) for g in found)]


def _inside(inner: tuple, outer: tuple) -> bool:
    """True when ``outer`` is a longer phrase that overlaps ``inner``."""
    overlaps = inner[0] < outer[1] and outer[0] < inner[1]
    return overlaps and (outer[1] - outer[0]) > (inner[1] - inner[0])


def _worded_periods(folded: str, months: bool) -> list[tuple[int, int, date, date]]:
    """The period phrases of ``folded``; a single month ("julio 2019") only with ``months``:
    a statement's month says when it happened, but a request names its period otherwise."""
    found = []
    for pattern, shape in _PERIOD_PATTERNS:
        if shape == "month" and not months:
            continue
        for match in pattern.finditer(folded):
            g = match.groups()
            if shape == "months":
                pair = month_number(g[0]), month_number(g[2])
                if None in pair:
                    continue
                first, last = (pair[0], int(g[1])), (pair[1], int(g[3]))
            elif shape == "months_of_year":
                pair = month_number(g[0]), month_number(g[1])
                if None in pair:
                    continue
                first, last = (pair[0], int(g[2])), (pair[1], int(g[2]))
            elif shape == "month":
                month = month_number(g[1])
                if g[0] or month is None:
                    continue
                first = last = (month, int(g[2]))
            elif shape == "half":
                first, last = ((1, int(g[1])), (6, int(g[1]))) if g[0] in _FIRST_HALF \
                    else ((7, int(g[1])), (12, int(g[1])))
            elif shape == "years":
                first, last = (1, int(g[0])), (12, int(g[1]))
            else:
                first, last = (1, int(g[0])), (12, int(g[0]))
            start = date(first[1], first[0], 1)
            end = date(last[1], last[0], calendar.monthrange(last[1], last[0])[1])
            if start <= end:
                found.append((match.start(), match.end(), start, end))
    return found


def _dated_periods(dates: list[DateMatch], folded: str) -> list[tuple[int, int, date, date]]:
    """'del 01 de enero de 2017 al 30 de junio de 2018', 'entre el 1 de enero de 2017 y el
    31 de diciembre de 2018', 'from 1 January 2017 to 30 June 2018': two of ``dates``
    (``find_dates``' of the text ``folded`` folds) with a word of a range between them."""
    found = []
    for a, b in zip(dates, dates[1:], strict=False):
        between = folded[a.end : b.start].strip()
        before = folded[max(0, a.start - 12) : a.start]
        if (
            between in _BETWEEN
            and re.search(r"(del|desde|entre|from|between|el|periodo|period|de)\s*:?\s*$|\($"
                          r"|[,:–—-]\s*$|\n\s*$", before)
            and a.value < b.value
        ):
            found.append((a.start, b.end, a.value, b.value))
    return found


_BETWEEN = {"al", "a", "hasta", "hasta el", "y", "y el", "to", "-", "–", "—", "until", "and",
            "through"}
# The subject line names what was asked ("Asunto: Trata de personas, periodo 2018",
# "Subject: Information request on ..., 2018"): a year there, or a range of years, is the
# requested period even without a word of the request around it. A year inside a document
# number ("Informe N° 045-2018-...") is not.
# The label may have no colon when the letter sets it in a table ("ASUNTO | Información …",
# "ASUNTO   Información …").
_SUBJECT = re.compile(r"(?m)^[^\S\n]*(?:asunto|subject|materia)(?:[^\S\n]*[:|]|[^\S\n]+(?=\S))"
                      r"([^\n]*(?:\n[^\S\n]*(?:19|20)\d\d\b[^\n]{0,20})?)")
_DATED = re.compile(rf"(?:fecha|dated|\b(?:{MONTH_NAMES})\.?)[^\S\n]*(?:de|del|,)?[^\S\n]*$")
_SUBJECT_YEARS = re.compile(rf"(?<![\d/-]){_YEAR}(?:\s*(?:-|–|al|a|y|to|and)\s*{_YEAR})?"
                            r"(?![\d/-])")


def _subject_years(folded: str) -> list[tuple[int, int, date, date]]:
    found = []
    for line in _SUBJECT.finditer(folded):
        for match in _SUBJECT_YEARS.finditer(folded, line.start(1), line.end(1)):
            if _DATED.search(folded, max(line.start(1), match.start() - 30), match.start()):
                continue  # "solicitud de fecha 12 de marzo de 2019": a date, not a period
            first = int(match.group(1))
            last = int(match.group(2) or first)
            if first <= last:
                found.append((match.start(), match.end(), date(first, 1, 1), date(last, 12, 31)))
        if found:
            return found[:1]
    return []


_REQUEST_WORDS = re.compile(
    r"solicit|pedido|pidi|pide|requer|requier|request|inquir|enquir|consult|periodo|period|lapso|"
    r"calendar|raised|letter|covering|refer|asked"
)
# A subject or reference line names what was asked, with or without a word of the request.
_WRAPPED_LABEL = 60  # characters of a label's wrapped line before the period
_SUBJECT_LABEL = re.compile(r"(?:asunto|subject|materia)\b")
_ABOUT_LINE = re.compile(_SUBJECT_LABEL.pattern + r"|(?:ref|referencia|re)\b\.?\s*[:|]")


# OCR may set a blank line inside a sentence, between two of its lines ("… relacionados⏎⏎con
# la trata … entre enero de 2023 y diciembre de 2024"): a blank line between a word and a
# word in lower case opens no paragraph.
_RUNS_ON = re.compile(r"[a-z,]\s*\n\s*\n\s*[a-z]")


def _paragraph_start(folded: str, pos: int) -> int:
    """Where the paragraph holding ``pos`` starts: its blank line, or -1."""
    gap = folded.rfind("\n\n", 0, pos)
    while gap > 0 and _RUNS_ON.match(folded, max(0, gap - 1)):
        gap = folded.rfind("\n\n", 0, gap)
    return gap


def _about_request(folded: str, pos: int) -> bool:
    line_start = folded.rfind("\n", 0, pos) + 1
    line = folded[line_start:pos]
    if _ABOUT_LINE.match(line.lstrip()):
        return True
    # a subject wrapped over two lines ("ASUNTO: … frente a la⏎trata de personas
    # (01.10.2020 – 30.09.2022)"), whose dotted dates no sentence can be cut at
    above = folded[folded.rfind("\n", 0, max(line_start - 1, 0)) + 1 : max(line_start - 1, 0)]
    if line_start and not above.rstrip().endswith(".") and (
            _SUBJECT_LABEL.match(above.lstrip()) or
            (_ABOUT_LINE.match(above.lstrip()) and pos - line_start <= _WRAPPED_LABEL)):
        return True  # a reference's line wraps too, not into the body's long first line
    start = max(folded.rfind(".", 0, pos), _paragraph_start(folded, pos)) + 1
    end = folded.find(".", pos)
    return bool(_REQUEST_WORDS.search(folded[start : len(folded) if end < 0 else end]))
