"""The e-mail intent on the notification row: posting writes `mail_pending` and nothing of
the mail queue; the worker turns due intents into mail rows once (preferences, address,
access), clears them, and wakes in time for them."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import event, func, select, text

from forum.accounts.visibility import Visibility
from forum.db import utcnow
from forum.email import notify, preferences, process, worker
from forum.email.models import MailMessage, MailStatus
from forum.extensions import db
from forum.notifications import actions as notification_actions
from forum.notifications.models import Notification
from forum.rollups import track as rollups_track
from tests.conftest import postgres_app_fixture
from tests.factories import ForumFactory
from tests.unit.mail.test_notify import files, later

pg_app = postgres_app_fixture("forum_mail_intent", MAIL_DELAY_MINUTES=0,
                              BASE_URL="http://localhost")


@pytest.fixture
def app_overrides() -> dict:
    return {"MAIL_DELAY_MINUTES": 10}


def pending() -> dict[int, bool]:
    """notification id -> mail_pending, for every notification."""
    db.session.expire_all()
    return dict(db.session.execute(
        select(Notification.id, Notification.mail_pending).order_by(Notification.id)).all())


def mail_rows() -> list[MailMessage]:
    db.session.expire_all()
    return list(db.session.scalars(select(MailMessage).order_by(MailMessage.id)))


def statements_during(action) -> list[str]:
    seen: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        action()
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    return seen


def test_a_post_leaves_the_intent_on_its_notifications_and_no_mail_row(app, world, forum,
                                                                     monkeypatch):
    from forum.db import followups

    monkeypatch.setattr(followups, "SWEEP_SECONDS", 1e9)  # no sweep in one post only
    people = world["people"]
    thread = forum.thread(world["spaces"]["open"], people["af"], "Avsikten")
    forum.post(thread, people["af"], "Hej @fk.person")  # warm-up: the same statements after
    on = statements_during(lambda: forum.post(thread, people["af"], "Igen @fk.person"))
    hooks = notification_actions._WRITING
    hooks.remove(notify.mark_for_mail)
    try:
        off = statements_during(lambda: forum.post(thread, people["af"], "Av @fk.person"))
    finally:
        hooks.append(notify.mark_for_mail)
    # E-mail on costs the post no statement: not one more, none that reads the mail tables.
    assert len(on) == len(off)
    assert not [s for s in on if "mail_messages" in s or "mail_preferences" in s]
    assert list(pending().values()) == [True, True, False]  # e-mail off: no intent
    assert mail_rows() == []


def test_only_kinds_that_can_be_mailed_carry_the_intent(app, world, forum):
    people = world["people"]
    rows = [Notification(user_id=people["fk"].id, kind="boundary", created_at=utcnow()),
            Notification(user_id=people["fk"].id, kind="reply", created_at=utcnow())]
    notify.mark_for_mail(rows, utcnow())
    assert [r.mail_pending is True for r in rows] == [False, True]


def test_the_worker_queues_when_due_and_again_adds_nothing(app, world, forum):
    people = world["people"]
    thread = forum.thread(world["spaces"]["open"], people["af"], "En gång")
    forum.post(thread, people["af"], "Hej @fk.person")
    assert notify.materialize_due(utcnow()) == {}  # not due yet: the delay
    assert list(pending().values()) == [True]
    counts = notify.materialize_due(later())
    assert counts == {"queued": 1}
    (row,) = mail_rows()
    (notification_id,) = pending()
    assert row.dedupe_key == f"notification:{notification_id}" and not row.composed
    assert row.next_attempt_at == db.session.get(Notification, notification_id).created_at \
        + timedelta(minutes=10)  # due when the delay from the post ends, as before
    assert pending() == {notification_id: False}
    assert notify.materialize_due(later()) == {}  # idempotent: nothing is pending
    # An intent seen a second time (a replayed batch) finds its mail row and adds nothing.
    db.session.get(Notification, notification_id).mail_pending = True
    db.session.commit()
    assert notify.materialize_due(later()) == {"already_queued": 1}
    assert len(mail_rows()) == 1 and pending() == {notification_id: False}
    assert worker.send_due(app, now=later())["sent"] == 1
    assert worker.send_due(app, now=later(20))["sent"] == 0
    assert len(files(app)) == 1


def test_never_gets_nothing_and_the_intent_is_cleared(app, world, forum):
    people = world["people"]
    preferences.do_set(people["fk"].id, {"mention": preferences.NEVER})
    db.session.commit()
    thread = forum.thread(world["spaces"]["open"], people["af"], "Tyst")
    forum.post(thread, people["af"], "Hej @fk.person och @fk.local")
    forum.post(thread, people["af2"], "Ett svar")  # to the starter: "in the digest"
    counts = worker.send_due(app, now=later())
    assert counts["not_wanted"] == 2 and counts["queued"] == 1 and counts["sent"] == 1
    assert not any(pending().values())
    assert [r.user_id for r in mail_rows()] == [people["fk_local"].id]
    assert [m["To"].addresses[0].addr_spec for m in files(app)] == [people["fk_local"].email]


def test_lost_access_meanwhile_gives_no_mail(app, world, forum):
    people = world["people"]
    space = world["spaces"]["open"]
    thread = forum.thread(space, people["fk"], "Blir internt")
    forum.post(thread, people["fk"], "Till @af.person")
    space.visibility, space.organization_id = Visibility.ORG, world["orgs"]["fk"].id
    db.session.commit()
    counts = worker.send_due(app, now=later())
    assert counts["sent"] == 0 and counts["dropped"] == 1
    assert files(app) == []
    assert not any(pending().values())
    (row,) = mail_rows()
    assert row.status is MailStatus.DROPPED and row.last_error == "no access"


def test_the_worker_wakes_for_the_earliest_intent(app, world, forum, monkeypatch):
    people = world["people"]
    woken: list[bool] = []
    monkeypatch.setattr(process, "wake_child", lambda: woken.append(True))
    # Every post also wakes the worker to count it for the rollups: this is about the
    # e-mail's own wake-up, so the rollups' is left out.
    monkeypatch.setattr(rollups_track, "_wake_worker", rollups_track._no_worker)
    thread = forum.thread(world["spaces"]["open"], people["af"], "Väckning")
    assert worker.next_due_in(app, utcnow()) is None
    forum.post(thread, people["af"], "Hej @fk.person")
    assert woken == []  # due in ten minutes: the worker's own clock wakes it
    assert 590 < worker.next_due_in(app, utcnow()) <= 600
    assert worker.next_due_in(app, later()) == 0.0
    app.config["MAIL_DELAY_MINUTES"] = 0
    forum.post(thread, people["af"], "Nu @fk.person")
    assert woken == [True]  # delay 0: the commit wakes the worker at once
    assert worker.next_due_in(app, utcnow()) == 0.0


@pytest.mark.postgres
def test_two_materialize_runs_at_once_on_postgres_queue_each_mail_once(pg_app, monkeypatch):
    f = ForumFactory()
    org = f.org("Försäkringskassan", handle="fk")
    author = f.user(org, username="author")
    people = [f.user(org, username=f"p{i}") for i in range(12)]
    thread = f.thread(f.space("allmant", "all"), author, "Samtidigt")
    f.post(thread, author, " ".join(f"@p{i}" for i in range(12)))
    assert sum(pending().values()) == 12

    # Run A takes its first batch and holds it (its transaction open) while run B goes.
    taken, release = threading.Event(), threading.Event()
    original, results = notify._materialize, {}

    def held(rows):
        if threading.current_thread().name == "A" and not taken.is_set():
            taken.set()
            assert release.wait(30)
        return original(rows)

    monkeypatch.setattr(notify, "_materialize", held)

    def run(name: str) -> None:
        with pg_app.app_context():
            try:
                results[name] = notify.materialize_due(utcnow(), batch=5)
            finally:
                db.session.remove()

    a = threading.Thread(target=run, args=("A",), name="A")
    a.start()
    assert taken.wait(30)
    b = threading.Thread(target=run, args=("B",), name="B")
    b.start()
    b.join(30)
    b_done_while_a_held_its_rows = not b.is_alive()  # B skipped them, it did not wait
    release.set()
    a.join(30)
    assert b_done_while_a_held_its_rows
    assert results == {"A": {"queued": 5}, "B": {"queued": 7}}
    rows = mail_rows()
    assert sorted(r.user_id for r in rows) == sorted(p.id for p in people)
    assert db.session.scalar(select(func.count(func.distinct(MailMessage.notification_id)))) \
        == 12
    assert not any(pending().values())


def test_the_worker_finds_due_intents_through_the_partial_index(app):
    """SQLite uses a partial index only when the query repeats its predicate: the worker's
    two reads must stay written as the index is (mail_pending = 1)."""
    due = notify._pending().where(Notification.created_at <= utcnow()) \
        .order_by(Notification.id).limit(5)
    earliest = select(func.min(Notification.created_at)).where(Notification.mail_pending)
    for query in (due, earliest):
        sql = str(query.compile(db.engine, compile_kwargs={"literal_binds": True}))
        plan = " ".join(row[3] for row in db.session.execute(text("EXPLAIN QUERY PLAN " + sql)))
        assert "USING INDEX ix_notifications_mail_pending" in plan, plan
