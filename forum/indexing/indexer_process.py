"""`forum serve`'s search indexer as a child process (the embedded layout).

Whoosh's indexing is pure-Python CPU work. As a thread of the server it held the
interpreter's lock while the sockets waited: every send of a broadcast gave the lock away
and waited up to a switch interval (5 ms) to get it back, so a post that met an index batch
reached 1,000 clients in 120–470 ms instead of ~60 (bench/README.md, "Real time"). As a
child process it has an interpreter of its own, and:

- it runs at a lower CPU priority (nice +10): in a storm of posts the live delivery comes
  first and search catches up, without the server having to count its writes;
- the server wakes it after each commit with search changes (a byte down a pipe), so a post
  is indexed about a second later, as before;
- it stops when the server does, however the server ends: the kernel sends it SIGTERM when
  the server dies (Linux's parent-death signal, even after `kill -9`), and the pipe is its
  stdin, where end of file means the server is gone (the fallback elsewhere);
- it is started again (after RESTART_DELAY) if it dies while the server runs.

`forum indexer` without `--child` is the scaled layout's indexer, started by hand.

Two indexers never write one index: each holds an exclusive lock while it runs (indexer_lock.py),
and a second one waits for it (or, with `--once`, says so and stops).
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import select
import signal
import subprocess
import sys
import threading
from collections.abc import Mapping

log = logging.getLogger(__name__)
NICENESS = 10
RESTART_DELAY = 2.0
_running: ChildIndexer | None = None


class ChildIndexer:
    """The server's side: starts the child, wakes it, and starts it again when it dies."""

    def __init__(self, command: list[str] | None = None,
                 env: dict[str, str] | None = None, name: str = "search indexer") -> None:
        self.command = command or [sys.executable, "-m", "forum", "indexer", "--child"]
        self.name = name
        self.env = env if env is not None else child_env(os.environ)
        self.process: subprocess.Popen | None = None
        self.starts = 0
        self._stopping = threading.Event()

    def start(self) -> ChildIndexer:
        self._spawn()
        threading.Thread(target=self._supervise, name="forum-indexer-supervisor",
                         daemon=True).start()
        return self

    def wake(self) -> None:
        """A commit wrote search changes: one byte down the pipe (never blocks; a full pipe
        already holds a wake-up)."""
        if self.process is None:
            return
        with contextlib.suppress(OSError, ValueError):
            os.write(self.process.stdin.fileno(), b"w")  # type: ignore[union-attr]

    def stop(self, timeout: float = 10.0) -> None:
        """Close the pipe (the child finishes its batch and exits) and wait for it."""
        self._stopping.set()
        process = self.process
        if process is None:
            return
        with contextlib.suppress(OSError, ValueError):
            process.stdin.close()  # type: ignore[union-attr]
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=timeout)

    def _spawn(self) -> None:
        # Our own interpreter and module; nothing in the command comes from a user.
        self.process = subprocess.Popen(self.command, env=self.env,  # noqa: S603
                                        stdin=subprocess.PIPE)
        os.set_blocking(self.process.stdin.fileno(), False)  # type: ignore[union-attr]
        self.starts += 1

    def _supervise(self) -> None:
        while not self._stopping.is_set():
            code = self.process.wait()  # type: ignore[union-attr]
            with contextlib.suppress(OSError, ValueError):
                self.process.stdin.close()  # type: ignore[union-attr]
            if self._stopping.wait(RESTART_DELAY):
                return
            log.warning("the %s stopped (exit code %s); starting it again", self.name, code)
            self._spawn()


def start() -> ChildIndexer:
    """`forum serve`: the one child indexer of this server process."""
    global _running
    _running = ChildIndexer().start()
    return _running


def wake_child() -> None:
    if _running is not None:
        _running.wake()


def child_env(environ: Mapping[str, str]) -> dict[str, str]:
    """The server's settings (same instance, database and index), but the child serves no
    sockets: no gevent in it."""
    env = dict(environ)
    env["FORUM_ASYNC_MODE"] = "threading"
    return env


# -- the child's side -----------------------------------------------------------------------

def become_child(stop: threading.Event, wake) -> None:
    """In the child: die with the server, lower the CPU priority and follow the server
    through stdin (a byte wakes the indexer, end of file stops it)."""
    die_with_parent()
    os.nice(NICENESS)

    def follow() -> None:
        stream = sys.stdin.buffer
        while True:
            try:
                data = stream.read1(4096)
            except (OSError, ValueError):
                data = b""
            if not data:
                stop.set()
                wake()  # out of its wait at once
                return
            wake()

    threading.Thread(target=follow, name="forum-indexer-parent", daemon=True).start()



PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def start_as_child() -> None:
    """First thing in `python -m forum indexer --child`, before the app is built (seconds on
    a busy machine): tie the child to the server, and stop at once if the server is already
    gone (the signal only covers a death after the request; then stdin is at end of file)."""
    die_with_parent()
    readable, _, _ = select.select([sys.stdin], [], [], 0)
    if readable and not os.read(sys.stdin.fileno(), 1):
        raise SystemExit(0)


def die_with_parent() -> None:
    """Ask the kernel for SIGTERM when the server dies, however it dies. Without it, after a
    `kill -9` the child indexed on for seconds beside the next server's child. Elsewhere
    than Linux, the end of file on stdin remains (a little later)."""
    if not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0) != 0:
        log.warning("no parent-death signal (errno %d)", ctypes.get_errno())
