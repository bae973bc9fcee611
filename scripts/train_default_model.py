"""Train the default model shipped in the package from the bundled train split.

Writes models/default_model.skops and models/default_model.json (metadata with CV and
held-out metrics). Usage:

    python scripts/train_default_model.py [--bundled annotations/bundled/replies.jsonl] [--seed 0]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from oficio.annotations.bundled import BUNDLED_PATH, training_replies  # noqa: E402
from oficio.models.persistence import HASH_KEY, file_sha256, save_model, write_metadata  # noqa: E402
from oficio.models.registry import DEFAULT_METADATA, DEFAULT_MODEL  # noqa: E402
from oficio.models.release import train_release  # noqa: E402
from oficio.models.training import build_examples  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundled", type=Path, default=None,
                        help="a bundled set in place of the shipped one (and its written replies)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    examples = build_examples(training_replies(args.bundled))
    result = train_release(examples, seed=args.seed)
    result.metadata["version"] = _new_version("default-" + datetime.now(UTC).strftime("%Y.%m.%d"))
    bundled = args.bundled or BUNDLED_PATH
    result.metadata["bundled_file_sha256"] = hashlib.sha256(bundled.read_bytes()).hexdigest()
    save_model(result.model, DEFAULT_MODEL)
    result.metadata[HASH_KEY] = file_sha256(DEFAULT_MODEL)  # checked at every load
    write_metadata(result.metadata, DEFAULT_METADATA)
    for name in ("cv", "heldout"):
        metrics = result.metadata["metrics"][name]
        if metrics:
            print(
                f"{name}: n={metrics['n']} axes micro-F1 {metrics['axes_micro_f1']:.4f} "
                f"macro-F1 {metrics['axes_macro_f1']:.4f} "
                f"status macro-F1 {metrics['status_macro_f1']:.4f}"
            )
    size = DEFAULT_MODEL.stat().st_size / 1e6
    print(f"wrote {DEFAULT_MODEL} ({size:.1f} MB) and {DEFAULT_METADATA}")


def _new_version(day: str) -> str:
    """``day``, or ``day-2``, ``day-3``... when the shipped model was trained that day (as
    a workspace names its versions): the field calibration and the figures recorded are
    bound to a version, never to two models."""
    shipped = json.loads(DEFAULT_METADATA.read_text(encoding="utf-8")).get("version", "") \
        if DEFAULT_METADATA.is_file() else ""
    if not shipped.startswith(day):
        return day
    serial = shipped[len(day):].lstrip("-")
    return f"{day}-{int(serial) + 1 if serial.isdigit() else 2}"


if __name__ == "__main__":
    main()
