"""The one indexer: drains the outbox in batches into the backend.

Embedded mode runs it as a child process of `forum serve` (forum.indexing.indexer_process);
the scaled deployment runs `forum indexer` as its own process. A crash loses nothing: outbox
rows are deleted only after the backend has the documents, and replaying a row is harmless
(the current state is read from the database each time).
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from flask import Flask, current_app
from sqlalchemy import delete, func, select

from forum.db import unit_of_work
from forum.extensions import db
from forum.indexing import sources
from forum.indexing.indexer_process import wake_child
from forum.indexing.outbox import SearchOutbox
from forum.search import (
    IndexUnavailable,
    PostgresBackend,
    SearchBackend,
    SearchDoc,
    WhooshBackend,
)

log = logging.getLogger(__name__)
BATCH = 500
SETTLE = 1.0  # seconds between index batches (a post is findable within ~1.5 s)
REBUILD = "*"  # an outbox row asking for a full rebuild (e.g. the index folder vanished)
_wake = threading.Event()


def backend(app: Flask | None = None) -> SearchBackend:
    """The process's backend, opened once and kept (searchers are refreshed, not reopened)."""
    app = app or current_app._get_current_object()  # type: ignore[attr-defined]
    cache = app.extensions.setdefault("forum_search", {})
    if "backend" not in cache:
        if app.config["SEARCH_BACKEND"] == "postgres":
            with app.app_context():
                cache["backend"] = PostgresBackend(db.engine)
        else:
            cache["backend"] = WhooshBackend(Path(app.config["SEARCH_INDEX_DIR"]))
    return cache["backend"]


def wake() -> None:
    """Drain now rather than at the next poll."""
    _wake.set()


def note_write() -> None:
    """After a commit that wrote outbox rows: wake the indexer, in this process or in
    `forum serve`'s child (forum.indexing.indexer_process)."""
    wake()
    wake_child()


def request_rebuild() -> None:
    db.session.add(SearchOutbox(doc_id=REBUILD))


def rebuild_if_lost(search: SearchBackend) -> bool:
    """Ask for a rebuild when the index is gone (checked by the indexer on every poll, so a
    search request never has to write); True when it asked. One request is enough."""
    if search.is_present():
        return False
    with unit_of_work():
        pending = db.session.scalar(select(SearchOutbox.id)
                                    .where(SearchOutbox.doc_id == REBUILD).limit(1))
        if pending is None:
            request_rebuild()
    return pending is None


def drain_once(search: SearchBackend, limit: int = BATCH) -> int:
    """Index one batch of outbox rows; returns how many rows it handled."""
    with unit_of_work():
        rows = db.session.execute(select(SearchOutbox.id, SearchOutbox.doc_id)
                                  .order_by(SearchOutbox.id).limit(limit)).all()
        if rows:
            _index_batch(search, rows)
    return len(rows)


def _index_batch(search: SearchBackend, rows: list) -> None:
    """Write the rows' documents to the index and delete the rows (the caller commits)."""
    ids = [row.id for row in rows]
    doc_ids = {row.doc_id for row in rows}
    if REBUILD in doc_ids:
        reindex_all(search)
        db.session.execute(delete(SearchOutbox).where(SearchOutbox.id <= max(ids)))
    else:
        docs, gone = sources.load_docs(doc_ids)
        if docs:
            search.index(docs.values())
        if gone:
            search.delete(gone)
        db.session.execute(delete(SearchOutbox).where(SearchOutbox.id.in_(ids)))


def drain_all(search: SearchBackend) -> int:
    total = 0
    while handled := drain_once(search):
        total += handled
    return total


def reindex_all(search: SearchBackend) -> dict[str, int]:
    """Rebuild the whole index from the database in one write; returns counts per kind."""
    counts: Counter[str] = Counter()

    def every_doc() -> Iterator[SearchDoc]:
        for kind, source in sources.SOURCES.items():
            counts[kind] += 0
            batch: list[int] = []
            for item_id in source.all_ids():
                batch.append(item_id)
                if len(batch) >= BATCH:
                    yield from _load(counts, kind, source, batch)
                    batch = []
            yield from _load(counts, kind, source, batch)

    search.rebuild(every_doc())
    db.session.rollback()
    return dict(counts)


def _load(counts: Counter[str], kind: str, source: sources.Source,
          ids: list[int]) -> Iterable[SearchDoc]:
    docs = source.load(ids) if ids else {}
    counts[kind] += len(docs)
    return docs.values()


def needs_rebuild(search: SearchBackend) -> bool:
    """An empty or missing index while the database has content (first start, lost folder)."""
    try:
        if search.count() > 0:
            return False
    except IndexUnavailable:
        return True
    return any(next(iter(source.all_ids()), None) is not None
               for source in sources.SOURCES.values())


def run_forever(app: Flask, stop: threading.Event, poll: float = 0.5) -> None:
    """The indexer loop (`forum indexer`, and `forum serve`'s child). Survives backend
    errors: the rows stay and are tried again."""
    with app.app_context():
        search = backend(app)
        if needs_rebuild(search):
            with unit_of_work():
                request_rebuild()
        db.session.remove()
    while not stop.is_set():
        handled = _drain_safely(app, search)
        if handled < 0:
            stop.wait(2.0)
        if handled <= 0 and _wake.wait(poll):
            _wake.clear()
        # Let the writes that woke us settle: a burst of posts is indexed in one batch with
        # one index commit instead of one each.
        stop.wait(SETTLE)


def _drain_safely(app: Flask, search: SearchBackend) -> int:
    """One batch in its own app context, after checking that the index is still there;
    -1 when it failed (the rows stay for a retry)."""
    with app.app_context():
        try:
            rebuild_if_lost(search)
            _run_hourly_jobs()
            return drain_once(search)
        except Exception:
            db.session.rollback()
            log.exception("indexing failed; will retry")
            return -1
        finally:
            db.session.remove()


HOURLY_EVERY = 3600.0  # seconds; the first run comes this long after the start
_next_hourly: float | None = None
# Jobs that ride on this loop once an hour, registered by create_app (the daily retention
# purge, forum/mydata/retention.py, which asks the database whether it is due). Registered,
# not imported: the features sit above the indexer.
_hourly_jobs: list[Callable[[], object]] = []


def run_hourly(job: Callable[[], object]) -> None:
    """Run `job` on the indexer loop once an hour (once, however many apps register it)."""
    if job not in _hourly_jobs:
        _hourly_jobs.append(job)


def _run_hourly_jobs() -> None:
    """Asked on every batch; runs the jobs once an hour, not at start-up (a starting or
    stopping indexer has better things to do)."""
    global _next_hourly
    now = time.monotonic()
    if _next_hourly is None:
        _next_hourly = now + HOURLY_EVERY
    elif now >= _next_hourly:
        _next_hourly = now + HOURLY_EVERY
        for job in _hourly_jobs:
            job()


def pending_count() -> int:
    return db.session.scalar(select(func.count()).select_from(SearchOutbox)) or 0


def wait_until_drained(timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pending_count() == 0:
            return True
        db.session.rollback()
        time.sleep(0.1)
    return False
