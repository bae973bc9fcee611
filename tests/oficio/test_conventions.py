"""The conventions of the command: its version, quiet and verbose output, the settings file
and its precedence, the XLSX export, and a missing corpus folder. Real files, the real
command in a subprocess, as an analyst runs it."""

from __future__ import annotations

import importlib.metadata
import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, ROOT

PHOTO = EXAMPLES / "replies" / "06_mpfn_photo.png"


def oficio(*args: str, cwd: Path = ROOT, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("OFICIO_")}
    return subprocess.run([sys.executable, "-m", "oficio", *args], capture_output=True,
                          text=True, cwd=cwd, env=clean | env, timeout=300)


def test_version_prints_the_installed_version():
    result = oficio("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"oficio {importlib.metadata.version('oficio')}"


def test_a_setting_of_the_file_takes_effect(tmp_path):
    config = tmp_path / "equipo.toml"
    config.write_text("max_pixels = 10\n", encoding="utf-8")
    result = oficio("--config", str(config), "extract", str(PHOTO))
    assert result.returncode == 6, result.stderr
    assert "E006" in result.stderr


def test_the_environment_overrides_the_file(tmp_path):
    config = tmp_path / "equipo.toml"
    config.write_text("max_pixels = 1_000_000_000\n", encoding="utf-8")
    result = oficio("--config", str(config), "extract", str(PHOTO), OFICIO_MAX_PIXELS="10")
    assert result.returncode == 6, result.stderr
    assert "E006" in result.stderr


def test_the_workspace_file_reaches_a_batch_and_quiet_keeps_failures(tmp_path):
    corpus, ws = tmp_path / "corpus", tmp_path / "ws"
    corpus.mkdir()
    ws.mkdir()
    shutil.copy(PHOTO, corpus / PHOTO.name)
    (ws / "oficio.toml").write_text("max_pixels = 10\n", encoding="utf-8")
    result = oficio("-q", "process", str(corpus), "--workspace", str(ws))
    assert result.returncode == 8, result.stderr  # read in a document's own process
    lines = result.stdout.splitlines()
    assert len(lines) == 2, lines  # no progress, no summary: the failure and the tables
    # in Spanish, the default: these tests run the command as an analyst does
    assert lines[0].startswith(f"falló {PHOTO.name}: ") and "[E006]" in lines[0]
    assert lines[1] == f"Tablas: {ws / 'export'}"


def test_the_workspace_file_is_read_and_each_source_shown(tmp_path):
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "oficio.toml").write_text('ocr_dpi = 300\nocr_lang = "spa"\n', encoding="utf-8")
    result = oficio("settings", "--workspace", str(ws), OFICIO_OCR_LANG="eng")
    assert result.returncode == 0, result.stderr
    rows = {line.split(" = ")[0]: line for line in result.stdout.splitlines()}
    assert "300" in rows["ocr_dpi"] and "oficio.toml" in rows["ocr_dpi"]
    assert "eng" in rows["ocr_lang"] and "entorno" in rows["ocr_lang"]
    assert "predeterminado" in rows["doc_timeout"]


@pytest.mark.parametrize(("text", "named"), [
    ("ocr_dpy = 300\n", ["'ocr_dpy'", "ocr_dpi?"]),  # a typo: the nearest key is offered
    ('ocr_dpi = "alta"\n', ["ocr_dpi", "'alta'", "número entero"]),
    ("doc_timeout = 0\n", ["doc_timeout", "mayor que 0"]),
    ("ocr_dpi = \n", ["TOML"]),
])
def test_a_bad_file_is_a_coded_error_naming_file_and_key(tmp_path, text, named):
    config = tmp_path / "equipo.toml"
    config.write_text(text, encoding="utf-8")
    result = oficio("--config", str(config), "settings")
    assert result.returncode == 2, result.stdout
    line = result.stderr.strip()
    assert line.startswith("error: [E210]") and "equipo.toml" in line
    assert all(word in line for word in named), line
    assert "ajuste no válido" in line and "invalid setting" not in line  # Spanish only
    assert "Traceback" not in result.stderr
    english = oficio("--lang", "en", "--config", str(config), "settings").stderr
    assert english.startswith("error: [E210]") and "invalid setting" in english, english


