"""One indexer per index: the lock a second indexer cannot take while the first holds it,
for Whoosh (a file lock in the index folder) and PostgreSQL (an advisory lock)."""

from __future__ import annotations

import threading

from sqlalchemy import create_engine

from forum.indexing.indexer_lock import (
    AdvisoryLock,
    FileLock,
    acquire,
    index_file_lock,
    run_exclusively,
)
from tests.conftest import empty_postgres_database


def exclusive(first, second) -> None:
    assert first.try_acquire()
    try:
        assert not second.try_acquire()
        said: list[str] = []
        assert not acquire(second, threading.Event(), wait=False, say=said.append)
        assert said and "Another search indexer is running" in said[0]
    finally:
        first.release()
    assert second.try_acquire()  # free again once the first lets go
    second.release()


def test_the_whoosh_index_folder_takes_one_indexer(tmp_path):
    exclusive(index_file_lock(tmp_path / "index"), index_file_lock(tmp_path / "index"))


def test_another_index_folder_has_its_own_lock(tmp_path):
    first, other = index_file_lock(tmp_path / "a"), index_file_lock(tmp_path / "b")
    assert first.try_acquire() and other.try_acquire()
    first.release()
    other.release()


def test_a_lock_speaks_of_what_it_guards(tmp_path):
    """The mail worker's lock (SQLite): its own file, its own name in the messages."""
    path = tmp_path / "mail-worker.lock"
    first, second = FileLock(path, "mail worker"), FileLock(path, "mail worker")
    assert first.try_acquire() and path.exists()
    said: list[str] = []
    assert not acquire(second, threading.Event(), wait=False, say=said.append)
    assert said == [f"Another mail worker is running ({path}); only one may run at a time."]
    assert index_file_lock(tmp_path).try_acquire()  # the index's lock is another file
    first.release()


def test_the_postgres_index_takes_one_indexer():
    with empty_postgres_database("forum_indexer_lock") as url:
        engines = [create_engine(url), create_engine(url)]  # as two processes would
        try:
            exclusive(AdvisoryLock(engines[0]), AdvisoryLock(engines[1]))
        finally:
            for engine in engines:
                engine.dispose()


def test_a_waiting_indexer_takes_over_when_the_first_stops(tmp_path):
    first, second = index_file_lock(tmp_path), index_file_lock(tmp_path)
    assert first.try_acquire()
    threading.Timer(0.3, first.release).start()
    said: list[str] = []
    assert acquire(second, threading.Event(), wait=True, say=said.append)
    assert said[-1].startswith("The other search indexer stopped")
    second.release()


def test_a_postgres_lock_lost_with_its_connection_is_noticed():
    """A database restart ends the session and its advisory lock: the holder must notice
    (and stop) before a waiting indexer takes the lock over."""
    with empty_postgres_database("forum_indexer_lock") as url:
        engines = [create_engine(url), create_engine(url)]
        try:
            first, second = AdvisoryLock(engines[0]), AdvisoryLock(engines[1])
            assert first.try_acquire() and first.still_held()
            pid = first._connection.exec_driver_sql("SELECT pg_backend_pid()").scalar()
            first._connection.commit()
            with engines[1].connect() as connection:
                connection.exec_driver_sql(f"SELECT pg_terminate_backend({int(pid)})")
            assert not first.still_held()
            assert second.try_acquire()
            second.release()
            first.release()
        finally:
            for engine in engines:
                engine.dispose()


def test_run_exclusively_reports_a_lock_held_elsewhere_and_a_lost_lock(tmp_path):
    holder = index_file_lock(tmp_path)
    assert holder.try_acquire()
    ran: list[bool] = []
    said: list[str] = []
    assert run_exclusively(index_file_lock(tmp_path), threading.Event(), lambda: ran.append(True),
                           wait=False, say=said.append) == 1
    assert ran == [] and said
    holder.release()

    class Losing(FileLock):
        def still_held(self) -> bool:
            return False

    stop = threading.Event()
    assert run_exclusively(Losing(tmp_path / "x.lock", "search indexer"), stop,
                           lambda: stop.wait(5), wait=False, say=said.append) == 1
    assert stop.is_set()
