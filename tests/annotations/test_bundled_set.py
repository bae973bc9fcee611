"""Checks of the bundled annotated set (annotations/bundled/replies.jsonl)."""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tools.synth import fixed_text, letter_parts
from tools.synth.generate import DEFAULT_COUNT, DEFAULT_SEED, generate, write_set
from tools.synth.institutions import NATIONAL, regional
from tools.synth.people import CSO_NAMES, CSO_TYPES
from tools.synth.places import DEPARTMENTS, DISTRICTS, PROVINCES
from tools.synth.stats import counts_block, readme_counts

BUNDLED = ROOT / "annotations" / "bundled"
UBIGEO = Path("/work/shared/data/ubigeo")

TOP_KEYS = {"id", "split", "language", "sender_id", "doc_type", "reference", "letter_date",
            "request_ref", "period_start", "period_end", "period_stated", "pages", "labels",
            "missing_kind", "figures", "mentions"}
FIGURE_KEYS = {"kind", "value", "currency", "what", "year", "role", "page", "start", "end",
               "text"}
MENTION_KEYS = {"institution_id", "text", "page", "start", "end", "is_sender"}
AXES = {"governance", "prevention", "protection", "prosecution"}
STATUSES = {"answered", "out_of_period", "missing"}
MISSING_KINDS = {"no_information", "not_competent_referred", "acknowledgment",
                 "clarification", "denied_exception", "not_competent"}
DOC_TYPES = {"oficio", "carta", "informe", "memorando", "nota", "email"}


