"""Word lists built from installed data, kept on disk so that each process reads them back.

The Spanish and English vocabulary (``extract.language.vocabulary``) is built from
spacy-lookups-data's lemma tables: half a second in every process that needs it, and the
institution matcher's folded copy another quarter. Read back from a plain list it takes
0.15 s. The lists hold dictionary words only, never anything from a document.

A list lives in the cache folder (``OFICIO_CACHE_DIR``, else ``$XDG_CACHE_HOME/oficio``,
else ``~/.cache/oficio``) under a name that carries a digest of the data's version and of
the code that builds it, so an upgrade builds a new one. It is written to a temporary
file and renamed, and its first line gives its word count, so a torn or foreign file is
never taken for a list. A file that cannot be read or written is rebuilt in memory: the
cache only saves time.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from collections.abc import Callable, Iterable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

log = logging.getLogger(__name__)
FORMAT = 1
HEADER = "oficio word list"
DATA_PACKAGES = ("spacy-lookups-data", "spacy")  # lemma tables, stop words


def cache_dir() -> Path:
    """The folder for derived data: ``OFICIO_CACHE_DIR``, else the user's cache folder."""
    configured = os.environ.get("OFICIO_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "oficio"


def cached_words(name: str, build: Callable[[], Iterable[str]],
                 sources: Iterable[Path] = ()) -> frozenset[str]:
    """The word list ``name``: read from the cache folder, else built and saved there.

    ``sources``: the code files ``build`` depends on (and the text folding it uses); a
    change to any of them gives the list a new name, so a stale list is never read."""
    path = cache_dir() / f"{name}-{_fingerprint(sources)}.txt"
    words = _read(path)
    if words is None:
        words = frozenset(w for w in build() if w and "\n" not in w and "\r" not in w)
        _write(path, words)
    return words


def _read(path: Path) -> frozenset[str] | None:
    try:
        with open(path, encoding="utf-8", newline="") as source:
            header, _, body = source.read().partition("\n")
    except (OSError, UnicodeDecodeError):
        return None
    words = frozenset(body.split("\n")) if body else frozenset()
    if header != f"{HEADER} {len(words)}":
        log.info("rebuilding the word list %s: the cached copy is incomplete", path.name)
        return None
    return words


def _write(path: Path, words: frozenset[str]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    except OSError as error:
        _not_cached(path, error)
        return
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(f"{HEADER} {len(words)}\n" + "\n".join(words))
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        _not_cached(path, error)


def _not_cached(path: Path, error: OSError) -> None:
    log.info("word list %s not cached (%s): it is built again next time", path.name,
             type(error).__name__)


def _fingerprint(sources: Iterable[Path]) -> str:
    """A digest of this format, the data packages' versions and the code that builds the
    list."""
    digest = hashlib.sha256(f"v{FORMAT}".encode())
    for package in DATA_PACKAGES:
        try:
            digest.update(f"{package} {version(package)}".encode())
        except PackageNotFoundError:
            digest.update(f"{package} none".encode())
    for source in sources:
        digest.update(Path(source).read_bytes())
    return digest.hexdigest()[:16]
