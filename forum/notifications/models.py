from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from forum.accounts.models import User
from forum.db import UTCDateTime, utcnow
from forum.extensions import db


class Notification(db.Model):
    __tablename__ = "notifications"
    __table_args__ = (Index("ix_notifications_user_unread", "user_id", "read_at"),)

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

    actor: Mapped[User | None] = relationship(foreign_keys=[actor_id])
