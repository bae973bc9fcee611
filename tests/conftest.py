"""Shared fixtures: the sample corpus, and real files made on the fly for error cases."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
# oficio speaks Spanish by default. The suite's assertions on messages read English (as
# `--lang en` gives them, in this process and the `oficio` processes tests start); a test
# of the Spanish output sets the language itself (``spanish`` below, tests/oficio/test_i18n.py).
os.environ.setdefault("OFICIO_LANG", "en")


@pytest.fixture
def spanish(monkeypatch):
    """The default language, Spanish, for one test."""
    monkeypatch.delenv("OFICIO_LANG", raising=False)


@pytest.fixture(scope="session")
def examples() -> Path:
    """The sample reply files."""
    return EXAMPLES / "replies"


def sample_corpus(examples: Path, folder: Path, names: list[str]) -> Path:
    """A corpus folder of sample replies; those named 0... go in a subfolder."""
    (folder / "sub").mkdir(parents=True)
    for name in names:
        shutil.copy(examples / name, folder / ("sub" if name.startswith("0") else "") / name)
    return folder


def truth(name: str) -> str:
    """The text a sample file was made from."""
    return (EXAMPLES / "truth" / f"{name}.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session", autouse=True)
def prefect_home(tmp_path_factory):
    """One Prefect home per test process: its first start (migrations) is paid once."""
    os.environ.setdefault("PREFECT_HOME", str(tmp_path_factory.mktemp("prefect")))
