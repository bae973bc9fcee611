"""Features of a reply: word and character n-grams plus hand-made counts.

A sample is a dict ``{"text": str, "period_start": "YYYY-MM-DD" | None,
"period_end": ...}`` (see :func:`make_sample`); every transformer here takes a list of
them, so the pipelines can score a whole reply or one passage of it the same way.
"""

from __future__ import annotations

import math
import re
from datetime import date
from functools import lru_cache
from typing import Any, NamedTuple

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import MaxAbsScaler

from oficio.extract.header.periods import periods_in
from oficio.labels import Period
from oficio.models.axis_lexicon import AXIS_PATTERNS, REQUEST_UNIT, mask_office_names
from oficio.models.phrases import (
    COMPILED,
    FULL_DATE,
    LETTER_DATE_LINE,
    MONEY,
    NUMBER,
    PERCENT,
    REFERENCE_YEAR,
    YEAR,
)
from oficio.models.sentences import statement_spans
from oficio.textfold import fold_compatible

Sample = dict[str, Any]

HAND_FEATURES = (
    "period_known",
    "years_in",
    "years_before",
    "years_after",
    "share_years_in",
    "only_out_of_period",
    "figure_sentences_in",
    "figure_sentences_out",
    "figure_sentences_no_year",
    "periods_named_in",
    "periods_named_out",
    *(f"phrase_{name}" for name in COMPILED),
    "money",
    "percent",
    "numbers",
    "log_length",
    *(
        f"axis_{axis}_{where}"
        for axis in AXIS_PATTERNS
        for where in (
            "body", "figures", "request", "request_only", "request_missing", "no_information"
        )
    ),
)
MISSING_SIGNS = ("refusal", "referral", "acknowledgment", "clarification", "denial")
NO_INFORMATION = re.compile(
    r"\bno (?:se )?(?:cuenta|contamos|dispone|disponemos|posee|poseemos|tiene|tenemos|registra)"
    r"\w* (?:con )?(?:de )?(?:la )?(?:informacion|registros?|datos)"
    r"|\bno (?:se )?(?:ha )?(?:encontrado|hallado|ubicado) (?:informacion|registros?)"
    r"|\bno (?:information|records|data) (?:is |are )?(?:available|held|kept)"
    r"|\b(?:has|have|hold|holds) no (?:information|records|data)"
)
# The subject line restates the request ("Asunto: Información sobre ... - periodo 2019"):
# read as such, so that its years are not taken for the years the reply informs about.
SUBJECT_LINE = re.compile(r"(?m)^[^\S\n]*(?:asunto|subject|materia)[^\S\n]*:([^\n]*)")


def _subject_as_request(text: str) -> str:
    """The subject line as one statement about the request: its punctuation ("periodo
    solicitado: 2019") would cut the year off into a statement of its own."""
    return SUBJECT_LINE.sub(lambda m: "asunto del pedido " + re.sub(r"[.:;!?]", " ", m[1]),
                            text)
# A statement that the requested period's information is not there yet ("la información
# del año 2019 se encuentra en proceso de validación"): its years are not information.
PENDING = re.compile(
    r"\b(?:se encuentra|se encuentran|esta|estan|aun)\s+(?:en\s+)?(?:proceso|tramite|"
    r"elaboracion|consolidacion|validacion|revision)\b|\bpendiente|"
    r"\bno (?:ha|han) sido (?:consolidad|sistematizad|procesad|validad|remitid|migrad|"
    r"registrad|digitalizad)|"
    # the period's records were never entered, moved or sent on: not there to give
    r"\bno (?:fue|fueron) (?:registrad|migrad|digitalizad|consolidad|sistematizad)|"
    r"\bno se (?:consolido|sistematizo|digitalizo|recopilo|registro) (?:la |ninguna )?informacion|"
    r"\bno (?:la|las|lo|los) (?:ha|han) (?:remitido|enviado|reportado)|"
    r"\bno (?:puede|pueden) ser (?:procesad|consultad|difundid|entregad|publicad)|"
    r"\bis (?:still )?being "
    r"(?:processed|compiled|validated)"
)
TOPIC_UNIT = re.compile(
    r"\bsobre\b|respecto|referid|relacionad|en materia de|acerca de|en relacion (?:a|con)|"
    r"con relacion a|\babout\b|regarding|concerning|in relation to|with regard to|related to"
)
SHORT_LINE_WORDS = 7
_YEAR_TOKEN = re.compile(r"\b(?:19[89]\d|20[0-4]\d)\b")
_DIGITS = re.compile(r"\d+")


def make_sample(text: str, period: Period | None = None) -> Sample:
    """The input one reply (or passage) gives the pipelines."""
    start, end = period if period else (None, None)
    return {
        "text": text,
        "period_start": start.isoformat() if start else None,
        "period_end": end.isoformat() if end else None,
    }


def sample_period(sample: Sample) -> Period | None:
    """The requested period a sample carries (``make_sample``'s inverse)."""
    if not sample.get("period_start") or not sample.get("period_end"):
        return None
    return date.fromisoformat(sample["period_start"]), date.fromisoformat(sample["period_end"])


