"""oficio installs as one package (docs/architecture.md): its folders are mapped under
``oficio``, so ``import models`` in a user's notebook is never oficio's. Checked for the
editable install the suite runs in and for a wheel built from the sources."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

FOLDERS = ("extract", "models", "corpus", "annotations")
# What the wheel is built from: the build's configuration and the mapped folders.
SOURCES = ("pyproject.toml", "README.md", "oficio", *FOLDERS)


def _python(code: str, cwd: Path, env: dict[str, str] | None = None
            ) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True,
                          text=True, env=env, check=False)


@pytest.mark.parametrize("folder", FOLDERS)
def test_a_folder_of_the_project_is_not_importable_at_top_level(folder, tmp_path):
    # from outside the repository, as a user's notebook would
    result = _python(f"import {folder}", cwd=tmp_path)
    assert result.returncode != 0
    assert "ModuleNotFoundError" in result.stderr


def test_the_folders_are_importable_under_oficio(tmp_path):
    result = _python("import oficio.models, oficio.extract.read.loader, oficio.corpus.batch.run,"
                     " oficio.annotations.bundled; print(oficio.models.__name__)", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "oficio.models"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """A wheel built with the project's build backend from a copy of the sources (a build
    in the checkout would leave build/ and egg-info folders in it)."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    source.mkdir()
    for name in SOURCES:
        origin = ROOT / name
        if origin.is_dir():
            shutil.copytree(origin, source / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        elif origin.exists():
            shutil.copy2(origin, source / name)
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-qq", "--no-deps", "--no-build-isolation",
         "--no-index", "-w", str(work / "dist"), str(source)],
        capture_output=True, text=True, check=False)
    assert built.returncode == 0, built.stderr
    (path,) = (work / "dist").glob("oficio-*.whl")
    return path


def test_a_wheel_installs_oficio_and_nothing_else(wheel):
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    tops = {name.split("/")[0] for name in names}
    assert tops == {"oficio", wheel.name.split("-")[0] + "-" + wheel.name.split("-")[1]
                    + ".dist-info"}
    # the data the package reads at run time is in it
    for needed in ("oficio/annotations/bundled/replies.jsonl", "oficio/extract/data/",
                   "oficio/locale/es/LC_MESSAGES/oficio.mo"):
        assert any(name.startswith(needed) for name in names), needed
    assert any(name.startswith("oficio/models/") and name.endswith(".skops") for name in names)


def test_a_wheel_s_oficio_reads_a_reply(wheel, tmp_path, examples):
    unpacked = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(unpacked)
    env = {**os.environ, "PYTHONPATH": str(unpacked)}
    code = ("import oficio.extract, sys\n"
            "from oficio.extract.read.loader import load\n"
            f"document = load({str(examples / '12_rree_note.txt')!r})\n"
            "print(oficio.extract.__file__)\n"
            "print(len(document.text) > 100)\n")
    result = _python(code, cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    where, read = result.stdout.split()
    assert Path(where).is_relative_to(unpacked)  # the wheel's copy, not the checkout's
    assert read == "True"
