"""A reply read as statements: what each one does, the years it speaks of, its axes.

The labeling guide decides a reply's status from what its statements do: one that gives
information for the requested period makes it ``answered`` (a substantive null, "no se
realizaron operativos en 2018", counts as information); information only for other years
makes it ``out_of_period``; a reply whose statements only acknowledge, refer, ask for
clarification, deny or say there is no information is ``missing``. The classifier learns
the status from counts of such statements (``oficio.models.features``); this module names the
statements themselves, and ``oficio.models.status_rules`` applies the guide's rules to them
and shows the ones that decide a prediction.

Each passage of the document (``oficio.models.passages``: a paragraph, a long one cut into
sentences) is one statement, tagged by the guide's phrases (``oficio.models.phrases``), in this
order: a denial, a request for clarification, an acknowledgment, a referral, a statement
that there is no information, a substantive null, a restatement of the request (one that
does not go on to answer it), information (a figure, or words of the plan's axes), else
``other``.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date

from oficio.extract.header.dates import MONTH_NAMES, find_dates, month_number
from oficio.extract.header.periods import periods_in
from oficio.extract.read.document import Document
from oficio.labels import Period
from oficio.models.axis_lexicon import AXIS_PATTERNS, REQUEST_UNIT
from oficio.models.features import (
    NO_INFORMATION,
    PENDING,
    SUBJECT_LINE,
)
from oficio.models.passages import split_passages
from oficio.models.phrases import (
    COMPILED,
    FULL_DATE,
    LETTER_DATE_LINE,
    NUMBER,
    REFERENCE_YEAR,
    YEAR,
)
from oficio.models.sentences import answer_after_request, statement_spans
from oficio.textfold import fold_compatible

ACTS = ("denial", "clarification", "acknowledgment", "referral", "no_information",
        "null_answer", "restatement", "information", "other")
MISSING_ACTS = ACTS[:5]
_SHORT = 4  # words: a letterhead, a salutation or a signature line says nothing
# words at most of a table's heading over its rows ("Mes (2019) Procesos ingresados")
_HEADING_WORDS = 8
_ROW_TOKENS = 16  # a row's label and cells; a sentence that ends in a number is longer
_ACT_PHRASES = (("denial", "denial"), ("clarification", "clarification"),
                ("acknowledgment", "acknowledgment"), ("referral", "referral"),
                ("no_information", "refusal"), ("null_answer", "null_answer"))
_FIGURE = re.compile(NUMBER.pattern)
_CELLS = re.compile(r"(?<!\S)\d[\d.,%]*(?!\S)")  # numbers standing alone, as table cells



@dataclass(frozen=True)
class Statement:
    """One statement: where it is, what it does, the years it names and its axes."""

    page: int
    start: int
    end: int
    text: str
    act: str
    years: tuple[int, ...]
    axes: tuple[str, ...]
    # periods named in words ("el primer semestre de 2018"), compared to the month
    spans: tuple[tuple[date, date], ...] = ()
    # it names the requested period itself ("durante el periodo solicitado")
    of_request: bool = False

    def when(self, period: Period | None) -> str:
        """``in``, ``out`` (only other years, or other months of them), ``none`` (no year)
        or ``unknown`` (no requested period to compare with, or only a year the request
        covers in part)."""
        if not self.years and not self.spans:
            return "in" if self.of_request and period is not None else "none"
        if period is None:
            return "unknown"
        if self.spans:
            meets = any(start <= period[1] and end >= period[0] for start, end in self.spans)
            return "in" if meets else "out"
        if any(_whole_year_in(y, period) for y in self.years):
            return "in"
        # A year the request covers only in part ("2019" for July to December 2019): the
        # statement may speak of the other months (a table's total row under months that
        # are all outside the request), so it counts neither way.
        first, last = period[0].year, period[1].year
        return "unknown" if any(first <= y <= last for y in self.years) else "out"


def _whole_year_in(year: int, period: Period) -> bool:
    return period[0] <= date(year, 1, 1) and date(year, 12, 31) <= period[1]


def read_statements(document: Document) -> list[Statement]:
    """Every statement of ``document`` that says something, tagged."""
    statements = []
    # The subject line is found on the page: a long first passage is cut at "ASUNTO :",
    # and the subject's words would then read as information in a passage of their own.
    subjects = {page.number: _subject_lines(fold_compatible(page.text)) for page in document.pages}
    items = []  # (passage, its folded text, a statement's start and end in it, on the subject)
    for passage in split_passages(document):
        folded_passage = fold_compatible(passage.text)
        subject = [(s - passage.start, e - passage.start) for s, e in subjects[passage.page]]
        for start, end in _cut_at_subject(_pieces(folded_passage, passage.text), subject,
                                          folded_passage):
            on_subject = any(s <= start < e and end <= e for s, e in subject)
            items.append((passage, folded_passage, start, end, on_subject))
    given: tuple[int, ...] = ()  # the years a lead-in says the lines after it are of
    heading: tuple[int, ...] = ()  # the years over a table's columns ("Acción 2016 2017")
    heading_text = ""  # its words, for the months it may name ("Enero – setiembre 2020")
    months: list[tuple[date, date]] = []  # the months of the rows under a one-year heading
    after_heading = False
    for i, (passage, folded_passage, start, end, on_subject) in enumerate(items):
        if i and items[i - 1][0] is not passage and not _is_row(folded_passage[start:end]):
            heading, months = (), []  # a new paragraph that is no row ends the table
        text = folded_passage[start:end]
        body = _dates_out(LETTER_DATE_LINE.sub(" ", REFERENCE_YEAR.sub(" ", text)))
        years = tuple(sorted({int(m.group(1)) for m in YEAR.finditer(body)}))
        words = [w for w in YEAR.sub(" ", body).split() if any(c.isalnum() for c in w)]
        # a heading's rows may start after its wrapped last word ("Sentencias⏎expedidas")
        below = [item[1][item[2]:item[3]] for item in items[i + 1:i + 3]]
        if not _FIGURE.search(" ".join(words)) and (len(words) < _SHORT or (
                years and not on_subject and len(words) < _HEADING_WORDS
                and any(_is_row(line) for line in below))):
            if years and after_heading and heading:
                # the heading wraps onto this line ("2019  Enero – setiembre⏎2020")
                heading, heading_text = tuple(sorted({*heading, *years})), f"{heading_text} {text}"
            elif years:
                heading, months, heading_text = years, [], text
            after_heading = bool(years)
            if years and words and not on_subject:
                given = years  # "Resultados 2020" over the paragraph it heads
            continue  # a date line, a salutation, a signature, a table's heading
        after_heading = False
        axes = tuple(a for a, pattern in AXIS_PATTERNS.items() if pattern.search(text))
        spans = tuple(periods_in(text, dated=True))
        if not years and heading and len(_CELLS.findall(" ".join(words))) >= len(heading):
            years = heading  # a table row: one figure under each year of the heading
            spans = spans or _row_months(words[0], heading, months) or \
                _heading_spans(heading_text, heading)
        act = "restatement" if on_subject else tag(text, axes)
        if act == "information" and statements and statements[-1].act == "restatement" and \
                statements[-1].text.rstrip().endswith(":") and not _FIGURE.search(
                    " ".join(words)):
            act = "restatement"  # "Atención a la solicitud N° 117:" / "residentes ..., año 2021"
        if years and text.rstrip().endswith(":"):
            given = _given_years(body)
        elif years or spans:
            given = ()
        elif given and act in ("information", "null_answer"):
            years = given  # "Se remite la información del año 2023:" over a list or a table
        statements.append(Statement(
            passage.page, passage.start + start, passage.start + end,
            passage.text[start:end],
            act, years, axes, spans, bool(_REQUESTED_PERIOD.search(text))))
    return statements


# The requested period named as such: "durante el periodo solicitado", "en el año materia
# de su solicitud", "in the period requested".
_REQUESTED_PERIOD = re.compile(
    r"\b(?:periodo|ano|anos|ejercicio|lapso|period|year)\s+(?:solicitad|requerid|consultad"
    r"|materia\s+de\s+(?:su|la)\s+solicitud|requested|asked)")


# What hands over the lines that follow ("se remite la información del año 2023:").
_HANDS_OVER = re.compile(
    r"\b(?:se\s+(?:remite|remiten|comunica|adjunta|adjuntan|alcanza|detalla|informa|presenta)"
    r"|remite|remiten|adjunta|adjuntan|alcanza|alcanzan|"
    r"remito|remitimos|adjunto|adjuntamos|detallo|a\s+continuacion|please\s+find|"
    r"(?:we|i)\s+(?:send|attach|provide))\b")


def _given_years(body: str) -> tuple[int, ...]:
    """The years of a lead-in's last clause that hands information over: those of "la
    información del año 2021 no fue registrada ... se remite la del año 2023:" are 2023's."""
    opens = [m.end() for m in _HANDS_OVER.finditer(body)]
    # without the verb (OCR's "se 'emite"), the lead-in's last clause
    tail = body[opens[-1]:] if opens else re.split(r"[,;]", body)[-1]
    return tuple(sorted({int(m.group(1)) for m in YEAR.finditer(tail)})) or \
        tuple(sorted({int(m.group(1)) for m in YEAR.finditer(body)}))


