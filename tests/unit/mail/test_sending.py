"""The queue and the worker against a real SMTP server in its own process (aiosmtpd):
written with the change, sent after the commit, retried, bounced, never twice."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from forum.db import utcnow
from forum.email import queue, worker
from forum.email.models import BouncingAddress, MailMessage, MailStatus
from forum.extensions import db
from forum.notifications.models import Notification
from tests.mail_fixtures import smtp_settings


@pytest.fixture
def app_overrides(smtp_sink) -> dict:
    return smtp_settings(smtp_sink)


def queued(n: int, prefix: str = "person") -> list[int]:
    rows = [queue.enqueue(to=f"{prefix}{i}@example.org", kind="test", subject=f"Hej {i}",
                          text=f"Meddelande {i}") for i in range(n)]
    db.session.commit()
    return [r.id for r in rows]


def statuses() -> dict[str, int]:
    return {status.value: n for status, n in db.session.execute(
        select(MailMessage.status, func.count()).group_by(MailMessage.status))}


def test_a_mention_reaches_the_smtp_server_after_the_commit(app, world, forum, smtp_sink):
    smtp_sink.start()
    people = world["people"]
    thread = forum.thread(world["spaces"]["open"], people["af"], "Samordning")
    forum.post(thread, people["af"], "Hej @fk.person, kan du titta?")
    # The post wrote the intent on the notification row; the mail row is the worker's.
    (notification,) = db.session.scalars(select(Notification).where(
        Notification.user_id == people["fk"].id))
    assert notification.mail_pending
    assert db.session.scalar(select(func.count()).select_from(MailMessage)) == 0
    counts = worker.send_due(app)
    assert counts["queued"] == 1 and counts["composed"] == 1 and counts["sent"] == 1
    db.session.expire_all()
    row = db.session.scalar(select(MailMessage).where(MailMessage.user_id == people["fk"].id))
    assert row.status is MailStatus.SENT and row.notification_id == notification.id
    assert not notification.mail_pending
    (message,) = smtp_sink.wait_for(1)
    assert message["To"].addresses[0].addr_spec == people["fk"].email
    assert message["Auto-Submitted"] == "auto-generated"
    assert "Samordning" in message["Subject"] and "Anna AF" in message["Subject"]
    assert message["In-Reply-To"] == f"<thread-{thread.id}@localhost>"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message["List-Id"]
    assert "kan du titta" in message.get_body(("plain",)).get_content()
    assert worker.send_due(app)["sent"] == 0  # nothing twice
    assert len(smtp_sink.messages()) == 1


def test_a_rolled_back_change_mails_nobody(app, smtp_sink):
    smtp_sink.start()
    queue.enqueue(to="a@example.org", kind="test", subject="x", text="y")
    db.session.rollback()
    assert worker.send_due(app)["sent"] == 0
    assert db.session.scalar(select(func.count()).select_from(MailMessage)) == 0


def test_smtp_down_for_ten_minutes_then_everything_goes_out(app, smtp_sink, world, forum):
    start = utcnow()
    ids = queued(5)
    people = world["people"]
    thread = forum.thread(world["spaces"]["open"], people["af"], "Medan servern är nere")
    for minute in range(0, 11):  # the worker passes every minute while the server is down
        if minute == 5:  # posting works meanwhile, and its mail waits too
            post = forum.post(thread, people["af"], "Hej @fk.person")
            assert post.id is not None
        counts = worker.send_due(app, now=start + timedelta(minutes=minute))
        assert counts["sent"] == 0
    assert statuses() == {"waiting": 6}
    assert smtp_sink.messages() == []
    smtp_sink.start()
    worker.send_due(app, now=start + timedelta(minutes=40))  # past the longest backoff so far
    assert statuses() == {"sent": 6}
    received = smtp_sink.wait_for(6)
    mention = db.session.scalar(select(MailMessage.id).where(
        MailMessage.user_id == people["fk"].id))
    assert sorted(m["Message-ID"] for m in received) == sorted(
        f"<mail-{i}@localhost>" for i in [*ids, mention])


def test_an_address_answering_550_bounces_and_the_others_go(app, smtp_sink):
    smtp_sink.refuse = ["person1@example.org"]
    smtp_sink.start()
    queued(3)
    counts = worker.send_due(app)
    assert counts["sent"] == 2 and counts["bouncing"] == 1
    assert {m["To"].addresses[0].addr_spec for m in smtp_sink.wait_for(2)} == {
        "person0@example.org", "person2@example.org"}
    assert db.session.get(BouncingAddress, "person1@example.org") is not None
    bounced = db.session.scalar(select(MailMessage).where(
        MailMessage.to_address == "person1@example.org"))
    assert bounced.status is MailStatus.BOUNCING and bounced.last_error.startswith("550")
    # The next mail to a bouncing address is not even tried.
    queue.enqueue(to="person1@example.org", kind="test", subject="igen", text="igen")
    db.session.commit()
    assert worker.send_due(app)["bouncing"] == 1
    assert len(smtp_sink.messages()) == 2


def test_temporary_failures_back_off_and_give_up_at_the_limit(app, smtp_sink):
    app.config["MAIL_MAX_ATTEMPTS"] = 3
    (row_id,) = queued(1)
    start = utcnow()
    worker.send_due(app, now=start)
    row = db.session.get(MailMessage, row_id)
    assert row.attempts == 1 and row.status is MailStatus.WAITING
    first_wait = row.next_attempt_at - start
    worker.send_due(app, now=row.next_attempt_at)
    db.session.refresh(row)
    assert row.attempts == 2 and (row.next_attempt_at - start) > 2 * first_wait
    worker.send_due(app, now=row.next_attempt_at)
    db.session.refresh(row)
    assert row.status is MailStatus.FAILED and "unreachable" in row.last_error


def test_dedupe_key_makes_one_mail_per_cause(app):
    assert queue.enqueue(to="a@example.org", kind="t", subject="s", text="t", dedupe_key="k1")
    assert queue.enqueue(to="a@example.org", kind="t", subject="s", text="t",
                         dedupe_key="k1") is None
    db.session.commit()
    assert db.session.scalar(select(func.count()).select_from(MailMessage)) == 1


def test_header_injection_in_a_name_or_title_stays_in_its_header(app, world, forum, smtp_sink):
    smtp_sink.start()
    people = world["people"]
    people["af"].display_name = "Anna\r\nBcc: victim@example.org"
    people["fk"].display_name = "Fia\nBcc: other@example.org"
    db.session.commit()
    thread = forum.thread(world["spaces"]["open"], people["af"],
                          "Titel\r\nBcc: evil@example.org\r\n\r\nbody")
    forum.post(thread, people["af"], "Hej @fk.person")
    worker.send_due(app)
    (message,) = smtp_sink.wait_for(1)
    assert message["Bcc"] is None
    assert message["X-Sink-To"] == people["fk"].email  # the envelope: one recipient
    assert "\n" not in message["Subject"] and "Bcc: evil@example.org" in message["Subject"]
    assert message["To"].addresses[0].display_name == "Fia Bcc: other@example.org"


def test_header_injection_in_any_queued_mail_stays_in_its_header(app, smtp_sink):
    """Whatever kind queued it (an inbox reminder naming a title, a digest, an invitation):
    line breaks in a subject or a header value never start a header, and a header the queue
    does not allow is never written."""
    smtp_sink.start()
    queue.enqueue(to="person@example.org", kind="inbox_reminder",
                  subject="Fråga\r\nBcc: evil@example.org\nX-Evil: 1",
                  text="Text", headers={"In-Reply-To": "<t-1@localhost>\r\nBcc: x@example.org",
                                        "X-Forum-Kind": "inbox\nCc: y@example.org",
                                        "Bcc": "z@example.org", "Cc": "w@example.org"})
    db.session.commit()
    assert worker.send_due(app)["sent"] == 1
    (message,) = smtp_sink.wait_for(1)
    assert message["Bcc"] is None and message["Cc"] is None and message["X-Evil"] is None
    assert message["X-Sink-To"] == "person@example.org"  # the envelope: one recipient
    assert message["Subject"] == "Fråga Bcc: evil@example.org X-Evil: 1"
    assert message["X-Forum-Kind"] == "inbox Cc: y@example.org"
