from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, String, Text, false, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from forum.accounts.models import User
from forum.db import UTCDateTime, utcnow
from forum.extensions import db


class Notification(db.Model):
    __tablename__ = "notifications"
    __table_args__ = (
        Index("ix_notifications_user_unread", "user_id", "read_at"),
        # The mail worker's look for due e-mail intents: only the few rows still pending.
        # The predicate is written as each dialect renders `where(Notification.mail_pending)`
        # (SQLite uses a partial index only when the query repeats its WHERE term).
        Index("ix_notifications_mail_pending", "created_at",
              sqlite_where=text("mail_pending = 1"), postgresql_where=text("mail_pending")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    # mention | org_mention | reply | new_thread | question | answer | moderation | boundary
    # | pbl_question | pbl_opened | pbl_minutes (forum.pbl.sessions, through pbl's hooks)
    kind: Mapped[str] = mapped_column(String(20))
    # None for a moderation notice about a page or a case (no thread): `link` leads there.
    thread_id: Mapped[int | None] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"))
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # A moderation notice: the moderator's reason, and where the flagged thing is.
    note: Mapped[str | None] = mapped_column(Text)
    link: Mapped[str | None] = mapped_column(String(300))
    # A change to a followed boundary page: the page (read access is checked on every
    # showing) and the statements' changes, {"changes": [{change, section, before, after}]}.
    page_id: Mapped[int | None] = mapped_column(
        ForeignKey("wiki_pages.id", ondelete="CASCADE"), index=True)
    details: Mapped[dict | None] = mapped_column(JSON)
    # The e-mail intent, written in the notification's own INSERT (no extra statement on the
    # posting path): true for a kind a person may get by e-mail (forum.email.notify marks it
    # as the row is written). The mail worker, once FORUM_MAIL_DELAY_MINUTES have passed,
    # reads the person's address and preference, queues the mail row (or nothing) and clears
    # it, in one transaction.
    mail_pending: Mapped[bool] = mapped_column(default=False, server_default=false())

    actor: Mapped[User | None] = relationship(foreign_keys=[actor_id])