def _is_row(text: str) -> bool:
    """A table's row: a label and numbers standing alone as cells, the last one ending it
    ("enero 3 1", "campañas de información en ferias y mercados 16 24,000.00")."""
    tokens = text.split()
    return 1 < len(tokens) < _ROW_TOKENS and bool(_CELLS.fullmatch(tokens[-1])) \
        and not tokens[-1].endswith(".")


def _heading_spans(heading_text: str, heading: tuple[int, ...]) -> tuple[tuple[date, date], ...]:
    """The periods a table's heading names over its columns when it names months ("2019 |
    Enero – setiembre 2020": all of 2019, January to September 2020); none when it names
    years only."""
    named = periods_in(heading_text)
    if not named:
        return ()
    covered = {first.year for first, _ in named}
    whole = [(date(y, 1, 1), date(y, 12, 31)) for y in heading if y not in covered]
    return tuple(sorted([*named, *whole]))


def _row_months(label: str, heading: tuple[int, ...],
                months: list[tuple[date, date]]) -> tuple[tuple[date, date], ...]:
    """The month a table row stands for under a one-year heading ("Mes (2022)" over "Enero
    52"), kept in ``months``; a total row stands for the months above it."""
    if len(heading) != 1:
        return ()
    year, number = heading[0], month_number(label)
    if number:
        span = (date(year, number, 1), date(year, number, monthrange(year, number)[1]))
        months.append(span)
        return (span,)
    if label.startswith("total") and months:
        return ((min(m[0] for m in months), max(m[1] for m in months)),)
    return ()


