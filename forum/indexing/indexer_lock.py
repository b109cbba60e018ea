"""One indexer per index, made impossible to break rather than unlikely: an exclusive lock
held for as long as an indexer runs.

- Whoosh: `flock` on `indexer.lock` in the index folder. The kernel drops it when the
  process ends, however it ends (no stale lock after a `kill -9`).
- PostgreSQL: a session-level advisory lock on a connection kept open while the indexer
  runs; PostgreSQL drops it when that connection ends.

A lock carries the name of what it guards ("search indexer", "mail worker"), which its
messages use: the mail worker on SQLite takes a `FileLock` of its own (`mail-worker.lock` in
the instance folder) through the same `run_exclusively`.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path

from flask import Flask
from sqlalchemy import Engine, text

#: The advisory lock's key: "forumidx" as a 64-bit integer (any constant, the same in every
#: process of the forum).
ADVISORY_KEY = int.from_bytes(b"forumidx", "big")
LOCK_FILE = "indexer.lock"
INDEXER = "search indexer"
RETRY_EVERY = 1.0
log = logging.getLogger(__name__)


class FileLock:
    """`flock` on the file at `path`; `name`: what it guards, `scope` completes "Another
    <name> is running" in its messages (e.g. " on this index")."""

    def __init__(self, path: Path, name: str, scope: str = "") -> None:
        self.path, self.name, self.scope = path, name, scope
        self._fd: int | None = None

    def describe(self) -> str:
        return str(self.path)

    def try_acquire(self) -> bool:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())  # for a person looking: who holds it
        self._fd = fd
        return True

    def still_held(self) -> bool:
        return self._fd is not None  # only this process's end can drop a flock

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the flock
            self._fd = None


class AdvisoryLock:
    """The search indexer's lock on PostgreSQL (one index per database)."""

    name, scope = INDEXER, " on this index"

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._connection = None

    def describe(self) -> str:
        return f"PostgreSQL advisory lock {ADVISORY_KEY}"

    def try_acquire(self) -> bool:
        # The lock belongs to the database session, not to a transaction: the connection runs
        # in autocommit, so it holds no transaction open while the indexer runs.
        connection = self.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        got = connection.execute(text("SELECT pg_try_advisory_lock(:key)"),
                                 {"key": ADVISORY_KEY}).scalar()
        if not got:
            connection.close()
            return False
        self._connection = connection
        return True

    def still_held(self) -> bool:
        """The lock lives as long as its connection: a database restart ends both."""
        if self._connection is None:
            return False
        try:
            self._connection.execute(text("SELECT 1")).scalar()
        except Exception:  # the connection is gone, and the lock with it
            return False
        return True

    def release(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(Exception):  # a dropped connection released it anyway
                self._connection.execute(text("SELECT pg_advisory_unlock(:key)"),
                                         {"key": ADVISORY_KEY})
            self._connection.close()
            self._connection = None


def indexer_lock(app: Flask) -> FileLock | AdvisoryLock:
    if app.config["SEARCH_BACKEND"] == "postgres":
        from forum.extensions import db

        with app.app_context():
            return AdvisoryLock(db.engine)
    return index_file_lock(Path(app.config["SEARCH_INDEX_DIR"]))


def index_file_lock(index_dir: Path) -> FileLock:
    """The lock of a Whoosh index folder."""
    return FileLock(index_dir / LOCK_FILE, INDEXER, " on this index")


def acquire(lock: FileLock | AdvisoryLock, stop: threading.Event, *, wait: bool,
            say: Callable[[str], None]) -> bool:
    """Take the lock; if another process holds it, say so once and wait for it (until
    `stop`), or give up at once when not `wait`. True when this process holds the lock."""
    if lock.try_acquire():
        return True
    say(f"Another {lock.name} is running{lock.scope} ({lock.describe()}); "
        + ("waiting until it stops." if wait else "only one may run at a time."))
    while wait and not stop.wait(RETRY_EVERY):
        if lock.try_acquire():
            say(f"The other {lock.name} stopped; this one takes over.")
            return True
    return False


def watch(lock: FileLock | AdvisoryLock, stop: threading.Event,
          every: float = RETRY_EVERY) -> threading.Event:
    """Stop the work if its lock is lost (PostgreSQL restarted: the waiting indexer may
    take it over). Returns an event set when that happened; the indexer then exits with
    status 1 and whatever started it starts it again, to wait for the lock anew."""
    lost = threading.Event()

    def check() -> None:
        while not stop.wait(every):
            if not lock.still_held():
                log.error("the %s lost its lock (%s); stopping", lock.name, lock.describe())
                lost.set()
                stop.set()
                return

    threading.Thread(target=check, name=f"forum-{lock.name.replace(' ', '-')}-lock",
                     daemon=True).start()
    return lost


def run_exclusively(lock: FileLock | AdvisoryLock, stop: threading.Event,
                    work: Callable[[], None], *, wait: bool,
                    say: Callable[[str], None]) -> int:
    """Run `work` holding the lock; the exit status: 1 when another process held the lock
    (and we did not wait) or the lock was lost while working, else 0."""
    if not acquire(lock, stop, wait=wait, say=say):
        return 0 if stop.is_set() else 1
    try:
        if stop.is_set():  # the server went away while this one started or waited
            return 0
        lost = watch(lock, stop)
        work()
        return 1 if lost.is_set() else 0
    finally:
        lock.release()
