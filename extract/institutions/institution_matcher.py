"""Find gazetteer names in a text: exact (folded), acronyms, and a fuzzy pass for OCR errors.

Three passes over one text, then the longest non-overlapping candidates win:

1. names and aliases, accent- and case-insensitive: spaCy's ``PhraseMatcher`` over a word
   sequence of the folded text (so a name broken across lines still matches);
2. acronyms (``MIMP``, ``MP-FN``), case-sensitive whole tokens by regular expression
   (the spaCy tokenizer glues reference codes such as ``2018-MIMP/DGCVG`` into one token);
3. a fuzzy pass (rapidfuzz ``ratio``) over word windows that start with a word close to a
   name's head word ("Municipalidad", "Ministerio", ...), for OCR-damaged names.

Offsets are character offsets into the text given: folding keeps one character per
character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from oficio import textfold
from oficio.extract.figures.figure_context import Taken
from oficio.extract.institutions.gazetteer import Gazetteer
from oficio.extract.read import language
from oficio.extract.read.language import vocabulary
from oficio.extract.read.word_lists import WordTable, cached_table
from oficio.textfold import fold

# Chosen by measurement (scripts/measure_fuzzy.py, docs/institutions.md): false links on
# distractor text vs recall on OCR-corrupted names.
FUZZY_THRESHOLD = 88.0
CHARS_PER_EDIT = 6
# A word in the names of this many institutions or more says nothing about which one.
# Counted by institution, not by alias: the 35 courts' and 34 fiscal districts' spellings
# made "lima" a word of 50 aliases, and "Gobierno Regional de La" was linked to Lima's.
GENERIC_COUNT = 20
HEAD_THRESHOLD = 80.0
MIN_HEAD_LENGTH = 5
# A window word this long or longer that is itself a correctly spelled word is never read
# as another word of a name: "Política Nacional" is not a damaged "Policía Nacional".
MIN_REAL_WORD = 4
# Acronyms that may stand for another body the document names: then kept only with the
# institution's own word in the document, or inside a reference code (measured on the
# bundled set: every one of its 12 "DP" tokens is the Defensoría; a DP-only-with-context
# rule lost 7 of 9 in train. Real letters use "DP" for Defensa Pública too).
AMBIGUOUS_ACRONYMS = {
    "DP": ("defensoria", ("defensa publica", "direccion de presupuesto", "datos personales")),
}
# Acronyms that are Spanish words: in an all-capitals line of several words ("SE PRODUCE
# UN INCREMENTO") they are words, unless inside a reference code.
WORD_ACRONYMS = {"PRODUCE", "AURORA", "MIGRACIONES", "SERVIR", "UNE"}
# Acronyms that are also given names: "ANA MARÍA QUISPE" signing a letter is a person, not
# the Autoridad Nacional del Agua. Dropped when a capitalised word follows on the same line,
# unless inside a reference code ('-ANA/').
NAME_ACRONYMS = {"ANA"}
_WORD = re.compile(r"[^\W_]+|[^\w\s]")
_ACRONYM = re.compile(r"^[A-ZÁÉÍÓÚÑ0-9][A-ZÁÉÍÓÚÑ0-9\-]*[A-ZÁÉÍÓÚÑ0-9]$")


def is_acronym(alias: str) -> bool:
    return bool(_ACRONYM.match(alias)) and sum(c.isalpha() for c in alias) >= 2


@dataclass(frozen=True)
class Candidate:
    """A matched span with every institution id its alias can stand for."""

    start: int
    end: int
    ids: tuple[str, ...]
    score: float
    source: str  # "exact", "acronym" or "fuzzy"
    unit: bool = False  # a unit's name: evidence of its parent, not a mention


class InstitutionMatcher:
    """Built once per gazetteer (about a second); ``find`` is then fast."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.vocab = Vocab()
        self.phrases: dict[str, set[str]] = {}
        self.acronyms: dict[str, set[str]] = {}
        self.units: set[str] = set()  # keys of unit names
        for item in gazetteer:
            if not item.aliases and item.kind == "district_municipality":
                continue  # a capital district: governed by its provincial municipality
            for alias in {item.name, item.acronym, *item.aliases} - {""}:
                self._add(alias, item.id, unit=False)
            for alias in item.units:
                self._add(alias, item.id, unit=True)
        self.matcher = PhraseMatcher(self.vocab, attr="ORTH")
        for key in self.phrases:
            self.matcher.add(key, [Doc(self.vocab, words=key.split(" "))])
        names = sorted(self.acronyms, key=len, reverse=True)
        self.acronym_re = re.compile(
            r"(?<![\w])(" + "|".join(re.escape(a) for a in names) + r")(?![\w])"
        )
        self._index_fuzzy()
        self.fuzzy_threshold = FUZZY_THRESHOLD
        self.chars_per_edit = CHARS_PER_EDIT

    def _index_fuzzy(self) -> None:
        """Keys grouped by head word and word count; words shared by many keys are generic."""
        self.by_head: dict[tuple[str, int], list[str]] = {}
        self.lengths: dict[str, list[int]] = {}
        holders: dict[str, set[str]] = {}  # word -> the institutions whose names hold it
        for key, ids in self.phrases.items():
            words = key.split(" ")
            for word in set(words):
                holders.setdefault(word, set()).update(_family(i) for i in ids)
            if len(words) >= 2 and len(words[0]) >= MIN_HEAD_LENGTH:
                self.by_head.setdefault((words[0], len(words)), []).append(key)
                self.lengths.setdefault(words[0], []).append(len(words))
        self.lengths = {h: sorted(set(ns)) for h, ns in self.lengths.items()}
        self.heads = list(self.lengths)
        self.generic = {w for w, ids in holders.items() if len(ids) >= GENERIC_COUNT}

    def _add(self, alias: str, institution_id: str, unit: bool) -> None:
        table = self.acronyms if is_acronym(alias) else self.phrases
        key = alias if table is self.acronyms else " ".join(_words(fold(alias)))
        if key in table and (key in self.units) != unit:
            return  # a full alias somewhere wins over the same words as a unit
        table.setdefault(key, set()).add(institution_id)
        if unit:
            self.units.add(key)

    def find(self, text: str) -> list[Candidate]:
        """All chosen candidates in ``text``, in text order, none overlapping."""
        folded = fold(text)
        spans = [(m.start(), m.end()) for m in _WORD.finditer(folded)]
        words = [folded[s:e] for s, e in spans]
        found = self._exact(text, words, spans) + self._acronyms(text, folded)
        found += self._fuzzy(words, spans, _covered(found, spans, len(folded)))
        return _choose(found)

    def _exact(
        self, text: str, words: list[str], spans: list[tuple[int, int]]
    ) -> list[Candidate]:
        """Phrase matches, except inside a web or e-mail address ('www.migraciones.gob.pe')."""
        if not words:
            return []
        doc = Doc(self.vocab, words=words)
        found = []
        for match_id, start, end in self.matcher(doc):
            key = self.vocab.strings[match_id]
            if _in_address(text, spans[start][0], spans[end - 1][1]):
                continue
            ids = tuple(sorted(self.phrases[key]))
            found.append(Candidate(spans[start][0], spans[end - 1][1], ids, 100.0, "exact",
                                   key in self.units))
        return found

    def _acronyms(self, text: str, folded: str) -> list[Candidate]:
        found = []
        for match in self.acronym_re.finditer(text):
            acronym = match.group(1)
            if acronym in AMBIGUOUS_ACRONYMS and _ambiguous_here(acronym, text, folded, match):
                continue
            if acronym in WORD_ACRONYMS and _in_capitals_prose(text, match):
                continue
            if acronym in NAME_ACRONYMS and _before_a_name(text, match):
                continue
            ids = tuple(sorted(self.acronyms[acronym]))
            found.append(Candidate(match.start(1), match.end(1), ids, 100.0, "acronym",
                                   acronym in self.units))
        return found

    def _fuzzy(
        self, words: list[str], spans: list[tuple[int, int]], covered: set[int]
    ) -> list[Candidate]:
        found = []
        if self.fuzzy_threshold > 100:  # the fuzzy pass is off
            return []
        for i, word in enumerate(words):
            if i in covered or len(word) < MIN_HEAD_LENGTH:
                continue
            head = process.extractOne(word, self.heads, scorer=fuzz.ratio,
                                      score_cutoff=HEAD_THRESHOLD)  # fmt: skip
            if head is None:
                continue
            best = self._best_window(words, i, head[0], covered)
            if best is not None:
                key, score, n = best
                ids = tuple(sorted(self.phrases[key]))
                start, end = spans[i][0], spans[i + n - 1][1]
                found.append(Candidate(start, end, ids, score, "fuzzy", key in self.units))
        return found

    def _best_window(
        self, words: list[str], i: int, head: str, covered: set[int]
    ) -> tuple[str, float, int] | None:
        """The longest window from word ``i`` that passes both tests: the whole window's
        ratio, and few edits in its specific words (those not shared by many names)."""
        best: tuple[str, float, int] | None = None
        for n in self.lengths[head]:
            if i + n > len(words) or any(j in covered for j in range(i, i + n)):
                continue
            if not words[i + n - 1].isalnum():  # a window never ends on punctuation
                continue
            window = words[i : i + n]
            hits = process.extract(" ".join(window), self.by_head[(head, n)], scorer=fuzz.ratio,
                                   score_cutoff=self.fuzzy_threshold, limit=5)  # fmt: skip
            for key, score, _ in hits:
                key_words = key.split(" ")
                if _swaps_real_word(window, key_words):
                    continue
                if self._specific_close(window, key_words):
                    best = (key, score, n)  # lengths ascend: the longest passing wins
                    break
        return best

    def _specific_close(self, window: list[str], key: list[str]) -> bool:
        """At most one edit per ``chars_per_edit`` letters in the words that tell names
        apart (a place name), so 'Pamco' does not become 'Pasco'."""
        pairs = [(w, k) for w, k in zip(window, key, strict=True) if k not in self.generic]
        if not pairs:
            return True
        mine = " ".join(w for w, _ in pairs)
        theirs = " ".join(k for _, k in pairs)
        return Levenshtein.distance(mine, theirs) <= len(theirs) // self.chars_per_edit


