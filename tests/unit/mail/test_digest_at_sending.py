"""The digest is checked against access when it is sent, not only when it is made: access
lost between the two takes the lost things out of the e-mail, and a digest left with
nothing new is not sent (dropped, the reason on /admin/mail). Against a real SMTP server."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import delete, select

from forum.accounts.visibility import Visibility
from forum.email import digest, worker
from forum.email.models import MailMessage, MailStatus
from forum.extensions import db
from forum.pbl.models import GroupMember
from tests.mail_fixtures import smtp_settings
from tests.unit.mail.test_digest import MORNING


@pytest.fixture
def app_overrides(smtp_sink) -> dict:
    return smtp_settings(smtp_sink)


def digest_row(user) -> MailMessage:
    return db.session.scalar(select(MailMessage).where(
        MailMessage.user_id == user.id, MailMessage.kind == "digest"))


def received_by(sink, user):
    found = [m for m in sink.messages() if m["To"].addresses[0].addr_spec == user.email
             and "sammanfattning" in m["Subject"]]
    assert len(found) <= 1
    return found[0] if found else None


def whole(message) -> str:
    """Subject, plain text and HTML of a received e-mail."""
    return "\n".join([message["Subject"], message.get_body(("plain",)).get_content(),
                      message.get_body(("html",)).get_content()])


def test_a_space_lost_before_sending_leaves_the_digest_and_an_empty_one_is_not_sent(
        app, world, forum, smtp_sink, client):
    smtp_sink.start()
    people, spaces = world["people"], world["spaces"]
    af, af2, fk = people["af"], people["af2"], people["fk"]
    # AF's person: a thread in the open space and one in the group's space.
    secret = forum.thread(spaces["open"], af, "Hemlig fortsättning", "Starten")
    forum.post(secret, fk, "Svaret som inte får gå ut")
    kept = forum.thread(spaces["group"], af, "Gruppens tråd")
    forum.post(kept, fk, "Svar i gruppen")
    # AF's colleague: only a thread in the open space.
    lonely = forum.thread(spaces["open"], af2, "Bara i det öppna rummet")
    forum.post(lonely, fk, "Ett svar till Arvid")
    # FK's person: a thread in the open space, which stays theirs.
    own = forum.thread(spaces["open"], fk, "FK:s egen tråd")
    forum.post(own, af, "Ett svar till Fia")
    assert digest.send_digests(MORNING) == 3
    for who, title in ((af, "Hemlig fortsättning"), (af2, "Bara i det öppna rummet"),
                       (fk, "FK:s egen tråd")):
        assert title in digest_row(who).text_body  # all of it readable when it was made
    # Before the worker sends, the open space becomes FK's own: AF no longer reads it.
    space = spaces["open"]
    space.visibility, space.organization_id = Visibility.ORG, world["orgs"]["fk"].id
    db.session.commit()

    counts = worker.send_due(app, now=MORNING + timedelta(minutes=1))
    assert (counts["sent"], counts["dropped"]) == (2, 1)
    smtp_sink.wait_for(2)
    mine = whole(received_by(smtp_sink, af))
    assert "Gruppens tråd" in mine and f"/t/{kept.id}#post-2" in mine
    for gone in ("Hemlig fortsättning", f"/t/{secret.id}", "Starten",
                 "Svaret som inte får gå ut"):
        assert gone not in mine
    row = digest_row(af)
    assert row.status is MailStatus.SENT and "Hemlig" not in row.text_body + row.html_body
    assert [n["thread_id"] for n in row.refers_to["notifications"]] == [kept.id]
    # Nothing left for the colleague: not sent, and the admin page says why.
    assert received_by(smtp_sink, af2) is None
    dropped = digest_row(af2)
    assert dropped.status is MailStatus.DROPPED and "no access" in dropped.last_error
    client.login(people["admin"])
    page = client.get("/admin/mail?status=dropped").get_data(as_text=True)
    assert af2.email in page and "no access" in page
    # FK still reads the space: their digest goes as it was made.
    theirs = whole(received_by(smtp_sink, fk))
    assert "FK:s egen tråd" in theirs and f"/t/{own.id}#post-2" in theirs
    assert worker.send_due(app, now=MORNING + timedelta(minutes=2))["sent"] == 0
    assert len(smtp_sink.messages()) == 2


def test_pages_and_sessions_are_checked_again_too(app, world, forum, smtp_sink):
    """A member taken out of the group loses its session line; a page made another
    organization's own goes; what still reads goes out (a reply keeps it worth sending)."""
    from forum.pbl import sessions
    from tests.unit.wiki.helpers import make_page

    smtp_sink.start()
    people, orgs = world["people"], world["orgs"]
    af = people["af"]
    staying = make_page(people["admin"], "Rutin som står kvar", org=orgs["af"])
    moving = make_page(people["admin"], "Rutin som flyttar", org=orgs["af"])
    for page in (staying, moving):
        page.review_by = MORNING.date() + timedelta(days=2)
    followed = forum.thread(world["spaces"]["open"], af, "Tråden som står kvar")
    forum.post(followed, people["fk"], "Ett svar")
    sessions.do_plan_session(af, world["group"], MORNING + timedelta(hours=6), 120)
    db.session.commit()
    digest.send_digests(MORNING)
    made = digest_row(af).text_body
    for title in ("Rutin som står kvar", "Rutin som flyttar", "PBL Älvdalen"):
        assert title in made
    db.session.execute(delete(GroupMember).where(GroupMember.user_id == af.id,
                                                 GroupMember.group_id == world["group"].id))
    moving.visibility, moving.organization_id = Visibility.ORG, orgs["fk"].id
    db.session.commit()

    counts = worker.send_due(app, now=MORNING + timedelta(minutes=1))
    smtp_sink.wait_for(counts["sent"])
    mine = whole(received_by(smtp_sink, af))
    assert "Rutin som står kvar" in mine and f"/wiki/{staying.id}" in mine
    assert "Tråden som står kvar" in mine
    for gone in ("Rutin som flyttar", f"/wiki/{moving.id}", "PBL Älvdalen", "/pbl/s/"):
        assert gone not in mine
    # The group's other member keeps the session line.
    fk_mail = received_by(smtp_sink, people["fk"])
    assert fk_mail is not None and "PBL Älvdalen" in whole(fk_mail)


