"""`forum serve`'s child indexer, the server's side (forum.indexing.indexer_process): wakes
go down the pipe, closing the pipe stops the child, a child that dies is started again.

A small stand-in child records what it reads; the real `forum indexer --child` is tested
against a live server in tests/realtime/test_child_indexer.py."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from forum.indexing import indexer_process
from forum.indexing.indexer_process import ChildIndexer, child_env
from tests.polling import wait_until

# Reads stdin until end of file, one line per read in `log`; "eof" at the end.
STAND_IN = """
import sys
log = open(sys.argv[1], "a")
while data := sys.stdin.buffer.read1(4096):
    log.write(f"read {len(data)}\\n"); log.flush()
log.write("eof\\n"); log.flush()
"""


@pytest.fixture
def child(tmp_path):
    log = tmp_path / "child.log"
    log.touch()
    started = ChildIndexer([sys.executable, "-c", STAND_IN, str(log)], env={})
    yield started, log
    started.stop()


def lines(log: Path) -> list[str]:
    return log.read_text().splitlines()


def test_a_wake_is_a_byte_down_the_pipe_and_closing_it_stops_the_child(child):
    indexer, log = child
    indexer.start()
    indexer.wake()
    assert wait_until(lambda: lines(log) == ["read 1"])
    indexer.stop()
    assert indexer.process.returncode == 0
    assert lines(log) == ["read 1", "eof"]
    assert indexer.starts == 1


def test_a_wake_never_blocks_the_server_when_the_pipe_is_full(tmp_path):
    # A child that never reads: the pipe fills (64 KiB) and wakes are dropped, not waited on.
    indexer = ChildIndexer([sys.executable, "-c", "import time; time.sleep(60)"], env={})
    indexer.start()
    try:
        started = time.monotonic()
        for _ in range(100_000):
            indexer.wake()
        assert time.monotonic() - started < 5
    finally:
        indexer.stop(timeout=2)  # it does not read, so it is killed


def test_a_child_that_dies_is_started_again(child, monkeypatch):
    monkeypatch.setattr(indexer_process, "RESTART_DELAY", 0.1)
    indexer, log = child
    indexer.start()
    first = indexer.process
    first.kill()
    assert wait_until(lambda: indexer.process is not first and indexer.starts == 2)
    indexer.wake()
    assert wait_until(lambda: "read 1" in lines(log))


def test_a_stopped_indexer_is_not_started_again(child, monkeypatch):
    monkeypatch.setattr(indexer_process, "RESTART_DELAY", 0.1)
    indexer, _log = child
    indexer.start()
    indexer.stop()
    time.sleep(0.5)
    assert indexer.starts == 1


def test_the_child_gets_the_servers_settings_but_no_gevent():
    env = child_env({"FORUM_INSTANCE_PATH": "/srv/forum", "FORUM_ASYNC_MODE": "gevent"})
    assert env == {"FORUM_INSTANCE_PATH": "/srv/forum", "FORUM_ASYNC_MODE": "threading"}


def test_the_child_is_the_forum_indexer_command_of_this_interpreter():
    indexer = ChildIndexer(env={})
    assert indexer.command == [sys.executable, "-m", "forum", "indexer", "--child"]
    done = subprocess.run([sys.executable, "-m", "forum", "indexer", "--help"],
                          capture_output=True, text=True, timeout=60, check=True)
    assert "Run the search indexer" in done.stdout