def _family(institution_id: str) -> str:
    """One sector's directorates in every region count once among a word's holders: the
    25 "Dirección Regional de Salud de …" would make "salud" a generic word, and
    "Instituto Nacional de la Juventud" a fuzzy match of the Instituto Nacional de Salud.
    A police region counts as its department's regional government: the place in "Región
    Policial Lima" is the department's name, and one more holder of every department's
    name made it generic ("Gobierno Regional del Maule" a fuzzy match of Lima's)."""
    police_region = _POLICE_REGION.match(institution_id)
    if police_region:
        return f"gore:{police_region.group(1)}"
    return re.sub(r"^gore:\d\d-", "gore:*-", institution_id)


_POLICE_REGION = re.compile(r"pnp:regpol-(\d\d)$")


@lru_cache(maxsize=1)
def folded_vocabulary() -> WordTable:
    """The Spanish and English word forms, folded like the matcher's words.

    Built once per installed version, then searched in the cache folder
    (``oficio.extract.read.word_lists``): only the few words of a fuzzy match are looked up, and
    loading the whole list would cost every batch time and memory (docs/batch.md)."""
    sources = [Path(__file__), Path(textfold.__file__), Path(language.__file__)]
    return cached_table("folded-vocabulary", _folded_words, sources)


def _folded_words() -> dict[str, str]:
    """Only the words with accents or other non-ASCII letters need folding: the lower-case
    vocabulary is otherwise folded already."""
    words = vocabulary()
    return dict.fromkeys(words | {fold(word) for word in words if not word.isascii()}, "")