# a subject's last line may be its year alone ("… ejercicio fiscal⏎2020")
_SUBJECT_YEAR_LINE = re.compile(r"\n[^\S\n]*(?:19|20)\d\d\b[^\n]{0,20}(?=\n|$)")


def _subject_lines(folded: str) -> list[tuple[int, int]]:
    """Where the page's subject lines stand, with a last line of only its year."""
    spans = []
    for match in SUBJECT_LINE.finditer(folded):
        year_line = _SUBJECT_YEAR_LINE.match(folded, match.end())
        spans.append((match.start(), year_line.end() if year_line else match.end()))
    return spans


def _cut_at_subject(pieces: list[tuple[int, int]], subject: list[tuple[int, int]],
                    folded: str) -> list[tuple[int, int]]:
    """The pieces, each that runs from the subject line on into the letter's first sentence
    ("… trata de personas 2019⏎Tengo a bien informarle que …") cut in two where the subject
    line ends: the restated request, then what the letter says."""
    out = []
    for start, end in pieces:
        cut = next((e for s, e in subject if s <= start < e < end), None)
        if cut is not None:
            rest = cut
            while rest < end and folded[rest].isspace():
                rest += 1
            out.append((start, cut))
            if rest < end:
                out.append((rest, end))
        else:
            out.append((start, end))
    return out


def _pieces(folded: str, text: str) -> list[tuple[int, int]]:
    """The statements of a passage (``oficio.models.sentences.statement_spans``), trimmed, the
    blank ones left out."""
    found = []
    spans = statement_spans(folded, text)
    for (start, end), following in zip(spans, [*spans[1:], (-1, -1)], strict=True):
        while start < end and folded[start].isspace():
            start += 1
        # a restated request keeps its span up to where the answer it is cut from opens
        while end > start and folded[end - 1].isspace() and following[0] != end:
            end -= 1
        if start < end:
            found.append((start, end))
    return found


def tag(folded: str, axes: tuple[str, ...] = ()) -> str:
    """What a statement (lower case, accents folded) does, by the guide's phrases."""
    if PENDING.search(folded) and not REQUEST_UNIT.search(folded):
        return "no_information"  # the period's data are not there yet, not the request
    for act, phrases in _ACT_PHRASES:
        if COMPILED[phrases].search(folded):
            return act
    if NO_INFORMATION.search(folded) or (_RECORDS_GONE.search(folded) and not _FIGURE.search(
            YEAR.sub(" ", REFERENCE_YEAR.sub(" ", folded)))):
        return "no_information"
    if SUBJECT_LINE.search(folded) or (REQUEST_UNIT.search(folded)
                                       and answer_after_request(folded) is None):
        return "restatement"
    if _FIGURE.search(YEAR.sub(" ", _dates_out(REFERENCE_YEAR.sub(" ", folded)))) or axes:
        return "information"
    return "other"


