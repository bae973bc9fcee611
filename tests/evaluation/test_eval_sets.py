"""`oficio eval --set`: the active model scored on a folder of replies with their gold."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from oficio.cli.main import app
from oficio.evaluation.sets import sender_right
from tests.conftest import ROOT

runner = CliRunner()
ANSWERED = ("OFICIO N° 44-2019-MIMP/DGCVG\nLima, 2 de abril de 2019\n\nEn atención a su "
            "solicitud sobre la trata de personas en el año 2018, se informa que ese año se "
            "realizaron 12 talleres de prevención con 480 docentes y se invirtió "
            "S/ 35,000.00.\n\nAtentamente,")
ACKNOWLEDGED = ("CARTA N° 9-2019-MPP/SG\nPiura, 3 de abril de 2019\n\nAcusamos recibo de su "
                "solicitud sobre la trata de personas; se encuentra en trámite y la respuesta "
                "se le remitirá oportunamente.\n\nAtentamente,")


def _set(folder: Path) -> Path:
    folder.mkdir()
    gold = [
        {"id": "t1", "files": {"native": "t1.txt"}, "status": "answered", "missing_kind": None,
         "axes": ["prevention"], "on_topic": True, "period_start": "2018-01-01",
         "period_end": "2018-12-31", "sender": {"name": "Ministerio de la Mujer y Poblaciones "
                                                "Vulnerables", "acronym": "MIMP"},
         "reference": "OFICIO N° 44-2019-MIMP/DGCVG",
         "figures": [{"kind": "money", "value": 35000.0, "currency": "PEN", "page": 1,
                      "role": None}]},
        {"id": "t2", "files": {"native": "t2.txt"}, "status": "missing",
         "missing_kind": "acknowledgment", "axes": [], "on_topic": True,
         "sender": {"name": "Municipalidad Provincial de Piura"},
         "reference": "CARTA N° 9-2019-MPP/SG", "figures": []},
    ]
    (folder / "gold.jsonl").write_text("\n".join(json.dumps(g) for g in gold) + "\n",
                                       encoding="utf-8")
    (folder / "t1.txt").write_text(ANSWERED, encoding="utf-8")
    (folder / "t2.txt").write_text(ACKNOWLEDGED, encoding="utf-8")
    return folder


def test_eval_scores_the_active_model_on_a_set(tmp_path):
    folder = _set(tmp_path / "set")
    result = runner.invoke(app, ["eval", "--set", str(folder), "--workspace",
                                 str(tmp_path / "ws")])
    assert result.exit_code == 0, result.output
    assert "set (native): 2 replies" in result.output
    assert "status macro-F1 1.000" in result.output
    assert "missing_kind: acknowledgment" in result.output
    assert "off-topic documents given an axis: 0/0" in result.output


def test_a_folder_without_gold_is_e109(tmp_path):
    (tmp_path / "empty").mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "oficio", "eval", "--set", str(tmp_path / "empty"),
         "--workspace", str(tmp_path / "ws")], capture_output=True, text=True, cwd=ROOT,
        timeout=300)
    assert result.returncode == 3
    assert "[E109]" in result.stderr and "gold.jsonl" in result.stderr


def test_a_sender_is_scored_by_the_gazetteer_entry_the_gold_names():
    mp = {"sender": {"name": "Ministerio Público - Fiscalía de la Nación"}}
    assert sender_right("mpfn", mp) and not sender_right(None, mp)
    # A unit the gazetteer lacks is reported as written, with no id, not as its parent.
    unit = {"sender": {"name": "Ministerio Público - Fiscalía Provincial Especializada en "
                               "Delitos de Trata de Personas de Arequipa"}}
    assert sender_right(None, unit) and sender_right("mpfn", unit)
    unknown = {"sender": {"name": "Fiscalía Provincial Especializada en Delitos de Trata de "
                                  "Personas de Tacna"}}
    assert sender_right(None, unknown) and not sender_right("mpfn", unknown)
