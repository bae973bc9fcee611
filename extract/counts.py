"""Counts (``725 denuncias``, ``doce (12) operativos``) and percentages (``el 82%``).

A count is a whole number followed by the thing counted: a lowercase noun, after at most
two qualifying adjectives (``presuntas``). The noun's base form comes from the lookup
lemmatizer, corrected to the noun when the table gives a verb (``denuncias`` ->
``denuncia``, not ``denunciar``). Numbers inside references, laws, dates, phones,
addresses and the like (see ``figure_context``) are never counts; nor are years, time
spans (``10 días``) or a lone ``un``/``una``.
"""

from __future__ import annotations

import bisect
import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from extract.figure_context import year_near
from extract.figures import Figure
from extract.nlp import doc_blocked, doc_figures, doc_text, taken
from extract.numbers import WORDS_PATTERN, fold, words_to_number

PERCENT = re.compile(
    rf"(?<![\w.,/])(?P<num>\d+(?:[.,]\d+)?|{WORDS_PATTERN})\s?(?:%|por\s+ciento|percent\b|per\s+cent\b)",
    re.I,
)
COUNT = re.compile(
    rf"(?<![\w.,/%$°º#-])(?P<num>\d{{1,3}}(?:[.,\u00a0 ]\d{{3}})+|\d+(?![.,]\d)|{WORDS_PATTERN})"
    r"(?![\w%])(?:\s*\((?:(?P<paren>\d{1,3}(?:[.,\s]\d{3})*)|"
    rf"(?P<pwords>{WORDS_PATTERN}))\))?",
    re.I,
)
SKIPPED_ADJECTIVES = {
    "presunto", "presunta", "presuntos", "presuntas", "posible", "posibles", "supuesto",
    "supuesta", "supuestos", "supuestas", "nuevo", "nueva", "nuevos", "nuevas", "diferentes",
    "distintos", "distintas", "diversos", "diversas", "probables", "potenciales", "alleged",
    "presumed", "new", "potential", "possible", "suspected",
}
NOT_COUNTED = {
    # function words
    "de", "del", "la", "las", "el", "los", "en", "y", "e", "o", "u", "a", "al", "que", "se",
    "por", "para", "con", "sin", "es", "son", "fue", "fueron", "han", "ha", "hay", "total",
    "the", "of", "in", "and", "or", "to", "for", "was", "were", "are", "is", "veces",
    "vez", "times", "más", "menos", "mas", "more", "less", "than", "sobre", "entre", "hasta",
    "desde", "como", "mediante", "según", "cuales", "cual", "which", "from", "with",
    "primeros", "primeras", "últimos", "últimas", "siguientes", "restantes", "mismos",
    "mismas", "anteriores", "demás", "otros", "otras", "ellos", "ellas", "años",
    "first", "last", "following", "remaining", "others", "previous", "these", "those",
    # time and measures
    "día", "días", "dias", "hora", "horas", "mes", "meses", "año", "semana",
    "semanas", "minuto", "minutos", "segundo", "segundos", "day", "days", "hour", "hours",
    "month", "months", "year", "years", "week", "weeks", "minutes", "km", "kg", "metros",
    "kilómetros", "hábiles", "calendario", "folios", "páginas", "fojas", "anexos",
    # money and percent words
    "soles", "sol", "dólares", "dolares", "dollars", "millones", "mil", "ciento", "percent",
}
NOT_COUNTED |= {
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "setiembre", "octubre", "noviembre", "diciembre",
}
_LONE_ONE = {"un", "una", "uno", "one"}
_INVARIABLE_PLURALS = {"people", "children", "men", "women", "staff", "police", "personal"}


def _plural(word: str) -> bool:
    """Whether a noun after a number above one is plural (verbs and adjectives are not)."""
    lowered = word.lower()
    return lowered.endswith("s") or lowered in _INVARIABLE_PLURALS


def singular(word: str) -> str:
    """A Spanish plural noun's singular: ``capacitaciones`` -> ``capacitación``."""
    if word.endswith(("ciones", "siones")):
        return word[:-4] + "ón"
    if word.endswith("ces") and len(word) > 4:
        return word[:-3] + "z"
    if word.endswith("es") and len(word) > 4 and word[-3] in "rlndj":
        return word[:-2]
    if word.endswith("s") and len(word) > 3:
        return word[:-1]
    return word


