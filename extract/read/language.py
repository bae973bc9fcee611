"""Word knowledge from spaCy's lookup tables: text-layer quality and document language."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import spacy_lookups_data

from oficio.extract.read.word_lists import WordTable, cached_table, cached_words

_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
_DATA = Path(spacy_lookups_data.__file__).parent / "data"


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    """Lower-case Spanish and English word forms (spacy-lookups-data lemma tables).

    Built once per installed version, then read back from the cache folder
    (``oficio.extract.read.word_lists``)."""
    return cached_words("vocabulary", _vocabulary_words, [Path(__file__)])


@lru_cache(maxsize=2)
def stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words of ``es`` or ``en``, read back from the cache folder: importing
    them imports all of spaCy, which the document children otherwise never need."""
    return cached_words(f"stop-words-{lang}", lambda: _spacy_stop_words(lang), [Path(__file__)])


def _spacy_stop_words(lang: str) -> set[str]:
    if lang == "es":
        from spacy.lang.es.stop_words import STOP_WORDS
    else:
        from spacy.lang.en.stop_words import STOP_WORDS
    return set(STOP_WORDS)


def _vocabulary_words() -> set[str]:
    words: set[str] = set(stop_words("es")) | set(stop_words("en"))
    for lang in ("es", "en"):
        table = _read_lemma_table(lang)
        words.update(key.lower() for key in table)
        words.update(str(value).lower() for value in table.values())
    return words


@lru_cache(maxsize=2)
def lemma_table(lang: str) -> WordTable:
    """spacy-lookups-data's lemma lookup table of ``es`` or ``en``: word form → base form.

    Only counted nouns are looked up, a few per document, so the table is searched in a
    sorted copy in the cache folder (``oficio.extract.read.word_lists``) instead of
    loaded into the batch's process."""
    return cached_table(f"lemmas-{lang}", lambda: _first_lemmas(lang), [Path(__file__)])


def _first_lemmas(lang: str) -> dict[str, str]:
    """The table with one base form per word form (the first, where it lists several)."""
    table = _read_lemma_table(lang)
    return {form: str(lemma[0] if isinstance(lemma, list) and lemma else lemma)
            for form, lemma in table.items()}


def _read_lemma_table(lang: str) -> dict[str, str]:
    import srsly

    return srsly.read_gzip_json(_DATA / f"{lang}_lemma_lookup.json.gz")


def words(text: str) -> list[str]:
    """Alphabetic tokens of two letters or more, lower-cased."""
    return [match.group(0).lower() for match in _WORD.finditer(text)]


def text_quality(text: str) -> float | None:
    """Share of a text's words found in the Spanish/English vocabulary (None: no words).

    Typed letters score 0.8 to 0.95; a garbage text layer (a bad hidden OCR layer, a
    broken font encoding) scores well under 0.5.
    """
    tokens = words(text)
    if not tokens:
        return None
    known = vocabulary()
    return sum(token in known for token in tokens) / len(tokens)


def detect_language(text: str) -> str:
    """``es`` or ``en``, by which language's common words the text uses more."""
    tokens = words(text)
    spanish_words, english_words = stop_words("es"), stop_words("en")
    spanish = sum(token in spanish_words for token in tokens)
    english = sum(token in english_words for token in tokens)
    return "en" if english > spanish * 1.2 else "es"