class TextNormalizer(BaseEstimator, TransformerMixin):
    """Samples to lowercase accent-free text; years become ``_year_``, numbers ``_num_``."""

    def fit(self, X: list[Sample], y: Any = None) -> TextNormalizer:
        return self

    def transform(self, X: list[Sample]) -> list[str]:
        return [_normalize(sample["text"]) for sample in X]


@lru_cache(maxsize=1024)  # the axis and status models each ask for the same texts
def _normalize(text: str) -> str:
    folded = _YEAR_TOKEN.sub(" _year_ ", fold_compatible(text))
    return _DIGITS.sub(" _num_ ", folded)


class HandFeatures(BaseEstimator, TransformerMixin):
    """Counts a reader would look at: years vs the requested period, telling phrases,
    figures. Counts are log-scaled; see ``HAND_FEATURES`` for the columns."""

    def fit(self, X: list[Sample], y: Any = None) -> HandFeatures:
        self.n_features_out_ = len(HAND_FEATURES)
        return self

    def transform(self, X: list[Sample]) -> np.ndarray:
        return np.array([_hand_row(sample["text"], sample.get("period_start"),
                                   sample.get("period_end")) for sample in X], dtype=float)

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        return np.array(HAND_FEATURES, dtype=object)


@lru_cache(maxsize=1024)  # the axis and status models each ask for the same rows
def _hand_row(original: str, period_start: str | None, period_end: str | None
              ) -> tuple[float, ...]:
    text = fold_compatible(original)
    body = REFERENCE_YEAR.sub(" ", LETTER_DATE_LINE.sub(" ", text))
    start, end = _years({"period_start": period_start, "period_end": period_end})
    units = _units(FULL_DATE.sub(" ", _subject_as_request(body)))
    content = "\n\n".join(u for u in units if not (REQUEST_UNIT.search(u) or PENDING.search(u)
                                                    or NO_INFORMATION.search(u)))
    years = [int(m.group(1)) for m in YEAR.finditer(content)]
    inside = sum(1 for y in years if start is not None and start <= y <= end)
    before = sum(1 for y in years if start is not None and y < start)
    after = sum(1 for y in years if end is not None and y > end)
    fig_in, fig_out, fig_none = _figure_sentences(content, start, end)
    named_in, named_out = _named_periods(content, period_start, period_end)
    row = [
        float(start is not None),
        _log(inside),
        _log(before),
        _log(after),
        inside / len(years) if years and start is not None else 0.0,
        float(start is not None and bool(years) and inside == 0),
        _log(fig_in),
        _log(fig_out),
        _log(fig_none),
        _log(named_in),
        _log(named_out),
    ]
    phrases = {name: len(pattern.findall(text)) for name, pattern in COMPILED.items()}
    row += [_log(count) for count in phrases.values()]
    row += [_log(len(MONEY.findall(text))), _log(len(PERCENT.findall(text)))]
    row += [_log(len(NUMBER.findall(body))), math.log1p(len(text)) / 10]
    no_answer = any(phrases[name] for name in MISSING_SIGNS)
    return tuple(row + _axis_counts(_content(original), no_answer))


def _named_periods(content: str, period_start: str | None, period_end: str | None
                   ) -> tuple[int, int]:
    """Periods the answer names in words that meet the requested period, and those that do
    not, to the month: years alone cannot tell the first half of 2018 from the second."""
    if not period_start or not period_end:
        return 0, 0
    first, last = date.fromisoformat(period_start), date.fromisoformat(period_end)
    named = periods_in(content)
    meeting = sum(1 for start, end in named if start <= last and end >= first)
    return meeting, len(named) - meeting


def _content(text: str) -> str:
    """Folded text without office names, letter date line and reference numbers: what
    the axis lexicon is matched on."""
    folded = fold_compatible(mask_office_names(text))
    return REFERENCE_YEAR.sub(" ", LETTER_DATE_LINE.sub(" ", folded))


def _axis_counts(body: str, no_answer: bool) -> list[float]:
    """Per axis: units naming it (outside the request's restatement), those units that hold
    a figure, whether the restated request names it, whether only the request names it,
    whether the request names it in a reply that says it gives no answer (for such a
    reply the axes are what was asked), and units saying there is no information on it
    ("no se cuenta con información sobre ..."), which the guide does not count as
    information on the axis and so are kept out of the first two counts."""
    marks = [_unit_marks(unit) for unit in _units(body)]
    row = []
    for axis in range(len(AXIS_PATTERNS)):
        named = [m for m in marks if m.axes[axis]]
        informing = [m for m in named if not (m.request or m.no_information or m.name_line)]
        requested = any(m.request for m in named)
        row += [
            _log(len(informing)),
            _log(sum(m.figure for m in informing)),
            float(requested),
            float(requested and not informing),
            float(requested and no_answer),
            _log(sum(m.no_information for m in named)),
        ]
    return row


