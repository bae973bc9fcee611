"""Every command, option and setting is documented (a test fails when one is not)."""

from __future__ import annotations

import re

import click
from typer.main import get_command

from corpus.cli import app
from tests.conftest import ROOT

DOCS = "\n".join(path.read_text(encoding="utf-8") for path in (ROOT / "docs").glob("*.md"))


def _commands(group: click.Command, prefix: str = "oficio"):
    for name, command in getattr(group, "commands", {}).items():
        yield f"{prefix} {name}", command
        yield from _commands(command, f"{prefix} {name}")


def test_every_command_is_documented():
    missing = [name for name, _ in _commands(get_command(app)) if f"`{name}" not in DOCS]
    assert not missing, f"undocumented commands: {missing}"


def test_every_option_is_documented():
    missing = []
    root = get_command(app)
    for name, command in [("oficio", root), *_commands(root)]:  # the root's: --version...
        for param in command.params:
            for option in param.opts:
                if option.startswith("--") and f"`{option}" not in DOCS:
                    missing.append(f"{name} {option}")
    assert not missing, f"undocumented options: {missing}"


def test_every_setting_is_documented():
    settings = set()
    for path in ROOT.glob("[a-z]*/**/*.py"):
        if ".venv" not in path.parts:
            settings.update(re.findall(r"\bOFICIO_[A-Z_]+\b", path.read_text(encoding="utf-8")))
    missing = sorted(name for name in settings if f"`{name}`" not in DOCS)
    assert not missing, f"undocumented settings: {missing}"


def _subclasses(cls: type) -> set[type]:
    found = set(cls.__subclasses__())
    for sub in list(found):
        found |= _subclasses(sub)
    return found


def test_every_error_code_is_documented():
    import importlib
    import pkgutil

    from extract.errors import OficioError

    for package in ("extract", "models", "annotations", "corpus"):
        module = importlib.import_module(package)
        for info in pkgutil.walk_packages(module.__path__, f"{package}."):
            if info.name.endswith("flow"):
                continue  # imports Prefect; holds no error class
            importlib.import_module(info.name)
    codes = {cls.code for cls in _subclasses(OficioError)}
    missing = sorted(code for code in codes - {"E000"} if code not in DOCS)
    assert not missing, f"undocumented error codes: {missing}"


def test_every_key_of_the_settings_file_is_documented():
    """docs/settings.md has a row per key of oficio.toml: the key, its environment variable
    and its default as the table of settings (``extract.settings``) holds them."""
    from extract.settings import SETTINGS

    rows = {}
    for line in (ROOT / "docs" / "settings.md").read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("| `") and len(cells) == 4:
            rows[cells[0].strip("`")] = cells
    wrong = []
    for setting in SETTINGS:
        row = rows.get(setting.key)
        if row is None or row[1] != f"`{setting.env}`" or row[3] != f"`{setting.shown}`":
            wrong.append(f"{setting.key} ({setting.env}, default {setting.shown}): {row}")
    assert not wrong, f"settings not documented as they are: {wrong}"
    unknown = sorted(set(rows) - {setting.key for setting in SETTINGS})
    assert not unknown, f"documented keys oficio does not read: {unknown}"
