"""Every command, option and setting is documented (a test fails when one is not)."""

from __future__ import annotations

import re

import click
from typer.main import get_command

from oficio.cli.main import app
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

    from oficio.errors import OficioError

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
    and its default as the table of settings (``oficio.settings``) holds them."""
    from oficio.settings import SETTINGS

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


# A Markdown link or image: [text](target) or [text](target "title"), and <https://...>.
LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)


def _markdown(folder):
    return sorted(path for path in folder.rglob("*.md") if path.is_file())


def _slugs(path) -> set[str]:
    """The anchors a Markdown renderer (GitHub's) gives the file's headings."""
    slugs, seen = set(), {}
    fenced = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            fenced = not fenced
        if fenced or not line.startswith("#"):
            continue
        title = line.lstrip("#").strip().lower()
        slug = re.sub(r"[^\w\- ]", "", title).replace(" ", "-")
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        slugs.add(slug if count == 0 else f"{slug}-{count}")
    return slugs


def test_no_doc_points_outside_the_repository():
    """Users have the repository only: a doc may not send them to a file beside it (the
    team's shared folder) or to an absolute path of the machine it was written on."""
    root = ROOT.resolve()
    wrong = []
    for path in _markdown(ROOT / "docs"):
        text = path.read_text(encoding="utf-8")
        for needle in ("/work/", "labeling-guide.md", "output-contract.md"):
            if needle in text:
                wrong.append(f"{path.relative_to(ROOT)}: mentions {needle}")
        for target in LINK.findall(text):
            if SCHEME.match(target) or target.startswith("#"):
                continue  # a web address, or a place in the same page
            file = target.split("#", 1)[0]
            if file.startswith(("/", "~", "\\")):
                wrong.append(f"{path.relative_to(ROOT)}: absolute link {target}")
            elif not (path.parent / file).resolve().is_relative_to(root):
                wrong.append(f"{path.relative_to(ROOT)}: link outside the repository {target}")
    assert not wrong, "\n".join(wrong)


def test_every_link_of_the_spanish_docs_resolves():
    """Every relative link and image of docs/es/ names a file of the repository, and its
    #anchor, in a Markdown file, one of that file's headings."""
    broken = []
    pages = _markdown(ROOT / "docs" / "es")
    assert {path.name for path in pages} >= {"README.md", "guia-de-uso.md",
                                              "guia-de-etiquetado.md"}
    for path in pages:
        for target in LINK.findall(path.read_text(encoding="utf-8")):
            if SCHEME.match(target):
                continue
            file, _, anchor = target.partition("#")
            resolved = (path.parent / file).resolve() if file else path
            if not resolved.exists():
                broken.append(f"{path.relative_to(ROOT)}: {target} (no such file)")
            elif anchor and resolved.suffix == ".md" and anchor not in _slugs(resolved):
                broken.append(f"{path.relative_to(ROOT)}: {target} (no such heading)")
    assert not broken, "\n".join(broken)


def test_the_labeling_guide_names_every_label_as_the_queue_accepts_it():
    """docs/es/guia-de-etiquetado.md shows each code beside the Spanish name the review
    queue accepts for it (oficio.annotations.records.SPANISH_NAMES), on one table row."""
    from oficio.labels import SPANISH_NAMES

    guide = (ROOT / "docs" / "es" / "guia-de-etiquetado.md").read_text(encoding="utf-8")
    rows = [line for line in guide.splitlines() if line.startswith("|")]
    missing = [f"{field}: {code} / {name}" for field, names in SPANISH_NAMES.items()
               for code, name in names.items()
               if not any(f"| `{code}` | {name} |" in row for row in rows)]
    assert not missing, f"labels the guide does not show with their Spanish name: {missing}"
