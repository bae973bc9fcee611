"""The house keeps its plan (docs/architecture.md): one installed package, every folder of
it listed for the build, and each shared word defined in one module only."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

from tests.conftest import ROOT

# The folders mapped under the oficio package (pyproject.toml, package-dir).
ROOMS = {"oficio": "oficio", "oficio.extract": "extract", "oficio.models": "models",
         "oficio.corpus": "corpus", "oficio.annotations": "annotations"}
# Each shared word and the one module that may define it.
HOMES = {"AXES": "oficio/labels.py", "STATUSES": "oficio/labels.py",
         "MISSING_KINDS": "oficio/labels.py", "LEARNED_KINDS": "oficio/labels.py",
         "SPANISH_NAMES": "oficio/labels.py", "CLASS_FIELDS": "oficio/labels.py",
         "Period": "oficio/labels.py"}


def _modules() -> list[Path]:
    return [path for folder in ROOMS.values() for path in (ROOT / folder).rglob("*.py")]


def test_every_folder_of_the_package_is_listed_for_the_build():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    assert config["tool"]["setuptools"]["package-dir"] == ROOMS
    found = set()
    for package, folder in ROOMS.items():
        for init in (ROOT / folder).rglob("__init__.py"):
            inner = init.parent.relative_to(ROOT / folder).parts
            found.add(".".join((package, *inner)))
    assert found <= listed, f"not listed in pyproject.toml: {sorted(found - listed)}"


def test_each_shared_word_is_defined_in_one_module():
    defined: dict[str, list[str]] = {}
    for path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            targets = node.targets if isinstance(node, ast.Assign) else \
                [node.target] if isinstance(node, ast.AnnAssign) else []
            for target in targets:
                if isinstance(target, ast.Name) and target.id in HOMES:
                    defined.setdefault(target.id, []).append(str(path.relative_to(ROOT)))
    wrong = {word: places for word, places in defined.items() if places != [HOMES[word]]}
    assert not wrong, f"defined outside their home: {wrong}"
