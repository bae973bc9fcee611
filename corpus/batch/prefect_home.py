"""A workspace's Prefect home: its database, copied from one Prefect migrated once, and
the server ``oficio serve`` runs on it, announced there for the batches of the workspace.

Prefect's server creates its database on its first start in a new home by running every
migration of its schema: most of a new workspace's start (docs/batch.md gives the
figures). The schema is the same for every workspace of one Prefect version, and a
database just migrated holds nothing else (only the schema's version). So oficio has
Prefect migrate one empty database per Prefect version, with Prefect's own command
(``prefect server database upgrade``), keeps it in the cache folder (``cache_dir``), and
gives each new workspace a copy; the server then finds its schema up to date.

Anything that goes wrong here (no room, a cache folder that cannot be written, the command
failing) only loses the shortcut: the server migrates the new home's database itself, as
before, and reports its own errors (a full disk: E307).
"""

from __future__ import annotations

import fcntl
import importlib.metadata
import json
import logging
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from oficio.extract.read.word_lists import cache_dir

log = logging.getLogger(__name__)
DATABASE = "prefect.db"
MIGRATE_TIMEOUT = 300.0  # seconds: far above the migrations, even on a busy machine


def seed_home(home: Path) -> bool:
    """Give the Prefect home ``home`` a copy of the migrated database when it has none;
    whether it got one."""
    target = home / DATABASE
    if target.exists() or os.environ.get("PREFECT_API_DATABASE_CONNECTION_URL"):
        return False  # a home in use, or a database elsewhere (PostgreSQL)
    partial = home / f".{DATABASE}.seed"
    try:
        template = migrated_database()
        home.mkdir(mode=0o700, parents=True, exist_ok=True)
        _copy(template, partial)
        os.replace(partial, target)
    except (OSError, sqlite3.Error, subprocess.SubprocessError) as error:
        log.debug("Prefect home %s not seeded (%s): its server migrates it", home, error)
        partial.unlink(missing_ok=True)
        return False
    return True


def migrated_database() -> Path:
    """The empty database Prefect migrated, for the installed Prefect version; made by
    Prefect's own command on first use (one process at a time, under a lock)."""
    folder = cache_dir()
    template = folder / f"prefect-{importlib.metadata.version('prefect')}.db"
    if template.exists():
        return template
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".prefect-db.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not template.exists():  # made by another batch while this one waited
            _migrate(folder, template)
    return template


def _migrate(folder: Path, template: Path) -> None:
    """Run Prefect's migrations on a new database in a home of its own, then move it to
    ``template``: whole or absent."""
    work = Path(tempfile.mkdtemp(prefix="prefect-home-", dir=folder))
    try:
        env = {**os.environ, "PREFECT_HOME": str(work), "PREFECT_PROFILES_PATH":
               str(work / "profiles.toml"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
        env.pop("PREFECT_API_URL", None)
        subprocess.run([sys.executable, "-m", "prefect", "server", "database", "upgrade",
                        "-y"], env=env, check=True, capture_output=True,
                       stdin=subprocess.DEVNULL, timeout=MIGRATE_TIMEOUT)
        partial = template.with_suffix(".partial")
        _copy(work / DATABASE, partial)
        # no write-ahead log: a copy read from it leaves no -wal and -shm files beside it
        # (the server turns the log on again in its copy)
        sqlite3.connect(partial).execute("PRAGMA journal_mode=DELETE").connection.close()
        os.replace(partial, template)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _copy(source: Path, target: Path) -> None:
    """A consistent copy of the SQLite database ``source`` (its write-ahead log included),
    readable by its owner only, as the workspace is."""
    target.unlink(missing_ok=True)
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT, 0o600))
    reading = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    writing = sqlite3.connect(target)
    try:
        reading.backup(writing)
    finally:
        writing.close()
        reading.close()


SERVING = "serving.json"  # the server ``oficio serve`` runs on this home, while it runs


@contextmanager
def announced(home: Path, url: str) -> Iterator[None]:
    """Say, for as long as the block runs, that the server at ``url`` serves ``home``:
    a batch on the same workspace then uses it (``served``) instead of starting its own
    on the same database, and its run shows in that server's UI as it goes."""
    path = home / SERVING
    path.write_text(json.dumps({"url": url, "pid": os.getpid()}), encoding="utf-8")
    try:
        yield
    finally:
        path.unlink(missing_ok=True)


def served(home: Path) -> str | None:
    """The API address of the server ``oficio serve`` runs on ``home``, if it runs and
    answers; else None (a file left by a serve that was killed is ignored)."""
    try:
        found = json.loads((home / SERVING).read_text(encoding="utf-8"))
        os.kill(int(found["pid"]), 0)
        with urllib.request.urlopen(f"{found['url']}/health", timeout=2) as response:
            return str(found["url"]) if response.status == 200 else None
    except (OSError, ValueError, KeyError, TypeError):
        return None