def _swaps_real_word(window: list[str], key: list[str]) -> bool:
    """Whether the window would turn a correctly spelled word into a different word."""
    known = folded_vocabulary()
    return any(
        w != k and len(w) >= MIN_REAL_WORD and w in known
        for w, k in zip(window, key, strict=True)
    )


def _words(folded: str) -> list[str]:
    return _WORD.findall(folded)


def _ambiguous_here(acronym: str, text: str, folded: str, match: re.Match[str]) -> bool:
    own, rivals = AMBIGUOUS_ACRONYMS[acronym]
    if own in folded or _in_reference(text, match):
        return False
    return any(rival in folded for rival in rivals)


def _in_reference(text: str, match: re.Match[str]) -> bool:
    """An acronym inside a reference code: '-DP/', '2018-DP-', '/DP'."""
    before = text[match.start(1) - 1 : match.start(1)]
    after = text[match.end(1) : match.end(1) + 1]
    return before in {"-", "/"} or after in {"/"}


def _in_address(text: str, start: int, end: int) -> bool:
    """A match inside 'www.migraciones.gob.pe' or 'transparencia@mimp.gob.pe'."""
    before = text[start - 1 : start] if start else ""
    after = text[end : end + 1]
    return before in {".", "@", "/"} or (after == "." and text[end + 1 : end + 2].isalpha())


def _in_capitals_prose(text: str, match: re.Match[str]) -> bool:
    if _in_reference(text, match):
        return False
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    line = text[line_start : len(text) if line_end < 0 else line_end]
    words = re.findall(r"[^\W\d_]+", line)
    return len(words) >= 4 and line.upper() == line


_NAME_NEXT = re.compile(r"[ \t]+[A-ZÁÉÍÓÚÑ][^\W\d_]")


def _before_a_name(text: str, match: re.Match[str]) -> bool:
    """A given name: a capitalised word follows on the same line ('ANA María', 'ANA LUZ')."""
    if _in_reference(text, match):
        return False
    return _NAME_NEXT.match(text, match.end(1)) is not None


def _covered(found: list[Candidate], spans: list[tuple[int, int]], length: int) -> set[int]:
    """The indexes of the ``spans`` that overlap a candidate found."""
    taken = Taken(length, found)
    return {i for i, (start, end) in enumerate(spans) if taken.overlaps(start, end)}


def _choose(found: list[Candidate]) -> list[Candidate]:
    """Longest first, then best score; drop any candidate overlapping a chosen one."""
    chosen: list[Candidate] = []
    for cand in sorted(found, key=lambda c: (-(c.end - c.start), -c.score, c.start)):
        if all(cand.end <= c.start or c.end <= cand.start for c in chosen):
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)
