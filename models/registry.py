"""Model versions in a workspace (``<ws>/models/<version>/``, ``ACTIVE``) and the default
model shipped in the package."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from oficio.errors import ModelError, ModelFileError, NoModelError
from oficio.models.active import DEFAULT_METADATA, VERSION_PATTERN, active_version
from oficio.models.classifier import ReplyClassifier
from oficio.models.persistence import (
    HASH_KEY,
    METADATA_FILE,
    MODEL_FILE,
    check_hash,
    file_sha256,
    load_model,
    read_metadata,
    save_model,
    write_metadata,
)

DEFAULT_MODEL = Path(__file__).parent / "default_model.skops"
_VERSION = VERSION_PATTERN


@dataclass
class LoadedModel:
    """A model with its metadata and where it came from (``workspace`` or ``default``)."""

    model: ReplyClassifier
    metadata: dict[str, Any]
    origin: str

    @property
    def version(self) -> str:
        return str(self.metadata.get("version", ""))


HISTORY = "HISTORY"  # the versions active before the present one, one a line


class ModelRegistry:
    """The model versions kept in ``<workspace>/models``."""

    def __init__(self, workspace: str | Path) -> None:
        self.root = Path(workspace) / "models"

    def versions(self) -> list[str]:
        """Version names, oldest first."""
        if not self.root.is_dir():
            return []
        names = [
            p.name
            for p in self.root.iterdir()
            if p.is_dir() and _VERSION.match(p.name) and (p / MODEL_FILE).is_file()
        ]
        return sorted(names, key=_version_key)

    def active_version(self) -> str | None:
        return active_version(self.root)

    def next_version(self, today: datetime | None = None) -> str:
        """The next free name of the day; folders being written (no model file yet) and
        abandoned ones count as taken."""
        stamp = (today or datetime.now(UTC)).strftime("%Y.%m.%d")
        return f"{stamp}-{self._last_counter(stamp) + 1}"

    def _last_counter(self, stamp: str) -> int:
        if not self.root.is_dir():
            return 0
        return max((_version_key(p.name)[1] for p in self.root.iterdir()
                    if _VERSION.match(p.name) and p.name.startswith(stamp)), default=0)

    def _claim(self) -> tuple[str, Path]:
        """A new version's name and its folder, created here: ``mkdir`` fails for all but
        one of two trainings that chose the same name at once, and the other takes the
        next one. (Two ``oficio train`` at once both saved as ``2026.12.06-2``: one model
        was lost.)"""
        self.root.mkdir(parents=True, exist_ok=True)
        version = self.next_version()
        while True:
            folder = self.root / version
            try:
                folder.mkdir()
            except FileExistsError:
                stamp, counter = _version_key(version)
                version = f"{stamp}-{counter + 1}"
                continue
            return version, folder

    def save(self, model: ReplyClassifier, metadata: dict[str, Any]) -> str:
        """Store a new version (metadata gets its ``version``); return its name."""
        version, folder = self._claim()
        path = save_model(model, folder / MODEL_FILE)
        metadata = {**metadata, "version": version, HASH_KEY: file_sha256(path)}
        write_metadata(metadata, folder / METADATA_FILE)
        return version

    def activate(self, version: str) -> None:
        """Make ``version`` the active model and remember the one it replaces (for
        ``rollback``); ModelHashError (E108) for a model file changed since its training:
        it would label replies with weights nobody measured."""
        if version not in self.versions():
            raise ModelFileError(self.root / version, detail="no such model version")
        check_hash(self.root / version / MODEL_FILE, self.metadata(version))
        before = self.active_version()
        self._write("ACTIVE", version)
        if before and before != version:
            self._write(HISTORY, "\n".join([*self.history(), before]))

    def history(self) -> list[str]:
        """The versions active before the present one, oldest first."""
        path = self.root / HISTORY
        if not path.is_file():
            return []
        return [line for line in path.read_text(encoding="utf-8").split() if line]

    def rollback(self) -> str | None:
        """Make active again the version active before this one (the default model when
        there was none, or none of them is intact any more); return it."""
        history = self.history()
        while history:
            version = history.pop()
            if version in self.versions() and self.intact(version):
                self._write("ACTIVE", version)
                self._write(HISTORY, "\n".join(history))
                return version
        (self.root / "ACTIVE").unlink(missing_ok=True)
        self._write(HISTORY, "")
        return None

    def _write(self, name: str, text: str) -> None:
        """Replace a small file of the registry in one step (another process may read it)."""
        self.root.mkdir(parents=True, exist_ok=True)
        target = self.root / name
        temporary = target.with_name(f".{name}.{os.getpid()}.tmp")  # one per process
        temporary.write_text(text + "\n" if text else "", encoding="utf-8")
        os.replace(temporary, target)

    def metadata(self, version: str) -> dict[str, Any]:
        return read_metadata(self.root / version / METADATA_FILE)

    def load(self, version: str) -> LoadedModel:
        """The model of ``version``; ModelHashError (E108) when its file is not the one
        trained (its sha256 is checked before the file is read)."""
        folder = self.root / version
        metadata = self.metadata(version)
        check_hash(folder / MODEL_FILE, metadata)
        return LoadedModel(load_model(folder / MODEL_FILE), metadata, "workspace")

    def intact(self, version: str) -> bool:
        """Whether the version's model file has the sha256 recorded at its training."""
        try:
            check_hash(self.root / version / MODEL_FILE, self.metadata(version))
        except ModelError:
            return False
        return True

    def load_active(self) -> LoadedModel:
        """The active workspace model, else the default model shipped with oficio."""
        version = self.active_version()
        if version is not None:
            return self.load(version)
        return load_default()


def load_default() -> LoadedModel:
    if not DEFAULT_MODEL.is_file():
        raise NoModelError(DEFAULT_MODEL, detail="the workspace has no active model")
    metadata = read_metadata(DEFAULT_METADATA)
    check_hash(DEFAULT_MODEL, metadata)
    return LoadedModel(load_model(DEFAULT_MODEL), metadata, "default")


def _version_key(name: str) -> tuple[str, int]:
    stamp, _, counter = name.partition("-")
    return stamp, int(counter) if counter.isdigit() else 0
