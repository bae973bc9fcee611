"""Measure the fuzzy threshold: recall on OCR-corrupted names vs false links on distractors.

Run from the repository root: ``python scripts/measure_fuzzy.py``. Seeded, so the figures
in docs/institutions.md can be reproduced.

- Recall: 600 gazetteer names and aliases (two words or more), each corrupted with
  OCR-like confusions (i/l/1, o/0, rn/m, e/c, dropped accents, dropped letters) at about
  6% of characters with at least one error, set in a sentence; a hit is a mention of the
  right id overlapping the name.
- The first row (whole ratio 101) is the exact passes alone, without the fuzzy pass.
- False links: 600 distractor phrases that look like institution names but are not in
  the gazetteer (invented place names after "Municipalidad Distrital de", ministries that
  do not exist, ...); every mention found in them is a false link.
"""

from __future__ import annotations

import random
import time

from oficio.extract.institutions.gazetteer import load_gazetteer
from oficio.extract.institutions.institution_matcher import InstitutionMatcher, is_acronym

CONFUSIONS = {
    "i": ["l", "1", "í"], "l": ["i", "1", "I"], "o": ["0", "a", "ó"], "e": ["c", "é"],
    "m": ["rn", "n"], "n": ["ri", "m"], "a": ["o", "á"], "s": ["5"], "c": ["e"], "u": ["v"],
    "í": ["i"], "ó": ["o"], "é": ["e"], "á": ["a"], "ú": ["u"], "r": ["n"], "t": ["f"],
}  # fmt: skip
SYLLABLES = ["ca", "ra", "pu", "hua", "llo", "mar", "ti", "qui", "pam", "ba", "cho", "yo",
             "te", "sa", "co", "lla", "ri", "na", "to", "pi"]  # fmt: skip
FAKE_BODIES = [
    "Ministerio de Asuntos Indígenas", "Ministerio de Deporte y Juventud",
    "Ministerio de Hacienda", "Ministerio de Obras Públicas", "Ministerio de Planificación",
    "Ministerio de Seguridad Social", "Ministerio de la Familia", "Ministerio de Ciencia",
    "Superintendencia de Bancos", "Instituto Nacional de Cultura Física",
    "Programa Nacional de Becas", "Dirección Regional de Turismo", "Policía Municipal",
    "Gobierno Central", "Defensoría Municipal del Niño y del Adolescente",
    "Ministerio de la Juventud", "Ministerio de Minería", "Consejo Nacional de Deportes",
]  # fmt: skip
THRESHOLDS = [(101, 6), (85, 5), (85, 6), (88, 4), (88, 5), (88, 6), (88, 8), (90, 5), (90, 6),
              (92, 6)]  # fmt: skip


def corrupt(name: str, rng: random.Random, rate: float = 0.06) -> str:
    chars = list(name)
    out: list[str] = []
    changed = False
    for char in chars:
        low = char.lower()
        if rng.random() < rate and (low in CONFUSIONS or char.isalpha()):
            changed = True
            out.append("" if low not in CONFUSIONS else rng.choice(CONFUSIONS[low]))
        else:
            out.append(char)
    if not changed:
        i = rng.randrange(len(out))
        out[i] = rng.choice(CONFUSIONS.get(out[i].lower(), [""]))
    return "".join(out)


def fake_place(rng: random.Random) -> str:
    words = ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
             for _ in range(rng.randint(1, 2))]  # fmt: skip
    return " ".join(w.capitalize() for w in words)


def distractors(rng: random.Random, n: int) -> list[str]:
    heads = ["Municipalidad Distrital de", "Municipalidad de", "Municipalidad Provincial de",
             "Gobierno Regional de"]  # fmt: skip
    items = []
    for _ in range(n):
        if rng.random() < 0.8:
            items.append(f"{rng.choice(heads)} {fake_place(rng)}")
        else:
            items.append(rng.choice(FAKE_BODIES))
    return items


def main() -> None:
    rng = random.Random(20181115)
    gazetteer = load_gazetteer()
    matcher = InstitutionMatcher(gazetteer)
    names = [(item.id, alias) for item in gazetteer
             for alias in (item.name, *item.aliases)
             if not is_acronym(alias) and len(alias.split()) >= 2]  # fmt: skip
    sample = rng.sample(names, 600)
    corrupted = [(i, corrupt(name, rng)) for i, name in sample]
    noise = distractors(rng, 600)
    print("whole  chars/edit  recall  false_links/600  (fuzzy)  seconds")
    for whole, specific in THRESHOLDS:
        matcher.fuzzy_threshold, matcher.chars_per_edit = whole, specific
        started = time.perf_counter()
        hits = 0
        for institution_id, name in corrupted:
            text = f"Se coordinó con la {name} para el operativo."
            begin = len("Se coordinó con la ")
            found = matcher.find(text)
            hits += any(institution_id in c.ids and c.start < begin + len(name) and begin < c.end
                        for c in found)  # fmt: skip
        sentences = [f"Se coordinó con la {d} para el operativo." for d in noise]
        links = [c for sentence in sentences for c in matcher.find(sentence)]
        false_links = len(links)
        fuzzy_links = sum(c.source == "fuzzy" for c in links)
        seconds = time.perf_counter() - started
        print(f"{whole:5}  {specific:10}  {hits / len(corrupted):.3f}  {false_links:15}  "
              f"{fuzzy_links:7}  {seconds:.1f}")


if __name__ == "__main__":
    main()
