"""What ``oficio doctor`` checks: Tesseract, its language data, the Python libraries,
whether a workspace's store can be read by other users, and each worker of a Dask
cluster."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from oficio.errors import DaskClusterError
from oficio.extract.read import tesseract

MIN_TESSERACT = (4, 1)
LIBRARIES = ("pypdfium2", "pdfplumber", "pikepdf", "spacy", "scikit-learn",
             "prefect")


@dataclass
class Check:
    name: str
    ok: bool
    found: str
    fix: str = ""
    warning: bool = False  # a failed warning is shown, but does not fail the command


def run_checks() -> list[Check]:
    checks = [_tesseract()]
    languages = tesseract.languages()
    for code, package in (("spa", "tesseract-ocr-spa"), ("eng", "tesseract-ocr-eng"),
                          ("osd", "tesseract-ocr-osd")):
        checks.append(Check(
            f"Tesseract language '{code}'", code in languages,
            "installed" if code in languages else "not found",
            f"apt-get install -y {package}"
            + (f" (or set TESSDATA_PREFIX; now {os.environ['TESSDATA_PREFIX']})"
               if "TESSDATA_PREFIX" in os.environ else ""),
        ))
    checks.extend(_library(name) for name in LIBRARIES)
    return checks


def store_privacy(root: Path) -> Check:
    """Whether users other than the owner can read the workspace's store (the replies' full
    text, victims' names): the store readable by them in a folder they may enter."""
    database = root / "oficio.sqlite"
    store_mode, folder_mode = database.stat().st_mode, root.stat().st_mode
    readable = store_mode & (stat.S_IRGRP | stat.S_IROTH)
    enterable = folder_mode & (stat.S_IXGRP | stat.S_IXOTH)
    name = "Workspace store private"
    if not (readable and enterable):
        return Check(name, True, f"{database}: owner only", warning=True)
    found = (f"readable by others: {database} {stat.filemode(store_mode)} in "
             f"{root} {stat.filemode(folder_mode)}")
    return Check(name, False, found, f"chmod 700 {root} && chmod 600 {database}*",
                 warning=True)


def worker_checks(address: str) -> list[Check]:
    """One check per worker of the Dask cluster at ``address``: the client's oficio and
    pipeline version, Tesseract with Spanish and English (``oficio.corpus.batch.cluster``)."""
    from oficio.corpus.batch.cluster import unfit, workers

    try:
        found = workers(address)
    except DaskClusterError as error:
        return [Check(f"Dask cluster {address}", False, error.detail, error.hint)]
    checks = []
    for worker, facts in sorted(found.items()):
        seen = (f"oficio {facts.oficio} (pipeline {facts.pipeline}), Tesseract "
                f"{facts.tesseract or 'not found'}, languages {'+'.join(facts.languages)}")
        if fix := unfit(facts):
            checks.append(Check(f"Dask worker {worker}", False, seen, fix))
        elif facts.daemonic:  # it works, but a hostile file can stall or sink the worker
            checks.append(Check(
                f"Dask worker {worker}", False, f"{seen}; documents not isolated",
                "restart the worker with DASK_DISTRIBUTED__WORKER__DAEMON=False, so each "
                "document runs in its own process with its time and memory limits",
                warning=True))
        else:
            checks.append(Check(f"Dask worker {worker}", True, seen))
    return checks


def _tesseract() -> Check:
    version = tesseract.version()
    if version is None:
        return Check("Tesseract OCR", False, "not found", tesseract.APT)
    numbers = tuple(int(part) for part in version.split(".")[:2] if part.isdigit())
    if numbers < MIN_TESSERACT:
        return Check("Tesseract OCR", False, version,
                     f"version 4.1 or later is needed: {tesseract.APT}")
    return Check("Tesseract OCR", True, version)


def _library(name: str) -> Check:
    try:
        return Check(f"Python package {name}", True, metadata.version(name))
    except metadata.PackageNotFoundError:
        return Check(f"Python package {name}", False, "not found",
                     "reinstall oficio: pip install -e . (see README)")
