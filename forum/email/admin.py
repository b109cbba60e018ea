"""The outgoing queue for admins: what waits, what went, what failed, which addresses bounce;
and trying again (check -> do, audited)."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from flask import current_app
from sqlalchemy import delete, func, select

from forum.accounts import access
from forum.audit.models import record
from forum.email import queue, transport
from forum.email.models import BouncingAddress, MailMessage, MailStatus
from forum.errors import NotFound, PermissionDenied
from forum.extensions import db

EML_NAME = re.compile(r"\A\d{8}\.eml\Z")
RETRYABLE = (MailStatus.FAILED, MailStatus.BOUNCING)


def require_admin(user) -> None:
    if not access.is_admin(user):
        raise PermissionDenied()


def counts() -> dict[str, int]:
    found = dict(db.session.execute(select(MailMessage.status, func.count())
                                    .group_by(MailMessage.status)).all())
    return {status.value: found.get(status, 0) for status in MailStatus}


def recent(status: str | None, limit: int = 100) -> list[MailMessage]:
    query = select(MailMessage).order_by(MailMessage.id.desc()).limit(limit)
    if status in {s.value for s in MailStatus}:
        query = query.where(MailMessage.status == MailStatus(status))
    return list(db.session.scalars(query))


def bouncing() -> list[BouncingAddress]:
    return list(db.session.scalars(select(BouncingAddress).order_by(BouncingAddress.since)))


def eml_files(limit: int = 100) -> list[Path]:
    folder = transport.mail_dir(current_app.config)
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.iterdir() if EML_NAME.match(p.name)), reverse=True)[:limit]


def eml_file(name: str) -> Path:
    path = transport.mail_dir(current_app.config) / name
    if not EML_NAME.match(name) or not path.is_file():
        raise NotFound()
    return path


def check_retry(actor, mail_id) -> MailMessage:
    require_admin(actor)
    row = db.session.get(MailMessage, mail_id) if isinstance(mail_id, int) else None
    if row is None:
        raise NotFound()
    if row.status not in RETRYABLE:
        from forum.errors import ValidationError
        from forum.text.i18n import _l

        raise ValidationError(str(_l("Only failed or bouncing e-mail can be tried again.")))
    return row


def do_retry(actor, row: MailMessage, now: datetime) -> None:
    """Send again as soon as the worker looks; a bouncing address is forgiven."""
    address = row.to_address.lower()
    db.session.execute(delete(BouncingAddress).where(BouncingAddress.address == address))
    row.status, row.attempts, row.next_attempt_at = MailStatus.WAITING, 0, now
    db.session.flush()
    queue.note_due()
    record(actor, "mail.retry", "mail", row.id, kind=row.kind, previous_error=row.last_error)
