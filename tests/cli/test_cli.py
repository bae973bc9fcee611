"""The oficio command as an analyst uses it: real files, real subprocesses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def oficio(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "oficio", *args],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=300,
    )


def test_extract_prints_pages_and_methods(examples):
    result = oficio("extract", str(examples / "09_mpfn_mixed.pdf"))
    assert result.returncode == 0, result.stderr
    assert "page 1 · text layer" in result.stdout
    assert "page 2 · OCR, confidence" in result.stdout
    assert "725 denuncias" in result.stdout


def test_extract_json_has_text_method_and_confidence(examples):
    result = oficio("extract", "--json", str(examples / "06_mpfn_photo.png"))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    (page,) = data["pages"]
    assert page["method"] == "ocr"
    assert 0.8 < page["confidence"] <= 1.0
    assert "Fiscalías Especializadas" in page["text"]


def test_broken_file_gives_one_clear_error_and_exit_code(examples):
    result = oficio("extract", str(examples / "99_broken.pdf"))
    assert result.returncode == 3
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "99_broken.pdf" in lines[0] and "E004" in lines[0]
    assert "Traceback" not in result.stderr


def test_a_mistyped_command_exits_2_and_says_so():
    result = oficio("proces", "folder")
    assert result.returncode == 2
    assert "No such command 'proces'" in result.stderr


def test_ocr_timeout_exit_code(examples):
    result = oficio("extract", "--timeout", "0.05", str(examples / "03_mpfn_carta_scan_300dpi.pdf"))
    assert result.returncode == 7
    assert "OCR TIMEOUT" in result.stdout
    assert "03_mpfn_carta_scan_300dpi.pdf" in result.stderr


def test_doctor_passes_here():
    result = oficio("doctor")
    assert result.returncode == 0, result.stdout
    assert "Tesseract language 'spa'" in result.stdout


def test_doctor_says_how_to_install_tesseract(tmp_path):
    env = dict(os.environ, PATH=str(tmp_path))  # no tesseract on this PATH
    result = oficio("doctor", env=env)
    assert result.returncode == 4
    assert "apt-get install -y tesseract-ocr" in result.stdout


def test_every_command_has_help():
    from typer.main import get_command

    from oficio.cli.main import app

    root = get_command(app)
    for name in root.commands:
        result = oficio(name, "--help")
        assert result.returncode == 0, name
        assert "Usage" in result.stdout


def test_python_m_and_console_script_agree():
    script = Path(sys.executable).parent / "oficio"
    result = subprocess.run([str(script), "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    assert "extract" in result.stdout and "doctor" in result.stdout


def test_document_children_do_not_rerun_the_oficio_script(tmp_path):
    """multiprocessing re-runs a main script given by path in every child; the installed
    ``oficio`` launcher must look like ``python -m oficio`` so that it is skipped."""
    launcher = tmp_path / "oficio"
    launcher.write_text(
        "import multiprocessing.spawn, sys\n"
        "from oficio.cli.main import _main_as_module\n"
        "_main_as_module()\n"
        "data = multiprocessing.spawn.get_preparation_data('child')\n"
        "sys.stdout.write(repr((data.get('init_main_from_name'),"
        " data.get('init_main_from_path'))))\n", encoding="utf-8")
    run = subprocess.run([sys.executable, str(launcher)], cwd=ROOT, capture_output=True,
                         text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert run.stdout == repr(("oficio.__main__", None)), run.stderr


def test_status_and_export_of_a_workspace_never_processed_say_so(tmp_path):
    missing = tmp_path / "typo-workspace"
    for args in (("status",), ("export", "--out", str(tmp_path / "out"))):
        result = oficio(*args, "--workspace", str(missing))
        assert result.returncode == 3
        assert "E206" in result.stderr and "oficio process" in result.stderr
    assert not missing.exists()
