"""Every setting of oficio, in one table: its ``oficio.toml`` key, its environment variable
(``OFICIO_`` and the key in capitals), its default and what it means (docs/settings.md lists
each one; a test holds the two together).

A setting's value comes from, first to last: a command-line option where there is one,
the environment, the settings file (``--config FILE``, else ``WS/oficio.toml`` of the
workspace a command opens), the default. A settings file is applied by copying each of its
values into the environment when the variable is not set there: the environment then
wins by construction, and the values reach every process a batch starts (the fork server
and document children read the environment, not this process's objects).
"""

from __future__ import annotations

import difflib
import logging
import os
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, ClassVar

from oficio.errors import ConfigError
from oficio.i18n import N_, _, languages

log = logging.getLogger(__name__)
CONFIG_NAME = "oficio.toml"
ENV_PREFIX = "OFICIO_"


@dataclass(frozen=True)
class Setting:
    key: str  # in oficio.toml; the environment variable is derived from it
    kind: str  # "text", "int", "count" (0 too), "number" (int or float), "path", "dates"
    # or "language"
    default: object  # None when computed where it is used (``shown`` says how)
    shown: str  # the default as docs/settings.md shows it
    meaning: str

    @property
    def env(self) -> str:
        return ENV_PREFIX + self.key.upper()


SETTINGS: tuple[Setting, ...] = (
    Setting("ocr_lang", "text", "spa+eng", "spa+eng",
            "Tesseract languages for OCR, +-joined"),
    Setting("ocr_dpi", "int", 200, "200", "resolution at which PDF pages are rendered for OCR"),
    Setting("ocr_timeout", "number", 120.0, "120", "seconds allowed for the OCR of one page"),
    Setting("jobs", "int", None, "number of cores",
            "pages (and, in a batch, documents) processed at once"),
    Setting("dask_timeout", "number", 20.0, "20",
            "seconds to wait for the Dask scheduler of --dask-address"),
    Setting("max_pixels", "int", 100_000_000, "100000000",
            "largest image or rendered page accepted, in pixels"),
    Setting("max_office_mb", "int", 512, "512",
            "largest uncompressed size of a DOCX or XLSX, in megabytes"),
    Setting("doc_timeout", "number", 900.0, "900", "seconds allowed per document in a batch"),
    Setting("doc_memory_mb", "int", 4096, "4096",
            "megabytes of memory allowed per document in a batch"),
    Setting("retries", "count", 2, "2",
            "times a batch tries a document's reading or storing again after a failure "
            "of the machine, not the file"),
    Setting("retry_delay", "number", 2.0, "2", "seconds between two tries"),
    Setting("legal_term_days", "int", 10, "10",
            "working days an institution has to answer"),
    Setting("non_working_days", "dates", None, "none",
            "extra non-working days, ISO dates"),
    Setting("cache_dir", "path", None, "$XDG_CACHE_HOME/oficio, else ~/.cache/oficio",
            "folder for word lists oficio derives from its dictionaries, and the empty "
            "Prefect database new workspaces start from"),
    Setting("institutions", "path", None, "none",
            "a CSV or JSONL file of your own aliases and institutions"),
    Setting("lang", "language", "es", "es",
            "language of the messages, the report and the review queue: es or en"),
)
BY_KEY = {setting.key: setting for setting in SETTINGS}
BY_ENV = {setting.env: setting for setting in SETTINGS}

EXPECTED = {  # what a value of each kind must be (translated where it is shown)
    "text": N_("a text"),
    "int": N_("a whole number of 1 or more"),
    "count": N_("a whole number of 0 or more"),
    "number": N_("a number above 0"),
    "path": N_("a file or folder path"),
    "dates": N_("YYYY-MM-DD dates, comma-separated"),
    "language": N_("a language oficio has a catalog for"),
}


def parse(setting: Setting, text: str, where: str | Path) -> object:
    """The value of ``setting`` written as ``text`` (as the environment holds it);
    ConfigError (E210) naming ``where`` (a file or a variable) and the key when it is not
    one."""
    try:
        if setting.kind in ("int", "count"):
            value: object = int(text)
            ok = value >= (1 if setting.kind == "int" else 0)
        elif setting.kind == "number":
            value = float(text)
            ok = 0 < value < float("inf")
        elif setting.kind == "language":
            value = text.strip().lower()
            ok = value in languages()
        elif setting.kind == "dates":
            value = frozenset(date.fromisoformat(item.strip())
                              for item in text.replace(";", ",").split(",") if item.strip())
            ok = True
        else:
            value, ok = text, bool(text.strip())
    except ValueError:
        ok = False
    if not ok:
        expected = _(EXPECTED[setting.kind])
        if setting.kind == "language":
            expected += f" ({', '.join(languages())})"
        raise ConfigError(where, _("{key}: {expected} is expected, not {text!r}").format(
            key=setting.key, expected=expected, text=text))
    return value


