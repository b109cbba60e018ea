"""Followups on PostgreSQL: a post's notifications arrive after its broadcast, and a row two
processes reach at the same moment is done by exactly one (forum.db.followups)."""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from forum.db import followups
from forum.db.followups import Followup
from forum.discussions import entrypoints
from forum.extensions import db
from forum.notifications.models import Notification
from forum.realtime.publish import publish
from tests.conftest import postgres_app_fixture
from tests.factories import ForumFactory

pg_app = postgres_app_fixture("forum_followups")


def test_followups_on_postgres(pg_app, monkeypatch):
    f = ForumFactory()
    fk, af = f.org("Försäkringskassan", handle="fk"), f.org("Arbetsförmedlingen", handle="af")
    starter, writer = f.user(af, username="anna"), f.user(fk, username="fia")
    mentioned = f.user(af, username="ali")
    thread = f.thread(f.space("allmant", "all"), starter, "Öppen tråd")
    with publish.capture() as events:
        entrypoints.submit_post(writer, thread.id, "Hej @ali", None)
    names = [e.name for e in events]
    assert names.index("post_created") < names.index("notification")
    kinds = dict(db.session.execute(select(Notification.user_id, Notification.kind)).all())
    assert kinds == {starter.id: "reply", mentioned.id: "mention"}

    # Left behind, then reached by two processes at once: one does it.
    monkeypatch.setattr(followups, "run_after_commit", lambda session: None)
    entrypoints.submit_post(writer, thread.id, "Och @ali igen", None)
    followup_id = db.session.scalar(select(Followup.id))
    db.session.commit()
    barrier, results = threading.Barrier(2), []

    def run() -> None:
        with pg_app.app_context():
            barrier.wait()
            try:
                results.append(followups.run_one(db.session(), followup_id))
            finally:
                db.session.remove()

    workers = [threading.Thread(target=run) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=20)
    assert sorted(results) == [False, True]
    assert db.session.scalar(select(func.count()).select_from(Notification).where(
        Notification.user_id == mentioned.id)) == 2
    assert db.session.scalar(select(func.count()).select_from(Followup)) == 0
