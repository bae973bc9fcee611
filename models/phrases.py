"""Patterns the hand-made features count, written against accent-free lowercase text."""

from __future__ import annotations

import re
import unicodedata

YEAR = re.compile(r"(?<![\d\-/.,])(19[89]\d|20[0-4]\d)(?![\d\-/]|[.,]\d)")
LETTER_DATE_LINE = re.compile(
    r"^[^\S\n]*[a-z .]{2,40},[^\S\n]*\d{1,2}[^\S\n]+de[^\S\n]+[a-z]+[^\S\n]+(?:de|del)[^\S\n]+"
    r"(?:19|20)\d\d[^\S\n]*\.?[^\S\n]*$",
    re.MULTILINE,
)
MONEY = re.compile(r"(?:s/\.?|us\$|\$)\s*\d|\d[\d.,\s]*\s*(?:soles|nuevos soles|dolares)\b")
PERCENT = re.compile(r"\d[\d.,]*\s*(?:%|por ciento)")
NUMBER = re.compile(r"(?<![\w\-/°º.,])\d{1,3}(?:[.,\s]\d{3})*(?:[.,]\d+)?(?![\w\-/°º])")
SENTENCE_END = re.compile(r"(?<=[.;:!?])\s+|\n\s*\n")

PHRASES: dict[str, tuple[str, ...]] = {
    "refusal": (
        r"no (?:se )?(?:cuenta|contamos|dispone|disponemos|tiene|tenemos|posee) con (?:la )?"
        r"informacion",
        r"no (?:se )?(?:cuenta|dispone) con (?:datos|registros)",
        r"no existe(?:n)? (?:informacion|registros?|datos)",
        r"no (?:obra|obran) (?:en|informacion)",
        r"no se ha podido ubicar",
        r"no (?:se )?(?:genera|produce|elabora|sistematiza)",
        r"carece(?:mos)? de (?:informacion|registros)",
    ),
    "referral": (
        r"no (?:es|somos|resulta) competente",
        r"no (?:es|son) de (?:nuestra|su) competencia",
        r"fuera del ambito de (?:nuestra|su) competencia",
        r"(?:se )?(?:ha )?(?:derivad[oa]|derivo|remitid[oa]|remitio|trasladad[oa]|traslado|"
        r"reencausad[oa]|encausad[oa])",
        r"art(?:iculo|\.)? 15-?a",
        r"entidad competente",
    ),
    "acknowledgment": (
        r"acus[oa] (?:de )?recibo",
        r"(?:se encuentra|esta|encuentra) en (?:tramite|proceso|evaluacion)",
        r"(?:hemos|ha) recibido su solicitud",
        r"en cuanto se cuente con",
        r"se (?:le )?(?:remitira|hara llegar|comunicara) (?:oportunamente|en breve|a la brevedad)",
        r"prorroga",
    ),
    "clarification": (
        r"subsan(?:ar|e|arse)",
        r"precis(?:ar|e) (?:su|la|el|los|las|que)",
        r"aclar(?:ar|e) (?:su|la|el)",
        r"(?:se )?(?:tendra|dara) por no presentada",
        r"plazo de (?:dos|2) dias",
        r"observacion(?:es)? a su solicitud",
    ),
    "denial": (
        r"excepci(?:on|ones)",
        r"se deniega|denegad[oa]|denegar",
        r"(?:informacion|documentacion) (?:confidencial|reservada|secreta)",
        r"articulos? (?:15|16|17)\b",
        r"secreto (?:de las comunicaciones|bancario|tributario)|reserva de (?:la )?investigacion",
    ),
    "null_answer": (
        r"no se (?:registraron|registro|realizaron|realizo|reportaron|reporto|presentaron|"
        r"ejecutaron|ejecuto)",
        r"no se han (?:registrado|realizado|reportado|presentado)",
        r"(?:cero|ningun[oa]?) (?:casos?|denuncias?|victimas?|actividad(?:es)?|acciones?)",
    ),
    "future": (
        r"se (?:tiene )?(?:programad[oa]|proyectad[oa]|prevista?)",
        r"(?:se )?(?:realizara|ejecutara|implementara)n?",
        r"plan(?:es)? (?:para|de trabajo) (?:el|del)? ?(?:ano|periodo)? ?20",
    ),
}
COMPILED = {name: re.compile("|".join(f"(?:{p})" for p in pats)) for name, pats in PHRASES.items()}


def fold(text: str) -> str:
    """Lowercase text with accents removed (ñ becomes n); same length as the input."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return folded if len(folded) == len(text) else _fold_per_char(text)


def _fold_per_char(text: str) -> str:
    out = []
    for char in text:
        base = "".join(
            c for c in unicodedata.normalize("NFKD", char.lower()) if not unicodedata.combining(c)
        )
        out.append(base[:1] if base else " ")
    return "".join(out)
