"""Which model version labels replies now, told without loading a model.

``oficio process`` asks at every run, to find the stored replies that another model
labelled; importing the model code (scikit-learn, skops) takes seconds, which a run with
nothing to do must not pay. ``oficio.models.registry`` loads the version named here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

DEFAULT_METADATA = Path(__file__).parent / "default_model.json"
MODEL_FILE = "model.skops"  # oficio.models.persistence.MODEL_FILE
VERSION_PATTERN = re.compile(r"^\d{4}\.\d{2}\.\d{2}-\d+$")


def active_version(models_root: Path) -> str | None:
    """The version named active in ``models_root`` (its ACTIVE file), if it is there."""
    marker = Path(models_root) / "ACTIVE"
    if not marker.is_file():
        return None
    name = marker.read_text(encoding="utf-8").strip()
    if VERSION_PATTERN.match(name) and (Path(models_root) / name / MODEL_FILE).is_file():
        return name
    return None


def labelling_version(workspace: Path) -> str:
    """The version that labels the replies of ``workspace``: its active model's, else the
    default model's (``LoadedModel.version`` of ``ModelRegistry.load_active``)."""
    version = active_version(Path(workspace) / "models")
    if version is not None:
        return version
    return str(json.loads(DEFAULT_METADATA.read_text(encoding="utf-8")).get("version", ""))
