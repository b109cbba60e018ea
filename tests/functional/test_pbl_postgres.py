"""The step board under real concurrency on PostgreSQL: writers in parallel transactions
queue on the session row, every change gets its own board version, no note is lost, and of
two simultaneous edits of one note exactly one wins."""

from __future__ import annotations

import threading

from sqlalchemy import select

from forum.accounts.models import User
from forum.errors import Conflict
from forum.extensions import db
from forum.pbl import entrypoints
from forum.pbl.models import BoardItem
from forum.realtime.publish import publish
from tests.conftest import postgres_app_fixture
from tests.pbl_fixtures import build_pbl

pg_app = postgres_app_fixture("forum_pbl")


def run_together(app, jobs) -> list:
    """Each job runs in its own thread, app context and database session, all at once."""
    barrier = threading.Barrier(len(jobs))
    results: list = [None] * len(jobs)

    def run(index, job):
        with app.app_context():
            barrier.wait()
            try:
                results[index] = job()
            except Exception as exc:  # collected and asserted on by the test
                results[index] = exc
            finally:
                db.session.remove()

    threads = [threading.Thread(target=run, args=(i, job)) for i, job in enumerate(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


def test_parallel_writers_never_lose_a_note(pg_app):
    world = build_pbl()
    session_id = entrypoints.open_session(world["people"]["tutor"], world["session"].id).id
    ids = [world["people"][w].id for w in ("fk", "af")]
    db.session.commit()

    def adder(user_id: int):
        def job():
            user = db.session.get(User, user_id)
            return [entrypoints.add_item(user, session_id, "brainstorm", f"{user_id}-{i}").id
                    for i in range(10)]
        return job

    with publish.capture() as events:
        results = run_together(pg_app, [adder(ids[0]), adder(ids[1])])
    assert all(isinstance(r, list) for r in results), results
    versions = sorted(e.payload["version"] for e in events if e.name == "board_changed")
    assert len(versions) == 20 and len(set(versions)) == 20
    items = db.session.scalars(select(BoardItem).where(BoardItem.session_id == session_id,
                                                       BoardItem.step == "brainstorm")).all()
    assert len(items) == 20
    assert sorted(i.position for i in items) == list(range(1, 21))

    item_id = results[0][0]

    def editor(user_id: int, text: str):
        def job():
            user = db.session.get(User, user_id)
            return entrypoints.edit_item(user, item_id, text, 1).text
        return job

    outcome = run_together(pg_app, [editor(ids[0], "Fias text"), editor(ids[1], "Annas text")])
    winners = [r for r in outcome if isinstance(r, str)]
    losers = [r for r in outcome if isinstance(r, Conflict)]
    assert len(winners) == 1 and len(losers) == 1, outcome
    assert losers[0].details["current"]["text"] == winners[0]
    db.session.expire_all()
    stored = db.session.get(BoardItem, item_id)
    assert (stored.text, stored.version) == (winners[0], 2)
