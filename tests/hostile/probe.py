"""Load files one by one with ``oficio.extract.read.loader.load`` and print what happened as one
JSON line.

Run in a child process by the hostile tests (``python -m tests.hostile.probe PATH...``), so
that a file that hangs or exhausts memory can be stopped from outside.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from oficio.errors import OficioError
from oficio.extract.read.loader import load
from oficio.extract.read.options import LoadOptions


def probe(path: Path) -> dict:
    start = time.perf_counter()
    outcome: dict = {"path": str(path)}
    try:
        document = load(path, LoadOptions(jobs=1, ocr_timeout=30))
    except OficioError as error:
        outcome.update(kind="oficio_error", code=error.code, error=type(error).__name__,
                       message=str(error))
    except BaseException as error:  # noqa: BLE001  the test reports any foreign exception
        outcome.update(kind="foreign", error=type(error).__name__, message=str(error)[:300])
    else:
        outcome.update(kind="document", pages=len(document.pages),
                       chars=sum(len(page.text) for page in document.pages),
                       warnings=document.warnings,
                       failed_pages=[page.status for page in document.failed_pages])
    outcome["seconds"] = round(time.perf_counter() - start, 2)
    return outcome


if __name__ == "__main__":
    for argument in sys.argv[1:]:
        sys.stdout.write(json.dumps(probe(Path(argument))) + "\n")
        sys.stdout.flush()
