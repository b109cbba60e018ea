"""The digest: daily or weekly, one e-mail with what waits for the person.

- notifications of the kinds they get "in the digest" (replies in followed threads, mentions
  of their organization by default) that are still unread and not seen in the thread;
- questions to their organization that nobody has answered yet;
- their organization's knowledge-base pages due for review within a week;
- the next session of each of their PBL groups.

Sent only when there is something new since the previous digest (a notification, a question,
a page falling due, a session coming up within the period): what the person has already read
in the browser does not count. Everything is read through the access funnels when the digest
is made, seconds before it is sent: a space or group the person lost gives nothing.
Once per person and period (the dedupe key), however often the job runs or by how many
workers.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from flask import current_app, render_template
from flask_babel import force_locale, format_date, format_datetime
from flask_babel import gettext as _
from sqlalchemy import select

from forum.accounts.models import User
from forum.db import unit_of_work
from forum.email import build, preferences, queue, tokens
from forum.email.models import MailMessage
from forum.email.worker import periodic
from forum.extensions import db

SEND_AFTER = time(5, 0)  # UTC: 06:00 or 07:00 in Sweden and Norway
PERIODS = {"daily": timedelta(days=1), "weekly": timedelta(days=7)}


def period_key(frequency: str, now: datetime) -> str | None:
    """The period a digest due now belongs to; None when none is due yet today."""
    if now.time() < SEND_AFTER:
        return None
    if frequency == "daily":
        return now.date().isoformat()
    if frequency == "weekly" and now.weekday() == 0:
        year, week, _day = now.isocalendar()
        return f"{year}-W{week:02d}"
    return None


@periodic("digest", every=timedelta(minutes=10))
def send_digests(now: datetime) -> int:
    """Queue the digests due now (commits each); the number queued."""
    choices = preferences.modes_for(set(db.session.scalars(
        select(User.id).where(User.active.is_(True)))))
    queued = 0
    for user_id, modes in choices.items():
        frequency = modes[preferences.DIGEST_KIND]
        key = period_key(frequency, now)
        if key is None:
            continue
        dedupe = f"digest:{user_id}:{key}"
        if db.session.scalar(select(MailMessage.id).where(MailMessage.dedupe_key == dedupe)):
            continue
        with unit_of_work():
            user = db.session.get(User, user_id)
            if digest_for(user, modes, frequency, now, dedupe):
                queued += 1
    return queued


def _previous(user: User, now: datetime, frequency: str) -> datetime:
    """The previous digest; before the first, the account's start (only what is still unread
    and unseen counts anyway)."""
    last = db.session.scalar(select(MailMessage.created_at).where(
        MailMessage.user_id == user.id, MailMessage.kind == "digest")
        .order_by(MailMessage.created_at.desc()).limit(1))
    return last or user.created_at or now - PERIODS[frequency]


def digest_for(user: User, modes: dict[str, str], frequency: str, now: datetime,
               dedupe: str) -> MailMessage | None:
    since = _previous(user, now, frequency)
    period = PERIODS[frequency]
    sections = {"notifications": _notifications(user, modes, since),
                "questions": _questions(user),
                "pages": _pages(user, now),
                "sessions": _sessions(user, now)}
    news = (sections["notifications"]
            or any(q["created_at"] > since for q in sections["questions"])
            or any(p["review_by"] > (since + timedelta(days=7)).date()
                   for p in sections["pages"])
            or any(s["starts_at"] <= now + period for s in sections["sessions"]))
    if not news:
        return None
    config = current_app.config
    base = config["BASE_URL"]
    token = tokens.make("unsubscribe", user.id, {"kinds": [preferences.DIGEST_KIND]})
    unsubscribe = f"{base}/email/unsubscribe/{token}"
    with force_locale(user.language or config["DEFAULT_LANGUAGE"]):
        subject = (_("Your daily digest from the forum") if frequency == "daily"
                   else _("Your weekly digest from the forum"))
        for item in sections["sessions"]:
            item["when"] = format_datetime(item["starts_at"], "short")
        for item in sections["pages"]:
            item["when"] = format_date(item["review_by"], "short")
        context = {"user": user, "base": base, "unsubscribe": unsubscribe,
                   "settings": f"{base}/settings/email", **sections}
        text = render_template("email/digest.txt", **context)
        html = render_template("email/digest.html", **context)
    return queue.enqueue(to=user.email, user=user, kind="digest", subject=subject, text=text,
                         html=html, dedupe_key=dedupe, now=now,
                         headers={"List-Unsubscribe": f"<{unsubscribe}>",
                                  "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"})


def _notifications(user: User, modes: dict[str, str], since: datetime) -> list[dict]:
    from forum.discussions import access
    from forum.discussions.models import Post, ReadState, Thread
    from forum.notifications.models import Notification

    kinds = [k for k, mode in modes.items()
             if k in preferences.KINDS and mode == preferences.DIGEST]
    if not kinds:
        return []
    rows = db.session.execute(
        select(Notification, Thread, Post).join(Thread, Thread.id == Notification.thread_id)
        .join(Post, Post.id == Notification.post_id)
        .where(Notification.user_id == user.id, Notification.read_at.is_(None),
               Notification.kind.in_(kinds), Notification.created_at > since,
               Post.deleted_at.is_(None),
               Thread.space_id.in_(access.readable_space_ids(user)))
        .order_by(Notification.id)).all()
    read = dict(db.session.execute(select(ReadState.thread_id, ReadState.last_read_seq).where(
        ReadState.user_id == user.id)).all())
    items, seen_threads = [], set()
    for notification, thread, post in rows:
        if read.get(thread.id, 0) >= post.seq or access.is_hidden_from(user, post):
            continue
        if thread.id in seen_threads:
            continue  # one line per thread
        seen_threads.add(thread.id)
        items.append({"title": build.one_line(thread.title), "kind": notification.kind,
                      "url": f"{current_app.config['BASE_URL']}/t/{thread.id}#post-{post.seq}"})
    return items


def _questions(user: User) -> list[dict]:
    from forum.discussions.queries import open_questions

    base = current_app.config["BASE_URL"]
    return [{"title": build.one_line(r.thread.title), "url": f"{base}/t/{r.thread.id}",
             "created_at": r.thread.created_at}
            for r in open_questions(user) if r.thread.first_answer_at is None][:20]


def _pages(user: User, now: datetime) -> list[dict]:
    from forum.wiki.access import readable_pages
    from forum.wiki.models import WikiPage

    if user.organization_id is None:
        return []
    base = current_app.config["BASE_URL"]
    pages = db.session.scalars(readable_pages(user).where(
        WikiPage.organization_id == user.organization_id,
        WikiPage.review_by <= now.date() + timedelta(days=7)).order_by(WikiPage.review_by)
        .limit(20))
    return [{"title": build.one_line(p.title), "url": f"{base}/wiki/{p.id}",
             "review_by": p.review_by} for p in pages]


def _sessions(user: User, now: datetime) -> list[dict]:
    from forum.pbl.access import readable_group_ids
    from forum.pbl.models import PblGroup, PblSession, SessionStatus

    base = current_app.config["BASE_URL"]
    found = []
    for group_id in readable_group_ids(user):
        session = db.session.scalar(select(PblSession).where(
            PblSession.group_id == group_id, PblSession.starts_at > now,
            PblSession.status == SessionStatus.PLANNED).order_by(PblSession.starts_at).limit(1))
        if session is not None:
            group = db.session.get(PblGroup, group_id)
            found.append({"group": build.one_line(group.name), "starts_at": session.starts_at,
                          "url": f"{base}/pbl/s/{session.id}"})
    return found
