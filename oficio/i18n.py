"""The language of what oficio shows a person: the one home of the translation functions.

Messages are written in English in the code (the gettext message ids) and translated by
gettext catalogs: ``oficio/locale/<lang>/LC_MESSAGES/oficio.po``, compiled to ``.mo``
beside it (``scripts/catalogs.py``; both are shipped, and a test holds the ``.mo`` to its
``.po``). Spanish is the default; ``--lang en`` or the setting ``lang`` (``OFICIO_LANG``)
gives English. A third language is only a third catalog.

Labels (status, axes, missing kinds, institution kinds) are shown by name: the Spanish
names have their one home in ``oficio.annotations.records.SPANISH_NAMES``; any other language
takes them from its catalog, with the label's field as context and its code as id
(English: ``msgctxt "status" msgid "out_of_period" msgstr "out of period"``).

The language is read from the environment at each call, not once: a workspace's
``oficio.toml`` is applied after the command line is parsed, and the processes a batch
starts read the environment too.
"""

from __future__ import annotations

import gettext as _gettext
import os
from functools import cache
from pathlib import Path

from oficio.labels import SPANISH_NAMES

DOMAIN = "oficio"
LOCALE_DIR = Path(__file__).parent / "locale"
SOURCE = "en"  # the language of the message ids: it needs no catalog for them
DEFAULT = "es"
SPANISH = "es"
# The environment variable of the setting ``lang`` (``oficio.settings`` names every
# setting ``OFICIO_`` + its key; a test holds the two to the same name).
LANG_ENV = "OFICIO_LANG"


def languages() -> tuple[str, ...]:
    """The languages oficio speaks: the message ids' and each compiled catalog's."""
    return _languages(LOCALE_DIR)


@cache
def _languages(folder: Path) -> tuple[str, ...]:
    # cached: every message asks, and a catalog does not appear while a command runs
    found = {path.parent.parent.name for path in folder.glob(f"*/LC_MESSAGES/{DOMAIN}.mo")}
    return tuple(sorted(found | {SOURCE}))


def current() -> str:
    """The language of this process: the setting ``lang``, else the default. A value that
    is not a language falls back to the default here (``oficio.settings`` refuses it with
    E210 at the command's start; raising here would recurse, as that error is translated)."""
    wanted = os.environ.get(LANG_ENV, "").strip().lower()
    return wanted if wanted in languages() else DEFAULT


def catalog(lang: str) -> _gettext.NullTranslations:
    """The compiled catalog of ``lang`` (Babel's ``Translations``, a GNU gettext catalog);
    no catalog: the message ids themselves."""
    return _catalog(LOCALE_DIR, lang)


@cache
def _catalog(folder: Path, lang: str) -> _gettext.NullTranslations:
    from babel.support import Translations  # here: only a process that speaks loads it

    return Translations.load(str(folder), [lang], DOMAIN)


def _(message: str) -> str:
    """``message`` in the current language."""
    return catalog(current()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a message for ``n`` things, in the current language."""
    return catalog(current()).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """``message`` in ``context`` (a column name, a sheet name), in the current language."""
    return catalog(current()).pgettext(context, message)


def N_(message: str) -> str:
    """Mark ``message`` for the catalogs where it is defined (a class attribute, a table);
    it is translated where it is shown, with ``_``."""
    return message


def label(field: str, code: str | None) -> str:
    """How a label's code is shown: its Spanish name (``SPANISH_NAMES``) in Spanish, its
    catalog name in another language; the code itself when it has no name."""
    if not code:
        return ""
    lang = current()
    if lang == SPANISH:
        return SPANISH_NAMES.get(field, {}).get(code, code)
    return catalog(lang).pgettext(field, code)


def label_ids() -> list[tuple[str, str]]:
    """Every ``(field, code)`` a catalog other than Spanish must name (tests hold them)."""
    return [(name, code) for name, codes in SPANISH_NAMES.items() for code in codes]