# The period's records are gone or cannot give the figure asked for: lost, destroyed or
# never handed over, a register that does not tell the crime apart, results or the register
# not at hand ("no se cuenta con dicho registro"). Only in a statement with no figure (a
# document's number is none): "se atendió a 14 víctimas; el sistema no permite desagregar
# por edad" informs. Kept apart from ``features.PENDING`` and ``NO_INFORMATION``,
# which are features of the shipped model: adding to them would change what it was
# trained on without retraining it.
_RECORDS_GONE = re.compile(
    r"\bse\s+(?:perdi|extravi|destruy|quem|deterior)\w*"
    r"|\b(?:fue|fueron|resulto|resultaron)\s+(?:destruid|extraviad|perdid|siniestrad|deteriorad"
    r"|sustraid)\w*"
    r"|\bno\s+(?:fue|fueron|han\s+sido|ha\s+sido)\s+(?:entregad|transferid|devuelt)\w*"
    r"|\bno\s+(?:se\s+)?(?:distingu|desagreg|diferenci|discrimin)\w*"
    r"|\bno\s+(?:permite|permitia|permiten|permitian)\s+(?:distinguir|desagregar|identificar"
    r"|diferenciar|separar)"
    r"|\bno\s+es\s+posible\s+(?:distinguir|desagregar|identificar|determinar|precisar)"
    r"|\bno\s+(?:se\s+)?(?:dispone|cuenta|tiene)\w*\s+(?:con\s+)?(?:de\s+)?"
    r"(?:(?:los|las|el|la|dichos?|dichas?|sus?|es[ea]s?|tal(?:es)?)\s+)?"
    r"(?:resultados|cifras|estadisticas|registros?|libros?|archivos?|datos)\b"
)


# A cut-off date dates the data, not a document: "con fecha de corte al 31 de diciembre de
# 2023", "actualizado al 30 de junio de 2021", "as of December 31, 2023".
_AS_OF = re.compile(r"(?:\bcorte|actualizad[oa]s?|\bas\s+of)\s+"
                    r"(?:al|a\s+la\s+fecha(?:\s+del?)?|del?)?\s*$")


_DATE_YEAR = re.compile(r"(?:19|20)\d\d(?!\d)")
# "26 de enero del año 2024", "22 del mes de agosto de 2024": the words for year and month
# read away, so that the date is found whole
_YEAR_WORD = re.compile(r"\b(del?\s+)ano\s+(?=(?:19|20)\d\d)")
_MONTH_WORD = re.compile(r"(?<=\d)(\s+)del?\s+mes\s+(?=de\s+[a-z])")
# "a los 12 días del mes de julio de 2023": the days' words too
_DAYS_WORD = re.compile(r"\ba\s+los\s+(\d{1,2})\s+dias?\s+(?=del?\s+mes\s+de\s+[a-z])")
# The dates FULL_DATE leaves (it is a feature of the shipped model, so it stays as it was
# trained): year first ("2024, octubre 8", "2024/09/25"), and day, month and year joined by
# dashes ("25-09-2024", "12-SET-2024"); and the time a signature stamps beside its date
# ("16:03:44"), which is no figure either.
_MORE_DATES = re.compile(
    rf"(?<![\d/.-])(?:19|20)\d\d(?:,?\s+(?:{MONTH_NAMES})\.?\s+\d{{1,2}}\b"
    rf"|[/.-]\d{{1,2}}[/.-]\d{{1,2}}(?![\d/.-]))"
    rf"|(?<![\d/.-])\d{{1,2}}-(?:\d{{1,2}}|(?:{MONTH_NAMES})\.?)-(?:19|20)\d\d(?![\d/.-])"
    r"|(?<![\d:])\d{1,2}:\d\d(?::\d\d)?(?![\d:])")


def _dates_out(text: str) -> str:
    """``text`` with its full dates blanked, but for the year of a cut-off date."""
    def blank(date_text: str, start: int) -> str:
        # "31.12.2023": the year after a point, which YEAR (a year standing alone) skips
        year = _DATE_YEAR.search(date_text)
        if year and _AS_OF.search(text, max(0, start - 30), start):
            return f" {year.group(0)} "
        return " "

    def blank_match(match: re.Match) -> str:
        return blank(match.group(0), match.start())

    text = _MONTH_WORD.sub(r"\1", _DAYS_WORD.sub(r"\1 ", _YEAR_WORD.sub(r"\1", text)))
    text = _MORE_DATES.sub(blank_match, FULL_DATE.sub(blank_match, text))
    # the date styles the letter's date is read in that the patterns above miss
    # ("January 17th, 2023")
    for found in reversed(find_dates(text)):
        text = text[:found.start] + blank(text[found.start:found.end], found.start) + \
            text[found.end:]
    return text
