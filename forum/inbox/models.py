"""An organization's inbox settings and its responders."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from forum.accounts.models import Organization, User
from forum.db import UTCDateTime, utcnow
from forum.extensions import db

COUNTRIES = ("SE", "NO")  # whose public holidays are not working days


class OrganizationInbox(db.Model):
    __tablename__ = "organization_inboxes"

    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True)
    # A functional mailbox (e.g. samverkan@af.example) told of every question, beside people.
    functional_address: Mapped[str] = mapped_column(String(254), default="")
    response_days: Mapped[int] = mapped_column(Integer, default=2)
    country: Mapped[str] = mapped_column(String(2), default="SE")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    organization: Mapped[Organization] = relationship()
    responders: Mapped[list[InboxResponder]] = relationship(
        cascade="all, delete-orphan", lazy="selectin")


class InboxResponder(db.Model):
    __tablename__ = "inbox_responders"

    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization_inboxes.organization_id", ondelete="CASCADE"),
        primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    user: Mapped[User] = relationship()


class InboxFollowup(db.Model):
    """What the inbox has done about one question: told the functional mailbox, reminded
    the responders, told the contact and coordinators. One row per step, so a step is done
    once however often the job runs or by how many workers."""

    __tablename__ = "inbox_followups"

    thread_id: Mapped[int] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"),
                                           primary_key=True)
    step: Mapped[str] = mapped_column(String(20), primary_key=True)  # new|reminder|escalation
    done_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
