"""Prefect's temporary API server for one batch, started and stopped by the batch.

Prefect starts such a server by itself when no API is configured, but that server
outlives a batch killed with ``kill -9``. This one is the same server (Prefect's own
application, run by uvicorn, with the workspace's Prefect home), started as a child that
the kernel stops when the batch dies (``oficio.corpus.batch.lifetime``). A user who set
``PREFECT_API_URL`` keeps their own server.

A full disk stops the batch at once with E307: before the launch when the workspace or
the Prefect home has no room (``check_room``), and when the server's log says it could
not write its database. Before, the server failed and was launched again until the
180 s start-up time limit, and the batch blamed Prefect (E308).
"""

from __future__ import annotations

import math
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import IO

from oficio.corpus.batch.lifetime import terminate_with_parent
from oficio.corpus.batch.prefect_home import seed_home, served
from oficio.errors import DiskFullError, PrefectServerError, is_disk_full

STOP_TIMEOUT = 30.0  # seconds for the server to write what it holds and stop
PORT_IN_USE = 3  # uvicorn's exit status when the port is taken
WARM_TIMEOUT = 60.0  # seconds ``_Server._warm`` waits for the server to answer
SERVER_ENV = {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1",
              "PREFECT__SERVER_FINAL": "1"}
# bytes: under this a folder's disk is full (as oficio.corpus.store.database.FULL_BELOW)
MIN_ROOM = 1 << 20
NEW_HOME_ROOM = 8 << 20  # a new Prefect home's database after its migrations: 4.9 MB
LOG_LINES = 200  # the end of the server's log kept to tell why it did not start


@contextmanager
def prefect_api(workspace_root: Path) -> Iterator[Callable[[], str | None]]:
    """Start the batch's own Prefect server and yield ``ready``.

    The server boots (several seconds) while the caller prepares the batch; ``ready()``
    waits for it, points Prefect at it and returns its address (None, at once, when the
    user configured their own server with ``PREFECT_API_URL``). While ``oficio serve``
    runs on the workspace, its server is used instead (``oficio.corpus.batch.prefect_home.served``):
    the batch's run shows in its UI, and two servers never share one database.

    The server is launched before this process imports Prefect's settings (a slow import), with
    this process's environment and working folder, so it reads the same settings (from
    the environment, the Prefect profile, a ``prefect.toml`` or ``.env`` here). A server
    configured in the environment is seen at once; one configured in a profile or file
    only after that import, and then the launched server is stopped unused.
    """
    if os.environ.get("PREFECT_API_URL"):
        yield lambda: None
        return
    if url := served(prefect_home(os.environ)):  # ``oficio serve`` runs on this workspace
        from prefect.settings import PREFECT_API_URL, temporary_settings

        with temporary_settings(updates={PREFECT_API_URL: url}):
            yield lambda: url
        return
    check_room(workspace_root, prefect_home(os.environ))
    seed_home(prefect_home(os.environ))  # a new home: no migrations at the server's start
    server = _Server({**os.environ, **SERVER_ENV}, workspace_root)
    try:
        from prefect.settings import (
            PREFECT_API_URL,
            PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS,
        )

        if PREFECT_API_URL.value():
            yield lambda: None
            return
        server.deadline = server.launched + startup_timeout(
            PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS.value())
        with ExitStack() as settings, _no_events():
            yield lambda: server.ready(settings)
    finally:
        _stop(server.process)


def prefect_home(env: Mapping[str, str]) -> Path:
    """The Prefect home the server keeps its database in (``oficio.corpus.batch.prefect_env`` sets
    the workspace's own unless the user chose one)."""
    return Path(env.get("PREFECT_HOME") or "~/.prefect").expanduser()


def check_room(workspace_root: Path, home: Path) -> None:
    """DiskFullError (E307) at once when the workspace or the Prefect home has no room:
    the server cannot write its database there, and the store or the OCR soon could not
    either. A new home needs room for its database's migrations."""
    new_home = not (home / "prefect.db").exists()
    needs = [(workspace_root, MIN_ROOM, "the batch needs at least 1 MB"),
             (home, NEW_HOME_ROOM if new_home else MIN_ROOM,
              "Prefect's local server needs "
              + ("8 MB for its new database" if new_home else "1 MB for its database"))]
    for folder, need, why in needs:
        free = shutil.disk_usage(_existing(folder)).free
        if free < need:
            raise DiskFullError(folder, f"{free // 1024} KB free; {why}")


def _existing(folder: Path) -> Path:
    """``folder``, or its nearest parent that exists (a home not created yet)."""
    return next(p for p in (folder, *folder.parents) if p.exists())


def startup_timeout(from_settings: float) -> float:
    """Seconds the server may take to start: the environment's value, as the server itself
    reads it, else Prefect's setting. Prefect reads its settings once, when it is imported:
    in a process that imported it before ``configure_prefect`` (a program using oficio as
    a library; the test suite) the setting kept Prefect's default, 20 s, instead of the
    batch's 180 s, and the first start in a new Prefect home (its database migrations)
    failed with E308, leaving the home unmigrated for the
    next run."""
    name = "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"
    try:
        return float(os.environ[name])
    except (KeyError, ValueError):
        return float(from_settings)


