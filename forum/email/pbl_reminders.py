"""The PBL reminder: an e-mail to the group's tutor and members the day before a planned
session. Observers read the group but are not reminded: they are researchers or resource
people who read it with the members' consent (../shared/docs/domain.md), not the people the
session is for.

A session that starts within the next LEAD (and has not started yet) gets its reminders. Each
person's e-mail carries the dedupe key ``pbl_reminder:<session>:<person>``, so it is queued once
however often the job runs and however many workers run it (the key is unique in the queue).
It goes only to people who still take part in the group when the job runs (asked of
`pbl.access.takes_part`: an active account, tutor or member), who get this kind
"immediately", in their language and with the time in their organization's time zone. Those
who chose "in the digest" find the group's next session in their digest (forum.email.digest)
already, so nothing is queued for them here.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from flask import current_app, render_template
from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from forum.accounts.models import User
from forum.db import unit_of_work
from forum.email import preferences, queue, tokens
from forum.email.build import one_line
from forum.email.models import MailMessage
from forum.email.worker import periodic
from forum.extensions import db
from forum.web.dates import format_when

KIND = "pbl_reminder"
LEAD = timedelta(days=1)


@periodic("pbl-reminders", every=timedelta(minutes=10))
def send_reminders(now: datetime) -> int:
    """Queue the reminders due now (one transaction per session); the number queued."""
    from forum.pbl.models import PblSession, SessionStatus

    session_ids = list(db.session.scalars(select(PblSession.id).where(
        PblSession.status == SessionStatus.PLANNED, PblSession.starts_at > now,
        PblSession.starts_at <= now + LEAD).order_by(PblSession.starts_at)))
    db.session.rollback()
    queued = 0
    for session_id in session_ids:
        try:
            with unit_of_work():
                queued += _remind(session_id, now)
        except IntegrityError:  # another worker queued these at the same moment
            db.session.rollback()
    return queued


def _remind(session_id: int, now: datetime) -> int:
    from forum.pbl import access
    from forum.pbl.models import PblSession, SessionStatus

    session = db.session.get(PblSession, session_id)
    if session is None or session.status != SessionStatus.PLANNED:
        return 0
    people = access.participants_of_group(session.group_id)
    done = set(db.session.scalars(select(MailMessage.dedupe_key).where(
        MailMessage.dedupe_key.in_([_key(session.id, uid) for uid in people]))))
    wanted = {uid for uid in people if _key(session.id, uid) not in done}
    modes = preferences.modes_for(wanted)
    queued = 0
    for user in db.session.scalars(select(User).where(User.id.in_(wanted)).order_by(User.id)):
        if not access.takes_part(user, session.group_id):
            continue
        if user.email and modes[user.id][KIND] == preferences.IMMEDIATELY:
            _queue(user, session, now)
            queued += 1
    return queued


def _key(session_id: int, user_id: int) -> str:
    return f"{KIND}:{session_id}:{user_id}"


def _queue(user: User, session, now: datetime) -> None:
    config = current_app.config
    base = config["BASE_URL"]
    language = user.language or config["DEFAULT_LANGUAGE"]
    token = tokens.make("unsubscribe", user.id, {"kinds": [KIND]})
    unsubscribe = f"{base}/email/unsubscribe/{token}"
    with force_locale(language):
        context = {"group": one_line(session.group.name), "number": session.number,
                   "when": format_when(session.starts_at, language,
                                       user.organization.time_zone),
                   "minutes": session.duration_minutes,
                   "case": one_line(session.case.title) if session.case else "",
                   "link": f"{base}/pbl/s/{session.id}", "unsubscribe": unsubscribe,
                   "settings": f"{base}/settings/email"}
        subject = _("Reminder: session %(number)s of %(group)s, %(when)s", **{
            k: context[k] for k in ("number", "group", "when")})
        text = render_template("email/pbl_reminder.txt", **context)
    queue.enqueue(to=user.email, user=user, kind=KIND, subject=one_line(subject), text=text,
                  dedupe_key=_key(session.id, user.id), now=now,
                  headers={"List-Unsubscribe": f"<{unsubscribe}>",
                           "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                           "X-Forum-Kind": KIND})
