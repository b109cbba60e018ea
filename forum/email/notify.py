"""E-mail for notifications: the intent on the notification row, composed when due.

Posting pays nothing for e-mail: a notification of a kind a person may get by e-mail is
written with `mail_pending` set (`mark_for_mail`, a plain attribute of the row being inserted
anyway: no query, no statement). That flag is the durable intent, committed with the post.
When FORUM_MAIL_DELAY_MINUTES have passed, the worker materializes it (`materialize_due`): in
one transaction per batch it reads each person's address and preference, queues an uncomposed
mail row for those who get the kind "immediately" (dedupe key `notification:<id>`) and clears
the flag. Then, composing (`compose_due`), it takes all of a person's due rows and, for each,
asks again: is the notification still unread, the post not yet seen (read position), the
thread still readable by them, the preference still "immediately"? What is left becomes one
e-mail; nothing left, no e-mail.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

from flask import current_app, render_template
from flask_babel import force_locale
from flask_babel import gettext as _
from markupsafe import Markup
from sqlalchemy import and_, func, select

from forum.accounts.models import User
from forum.db import unit_of_work, utcnow
from forum.email import build, preferences, queue, tokens
from forum.email.inbound import address
from forum.email.models import MailMessage, MailPreference, MailStatus
from forum.extensions import db
from forum.text.privacy import find_personal_data

_ID_KINDS = frozenset({"personnummer", "samordningsnummer"})
UNSUBSCRIBE_MAX_AGE = timedelta(days=90)
MATERIALIZE_BATCH = 200


def mark_for_mail(rows, now: datetime) -> None:
    """Called with the notification rows about to be written (forum.notifications.actions),
    before their INSERT: the e-mail intent rides on the row. No query: whether the person
    wants it is read by the worker when it is due."""
    pending = False
    for row in rows:
        if row.kind in preferences.KINDS:
            row.mail_pending = pending = True
    if pending and not current_app.config["MAIL_DELAY_MINUTES"]:
        queue.note_due()  # due at once: wake the worker after the commit


def _delay() -> timedelta:
    return timedelta(minutes=current_app.config["MAIL_DELAY_MINUTES"])


def _pending():
    from forum.notifications.models import Notification

    # Written as the partial index's predicate (ix_notifications_mail_pending).
    return select(Notification).where(Notification.mail_pending)


def materialize_due(now: datetime, batch: int = MATERIALIZE_BATCH) -> Counter:
    """Turn due e-mail intents (pending notifications written at least the delay ago) into
    uncomposed mail rows, or into nothing, and clear them: one transaction per batch. Rows
    another worker holds are skipped (PostgreSQL: FOR UPDATE SKIP LOCKED); a crash rolls the
    batch back, flags and mail rows together, so each intent gives its mail row once."""
    from forum.notifications.models import Notification

    counts: Counter = Counter()
    until = now - _delay()
    while True:
        with unit_of_work():
            rows = list(db.session.scalars(
                _pending().where(Notification.created_at <= until).order_by(Notification.id)
                .limit(batch).with_for_update(skip_locked=True)))
            if not rows:
                return counts
            counts.update(_materialize(rows))
        if len(rows) < batch:
            return counts


def _materialize(rows: list) -> Counter:
    """The enqueue rule, run by the worker: an active person with an address who gets the
    kind "immediately" gets an uncomposed mail row, due when the delay from the notification
    ends (so the merge window is the same as before). Every flag is cleared."""
    counts: Counter = Counter()
    emails: dict[int, str] = {}
    chosen: dict[int, dict[str, str]] = {}
    for user_id, email, kind, mode in db.session.execute(
            select(User.id, User.email, MailPreference.kind, MailPreference.mode)
            .outerjoin(MailPreference, and_(MailPreference.user_id == User.id,
                                            MailPreference.kind.in_({r.kind for r in rows})))
            .where(User.id.in_({r.user_id for r in rows}), User.active.is_(True))):
        emails[user_id] = email
        if kind is not None:
            chosen.setdefault(user_id, {})[kind] = mode
    modes = {user_id: preferences.with_defaults(chosen.get(user_id, {})) for user_id in emails}
    keys = {f"notification:{r.id}": r for r in rows}
    already = set(db.session.scalars(select(MailMessage.dedupe_key).where(
        MailMessage.dedupe_key.in_(keys))))
    delay = _delay()
    for key, row in keys.items():
        row.mail_pending = False
        if key in already:
            counts["already_queued"] += 1
        elif not emails.get(row.user_id) or \
                modes[row.user_id].get(row.kind) != preferences.IMMEDIATELY:
            counts["not_wanted"] += 1
        else:
            db.session.add(MailMessage(
                user_id=row.user_id, to_address=emails[row.user_id], kind="notification",
                composed=False, notification_id=row.id, created_at=row.created_at,
                next_attempt_at=row.created_at + delay, dedupe_key=key))
            counts["queued"] += 1
    return counts


def next_pending_due() -> datetime | None:
    """When the earliest e-mail intent is due (the worker's wake-up), None when there is none."""
    from forum.notifications.models import Notification

    earliest = db.session.scalar(select(func.min(Notification.created_at))
                                 .where(Notification.mail_pending))
    return None if earliest is None else earliest + _delay()


def compose_due(now: datetime) -> Counter:
    """Turn due, uncomposed rows into e-mails, one person at a time (each a transaction)."""
    counts: Counter = Counter()
    while True:
        with unit_of_work():
            first = db.session.scalars(_uncomposed(now).order_by(MailMessage.id).limit(1)
                                       .with_for_update(skip_locked=True)).first()
            if first is None:
                return counts
            group = [first, *db.session.scalars(
                _uncomposed(now).where(MailMessage.user_id == first.user_id,
                                       MailMessage.id != first.id)
                .order_by(MailMessage.id).with_for_update(skip_locked=True))]
            counts.update(_compose(first, group))


def _uncomposed(now: datetime):
    return select(MailMessage).where(MailMessage.status == MailStatus.WAITING,
                                     MailMessage.composed.is_(False),
                                     MailMessage.next_attempt_at <= now)


def _compose(carrier: MailMessage, group: list[MailMessage]) -> Counter:
    from forum.notifications.models import Notification

    user = db.session.get(User, carrier.user_id) if carrier.user_id else None
    modes = preferences.modes_for({user.id})[user.id] if user else {}
    items, counts = [], Counter()
    for row in group:
        notification = (db.session.get(Notification, row.notification_id)
                        if row.notification_id else None)
        reason = _why_not(user, notification, modes)
        if reason:
            row.status, row.last_error, row.composed = MailStatus.DROPPED, reason, True
            counts["dropped"] += 1
        else:
            items.append(notification)
            if row is not carrier:
                row.status, row.composed = MailStatus.DROPPED, True
                row.last_error, row.merged_into_id = "merged", carrier.id
                counts["merged"] += 1
    if not items:
        return counts
    carrier.status, carrier.last_error, carrier.merged_into_id = MailStatus.WAITING, None, None
    _fill(carrier, user, items)
    carrier.composed = True
    counts["composed"] += 1
    return counts


def _why_not(user: User | None, notification, modes: dict[str, str]) -> str | None:
    """None when the notification is still worth an e-mail; else the reason it is not."""
    from forum.discussions import access
    from forum.discussions.models import ReadState

    if user is None or not user.active or notification is None:
        return "gone"
    if notification.read_at is not None:
        return "seen"
    if modes.get(notification.kind) != preferences.IMMEDIATELY:
        return "turned off"
    from forum.discussions.models import Post, Thread

    thread = db.session.get(Thread, notification.thread_id) if notification.thread_id else None
    post = db.session.get(Post, notification.post_id) if notification.post_id else None
    if thread is None or post is None or post.deleted_at is not None:
        return "gone"
    if not access.readers_among({user.id}, thread) or access.is_hidden_from(user, post):
        return "no access"
    state = db.session.get(ReadState, (user.id, thread.id))
    if state is not None and state.last_read_seq >= post.seq:
        return "seen"
    return None


def mask_identity_numbers(text: str) -> str:
    """Every identity or co-ordination number becomes blocks (an e-mail never holds one,
    even from a post whose author confirmed the warning)."""
    from forum.text.redaction import mask

    for finding in sorted(find_personal_data(text), key=lambda f: f.start, reverse=True):
        if finding.kind in _ID_KINDS:
            text = text[:finding.start] + mask(text[finding.start:finding.end]) + \
                text[finding.end:]
    return text


def _fill(row: MailMessage, user: User, notifications: list) -> None:
    from forum.discussions.models import Post, Thread

    config = current_app.config
    base = config["BASE_URL"]
    entries = []
    for n in notifications:
        thread, post = db.session.get(Thread, n.thread_id), db.session.get(Post, n.post_id)
        actor = db.session.get(User, n.actor_id) if n.actor_id else None
        entries.append({"kind": n.kind, "title": build.one_line(thread.title),
                        "actor": build.one_line(actor.display_name) if actor else "",
                        "url": f"{base}/t/{thread.id}#post-{post.seq}",
                        "text": mask_identity_numbers(post.source),
                        # forum.text.render's sanitized HTML (the one allowlist), masked.
                        "html": Markup(_absolute(mask_identity_numbers(post.html),  # noqa: S704
                                                 base)),
                        "thread_id": thread.id})
    kinds = sorted({n.kind for n in notifications})
    token = tokens.make("unsubscribe", user.id, {"kinds": kinds})
    unsubscribe = f"{base}/email/unsubscribe/{token}"
    with force_locale(user.language or config["DEFAULT_LANGUAGE"]):
        if len(entries) == 1:
            subject = _subject(entries[0])
        else:
            subject = _("%(count)d new notifications in the forum", count=len(entries))
        context = {"entries": entries, "user": user, "unsubscribe": unsubscribe,
                   "settings": f"{base}/settings/email", "labels": _labels()}
        row.subject = build.one_line(subject)
        row.text_body = render_template("email/notification.txt", **context)
        row.html_body = render_template("email/notification.html", **context)
    threads = {e["thread_id"] for e in entries}
    headers = {"List-Unsubscribe": f"<{unsubscribe}>",
               "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
               "X-Forum-Kind": ",".join(kinds)}
    if len(threads) == 1:
        root = build.thread_message_id(threads.pop(), config)
        headers |= {"In-Reply-To": root, "References": root}
        # Reply by e-mail: an answer to this mail becomes a post in the thread, by this
        # person (forum.email.inbound). Only for one thread: a merged mail has no one target.
        reply_to = address.reply_address(config, notifications[-1].post_id, user.id, utcnow())
        if reply_to:
            headers["Reply-To"] = reply_to
    row.headers = headers


def _absolute(html: str, base: str) -> str:
    """The post's own links (/people/1, /t/2) lead to the forum from a mail client too."""
    return html.replace('href="/', f'href="{base}/')


def _labels() -> dict[str, str]:
    return {"mention": _("mentioned you"), "org_mention": _("mentioned your organization"),
            "reply": _("replied"), "new_thread": _("started a new thread"),
            "question": _("asked your organization"),
            "answer": _("answered your question"),
            "pbl_question": _("posted the question for next time"),
            "pbl_opened": _("opened the session"),
            "pbl_minutes": _("published the minutes")}


def _subject(entry: dict) -> str:
    return _("%(actor)s %(what)s: %(title)s", actor=entry["actor"],
             what=_labels()[entry["kind"]], title=entry["title"])