class _Server:
    """A server being started: launched at once, waited for on demand (until
    ``deadline``, set once Prefect's settings are read)."""

    def __init__(self, env: dict[str, str], root: Path) -> None:
        self.env, self.root = env, root
        self.launched, self.deadline = time.monotonic(), math.inf
        self.url: str | None = None
        self.process, self.candidate, self.log = _launch(env)
        threading.Thread(target=self._warm, name="prefect-server-warm", daemon=True).start()

    def ready(self, settings: ExitStack) -> str:
        """The server's address once it answers; Prefect points at it until ``settings``
        closes.

        The flow sends this server no heartbeats either: they are events, which it does not
        keep (``_no_events``), and the end of each flow waited up to a second for the
        heartbeat thread's sleep."""
        from prefect.settings import (
            PREFECT_API_URL,
            PREFECT_FLOWS_HEARTBEAT_FREQUENCY,
            temporary_settings,
        )

        if self.url is None:
            self.url = self._wait()
            updates = {PREFECT_API_URL: self.url, PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}
            settings.enter_context(temporary_settings(updates=updates))
        return self.url

    def _warm(self) -> None:
        """Ask the server one API question as soon as it answers. Its first API request
        builds its routes; this way that
        happens while this process still loads its own libraries, not before the flow's
        first request."""
        process, url = self.process, self.candidate
        end = time.monotonic() + WARM_TIMEOUT
        while process.poll() is None and time.monotonic() < end:
            try:
                with urllib.request.urlopen(f"{url}/admin/version", timeout=WARM_TIMEOUT):
                    return
            except (urllib.error.URLError, OSError):
                time.sleep(0.1)

    def _wait(self) -> str:
        while True:
            status = _wait_healthy(self.process, self.candidate, self.deadline)
            if status is None:
                return self.candidate
            if is_disk_full(self.log.text()):  # uvicorn's exit status is 3 then too
                raise DiskFullError(prefect_home(self.env),
                                    "Prefect's local server could not write its database")
            if status != PORT_IN_USE or time.monotonic() > self.deadline:
                raise PrefectServerError(self.root, f"exit status {status}")
            self.process, self.candidate, self.log = _launch(self.env)


@contextmanager
def _no_events() -> Iterator[None]:
    """Prefect's client sends no events to the batch's own server.

    That server keeps no events and records no task runs (``oficio.corpus.batch.prefect_env``), so
    building and sending them (about a dozen per document) was work for nothing, done
    beside the document workers. The flow run is recorded through the API all the same.
    """
    from prefect.events.clients import NullEventsClient
    from prefect.events.worker import EventsWorker

    EventsWorker.set_client_override(NullEventsClient)
    try:
        yield
    finally:
        EventsWorker.set_client_override(None)


def _launch(env: dict[str, str], port: int | None = None, own_session: bool = False
            ) -> tuple[subprocess.Popen, str, _Log]:
    """Start the server on ``port`` (a free one by default); it answers at the returned
    address once up. ``own_session``: out of the terminal's process group, so that Ctrl-C
    reaches it only through this process, which stops it last."""
    port = port or _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--factory",
         "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port",
         str(port), "--log-level", "error", "--lifespan", "on"],
        env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, preexec_fn=terminate_with_parent,  # noqa: PLW1509
        start_new_session=own_session,
    )
    return process, f"http://127.0.0.1:{port}/api", _Log(process.stderr)


class _Log:
    """The last lines of the server's error output, read as they come: through a pipe,
    since the disk may be full, and always drained, so that the server never blocks on
    it."""

    def __init__(self, stream: IO[bytes] | None) -> None:
        self.lines: deque[str] = deque(maxlen=LOG_LINES)
        self.lock = threading.Lock()  # a deque read while appended to raises
        self.reader = threading.Thread(target=self._read, args=(stream,), daemon=True,
                                       name="prefect-server-log")
        self.reader.start()

    def _read(self, stream: IO[bytes] | None) -> None:
        if stream is None:
            return
        with stream:
            for line in stream:
                with self.lock:
                    self.lines.append(line.decode("utf-8", "replace"))

    def text(self) -> str:
        """What was read; once the server has ended, all it wrote (read to its end)."""
        self.reader.join(timeout=2)
        with self.lock:
            return "".join(self.lines)


def launch(env: dict[str, str], port: int) -> tuple[subprocess.Popen, str, Callable[[], str]]:
    """Start Prefect's server with ``env`` on ``port``, dying with this process (and not
    with the terminal's Ctrl-C before it: the runs it serves report their end to it):
    the process, the API's address, and a function giving the end of the server's log."""
    process, url, log = _launch(env, port, own_session=True)
    return process, url, log.text


def wait_healthy(process: subprocess.Popen, url: str, deadline: float) -> int | None:
    """None once the server at ``url`` answers; its exit status if it ended first, -1 at
    ``deadline`` (``time.monotonic``)."""
    return _wait_healthy(process, url, deadline)


def stop(process: subprocess.Popen) -> None:
    """Stop a server ``launch`` started, letting it write what it holds."""
    _stop(process)


def _wait_healthy(process: subprocess.Popen, url: str, deadline: float) -> int | None:
    """None once the server answers; its exit status if it ended first."""
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return process.returncode
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
                if response.status == 200:
                    return None
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.1)
    return -1


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
