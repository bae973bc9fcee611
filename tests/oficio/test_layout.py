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


def test_text_is_folded_in_one_module():
    """Accents are dropped by decomposing (NFD, NFKD) in oficio/textfold.py only; a
    second folding rule elsewhere would make two modules disagree on the same word."""
    elsewhere = []
    for path in _modules():
        if path == ROOT / "oficio" / "textfold.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and ast.unparse(node.func).endswith("normalize") \
                    and node.args and isinstance(node.args[0], ast.Constant) \
                    and node.args[0].value in ("NFD", "NFKD"):
                elsewhere.append(f"{path.relative_to(ROOT)}:{node.lineno}")
            elif isinstance(node, ast.FunctionDef) and node.name.lstrip("_") == "fold":
                elsewhere.append(f"{path.relative_to(ROOT)}: def {node.name}")
    assert not elsewhere, f"text folded outside oficio/textfold.py: {elsewhere}"


def _module_names() -> dict[str, Path]:
    names = {}
    for package, folder in ROOMS.items():
        for path in (ROOT / folder).rglob("*.py"):
            parts = path.relative_to(ROOT / folder).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            names[".".join((package, *parts))] = path
    return names


def _imports(path: Path, names: dict[str, Path]) -> set[str]:
    """The modules of the package that a file imports, at its top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name in names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module in names:
                found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names
                      if f"{node.module}.{alias.name}" in names}
    return found


def test_no_files_import_each_other_in_a_circle():
    names = _module_names()
    graph = {name: _imports(path, names) - {name} for name, path in names.items()}
    circles = [sorted(group) for group in _strongly_connected(graph) if len(group) > 1]
    assert not circles, f"import circles: {circles}"


def _strongly_connected(graph: dict[str, set[str]]) -> list[set[str]]:
    """Tarjan's strongly connected components, iteratively."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.add(member)
                    if member == node:
                        break
                groups.append(group)
    return groups


# The floors of the house, from the bottom: a file imports its own floor or lower ones.
# The shared words (oficio/labels.py, textfold.py, errors.py, i18n.py, settings.py) are
# the ground floor; __main__ is the door, above everything.
FLOORS = ("oficio.extract", "oficio.annotations", "oficio.models", "oficio.corpus",
          "oficio.evaluation", "oficio.cli", "oficio.__main__")


def _floor(module: str) -> int:
    return next((i + 1 for i, room in enumerate(FLOORS)
                 if module == room or module.startswith(room + ".")), 0)


def test_no_file_imports_a_floor_above_its_own():
    names = _module_names()
    upward = sorted(f"{module} imports {imported}"
                    for module, path in names.items() for imported in _imports(path, names)
                    if _floor(imported) > _floor(module))
    assert not upward, f"imports back up: {upward}"


def test_every_error_is_defined_in_the_errors_module_with_its_own_code():
    elsewhere = []
    for path in _modules():
        if path == ROOT / "oficio" / "errors.py":
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            # oficio's errors derive from OficioError; a private exception of control flow
            # (an expat handler's stop, a read Prefect retries) derives from Exception
            if isinstance(node, ast.ClassDef) and any(
                    ast.unparse(base).endswith("Error") for base in node.bases):
                elsewhere.append(f"{path.relative_to(ROOT)}: {node.name}")
    assert not elsewhere, f"errors defined outside oficio/errors.py: {elsewhere}"
    from oficio import errors

    codes = [cls.code for cls in vars(errors).values()
             if isinstance(cls, type) and issubclass(cls, errors.OficioError)
             and "code" in cls.__dict__]
    assert len(codes) == len(set(codes)), "two errors share a code"
