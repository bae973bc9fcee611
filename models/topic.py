"""Whether a document is about trafficking in persons at all.

The axis and status models learned from replies that are all about trafficking: shown a
budget report, a resolution or a reply to some other request, they still find the axis
whose words look most alike, often with high confidence. The labeling guide's axes are
axes of the national plan against trafficking; a document that never names trafficking
or the plan informs on none of them. So before the models are asked, the text is read for
the topic: the terms below are the guide's own vocabulary for the crime, the plan and the
bodies that fight it, and for the domain of its axes (victims, shelters, operations,
preventive activities). A document with enough readable text and none of them is
``off_topic``: status ``missing``, no axes. The bar is low on purpose: an on-topic reply
called off topic loses its information, while an off-topic one kept goes to review.

Text too short to judge (an empty or failed OCR page, a two-line cover) is not called off
topic: the models' answer stands, and its low confidence sends it to review.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.textfold import fold

# Folded (lower case, no accents). "trata" alone is also the verb ("se trata de"), so it
# counts only as a noun: after an article or preposition, or before "de personas".
_TERMS = re.compile(
    r"""
    \b(?:la|de|y|e|contra|sobre|por|o)\s+trata\b
    | \btrata\s+(?:de|y)\s+(?:personas|seres|mujeres|ninos|menores|migrantes)
    | \btrafico\s+(?:ilicito\s+)?de\s+(?:migrantes|personas)
    | \bexplotacion\s+(?:sexual|laboral|infantil|de\s+personas)
    | \btrabajo\s+forzoso\b | \bmendicidad\s+forzada\b
    | \bpnat\b | \bplan\s+nacional\s+(?:de\s+accion\s+)?contra\s+la\s+trata\b
    | \bdirctptim\b | \bdivintrap\b | \bdirintrap\b | \bfistrap\b | \bsistra\b
    | \btrafficking\b | \bforced\s+labou?r\b | \bsexual\s+exploitation\b
    """,
    re.VERBOSE,
)
# The domain of the plan's axes without the crime's name: a reply that answers "the
# preventive activities" or "the victims assisted" without restating the request is still
# about the request. One of these is enough to keep a document on topic.
_DOMAIN = re.compile(
    r"""
    \bsobrevivientes?\b | \bsurvivors?\b
    | \bcaptacion\b | \bcaptad[oa]s?\b | \brecruit | \bexplotad[oa]s?\b | \bexploit
    | \brescat | \brescue | \btratantes?\b | \btraffickers?\b
    | \bcentros?\s+de\s+atencion\s+residencial
    | \breintegracion\b | \breinsercion\b | \brepatriac | \breintegration\b | \brepatriat
    | \bproxenetismo\b | \bprostituci | \bpornografia\b | \bprostitution\b
    | \btrabajo\s+infantil\b | \bchild\s+labou?r\b | \bmendicidad\b | \bbegging\b
    | \b(?:charlas?|taller(?:es)?|campanas?|actividades|acciones|intervenciones)\s+preventiv
    | \bsensibiliz | \bawareness\b
    """,
    re.VERBOSE,
)
# Words of the domain that any public body also uses about other matters: the victims of
# road accidents or of floods, a market's "operativos", a shelter for battered women, the
# prosecutors specialised in environmental crime or in corruption. They
# keep a short reply on topic ("se atendió a 12 víctimas"), not a page or more that never
# names trafficking or the plan: such a document reports on something else.
_GENERIC_DOMAIN = re.compile(
    r"""
    \bvictimas?\b | \bvictims?\b | \balbergues?\b | \bhogar(?:es)?\s+de\s+refugio
    | \bupe\b | \bcem\b | \bshelters?\b | \b1818\b
    | \bmenores\s+de\s+edad\b | \bninas?,?\s+(?:y\s+)?ninos?\b | \bnna\b | \badolescentes?\b
    | \bchildren\b | \bminors\b | \boperativos?\b | \braids?\b
    | \bmigrantes?\b | \bmigrants?\b | \bdenuncias?\b | \bcomplaints?\b
    | \bfiscalias?\s+(?:provincial(?:es)?\s+)?especializadas?\b | \bprosecutors?\b
    """,
    re.VERBOSE,
)
_WORD = re.compile(r"[^\W\d_]{3,}")
MIN_WORDS = 60  # fewer readable words than this: too little text to call it off topic
LONG_WORDS = 150  # a page: this long, generic domain words alone do not make it on topic
OFF_TOPIC_CONFIDENCE = 0.97  # ~1 in 30 judged without a term may still be on topic


@dataclass(frozen=True)
class TopicCheck:
    """``about_trafficking`` is None when the text is too short to tell."""

    about_trafficking: bool | None
    terms: int
    words: int

    @property
    def off_topic(self) -> bool:
        return self.about_trafficking is False


def check_topic(text: str) -> TopicCheck:
    """Count the trafficking terms and the readable words of ``text``."""
    folded = fold(text)
    terms = sum(1 for _ in _TERMS.finditer(folded))
    words = sum(1 for _ in _WORD.finditer(folded))
    if terms or _DOMAIN.search(folded) or (words < LONG_WORDS and _GENERIC_DOMAIN.search(folded)):
        return TopicCheck(True, terms, words)
    return TopicCheck(None if words < MIN_WORDS else False, 0, words)
