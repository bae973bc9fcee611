"""The workspace folder: the store, the models, the annotations, and the run lock."""

from __future__ import annotations

import errno
import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from oficio import settings
from oficio.errors import (
    DiskFullError,
    NoWorkspaceStoreError,
    WorkspaceBusyError,
    WorkspaceIsFileError,
    WorkspaceReadOnlyError,
)

DEFAULT_WORKSPACE = Path("oficio-workspace")


PRIVATE = 0o700  # workspace folders: they hold victims' data (files in them: 0o600)


@dataclass(frozen=True)
class Workspace:
    """Paths inside a workspace folder (created on first use). Opening one applies its
    settings file ``oficio.toml``, if it has one (``oficio.settings``)."""

    root: Path

    @classmethod
    def open(cls, root: str | Path | None) -> Workspace:
        """The workspace at ``root`` for a command that writes to it, created if need be
        (folders mode 700). Raises WorkspaceIsFileError (E310) or, when it cannot be
        written, WorkspaceReadOnlyError (E309)."""
        workspace = cls(Path(root or DEFAULT_WORKSPACE).resolve())
        workspace.check_folder()
        try:
            workspace.root.mkdir(mode=PRIVATE, parents=True, exist_ok=True)
            workspace.writable()
            for folder in (workspace.models, workspace.exports, workspace.tmp):
                folder.mkdir(mode=PRIVATE, exist_ok=True)
            if workspace.tmp.stat().st_mode & 0o777 != PRIVATE:
                os.chmod(workspace.tmp, PRIVATE)
        except (FileExistsError, NotADirectoryError) as error:  # a file where a folder goes
            raise WorkspaceIsFileError(error.filename) from None
        except OSError as error:
            if error.errno in (errno.ENOSPC, errno.EDQUOT):
                raise DiskFullError(workspace.root, error.strerror) from None
            raise WorkspaceReadOnlyError(workspace.root, error.strerror) from None  # EROFS...
        settings.use_workspace(workspace.root)
        return workspace

    @classmethod
    def existing(cls, root: str | Path | None) -> Workspace:
        """The workspace at ``root`` for a command that only reads it: one that was never
        processed is an error (E206), not a new empty workspace. Nothing is created or
        changed in it, so a read-only workspace can be read."""
        workspace = cls(Path(root or DEFAULT_WORKSPACE).resolve())
        workspace.check_folder()
        if not workspace.database.is_file():
            raise NoWorkspaceStoreError(workspace.database)
        settings.use_workspace(workspace.root)
        return workspace

    def check_folder(self) -> None:
        """WorkspaceIsFileError when the workspace path is a file."""
        if self.root.exists() and not self.root.is_dir():
            raise WorkspaceIsFileError(self.root)

    def writable(self) -> Workspace:
        """This workspace, or WorkspaceReadOnlyError when its folder cannot be written."""
        if not os.access(self.root, os.W_OK):
            raise WorkspaceReadOnlyError(self.root)
        return self

    @property
    def database(self) -> Path:
        return self.root / "oficio.sqlite"

    @property
    def annotations(self) -> Path:
        return self.root / "annotations.jsonl"

    @property
    def models(self) -> Path:
        return self.root / "models"

    @property
    def exports(self) -> Path:
        return self.root / "export"

    @property
    def tmp(self) -> Path:
        """Private temporary folder (mode 700) for OCR images of this workspace's runs."""
        return self.root / "tmp"

    @property
    def lock_path(self) -> Path:
        return self.root / "run.lock"


@contextmanager
def idle(workspace: Workspace) -> Iterator[bool]:
    """Whether no run holds the workspace; while True, none can start (a shared lock on
    the run lock is held), so that runs marked running can be marked aborted."""
    if not workspace.lock_path.exists():
        yield True  # no run ever took the lock
        return
    handle = open(workspace.lock_path, "rb")  # noqa: SIM115  closed below
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        yield True
    finally:
        handle.close()


class RunLock:
    """An exclusive lock on a workspace for one run; released when the process ends."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self._handle = None

    def __enter__(self) -> RunLock:
        descriptor = os.open(self.workspace.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        handle = os.fdopen(descriptor, "a+")  # held for the run
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as error:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            handle.close()
            raise WorkspaceBusyError(self.workspace.root, f"held by process {holder}") from error
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle
        return self

    def __exit__(self, *exc: object) -> None:
        if self._handle is not None:
            fcntl.flock(self._handle, fcntl.LOCK_UN)
            self._handle.close()
            self._handle = None
