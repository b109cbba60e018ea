"""Groups, members, cases, sessions with their step boards, attendance, journals, photos.

A group owns a private space (visibility "group"); a session's chat is a thread in it.
"""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from forum.accounts.models import User
from forum.db import UTCDateTime, str_enum, utcnow
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
        str_enum(GroupRole), default=GroupRole.MEMBER)
    consent_note: Mapped[str] = mapped_column(String(500), default="")
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    group: Mapped[PblGroup] = relationship(back_populates="members")
    user: Mapped[User] = relationship()


class CaseKind(enum.StrEnum):
    CASE = "case"
    ARTICLE = "article"
    RULE_CHANGE = "rule_change"


class SessionStatus(enum.StrEnum):
    PLANNED = "planned"
    OPEN = "open"
    CLOSED = "closed"



class PblCase(db.Model):
    """Trigger material in a group's case library. Usable in a session once signed off."""

    __tablename__ = "pbl_cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("pbl_groups.id", ondelete="CASCADE"),
                                          index=True)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[CaseKind] = mapped_column(str_enum(CaseKind), default=CaseKind.CASE)
    tags: Mapped[str] = mapped_column(String(500), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    body_html: Mapped[str] = mapped_column(Text, default="")  # rendered on write: citations
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    signed_off_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    signed_off_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    group: Mapped[PblGroup] = relationship()

    @property
    def tag_list(self) -> list[str]:
        return [t.strip() for t in self.tags.split(",") if t.strip()]

    def __repr__(self) -> str:
        return f"<PblCase {self.id} {self.title!r}>"


class PblSession(db.Model):
    """One meeting of a group. `board_version` grows by one with every step-board change."""

    __tablename__ = "pbl_sessions"
    __table_args__ = (UniqueConstraint("group_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("pbl_groups.id", ondelete="CASCADE"),
                                          index=True)
    number: Mapped[int] = mapped_column(Integer)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=120)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("pbl_cases.id"))
    status: Mapped[SessionStatus] = mapped_column(str_enum(SessionStatus),
                                                  default=SessionStatus.PLANNED)
    current_step: Mapped[int] = mapped_column(Integer, default=0)
    board_version: Mapped[int] = mapped_column(Integer, default=0)
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    scribe_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    thread_id: Mapped[int | None] = mapped_column(ForeignKey("threads.id"))
    question_for_next: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[str] = mapped_column(Text, default="")
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    group: Mapped[PblGroup] = relationship()
    case: Mapped[PblCase | None] = relationship()
    chair: Mapped[User | None] = relationship(foreign_keys=[chair_id])
    scribe: Mapped[User | None] = relationship(foreign_keys=[scribe_id])

    def __repr__(self) -> str:
        return f"<PblSession {self.id} group={self.group_id} #{self.number}>"


class BoardItem(db.Model):
    """A short note on one step of a session's board. `version` guards concurrent edits."""

    __tablename__ = "pbl_board_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("pbl_sessions.id", ondelete="CASCADE"),
                                            index=True)
    step: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(String(500))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    author: Mapped[User | None] = relationship()
    votes: Mapped[list[BoardVote]] = relationship(cascade="all, delete-orphan")


class BoardVote(db.Model):
    __tablename__ = "pbl_board_votes"
    __table_args__ = (UniqueConstraint("item_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("pbl_board_items.id", ondelete="CASCADE"),
                                         index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))


class Attendance(db.Model):
    __tablename__ = "pbl_attendance"
    __table_args__ = (UniqueConstraint("session_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("pbl_sessions.id", ondelete="CASCADE"),
                                            index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    present: Mapped[bool] = mapped_column(Boolean, default=True)

    user: Mapped[User] = relationship()


class JournalEntry(db.Model):
    """A member's reflection. Private to the author unless `shared` with the group."""

    __tablename__ = "pbl_journal_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("pbl_groups.id", ondelete="CASCADE"),
                                          index=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("pbl_sessions.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    body: Mapped[str] = mapped_column(Text)
    shared: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    author: Mapped[User] = relationship()
    session: Mapped[PblSession | None] = relationship()


class SessionPhoto(db.Model):
    """A whiteboard photo, re-encoded on upload (no metadata survives), kept in the database."""

    __tablename__ = "pbl_session_photos"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("pbl_sessions.id", ondelete="CASCADE"),
                                            index=True)
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    content_type: Mapped[str] = mapped_column(String(40))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
