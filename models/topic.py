"""Whether a document is about trafficking in persons at all.

The axis and status models learned from replies that are all about trafficking: shown a
budget report, a resolution or a reply to some other request, they still find the axis
whose words look most alike, often with high confidence. The labeling guide's axes are
axes of the national plan against trafficking; a document that never names trafficking
or the plan informs on none of them. So before the models are asked, the text is read for
the topic: the terms below are the guide's own vocabulary for the crime, the plan and the
bodies that fight it, and for the words of the plan's own run (survivors, recruitment,
rescue, reintegration, preventive talks). A page or more with none of them is
``off_topic``: status ``missing``, no axes. The bar is low on purpose: an on-topic reply
called off topic loses its information, while an off-topic one kept goes to review.

A shorter text with none of them is not judged here (``about_trafficking`` None): the
classifier's topic model, learned from hand-written replies on other matters, decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from oficio.extract.read.language import text_quality
from oficio.textfold import fold

# Folded (lower case, no accents). "trata" alone is also the verb ("se trata de"), so it
# counts only as a noun: after an article or preposition, or before "de personas".
_TERMS = re.compile(
    r"""
    \b(?:la|de|y|e|contra|sobre|por|o|presunta|posible)\s+trata\b
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
    | \brescat\w*\s+(?:a\s+|de\s+)?(?:\d[\d\s.,]*\s+)?(?:personas|victimas|presuntas|menores
        |ninas|ninos|mujeres|adolescentes|ciudadan)
    | \b(?:personas|victimas|menores|mujeres|adolescentes|ninas|ninos)\s+rescatad
    | \brescu\w*\s+(?:\d[\d\s.,]*\s+)?(?:persons|people|victims|women|children|minors)
    | \b(?:persons|people|victims|women|children|minors)\s+rescued
    | \btratantes?\b | \btraffickers?\b
    | \bcentros?\s+de\s+atencion\s+residencial
    | \breintegracion\b | \breinsercion\b | \brepatriac | \breintegration\b | \brepatriat
    | \bproxenetismo\b | \bprostituci | \bpornografia\b | \bprostitution\b
    | \btrabajo\s+infantil\b | \bchild\s+labou?r\b | \bmendicidad\b | \bbegging\b
    | \b(?:charlas?|taller(?:es)?|campanas?|actividades|acciones|intervenciones)\s+preventiv
    | \bsensibiliz | \bawareness\b
    """,
    re.VERBOSE,
)
# Another traffic by name: a reply on drugs, arms, wildlife, timber, land ("tráfico de
# terrenos") or influence peddling ("tráfico de influencias") that never names
# trafficking in persons is about that other crime, however short ("acciones contra el
# tráfico ilícito de drogas"); the topic model, which knows the plan's words, took such
# replies for the plan's.
_OTHER_TRAFFIC = re.compile(
    r"""
    \btrafico\s+(?:ilicito\s+|ilegal\s+)?de\s+(?:drogas|armas|municiones|fauna|flora|madera
        |insumos|especies|productos\s+forestales|hoja\s+de\s+coca|combustible|mercancias
        |influencias|terrenos|bienes\s+culturales)
    | \bnarcotrafico\b | \bcontrabando\b | \bdrug\s+trafficking\b | \barms\s+trafficking\b
    | \bwildlife\s+trafficking\b
    """,
    re.VERBOSE,
)
_WORD = re.compile(r"[^\W\d_]{3,}")
# A page: a text this long that never names trafficking, the plan or the words of its own
# run reports on something else. A shorter one (a cover letter, a two-line answer, a notice)
# is judged by the topic model learned from the hand-written off-topic replies: words any
# public body also uses (the victims of road accidents or of floods, a market's
# "operativos", a shelter for battered women, an environmental prosecutor) no longer keep
# it on topic by themselves.
LONG_WORDS = 150
# Below either bar a short text is not judged by the model either: a phone photo or a
# failed scan reads as a few words among garbage, and the model took such readings of
# tables of victims for documents on something else. Typed text scores 0.8 to 0.95
# (``oficio.extract.read.language.text_quality``); the photos of the development sets that the model
# misjudged read at 0.44 to 0.80 with 25 to 140 words. The share is asked of OCR's
# readings only: a budget report's own text layer, full of codes and acronyms, scores 0.7
# and is what its author wrote. A page or more is judged by its terms alone.
MIN_WORDS = 30
LEGIBLE = 0.8
OFF_TOPIC_CONFIDENCE = 0.97  # ~1 in 30 judged without a term may still be on topic


@dataclass(frozen=True)
class TopicCheck:
    """``about_trafficking`` is None when the text is too short for the terms to tell;
    ``judged`` is False when it is too short or too garbled for the topic model too."""

    about_trafficking: bool | None
    terms: int
    words: int
    judged: bool = True  # False: too little legible text for the topic model too

    @property
    def off_topic(self) -> bool:
        return self.about_trafficking is False


# The addressee's block: a salutation line ("Señor", "Sra.", "Dear", "Dirigido a") and the
# lines of name and title under it, up to the line that closes it ("Presente", "Ciudad")
# or opens the matter ("Asunto", "Referencia"), within the letter's opening. A request
# signed as "Coordinador de la Red contra la Trata" names trafficking in the title of the
# one who asked: a reply on building permits sent to that title is still about permits.
_SALUTATION = re.compile(r"(?:dirigido\s+a\b.*|se[ñn]or(?:a|es|ita)?\b.*|sra?\.|srta\.|mrs?\.|"
                         r"ms\.|dear\b)", re.IGNORECASE)
# "Dear Dr. Tello," greets the addressee named above it: the letter's body follows it.
_GREETING = re.compile(r"dear\b", re.IGNORECASE)
_BLOCK_END = re.compile(r"(?:presente|ciudad|asunto|referencia|ref\b|subject|re\s*:)",
                        re.IGNORECASE)
_LABEL_IN_LINE = re.compile(r"\b(?:asunto|referencia|subject)\b", re.IGNORECASE)
_ADDRESSEE_LINES = 4  # a name, a title over two lines, an institution
_OPENING = 1500  # characters: the addressee stands before the letter's body


def without_addressee(text: str, greeting_opens_block: bool = False) -> str:
    """``text`` with the addressee's block of its opening blanked (same length). With
    ``greeting_opens_block`` the lines under "Dear …," are blanked too, as the topic
    model's judgement was measured (``oficio.models.classifier``)."""
    head, rest = text[:_OPENING], text[_OPENING:]
    lines = head.split("\n")
    i = 0
    while i < len(lines):
        if _SALUTATION.match(lines[i].strip()) and (
                greeting_opens_block or not _GREETING.match(lines[i].strip())):
            end, taken = i + 1, 0
            # OCR sets a blank line between the block's lines; two end it
            while end < len(lines) and taken < _ADDRESSEE_LINES and \
                    not _BLOCK_END.match(lines[end].strip()) and \
                    (lines[end].strip() or (end + 1 < len(lines) and lines[end + 1].strip())):
                taken += bool(lines[end].strip())
                end += 1
            for j in range(i, end):
                # a label OCR joined to the block's last line ("… contra la Trata ASUNTO …")
                # opens the matter: it and what follows are kept
                label = _LABEL_IN_LINE.search(lines[j], 1)
                cut = label.start() if label else len(lines[j])
                lines[j] = " " * cut + lines[j][cut:]
            i = end
        i += 1
    return "\n".join(lines) + rest


def check_topic(text: str, read_by_ocr: bool = False) -> TopicCheck:
    """Count the trafficking terms and the readable words of ``text`` (its addressee's
    block left out); ``read_by_ocr`` says the text is Tesseract's reading, whose
    legibility is checked."""
    folded = fold(without_addressee(text))
    terms = sum(1 for _ in _TERMS.finditer(folded))
    words = sum(1 for _ in _WORD.finditer(folded))
    if terms or _DOMAIN.search(folded):
        return TopicCheck(True, terms, words)
    if words >= LONG_WORDS or _OTHER_TRAFFIC.search(folded):
        return TopicCheck(False, 0, words)
    legible = words >= MIN_WORDS and (
        not read_by_ocr or (text_quality(text) or 0.0) >= LEGIBLE)
    return TopicCheck(None, 0, words, judged=legible)
