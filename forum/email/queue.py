"""Adding mail to the queue: in the caller's transaction, sent by the worker after commit.

    from forum.email import queue
    queue.enqueue(to="someone@example.org", kind="invitation", subject=..., text=...,
                  html=None, user=None, dedupe_key="invitation:12")

Nothing leaves before the caller commits; a rollback takes the row with it. A row whose
`dedupe_key` is already in the queue is not added again (one e-mail per cause).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from forum.db import utcnow
from forum.email.models import MailMessage
from forum.extensions import db

_WRITTEN = "forum_mail_due"  # session.info: this transaction queued mail that is due now


def enqueue(*, to: str, kind: str, subject: str, text: str, html: str | None = None,
            user=None, headers: dict[str, str] | None = None, dedupe_key: str | None = None,
            delay: timedelta | None = None, now: datetime | None = None) -> MailMessage | None:
    """Queue one ready e-mail; returns the row (None when `dedupe_key` is already queued)."""
    now = now or utcnow()
    if dedupe_key is not None and db.session.scalar(
            select(MailMessage.id).where(MailMessage.dedupe_key == dedupe_key)) is not None:
        return None
    row = MailMessage(user_id=user.id if user is not None else None, to_address=to, kind=kind,
                      subject=subject, text_body=text, html_body=html,
                      headers=dict(headers or {}), dedupe_key=dedupe_key, created_at=now,
                      next_attempt_at=now + (delay or timedelta()))
    db.session.add(row)
    db.session.flush()
    if not delay:
        note_due()
    return row


def note_due() -> None:
    """This transaction left work for the worker now (mail that may go at once, or a post
    for the rollups: forum.rollups.track.post_created): wake the worker after the commit."""
    db.session.info[_WRITTEN] = True


# The two ends of a transaction (called by forum.db.aftercommit, which lists every step).
def wake_worker(session: Session) -> None:
    if session.info.pop(_WRITTEN, False):
        from forum.email import process

        process.wake_child()


def forget_written(session: Session) -> None:
    session.info.pop(_WRITTEN, False)
