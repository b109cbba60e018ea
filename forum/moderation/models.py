"""Thin model for flags: one member's report that something needs a moderator's look."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from forum.accounts.models import User
from forum.db import UTCDateTime, str_enum, utcnow
from forum.extensions import db


class FlagReason(enum.StrEnum):
    PERSONAL_DATA = "personal_data"
    INAPPROPRIATE = "inappropriate"
    WRONG_PLACE = "wrong_place"
    OTHER = "other"


class FlagStatus(enum.StrEnum):
    OPEN = "open"
    KEPT = "kept"
    REMOVED = "removed"


class TargetType(enum.StrEnum):
    POST = "post"
    WIKI_PAGE = "wiki_page"
    PBL_CASE = "pbl_case"


class Flag(db.Model):
    __tablename__ = "flags"
    # One flag per member and thing: flagging twice says nothing new.
    __table_args__ = (UniqueConstraint("target_type", "target_id", "reporter_id"),
                      Index("ix_flags_status_target", "status", "target_type", "target_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    target_type: Mapped[TargetType] = mapped_column(str_enum(TargetType))
    target_id: Mapped[int] = mapped_column(Integer)
    reporter_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[FlagReason] = mapped_column(str_enum(FlagReason))
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[FlagStatus] = mapped_column(str_enum(FlagStatus), default=FlagStatus.OPEN)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    resolution: Mapped[str] = mapped_column(String(500), default="")

    reporter: Mapped[User] = relationship(foreign_keys=[reporter_id])
    resolved_by: Mapped[User | None] = relationship(foreign_keys=[resolved_by_id])

    def __repr__(self) -> str:
        return f"<Flag {self.id} {self.target_type}:{self.target_id} {self.reason}>"