class _Marks(NamedTuple):
    axes: tuple[bool, ...]  # names each axis, in AXIS_PATTERNS order
    figure: bool
    request: bool
    no_information: bool
    name_line: bool


@lru_cache(maxsize=4096)  # a reply's passages repeat most of its units (92% of them)
def _unit_marks(unit: str) -> _Marks:
    """What ``_axis_counts`` reads in one unit."""
    return _Marks(
        axes=tuple(bool(pattern.search(unit)) for pattern in AXIS_PATTERNS.values()),
        figure=bool(NUMBER.search(YEAR.sub(" ", unit))),
        request=bool(REQUEST_UNIT.search(unit)),
        no_information=bool(NO_INFORMATION.search(unit)),
        name_line=_is_name_line(unit),
    )


def _is_name_line(unit: str) -> bool:
    """A short line with no number: a letterhead, office or signature line, whose words
    ("Fiscalía ...", "Dirección de Asistencia ...") name an office, not an activity."""
    return len(unit.split()) < SHORT_LINE_WORDS and not _DIGITS.search(unit)


def _years(sample: Sample) -> tuple[int | None, int | None]:
    if not sample.get("period_start") or not sample.get("period_end"):
        return None, None
    return int(sample["period_start"][:4]), int(sample["period_end"][:4])


def _figure_sentences(body: str, start: int | None, end: int | None) -> tuple[int, int, int]:
    fig_in = fig_out = fig_none = 0
    for sentence in _units(body):
        if not NUMBER.search(YEAR.sub(" ", sentence)):
            continue
        years = [int(m.group(1)) for m in YEAR.finditer(sentence)]
        if not years or start is None:
            fig_none += 1
        elif any(start <= y <= end for y in years):
            fig_in += 1
        else:
            fig_out += 1
    return fig_in, fig_out, fig_none


def _units(body: str) -> list[str]:
    """Statements: the pieces of ``statement_spans``."""
    return [body[start:end] for start, end in statement_spans(body)]


def _log(count: int) -> float:
    return math.log1p(count)


def build_features(hand_weight: float = 1.0) -> FeatureUnion:
    """Word 1-2-grams and the hand-made counts, these weighted by ``hand_weight`` (a larger
    weight costs them less regularization). Character n-grams were tried and dropped: they
    did not change held-out figures and made training several times slower."""
    return FeatureUnion(
        [
            (
                "words",
                Pipeline(
                    [
                        ("normalize", TextNormalizer()),
                        (
                            "tfidf",
                            TfidfVectorizer(
                                ngram_range=(1, 2), min_df=2, max_df=0.95, sublinear_tf=True
                            ),
                        ),
                    ]
                ),
            ),
            ("hand", Pipeline([("counts", HandFeatures()), ("scale", MaxAbsScaler())])),
        ],
        transformer_weights={"words": 1.0, "hand": hand_weight},
    )


def requested_axes(text: str) -> list[str]:
    """Axes the reply's restatement of the request names (sentences that speak of the
    request: "solicitud", "pedido", "requerido"...), in ``AXIS_PATTERNS`` order.

    The labeling guide gives a ``missing`` reply the axes of what was asked, as far as
    its text shows; this reads them from the guide's lexicon, not from learned words.
    Sentences that say what something is about ("sobre", "respecto de", "referido a")
    count too: in a reply that informs nothing, they can only speak of what was asked."""
    # Whole sentences: a request restated as a list after a colon or between semicolons
    # ("pide: (1) actas de la mesa; (2) campañas ...") names its axes after the request word.
    units = [u for u in _REQUEST_SENTENCE_END.split(_content(text))
             if REQUEST_UNIT.search(u) or (not _OWN_FUNCTIONS.search(u) and (
                 TOPIC_UNIT.search(u) or _NOT_DONE_HERE.search(u)))]
    if any(ALL_AXES.search(u) for u in units):
        return list(AXIS_PATTERNS)
    return [
        axis for axis, pattern in AXIS_PATTERNS.items() if any(pattern.search(u) for u in units)
    ]


# A body saying it does not do what was asked names it: "esta Dirección no desarrolla
# acciones de prevención de la trata ni de atención a víctimas".
_NOT_DONE_HERE = re.compile(
    r"\bno (?:desarrolla|realiza|ejecuta|brinda|presta|tiene a su cargo|cuenta con)n?\w* "
    r"(?:acciones|actividades|programas|servicios|intervenciones|funciones)\b")
# A sentence on the body's own functions ("sus funciones se circunscriben a la
# fiscalización de …", "no tiene funciones vinculadas a la prevención o persecución")
# names what the body does or does not do, not what was asked.
_OWN_FUNCTIONS = re.compile(r"\bfunciones\b|\bcompeten|\bley organica\b|\bfunctions\b|"
                            r"\bmandate\b")
_REQUEST_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n")
# A request for the plan's four axes, or for all it did under the plan, asks for each axis.
ALL_AXES = re.compile(r"(?:cuatro|4|todos los) ejes|(?:four|all) (?:strategic )?axes|"
                      r"todas las (?:acciones|actividades) (?:del|en el marco del) (?:pnat|plan)")
