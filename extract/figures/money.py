"""Money amounts: ``S/ 1,030,908.00``, ``US$ 5 000``, ``2.5 millones de soles``,
``dos millones quinientos mil y 00/100 soles``; with currency, year and budget role.

Only numbers tied to a currency sign or word are money: a bare number in a sentence about
a budget is left alone (a wrong amount in a published report is worse than a missing one).

Replies are mostly in soles and dollars, but cooperation agencies, embassies and funders
write their contributions in their own currency (``EUR 250,000``, ``€ 1.2 millones``,
``CAD 3.1 million``, ``800 000 wones``). Such an amount read as dollars would be wrong, and
left out it is lost: each currency gets its own ISO code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from oficio.extract.figures.figure import Figure
from oficio.extract.figures.figure_context import Blocked, Taken, role_near, year_near
from oficio.extract.figures.figure_doc import add_free, doc_blocked, doc_decimal_hint, doc_text
from oficio.extract.figures.numbers import (
    WORDS_PATTERN,
    multiplier,
    parse_digits,
    words_to_number,
)
from oficio.extract.read.layout_lines import MILLIONS_MARKS

# ISO codes written before or after an amount. Only codes that are no Spanish or English
# word (``COP`` and ``ARS`` are left out: too close to abbreviations of other things).
ISO_CODES = ("PEN", "USD", "EUR", "GBP", "CAD", "AUD", "JPY", "KRW", "CHF", "CNY", "MXN",
             "BRL", "CLP", "NZD", "SEK", "NOK", "DKK")

# Signs written before an amount, longest first so that "C$" is not read as "$".
SIGNS = {"CA$": "CAD", "C$": "CAD", "CAN$": "CAD", "A$": "AUD", "AU$": "AUD",
         "NZ$": "NZD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW"}

# Currency names after an amount (``de`` or ``of`` may come between), as a regex and the
# code. Adjectives of nationality decide dollars and pesos; a bare "dólares" is USD.
_WORDS: tuple[tuple[str, str], ...] = (
    (r"d[oó]lares\s+canadienses|canadian\s+dollars?", "CAD"),
    (r"d[oó]lares\s+australianos|australian\s+dollars?", "AUD"),
    (r"euros?", "EUR"),
    (r"libras\s+esterlinas|pounds?\s+sterling|british\s+pounds?", "GBP"),
    (r"yenes|japanese\s+yen|yen", "JPY"),
    (r"wones|wons|(?:south\s+)?korean\s+won", "KRW"),
    (r"francos\s+suizos|swiss\s+francs?", "CHF"),
    (r"pesos\s+chilenos|chilean\s+pesos?", "CLP"),
    (r"pesos\s+mexicanos|mexican\s+pesos?", "MXN"),
    (r"yuan(?:es)?|renminbi", "CNY"),
)

_CODE_ALT = "|".join(code for code in ISO_CODES if code not in ("PEN", "USD"))
_SIGN_ALT = "|".join(re.escape(s) for s in sorted(SIGNS, key=len, reverse=True))
_WORD_ALT = "|".join(pattern for pattern, _ in _WORDS)

# Alternatives for the prefix and suffix groups below (other than soles and dollars).
OTHER_PREFIX = rf"(?:{_SIGN_ALT})|(?:{_CODE_ALT})(?![A-Za-z])"
OTHER_SUFFIX = rf"{_WORD_ALT}|{_CODE_ALT}"


def other_currency(sign: str) -> str | None:
    """The ISO code of a sign, code or word of a currency other than soles and dollars."""
    text = " ".join(sign.split())
    if text in SIGNS:
        return SIGNS[text]
    if text.upper() in ISO_CODES and text.upper() not in ("PEN", "USD"):
        return text.upper()
    for pattern, code in _WORDS:
        if re.fullmatch(pattern, text, re.I):
            return code
    return None


NUM = (
    r"(?:\d{1,3}(?:,\s\d{3}){2,}|\d{1,3}(?:\.\s\d{3}){2,}"  # OCR: "2, 963, 328"
    rf"|\d{{1,3}}[{MILLIONS_MARKS}]\d{{3}}(?:[.,]\d{{3}})*"  # "1'046,300": millions marked
    r"|\d{1,3}(?:\s?[.,]\d{3})+"  # "1,030,908", "1 ,030,908"
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+"  # "8 231 751"
    r"|\d+)"
    r"(?:\s?[.,]\d{1,2})?(?![\d]|[.,]\d)"
)
# "S/ 2,4 mill." and "USD 431K": abbreviated scales, as budget summaries write them. A
# lone "M" means miles in Spanish accounting and millions in English: it is taken only
# glued to a number with a decimal fraction ("S/ 1.3M", "US$ 1.05M"), which is millions
# (thousands would be written in full).
_MULT = (r"(?:\s*(?P<mult>(?:millones|mill[oó]n|miles|mil|millions?|thousand|MM)\b"
         r"|mill\.|mlls?\.|(?<=\d)[kK]\b|(?:(?<=[.,]\d)|(?<=[.,]\d\d))M\b))?")
_GLUED_MILLIONS = "M"
# "S/ 14 millones 620 mil": the thousands after the millions, in words as spoken; "S/ 245
# mil 800": the units after the thousands.
_MORE = (r"(?:(?:(?<=millones)|(?<=mill[oó]n))\s+(?P<more>\d{1,3})\s+mil\b"
         r"|(?<=\bmil)\s+(?P<units>\d{1,3})(?![\d%]|[.,]\d|\s+mil\b))?")
# "USS 2,640.00", "uss", "us$": OCR's readings of "US$" before an amount (in a table, a
# column's gap before it).
# "soles 57,800.00": the currency word first, as a cell or a form may write it; only before
# an amount with separators or cents, so that "en soles 2023" gives no amount.
_WORD_FIRST = (r"(?:(?:[Nn]uevos\s+)?[Ss]oles|d[oó]lares)"
               r"(?=\s+\d{1,3}(?:[.,\s]\d{3})*[.,]\d{2}(?!\d)|\s+\d{1,3}(?:[.,]\d{3})+(?!\d))")
_PREFIX = (rf"(?P<pre>{OTHER_PREFIX}|[Uu][Ss]\s?\$|(?:USS|uss)(?=[^\S\n]*\d)|U\.S\.\s?\$|USD|PEN"
           rf"|S\s?/\s?\.?|\$|{_WORD_FIRST})")
# Other currencies first: "dólares canadienses" is not "dólares".
# "12 480,00 S/": the sign after the amount, where no other amount follows it on the line
# (in "1 850 S/ 12 480,00" the sign belongs to the amount after it).
_SUFFIX = (
    rf"(?P<suf>(?:{OTHER_SUFFIX}|nuevos\s+soles|soles|d[oó]lares(?:\s+americanos)?"
    r"|(?:US\s+)?dollars|USD|PEN)\b|S\s?/\.?(?![^\S\n]*(?:\d|[.,]\d))(?!\w))"
)
_CENTS = r"(?:\s+(?:y|con|and)\s+(?P<cents>\d{1,2})/100)?"

# After a currency sign, OCR may also split one group: "S/ 555, 960"; and a line may end
# inside a space-grouped amount ("S/ 1 486⏎320,00"): its cents on the next line tell.
_OCR_ONE_GROUP = r"\d{1,3}(?:,\s\d{3})+(?:\.\d{1,2})?(?![\d]|[.,]\d)"
_LINE_BROKEN = r"\d{1,3}(?: \d{3})* ?\n\d{3}(?: \d{3})*,\d{2}(?![\d]|[.,]\d)"
PREFIXED = re.compile(
    rf"(?<![A-Za-z]){_PREFIX}\s*(?P<num>[.,]?(?:{_LINE_BROKEN}|{_OCR_ONE_GROUP}|{NUM})){_MULT}"
    rf"{_MORE}{_CENTS}"
)
SUFFIXED = re.compile(rf"(?<![\w.,])(?P<num>{NUM}){_MULT}{_MORE}{_CENTS}\s*(?:de\s+)?{_SUFFIX}",
                      re.I)
WORDED = re.compile(
    rf"(?<!\w)(?P<words>{WORDS_PATTERN}){_CENTS}(?:\s+(?:de|of))?\s+{_SUFFIX}", re.I
)


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    value: float
    currency: str


def currency_of(sign: str) -> str:
    """The ISO code of a currency sign or word: ``EUR`` for "€", ``CAD`` for "C$"; else
    ``USD`` for dollars and ``PEN`` for soles."""
    other = other_currency(sign)
    if other:
        return other
    folded = sign.lower()
    if "$" in folded or folded == "uss" or "usd" in folded or re.search(r"d[oó]lar|dollar", folded):
        return "USD"
    return "PEN"


def find_money(text: str, decimal_hint: str | None, blocked: Blocked) -> list[Figure]:
    """The money amounts of ``text`` with their currency, year and role."""
    candidates = _prefixed(text, decimal_hint) + _suffixed(text, decimal_hint, blocked)
    taken = Taken(len(text))
    hits: list[_Hit] = []
    for hit in candidates + _worded(text):
        if not taken.overlaps(hit.start, hit.end):
            hits.append(hit)
            taken.mark(hit)
    hits.sort(key=lambda h: h.start)
    figures: list[Figure] = []
    for i, hit in enumerate(hits):
        prev_end = hits[i - 1].end if i else 0
        next_start = hits[i + 1].start if i + 1 < len(hits) else len(text)
        prev_role = figures[-1].role if figures else None
        figures.append(
            Figure(
                kind="money",
                value=round(hit.value, 2),
                currency=hit.currency,
                year=year_near(text, hit.start, hit.end, blocked),
                role=role_near(text, hit.start, hit.end, prev_end, next_start, prev_role),
                start=hit.start,
                end=hit.end,
                text=text[hit.start : hit.end],
            )
        )
    return _without_restatements(figures, text)


def _without_restatements(figures: list[Figure], text: str) -> list[Figure]:
    """An amount restated right after itself ("S/ 2 350 000,00 (dos millones trescientos
    cincuenta mil y 00/100 soles)", "cuarenta mil soles (S/ 40 000)") is one amount, as "doce
    (12) operativos" is one count: kept twice, the report's budget table summed it twice.
    The first writing is kept. The same writing twice ("S/ 26K   S/ 26K") is two cells of a
    row, not a restatement."""
    kept: list[Figure] = []
    for figure in figures:
        before = kept[-1] if kept else None
        if before is not None and figure.value == before.value and \
                figure.currency == before.currency and figure.text != before.text and \
                re.fullmatch(r"[\s(\[:,-]*", text[before.end : figure.start]):
            continue
        kept.append(figure)
    return kept


def _scaled(match: re.Match[str], hint: str | None) -> float | None:
    """The amount a match of PREFIXED or SUFFIXED writes: its digits, scale, the thousands
    or units spoken after the scale and the cents written as a fraction ("y 50/100")."""
    raw, mult = match.group("num").replace("\n", " "), match.group("mult")
    if mult is None and _THOUSAND_SHAPE.fullmatch(raw.strip()):
        hint = None  # "€ 40.000" in a letter of "156,800.00": no amount has three decimals
    value = parse_digits(raw, hint)
    if value is None:
        return None
    if mult:
        value *= 1_000_000.0 if mult == _GLUED_MILLIONS else (multiplier(mult) or 1.0)
    more, units, cents = match.group("more"), match.group("units"), match.group("cents")
    return (value + (int(more) * 1_000.0 if more else 0.0) + (int(units) if units else 0.0)
            + (int(cents) / 100 if cents and not mult else 0.0))


_THOUSAND_SHAPE = re.compile(r"\d{1,3}[.,]\d{3}")


def _prefixed(text: str, hint: str | None) -> list[_Hit]:
    hits = []
    for m in PREFIXED.finditer(text):
        value = _scaled(m, hint)
        # "S/ 0.00" is an amount: what a substantive null answer says it spent
        if value is not None and value >= 0:
            hits.append(_Hit(m.start(), m.end(), value, currency_of(m.group("pre"))))
    return hits


def _suffixed(text: str, hint: str | None, blocked: Blocked) -> list[_Hit]:
    hits = []
    for m in SUFFIXED.finditer(text):
        if blocked.covers(m.start("num"), m.end("num")):
            continue
        value = _scaled(m, hint)
        if value is not None and value >= 0:
            hits.append(_Hit(m.start(), m.end(), value, currency_of(m.group("suf"))))
    return hits


# A scale word alone: "millones de soles", "millions of dollars" (but "mil soles" is 1,000).
_UNIT_WORD = re.compile(r"millones|mill[oó]n|miles|millions?|thousands", re.I)


def _worded(text: str) -> list[_Hit]:
    hits = []
    for m in WORDED.finditer(text):
        if _UNIT_WORD.fullmatch(m.group("words")):
            continue  # "(en millones de soles)" states a table's unit, it is no amount
        value = words_to_number(m.group("words"))
        if value is None or value <= 0:
            continue
        cents = int(m.group("cents")) / 100 if m.group("cents") else 0.0
        hits.append(_Hit(m.start(), m.end(), value + cents, currency_of(m.group("suf"))))
    return hits


@Language.component("oficio_money")
def oficio_money(doc: Doc) -> Doc:
    """Add the money amounts of ``doc`` to ``doc._.figures``."""
    add_free(doc, find_money(doc_text(doc), doc_decimal_hint(doc), doc_blocked(doc)))
    return doc
