"""A new post's notifications and the author's read position run as a followup: after the
post's own commit and broadcast, in a transaction of their own, exactly once, and not lost
when the process stops (or the work fails) in between (forum.db.followups)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from forum.accounts.models import User
from forum.db import followups, utcnow
from forum.db.followups import Followup
from forum.discussions import entrypoints
from forum.discussions.models import ReadState
from forum.extensions import db
from forum.notifications.models import Notification
from forum.realtime.publish import publish


def notifications(thread) -> list[tuple[int, str]]:
    return sorted(db.session.execute(select(Notification.user_id, Notification.kind).where(
        Notification.thread_id == thread.id)).all())


def waiting() -> int:
    return db.session.scalar(select(func.count()).select_from(Followup))


def test_the_post_goes_out_before_its_notifications(world, forum):
    people = world["people"]
    thread = forum.thread(world["spaces"]["open"], people["af"], "Tråd")
    with publish.capture() as events:
        entrypoints.submit_post(people["fk"], thread.id, "Hej @af.two", None)
    names = [e.name for e in events]
    assert names.index("post_created") < names.index("notification")
    assert notifications(thread) == sorted([(people["af"].id, "reply"),
                                            (people["af2"].id, "mention")])
    read = db.session.get(ReadState, (people["fk"].id, thread.id))
    assert read.last_read_seq == 2 and waiting() == 0


def test_a_followup_left_behind_runs_once_at_a_later_commit(world, forum, monkeypatch):
    people = world["people"]
    thread = forum.thread(world["spaces"]["open"], people["af"], "Tråd")
    # The process "stops" between the post's commit and its followup.
    real_run = followups.run_after_commit
    monkeypatch.setattr(followups, "run_after_commit", lambda session: None)
    entrypoints.submit_post(people["fk"], thread.id, "Hej @af.two", None)
    db.session.remove()  # what the stopped process knew is gone with it
    assert notifications(thread) == [] and waiting() == 1
    monkeypatch.setattr(followups, "run_after_commit", real_run)
    monkeypatch.setattr(followups, "SWEEP_SECONDS", 0)  # every commit looks
    # A commit soon after leaves it alone (it may still be running elsewhere)...
    entrypoints.submit_post(people["af2"], thread.id, "Ett svar till", None)
    assert waiting() == 1
    # ...one after ABANDONED_AFTER runs it, and only once.
    monkeypatch.setattr(followups, "ABANDONED_AFTER", followups.ABANDONED_AFTER * 0)
    entrypoints.submit_post(people["af2"], thread.id, "Och ett tredje", None)
    assert waiting() == 0
    mentions = [n for n in notifications(thread) if n[1] == "mention"]
    assert mentions == [(people["af2"].id, "mention")]
    assert followups.drain() == 0


def test_failed_work_stays_for_a_retry_and_the_post_is_kept(world, forum, monkeypatch):
    people = world["people"]
    thread = forum.thread(world["spaces"]["open"], people["af"], "Tråd")
    real = followups.HANDLERS["post_created"]

    def broken(payload):
        raise RuntimeError("the notification work failed")

    monkeypatch.setitem(followups.HANDLERS, "post_created", broken)
    post, duplicate = entrypoints.submit_post(people["fk"], thread.id, "Hej @af.two", None)
    assert not duplicate and post.seq == 2
    row = db.session.scalar(select(Followup))
    assert row.attempts == 1 and notifications(thread) == []
    monkeypatch.setitem(followups.HANDLERS, "post_created", real)
    assert followups.drain() == 1
    assert (people["af2"].id, "mention") in notifications(thread) and waiting() == 0


def test_a_row_is_claimed_once(world, forum, monkeypatch):
    people = world["people"]
    thread = forum.thread(world["spaces"]["open"], people["af"], "Tråd")
    monkeypatch.setattr(followups, "run_after_commit", lambda session: None)
    entrypoints.submit_post(people["fk"], thread.id, "Hej", None)
    followup_id = db.session.scalar(select(Followup.id))
    session = db.session()
    assert followups.run_one(session, followup_id) is True
    assert followups.run_one(session, followup_id) is False
    assert notifications(thread) == [(people["af"].id, "reply")]


def test_a_rolled_back_post_leaves_no_followup(world, forum):
    people = world["people"]
    thread = forum.thread(world["spaces"]["open"], people["af"], "Tråd")
    with pytest.raises(RuntimeError):
        from forum.db import unit_of_work
        from forum.discussions import actions

        with unit_of_work():
            draft = actions.check_new_post(people["fk"], thread, "Hej @af.two", None)
            actions.do_create_post(people["fk"], thread, draft, utcnow())
            raise RuntimeError("something later in the entry point failed")
    db.session.commit()
    assert waiting() == 0 and notifications(thread) == []


def test_a_followup_that_cannot_run_never_fails_the_post(world, forum, monkeypatch):
    people = world["people"]
    thread = forum.thread(world["spaces"]["open"], people["af"], "Tråd")

    def database_gone(session, followup_id):
        raise OSError("disk I/O error")

    monkeypatch.setattr(followups, "run_one", database_gone)
    post, duplicate = entrypoints.submit_post(people["fk"], thread.id, "Hej @af.two", None)
    assert post.seq == 2 and not duplicate
    assert waiting() == 1 and notifications(thread) == []


def test_left_behind_rows_are_looked_for_every_few_seconds(world, forum, monkeypatch):
    people = world["people"]
    thread_id = forum.thread(world["spaces"]["open"], people["af"], "Tråd").id
    writer_id = people["af2"].id
    real_run = followups.run_after_commit
    monkeypatch.setattr(followups, "run_after_commit", lambda session: None)
    entrypoints.submit_post(people["fk"], thread_id, "Kvar", None)
    db.session.remove()
    writer = db.session.get(User, writer_id)
    monkeypatch.setattr(followups, "run_after_commit", real_run)
    monkeypatch.setattr(followups, "ABANDONED_AFTER", followups.ABANDONED_AFTER * 0)
    clock = [1000.0]
    monkeypatch.setattr(followups, "monotonic", lambda: clock[0])
    monkeypatch.setattr(followups, "_last_sweep", [clock[0]])  # just looked
    entrypoints.submit_post(writer, thread_id, "Ett", None)
    assert waiting() == 1
    clock[0] += followups.SWEEP_SECONDS
    entrypoints.submit_post(writer, thread_id, "Två", None)
    assert waiting() == 0
