"""The translation catalogs of oficio (``oficio/locale``), kept with Babel.

    python -m scripts.catalogs update    # add new messages to every .po, drop gone ones
    python -m scripts.catalogs compile   # write each .mo from its .po (shipped beside it)
    python -m scripts.catalogs check     # exit 1 naming what is missing or stale

``update`` reads the message ids from the code: every call of ``_``, ``N_``, ``ngettext``
or ``pgettext`` with literal text, found by Python's own parser (so a call inside an
f-string or inside another call counts too, which Babel's extractor misses), and adds the
ids the code builds at run time: the review queue's column and sheet names,
and, for every language but Spanish, the label codes (Spanish names live in
``oficio.annotations.records.SPANISH_NAMES``). A new language: ``mkdir -p
oficio/locale/pt/LC_MESSAGES``, copy ``en``'s ``.po`` there, translate it, compile.
"""

from __future__ import annotations

import ast
import gettext
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from oficio.i18n import DOMAIN, LOCALE_DIR, SOURCE, SPANISH, label_ids

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("extract", "models", "corpus", "annotations", "oficio")
WIDTH = 90


def po_files() -> list[Path]:
    return sorted(LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def language(po: Path) -> str:
    return po.parent.parent.name


# The translation functions (oficio.i18n): their arguments that are message ids
KEYWORDS = {"_": (None, 0), "N_": (None, 0), "ngettext": (None, 0, 1), "pgettext": (0, 1)}


def code_ids() -> list[tuple[str | None, str | tuple[str, str]]]:
    """``(context, id)`` of every message the code marks, in order, once; a plural's id
    is its two forms."""
    found: dict[tuple, None] = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                message = _marked(node)
                if message is not None:
                    found[message] = None
    return list(found)


def _marked(node: ast.AST) -> tuple[str | None, str | tuple[str, str]] | None:
    """The ``(context, id)`` a call of a translation function with literal text gives."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in KEYWORDS):
        return None
    context_at, *ids_at = KEYWORDS[node.func.id]
    texts = [arg.value if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
             else None for arg in node.args]
    wanted = [*ids_at] + ([context_at] if context_at is not None else [])
    if len(texts) <= max(wanted) or any(texts[i] is None for i in wanted):
        return None  # text computed at run time: its id is marked where it is written
    ids = [texts[i] for i in ids_at]
    context = texts[context_at] if context_at is not None else None
    return context, ids[0] if len(ids) == 1 else (ids[0], ids[1])


def needed(lang: str) -> list[tuple[str | None, str | tuple[str, str]]]:
    """``(context, id)`` of every message the catalog of ``lang`` must translate: the
    code's, and those the code builds at run time (the queue's column and sheet names; the
    label codes, whose Spanish names are in ``SPANISH_NAMES``). English, the language of
    the ids, needs only the labels' names: a column's English name is its code."""
    from oficio.corpus.review.queue import (
        COLUMN_NAME,
        HEADER,
        INSTRUCTIONS_SHEET,
        SHEET,
        SHEET_NAME,
    )

    if lang == SOURCE:
        return list(label_ids())
    ids: list[tuple[str | None, str | tuple[str, str]]] = code_ids()
    ids += [(COLUMN_NAME, code) for code in HEADER]
    ids += [(SHEET_NAME, SHEET), (SHEET_NAME, INSTRUCTIONS_SHEET)]
    return ids if lang == SPANISH else ids + label_ids()


def template(lang: str) -> Catalog:
    catalog = Catalog(domain=DOMAIN, project="oficio")
    for context, message in needed(lang):
        catalog.add(message, context=context)
    return catalog


def read(po: Path) -> Catalog:
    with po.open("rb") as handle:
        return read_po(handle, locale=language(po), domain=DOMAIN)


def update() -> None:
    for po in po_files():
        catalog = read(po)
        catalog.update(template(language(po)), no_fuzzy_matching=True)
        catalog.obsolete.clear()
        with po.open("wb") as handle:
            write_po(handle, catalog, width=WIDTH, sort_output=False, omit_header=False)


def compiled(po: Path) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, read(po))
    return buffer.getvalue()


def compile_all() -> None:
    for po in po_files():
        po.with_suffix(".mo").write_bytes(compiled(po))


def _key(context: str | None, message: str | tuple[str, str]) -> tuple:
    return (context, message if isinstance(message, str) else message[0])


def problems() -> list[str]:
    """What is wrong with the catalogs: an id of the code missing or untranslated, a
    ``.mo`` that is not its ``.po`` compiled."""
    found = []
    for po in po_files():
        lang = language(po)
        catalog = read(po)
        for context, message in needed(lang):
            entry = catalog.get(_key(context, message)[1], context=context)
            strings = [] if entry is None else (
                entry.string if isinstance(entry.string, tuple | list) else [entry.string])
            if entry is None or entry.fuzzy or not all(strings):
                found.append(f"{lang}: {context + ' | ' if context else ''}{message!r} is "
                             "not translated")
        mo = po.with_suffix(".mo")
        if not mo.is_file() or _entries(mo.read_bytes()) != _entries(compiled(po)):
            found.append(f"{lang}: {mo.name} is not {po.name} compiled (run: python -m "
                         "scripts.catalogs compile)")
    return found


def _entries(mo: bytes) -> dict:
    return gettext.GNUTranslations(io.BytesIO(mo))._catalog  # type: ignore[attr-defined]


def main(argv: list[str]) -> int:
    """``check`` fails (1) on a problem; ``update`` and ``compile`` only list them (an
    install compiles what it has)."""
    command = argv[0] if argv else "check"
    if command == "update":
        update()
    elif command == "compile":
        compile_all()
    elif command != "check":
        print(__doc__)
        return 2
    found = problems()
    for problem in found:
        print(problem)
    return 1 if found and command == "check" else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
