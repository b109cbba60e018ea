"""The inbox's periodic job: tell the functional mailbox of a new question, remind the
responders when the promised time has passed, and one working day later tell the
organization's contact and the association's coordinators.

Each step is one row in `inbox_followups`, written in the transaction that
queues its e-mails, so it happens once however often the job runs, and only to people who
may read the thread when the e-mail is made. A mailbox that is not a person (functional
address, contact address) gets the title only of a thread in an open space.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from flask import current_app, render_template
from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from forum.accounts import workdays
from forum.accounts.models import Role, User, UserRole
from forum.db import unit_of_work
from forum.email import queue
from forum.email.build import one_line
from forum.email.worker import periodic
from forum.extensions import db
from forum.inbox.models import InboxFollowup, OrganizationInbox
from forum.inbox.timing import deadline

LOOK_BACK = timedelta(days=120)  # older unanswered questions are left to the dashboard


@periodic("organization-inbox", every=timedelta(minutes=1))
def follow_up(now: datetime) -> int:
    """Do what is due now; the number of steps done."""
    from forum.discussions.models import Thread

    rows = db.session.execute(
        select(Thread, OrganizationInbox)
        .join(OrganizationInbox, OrganizationInbox.organization_id == Thread.question_org_id)
        .where(Thread.first_answer_at.is_(None), Thread.created_at >= now - LOOK_BACK)
        .order_by(Thread.id)).all()
    done = {(f.thread_id, f.step) for f in db.session.scalars(select(InboxFollowup).where(
        InboxFollowup.thread_id.in_([t.id for t, _ in rows])))} if rows else set()
    db.session.rollback()
    steps = 0
    for thread, inbox in rows:
        for step in _due_steps(thread, inbox, now):
            if (thread.id, step) not in done and _take(thread.id, inbox.organization_id,
                                                        step, now):
                steps += 1
    return steps


def _due_steps(thread, inbox: OrganizationInbox, now: datetime) -> list[str]:
    steps = ["new"] if inbox.functional_address else []
    promised = deadline(inbox, thread.created_at)
    if now >= promised:
        steps.append("reminder")
    if now >= workdays.add_working_days(promised, 1, inbox.country):
        steps.append("escalation")
    return steps


def _take(thread_id: int, org_id: int, step: str, now: datetime) -> bool:
    from forum.discussions.models import Thread

    try:
        with unit_of_work():
            db.session.add(InboxFollowup(thread_id=thread_id, step=step, done_at=now))
            db.session.flush()
            thread = db.session.get(Thread, thread_id)
            inbox = db.session.get(OrganizationInbox, org_id)
            if thread.first_answer_at is None:
                _mail(step, thread, inbox, now)
    except IntegrityError:  # another worker took this step
        db.session.rollback()
        return False
    return True


def _mail(step: str, thread, inbox: OrganizationInbox, now: datetime) -> None:
    from forum.discussions import access

    people: list[User] = []
    addresses: list[str] = []
    if step in ("new", "reminder"):
        # A new question reaches the responders as a notification already (forum.
        # notifications, with their e-mail preference); only the mailbox needs telling.
        people = [r.user for r in inbox.responders if r.user.active] if step == "reminder" \
            else []
        addresses = [inbox.functional_address] if inbox.functional_address else []
    if step == "escalation":
        people = list(db.session.scalars(select(User).join(UserRole).where(
            UserRole.role == Role.COORDINATOR, User.active.is_(True))))
        contact = inbox.organization.contact_email
        addresses = [contact] if contact else []
    readers = access.readers_among({p.id for p in people}, thread) if people else set()
    for person in people:
        if person.id in readers:
            _queue(step, thread, inbox, now, person.email, person, with_title=True)
    for address in addresses:
        _queue(step, thread, inbox, now, address, None, with_title=_is_open(thread))


def _is_open(thread) -> bool:
    value = getattr(thread.space.visibility, "value", thread.space.visibility)
    return value == "all"


def _queue(step: str, thread, inbox: OrganizationInbox, now: datetime, to: str,
           user: User | None, *, with_title: bool) -> None:
    config = current_app.config
    language = (user.language if user else None) or config["DEFAULT_LANGUAGE"]
    waited = int(workdays.working_days_between(thread.created_at, now, inbox.country))
    with force_locale(language):
        context = {"step": step, "org": inbox.organization.name,
                   "title": one_line(thread.title) if with_title else "",
                   "link": f"{config['BASE_URL']}/t/{thread.id}", "waited": waited,
                   "promised": inbox.response_days}
        subjects = {
            "new": _("A question to %(org)s", org=context["org"]),
            "reminder": _("Reminder: a question to %(org)s is waiting", org=context["org"]),
            "escalation": _("A question to %(org)s has waited past its promised time",
                            org=context["org"]),
        }
        text = render_template("email/inbox_followup.txt", **context)
    queue.enqueue(to=to, kind=f"inbox_{step}", subject=subjects[step], text=text, user=user,
                  dedupe_key=f"inbox:{step}:{thread.id}:{to.lower()}", now=now)
