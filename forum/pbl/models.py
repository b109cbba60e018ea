"""Groups and their members. A group owns a private space (visibility "group")."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Enum, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from forum.accounts.models import User
from forum.db import UTCDateTime, utcnow
from forum.extensions import db


class GroupRole(enum.StrEnum):
    TUTOR = "tutor"
    MEMBER = "member"
    OBSERVER = "observer"


class PblGroup(db.Model):
    __tablename__ = "pbl_groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    members: Mapped[list[GroupMember]] = relationship(back_populates="group",
                                                      cascade="all, delete-orphan")

    def __repr__(self) -> str:
        return f"<PblGroup {self.id} {self.name!r}>"


class GroupMember(db.Model):
    __tablename__ = "pbl_group_members"
    __table_args__ = (UniqueConstraint("group_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("pbl_groups.id", ondelete="CASCADE"),
                                          index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    role: Mapped[GroupRole] = mapped_column(
        Enum(GroupRole, native_enum=False, length=20,
             values_callable=lambda e: [m.value for m in e]), default=GroupRole.MEMBER)
    consent_note: Mapped[str] = mapped_column(String(500), default="")
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    group: Mapped[PblGroup] = relationship(back_populates="members")
    user: Mapped[User] = relationship()
