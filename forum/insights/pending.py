"""The worker's job that keeps the rollups current for posts (the background half of
forum.rollups.track).

A new post is written with `Post.rollup_pending` true and nothing else for the rollups, so
posting costs no upserts. This job, run by `forum worker` (or `forum serve`'s worker child)
on every pass — right after a commit that wrote a post wakes it, and at each poll — takes the
pending posts in batches and, per batch, in one `unit_of_work`:

1. takes up to `BATCH` pending posts, oldest first, through the partial index on the flag,
   `FOR UPDATE SKIP LOCKED` on PostgreSQL: several workers each get other posts and none
   waits for another;
2. clears their flag (`... AND rollup_pending RETURNING`: only the posts this transaction
   really cleared are counted, so a rebuild or another worker that got there first wins);
3. counts them by `forum.insights.rebuild.tally_post`, the rebuild's own rules, from stored
   data only (the post's time and author, the thread's starter, question and first answer),
   and adds the batch's counts to the rollup rows (per rollup table one upsert statement,
   executed for all of the batch's rows).

Counted and cleared commit together, so a post is counted exactly once: a crash rolls both
back, and a rolled-back post was never there. On PostgreSQL a batch holds `ROLLUP_LOCK`
shared; a rebuild takes it alone, so the two never interleave (forum.insights.rebuild).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select, text, update

from forum.accounts.models import User
from forum.db import unit_of_work
from forum.discussions.models import Post, Thread
from forum.email.worker import periodic
from forum.extensions import db
from forum.insights.rebuild import POST_COLUMNS, ROLLUP_LOCK, THREAD_COLUMNS, Tally, tally_post
from forum.rollups import store
from forum.rollups.models import (
    COUNTERS,
    InsightFirst,
    InsightOrgMonth,
    InsightPairMonth,
    InsightPerson,
)

BATCH = 500


@periodic("insights-rollups", every=timedelta(0))  # every pass: the look is one index probe
def count_pending(now: datetime | None = None, batch: int = BATCH) -> int:
    """Count the pending posts, batch by batch, until no free one is left; the number
    counted. Idempotent: a post already counted is no longer pending."""
    total = 0
    while True:
        counted = count_batch(batch)
        total += counted
        if counted < batch:
            return total


def count_batch(limit: int = BATCH) -> int:
    """One batch in one transaction; the number of posts it counted (0: none was free)."""
    with unit_of_work():
        if not _share_lock():
            return 0  # a rebuild is running; it counts these posts or leaves them pending
        ids = list(db.session.scalars(pending_posts(limit)))
        if not ids:
            return 0
        posts = db.session.execute(
            update(Post).where(Post.id.in_(ids), Post.rollup_pending)
            .values(rollup_pending=False).returning(*POST_COLUMNS)
            .execution_options(synchronize_session=False)).all()
        _count(sorted(posts, key=lambda p: (p.created_at, p.id)))
        return len(posts)


def pending_posts(limit: int):
    """The oldest `limit` pending posts no other worker holds (the partial index)."""
    return (select(Post.id).where(Post.rollup_pending).order_by(Post.id).limit(limit)
            .with_for_update(skip_locked=True))


def _share_lock() -> bool:
    if db.session.get_bind().dialect.name != "postgresql":
        return True  # SQLite: the clearing UPDATE takes the write lock until the commit
    return bool(db.session.scalar(text("SELECT pg_try_advisory_xact_lock_shared(:k)"),
                                  {"k": ROLLUP_LOCK}))


def _count(posts: list) -> None:
    if not posts:
        return
    threads = {row.id: row for row in db.session.execute(select(*THREAD_COLUMNS).where(
        Thread.id.in_({p.thread_id for p in posts})))}
    people = {p.author_id for p in posts} | {t.author_id for t in threads.values()}
    org_of = dict(db.session.execute(select(User.id, User.organization_id).where(
        User.id.in_(people))).all())
    tally = Tally()
    for post in posts:
        tally_post(tally, org_of, threads[post.thread_id], post)
    _add(tally)


def _add(tally: Tally) -> None:
    """The batch's counts added to the stored rows (the rebuild writes the same rows)."""
    rows = tally.rows()
    store.add_all(InsightOrgMonth, rows[InsightOrgMonth], (*COUNTERS, "changes"))
    store.add_all(InsightPairMonth, rows[InsightPairMonth], ("replies",))
    store.insert_all_once(InsightPerson, rows[InsightPerson])
    # A first reply or answer: the earliest wins, whichever batch or worker stored it first.
    store.keep_earliest(InsightFirst, rows[InsightFirst], "ended_at", "hours", "workdays")


def pending_count() -> int:
    """How many posts wait to be counted (the partial index: cheap)."""
    return db.session.scalar(select(func.count()).select_from(Post).where(Post.rollup_pending))