def noun_lemma(token: Token) -> str:
    """The counted noun's base form, preferring a noun over the table's verb lemma."""
    word = token.text.lower()
    lemma = token.lemma_.lower() or word
    if token.lang_ != "es":
        return lemma
    rule = singular(word)
    if (lemma.endswith(("ar", "er", "ir")) and rule != lemma) or lemma == word:
        return rule
    return lemma


def _counted_token(doc: Doc, starts: list[int], end: int) -> Token | None:
    """The noun counted by a number that ends at ``end``, or ``None``."""
    i = bisect.bisect_left(starts, end)
    skipped = 0
    while i < len(doc):
        token = doc[i]
        if token.is_space:
            i += 1
            continue
        text = token.text
        if text.lower() in SKIPPED_ADJECTIVES and skipped < 2:
            skipped += 1
            i += 1
            continue
        if not token.is_alpha or len(text) < 3 or not text[0].islower():
            return None
        if text.lower() in NOT_COUNTED or fold(text) in NOT_COUNTED:
            return None
        return token
    return None


def _count_value(num: str, paren: str | None) -> float | None:
    """A count's value: digits (separators are thousands), words, or the ``(12)``."""
    if num[0].isdigit():
        value: float | None = float(re.sub(r"\D", "", num))
    elif fold(num.strip()) in _LONE_ONE and not paren:
        return None
    else:
        value = words_to_number(num)
    if paren:
        paren_value = (
            float(re.sub(r"\D", "", paren)) if paren[0].isdigit() else words_to_number(paren)
        )
        if value is not None and paren_value != value:
            return None
        value = paren_value
    return value


def find_counts(doc: Doc) -> list[Figure]:
    """The counts of ``doc`` (needs the lemmatizer to have run)."""
    text = doc_text(doc)
    blocked = doc_blocked(doc)
    starts = doc.to_array("IDX").tolist()
    found = []
    for m in COUNT.finditer(text):
        num = m.group("num")
        if blocked.covers(m.start(), m.end()) or taken(doc, m.start(), m.end()):
            continue
        if re.fullmatch(r"(19|20)\d\d", num):
            continue
        value = _count_value(num, m.group("paren") or m.group("pwords"))
        token = _counted_token(doc, starts, m.end())
        if value is None or token is None or value != int(value):
            continue
        if value != 1 and not _plural(token.text):
            continue
        end = token.idx + len(token.text)
        found.append(
            Figure(
                kind="count",
                value=float(value),
                what=noun_lemma(token),
                year=year_near(text, m.start(), end, blocked),
                start=m.start(),
                end=end,
                text=text[m.start() : end],
            )
        )
    return found


def find_percents(doc: Doc) -> list[Figure]:
    """The percentages of ``doc``."""
    text = doc_text(doc)
    blocked = doc_blocked(doc)
    found = []
    for m in PERCENT.finditer(text):
        num = m.group("num")
        value = float(num.replace(",", ".")) if num[0].isdigit() else words_to_number(num)
        if value is None:
            continue
        found.append(
            Figure(
                kind="percent",
                value=value,
                year=year_near(text, m.start(), m.end(), blocked),
                start=m.start(),
                end=m.end(),
                text=m.group(0),
            )
        )
    return found


@Language.component("oficio_percent")
def oficio_percent(doc: Doc) -> Doc:
    """Add the percentages of ``doc`` to ``doc._.figures``."""
    figures = doc_figures(doc)
    for figure in find_percents(doc):
        if not taken(doc, figure.start, figure.end):
            figures.append(figure)
    return doc


@Language.component("oficio_counts")
def oficio_counts(doc: Doc) -> Doc:
    """Add the counts of ``doc`` to ``doc._.figures`` (after money and percentages)."""
    figures = doc_figures(doc)
    figures.extend(find_counts(doc))
    figures.sort(key=lambda f: f.start)
    return doc