def test_a_person_made_inactive_before_sending_gets_no_digest(app, world, forum, smtp_sink):
    smtp_sink.start()
    people = world["people"]
    thread = forum.thread(world["spaces"]["open"], people["af"], "Tråd före avstängning")
    forum.post(thread, people["fk"], "Ett svar")
    digest.send_digests(MORNING)
    people["af"].active = False
    db.session.commit()
    assert worker.send_due(app, now=MORNING + timedelta(minutes=1))["dropped"] >= 1
    assert digest_row(people["af"]).status is MailStatus.DROPPED
    assert received_by(smtp_sink, people["af"]) is None


def test_a_post_hidden_or_deleted_before_sending_takes_its_line_out(app, world, forum,
                                                                    smtp_sink):
    from forum.db import utcnow

    smtp_sink.start()
    people = world["people"]
    person = people["af"]
    hidden = forum.thread(world["spaces"]["open"], person, "Tråd med dolt svar")
    flagged = forum.post(hidden, people["fk"], "Ett svar som flaggas")
    deleted = forum.thread(world["spaces"]["open"], person, "Tråd med raderat svar")
    removed = forum.post(deleted, people["fk"], "Ett svar som raderas")
    kept = forum.thread(world["spaces"]["open"], person, "Tråd som står kvar")
    forum.post(kept, people["fk"], "Ett vanligt svar")
    digest.send_digests(MORNING)
    assert "Tråd med dolt svar" in digest_row(person).text_body
    flagged.hidden_at = utcnow()  # hidden pending review: its author and moderators only
    removed.deleted_at = utcnow()
    db.session.commit()
    counts = worker.send_due(app, now=MORNING + timedelta(minutes=1))
    smtp_sink.wait_for(counts["sent"])
    mine = whole(received_by(smtp_sink, person))
    assert "Tråd som står kvar" in mine
    assert "Tråd med dolt svar" not in mine and "Tråd med raderat svar" not in mine
