"""The digest: only when there is something new and unseen, once per period, and checked
against access when it is made (a space the person lost gives nothing)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from forum.accounts.visibility import Visibility
from forum.db import utcnow
from forum.discussions import state_actions
from forum.email import digest, preferences, worker
from forum.email.models import MailMessage
from forum.extensions import db

_today = utcnow().replace(hour=6, minute=30, second=0, microsecond=0)
#: The next 06:30 UTC that is not a Monday (digests go out after 05:00 UTC; weekly on Mondays).
MORNING = _today if _today > utcnow() else _today + timedelta(days=1)
MORNING = MORNING + timedelta(days=1) if MORNING.weekday() == 0 else MORNING


def digests(user) -> list[MailMessage]:
    return list(db.session.scalars(select(MailMessage).where(
        MailMessage.user_id == user.id, MailMessage.kind == "digest")))


def reply_for(world, forum, who, space_key="open", title="Följd tråd"):
    """`who` starts a thread (so replies notify them, kind "reply": digest by default)."""
    people = world["people"]
    thread = forum.thread(world["spaces"][space_key], who, title)
    forum.post(thread, people["af2"], "Ett svar i tråden")
    return thread


def test_a_reply_goes_into_the_next_digest_once(app, world, forum):
    person = world["people"]["fk"]
    reply_for(world, forum, person)
    assert digest.send_digests(MORNING) >= 1
    (mail,) = digests(person)
    assert "Följd tråd" in mail.text_body and mail.subject == \
        "Din dagliga sammanfattning från forumet"
    assert mail.headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    digest.send_digests(MORNING + timedelta(hours=3))  # the job runs again, same day
    assert len(digests(person)) == 1
    assert worker.send_due(app, now=MORNING + timedelta(minutes=1))["sent"] >= 1


def test_nothing_new_or_already_seen_means_no_digest(app, world, forum):
    person = world["people"]["fk"]
    assert digest.send_digests(MORNING) == 0
    thread = reply_for(world, forum, person)
    state_actions.do_mark_read(person, thread, thread.last_seq, MORNING)  # seen in the browser
    db.session.commit()
    digest.send_digests(MORNING)
    assert digests(person) == []


def test_lost_access_to_a_space_gives_nothing_from_it(app, world, forum):
    people = world["people"]
    person = people["af"]
    space = world["spaces"]["open"]
    reply_for(world, forum, person, title="Hemlig fortsättning")
    thread = forum.thread(world["spaces"]["group"], person, "Gruppens tråd")
    forum.post(thread, people["fk"], "Svar i gruppen")
    space.visibility, space.organization_id = Visibility.ORG, world["orgs"]["fk"].id
    db.session.commit()  # AF no longer reads the open space (the group's still)
    digest.send_digests(MORNING)
    (mail,) = digests(person)
    assert "Gruppens tråd" in mail.text_body
    assert "Hemlig fortsättning" not in mail.text_body + (mail.html_body or "")


def test_weekly_digests_wait_for_monday_and_never_means_never(app, world, forum):
    person = world["people"]["fk"]
    preferences.do_set(person.id, {"digest": "weekly"})
    db.session.commit()
    reply_for(world, forum, person)
    digest.send_digests(MORNING)  # Tuesday
    assert digests(person) == []
    monday = MORNING + timedelta(days=7 - MORNING.weekday())
    digest.send_digests(monday)
    assert len(digests(person)) == 1
    preferences.do_set(person.id, {"digest": "never"})
    db.session.commit()
    reply_for(world, forum, person, title="Ännu en")
    digest.send_digests(monday + timedelta(days=7))
    assert len(digests(person)) == 1


def test_the_digest_job_is_registered_with_the_worker(app):
    from forum.email import jobs

    jobs.load()
    assert "digest" in worker.JOBS
    last: dict = {}
    worker.run_jobs(app, MORNING, last)
    assert last["digest"] == MORNING
    worker.run_jobs(app, MORNING + timedelta(minutes=1), last)  # not due again yet
    assert last["digest"] == MORNING


def test_questions_pages_and_sessions_only_where_the_person_reads(app, world, forum):
    """The sections read for a whole batch at once still follow each person's access: a
    question in the group space reaches the group's member, not a colleague outside it."""
    from forum.pbl import sessions
    from tests.unit.wiki.helpers import make_page

    people, orgs, spaces = world["people"], world["orgs"], world["spaces"]
    member, colleague = people["af"], people["af2"]  # both AF; only `member` in the group
    forum.thread(spaces["open"], people["fk"], "Öppen fråga till AF", question_org=orgs["af"])
    forum.thread(spaces["group"], people["fk"], "Gruppens fråga till AF",
                 question_org=orgs["af"])
    page = make_page(people["admin"], "Rutin för avstämning", org=orgs["af"])
    page.review_by = MORNING.date() + timedelta(days=2)
    sessions.do_plan_session(member, world["group"], MORNING + timedelta(hours=6), 120)
    db.session.commit()
    digest.send_digests(MORNING)
    (mine,) = digests(member)
    for expected in ("Öppen fråga till AF", "Gruppens fråga till AF", "Rutin för avstämning",
                     "PBL Älvdalen"):
        assert expected in mine.text_body
    (theirs,) = digests(colleague)
    assert "Öppen fråga till AF" in theirs.text_body
    assert "Rutin för avstämning" in theirs.text_body
    assert "Gruppens fråga till AF" not in theirs.text_body + (theirs.html_body or "")
    assert "PBL Älvdalen" not in theirs.text_body + (theirs.html_body or "")
    assert digests(people["fk_local"]) == []  # FK's local office: nothing for it