def test_a_bad_environment_value_is_the_same_coded_error():
    result = oficio("settings", OFICIO_OCR_DPI="alta")
    assert result.returncode == 2
    assert "[E210] OFICIO_OCR_DPI" in result.stderr


def test_a_missing_corpus_folder_creates_nothing(tmp_path):
    result = oficio("process", "respuestas", "--workspace", "ws", cwd=tmp_path)
    assert result.returncode == 3
    assert "E306" in result.stderr and str(tmp_path / "respuestas") in result.stderr
    assert list(tmp_path.iterdir()) == []  # no ws, no oficio-workspace, no store


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    """A workspace of one reply and the sample registry: a dated reply, and missing rows."""
    root = tmp_path_factory.mktemp("xlsx")
    corpus = root / "corpus"
    corpus.mkdir()
    shutil.copy(EXAMPLES / "replies" / "12_rree_note.txt", corpus / "12_rree_note.txt")
    processed = oficio("process", str(corpus), "-w", str(root / "ws"), "--requests",
                       str(EXAMPLES / "requests.csv"))
    assert processed.returncode == 0, processed.stderr
    return root / "ws"


@pytest.fixture(scope="module")
def workbook(workspace: Path) -> Path:
    out = workspace.parent / "out"
    exported = oficio("export", "-w", str(workspace), "--format", "xlsx", "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    return out / "oficio.xlsx"


def test_quiet_prints_only_the_final_line(workspace):
    out = workspace.parent / "quiet"
    result = oficio("-q", "export", "-w", str(workspace), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"se escribió {out / 'mentions.parquet'}"]
    assert (out / "documents.csv").is_file()


def test_verbose_says_which_settings_file_it_read(tmp_path):
    config = tmp_path / "equipo.toml"
    config.write_text("ocr_dpi = 300\n", encoding="utf-8")
    result = oficio("-v", "--config", str(config), "settings")
    assert result.returncode == 0, result.stderr
    assert f"settings file {config}" in result.stderr


def test_the_xlsx_export_has_dates_numbers_filter_and_dropdowns(workbook):
    from openpyxl import load_workbook

    book = load_workbook(workbook)
    sheet = book["documents"]
    header = [cell.value for cell in sheet[1]]
    column = {name: index + 1 for index, name in enumerate(header)}
    rows = range(2, sheet.max_row + 1)

    def cells(name):
        return [sheet.cell(row=row, column=column[name]).value for row in rows]

    assert any(isinstance(value, datetime) for value in cells("letter_date"))
    assert all(isinstance(value, datetime) for value in cells("filed_on") if value)
    assert all(isinstance(value, int) for value in cells("pages"))
    assert all(isinstance(value, int | float) for value in cells("status_confidence") if value)
    assert all(isinstance(value, int) for value in cells("working_days_to_reply") if value)
    for name in ("documents", "figures", "mentions"):
        assert book[name].auto_filter.ref and book[name].auto_filter.ref.startswith("A1:")
        assert book[name].freeze_panes == "A2"
    validated = {str(validation.sqref).split(":")[0]: validation
                 for validation in sheet.data_validations.dataValidation}
    status = validated[f"{_letter(column['status'])}2"]
    assert status.type == "list"
    lists = book["_lists"]
    choices = [cell.value for cell in lists[status.formula1.split("!")[1].split(":")[0]
                                             .replace("$", "")[0]] if cell.value]
    assert choices == ["answered", "out_of_period", "missing"]
    assert f"{_letter(column['axes'])}2" not in validated  # a ;-list has no dropdown


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)