def value(key: str) -> Any:
    """The effective value of the setting ``key``: from the environment (which holds the
    settings file's values too), else its default."""
    setting = BY_KEY[key]
    text = os.environ.get(setting.env, "").strip()
    return parse(setting, text, setting.env) if text else setting.default


def check_environment() -> None:
    """Every ``OFICIO_*`` variable set is valid (ConfigError naming the first that is not):
    a bad value stops the command at its start, not a batch half-way."""
    for setting in SETTINGS:
        text = os.environ.get(setting.env, "").strip()
        if text:
            parse(setting, text, setting.env)


def read_file(path: Path) -> dict[str, str]:
    """The settings of a TOML file, as environment texts by variable name; ConfigError
    (E210) naming the file and key for an unreadable file, bad TOML, an unknown key or a
    bad value."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(path, _("cannot be read: {why}").format(why=error.strerror)
                          ) from None
    except UnicodeDecodeError:
        raise ConfigError(path, _("not UTF-8 text")) from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(path, _("invalid TOML: {error}").format(error=error)) from None
    texts = {}
    for key, raw in data.items():
        setting = BY_KEY.get(key)
        if setting is None:
            near = difflib.get_close_matches(key, BY_KEY, n=1)
            hint = _("{key}?").format(key=near[0]) if near else ", ".join(BY_KEY)
            raise ConfigError(path, _("unknown key {key!r} ({hint})").format(key=key,
                                                                             hint=hint))
        text = _as_text(setting, raw, path.parent)
        parse(setting, text, path)
        texts[setting.env] = text
    return texts


def _as_text(setting: Setting, raw: object, folder: Path) -> str:
    """A TOML value as the environment would hold it; a relative path is taken from the
    file's folder, so a settings file can name a file beside it."""
    if setting.kind == "dates" and isinstance(raw, list):
        return ",".join(item.isoformat() if isinstance(item, date) else str(item)
                        for item in raw)
    kinds = {"int": (int,), "count": (int,), "number": (int, float)}.get(setting.kind, (str,))
    if isinstance(raw, bool) or not isinstance(raw, kinds):
        return repr(raw)  # parse() then names the key and what is expected
    if setting.kind == "path":
        return str(folder / Path(raw).expanduser()) if raw.strip() else raw
    return str(raw)


class _Applied:
    """What this process took from a settings file: the variables it set, so that another
    file (a second workspace in one process, as in tests) replaces them."""

    given: ClassVar[Path | None] = None  # --config FILE: workspace files are then not read
    file: ClassVar[Path | None] = None
    names: ClassVar[dict[str, str]] = {}


def use_file(path: Path, given: bool = False) -> None:
    """Apply the settings file ``path`` (see the module docstring). ``given``: named on the
    command line, so it must exist and workspace files are not read."""
    path = Path(path).expanduser().resolve()
    texts = read_file(path)
    for name, text in _Applied.names.items():
        if os.environ.get(name) == text:
            del os.environ[name]
    applied = {}
    for name, text in texts.items():
        if name not in os.environ:
            os.environ[name] = text
            applied[name] = text
    _Applied.names, _Applied.file = applied, path
    log.debug("settings file %s: %s taken, %s left to the environment", path,
              sorted(applied) or "none", sorted(set(texts) - set(applied)) or "none")
    if given:
        _Applied.given = path


def use_workspace(root: Path) -> None:
    """Apply ``root/oficio.toml`` when it exists and no ``--config`` file was given."""
    path = Path(root) / CONFIG_NAME
    if _Applied.given is None and path.is_file() and path.resolve() != _Applied.file:
        use_file(path)


def effective() -> list[tuple[Setting, str, str]]:
    """Each setting with its value as text and where it came from: the environment,
    the settings file, or the default."""
    rows = []
    for setting in SETTINGS:
        text = os.environ.get(setting.env, "").strip()
        if not text:
            rows.append((setting, setting.shown, _("default")))
        elif _Applied.names.get(setting.env) == text:
            rows.append((setting, text, str(_Applied.file)))
        else:
            rows.append((setting, text, _("environment ({name})").format(name=setting.env)))
    return rows
