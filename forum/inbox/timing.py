"""How long a question waited, in the words the thread shows.

With an inbox (a promise in working days): "answered by X after 1 working day", "waiting 3
working days — promised 2". Without: hours and minutes ("after 2 h 10 min").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flask_babel import gettext as _
from flask_babel import ngettext

from forum.accounts import workdays
from forum.extensions import db
from forum.inbox.models import OrganizationInbox


@dataclass(frozen=True)
class AnswerTime:
    answered: bool
    text: str
    overdue: bool = False


def inbox_of(org_id: int | None) -> OrganizationInbox | None:
    return db.session.get(OrganizationInbox, org_id) if org_id else None


def deadline(inbox: OrganizationInbox, asked_at: datetime) -> datetime:
    return workdays.add_working_days(asked_at, inbox.response_days, inbox.country)


def answer_time(thread, now: datetime) -> AnswerTime | None:
    """None for a thread that is no question to an organization."""
    if thread.question_org_id is None:
        return None
    org = thread.question_org.name
    inbox = inbox_of(thread.question_org_id)
    end = thread.first_answer_at or now
    if inbox is None:
        span = _hours_minutes(thread.created_at, end)
        if thread.first_answer_at:
            return AnswerTime(True, _("Answered by %(org)s after %(time)s", org=org, time=span))
        return AnswerTime(False, _("Waiting for %(org)s for %(time)s", org=org, time=span))
    days = workdays.working_days_between(thread.created_at, end, inbox.country)
    span = _working_days(days)
    if thread.first_answer_at:
        return AnswerTime(True, _("Answered by %(org)s after %(time)s", org=org, time=span))
    promised = ngettext("%(num)d working day", "%(num)d working days", inbox.response_days)
    return AnswerTime(False, _("Waiting for %(org)s for %(time)s — promised %(promised)s",
                               org=org, time=span, promised=promised),
                      overdue=now > deadline(inbox, thread.created_at))


def _working_days(days: float) -> str:
    if days < 1:
        return _("less than a working day")
    whole = int(days)
    return ngettext("%(num)d working day", "%(num)d working days", whole)


def _hours_minutes(start: datetime, end: datetime) -> str:
    minutes = max(0, int((end - start).total_seconds() // 60))
    if minutes < 60:
        return ngettext("%(num)d minute", "%(num)d minutes", minutes)
    hours, rest = divmod(minutes, 60)
    if hours >= 48:
        return ngettext("%(num)d day", "%(num)d days", hours // 24)
    return _("%(hours)d h %(minutes)d min", hours=hours, minutes=rest)
