"""A new workspace's Prefect database is a copy of one Prefect's own command migrated once
(``oficio.corpus.batch.prefect_home``); anything wrong only loses the shortcut."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from oficio.corpus.batch.prefect_home import DATABASE, migrated_database, seed_home


def revision(database: Path) -> str:
    connection = sqlite3.connect(database)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("OFICIO_CACHE_DIR", str(folder))
    monkeypatch.delenv("PREFECT_API_DATABASE_CONNECTION_URL", raising=False)
    return folder


def test_a_new_home_gets_a_private_copy_of_the_migrated_database(tmp_path, cache):
    home = tmp_path / "ws" / ".prefect"
    assert seed_home(home)
    template = migrated_database()
    assert template.parent == cache and template.name.startswith("prefect-")
    copy = home / DATABASE
    assert revision(copy) == revision(template)  # Prefect's schema, at its head
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert sorted(p.name for p in cache.iterdir() if p.name.startswith("prefect-")) == [
        template.name]  # no -wal, -shm or partial file left beside it
    assert not seed_home(home)  # a home with a database is never overwritten
    assert revision(copy) == revision(template)


def test_a_home_that_cannot_be_seeded_is_left_to_the_server(tmp_path, cache, monkeypatch):
    cache.parent.mkdir(exist_ok=True)
    cache.write_text("a file where the cache folder should be")
    home = tmp_path / "ws" / ".prefect"
    assert not seed_home(home)
    assert not (home / DATABASE).exists()
    monkeypatch.setenv("PREFECT_API_DATABASE_CONNECTION_URL", "postgresql+asyncpg://x/y")
    assert not seed_home(tmp_path / "other")  # a database elsewhere: nothing to copy