@pytest.fixture(scope="module")
def replies() -> list[dict]:
    with (BUNDLED / "replies.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def _iso(value: str) -> date:
    return date.fromisoformat(value)


def test_records_follow_the_format(replies):
    assert len(replies) >= 360
    ids = [r["id"] for r in replies]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    for r in replies:
        assert set(r) == TOP_KEYS, r["id"]
        assert re.fullmatch(r"r\d{4}", r["id"])
        assert r["split"] in {"train", "heldout"}
        assert r["language"] in {"es", "en"}
        assert r["doc_type"] in DOC_TYPES
        assert isinstance(r["reference"], str) and r["reference"]
        assert r["letter_date"] is None or _iso(r["letter_date"])
        assert r["request_ref"] is None or isinstance(r["request_ref"], str)
        assert _iso(r["period_start"]) <= _iso(r["period_end"])
        assert isinstance(r["period_stated"], bool)
        assert r["pages"] and all(isinstance(p, str) and p for p in r["pages"])
        assert set(r["labels"]) == {"axes", "status"}
        assert set(r["labels"]["axes"]) <= AXES
        assert len(set(r["labels"]["axes"])) == len(r["labels"]["axes"])
        assert r["labels"]["status"] in STATUSES
        if r["labels"]["status"] == "missing":
            assert r["missing_kind"] in MISSING_KINDS
        else:
            assert r["missing_kind"] is None


def test_every_gold_span_matches_its_page_text(replies):
    for r in replies:
        for item in r["figures"] + r["mentions"]:
            page = r["pages"][item["page"] - 1]
            assert 0 <= item["start"] < item["end"] <= len(page)
            assert page[item["start"]:item["end"]] == item["text"], r["id"]


def test_figure_fields_are_valid(replies):
    for r in replies:
        for f in r["figures"]:
            assert set(f) == FIGURE_KEYS
            assert f["kind"] in {"money", "count", "percent"}
            assert isinstance(f["value"], float) and f["value"] >= 0
            assert (f["currency"] in {"PEN", "USD"}) == (f["kind"] == "money")
            assert (f["what"] is not None) == (f["kind"] == "count")
            assert f["role"] in {None, "allocated", "executed"}
            assert f["role"] is None or f["kind"] == "money"
            assert f["year"] is None or 2010 <= f["year"] <= 2025
            if f["what"]:
                assert f["what"] == f["what"].lower() and " " not in f["what"]


def _digits_value(text: str) -> float:
    """Value of a figure written with digits, read independently of the generator."""
    bracket = re.search(r"\((\d+)\)", text)
    if bracket:  # "doce (12)"
        return float(bracket.group(1))
    scale = 1_000_000 if re.search(r"millon|million", text) else 1
    body = re.search(r"\d[\d.,\s]*\d|\d", text).group().replace(" ", "")
    last = max(body.rfind("."), body.rfind(","))
    tail = body[last + 1:] if last >= 0 else ""
    if last >= 0 and len(tail) in (1, 2):  # decimal part
        return float(re.sub(r"[.,]", "", body[:last]) + "." + tail) * scale
    return float(re.sub(r"[.,]", "", body)) * scale


def test_figure_values_agree_with_their_text(replies):
    checked = 0
    for r in replies:
        for f in r["figures"]:
            if not re.search(r"\d", f["text"]) or "00/100" in f["text"]:
                continue  # amounts and counts in words
            value = _digits_value(f["text"])
            assert value == pytest.approx(f["value"]), (r["id"], f["text"])
            checked += 1
    assert checked > 1000


def test_money_styles_and_count_styles_are_all_present(replies):
    texts = [f["text"] for r in replies for f in r["figures"]]
    patterns = {
        "comma thousands": r"^S/ \d{1,3}(,\d{3})+\.\d{2}$",
        "S/. spaces": r"^S/\. \d{1,3}( \d{3})+,\d{2}$",
        "dot thousands soles": r"^\d{1,3}(\.\d{3})+,\d{2} soles$",
        "millones": r"millones",
        "words and 00/100": r"y 00/100 soles$",
        "dollars": r"^(US\$|USD)",
        "count in words with digits": r"^[a-záéíóúñ ]+ \(\d+\)$",
        "count in words": r"^[a-záéíóúñ ]+$",
        "grouped count with space": r"^\d{1,2} \d{3}$",
        "percent with space": r"^\d+(\.\d+)? %$",
        "por ciento": r"por ciento$",
    }
    for name, pattern in patterns.items():
        assert any(re.search(pattern, t) for t in texts), name


DISTRACTOR = re.compile(
    r"(N[°º]|N\.°|No\.)\s*[\w.-]*\d[\w./-]*"  # document, law and file numbers
    r"|DNI\D{0,6}\d{8}|RUC\D{0,6}\d{11}|Telf\.[^|\n]*"  # ids and phones
    r"|\b\d{1,2}/\d{2}/\d{4}\b|\b\d{1,2} de [a-z]+ de \d{4}"  # dates
    r"|artículo \d+|PNAT 2017-2021|Página \d+ de \d+|línea (\w+ )?1818|1818 hotline")


def test_no_figure_sits_on_a_distractor(replies):
    for r in replies:
        for f in r["figures"]:
            page = r["pages"][f["page"] - 1]
            for match in DISTRACTOR.finditer(page):
                overlap = match.start() < f["end"] and f["start"] < match.end()
                assert not overlap, (r["id"], f["text"], match.group())


def test_distractors_are_present(replies):
    text = "\n".join(p for r in replies for p in r["pages"])
    for needle in ("Ley N° 27806", "DNI N° ", "RUC ", "Telf. ", "1818", "Página 1 de"):
        assert needle in text
    assert re.search(r"Decreto Supremo N° 017-2017-IN", text)


def _known_ids() -> set[str]:
    ids = set(NATIONAL)
    if UBIGEO.exists():
        path = UBIGEO / "castagnetto_ubigeo_distrito.csv"
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                code = row["inei"]
                ids |= {f"gore:{code[:2]}", f"mpro:{code[:4]}", f"mdis:{code}"}
    else:
        ids |= {f"gore:{c}" for c, _ in DEPARTMENTS}
        ids |= {f"mpro:{c}" for c, _, _ in PROVINCES} | {f"mdis:{c}" for c, _, _ in DISTRICTS}
    return ids


def test_mentions_use_gazetteer_ids_and_mark_the_sender(replies):
    known = _known_ids()
    for r in replies:
        assert r["sender_id"] in known
        sender_mentions = [m for m in r["mentions"] if m["is_sender"]]
        assert sender_mentions, r["id"]
        for m in r["mentions"]:
            assert set(m) == MENTION_KEYS
            assert m["institution_id"] in known, m
            if m["is_sender"]:
                assert m["institution_id"] == r["sender_id"]


def test_regional_names_follow_the_department(replies):
    for r in replies:
        if r["sender_id"].startswith("gore:"):
            name = regional(r["sender_id"][5:]).name
            assert any(m["text"].lower() == name.lower() for m in r["mentions"])


def test_regenerating_gives_identical_bytes(tmp_path):
    write_set(tmp_path, DEFAULT_SEED, DEFAULT_COUNT)
    for name in ("replies.jsonl", "persons.txt", "person_ids.txt"):
        assert (tmp_path / name).read_bytes() == (BUNDLED / name).read_bytes(), name


def test_the_script_is_deterministic_under_another_hash_seed(tmp_path):
    env = {**os.environ, "PYTHONHASHSEED": "4242"}
    script = ROOT / "scripts" / "generate_annotated_set.py"
    subprocess.run([sys.executable, str(script), "--out", str(tmp_path)], check=True, env=env,
                   capture_output=True)
    assert (tmp_path / "replies.jsonl").read_bytes() == (BUNDLED / "replies.jsonl").read_bytes()


def test_another_seed_gives_another_set():
    first, _, _ = generate(1, 40)
    second, _, _ = generate(2, 40)
    assert [r["pages"] for r in first] != [r["pages"] for r in second]


def test_label_counts(replies):
    total = len(replies)
    status = Counter(r["labels"]["status"] for r in replies)
    for name in STATUSES:
        assert status[name] >= 0.15 * total, name
    assert {r["missing_kind"] for r in replies} - {None} == MISSING_KINDS
    splits = Counter(r["split"] for r in replies)
    assert 0.2 <= splits["heldout"] / total <= 0.3
    for split in ("train", "heldout"):
        part = [r for r in replies if r["split"] == split]
        assert {r["language"] for r in part} == {"es", "en"}
        assert {r["labels"]["status"] for r in part} == STATUSES
        assert {a for r in part for a in r["labels"]["axes"]} == AXES
    english = sum(r["language"] == "en" for r in replies) / total
    assert 0.05 <= english <= 0.12
    sizes = Counter(len(r["labels"]["axes"]) for r in replies)
    assert sizes[0] and sizes[2] and sizes[3] and sizes[4]
    assert Counter(len(r["pages"]) for r in replies).keys() >= {1, 2, 3, 4}


def test_readme_counts_match_the_file(replies):
    readme = (BUNDLED / "README.md").read_text(encoding="utf-8")
    assert readme_counts(readme) == counts_block(replies)


def test_persons_list_holds_every_written_name(replies):
    names = (BUNDLED / "persons.txt").read_text(encoding="utf-8").split("\n")
    names = [n for n in names if n]
    text = "\n".join(p for r in replies for p in r["pages"])
    assert len(names) > 100
    assert all(name in text for name in names)
    ids = [n for n in (BUNDLED / "person_ids.txt").read_text().split("\n") if n]
    assert ids and all(re.fullmatch(r"\d{8}", n) and n in text for n in ids)


# ---- held-out wording never seen in train ----

MONTHS = "|".join(fixed_text.MONTHS_ES + fixed_text.MONTHS_EN)


def _formulas() -> list[str]:
    """Fixed lines both splits may share: official names, law titles, posts, units."""
    lines = set(fixed_text.official_lines()) | set(fixed_text.LEGAL_BASIS)
    lines.add(fixed_text.MEMO_TO)
    for posts in letter_parts.POSTS_ES.values():
        for post in posts:
            lines |= {letter_parts.gendered(post, True), letter_parts.gendered(post, False)}
    for inst in NATIONAL.values():
        lines |= {unit for unit, _ in inst.units}
    lines |= {unit for unit, _ in regional("01").units}
    lines |= {f"{t} {n}" for t in CSO_TYPES for n in CSO_NAMES}
    lines |= {line.replace("-PCM", "-<X>") for line in lines}  # the issuer is a gold mention
    return sorted(lines, key=len, reverse=True)


def _masked_sentences(record: dict, names: list[str], formulas: list[str]) -> set[str]:
    out = set()
    for index, page in enumerate(record["pages"]):
        spans = sorted((i["start"], i["end"]) for i in record["figures"] + record["mentions"]
                       if i["page"] == index + 1)
        for start, end in reversed(spans):
            page = page[:start] + "<X>" + page[end:]
        for formula in formulas:
            page = page.replace(formula, "<F>")
        for name in names:
            page = page.replace(name, "<P>")
        page = re.sub(r"\d", "0", page)
        page = re.sub(rf"\b({MONTHS})\b", "<M>", page)
        for sentence in re.split(r"(?<=[.;:!?])\s+|\n", page):
            words = [w for w in sentence.split() if re.search(r"[^\W\d_]", w) and "<" not in w]
            if len(words) >= 8:
                out.add(" ".join(sentence.split()))
    return out


def test_heldout_sentences_never_appear_in_train(replies):
    names = [n for n in (BUNDLED / "persons.txt").read_text(encoding="utf-8").split("\n") if n]
    names += [n for _, n in DEPARTMENTS] + [n for _, n, _ in PROVINCES]
    names.sort(key=len, reverse=True)
    formulas = _formulas()
    train, heldout = set(), set()
    for r in replies:
        target = heldout if r["split"] == "heldout" else train
        target |= _masked_sentences(r, names, formulas)
    assert len(heldout) > 50
    shared = heldout & train
    assert not shared, sorted(shared)[:20]


def test_out_of_period_replies_only_give_other_years(replies):
    for r in replies:
        if r["labels"]["status"] != "out_of_period":
            continue
        first, last = _iso(r["period_start"]).year, _iso(r["period_end"]).year
        years = [f["year"] for f in r["figures"] if f["year"] is not None]
        assert years, r["id"]
        assert all(y < first or y > last for y in years), r["id"]


def test_missing_replies_give_no_figures(replies):
    for r in replies:
        if r["labels"]["status"] == "missing":
            assert r["figures"] == [], r["id"]


def test_referrals_name_another_institution(replies):
    for r in replies:
        if r["missing_kind"] == "not_competent_referred":
            assert any(not m["is_sender"] for m in r["mentions"]), r["id"]


def test_requested_periods_and_documents_vary(replies):
    periods = Counter((r["period_start"], r["period_end"]) for r in replies)
    assert len(periods) >= 5
    assert {r["period_stated"] for r in replies} == {True, False}
    assert {r["doc_type"] for r in replies} == DOC_TYPES
    assert any(r["request_ref"] is None for r in replies)
    assert any(r["letter_date"] is None for r in replies)
    kinds = {r["sender_id"].split(":")[0] for r in replies}
    assert {"gore", "mpro", "mdis", "mpfn", "pnp-dirctptim", "rree"} <= kinds


def _fold(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


def _stem(word: str) -> str:
    return _fold(word).replace("z", "c")[:3]  # vez/veces, juez/jueces


def test_count_lemmas_match_the_noun_that_follows(replies):
    """In prose, most counts are followed by their noun; `what` must be that noun's lemma."""
    followed = matching = 0
    for r in replies:
        for f in r["figures"]:
            if f["kind"] != "count":
                continue
            page = r["pages"][f["page"] - 1]
            line = page[page.rfind("\n", 0, f["start"]) + 1:].split("\n", 1)[0]
            if "|" in line or "   " in line or re.match(r"\s*[-•*] [^:]*\(\d{4}\): ", line):
                continue  # table cells and key-value lists carry no noun after the number
            words = [w for w in page[f["end"]:f["end"] + 40].split()
                     if _fold(w) not in {"presuntas", "presuntos", "new"}]
            followed += 1
            matching += bool(words) and _stem(words[0]) == _stem(f["what"])
    assert followed > 500
    assert matching / followed > 0.9


def _institution_patterns() -> list[re.Pattern]:
    names = set()
    for inst in NATIONAL.values():
        names.add(re.escape(inst.name))
        if inst.acronym:
            names.add(r"(?-i:" + re.escape(inst.acronym) + r")")
    names |= {r"Ministerio Público", r"Fiscalía de la Nación", r"Policía Nacional del Perú",
              r"Gobierno Regional (?:de|del) [A-ZÁÉÍÓÚ][\w ]+?(?=\n|,|\.|$)",
              r"Municipalidad (?:Provincial|Distrital|Metropolitana) de [A-ZÁÉÍÓÚ][\w ]+?"
              r"(?=\n|,|\.|$)"}
    either = "|".join(sorted(names, key=len, reverse=True))
    return [re.compile(rf"(?<![\w@.])(?:{either})(?![\w.-]*\.gob\.pe)(?!\w)",
                       re.IGNORECASE | re.M)]


def test_every_institution_name_in_the_text_is_a_gold_mention(replies):
    patterns = _institution_patterns()
    for r in replies:
        for index, page in enumerate(r["pages"]):
            spans = [(m["start"], m["end"]) for m in r["mentions"] if m["page"] == index + 1]
            for pattern in patterns:
                for match in pattern.finditer(page):
                    covered = any(s <= match.start() and match.end() <= e for s, e in spans)
                    assert covered, (r["id"], match.group())


NOT_FIGURES = re.compile(
    r"(N[°º]|N\.°|No\.)\s*[\w.-]*\d[\w./-]*|\bLey \d+"  # document, file and law numbers
    r"|DNI\D{0,6}\d{8}|ID No\. \d{8}|RUC\D{0,6}\d{11}|Telf\.[^|\n]*|anexo \d+"
    r"|\(\d{2,3}\) \d+(-\d+)?"  # ids and phones
    r"|\b\d{1,2}/\d{2}/\d{4}\b|\b\d{1,2}\.\d{2}\.\d{4}\b|\b\d{1,2} de [a-z]+ del? \d{4}"
    r"|\b\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}|\b\d{1,2}:\d{2}"  # dates, times
    r"|(?i:artículo|article|numeral) \d+|\b(19|20)\d{2}\b|\d{4}-\d{4}|1818|200 años"
    r"|Página \d+ de \d+|Page \d+ of \d+|^- \d+ -$|^\d+/\d+$"  # page numbers
    r"|^\d+\.\d+ |^\d+\. |^\| \d+ |^\d+ {2,}|(Cuadro|Tabla|Table) N?[°º]? ?\d+",  # numbering
    re.M)


def test_every_number_is_a_figure_or_a_known_non_figure(replies):
    for r in replies:
        for index, page in enumerate(r["pages"]):
            spans = [(f["start"], f["end"]) for f in r["figures"] if f["page"] == index + 1]
            spans += [(m.start(), m.end()) for m in NOT_FIGURES.finditer(page)]
            for number in re.finditer(r"\d+", page):
                covered = any(s <= number.start() and number.end() <= e for s, e in spans)
                assert covered, (r["id"], page[max(0, number.start() - 20):number.end() + 10])
