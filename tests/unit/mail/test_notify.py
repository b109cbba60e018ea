"""Notification e-mail: the delay, seen-in-the-browser drops it, one e-mail per person and
window, access checked when sent, the recipient's language, identity numbers masked."""

from __future__ import annotations

import email
from datetime import timedelta
from email.policy import default as default_policy
from pathlib import Path

import pytest
from sqlalchemy import select

from forum.accounts.visibility import Visibility
from forum.db import utcnow
from forum.discussions import actions, state_actions
from forum.email import worker
from forum.email.models import MailMessage, MailStatus
from forum.extensions import db
from forum.notifications import actions as notifications


@pytest.fixture
def app_overrides() -> dict:
    return {"MAIL_DELAY_MINUTES": 10}


def files(app) -> list:
    return [email.message_from_bytes(p.read_bytes(), policy=default_policy)
            for p in sorted(Path(app.config["MAIL_DIR"]).glob("*.eml"))]


def rows_for(user) -> list[MailMessage]:
    db.session.expire_all()
    return list(db.session.scalars(select(MailMessage).where(MailMessage.user_id == user.id)
                                   .order_by(MailMessage.id)))


def later(minutes: float = 11):
    return utcnow() + timedelta(minutes=minutes)


def test_waits_for_the_delay_then_merges_the_window_into_one_mail(app, world, forum):
    people = world["people"]
    thread = forum.thread(world["spaces"]["open"], people["af"], "Samverkan")
    forum.post(thread, people["af"], "Första frågan till @fk.person")
    other = forum.thread(world["spaces"]["open"], people["af2"], "Annat")
    forum.post(other, people["af2"], "Och en till @fk.person")
    assert worker.send_due(app)["sent"] == 0  # not yet: the delay
    assert files(app) == []
    counts = worker.send_due(app, now=later())
    assert counts["sent"] == 1 and counts["merged"] == 1
    (message,) = files(app)
    text = message.get_body(("plain",)).get_content()
    assert "Första frågan" in text and "Och en till" in text
    assert message["In-Reply-To"] is None  # two threads: no single thread to group under
    assert [r.status for r in rows_for(people["fk"])] == [MailStatus.SENT, MailStatus.DROPPED]


def test_seen_in_the_browser_meanwhile_means_no_mail(app, world, forum):
    people = world["people"]
    thread = forum.thread(world["spaces"]["open"], people["af"], "Sett")
    post = forum.post(thread, people["af"], "Hej @fk.person")
    forum.post(thread, people["af"], "Hej @af.two")
    state_actions.do_mark_read(people["fk"], thread, post.seq, utcnow())  # read position
    notifications.do_mark_read(people["af2"], utcnow())  # the notification list
    db.session.commit()
    counts = worker.send_due(app, now=later())
    assert counts["sent"] == 0 and counts["dropped"] == 2
    assert files(app) == []
    assert {r.last_error for r in rows_for(people["fk"]) + rows_for(people["af2"])} == {"seen"}


def test_access_is_checked_when_the_mail_is_sent(app, world, forum):
    people = world["people"]
    space = world["spaces"]["open"]
    thread = forum.thread(space, people["fk"], "Snart internt")
    forum.post(thread, people["fk"], "Till @af.person och @fk.local")
    space.visibility, space.organization_id = Visibility.ORG, world["orgs"]["fk"].id
    db.session.commit()  # AF lost access before the mail was due
    worker.send_due(app, now=later())
    assert [m["To"].addresses[0].addr_spec for m in files(app)] == [people["fk_local"].email]
    (row,) = rows_for(people["af"])
    assert row.status is MailStatus.DROPPED and row.last_error == "no access"


def test_the_recipients_language(app, world, forum):
    people = world["people"]
    people["fk"].language, people["fk_local"].language = "en", "sv"
    db.session.commit()
    thread = forum.thread(world["spaces"]["open"], people["af"], "Språk")
    forum.post(thread, people["af"], "@fk.person och @fk.local")
    worker.send_due(app, now=later())
    subjects = {m["To"].addresses[0].addr_spec: m["Subject"] for m in files(app)}
    assert subjects[people["fk"].email] == "Anna AF mentioned you: Språk"
    assert subjects[people["fk_local"].email] == "Anna AF nämnde dig: Språk"


def test_an_identity_number_never_reaches_an_email(app, world, forum):
    people = world["people"]
    thread = forum.thread(world["spaces"]["open"], people["af"], "Ärende")
    body = "@fk.person gäller 19121212-1212, kan du kolla?"
    draft = actions.check_new_post(people["af"], thread, body, None, confirm_privacy=True)
    actions.do_create_post(people["af"], thread, draft, utcnow())
    db.session.commit()
    worker.send_due(app, now=later())
    (message,) = files(app)
    raw = bytes(message).decode()
    assert "1212-1212" not in raw and "121212" not in raw
    assert "████████-████" in message.get_body(("plain",)).get_content()
    assert "kan du kolla" in message.get_body(("html",)).get_content()


def test_html_has_no_remote_images_or_tracking(app, world, forum):
    people = world["people"]
    thread = forum.thread(world["spaces"]["open"], people["af"], "Bild")
    forum.post(thread, people["af"], "@fk.person ![x](https://tracker.example/p.gif)")
    worker.send_due(app, now=later())
    (message,) = files(app)
    html = message.get_body(("html",)).get_content()
    assert "<img" not in html and "src=" not in html  # nothing loads by itself
    assert "<script" not in html and "style=" not in html
    assert 'href="http://localhost/people/' in html  # links work from a mail client


def test_a_new_thread_in_a_watched_space_is_its_own_kind(app, world, forum):
    from forum.discussions.models import FollowLevel
    from forum.email import preferences
    from forum.notifications.models import Notification

    people, space = world["people"], world["spaces"]["open"]
    state_actions.do_set_follow(people["fk"], FollowLevel.WATCH, space=space)
    preferences.do_set(people["fk"].id, {"new_thread": "immediately"})
    db.session.commit()
    thread = forum.thread(space, people["af"], "Ny tråd i bevakat utrymme")
    forum.post(thread, people["af"], "Och ett svar")
    kinds = list(db.session.scalars(select(Notification.kind).where(
        Notification.user_id == people["fk"].id).order_by(Notification.id)))
    assert kinds == ["new_thread", "reply"]
    worker.send_due(app, now=later())
    (message,) = files(app)  # the reply is "in the digest" by default: only the new thread
    assert message["Subject"] == "Anna AF startade en ny tråd: Ny tråd i bevakat utrymme"
