"""Word lists and tables built from installed data, kept on disk so that each process
reads them back.

The Spanish and English vocabulary (``oficio.extract.read.language.vocabulary``) is built from
spacy-lookups-data's lemma tables, in every process that needs it, and so is the
institution matcher's folded copy; read back from a plain list it is much cheaper. The
lemma tables themselves are only looked up for a few words per document, so they are
searched on disk by bisection (``WordTable``) instead of loaded. What this saves is
measured in docs/batch.md ("What each speed-up saves"). The lists hold dictionary words
only, never anything from a document.

A list lives in the cache folder (``OFICIO_CACHE_DIR``, else ``$XDG_CACHE_HOME/oficio``,
else ``~/.cache/oficio``) under a name that carries a digest of the data's version and of
the code that builds it, so an upgrade builds a new one. Its lines are sorted, ``word``
or ``word<TAB>value``. It is written to a temporary file and renamed, and its first line
gives its line count, so a torn or foreign file is never taken for a list. Writing a list
removes its versions under other digests, so that upgrades do not pile up copies (35 MB
each). A file that cannot be read or written is rebuilt in memory: the cache only saves
time.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Mapping
from contextlib import suppress
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

log = logging.getLogger(__name__)
FORMAT = 2  # 2: sorted lines, each ending in a newline; tables
HEADER = "oficio word list"
DATA_PACKAGES = ("spacy-lookups-data", "spacy")  # lemma tables, stop words
_SEPARATORS = frozenset("\t\n\r")


def cache_dir() -> Path:
    """The folder for derived data: ``OFICIO_CACHE_DIR``, else the user's cache folder."""
    configured = os.environ.get("OFICIO_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "oficio"


def cached_words(name: str, build: Callable[[], Iterable[str]],
                 sources: Iterable[Path] = ()) -> frozenset[str]:
    """The word list ``name`` as a set (for many lookups): read from the cache folder,
    else built and saved there.

    ``sources``: the code files ``build`` depends on (and the text folding it uses); a
    change to any of them gives the list a new name, so a stale list is never read."""
    body = _cached(name, lambda: dict.fromkeys(build(), ""), sources)
    return frozenset(body.decode("utf-8").split("\n")[:-1])


def cached_table(name: str, build: Callable[[], Mapping[str, str]],
                 sources: Iterable[Path] = ()) -> WordTable:
    """The table ``name`` (word → value), searched where it lies (for a few lookups):
    read from the cache folder, else built and saved there (``sources`` as above)."""
    return WordTable(_cached(name, build, sources))


class WordTable:
    """Sorted lines ``key`` or ``key<TAB>value``, searched by bisection: nothing to load,
    about 12 µs per lookup."""

    def __init__(self, body: bytes) -> None:
        self._body = body

    def __contains__(self, key: str) -> bool:
        return self._find(key) is not None

    def __len__(self) -> int:
        return self._body.count(b"\n")

    def get(self, key: str, default: str | None = None) -> str | None:
        found = self._find(key)
        return default if found is None else found

    def _find(self, key: str) -> str | None:
        body, target = self._body, key.encode("utf-8")
        low, high = 0, len(body)  # both at line starts
        while low < high:
            start = body.rfind(b"\n", low, (low + high) // 2) + 1 or low
            end = body.index(b"\n", start)
            line_key, tab, value = body[start:end].partition(b"\t")
            if line_key == target:
                return value.decode("utf-8") if tab else ""
            if line_key < target:
                low = end + 1
            else:
                high = start
        return None


def _cached(name: str, build: Callable[[], Mapping[str, str]], sources: Iterable[Path]
            ) -> bytes:
    """The sorted lines of list ``name``, read back or built and saved."""
    path = cache_dir() / f"{name}-{_fingerprint(sources)}.txt"
    body = _read(path)
    if body is None:
        body = _lines(build())
        if _write(path, body):
            _remove_other_versions(name, path)
    return body


def _lines(entries: Mapping[str, str]) -> bytes:
    """``key`` or ``key<TAB>value`` lines in key order (UTF-8 byte order is code point
    order); entries a line cannot hold are left out."""
    lines = [
        f"{key}\t{value}\n" if value else f"{key}\n"
        for key, value in sorted(entries.items())
        if key and not _SEPARATORS.intersection(key + value)
    ]
    return "".join(lines).encode("utf-8")


def _read(path: Path) -> bytes | None:
    try:
        header, _, body = path.read_bytes().partition(b"\n")
    except OSError:
        return None
    if header != _header(body):
        log.info("rebuilding the word list %s: the cached copy is incomplete", path.name)
        return None
    return body


def _write(path: Path, body: bytes) -> bool:
    """Save the list; whether it was saved."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    except OSError as error:
        _not_cached(path, error)
        return False
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(_header(body) + b"\n" + body)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        _not_cached(path, error)
        return False
    return True


def _remove_other_versions(name: str, kept: Path) -> None:
    """Delete the copies of list ``name`` built by other versions (other digests). A
    process still using one has read it whole; it builds it again if it asks again."""
    version = re.compile(rf"{re.escape(name)}-[0-9a-f]{{16}}\.txt")
    for path in kept.parent.glob(f"{name}-*.txt"):
        if path != kept and version.fullmatch(path.name):
            with suppress(OSError):  # the cache only saves time
                path.unlink()


def _header(body: bytes) -> bytes:
    """The first line: the list's line count, so that a torn copy is not taken for it."""
    lines = body.count(b"\n")
    return f"{HEADER} {lines}".encode()


def _not_cached(path: Path, error: OSError) -> None:
    log.info("word list %s not cached (%s): it is built again next time", path.name,
             type(error).__name__)


def _fingerprint(sources: Iterable[Path]) -> str:
    """A digest of this format, the data packages' versions and the code that builds the
    list."""
    digest = hashlib.sha256(f"v{FORMAT} {_data_versions()}".encode())
    for source in sources:
        digest.update(Path(source).read_bytes())
    return digest.hexdigest()[:16]


@cache
def _data_versions() -> str:
    """The data packages' versions, looked up once per process (each list asks)."""
    found = []
    for package in DATA_PACKAGES:
        try:
            found.append(f"{package} {version(package)}")
        except PackageNotFoundError:
            found.append(f"{package} none")
    return ", ".join(found)
