"""Save and load models with skops only, refusing any type not on an allowlist.

pickle and joblib are never used to load: a model file is data from disk, and loading
a pickle runs whatever code it names.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

import skops.io as sio
from skops.io.exceptions import UntrustedTypesFoundException

from oficio.errors import ModelFileError, ModelHashError, UntrustedModelError
from oficio.models.classifier import ReplyClassifier

MODEL_FILE = "model.skops"
METADATA_FILE = "metadata.json"
HASH_KEY = "model_sha256"  # in the metadata: the sha256 of the model file's bytes

# Types skops does not trust by default that an oficio model is made of.
ALLOWED_TYPES = frozenset(
    {
        "oficio.models.classifier.ReplyClassifier",
        "oficio.models.features.HandFeatures",
        "oficio.models.features.TextNormalizer",
        "oficio.models.statement_axes.StatementAxes",
        "sklearn.calibration._CalibratedClassifier",
        "sklearn.calibration._SigmoidCalibration",
    }
)


def save_model(model: ReplyClassifier, path: str | Path) -> Path:
    """Write ``model`` as a compressed skops file at ``path``."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    sio.dump(model, target, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
    return target


def load_model(path: str | Path) -> ReplyClassifier:
    """Load a skops model file, refusing files that hold types outside ``ALLOWED_TYPES``.

    Raises ModelFileError (E102) for a file skops cannot read (a pickle, a damaged file)
    and UntrustedModelError (E101) for unexpected types.
    """
    source = Path(path)
    if not source.is_file():
        raise ModelFileError(source, detail="no such file")
    # One pass: skops audits the file's types against the list before it builds anything,
    # and raises for any other. Listing the file's types first read the file twice, which
    # took as long as loading it.
    try:
        model = sio.load(source, trusted=sorted(ALLOWED_TYPES))
    except UntrustedTypesFoundException:
        raise UntrustedModelError(source, detail=", ".join(_unexpected(source)[:5])) from None
    except Exception as error:  # noqa: BLE001  (any failure to parse means: not ours)
        raise ModelFileError(source, detail=type(error).__name__) from None
    if not isinstance(model, ReplyClassifier):
        raise UntrustedModelError(source, detail=f"holds a {type(model).__name__}")
    return model


def _unexpected(source: Path) -> list[str]:
    """The types of a refused file that oficio does not trust, to name them."""
    return sorted(set(sio.get_untrusted_types(file=source)) - ALLOWED_TYPES)


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_hash(path: str | Path, metadata: dict[str, Any]) -> None:
    """ModelHashError (E108) when the model file's sha256 is not the one its metadata
    recorded at training. Models saved before hashes were recorded have none to check."""
    recorded = metadata.get(HASH_KEY)
    if recorded is None:
        return
    if not Path(path).is_file():
        raise ModelFileError(path, detail="no such file")
    found = file_sha256(path)
    if found != recorded:
        raise ModelHashError(path, f"sha256 {found[:12]}..., recorded {str(recorded)[:12]}...")


def write_metadata(metadata: dict[str, Any], path: str | Path) -> None:
    Path(path).write_text(
        json.dumps(metadata, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )


def read_metadata(path: str | Path) -> dict[str, Any]:
    source = Path(path)
    try:
        return json.loads(source.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ModelFileError(source, detail=f"metadata: {type(error).__name__}") from None
