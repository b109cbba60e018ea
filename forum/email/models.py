"""The mail queue's rows and the addresses that bounce."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from forum.db import UTCDateTime, str_enum, utcnow
from forum.extensions import db


class MailStatus(enum.Enum):
    WAITING = "waiting"    # due at next_attempt_at (composed then if it has no text yet)
    SENT = "sent"          # the SMTP server said 250 (or the .eml file is written)
    FAILED = "failed"      # gave up after MAX_ATTEMPTS temporary failures
    BOUNCING = "bouncing"  # the server refused the address for good (5xx)
    DROPPED = "dropped"    # nothing left to say when due: seen, no access, merged, turned off


class MailMessage(db.Model):
    """One e-mail to one address. Written in the transaction of the change that causes it;
    the worker sends it after the commit."""

    __tablename__ = "mail_messages"
    __table_args__ = (Index("ix_mail_messages_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True)
    to_address: Mapped[str] = mapped_column(String(320))
    # notification | digest | invitation | password_reset | login_alert | ...
    kind: Mapped[str] = mapped_column(String(30))
    subject: Mapped[str] = mapped_column(String(300), default="")
    text_body: Mapped[str] = mapped_column(Text, default="")
    html_body: Mapped[str | None] = mapped_column(Text)
    # Extra headers (Message-ID, In-Reply-To, List-Unsubscribe, ...), name -> value.
    headers: Mapped[dict] = mapped_column(JSON, default=dict)
    # A notification mail is composed when it is due (seen? still readable? merged with the
    # person's other due notifications?): until then `composed` is false.
    composed: Mapped[bool] = mapped_column(default=True)
    # A digest's contents as ids and lines (forum.email.digest): the worker asks the access
    # rules about each again just before sending, and rewrites or drops the digest.
    refers_to: Mapped[dict | None] = mapped_column(JSON)
    notification_id: Mapped[int | None] = mapped_column(
        ForeignKey("notifications.id", ondelete="SET NULL"), index=True)
    status: Mapped[MailStatus] = mapped_column(str_enum(MailStatus), default=MailStatus.WAITING)
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # One mail per cause: a second enqueue with the same key adds nothing.
    dedupe_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    last_error: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # When this row was merged into another (several notifications, one e-mail).
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("mail_messages.id", ondelete="SET NULL"))


class BouncingAddress(db.Model):
    """An address the SMTP server refused for good; nothing more is sent to it until an
    admin retries."""

    __tablename__ = "mail_bouncing_addresses"

    address: Mapped[str] = mapped_column(String(320), primary_key=True)
    reason: Mapped[str] = mapped_column(String(500), default="")
    since: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class UsedToken(db.Model):
    """A single-use token that has been used (its digest): a replay finds it here."""

    __tablename__ = "mail_used_tokens"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    purpose: Mapped[str] = mapped_column(String(30))
    used_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class MailPreference(db.Model):
    """How one person wants one kind of e-mail: immediately, in the digest or never.
    No row: the kind's default (forum.email.preferences.DEFAULTS)."""

    __tablename__ = "mail_preferences"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    kind: Mapped[str] = mapped_column(String(30), primary_key=True)
    mode: Mapped[str] = mapped_column(String(12))
