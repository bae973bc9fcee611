"""Counts (``725 denuncias``, ``doce (12) operativos``) and percentages (``el 82%``).

A count is a whole number followed by the thing counted: a lowercase noun, after at most
two qualifying adjectives (``presuntas``). The noun's base form comes from the lemma
lookup table, corrected to the noun when the table gives a verb (``denuncias`` ->
``denuncia``, not ``denunciar``). Numbers inside references, laws, dates, phones,
addresses and the like (see ``figure_context``) are never counts; nor are years, time
spans (``10 días``) or a lone ``un``/``una``.
"""

from __future__ import annotations

import bisect
import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from oficio.extract.figures.figure import Figure
from oficio.extract.figures.figure_context import YEAR, Taken, year_near
from oficio.extract.figures.figure_doc import add_free, doc_blocked, doc_figures, doc_text
from oficio.extract.figures.numbers import WORDS_PATTERN, words_to_number
from oficio.extract.read.language import lemma_table
from oficio.textfold import fold_key

PERCENT = re.compile(
    # a minus written against the number is a fall ("-2,5%" in a column of variations); a
    # dash a space before it is a list's
    rf"(?<![\w.,/])(?P<sign>[-\u2212](?=\d))?(?P<num>\d+(?:[.,]\d+)?|{WORDS_PATTERN})\s?"
    r"(?:%|por\s+ciento|percent\b|per\s+cent\b)",
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
    "the", "of", "in", "and", "or", "to", "for", "was", "were", "are", "is", "más", "menos",
    "mas", "more", "less", "than", "sobre", "entre", "hasta",
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
# A year-like number after these words is a year ("en 2018", "durante 2017"), else a count.
_YEAR_CONTEXT = re.compile(
    r"(?:\b(?:en|de|del|desde|hasta|durante|año|ejercicio|periodo|el|al|in|since|during|of|"
    r"year|for|to)|[^\w\s])\s*$|^\s*$",
    re.I | re.M,
)
_LONE_ONE = {"un", "una", "uno", "one"}
_INVARIABLE_PLURALS = {"people", "children", "men", "women", "staff", "police", "personal"}


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


def english_singular(word: str) -> str:
    """An English plural noun's singular: ``activities`` -> ``activity``."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def noun_lemma(token: Token) -> str:
    """The counted noun's base form, preferring a noun over the table's verb lemma."""
    word = token.text.lower()
    lemma = _looked_up(token.text, token.lang_).lower() or word
    if token.lang_ == "es":
        return _spanish_lemma(word, lemma)
    if lemma != word:
        return lemma
    spanish = _looked_up(token.text, "es").lower()  # a Spanish noun in an English reply
    return _spanish_lemma(word, spanish) if spanish != word else english_singular(word)


def _spanish_lemma(word: str, lemma: str) -> str:
    """The base form of the Spanish noun ``word``, whose table lemma is ``lemma``."""
    rule = singular(word)
    if (lemma.endswith(("ar", "er", "ir")) and rule != lemma) or lemma == word:
        return rule
    return lemma


def _looked_up(form: str, lang: str) -> str:
    """The table's base form of ``form`` (itself when the table has none), as spaCy's
    lookup lemmatizer gives it."""
    return lemma_table(lang).get(form, form) if lang in ("es", "en") else form


def is_plural(word: str) -> bool:
    """Whether a noun after a number above one is plural (verbs and adjectives are not)."""
    lowered = word.lower()
    return (lowered.endswith("s") and not lowered.endswith("ss")) or (
        lowered in _INVARIABLE_PLURALS
    )


def _next_words(doc: Doc, starts: list[int], end: int, limit: int = 4) -> list[Token]:
    """The tokens after offset ``end``, skipping whitespace, up to ``limit``."""
    i = bisect.bisect_left(starts, end)
    words: list[Token] = []
    while i < len(doc) and len(words) < limit:
        if not doc[i].is_space:
            words.append(doc[i])
        i += 1
    return words


def _countable(token: Token) -> bool:
    text = token.text
    return (
        token.is_alpha
        and len(text) >= 3
        and text.lower() not in NOT_COUNTED
        and fold_key(text) not in NOT_COUNTED
    )


_PART_OF = {("of", "the"), ("de", "las"), ("de", "los")}


def counted_token(words: list[Token], value: float) -> Token | None:
    """The noun counted by a number followed by ``words``, or ``None``.

    Spanish puts the noun first (after ``presuntas`` and the like); English puts it last
    in the noun phrase (``twenty-eight awareness workshops``, ``598 Peruvian victims``).
    """
    words = [w for w in words if w.text.lower() not in SKIPPED_ADJECTIVES][:4]
    # "171 of the victims", "125 de las víctimas": a part of a group counts the group's noun
    if len(words) > 2 and (words[0].text.lower(), words[1].text.lower()) in _PART_OF:
        if 1900 <= value <= 2100:
            return None  # "el ejercicio 2018 de las metas": a year, not a part
        words = words[2:]
    words = words[:3]
    if not words:
        return None
    if words[0].lang_ == "es":
        head = words[0]
        if not _countable(head):
            return None
        if not head.text[0].islower():
            # "9 Centros de Atención Residencial", "12 Comisarías": a plural written with
            # the capital of the body's name; a capital word in the singular, or in
            # capitals throughout, is a name's ("5 Lima", "3 DIRCOCOR"), not what is counted
            title = head.text[1:].islower()
            return head if title and value != 1 and is_plural(head.text) else None
        return head if value == 1 or is_plural(head.text) else None
    run = []
    for word in words:
        if not _countable(word):
            break
        run.append(word)
    if value == 1:
        return run[0] if run and run[0].text[0].islower() else None
    plural = [w for w in run if is_plural(w.text) and w.text[0].islower()]
    return plural[-1] if plural else None


def _count_value(num: str, paren: str | None) -> float | None:
    """A count's value: digits (separators are thousands), words, or the ``(12)``."""
    if num[0].isdigit():
        value: float | None = float(re.sub(r"\D", "", num))
    elif fold_key(num.strip()) in _LONE_ONE and not paren:
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


_WHICH_BEFORE = re.compile(r"(?:de\s+l[oa]s\s+cuales|of\s+(?:which|whom))\s*$", re.I)
_OF_THEM_AFTER = re.compile(r"\s+(?:de\s+ell[oa]s|of\s+them)\b", re.I)
_WERE_AFTER = re.compile(r"\s+(?:eran|son|fueron|estaban|were|are)\s+(?=\w)", re.I)
_PARTICIPLE = re.compile(r"(?:ad|id)[oa]s$|ed$")


def _elided(doc: Doc, starts: list[int], m: re.Match, found: list[Figure]) -> str | None:
    """The noun of ``de las cuales 125 eran menores`` / ``en 109 de ellos`` counts."""
    text = doc_text(doc)
    before = text[max(0, m.start() - 30) : m.start()]
    after = text[m.end() : m.end() + 40]
    which = _WHICH_BEFORE.search(before)
    if not which and not _OF_THEM_AFTER.match(after):
        return None
    were = _WERE_AFTER.match(after) if which else None
    if were:
        words = _next_words(doc, starts, m.end() + were.end(), 1)
        if words and not _PARTICIPLE.search(words[0].text) and is_plural(words[0].text):
            return noun_lemma(words[0])
    antecedent = found[-1] if found else None
    if antecedent is None or m.start() - antecedent.end > 200:
        return None
    return antecedent.what


def _after_year_word(text: str, start: int) -> bool:
    """Whether a year-like number at ``start`` reads as a year (``en 2018``, line start)."""
    return bool(_YEAR_CONTEXT.search(text, max(0, start - 20), start))


def _plain_numeral(text: str, m: re.Match, num: str) -> bool:
    """A number that may count a capitalised noun: one a sentence's lower-case word leads
    to ("se supervisaron 9 Centros"), not a year, a code or a table's cell before a name."""
    digits = re.sub(r"\D", "", num)
    if re.fullmatch(r"(19|20)\d\d", digits) or len(digits) > 5 or digits.startswith("0"):
        return False
    before = re.search(r"([^\W\d_]+)[^\S\n]*$", text[max(0, m.start() - 40):m.start()])
    return before is not None and before.group(1).islower()


def find_counts(doc: Doc) -> list[Figure]:
    """The counts of ``doc``; spans cover the numeral."""
    text = doc_text(doc)
    blocked = doc_blocked(doc)
    starts = doc.to_array("IDX").tolist()
    taken = Taken(len(text), doc_figures(doc))  # money, percentages, table figures
    found: list[Figure] = []
    for m in COUNT.finditer(text):
        num = m.group("num")
        if blocked.covers(m.start(), m.end()) or taken.overlaps(m.start(), m.end()):
            continue
        if re.fullmatch(r"(19|20)\d\d", num) and _after_year_word(text, m.start()):
            continue
        value = _count_value(num, m.group("paren") or m.group("pwords"))
        if value is None or value != int(value):
            continue
        token = counted_token(_next_words(doc, starts, m.end()), value)
        if token is not None and re.search(r" {2,}|\t|\|", text[m.end() : token.idx]):
            continue  # a table's row number, not a count
        if token is not None and token.text[0].isupper() and not _plain_numeral(text, m, num):
            continue  # "2019 Casos", "16:02 Movimientos", "3000001 Acciones": a heading's
            # year, a time, a product's code before a capitalised name
        what = noun_lemma(token) if token is not None else _elided(doc, starts, m, found)
        if what is None:
            continue
        found.append(
            Figure(
                kind="count",
                value=float(value),
                what=what,
                year=year_near(text, m.start(), m.end(), blocked),
                start=m.start(),
                end=m.end(),
                text=m.group(0),
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
        if YEAR.fullmatch(num) and ("\n" in m.group(0)
                                    or re.match(r"[ \t]+[^\W\d_]", text[m.end():])):
            # a header's year above or beside its "%" column ("2019⏎%", "Ene.–Jun. 2024 %
            # del periodo"), not 2019 per cent
            continue
        value = float(num.replace(",", ".")) if num[0].isdigit() else words_to_number(num)
        if value is None:
            continue
        value = -value if m.group("sign") else value
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
    add_free(doc, find_percents(doc))
    return doc


@Language.component("oficio_counts")
def oficio_counts(doc: Doc) -> Doc:
    """Add the counts of ``doc`` to ``doc._.figures`` (after money and percentages)."""
    figures = doc_figures(doc)
    figures.extend(find_counts(doc))
    figures.sort(key=lambda f: f.start)
    return doc
