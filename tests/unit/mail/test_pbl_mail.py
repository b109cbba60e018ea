"""PBL e-mail: the opened session, the published minutes and the reminder the day before,
each to exactly the group (never the one who did it, never someone removed from the group),
per preference (immediately, in the digest, never), against a real SMTP server."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from forum.db import utcnow
from forum.email import digest, pbl_reminders, preferences, worker
from forum.email.models import MailMessage
from forum.errors import Conflict, PermissionDenied
from forum.extensions import db
from forum.notifications.models import Notification
from forum.pbl import actions, entrypoints, sessions
from tests.conftest import FormClient
from tests.mail_fixtures import smtp_settings


@pytest.fixture
def app_overrides(smtp_sink) -> dict:
    return smtp_settings(smtp_sink) | {"MAIL_DELAY_MINUTES": 0}


def recipients(messages) -> set[str]:
    return {m["To"].addresses[0].addr_spec for m in messages}


def emails(pbl, *who: str) -> set[str]:
    return {pbl["people"][w].email for w in who}


def notified(kind: str) -> set[int]:
    return set(db.session.scalars(select(Notification.user_id).where(Notification.kind == kind)))


def remove(pbl, who: str) -> None:
    tutor = pbl["people"]["tutor"]
    actions.do_remove_member(pbl["group"], actions.check_remove_member(
        tutor, pbl["group"], pbl["people"][who].id))
    db.session.commit()


def test_opening_tells_the_group_but_not_the_tutor_nor_a_removed_member(app, pbl, smtp_sink):
    smtp_sink.start()
    people = pbl["people"]
    remove(pbl, "fk")
    entrypoints.open_session(people["tutor"], pbl["session"].id)
    assert notified("pbl_opened") == {people["af"].id, people["observer"].id}
    assert worker.send_due(app)["sent"] == 2
    received = smtp_sink.wait_for(2)
    assert recipients(received) == emails(pbl, "af", "observer")
    message = received[0]
    assert "öppnade sessionen" in message["Subject"]
    assert message["X-Forum-Kind"] == "pbl_opened"
    assert "/email/unsubscribe/" in message["List-Unsubscribe"]
    assert worker.send_due(app)["sent"] == 0
    assert len(smtp_sink.messages()) == 2


def test_opening_someone_elses_session_is_refused_and_sends_nothing(app, pbl, smtp_sink):
    smtp_sink.start()
    for who in ("fk", "observer"):
        with pytest.raises(PermissionDenied):
            entrypoints.open_session(pbl["people"][who], pbl["session"].id)
    db.session.rollback()
    assert notified("pbl_opened") == set()
    assert db.session.scalar(select(MailMessage.id)) is None
    assert worker.send_due(app)["sent"] == 0


def test_opening_over_http_by_an_outsider_or_a_member_sends_nothing(app, pbl, client,
                                                                    smtp_sink):
    smtp_sink.start()
    url = f"/pbl/s/{pbl['session'].id}/open"
    client.login(pbl["people"]["outsider"])
    assert client.post_form(url, token_page="/settings/email").status_code == 404
    member = FormClient(app.test_client())
    member.login(pbl["people"]["fk"])
    assert member.post_form(url, token_page="/settings/email").status_code == 403
    db.session.rollback()
    assert notified("pbl_opened") == set()
    assert worker.send_due(app)["sent"] == 0 and smtp_sink.messages() == []


def test_opening_twice_is_a_conflict_and_tells_nobody_again(app, pbl, open_session):
    before = db.session.scalar(select(db.func.count(Notification.id)))
    with pytest.raises(Conflict):
        entrypoints.open_session(pbl["people"]["tutor"], open_session.id)
    db.session.rollback()
    assert db.session.scalar(select(db.func.count(Notification.id))) == before


def test_never_suppresses_the_opened_session_mail(app, pbl, smtp_sink):
    smtp_sink.start()
    people = pbl["people"]
    preferences.do_set(people["af"].id, {"pbl_opened": preferences.NEVER})
    db.session.commit()
    entrypoints.open_session(people["tutor"], pbl["session"].id)
    assert notified("pbl_opened") == {people[w].id for w in ("fk", "af", "observer")}
    worker.send_due(app)
    assert recipients(smtp_sink.wait_for(2)) == emails(pbl, "fk", "observer")
    assert len(smtp_sink.messages()) == 2


def test_minutes_published_at_closing_go_to_the_digest_by_default(app, pbl, open_session,
                                                                  smtp_sink):
    smtp_sink.start()
    people = pbl["people"]
    worker.send_due(app)
    smtp_sink.wait_for(3)  # the opened session
    remove(pbl, "observer")
    entrypoints.close_session(people["tutor"], open_session.id, "Vem ringer först?",
                              "Vi gick igenom dag 170.")
    assert notified("pbl_minutes") == {people["fk"].id, people["af"].id}
    worker.send_due(app)
    # The question goes out at once (the default); the minutes wait for the digest.
    received = smtp_sink.wait_for(5)
    assert recipients(received[3:]) == emails(pbl, "fk", "af")
    assert all(m["X-Forum-Kind"] == "pbl_question" for m in received[3:])
    assert len(smtp_sink.messages()) == 5
    row = digest.digest_for_one(people["fk"], utcnow() + timedelta(hours=1), "digest:test")
    db.session.commit()
    # The digest's line leads to the minutes' post in the chat (post 2; the question is 3).
    assert row is not None and f"/t/{open_session.thread_id}#post-2" in row.text_body
    assert digest.digest_for_one(people["observer"], utcnow() + timedelta(hours=1),
                                 "digest:obs") is None


def test_minutes_set_to_immediately_are_mailed_once_and_later_edits_are_quiet(
        app, pbl, open_session, smtp_sink):
    smtp_sink.start()
    people = pbl["people"]
    for who in ("fk", "af", "observer"):
        preferences.do_set(people[who].id, {"pbl_minutes": preferences.IMMEDIATELY,
                                            "pbl_opened": preferences.NEVER,
                                            "pbl_question": preferences.NEVER})
    db.session.commit()
    entrypoints.close_session(people["tutor"], open_session.id, "Fråga?", "")
    assert notified("pbl_minutes") == set()  # closed without minutes: nothing published
    text = sessions.check_edit_minutes(people["af"], open_session, "Sekreterarens text")
    sessions.do_edit_minutes(people["af"], open_session, text, utcnow())
    db.session.commit()
    # The writer is not told about their own minutes; the tutor gets them in the digest.
    assert notified("pbl_minutes") == {people[w].id for w in ("tutor", "fk", "observer")}
    text = sessions.check_edit_minutes(people["fk"], open_session, "Kompletterad text")
    sessions.do_edit_minutes(people["fk"], open_session, text, utcnow())
    db.session.commit()
    assert notified("pbl_minutes") == {people[w].id for w in ("tutor", "fk", "observer")}
    worker.send_due(app)
    received = smtp_sink.wait_for(2)
    assert recipients(received) == emails(pbl, "fk", "observer")
    assert "Sekreterarens text" in received[0].get_body(("plain",)).get_content()
    assert len(smtp_sink.messages()) == 2


def plan_tomorrow(pbl, hours: float = 20):
    session = pbl["session"]
    session.starts_at = utcnow() + timedelta(hours=hours)
    db.session.commit()
    return session


def test_the_reminder_goes_once_the_day_before_to_who_still_takes_part(app, pbl, smtp_sink):
    smtp_sink.start()
    people = pbl["people"]
    people["af"].language = "en"
    db.session.commit()
    session = plan_tomorrow(pbl, hours=30)
    assert pbl_reminders.send_reminders(utcnow()) == 0  # more than a day ahead
    remove(pbl, "fk")
    now = utcnow() + timedelta(hours=7)
    assert pbl_reminders.send_reminders(now) == 2  # tutor, af (not the observer)
    worker.send_due(app, now=now)
    received = smtp_sink.wait_for(2)
    assert recipients(received) == emails(pbl, "tutor", "af")
    english = next(m for m in received if m["To"].addresses[0].addr_spec == people["af"].email)
    swedish = next(m for m in received if m["To"].addresses[0].addr_spec != people["af"].email)
    assert english["Subject"].startswith("Reminder: session 1 of PBL Älvdalen")
    assert swedish["Subject"].startswith("Påminnelse: session 1 i PBL Älvdalen")
    local = session.starts_at.astimezone(ZoneInfo("Europe/Stockholm"))  # the org's zone
    assert english["Subject"].endswith(local.strftime("%H:%M"))
    assert f"{local.day} {local.strftime('%b %Y')}" in english["Subject"]
    assert f"/pbl/s/{session.id}" in english.get_body(("plain",)).get_content()
    assert english["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # Again, later the same day: nothing new.
    assert pbl_reminders.send_reminders(now + timedelta(hours=2)) == 0
    worker.send_due(app, now=now + timedelta(hours=2))
    assert len(smtp_sink.messages()) == 2


def reminded(session) -> set[int]:
    prefix = f"pbl_reminder:{session.id}:"
    return {int(key.removeprefix(prefix)) for key in db.session.scalars(
        select(MailMessage.dedupe_key).where(MailMessage.kind == "pbl_reminder"))
        if key.startswith(prefix)}


@pytest.mark.parametrize(("who", "expected"), [
    ("tutor", True), ("fk", True), ("af", True),  # they run and take part in the session
    ("observer", False),  # reads the group with the members' consent; not reminded
    ("outsider", False), ("admin", False),  # not in the group: never
])
def test_who_is_reminded_of_a_session_by_role(app, pbl, smtp_sink, who, expected):
    smtp_sink.start()
    person = pbl["people"][who]
    session = plan_tomorrow(pbl)
    # Even someone who asked for this kind "immediately" in so many words.
    preferences.do_set(person.id, {"pbl_reminder": preferences.IMMEDIATELY})
    db.session.commit()
    pbl_reminders.send_reminders(utcnow())
    assert (person.id in reminded(session)) is expected
    assert reminded(session) == {pbl["people"][w].id for w in ("tutor", "fk", "af")}
    worker.send_due(app)
    received = recipients(smtp_sink.wait_for(3))
    assert (person.email in received) is expected


def test_a_member_whose_account_is_closed_or_who_became_an_observer_is_not_reminded(
        app, pbl, smtp_sink):
    smtp_sink.start()
    people = pbl["people"]
    session = plan_tomorrow(pbl)
    people["fk"].active = False
    tutor = people["tutor"]
    user, role, note = actions.check_add_member(tutor, pbl["group"], people["af"].id,
                                                "observer", "Följer gruppen nu.")
    actions.do_add_member(tutor, pbl["group"], user, role, note, utcnow())
    db.session.commit()
    assert pbl_reminders.send_reminders(utcnow()) == 1
    assert reminded(session) == {tutor.id}
    worker.send_due(app)
    assert recipients(smtp_sink.wait_for(1)) == emails(pbl, "tutor")


def test_the_reminder_uses_the_organizations_time_zone(app, pbl, smtp_sink):
    smtp_sink.start()
    people = pbl["people"]
    people["af"].organization.time_zone = "Europe/London"
    db.session.commit()
    plan_tomorrow(pbl)
    start = pbl["session"].starts_at
    pbl_reminders.send_reminders(utcnow())
    worker.send_due(app)
    by_address = {m["To"].addresses[0].addr_spec: m["Subject"] for m in smtp_sink.wait_for(3)}
    from forum.web.dates import format_when

    assert format_when(start, "sv", "Europe/London") in by_address[people["af"].email]
    assert format_when(start, "sv", "Europe/Stockholm") in by_address[people["fk"].email]


def test_never_and_digest_get_no_reminder_and_opened_or_past_sessions_none(app, pbl,
                                                                           smtp_sink):
    smtp_sink.start()
    people = pbl["people"]
    preferences.do_set(people["fk"].id, {"pbl_reminder": preferences.NEVER})
    preferences.do_set(people["af"].id, {"pbl_reminder": preferences.DIGEST})
    db.session.commit()
    plan_tomorrow(pbl)
    assert pbl_reminders.send_reminders(utcnow()) == 1
    worker.send_due(app)
    assert recipients(smtp_sink.wait_for(1)) == emails(pbl, "tutor")
    # A session already begun or opened gets no reminder.
    assert pbl_reminders.send_reminders(pbl["session"].starts_at + timedelta(minutes=1)) == 0
    later = sessions.do_plan_session(people["tutor"], pbl["group"],
                                     utcnow() + timedelta(hours=5), 60)
    db.session.commit()
    entrypoints.open_session(people["tutor"], later.id)
    keys = set(db.session.scalars(select(MailMessage.dedupe_key).where(
        MailMessage.kind == "pbl_reminder")))
    assert pbl_reminders.send_reminders(utcnow()) == 0
    assert not any(k.startswith(f"pbl_reminder:{later.id}:") for k in keys)


def test_the_reminder_job_is_registered_with_the_worker(app, pbl):
    from forum.email import jobs

    jobs.load()
    assert worker.JOBS["pbl-reminders"].run is pbl_reminders.send_reminders


def test_the_preferences_page_lists_the_pbl_kinds_and_unsubscribe_works(app, pbl, client):
    from forum.email import tokens

    fk = pbl["people"]["fk"]
    client.login(fk)
    page = client.get("/settings/email").get_data(as_text=True)
    for kind in ("pbl_opened", "pbl_minutes", "pbl_reminder"):
        assert f'name="{kind}"' in page
    assert "Min PBL-grupps session öppnas" in page
    response = client.post_form("/settings/email", {
        **{k: d for k, (_label, d) in preferences.KINDS.items()},
        "pbl_opened": "never", "digest": "daily"}, token_page="/settings/email")
    assert response.status_code in (200, 303)
    assert preferences.mode(fk.id, "pbl_opened") == preferences.NEVER
    observer = pbl["people"]["observer"].id
    modes = preferences.modes_for({observer})[observer]
    assert (modes["pbl_opened"], modes["pbl_minutes"], modes["pbl_reminder"]) == (
        "immediately", "digest", "immediately")  # the defaults
    token = tokens.make("unsubscribe", fk.id, {"kinds": ["pbl_reminder"]})
    response = app.test_client().post(f"/email/unsubscribe/{token}",
                           data={"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert preferences.mode(fk.id, "pbl_reminder") == preferences.NEVER
    assert preferences.mode(fk.id, "pbl_minutes") == preferences.DIGEST
