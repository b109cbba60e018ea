"""Posts are counted for the rollups by the worker's job (forum.insights.pending): the post's
transaction only leaves the row pending; the job counts each post exactly once, also with two
workers at a time on PostgreSQL, and a rebuild handles the flags the same way."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from sqlalchemy import event, func, select, text

from forum.discussions import actions
from forum.discussions.models import Post
from forum.email import jobs, process, worker
from forum.extensions import db
from forum.insights import pending
from forum.insights.rebuild import rebuild
from forum.rollups.models import InsightFirst, InsightOrgMonth, InsightPairMonth
from tests.conftest import postgres_app_fixture
from tests.factories import ForumFactory
from tests.unit.insights.history import snapshot
from tests.unit.insights.jobs import run_rollup_job

pg_app = postgres_app_fixture("forum_rollup_job")
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _world(forum):
    fk, af = forum.org("Försäkringskassan", handle="fk"), forum.org("Arbetsförmedlingen",
                                                                     handle="af")
    asker, answerer = forum.user(fk, username="fk1"), forum.user(af, username="af1")
    space = forum.space("torget")
    data = actions.check_new_thread(asker, space, "Fråga", "Hur gör ni?", af.id)
    thread, _ = actions.do_create_thread(asker, space, data, NOW)
    db.session.commit()
    run_rollup_job()
    return {"fk": fk, "af": af, "asker": asker, "answerer": answerer, "thread": thread}


def _post(actor, thread, when=NOW + timedelta(hours=3)) -> Post:
    post = actions.do_create_post(actor, thread, actions.check_new_post(actor, thread, "Svar",
                                                                          None), when)
    return post


def _posts_counted() -> int:
    return db.session.scalar(select(func.coalesce(func.sum(InsightOrgMonth.posts), 0)))


def _post_rollups() -> dict:
    """What a post counts for (reads, counted by their own actions, left out)."""
    rows = db.session.execute(select(InsightOrgMonth)).scalars().all()
    return {"orgs": sorted((r.organization_id, str(r.month), r.posts, r.threads, r.replies,
                            r.replies_cross, r.questions_asked, r.questions_received,
                            r.questions_answered) for r in rows),
            "pairs": snapshot()["pairs"], "firsts": snapshot()["firsts"]}


def test_a_post_leaves_a_pending_flag_and_writes_no_rollup(app):
    world = _world(ForumFactory())
    before = _post_rollups()
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args):
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        post = _post(world["answerer"], world["thread"])
        db.session.flush()
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    db.session.commit()
    assert not [s for s in statements if "insight_" in s]  # the post's transaction
    assert db.session.get(Post, post.id).rollup_pending is True
    assert _post_rollups() == before
    assert pending.pending_count() == 1


def test_the_job_counts_a_post_once_and_a_second_run_nothing(app):
    world = _world(ForumFactory())
    before = _posts_counted()
    post = _post(world["answerer"], world["thread"])
    db.session.commit()
    assert run_rollup_job() == 1
    assert db.session.get(Post, post.id).rollup_pending is False
    assert _posts_counted() == before + 1
    af_jan = db.session.get(InsightOrgMonth, (world["af"].id, NOW.date().replace(day=1)))
    assert (af_jan.replies, af_jan.replies_cross, af_jan.questions_answered) == (1, 1, 1)
    answer = db.session.get(InsightFirst, (world["thread"].id, "answer", world["af"].id))
    assert answer.hours == 3.0  # from the stored times, whenever the job runs
    after = snapshot()
    assert run_rollup_job() == 0
    assert snapshot() == after


def test_counting_later_gives_the_same_figures_as_a_rebuild(app):
    world = _world(ForumFactory())
    for n in range(7):
        _post((world["answerer"], world["asker"])[n % 2], world["thread"],
              NOW + timedelta(hours=n + 1))
        db.session.commit()
    assert pending.pending_count() == 7
    assert run_rollup_job(batch=3) == 7
    incremental = snapshot()
    rebuild()
    db.session.commit()
    assert snapshot() == incremental


def test_a_rolled_back_post_is_never_counted(app):
    world = _world(ForumFactory())
    before = _post_rollups()
    _post(world["answerer"], world["thread"])
    db.session.rollback()
    assert pending.pending_count() == 0
    assert run_rollup_job() == 0
    assert _post_rollups() == before


def test_a_rebuild_counts_the_pending_posts_and_clears_their_flags(app):
    world = _world(ForumFactory())
    _post(world["answerer"], world["thread"])
    db.session.commit()
    assert pending.pending_count() == 1
    rebuild()
    db.session.commit()
    assert pending.pending_count() == 0
    rebuilt = snapshot()
    assert _posts_counted() == 2
    assert run_rollup_job() == 0  # nothing left for the worker: counted once
    assert snapshot() == rebuilt


def test_a_post_wakes_the_worker_after_its_commit_not_after_a_rollback(app, monkeypatch):
    world = _world(ForumFactory())
    woken: list[bool] = []
    monkeypatch.setattr(process, "wake_child", lambda: woken.append(True))
    _post(world["answerer"], world["thread"])
    db.session.rollback()
    assert woken == []
    _post(world["answerer"], world["thread"])
    db.session.commit()
    assert woken  # the worker's next pass runs the job


def test_the_worker_runs_the_job_on_every_pass(app):
    world = _world(ForumFactory())
    jobs.load()
    assert "insights-rollups" in worker.JOBS
    last: dict = {}
    _post(world["answerer"], world["thread"])
    db.session.commit()
    worker.run_jobs(app, NOW, last)
    _post(world["asker"], world["thread"])
    db.session.commit()
    worker.run_jobs(app, NOW, last)  # the same moment: woken again, it runs again
    assert pending.pending_count() == 0
    assert _posts_counted() == 3


def test_two_workers_at_once_on_postgres_never_count_a_post_twice(pg_app, monkeypatch):
    """Worker A takes a batch and holds it (its transaction open) while worker B, on another
    connection, runs the whole job: B skips A's locked posts and counts the others; then A
    commits. Every post is counted once."""
    world = _world(ForumFactory())
    for n in range(30):
        _post((world["answerer"], world["asker"])[n % 2], world["thread"],
              NOW + timedelta(hours=n + 1))
    db.session.commit()
    a_holds, b_done = threading.Event(), threading.Event()
    real_count = pending._count

    def held(posts):
        if threading.current_thread().name == "worker-a":
            a_holds.set()
            assert b_done.wait(30), "worker B did not finish"
        real_count(posts)

    monkeypatch.setattr(pending, "_count", held)
    counted: dict[str, int] = {}

    def run(name: str, job) -> None:
        with pg_app.app_context():
            try:
                counted[name] = job()
            finally:
                db.session.remove()

    a = threading.Thread(target=run, name="worker-a",
                         args=("a", lambda: pending.count_batch(15)))
    a.start()
    assert a_holds.wait(30)
    b = threading.Thread(target=run, name="worker-b",
                         args=("b", lambda: pending.count_pending(batch=4)))
    b.start()
    b.join(30)
    b_done.set()
    a.join(30)
    assert counted == {"a": 15, "b": 15}
    db.session.expire_all()
    assert pending.pending_count() == 0
    assert _posts_counted() == 31  # the question and the 30 replies, each once
    incremental = snapshot()
    rebuild()
    db.session.commit()
    assert snapshot() == incremental
    assert db.session.scalar(select(func.sum(InsightPairMonth.replies))) == 15


def test_the_look_for_pending_posts_reads_the_partial_index_on_sqlite(app):
    """The predicate of the index is written as SQLAlchemy writes the query's (SQLite uses a
    partial index only when it sees the query implies it)."""
    query = pending.pending_posts(500)
    compiled = query.compile(db.engine, compile_kwargs={"literal_binds": True})
    plan = " ".join(str(row[-1]) for row in db.session.execute(
        text(f"EXPLAIN QUERY PLAN {compiled}")))
    assert "ix_posts_rollup_pending" in plan, plan
